/*
 * irql_call_above_max.c - a routine is called where the IRQL can be above its
 * documented maximum.
 *
 * A DPC routine runs at DISPATCH_LEVEL, an interrupt routine at DIRQL, and every spin
 * lock held raises the IRQL (STORPORT.md sections 3.2 and 4); a routine documented for
 * a lower level (StorPortRegistryRead at PASSIVE_LEVEL, ExFreePool at DISPATCH_LEVEL
 * or below, section 5) faults, corrupts or deadlocks above it. The limits come from
 * irql.def, from the callee's own annotations and from the user's IrqlFacts
 * (.dpccheck); the IRQL from the entry context of each callback, followed through
 * helpers. Reported at the offending call however deep, with a note for each call up
 * the chain and the registration of the entry. A blocking wait (and
 * KeDelayExecutionThread) is irql-wait-at-dispatch's.
 */
#include "irql.h"
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL)
		return;
	const struct program *p = ctx->program;
	int min, max;
	struct ir_loc at;
	enum irql_limit_source src = irql_call_limits(p, e, &min, &max, &at);
	if (src == IRQL_LIMIT_NONE)
		return;
	int level = e->irql_hi >= 0 ? e->irql_hi : e->irql_lo;
	const char *why;
	if (level <= max || (e->callee < 0 && irql_wait_blocks(p, e, &why)))
		return; /* a blocking wait is irql-wait-at-dispatch's */
	struct finding *f = rule_report(ctx, e->loc, "'%s' may run at %s here, above its maximum of %s", e->routine,
					irql_name(level), irql_name(max));
	if (src == IRQL_LIMIT_ANNOTATION)
		diag_note(f, at, "'%s' is annotated to run at %s or below here", e->routine, irql_name(max));
	else if (src == IRQL_LIMIT_USER)
		diag_note(f, at, "'%s' runs at %s or below, says this IrqlFacts entry", e->routine, irql_name(max));
	locks_note_chain(f, p, e, true);
}

void register_irql_call_above_max(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
