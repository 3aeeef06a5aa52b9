/*
 * spinlock_unsupported_kind.c - StorPortAcquireSpinLock is called with a lock kind only
 * StorPortAcquireSpinLockEx takes.
 *
 * StorPortAcquireSpinLock takes DpcLock, StartIoLock and InterruptLock only;
 * ThreadedDpcLock and DpcLevelLock need StorPortAcquireSpinLockEx, and InvalidLock must
 * never be used (STORPORT.md section 1.3). Reported at the acquire.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_ACQUIRE || e->lock->mech != MECH_STOR)
		return;
	struct finding *f = NULL;
	if (e->lock->kind == LK_THREADED_DPC || e->lock->kind == LK_DPC_LEVEL)
		f = rule_report(ctx, e->loc, "StorPortAcquireSpinLock does not take %s: only StorPortAcquireSpinLockEx does",
				e->lock->display);
	else if (e->lock->kind == LK_INVALID)
		f = rule_report(ctx, e->loc, "InvalidLock is no lock kind: it must never be acquired");
	if (f)
		locks_note_chain(f, ctx->program, e, true);
}

void register_spinlock_unsupported_kind(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
