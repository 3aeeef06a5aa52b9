/*
 * dpcs.c - finds the DPC sites of a program and names the STOR_DPC objects they act on
 * (dpcs.h). Storport's DPC routines take the object as a pointer argument
 * (STORPORT.md section 2.1); the pointer is resolved to the member or variable it
 * points to: directly (`&ext->Dpc[i]`), through a local pointer assigned in the same
 * function, or through a parameter of a wrapper, from the arguments its callers pass
 * (up to a few calls deep). Anything else is unresolved.
 */
#include "dpcs.h"

#include "arena.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Where each DPC routine takes its object and routine (argument indices). */
struct dpc_api {
	const char *name; /* callee, or the StorPortNotification type */
	bool notification;
	enum dpc_op op;
	int obj_arg, routine_arg;
};

static const struct dpc_api dpc_apis[] = {
	{ "StorPortInitializeDpc", false, DPC_INIT, 1, 2 },
	{ "StorPortInitializeDpcWithContext", false, DPC_INIT, 1, 2 },
	{ "StorPortInitializeThreadedDpc", false, DPC_INIT, 1, 2 },
	{ "StorPortIssueDpc", false, DPC_ISSUE, 1, -1 },
	{ "StorPortCancelDpc", false, DPC_CANCEL, 1, -1 },
	{ "InitializeDpc", true, DPC_INIT, 2, 3 },
	{ "InitializeDpcWithContext", true, DPC_INIT, 2, 3 },
	{ "InitializeThreadedDpc", true, DPC_INIT, 2, 3 },
	{ "IssueDpc", true, DPC_ISSUE, 2, -1 },
};

enum { MAX_DEPTH = 4 };

const char *dpc_op_word(enum dpc_op op)
{
	static const char *words[] = { "initialized", "issued", "cancelled" };
	return words[op];
}

struct objs {
	struct dpc_object *v;
	int n, cap;
	bool unresolved;
};

static void add_object(const struct program *p, struct objs *o, const struct ir_path *path, int fn,
		       struct ir_loc at, bool through)
{
	const char *key = ir_path_object(p->arena, path);
	for (int i = 0; i < o->n; i++)
		if (!strcmp(o->v[i].key, key))
			return;
	VEC_PUSH(o->v, o->n, o->cap);
	struct dpc_object *d = &o->v[o->n++];
	memset(d, 0, sizeof(*d));
	d->key = key;
	d->path = path;
	d->spelling = ir_path_str(p->arena, path);
	/* inside a local's own storage: no step goes through a pointer */
	d->is_auto = path->root == IR_ROOT_LOCAL && path->is_auto;
	for (int i = 0; i < path->nsteps; i++)
		if (path->steps[i].kind == IR_STEP_ARROW || path->steps[i].kind == IR_STEP_DEREF)
			d->is_auto = false;
	/* the member that holds the object, else the variable */
	d->decl = path->decl;
	for (int i = path->nsteps - 1; i >= 0; i--)
		if (path->steps[i].kind == IR_STEP_DOT || path->steps[i].kind == IR_STEP_ARROW) {
			d->decl = path->steps[i].decl;
			break;
		}
	d->named_at = at;
	d->named_in = fn;
	d->through_wrapper = through;
}

static void resolve(const struct program *p, int fn, const struct ir_arg *a, int depth, bool through,
		    struct objs *o);

/* A local pointer (`PSTOR_DPC dpc = &ext->Dpc[q];`): every value assigned to it. */
static void resolve_local(const struct program *p, int fn, const struct ir_path *var, int depth, bool through,
			  struct objs *o)
{
	const struct ir_function *def = p->fns[fn].def;
	bool any = false;
	for (int b = 0; b < def->nblocks; b++)
		for (int e = 0; e < def->blocks[b].nevents; e++) {
			const struct ir_event *ev = &def->blocks[b].events[e];
			if (ev->kind != IR_EV_ASSIGN || ev->u.assign.path->nsteps ||
			    ev->u.assign.path->root != IR_ROOT_LOCAL || strcmp(ev->u.assign.path->name, var->name))
				continue;
			any = true;
			if (!ev->u.assign.rhs)
				o->unresolved = true;
			else
				resolve(p, fn, ev->u.assign.rhs, depth + 1, through, o);
		}
	if (!any)
		o->unresolved = true;
}

