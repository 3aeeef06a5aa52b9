/*
 * irql_annotation_conflict.c - a function's own IRQL annotation contradicts the context
 * of the role it is registered for.
 *
 * A DPC routine annotated _IRQL_requires_max_(PASSIVE_LEVEL) runs at DISPATCH_LEVEL
 * whatever it says (STORPORT.md sections 4 and 7.2): the annotation misleads every
 * reader and every analyzer that trusts it. Roles whose level depends on the control
 * type (HwStorAdapterControl, HwStorUnitControl) are not compared. Reported at the
 * annotated declaration, with a note at the registration.
 */
#include "irql.h"
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct registration *reg)
{
	const struct prog_fn *fn = &ctx->program->fns[reg->fn];
	const struct role_def *r = reg->role;
	if (r->id == ROLE_ADAPTER_CONTROL || r->id == ROLE_UNIT_CONTROL || r->id == ROLE_ADAPTER_STATE ||
	    r->id == ROLE_DMA_STARTED)
		return;
	int min, max;
	struct ir_loc at;
	if (!irql_own_limits(fn, &min, &max, &at))
		return;
	if (max >= (int)r->irql_lo && min <= (int)r->irql_hi)
		return;
	struct finding *f;
	if (max < (int)r->irql_lo)
		f = rule_report(ctx, at, "'%s' is annotated to run at %s or below, but runs at %s as %s %s", fn->name,
				irql_name(max), irql_name(r->irql_lo), role_article(r->what), r->what);
	else
		f = rule_report(ctx, at, "'%s' is annotated to run at %s or above, but runs at %s as %s %s", fn->name,
				irql_name(min), irql_name(r->irql_hi), role_article(r->what), r->what);
	note_registration(f, ctx->program, reg);
}

void register_irql_annotation_conflict(struct rule_hooks *hooks)
{
	hooks->on_registration = check;
}
