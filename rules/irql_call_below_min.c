/*
 * irql_call_below_min.c - a routine is called where the IRQL can be below its
 * documented minimum.
 *
 * KeAcquireSpinLockAtDpcLevel and the other "already at DISPATCH_LEVEL" routines, or a
 * helper annotated _IRQL_requires_min_(DISPATCH_LEVEL), called where the IRQL can be
 * lower (STORPORT.md section 5.3: "a fatal error on most platforms"). Only where the
 * entry context is known. Reported at the call, with the chain.
 */
#include "irql.h"
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL || e->irql_hi < 0)
		return;
	const struct program *p = ctx->program;
	int min, max;
	struct ir_loc at;
	enum irql_limit_source src = irql_call_limits(p, e, &min, &max, &at);
	if (src == IRQL_LIMIT_NONE)
		return;
	if (e->irql_lo >= min)
		return;
	struct finding *f = rule_report(ctx, e->loc, "'%s' may run at %s here, below its minimum of %s", e->routine,
					irql_name(e->irql_lo), irql_name(min));
	if (src == IRQL_LIMIT_ANNOTATION)
		diag_note(f, at, "'%s' is annotated to run at %s or above here", e->routine, irql_name(min));
	else if (src == IRQL_LIMIT_USER)
		diag_note(f, at, "'%s' runs at %s or above, says this IrqlFacts entry", e->routine, irql_name(min));
	locks_note_chain(f, p, e, true);
}

void register_irql_call_below_min(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
