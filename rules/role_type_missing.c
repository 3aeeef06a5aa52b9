/*
 * role_type_missing.c - a function registered for a Storport callback role is not
 * declared with that role's typedef.
 *
 * Static Driver Verifier needs every Storport callback declared with its role type
 * (STORPORT.md section 7.1), and only the typedef tells Code Analysis and dpccheck's
 * readers what the function is. Reported at the function's first declaration, with a
 * note at the registration and a fix-it that adds `HW_DPC_ROUTINE Name;` on its own
 * line before it (`static HW_DPC_ROUTINE Name;` for a static function), and
 * `_Use_decl_annotations_` before the definition when that lacks it, since the
 * definition of a role-typed function needs it (role-use-decl-annotations): one --fix
 * leaves nothing for a second one to do. No fix-it when the function's signature differs
 * from the role typedef (the declaration would not compile; role-signature-mismatch
 * reports that).
 */
#include "rule.h"

#include <stdio.h>
#include <string.h>

static void check(struct rule_ctx *ctx, const struct registration *reg)
{
	if (!reg->role->storport || reg->by_name || reg->by_config)
		return; /* a .dpccheck Roles entry is the user's statement, not code to fix */
	const struct prog_fn *fn = &ctx->program->fns[reg->fn];
	for (int i = 0; i < fn->ndecls; i++) {
		if (decl_has_role(fn->decls[i].decl, reg->role))
			return;
		if (role_of_decl(fn->decls[i].decl))
			return; /* declared with another role's typedef: role-type-mismatch */
	}
	const struct ir_decl *first = fn->decls[0].decl;
	struct finding *f = rule_report(ctx, first->loc,
					"'%s' is registered as a %s but is not declared with its role type '%s'",
					fn->name, reg->role->what, reg->role->td);
	note_registration(f, ctx->program, reg);
	/* a declaration with the role type would conflict with a signature that differs from
	 * it (role-signature-mismatch's finding): no fix-it then, the code must change first */
	const struct ir_function *sig = fn->def ? fn->def : fn->any;
	const struct ir_typedef *td = ir_find_typedef(fn->def ? fn->def_unit : fn->any_unit, reg->role->td);
	char why[768];
	if (!sig || !td || role_signature_differs(sig, td, why, sizeof(why)))
		return;
	char text[512];
	snprintf(text, sizeof(text), "%s%s %s;", fn->is_static ? "static " : "", reg->role->td, fn->name);
	const struct prog_decl *def = program_def_decl(fn);
	bool annotate = def && !decl_has_use_decl_annotations(def->decl);
	if (annotate && def->decl == first) {
		/* the definition is the first declaration: both lines go before it */
		size_t n = strlen(text);
		snprintf(text + n, sizeof(text) - n, "\n_Use_decl_annotations_");
		annotate = false;
	}
	fixit_insert_line_before(f, first->begin, text);
	if (annotate)
		fixit_insert_line_before(f, def->decl->begin, "_Use_decl_annotations_");
}

void register_role_type_missing(struct rule_hooks *hooks)
{
	hooks->on_registration = check;
}
