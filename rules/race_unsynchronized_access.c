/*
 * race_unsynchronized_access.c - a field of the device extension (or a global) is
 * written in one context and accessed in another that can run at the same time, and the
 * two accesses hold no lock in common.
 *
 * A DPC routine synchronizes with HwStorStartIo or HwStorInterrupt by taking the
 * matching spin lock (the HW_DPC_ROUTINE page; STORPORT.md sections 2.6 and 3.4-3.5).
 * Contexts are the callbacks the accesses are reached from (through helpers, with the
 * locks held at each access, Storport's entry locks included). The interrupt and MSI
 * routines, StartIo, BuildIo, timers, work items, each DPC routine and the
 * SynchronizeAccess callback run concurrently unless a common lock excludes them;
 * BuildIo runs on several processors at once, a DPC routine bound to several STOR_DPC
 * objects (an array) runs concurrently with itself, one bound to a single object never
 * does. The initialization callbacks and the control-type callbacks are left out (writes
 * there are one-shot set-up; their context is not one). Not reported: reads only, array
 * elements unless both indices are the same constant, two DpcLocks dpccheck cannot tell
 * apart (taken as common). Precision over recall: when unsure, silence. Reported at the
 * access made without the other side's lock (else the earlier one), with a note at the
 * conflicting access.
 */
#include "dpcs.h"
#include "rule.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_LOCKS = 8 };

struct access {
	char *key;	/* "_EXT.Queue[3].Head", "[?]" for an unknown index */
	char *group;	/* the key without indices */
	char *spelling; /* as written */
	bool write;
	int fn, entry;	/* the function, the callback it is reached from */
	const struct role_def *role;
	struct ir_loc loc;
	int nlocks;
	struct {
		int kind;
		const char *object;
		const char *display;
	} locks[MAX_LOCKS];
};

struct race {
	const struct program *p;
	char **records; /* the device extension's struct names */
	int nrecords, caprecords;
	struct access *v;
	int n, cap;
	bool *self_concurrent; /* per function */
	bool per_message;
};

/* Roles whose accesses are judged: those that run during I/O, concurrently. */
static bool judged_role(const struct role_def *r)
{
	switch (r->id) {
	case ROLE_INTERRUPT:
	case ROLE_MSI_INTERRUPT:
	case ROLE_STARTIO:
	case ROLE_BUILDIO:
	case ROLE_DPC:
	case ROLE_TIMER:
	case ROLE_TIMER_EX:
	case ROLE_RESET_BUS:
	case ROLE_STATE_CHANGE:
	case ROLE_WORKITEM:
	case ROLE_SYNCHRONIZED_ACCESS:
		return true;
	default:
		return false;
	}
}

static void add_record(struct race *r, const char *name)
{
	if (!name || !*name)
		return;
	for (int i = 0; i < r->nrecords; i++)
		if (!strcmp(r->records[i], name))
			return;
	VEC_PUSH(r->records, r->nrecords, r->caprecords);
	r->records[r->nrecords++] = xstrdup(name);
}

static bool is_record(const struct race *r, const char *name)
{
	for (int i = 0; name && i < r->nrecords; i++)
		if (!strcmp(r->records[i], name))
			return true;
	return false;
}

/* The struct a pointer type points to: "struct _EXT *" -> "_EXT". */
static void add_pointee(struct race *r, const char *ctype)
{
	if (!ctype || strncmp(ctype, "struct ", 7))
		return;
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", ctype + 7);
	char *star = strstr(buf, " *");
	if (!star || star[2])
		return;
	*star = '\0';
	add_record(r, buf);
}

/* The device extension's struct: what the callbacks' extension parameter is used as
 * (`((PEXT)DeviceExtension)->x`, `PEXT ext = DeviceExtension;`). */
static void find_extension(struct race *r, const struct roles *roles)
{
	for (int i = 0; i < roles->nregs; i++) {
		const struct registration *reg = &roles->regs[i];
		if (!judged_role(reg->role) && reg->role->id != ROLE_FIND_ADAPTER && reg->role->id != ROLE_INITIALIZE &&
		    reg->role->id != ROLE_PASSIVE_INITIALIZE)
			continue;
		const struct ir_function *def = r->p->fns[reg->fn].def;
		int param = reg->role->id == ROLE_DPC ? 1 : 0;
		for (int b = 0; def && b < def->nblocks; b++)
			for (int k = 0; k < def->blocks[b].nevents; k++) {
				const struct ir_event *e = &def->blocks[b].events[k];
				const struct ir_path *p = e->kind == IR_EV_READ ? e->u.read
							  : e->kind == IR_EV_ASSIGN ? e->u.assign.path : NULL;
				if (p && p->root == IR_ROOT_PARAM && p->param == param && p->nsteps &&
				    p->steps[0].kind == IR_STEP_ARROW)
					add_record(r, p->steps[0].record);
				if (e->kind == IR_EV_ASSIGN && e->u.assign.rhs && e->u.assign.rhs->kind == IR_ARG_PATH &&
				    e->u.assign.rhs->path->root == IR_ROOT_PARAM && e->u.assign.rhs->path->param == param &&
				    !e->u.assign.rhs->path->nsteps)
					add_pointee(r, e->u.assign.path->ctype);
			}
	}
}

