/*
 * spinlock_not_released.c - a spin lock acquired in a function is still held on a path
 * that leaves it.
 *
 * SDV StorPortSpinLock and SpinLock: a lock taken must be released before the routine
 * exits (STORPORT.md sections 6 and 9.8); the next acquire deadlocks, and the IRQL
 * stays raised. A function that acquires into a handle or lock its caller gives it (a
 * lock wrapper) is not reported: it acts as an acquire at its call sites. Reported at
 * the acquire, with a note where the function returns holding it.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_EXIT_HELD)
		return;
	const struct program *p = ctx->program;
	struct finding *f = rule_report(ctx, e->lock->at, "%s acquired here is still held when '%s' returns",
					e->lock->display, p->fns[e->fn].name);
	diag_note(f, e->loc, "'%s' returns here with %s held", p->fns[e->fn].name, e->lock->display);
}

void register_spinlock_not_released(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
