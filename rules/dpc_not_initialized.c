/*
 * dpc_not_initialized.c - a STOR_DPC object is issued but no StorPortInitializeDpc in
 * the program initializes it.
 *
 * StorPortIssueDpc needs a DPC object StorPortInitializeDpc has initialized
 * (STORPORT.md sections 2.5 and 9.1); no SDV rule checks it (section 6). Objects are
 * compared by the member or variable that holds them (rules/dpcs.c), program-wide: an
 * object initialized in one file and issued in another is fine, and initializing any
 * element of an array initializes the array. Silent when the program contains an
 * initialization whose object dpccheck cannot name (it might be this one), and when the
 * analyzed files contain no DPC initialization at all (the initialization code is
 * probably not among them). Reported at the issue, with a note at the object's
 * declaration.
 */
#include "dpcs.h"
#include "rule.h"

#include <string.h>

struct init_state {
	bool any_init, unresolved_init;
};

static bool initialized(const struct dpc_info *d, const char *key)
{
	for (int i = 0; i < d->nsites; i++)
		if (d->sites[i].op == DPC_INIT)
			for (int j = 0; j < d->sites[i].nobjects; j++)
				if (!strcmp(d->sites[i].objects[j].key, key))
					return true;
	return false;
}

static void report(struct rule_ctx *ctx, const struct dpc_site *s, const struct dpc_object *o)
{
	const struct program *p = ctx->program;
	struct finding *f = rule_report(ctx, s->loc,
					"%s on '%s', which no StorPortInitializeDpc in the analyzed files initializes",
					s->via, o->spelling);
	if (o->through_wrapper)
		diag_note(f, o->named_at, "'%s' passes '%s' to '%s' here", p->fns[o->named_in].name, o->spelling,
			  p->fns[s->fn].name);
	if (o->decl.file)
		diag_note(f, o->decl, "the DPC object is declared here");
}

static void check(struct rule_ctx *ctx, const struct program *p)
{
	struct dpc_info *d = dpcs_compute(p);
	struct init_state st = { false, false };
	for (int i = 0; i < d->nsites; i++)
		if (d->sites[i].op == DPC_INIT) {
			st.any_init = true;
			st.unresolved_init |= d->sites[i].unresolved;
		}
	for (int i = 0; i < d->nsites && st.any_init && !st.unresolved_init; i++) {
		const struct dpc_site *s = &d->sites[i];
		if (s->op != DPC_ISSUE)
			continue;
		for (int j = 0; j < s->nobjects; j++)
			if (!s->objects[j].is_auto && !initialized(d, s->objects[j].key))
				report(ctx, s, &s->objects[j]);
	}
	dpcs_free(d);
}

void register_dpc_not_initialized(struct rule_hooks *hooks)
{
	hooks->on_program = check;
}
