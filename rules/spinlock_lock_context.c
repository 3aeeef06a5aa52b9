/*
 * spinlock_lock_context.c - a Storport spin lock is acquired with the wrong LockContext.
 *
 * StorPortAcquireSpinLock(Ex) takes the STOR_DPC whose lock is wanted as the LockContext
 * of DpcLock, and NULL for StartIoLock and InterruptLock (STORPORT.md section 3.3); the
 * Ex variant fails with STOR_STATUS_INVALID_PARAMETER, the plain one takes a lock that
 * is no DPC's. ThreadedDpcLock and DpcLevelLock accept any context (section 10,
 * question 2). A context whose type is unknown (PVOID) is accepted. Reported at the
 * acquire (for a wrapper whose kind and context are parameters, at the call that
 * passes them).
 */
#include "rule.h"

#include <string.h>

/* Whether an argument can point to a STOR_DPC: NULL cannot; a typed pointer must be one;
 * an untyped (void *) one may be. */
static bool may_be_dpc(const struct ir_arg *a)
{
	if (a->kind == IR_ARG_NULL || a->kind == IR_ARG_INT || a->kind == IR_ARG_STRING || a->kind == IR_ARG_FUNC)
		return false;
	if (a->kind == IR_ARG_ADDR || a->kind == IR_ARG_PATH) {
		const char *t = a->path->ctype ? a->path->ctype : "";
		if (strstr(t, "STOR_DPC") || strstr(t, "void") || !strcmp(t, ""))
			return true;
		return false;
	}
	return true; /* a cast or an expression: give it the benefit of the doubt */
}

static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_ACQUIRE || !e->context)
		return;
	const struct ir_arg *c = e->context;
	const char *text = c->kind == IR_ARG_NULL ? "NULL" : c->text ? c->text : "?";
	struct finding *f = NULL;
	if (e->lock->kind == LK_DPC && !may_be_dpc(c))
		f = rule_report(ctx, e->loc, "DpcLock needs the STOR_DPC whose lock is wanted as its LockContext, not '%s'",
				text);
	else if ((e->lock->kind == LK_STARTIO || e->lock->kind == LK_INTERRUPT) && c->kind != IR_ARG_NULL &&
		 !(c->kind == IR_ARG_INT && c->value == 0))
		f = rule_report(ctx, e->loc, "%s takes a NULL LockContext, not '%s'", e->lock->display, text);
	if (f)
		locks_note_chain(f, ctx->program, e, true);
}

void register_spinlock_lock_context(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
