/*
 * dpc_stack_object.c - a STOR_DPC with automatic storage is passed to
 * StorPortInitializeDpc or StorPortIssueDpc.
 *
 * A STOR_DPC embeds a kernel DPC object, which must live in resident memory such as a
 * device extension or nonpaged pool; a queued DPC on the stack outlives its frame and
 * bug-checks the machine (0xC7 TIMER_OR_DPC_INVALID, STORPORT.md sections 1.2 and 9.5).
 * Found directly (`&dpc`), through a local pointer and through wrapper parameters
 * (rules/dpcs.c). Reported at the call, with a note at the local's declaration.
 */
#include "dpcs.h"
#include "rule.h"

static void check(struct rule_ctx *ctx, const struct program *p)
{
	struct dpc_info *d = dpcs_compute(p);
	for (int i = 0; i < d->nsites; i++) {
		const struct dpc_site *s = &d->sites[i];
		if (s->op == DPC_CANCEL)
			continue;
		for (int j = 0; j < s->nobjects; j++) {
			const struct dpc_object *o = &s->objects[j];
			if (!o->is_auto)
				continue;
			struct finding *f = rule_report(ctx, s->loc,
							"%s on '%s', a local variable of '%s': the DPC object must "
							"outlive the call (device extension or nonpaged pool)",
							s->via, o->spelling, p->fns[o->named_in].name);
			if (o->through_wrapper)
				diag_note(f, o->named_at, "'%s' passes '%s' to '%s' here", p->fns[o->named_in].name,
					  o->spelling, p->fns[s->fn].name);
			diag_note(f, o->path->decl, "'%s' is declared here with automatic storage", o->path->name);
		}
	}
	dpcs_free(d);
}

void register_dpc_stack_object(struct rule_hooks *hooks)
{
	hooks->on_program = check;
}
