/*
 * irql_wait_at_dispatch.c - a wait that can block is made at DISPATCH_LEVEL or above.
 *
 * KeWaitForSingleObject, KeWaitForMultipleObjects and StorPortWaitForSingleObject may
 * be called at DISPATCH_LEVEL only with a zero timeout; with a NULL timeout (forever)
 * or a non-zero one they must run at APC_LEVEL or below (STORPORT.md sections 5.1 and
 * 5.3), and KeDelayExecutionThread always sleeps: blocking at DISPATCH_LEVEL or above
 * hangs the processor. Reported when the timeout is NULL or points to a variable the
 * function only ever sets to a non-zero constant, and for KeDelayExecutionThread; a
 * timeout dpccheck cannot evaluate is not reported. These calls are this rule's, not
 * irql-call-above-max's.
 */
#include "irql.h"
#include "rule.h"


static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL || e->callee >= 0)
		return;
	int level = e->irql_hi >= 0 ? e->irql_hi : e->irql_lo;
	const char *why;
	if (level < IRQL_DISPATCH || !irql_wait_blocks(ctx->program, e, &why))
		return;
	struct finding *f = rule_report(ctx, e->loc, "'%s' with %s may block at %s here; only a zero timeout is allowed at DISPATCH_LEVEL",
					e->routine, why, irql_name(level));
	locks_note_chain(f, ctx->program, e, true);
}

void register_irql_wait_at_dispatch(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