/* A parameter of a wrapper: the arguments its callers pass in that position. */
static void resolve_param(const struct program *p, int fn, int param, int depth, struct objs *o)
{
	const struct prog_fn *f = &p->fns[fn];
	if (!f->ncallers) {
		o->unresolved = true; /* a callback's parameter: Storport passes it */
		return;
	}
	for (int i = 0; i < f->ncallers; i++) {
		const struct prog_fn *caller = &p->fns[f->callers[i]];
		for (int k = 0; k < caller->ncalls; k++) {
			const struct ir_call *c = &caller->calls[k].event->u.call;
			if (caller->calls[k].callee != fn)
				continue;
			if (c->nargs <= param)
				o->unresolved = true;
			else
				resolve(p, f->callers[i], &c->args[param], depth + 1, true, o);
		}
	}
}

static void resolve(const struct program *p, int fn, const struct ir_arg *a, int depth, bool through,
		    struct objs *o)
{
	if (depth > MAX_DEPTH) {
		o->unresolved = true;
		return;
	}
	if (a->kind == IR_ARG_ADDR) {
		const struct ir_path *path = a->path;
		/* &param->Dpc names a member: the member is the object's identity */
		if (path->root == IR_ROOT_PARAM && path->nsteps == 0)
			o->unresolved = true;
		else
			add_object(p, o, path, fn, a->loc, through);
		return;
	}
	if (a->kind == IR_ARG_PATH && a->path->nsteps == 0) {
		if (a->path->root == IR_ROOT_PARAM)
			resolve_param(p, fn, a->path->param, depth, o);
		else if (a->path->root == IR_ROOT_LOCAL && a->path->is_auto)
			resolve_local(p, fn, a->path, depth, through, o);
		else
			o->unresolved = true; /* a global pointer: could point anywhere */
		return;
	}
	if (a->kind == IR_ARG_NULL)
		return;
	o->unresolved = true; /* a pointer member, a cast of arithmetic, a call result... */
}

static void scan_call(const struct program *p, int fn, const struct ir_event *e, struct dpc_site **v, int *n,
		      int *cap)
{
	const struct ir_call *c = &e->u.call;
	for (size_t i = 0; i < ARRAY_SIZE(dpc_apis); i++) {
		const struct dpc_api *d = &dpc_apis[i];
		bool hit = d->notification ? !strcmp(c->callee, "StorPortNotification") && c->nargs > 0 &&
						     c->args[0].name && !strcmp(c->args[0].name, d->name)
					   : !strcmp(c->callee, d->name);
		if (!hit || c->nargs <= d->obj_arg)
			continue;
		VEC_PUSH(*v, *n, *cap);
		struct dpc_site *s = &(*v)[(*n)++];
		memset(s, 0, sizeof(*s));
		s->op = d->op;
		s->fn = fn;
		s->loc = e->loc;
		if (d->notification) {
			char via[96];
			snprintf(via, sizeof(via), "StorPortNotification(%s)", d->name);
			s->via = arena_strdup(p->arena, via);
		} else {
			s->via = d->name;
		}
		if (d->routine_arg >= 0 && c->nargs > d->routine_arg) {
			const struct ir_arg *ra = &c->args[d->routine_arg];
			s->routine = ra->kind == IR_ARG_FUNC ? ra->name : ra->text;
		}
		struct objs o = { 0 };
		resolve(p, fn, &c->args[d->obj_arg], 0, false, &o);
		s->nobjects = o.n;
		s->objects = arena_memdup(p->arena, o.v, (size_t)o.n, sizeof(*o.v));
		s->unresolved = o.unresolved;
		free(o.v);
	}
}

struct dpc_info *dpcs_compute(const struct program *p)
{
	struct dpc_site *v = NULL;
	int n = 0, cap = 0;
	for (int i = 0; i < p->nfns; i++) {
		const struct ir_function *def = p->fns[i].def;
		if (!def)
			continue;
		for (int b = 0; b < def->nblocks; b++)
			for (int k = 0; k < def->blocks[b].nevents; k++) {
				const struct ir_event *e = &def->blocks[b].events[k];
				if (e->kind == IR_EV_CALL && e->u.call.callee)
					scan_call(p, i, e, &v, &n, &cap);
			}
	}
	struct dpc_info *d = xcalloc(1, sizeof(*d));
	d->sites = v;
	d->nsites = n;
	return d;
}

void dpcs_free(struct dpc_info *d)
{
	if (!d)
		return;
	free(d->sites);
	free(d);
}
