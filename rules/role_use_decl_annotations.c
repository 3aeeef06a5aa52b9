/*
 * role_use_decl_annotations.c - the definition of a role-typed function lacks
 * _Use_decl_annotations_.
 *
 * Every callback page tells drivers to declare the callback with its role type and to
 * put _Use_decl_annotations_ on the definition, so that the typedef's annotations govern
 * it (STORPORT.md section 7.1; Code Analysis C28251-C28253). The annotation counts only
 * when written on the definition itself (also through a macro); the one Clang copies
 * from an earlier declaration does not. Reported at the definition with a fix-it that
 * inserts the annotation on its own line before the definition, indented like it (on
 * the same line, before the return type, when other code precedes the definition
 * there).
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct prog_fn *fn)
{
	const struct prog_decl *def = program_def_decl(fn);
	const struct prog_decl *rd = role_decl_of(fn);
	if (!def || !rd || decl_has_use_decl_annotations(def->decl))
		return;
	const struct role_def *role = role_of_decl(rd->decl);
	struct finding *f = rule_report(ctx, def->decl->loc,
					"definition of %s '%s' lacks _Use_decl_annotations_", role->what, fn->name);
	diag_note(f, rd->decl->loc, "'%s' declared with role type '%s' here", fn->name, rd->decl->role_typedef);
	fixit_insert_line_before(f, def->decl->begin, "_Use_decl_annotations_");
}

void register_role_use_decl_annotations(struct rule_hooks *hooks)
{
	hooks->on_function = check;
}
