/*
 * irql.c - lookups in the IRQL tables of irql.def, and the IRQL limits of a function's
 * own annotations (SAL, DESIGN.md section 3).
 */
#include "irql.h"

#include "locks.h"
#include "util.h"

#include <string.h>

#define COUNT COUNT /* the unused role slot of CONTEXT_ONLY rows: ROLE_COUNT */

static const struct irql_fact facts[] = {
#define IRQL_API(routine, min, max, url) { routine, min, max, url },
#include "irql.def"
};

static const struct irql_wait waits[] = {
#define IRQL_WAIT(routine, arg, url) { routine, arg, url },
#include "irql.def"
};

static const struct context_only contexts[] = {
#define CONTEXT_ONLY(routine, r1, r2, r3, url) { routine, { ROLE_##r1, ROLE_##r2, ROLE_##r3 }, url },
#include "irql.def"
};

const struct irql_fact *irql_fact_of(const char *routine)
{
	for (size_t i = 0; i < ARRAY_SIZE(facts); i++)
		if (!strcmp(facts[i].routine, routine))
			return &facts[i];
	return NULL;
}

const struct irql_wait *irql_wait_of(const char *routine)
{
	for (size_t i = 0; i < ARRAY_SIZE(waits); i++)
		if (!strcmp(waits[i].routine, routine))
			return &waits[i];
	return NULL;
}

const struct context_only *context_only_of(const char *routine)
{
	for (size_t i = 0; i < ARRAY_SIZE(contexts); i++)
		if (!strcmp(contexts[i].routine, routine))
			return &contexts[i];
	return NULL;
}

bool irql_own_limits(const struct prog_fn *fn, int *min, int *max, struct ir_loc *at)
{
	bool any = false;
	*min = IRQL_PASSIVE;
	*max = IRQL_HIGH;
	for (int i = 0; i < fn->ndecls; i++) {
		const struct ir_decl *d = fn->decls[i].decl;
		for (int j = 0; j < d->nannots; j++) {
			const struct ir_annot *a = &d->annots[j];
			if (!a->own_text)
				continue;
			int l = irql_of_text(a->args);
			if (l < 0)
				continue;
			if (!strcmp(a->name, "_IRQL_requires_") || !strcmp(a->name, "__drv_requiresIRQL"))
				*min = *max = l;
			else if (!strcmp(a->name, "_IRQL_requires_max_") || !strcmp(a->name, "__drv_maxIRQL"))
				*max = l;
			else if (!strcmp(a->name, "_IRQL_requires_min_") || !strcmp(a->name, "__drv_minIRQL"))
				*min = l;
			else
				continue;
			if (!any)
				*at = d->loc;
			any = true;
		}
	}
	return any;
}

/* The constant values a variable (or its QuadPart) is set to in a function: 1 all
 * non-zero, 0 all zero, -1 unknown. */
static int timeout_value(const struct ir_function *def, const struct ir_path *var)
{
	int seen = 0, zero = 0, nonzero = 0;
	for (int b = 0; b < def->nblocks; b++)
		for (int k = 0; k < def->blocks[b].nevents; k++) {
			const struct ir_event *e = &def->blocks[b].events[k];
			if (e->kind != IR_EV_ASSIGN || strcmp(e->u.assign.path->name ? e->u.assign.path->name : "",
							      var->name ? var->name : "") ||
			    e->u.assign.path->root != var->root)
				continue;
			seen++;
			const struct ir_arg *r = e->u.assign.rhs;
			if (!r || r->kind != IR_ARG_INT)
				return -1;
			if (r->value)
				nonzero++;
			else
				zero++;
		}
	if (!seen)
		return -1;
	return zero && !nonzero ? 0 : !zero && nonzero ? 1 : -1;
}

bool irql_wait_blocks(const struct program *p, const struct lock_event *e, const char **why)
{
	if (!strcmp(e->routine, "KeDelayExecutionThread")) {
		*why = "its delay (it always sleeps)";
		return true;
	}
	const struct irql_wait *w = irql_wait_of(e->routine);
	const struct ir_call *c = &e->call->u.call;
	if (!w || w->timeout_arg >= c->nargs)
		return false;
	const struct ir_arg *t = &c->args[w->timeout_arg];
	if (t->kind == IR_ARG_NULL) {
		*why = "a NULL timeout (it waits until the object is signaled)";
		return true;
	}
	if (t->kind == IR_ARG_ADDR && t->path->root == IR_ROOT_LOCAL && t->path->nsteps == 0 &&
	    timeout_value(p->fns[e->fn].def, t->path) == 1) {
		*why = "a non-zero timeout";
		return true;
	}
	return false;
}
