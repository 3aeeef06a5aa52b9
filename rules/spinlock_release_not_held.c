/*
 * spinlock_release_not_held.c - a spin lock or lock handle is released where it is not
 * held.
 *
 * SDV StorPortSpinLock4 and SpinLockRelease: releasing a lock that is not held (a
 * second release, or one without an acquire) corrupts the lock and the IRQL
 * (STORPORT.md sections 6 and 9.8). Reported where no path reaching the release holds
 * the lock, and where only some do, unless the release is under the same test as the
 * acquire (`if (x) acquire; ... if (x) release;`, followed by the tracker's guards). A
 * function releasing a handle its caller passes is a release wrapper and acts as a
 * release at its call sites.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_RELEASE_NOT_HELD)
		return;
	struct finding *f;
	if (e->partial)
		f = rule_report(ctx, e->loc, "%s releases %s, which is not held on every path reaching here", e->routine,
				e->released->display);
	else
		f = rule_report(ctx, e->loc, "%s releases %s, which is not held here", e->routine, e->lock->display);
	locks_note_chain(f, ctx->program, e, true);
}

void register_spinlock_release_not_held(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
