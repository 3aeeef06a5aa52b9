/*
 * role_signature_mismatch.c - a callback's definition differs from its role typedef's
 * return or parameter types.
 *
 * Storport calls the callback through the role's prototype: a DPC routine defined to
 * return BOOLEAN (as the HW_DPC_ROUTINE page's example wrongly shows; the header says
 * VOID, STORPORT.md section 1.1), or a timer routine with an extra parameter, is called
 * with the wrong arguments or leaves a garbage result. Compared after typedef
 * resolution: against the role typedef the function is declared with, or, when it has
 * none, against the typedef of the slot it is registered in (where a cast hides the
 * difference from the compiler). Reported at the definition.
 */
#include "rule.h"

#include <string.h>

/* In C++ a definition whose parameters differ from the role-typed declaration is a
 * different function (an overload) of the same name: that one is the definition. */
static const struct prog_fn *overload_definition(const struct program *p, const struct prog_fn *fn)
{
	for (int i = 0; i < p->nfns; i++)
		if (&p->fns[i] != fn && p->fns[i].def && !strcmp(p->fns[i].name, fn->name) && !role_decl_of(&p->fns[i]))
			return &p->fns[i];
	return NULL;
}

static void check_declared(struct rule_ctx *ctx, const struct prog_fn *fn)
{
	const struct prog_decl *rd = role_decl_of(fn);
	if (!rd)
		return;
	if (!fn->def && !(fn = overload_definition(ctx->program, fn)))
		return;
	const struct prog_decl *def = program_def_decl(fn);
	if (!def)
		return;
	const struct ir_typedef *td = ir_find_typedef(fn->def_unit, rd->decl->role_typedef);
	char msg[768];
	if (!td || !role_signature_differs(fn->def, td, msg, sizeof(msg)))
		return;
	struct finding *f = rule_report(ctx, def->decl->loc, "%s", msg);
	diag_note(f, rd->decl->loc, "'%s' declared with role type '%s' here", fn->name, rd->decl->role_typedef);
}

static void check_registered(struct rule_ctx *ctx, const struct registration *reg)
{
	const struct prog_fn *fn = &ctx->program->fns[reg->fn];
	const struct prog_decl *def = program_def_decl(fn);
	if (!def || role_decl_of(fn))
		return; /* a role-typed function is compared with its own typedef */
	const struct ir_typedef *td = ir_find_typedef(fn->def_unit, reg->role->td);
	char msg[768];
	if (!td || !role_signature_differs(fn->def, td, msg, sizeof(msg)))
		return;
	struct finding *f = rule_report(ctx, def->decl->loc, "%s", msg);
	note_registration(f, ctx->program, reg);
}

void register_role_signature_mismatch(struct rule_hooks *hooks)
{
	hooks->on_function = check_declared;
	hooks->on_registration = check_registered;
}
