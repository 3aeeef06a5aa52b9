/*
 * spinlock_order.c - DpcLock or StartIoLock is acquired while InterruptLock may be held.
 *
 * Storport's lock order is DpcLock or StartIoLock first, InterruptLock last; while the
 * interrupt lock is held the other two can no longer be taken, and doing so deadlocks
 * (STORPORT.md section 3.5; SDV StorPortSpinLock3). The interrupt lock counts when
 * Storport holds it on entry (HwStorInterrupt, HwMSInterruptRoutine, HwStorInitialize)
 * and an MSI message lock counts as part of it. Reported at the offending acquire,
 * however deep, with notes where the interrupt lock was taken and the call chain.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_ACQUIRE || !e->interrupt || (e->lock->kind != LK_DPC && e->lock->kind != LK_STARTIO))
		return;
	struct finding *f = rule_report(ctx, e->loc,
					"%s is acquired while %s may be held: the order is DpcLock or StartIoLock "
					"before InterruptLock (a deadlock)",
					e->lock->display, e->interrupt->display);
	locks_note_held(f, ctx->program, e, e->interrupt);
	locks_note_chain(f, ctx->program, e, !(e->interrupt->on_entry && e->interrupt->fn < 0));
}

void register_spinlock_order(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
