/*
 * spinlock_double_acquire.c - a spin lock is acquired where it may already be held.
 *
 * Acquiring a spin lock that is already held deadlocks (STORPORT.md sections 3.5 and
 * 9.7; SDV StorPortSpinLock3), also when Storport holds it on entry: the interrupt lock
 * in HwStorInterrupt, HwMSInterruptRoutine and HwStorInitialize, the StartIo lock in
 * HwStorStartIo of a physical miniport, HwStorTimer and HwStorResetBus (section 3.4).
 * Found however deep in helpers; reported at the second acquire, with notes where the
 * lock was taken (or the role that holds it) and the call chain.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_ACQUIRE || !e->conflict)
		return;
	struct finding *f = rule_report(ctx, e->loc, "%s is acquired while it may already be held (a deadlock)",
					e->lock->display);
	locks_note_held(f, ctx->program, e, e->conflict);
	locks_note_chain(f, ctx->program, e, !(e->conflict->on_entry && e->conflict->fn < 0));
}

void register_spinlock_double_acquire(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
