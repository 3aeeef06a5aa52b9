/*
 * spinlock_msi_mode.c - StorPortAcquireMSISpinLock in a driver that does not
 * synchronize interrupts per message.
 *
 * Per-message MSI locks are meant only for InterruptSynchronizationMode ==
 * InterruptSynchronizePerMessage (STORPORT.md sections 3.6 and 9.11; SDV
 * StorPortMSILock). The mode is what the driver assigns to
 * ConfigInfo->InterruptSynchronizationMode; when it never assigns a constant, nothing
 * is reported. Reported at the acquire, with a note where the mode is set.
 */
#include "rule.h"

#include <string.h>

struct mode {
	bool per_message, other;
	struct ir_loc at;
	const char *name;
};

static void find_mode(const struct program *p, struct mode *m)
{
	for (int i = 0; i < p->nfns; i++) {
		const struct ir_function *def = p->fns[i].def;
		for (int b = 0; def && b < def->nblocks; b++)
			for (int k = 0; k < def->blocks[b].nevents; k++) {
				const struct ir_event *e = &def->blocks[b].events[k];
				if (e->kind != IR_EV_ASSIGN || !e->u.assign.path->nsteps || !e->u.assign.rhs)
					continue;
				const struct ir_step *st = &e->u.assign.path->steps[e->u.assign.path->nsteps - 1];
				if (!st->field || strcmp(st->field, "InterruptSynchronizationMode"))
					continue;
				const struct ir_arg *r = e->u.assign.rhs;
				/* by value: InterruptSynchronizePerMessage is 2 in the documented
				 * INTERRUPT_SYNCHRONIZATION_MODE (written as a name, a number or a cast) */
				if (r->kind != IR_ARG_INT) {
					m->per_message = true; /* unknown: stay silent */
				} else if (r->value == 2) {
					m->per_message = true;
				} else if (!m->other) {
					m->other = true;
					m->at = e->loc;
					m->name = r->name ? r->name : r->text;
				}
			}
	}
}


static void check(struct rule_ctx *ctx, const struct lock_event *e)
{
	if (e->kind != LE_MSI_ACQUIRE)
		return;
	struct mode m = { 0 };
	find_mode(ctx->program, &m);
	if (m.per_message || !m.other)
		return;
	struct finding *f = rule_report(ctx, e->loc,
					"StorPortAcquireMSISpinLock in a driver whose InterruptSynchronizationMode is %s: "
					"per-message locks need InterruptSynchronizePerMessage",
					m.name ? m.name : "not per message");
	diag_note(f, m.at, "the mode is set here");
}

void register_spinlock_msi_mode(struct rule_hooks *hooks)
{
	hooks->on_lock_event = check;
}
