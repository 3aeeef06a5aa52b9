/*
 * irql_paged_code.c - pageable code is reachable at DISPATCH_LEVEL or above.
 *
 * A function placed in a pageable section (`#pragma alloc_text(PAGE…, f)`,
 * `#pragma code_seg("PAGE…")`) or containing PAGED_CODE() may be paged out; running it
 * at DISPATCH_LEVEL or above, where page faults cannot be served, bug-checks the
 * machine (STORPORT.md section 6, SDV PagedCode). Reported at the call that enters it
 * at that level, with the chain and where the function is made pageable; a pageable
 * callback whose role runs at DISPATCH_LEVEL or above is reported at its registration.
 */
#include "rule.h"

static void check_call(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL || e->callee < 0)
		return;
	const struct prog_fn *callee = &ctx->program->fns[e->callee];
	if (!callee->def || !callee->def->paged)
		return;
	int level = e->irql_hi >= 0 ? e->irql_hi : e->irql_lo;
	if (level < IRQL_DISPATCH)
		return;
	struct finding *f = rule_report(ctx, e->loc, "'%s' is pageable but may be called at %s here", e->routine,
					irql_name(level));
	diag_note(f, callee->def->paged_at, "'%s' is made pageable here", e->routine);
	locks_note_chain(f, ctx->program, e, true);
}

static void check_entry(struct rule_ctx *ctx, const struct registration *reg)
{
	const struct prog_fn *fn = &ctx->program->fns[reg->fn];
	if (!fn->def || !fn->def->paged || reg->role->irql_lo < IRQL_DISPATCH || reg->by_name)
		return;
	/* a role from .dpccheck has no registration in the code: report at the definition */
	const struct prog_decl *def = program_def_decl(fn);
	struct ir_loc at = reg->by_config && def ? def->decl->loc : reg->loc;
	struct finding *f = rule_report(ctx, at, "'%s' is pageable but runs at %s as %s %s", fn->name,
					irql_name(reg->role->irql_lo), role_article(reg->role->what),
					reg->role->what);
	diag_note(f, fn->def->paged_at, "'%s' is made pageable here", fn->name);
	if (reg->by_config)
		note_registration(f, ctx->program, reg);
}

void register_irql_paged_code(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check_call;
	hooks->on_registration = check_entry;
}
