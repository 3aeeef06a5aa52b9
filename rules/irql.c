/*
 * irql.c - lookups in the IRQL tables of irql.def, and the IRQL limits of a function's
 * own annotations (SAL, DESIGN.md section 3).
 */
#include "irql.h"

#include "config.h"
#include "locks.h"
#include "util.h"

#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
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

struct user_fact {
	struct irql_fact fact;
	struct ir_loc at;
};

static struct user_fact *user_facts;
static int nuser_facts, capuser_facts;

void irql_add_user_fact(const char *routine, int min, int max, struct ir_loc at)
{
	for (int i = 0; i < nuser_facts; i++)
		if (!strcmp(user_facts[i].fact.routine, routine))
			return;
	VEC_PUSH(user_facts, nuser_facts, capuser_facts);
	at.file = xstrdup(at.file);
	user_facts[nuser_facts++] = (struct user_fact){ { xstrdup(routine), min, max, at.file }, at };
}

void irql_free_user_facts(void)
{
	for (int i = 0; i < nuser_facts; i++) {
		free((char *)user_facts[i].fact.routine);
		free((char *)user_facts[i].at.file);
	}
	free(user_facts);
	user_facts = NULL;
	nuser_facts = capuser_facts = 0;
}

static const struct user_fact *user_fact_of(const char *routine)
{
	for (int i = 0; i < nuser_facts; i++)
		if (!strcmp(user_facts[i].fact.routine, routine))
			return &user_facts[i];
	return NULL;
}

void irql_add_config_facts(const struct config *c)
{
	for (int i = 0; c && i < c->nfacts; i++) {
		const struct config_fact *f = &c->facts[i];
		int min = f->min ? irql_level_of_name(f->min) : IRQL_PASSIVE;
		int max = f->max ? irql_level_of_name(f->max) : IRQL_HIGH;
		irql_add_user_fact(f->name, min < 0 ? IRQL_PASSIVE : min, max < 0 ? IRQL_HIGH : max, f->at);
	}
}

int irql_level_of_name(const char *name)
{
	for (int l = IRQL_PASSIVE; l <= IRQL_HIGH; l++)
		if (!strcmp(irql_name(l), name))
			return l;
	return -1;
}

enum irql_limit_source irql_call_limits(const struct program *p, const struct lock_event *e, int *min, int *max,
					struct ir_loc *at)
{
	if (e->callee >= 0 && irql_own_limits(&p->fns[e->callee], min, max, at))
		return IRQL_LIMIT_ANNOTATION;
	const struct user_fact *u = user_fact_of(e->routine);
	if (u) {
		*min = u->fact.min;
		*max = u->fact.max;
		*at = u->at;
		return IRQL_LIMIT_USER;
	}
	const struct irql_fact *f = e->callee < 0 ? irql_fact_of(e->routine) : NULL;
	if (!f)
		return IRQL_LIMIT_NONE;
	*min = f->min;
	*max = f->max;
	return IRQL_LIMIT_TABLE;
}

static struct str_index facts_index;
static pthread_once_t facts_once = PTHREAD_ONCE_INIT;

static void index_facts(void)
{
	str_index_build(&facts_index, facts, ARRAY_SIZE(facts), sizeof(facts[0]), offsetof(struct irql_fact, routine));
}

const struct irql_fact *irql_fact_of(const char *routine)
{
	pthread_once(&facts_once, index_facts);
	int k = str_index_find(&facts_index, routine);
	return k < 0 ? NULL : &facts[facts_index.order[k]];
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