/* The shared object a path names: from the first member of the device extension (or a
 * global), with constant indices kept; NULL when the path is not shared state. */
static bool access_key(const struct race *r, const struct ir_path *p, char **key, char **group)
{
	int first = -1;
	for (int i = 0; i < p->nsteps && first < 0; i++)
		if ((p->steps[i].kind == IR_STEP_ARROW || p->steps[i].kind == IR_STEP_DOT) && p->steps[i].record)
			first = i;
	struct strbuf k = { 0 }, g = { 0 };
	if (p->root == IR_ROOT_GLOBAL && first != 0) {
		sb_adds(&k, p->name);
		sb_adds(&g, p->name);
		first = 0;
	} else if (first < 0 || !is_record(r, p->steps[first].record)) {
		return false;
	} else {
		sb_adds(&k, p->steps[first].record);
		sb_adds(&g, p->steps[first].record);
	}
	for (int i = first; i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		if (s->kind == IR_STEP_DOT || s->kind == IR_STEP_ARROW) {
			sb_addf(&k, ".%s", s->field);
			sb_addf(&g, ".%s", s->field);
		} else if (s->kind == IR_STEP_INDEX) {
			if (s->index_known)
				sb_addf(&k, "[%lld]", s->index);
			else
				sb_adds(&k, "[?]");
			sb_adds(&g, "[]");
		}
	}
	*key = k.buf;
	*group = g.buf;
	return true;
}

static void collect(const struct lock_event *e, void *data)
{
	struct race *r = data;
	if (e->kind != LE_ACCESS || !e->entry_role || !judged_role(e->entry_role))
		return;
	const struct ir_event *ev = e->call;
	const struct ir_path *p = ev->kind == IR_EV_READ ? ev->u.read : ev->u.assign.path;
	char *key, *group;
	if (!access_key(r, p, &key, &group))
		return;
	VEC_PUSH(r->v, r->n, r->cap);
	struct access *a = &r->v[r->n++];
	memset(a, 0, sizeof(*a));
	a->key = key;
	a->group = group;
	a->spelling = xstrdup(ir_path_str(r->p->arena, p));
	a->write = ev->kind == IR_EV_ASSIGN;
	a->fn = e->fn;
	a->entry = e->chain_fns[0];
	a->role = e->entry_role;
	a->loc = e->loc;
	for (int i = 0; i < e->nheld && a->nlocks < MAX_LOCKS; i++) {
		if (e->held[i].kind == LK_UNKNOWN)
			continue;
		a->locks[a->nlocks].kind = e->held[i].kind;
		a->locks[a->nlocks].object = e->held[i].object;
		a->locks[a->nlocks++].display = e->held[i].display;
	}
}

/* A lock both hold: the same kind and object; two DpcLocks or spin locks whose objects
 * dpccheck cannot tell apart count as common (silence). */
static bool common_lock(const struct access *a, const struct access *b)
{
	for (int i = 0; i < a->nlocks; i++)
		for (int j = 0; j < b->nlocks; j++) {
			if (a->locks[i].kind != b->locks[j].kind)
				continue;
			const char *x = a->locks[i].object, *y = b->locks[j].object;
			if (!x || !y || x == y || strstr(x, "[?]") || strstr(y, "[?]") || !strncmp(x, "param", 5) ||
			    !strncmp(y, "param", 5))
				return true;
		}
	return false;
}

static bool concurrent(const struct race *r, const struct access *a, const struct access *b)
{
	if (a->entry != b->entry)
		return true;
	return r->self_concurrent[a->entry];
}

/* Array elements race only when both indices are the same constant. */
static bool same_element(const struct access *a, const struct access *b)
{
	if (!strchr(a->key, '['))
		return true;
	return !strstr(a->key, "[?]") && !strcmp(a->key, b->key);
}

static void lock_list(const struct access *a, char *buf, size_t n)
{
	buf[0] = '\0';
	for (int i = 0; i < a->nlocks; i++)
		snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", i ? " and " : "", a->locks[i].display);
	if (!a->nlocks)
		snprintf(buf, n, "no lock");
}

