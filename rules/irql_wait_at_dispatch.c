/*
 * irql_wait_at_dispatch.c - a wait that can block is made at DISPATCH_LEVEL or above.
 *
 * KeWaitForSingleObject, KeWaitForMultipleObjects and StorPortWaitForSingleObject may
 * be called at DISPATCH_LEVEL only with a zero timeout; with a NULL timeout (forever)
 * or a non-zero one they must run at APC_LEVEL or below (STORPORT.md sections 5.1 and
 * 5.3): blocking at DISPATCH_LEVEL hangs the processor. Reported when the timeout is
 * NULL or points to a variable the function only ever sets to a non-zero constant; a
 * timeout dpccheck cannot evaluate is not reported. A call above DISPATCH_LEVEL is
 * irql-call-above-max's.
 */
#include "irql.h"
#include "rule.h"

#include <string.h>

/* The constant values a variable (or its QuadPart) is set to in a function: 1 all
 * non-zero, 0 all zero, -1 unknown. */
static int timeout_value(const struct ir_function *def, const struct ir_path *var)
{
	int seen = 0, zero = 0, nonzero = 0;
	for (int b = 0; b < def->nblocks; b++)
		for (int k = 0; k < def->blocks[b].nevents; k++) {
			const struct ir_event *e = &def->blocks[b].events[k];
			if (e->kind != IR_EV_ASSIGN || strcmp(e->u.assign.path->name ? e->u.assign.path->name : "",
							      var->name ? var->name : "") ||
			    e->u.assign.path->root != var->root)
				continue;
			seen++;
			const struct ir_arg *r = e->u.assign.rhs;
			if (!r || r->kind != IR_ARG_INT)
				return -1;
			if (r->value)
				nonzero++;
			else
				zero++;
		}
	if (!seen)
		return -1;
	return zero && !nonzero ? 0 : !zero && nonzero ? 1 : -1;
}

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_CALL || e->callee >= 0)
		return;
	const struct irql_wait *w = irql_wait_of(e->routine);
	if (!w)
		return;
	int level = e->irql_hi >= 0 ? e->irql_hi : e->irql_lo;
	const struct irql_fact *fact = irql_fact_of(e->routine);
	if (level < IRQL_DISPATCH || (fact && level > fact->max))
		return;
	const struct ir_call *c = &e->call->u.call;
	if (w->timeout_arg >= c->nargs)
		return;
	const struct ir_arg *t = &c->args[w->timeout_arg];
	const char *why;
	if (t->kind == IR_ARG_NULL) {
		why = "a NULL timeout (it waits until the object is signaled)";
	} else if (t->kind == IR_ARG_ADDR && t->path->root == IR_ROOT_LOCAL && t->path->nsteps == 0 &&
		   timeout_value(ctx->program->fns[e->fn].def, t->path) == 1) {
		why = "a non-zero timeout";
	} else {
		return;
	}
	struct finding *f = rule_report(ctx, e->loc, "'%s' with %s may block at %s here; only a zero timeout is allowed at DISPATCH_LEVEL",
					e->routine, why, irql_name(level));
	locks_note_chain(f, ctx->program, e, true);
}

void register_irql_wait_at_dispatch(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
