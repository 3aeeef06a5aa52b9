/*
 * spinlock_release_mismatch.c - a spin lock is released through another mechanism or
 * handle than it was acquired with.
 *
 * The interrupt lock taken with StorPortAcquireSpinLock and given back with
 * StorPortReleaseMSISpinLock (a bug found in a public driver, RULES.md), a kernel spin
 * lock released with a Storport routine, or KeReleaseSpinLock given the old IRQL of
 * another acquire (STORPORT.md sections 3 and 5.3): the lock, or the IRQL, is left
 * wrong. Reported at the release, with a note at the acquire.
 */
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_RELEASE_MISMATCH)
		return;
	const struct held *r = e->released;
	struct finding *f;
	if (r->kind == e->lock->kind && (r->kind == LK_KE || r->kind == LK_MSI) && r->object != e->lock->object)
		f = rule_report(ctx, e->loc, "%s releases %s with the old IRQL of %s", e->routine, e->lock->display,
				r->display);
	else
		f = rule_report(ctx, e->loc, "%s, acquired with %s, is released with %s", r->display,
				r->routine ? r->routine : "another routine", e->routine);
	locks_note_held(f, ctx->program, e, r);
}

void register_spinlock_release_mismatch(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
