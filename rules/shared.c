/*
 * shared.c - the shared-state tracker (shared.h). The device extension is the struct
 * the callbacks' extension parameter is used as; an access is a READ or ASSIGN event
 * of a path through one of its members (or a global), seen by the context tracker
 * (locks.h) with the locks held and the callback the function is reached from.
 */
#include "shared.h"

#include "dpcs.h"
#include "locks.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>


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
	case ROLE_ADAPTER_CONTROL: /* its ScsiStopAdapter/ScsiRestartAdapter cases only (collect) */
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

/* ".field", appended (keys are built for every access in every context: no printf). */
static void add_field(struct strbuf *sb, const char *field)
{
	sb_add(sb, ".", 1);
	sb_adds(sb, field ? field : "(null)");
}

/* The one copy of a key or group. */
static const char *name(struct race *r, const char *s)
{
	if (!r->names.a)
		r->names.a = arena_new();
	return str_set_add(&r->names, s);
}

/* The shared object a path names: from the first member of the device extension (or a
 * global), with constant indices kept; NULL when the path is not shared state. */
static bool access_key(struct race *r, const struct ir_path *p, const char **key, const char **group)
{
	int first = -1;
	for (int i = 0; i < p->nsteps && first < 0; i++)
		if ((p->steps[i].kind == IR_STEP_ARROW || p->steps[i].kind == IR_STEP_DOT) && p->steps[i].record)
			first = i;
	struct strbuf *k = &r->kb, *g = &r->gb;
	k->len = g->len = 0;
	if (p->root == IR_ROOT_GLOBAL && first != 0) {
		sb_adds(k, p->name);
		sb_adds(g, p->name);
		first = 0;
	} else if (first < 0 || !is_record(r, p->steps[first].record)) {
		return false;
	} else {
		sb_adds(k, p->steps[first].record);
		sb_adds(g, p->steps[first].record);
	}
	for (int i = first; i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		if (s->kind == IR_STEP_DOT || s->kind == IR_STEP_ARROW) {
			add_field(k, s->field);
			add_field(g, s->field);
		} else if (s->kind == IR_STEP_INDEX) {
			ir_index_str(k, s);
			sb_adds(g, "[]");
		}
	}
	*key = name(r, k->buf);
	*group = name(r, g->buf);
	return true;
}

/* The key of an access through a pointer to a struct that is not the device extension
 * (a parameter or local: `q->Head` with `PQUEUE q`): "_QUEUE.Head". Whether two such
 * pointers name one object is beyond dpccheck; the rule counts such pairs. */
static bool untraced_key(struct race *r, const struct ir_path *p, const char **key, const char **group)
{
	if ((p->root != IR_ROOT_PARAM && p->root != IR_ROOT_LOCAL) || !p->nsteps ||
	    p->steps[0].kind != IR_STEP_ARROW || !p->steps[0].record)
		return false;
	struct strbuf *k = &r->kb, *g = &r->gb;
	k->len = g->len = 0;
	sb_adds(k, p->steps[0].record);
	sb_adds(g, p->steps[0].record);
	for (int i = 0; i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		if (s->kind == IR_STEP_DOT || s->kind == IR_STEP_ARROW) {
			add_field(k, s->field);
			add_field(g, s->field);
		} else if (s->kind == IR_STEP_INDEX) {
			sb_adds(k, "[?]");
			sb_adds(g, "[]");
		}
	}
	*key = name(r, k->buf);
	*group = name(r, g->buf);
	return true;
}

void shared_lock_event(const struct lock_event *e, void *data)
{
	struct race *r = data;
	if (e->kind != LE_ACCESS || !e->entry_role || !judged_role(e->entry_role))
		return;
	/* HwStorAdapterControl: judged in the cases the lock tracker puts at DIRQL, which are
	 * ScsiStopAdapter and ScsiRestartAdapter; those run holding the interrupt lock
	 * (STORPORT.md 4.2, the reading with fewer findings of its open question 4). The other
	 * control types are not judged: whether they overlap I/O is not documented. */
	bool stop_restart = e->entry_role->id == ROLE_ADAPTER_CONTROL;
	if (stop_restart && e->irql_lo != IRQL_DIRQL)
		return;
	const struct ir_event *ev = e->call;
	const struct ir_path *p = ev->kind == IR_EV_READ ? ev->u.read : ev->u.assign.path;
	const char *key, *group;
	struct access *a;
	if (access_key(r, p, &key, &group)) {
		VEC_PUSH(r->v, r->n, r->cap);
		a = &r->v[r->n++];
	} else if (untraced_key(r, p, &key, &group)) {
		VEC_PUSH(r->untraced, r->nuntraced, r->capuntraced);
		a = &r->untraced[r->nuntraced++];
	} else {
		return;
	}
	memset(a, 0, sizeof(*a));
	a->key = key;
	a->group = group;
	a->path = p;
	a->write = ev->kind == IR_EV_ASSIGN;
	a->fn = e->fn;
	a->entry = e->chain_fns[0];
	a->role = e->entry_role;
	a->reg = e->entry_reg;
	a->loc = e->loc;
	for (int i = 0; i < e->nheld && a->nlocks < MAX_LOCKS; i++) {
		if (e->held[i].kind == LK_UNKNOWN)
			continue;
		a->locks[a->nlocks].kind = e->held[i].kind;
		const char *obj = e->held[i].object;
		a->locks[a->nlocks].object = obj;
		a->locks[a->nlocks].unsure = obj && (strstr(obj, "[?]") || !strncmp(obj, "param", 5));
		a->locks[a->nlocks++].display = e->held[i].display;
	}
	a->indexed = strchr(a->key, '[') != NULL;
	a->unknown_index = strstr(a->key, "[?]") != NULL;
	if (stop_restart && a->nlocks < MAX_LOCKS) {
		a->locks[a->nlocks].kind = LK_INTERRUPT;
		a->locks[a->nlocks].object = NULL;
		a->locks[a->nlocks++].display = "InterruptLock";
	}
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
				if (st->field && !strcmp(st->field, "InterruptSynchronizationMode") &&
				    e->u.assign.rhs->kind == IR_ARG_INT && e->u.assign.rhs->value == 2)
					r->per_message = true; /* InterruptSynchronizePerMessage */
			}
	}
}

void shared_begin(struct race *r, const struct program *p, const struct roles *roles)
{
	memset(r, 0, sizeof(*r));
	r->p = p;
	find_extension(r, roles);
	find_mode(r);
	self_concurrency(r, roles);
}

void shared_compute(struct race *r, const struct program *p, const struct roles *roles)
{
	shared_begin(r, p, roles);
	locks_run(p, roles, shared_lock_event, r);
}

void shared_free(struct race *r)
{
	free(r->v);
	free(r->untraced);
	arena_free(r->names.a);
	str_set_release(&r->names);
	sb_release(&r->kb);
	sb_release(&r->gb);
	for (int i = 0; i < r->nrecords; i++)
		free(r->records[i]);
	free(r->records);
	free(r->self_concurrent);
}
