/*
 * role_type_mismatch.c - a function declared with one role type is registered for a
 * different role.
 *
 * The role typedef says what a callback is and in which context it runs; a function
 * declared as a kernel CustomDpc (KDEFERRED_ROUTINE) but handed to StorPortInitializeDpc
 * (through a cast to PHW_DPC_ROUTINE) receives a STOR_DPC where it expects a KDPC.
 * Code Analysis cannot see this for Storport (its typedefs carry no function class,
 * STORPORT.md section 7.1). Reported at the registration, with a note at the role-type
 * declaration.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct registration *reg)
{
	if (reg->by_config)
		return; /* judges registrations in code */
	const struct prog_fn *fn = &ctx->program->fns[reg->fn];
	const struct prog_decl *rd = role_decl_of(fn);
	if (!rd)
		return; /* no role-typed declaration: role-type-missing */
	for (int i = 0; i < fn->ndecls; i++)
		if (decl_has_role(fn->decls[i].decl, reg->role))
			return;
	const struct role_def *have = role_of_decl(rd->decl);
	struct finding *f = rule_report(ctx, reg->loc,
					"'%s' is declared with role type '%s' (a %s) but registered as a %s, which needs '%s'",
					fn->name, rd->decl->role_typedef, have->what, reg->role->what, reg->role->td);
	diag_note(f, rd->decl->loc, "'%s' declared with role type '%s' here", fn->name, rd->decl->role_typedef);
}

void register_role_type_mismatch(struct rule_hooks *hooks)
{
	hooks->on_registration = check;
}