static void report(struct rule_ctx *ctx, const struct race *r, const struct access *a, const struct access *b)
{
	const struct program *p = r->p;
	char la[256], lb[256];
	lock_list(a, la, sizeof(la));
	lock_list(b, lb, sizeof(lb));
	struct finding *f;
	if (b->nlocks)
		f = rule_report(ctx, a->loc,
				"'%s' is %s here in '%s' (%s) holding %s, and %s in '%s' (%s) under %s: take %s around "
				"this access, as '%s' holds it",
				a->spelling, a->write ? "written" : "read", p->fns[a->entry].name, a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb, b->locks[0].display,
				p->fns[b->entry].name);
	else
		f = rule_report(ctx, a->loc,
				"'%s' is %s here in '%s' (%s) holding %s, and %s in '%s' (%s) holding %s: the two can run "
				"at the same time",
				a->spelling, a->write ? "written" : "read", p->fns[a->entry].name, a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb);
	diag_note(f, b->loc, "'%s' is %s here in '%s', reached from '%s', holding %s", b->spelling,
		  b->write ? "written" : "read", p->fns[b->fn].name, p->fns[b->entry].name, lb);
}

static int cmp_loc(const struct ir_loc *a, const struct ir_loc *b)
{
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return (int)a->col - (int)b->col;
}

/* Which callbacks run concurrently with themselves. */
static void self_concurrency(struct race *r, const struct roles *roles)
{
	const struct program *p = r->p;
	r->self_concurrent = xcalloc((size_t)p->nfns + 1, sizeof(bool));
	struct dpc_info *d = dpcs_compute(p);
	for (int i = 0; i < roles->nregs; i++) {
		const struct registration *reg = &roles->regs[i];
		if (reg->role->id == ROLE_BUILDIO)
			r->self_concurrent[reg->fn] = true;
		if (reg->role->id == ROLE_MSI_INTERRUPT && r->per_message)
			r->self_concurrent[reg->fn] = true;
	}
	/* a DPC routine bound to an array of STOR_DPCs, or to several objects */
	for (int f = 0; f < p->nfns; f++) {
		const char *first = NULL;
		for (int i = 0; i < d->nsites; i++) {
			const struct dpc_site *s = &d->sites[i];
			if (s->op != DPC_INIT || !s->routine || strcmp(s->routine, p->fns[f].name))
				continue;
			for (int j = 0; j < s->nobjects; j++) {
				if (strstr(s->objects[j].key, "[]") || (first && strcmp(first, s->objects[j].key)))
					r->self_concurrent[f] = true;
				first = s->objects[j].key;
			}
		}
	}
	dpcs_free(d);
}

static void find_mode(struct race *r)
{
	const struct program *p = r->p;
	for (int i = 0; i < p->nfns; i++) {
		const struct ir_function *def = p->fns[i].def;
		for (int b = 0; def && b < def->nblocks; b++)
			for (int k = 0; k < def->blocks[b].nevents; k++) {
				const struct ir_event *e = &def->blocks[b].events[k];
				if (e->kind != IR_EV_ASSIGN || !e->u.assign.path->nsteps || !e->u.assign.rhs)
					continue;
				const struct ir_step *st = &e->u.assign.path->steps[e->u.assign.path->nsteps - 1];
				if (st->field && !strcmp(st->field, "InterruptSynchronizationMode") && e->u.assign.rhs->name &&
				    !strcmp(e->u.assign.rhs->name, "InterruptSynchronizePerMessage"))
					r->per_message = true;
			}
	}
}

static void check(struct rule_ctx *ctx, const struct program *p)
{
	struct race r = { 0 };
	r.p = p;
	find_extension(&r, ctx->roles);
	find_mode(&r);
	self_concurrency(&r, ctx->roles);
	locks_run(p, ctx->roles, collect, &r);
	bool *reported = xcalloc((size_t)r.n + 1, sizeof(bool));
	for (int i = 0; i < r.n; i++)
		for (int j = 0; j < r.n; j++) {
			struct access *a = &r.v[i], *b = &r.v[j];
			if (reported[i] || (!a->write && !b->write) || strcmp(a->group, b->group) || !concurrent(&r, a, b) ||
			    common_lock(a, b) || !same_element(a, b))
				continue;
			if (i == j && !(r.self_concurrent[a->entry] && a->write))
				continue;
			/* a is reported: it lacks b's lock, or neither holds one and a comes first */
			bool a_primary = (!a->nlocks && b->nlocks) ||
					 ((!a->nlocks) == (!b->nlocks) && cmp_loc(&a->loc, &b->loc) <= 0);
			if (!a_primary)
				continue;
			report(ctx, &r, a, b);
			reported[i] = true;
		}
	free(reported);
	for (int i = 0; i < r.n; i++) {
		free(r.v[i].key);
		free(r.v[i].group);
		free(r.v[i].spelling);
	}
	free(r.v);
	for (int i = 0; i < r.nrecords; i++)
		free(r.records[i]);
	free(r.records);
	free(r.self_concurrent);
}

void register_race_unsynchronized_access(struct rule_hooks *hooks)
{
	hooks->on_program = check;
}
