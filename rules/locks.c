/*
 * locks.c - the spin-lock tracker (locks.h).
 *
 * State: the locks a point may hold, each with whether it is held on every path (must),
 * where it was taken, and the branch decisions it was taken under (guards). Joins take
 * the union (may) and the intersection (must). To stay silent on the pattern
 * `if (x) acquire; ... if (x) release;`, a branch on a variable that a held lock's guard
 * contradicts drops the lock on that edge, and a lock whose guard variable is assigned
 * afterwards becomes uncertain (never reported as leaked): DESIGN.md section 4, "merge
 * policy errs toward silence". StorPortAcquireSpinLockEx holds the lock only on the
 * success edge of a test of its status (STORPORT.md section 10, question 14).
 *
 * Entry contexts: each callback starts with the locks Storport holds on entry (roles.def,
 * STORPORT.md section 3.4, with the half-duplex, concurrent-channel and virtual-miniport
 * variants when the driver visibly asks for them); functions without callers start with
 * none. A call to a function of the program analyzes it in the caller's context
 * (memoized per function and set of held locks) and applies its summary: the locks it
 * acquires into, or releases from, handles its caller passes (wrappers), with the
 * caller's arguments substituted for the parameters (a lock kind passed as a parameter
 * too). Recursion gets an empty summary.
 */
#include "locks.h"

#include "arena.h"
#include "diag.h"
#include "flow.h"
#include "util.h"

#include <ctype.h>
#include <stdio.h>
#include <pthread.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_HELD = 8, MAX_ASSUME = 6, MAX_EFFECTS = 8, MAX_DEPTH = 12 };

struct lock_api {
	const char *routine, *notification;
	enum lock_mech mech;
	int kind_arg, obj_arg, handle_arg;
	bool acquire;
};

static const struct lock_api apis[] = {
#define LOCK_ACQUIRE(r, n, m, k, c, h, src) { r, n, m, k, c, h, true },
#define LOCK_RELEASE(r, n, m, h, o, src) { r, n, m, -1, o, h, false },
#include "api.def"
};

const char *lock_kind_name(enum lock_kind k)
{
	static const char *names[] = { "InvalidLock", "DpcLock", "StartIoLock", "InterruptLock", "ThreadedDpcLock",
				       "DpcLevelLock", "MSI lock", "spin lock", "a Storport lock" };
	return names[k];
}

struct lstate {
	int n;
	struct held v[MAX_HELD];
	int nassume;
	struct {
		const char *var;
		bool value;
	} assume[MAX_ASSUME];
	/* the IRQL: the entry context's range (base, -1 when unknown) and an explicit
	 * KeRaiseIrql (raise, -1 when none) */
	signed char base_lo, base_hi, raise_lo, raise_hi;
	bool raise_set; /* a KeRaiseIrql or KeLowerIrql ran on every path here */
};

/* What a state holds: its locks and assumptions, not the rest of their capacity. */
static void lstate_copy(void *dst, const void *src)
{
	const struct lstate *s = src;
	struct lstate *d = dst;
	d->n = s->n;
	memcpy(d->v, s->v, sizeof(s->v[0]) * (size_t)s->n);
	d->nassume = s->nassume;
	memcpy(d->assume, s->assume, sizeof(s->assume[0]) * (size_t)s->nassume);
	d->base_lo = s->base_lo;
	d->base_hi = s->base_hi;
	d->raise_lo = s->raise_lo;
	d->raise_hi = s->raise_hi;
	d->raise_set = s->raise_set;
}

/* A wrapper's effect on its caller's locks. */
struct effect {
	bool acquire;
	struct held h;
	signed char kind_param, object_param;
	const char *routine; /* the lock routine inside */
	struct ir_loc inner; /* where inside the wrapper */
};

struct summary {
	int fn;
	char *sig; /* the entry context */
	bool done, emitted;
	int emitted_depth; /* the call depth its events were reported at */
	int n;
	struct effect v[MAX_EFFECTS];
	/* the function raises or lowers the IRQL for its caller (a KeRaiseIrql wrapper) */
	int nexits;
	bool raise_effect;
	signed char raise_lo, raise_hi;
};

struct tracker {
	const struct program *p;
	const struct roles *roles;
	lock_visitor *visit;
	void *vctx;
	struct arena *a;
	struct str_set strs; /* interned strings, in the program's arena */
	/* the interned spelling of each assigned or tested path (by its address) */
	struct path_var {
		const struct ir_path *path;
		const char *var;
	} *vars;
	size_t nvars, capvars;
	struct summary *sums;
	int nsums, capsums;
	/* the analysis stack: functions and the calls that entered them */
	int stack[MAX_DEPTH];
	struct ir_loc calls[MAX_DEPTH];
	int depth;
	const struct registration *entry_reg;
	const struct role_def *entry_role;
	bool half_duplex, concurrent_channels, virtual_miniport;
};

/* The analysis of one function in one context. */
struct fctx {
	struct tracker *t;
	int fn;
	const struct ir_function *def;
	bool emit;	    /* replaying the fixpoint: report events */
	struct summary *sum; /* effects being collected */
	const struct lstate *cur; /* the state of the event being emitted */
};

/* Interned names (lock displays, objects, handles) reach the events handed to
   locks_run's callers, who may keep them: they live as long as the program. */
static const char *intern(struct tracker *t, const char *s)
{
	return s ? str_set_add(&t->strs, s) : NULL;
}

/* The interned spelling of a path, spelled once per path (transfer and edge ask for the
 * same paths in every iteration and every context). */
static const char *path_var(struct tracker *t, const struct ir_path *p)
{
	if (2 * (t->nvars + 1) > t->capvars) {
		size_t cap = t->capvars ? 2 * t->capvars : 256;
		struct path_var *v = xcalloc(cap, sizeof(*v));
		for (size_t i = 0; i < t->capvars; i++) {
			if (!t->vars[i].path)
				continue;
			size_t h = ((uintptr_t)t->vars[i].path >> 4) & (cap - 1);
			while (v[h].path)
				h = (h + 1) & (cap - 1);
			v[h] = t->vars[i];
		}
		free(t->vars);
		t->vars = v;
		t->capvars = cap;
	}
	size_t h = ((uintptr_t)p >> 4) & (t->capvars - 1);
	for (; t->vars[h].path; h = (h + 1) & (t->capvars - 1))
		if (t->vars[h].path == p)
			return t->vars[h].var;
	t->nvars++;
	t->vars[h].path = p;
	return t->vars[h].var = intern(t, ir_path_str(t->a, p));
}

/* ---- naming locks ------------------------------------------------------------------ */

/* A lock object's identity: the member or variable that holds it (ir_path_object), with
 * constant indices kept (`_EXT.Dpcs[1]`: each element of a STOR_DPC array has its own
 * DpcLock) and unknown ones as [?]. */
static const char *lock_object_key(struct tracker *t, const struct ir_path *p)
{
	const char *base = ir_path_object(t->a, p);
	struct strbuf sb = { 0 };
	int idx = 0;
	for (const char *c = base; *c; c++) {
		if (c[0] == '[' && c[1] == ']') {
			/* the idx-th index step of the path */
			int k = 0, seen = 0;
			for (; k < p->nsteps; k++)
				if (p->steps[k].kind == IR_STEP_INDEX && seen++ == idx)
					break;
			ir_index_str(&sb, k < p->nsteps ? &p->steps[k] : NULL);
			idx++;
			c++;
			continue;
		}
		sb_add(&sb, c, 1);
	}
	const char *r = intern(t, sb.buf ? sb.buf : "");
	sb_release(&sb);
	return r;
}

/* The identity of an object an argument points to (`&ext->Lock`, `Dpc`). */
static const char *arg_object(struct tracker *t, const struct ir_arg *a)
{
	char buf[32];
	if (!a)
		return NULL;
	switch (a->kind) {
	case IR_ARG_ADDR: return intern(t, lock_object_key(t, a->path));
	case IR_ARG_PATH:
		if (a->path->root == IR_ROOT_PARAM && !a->path->nsteps) {
			snprintf(buf, sizeof(buf), "param %d", a->path->param);
			return intern(t, buf);
		}
		return intern(t, ir_path_str(t->a, a->path));
	case IR_ARG_INT: snprintf(buf, sizeof(buf), "%lld", a->value); return intern(t, buf);
	case IR_ARG_NULL: return intern(t, "NULL");
	default: return intern(t, a->text ? a->text : "?");
	}
}

static const char *arg_spelling(struct tracker *t, const struct ir_arg *a)
{
	if (a->kind == IR_ARG_ADDR || a->kind == IR_ARG_PATH)
		return intern(t, ir_path_str(t->a, a->path));
	return intern(t, a->text ? a->text : "?");
}

static void set_display(struct tracker *t, struct held *h, const char *spelling)
{
	char buf[256];
	switch (h->kind) {
	case LK_DPC: snprintf(buf, sizeof(buf), "DpcLock of '%s'", spelling ? spelling : "?"); break;
	case LK_MSI: snprintf(buf, sizeof(buf), "the MSI lock of message %s", spelling ? spelling : "?"); break;
	case LK_KE: snprintf(buf, sizeof(buf), "spin lock '%s'", spelling ? spelling : "?"); break;
	default: snprintf(buf, sizeof(buf), "%s", lock_kind_name(h->kind)); break;
	}
	h->display = intern(t, buf);
}

/* A handle argument: where the lock's handle (or old IRQL) lives. */
static void set_handle(struct tracker *t, struct held *h, const struct ir_arg *a, const struct ir_path *result)
{
	h->handle_param = -1;
	h->caller_handle = false;
	const struct ir_path *p = result;
	if (a) {
		if (a->kind == IR_ARG_PATH && a->path->root == IR_ROOT_PARAM && !a->path->nsteps) {
			char buf[32];
			snprintf(buf, sizeof(buf), "param %d", a->path->param);
			h->handle = intern(t, buf);
			h->handle_param = (signed char)a->path->param;
			h->caller_handle = true;
			return;
		}
		p = a->kind == IR_ARG_ADDR || a->kind == IR_ARG_PATH ? a->path : NULL;
	}
	if (!p) {
		h->handle = NULL;
		h->uncertain = true; /* a handle dpccheck cannot name (a C++ member, a call) */
		return;
	}
	/* `*OldIrql` with OldIrql a parameter: the caller's variable */
	if (p->root == IR_ROOT_PARAM && p->nsteps == 1 && p->steps[0].kind == IR_STEP_DEREF) {
		char buf[32];
		snprintf(buf, sizeof(buf), "param %d", p->param);
		h->handle = intern(t, buf);
		h->handle_param = (signed char)p->param;
		h->caller_handle = true;
		return;
	}
	h->handle = intern(t, ir_path_object(t->a, p));
	h->caller_handle = !(p->root == IR_ROOT_LOCAL && p->is_auto);
}

/* The handle a lock routine's call names: its handle argument, or the old IRQL it returns
 * (KeAcquireSpinLockRaiseToDpc); none (handle_param -1) when the routine takes none. */
static void call_handle(struct tracker *t, struct held *h, const struct lock_api *api, const struct ir_call *c)
{
	if (api->handle_arg == -2)
		set_handle(t, h, NULL, c->result == IR_RESULT_ASSIGNED ? c->result_path : NULL);
	else if (api->handle_arg >= 0 && api->handle_arg < c->nargs)
		set_handle(t, h, &c->args[api->handle_arg], NULL);
	else
		h->handle_param = -1;
}

/* ---- state ----------------------------------------------------------------------------- */

/* StorPortAcquireSpinLockEx and StorPortAcquireSpinLock take the same locks into the same
 * handles (a driver falls back from one to the other). */
static int mech_family(int m)
{
	return m == MECH_STOR_EX ? MECH_STOR : m;
}

static bool same_lock(const struct held *a, const struct held *b)
{
	return a->kind == b->kind && a->object == b->object && a->handle == b->handle &&
	       mech_family(a->mech) == mech_family(b->mech);
}

/* Same lock for double acquires and order: kind and object, whatever the handle. */
static bool same_identity(const struct held *a, const struct held *b)
{
	if (a->kind == LK_UNKNOWN || b->kind == LK_UNKNOWN)
		return false;
	if (a->kind != b->kind)
		return false;
	/* an unknown index may or may not be the same element: silence */
	if (a->kind == LK_DPC || a->kind == LK_KE || a->kind == LK_MSI)
		return a->object == b->object && a->object && !strstr(a->object, "[?]");
	return true;
}

static void add_held(struct lstate *s, const struct held *h)
{
	for (int i = 0; i < s->n; i++)
		if (same_lock(&s->v[i], h)) {
			s->v[i] = *h;
			return;
		}
	if (s->n < MAX_HELD)
		s->v[s->n++] = *h;
}

static void remove_held(struct lstate *s, int i)
{
	s->v[i] = s->v[--s->n];
}

static bool guards_contain(const struct held *h, const char *var, bool value)
{
	for (int i = 0; i < h->nguards; i++)
		if (h->guards[i].var == var && h->guards[i].value == value)
			return true;
	return false;
}

static bool lstate_join(void *into, const void *from, void *ctx)
{
	(void)ctx;
	struct lstate *a = into;
	const struct lstate *b = from;
	bool changed = false;
	for (int i = 0; i < a->n; i++) {
		int j;
		for (j = 0; j < b->n && !same_lock(&a->v[i], &b->v[j]); j++)
			;
		if (j == b->n) {
			if (a->v[i].must) {
				a->v[i].must = false;
				changed = true;
			}
			continue;
		}
		if (a->v[i].must && !b->v[j].must) {
			a->v[i].must = false;
			changed = true;
		}
		if (!a->v[i].uncertain && b->v[j].uncertain) {
			a->v[i].uncertain = true;
			changed = true;
		}
		/* held on both sides: keep the guards both share */
		int n = 0;
		for (int g = 0; g < a->v[i].nguards; g++)
			if (guards_contain(&b->v[j], a->v[i].guards[g].var, a->v[i].guards[g].value))
				a->v[i].guards[n++] = a->v[i].guards[g];
		if (n != a->v[i].nguards) {
			a->v[i].nguards = (unsigned char)n;
			changed = true;
		}
	}
	for (int j = 0; j < b->n; j++) {
		int i;
		for (i = 0; i < a->n && !same_lock(&a->v[i], &b->v[j]); i++)
			;
		if (i < a->n)
			continue;
		struct held h = b->v[j];
		h.must = false;
		add_held(a, &h);
		changed = true;
	}
	int n = 0;
	for (int i = 0; i < a->nassume; i++) {
		bool both = false;
		for (int j = 0; j < b->nassume; j++)
			both |= b->assume[j].var == a->assume[i].var && b->assume[j].value == a->assume[i].value;
		if (both)
			a->assume[n++] = a->assume[i];
	}
	if (n != a->nassume) {
		a->nassume = n;
		changed = true;
	}
	if (b->raise_lo != a->raise_lo && (b->raise_lo < a->raise_lo)) {
		a->raise_lo = b->raise_lo;
		changed = true;
	}
	if (b->raise_hi > a->raise_hi) {
		a->raise_hi = b->raise_hi;
		changed = true;
	}
	if (a->raise_set && !b->raise_set) {
		a->raise_set = false;
		changed = true;
	}
	return changed;
}

/* ---- events ---------------------------------------------------------------------------- */

static void irql_now(const struct lstate *s, int *lo, int *hi);

static void emit(struct fctx *f, struct lock_event *e)
{
	struct tracker *t = f->t;
	if (!f->emit || !t->visit)
		return;
	e->fn = f->fn;
	if (f->cur)
		irql_now(f->cur, &e->irql_lo, &e->irql_hi);
	e->depth = t->depth;
	e->chain_fns = t->stack;
	e->chain_calls = t->calls;
	e->entry_reg = t->entry_reg;
	e->entry_role = t->entry_role;
	t->visit(e, t->vctx);
}

static struct str_index apis_index;
static pthread_once_t apis_once = PTHREAD_ONCE_INIT;

static void index_apis(void)
{
	str_index_build(&apis_index, apis, ARRAY_SIZE(apis), sizeof(apis[0]), offsetof(struct lock_api, routine));
}

/* The first entry of apis[] for the routine whose notification (if it has one) is the
 * call's first argument. */
static const struct lock_api *find_api(const struct ir_call *c)
{
	pthread_once(&apis_once, index_apis);
	for (int k = str_index_find(&apis_index, c->callee); k >= 0 && k < apis_index.n; k++) {
		const struct lock_api *a = &apis[apis_index.order[k]];
		if (strcmp(a->routine, c->callee))
			break;
		if (a->notification && !(c->nargs > 0 && c->args[0].name && !strcmp(c->args[0].name, a->notification)))
			continue;
		return a;
	}
	return NULL;
}

static enum lock_kind kind_of_value(long long v)
{
	return v >= 0 && v <= 5 ? (enum lock_kind)v : LK_UNKNOWN;
}

static const struct held *find_interrupt(const struct lstate *s)
{
	for (int i = 0; i < s->n; i++)
		if (s->v[i].kind == LK_INTERRUPT || s->v[i].kind == LK_MSI)
			return &s->v[i];
	return NULL;
}

static const struct held *find_same(const struct lstate *s, const struct held *h)
{
	for (int i = 0; i < s->n; i++)
		if (same_identity(&s->v[i], h))
			return &s->v[i];
	return NULL;
}

/* Whether the current path assumptions include one of the lock's guards. */
static bool guard_assumed(const struct lstate *s, const struct held *h)
{
	for (int g = 0; g < h->nguards; g++)
		for (int i = 0; i < s->nassume; i++)
			if (s->assume[i].var == h->guards[g].var && s->assume[i].value == h->guards[g].value)
				return true;
	return false;
}

/* The IRQL range at a point: the entry's, raised by the locks held and KeRaiseIrql. A
 * lock held on some paths only counts for the lower bound where the test it was taken
 * under holds (`if (x) acquire; ... if (x) here`). */
static void irql_now(const struct lstate *s, int *lo, int *hi)
{
	int l = s->base_lo, h = s->base_hi;
	if (s->raise_lo > l)
		l = s->raise_lo;
	if (h >= 0 && s->raise_hi > h)
		h = s->raise_hi;
	for (int i = 0; i < s->n; i++) {
		if ((s->v[i].must || guard_assumed(s, &s->v[i])) && s->v[i].irql > l)
			l = s->v[i].irql;
		if (h >= 0 && s->v[i].irql > h)
			h = s->v[i].irql;
	}
	if (l < 0)
		l = 0;
	if (h >= 0 && h < l)
		h = l;
	*lo = l;
	*hi = h;
}

/* The IRQL holding a lock means (STORPORT.md section 3.2, inferred; 5.3). */
static signed char lock_irql(const struct held *h, const char *routine)
{
	switch (h->kind) {
	case LK_INTERRUPT:
	case LK_MSI: return IRQL_DIRQL;
	case LK_DPC_LEVEL: return -1;
	case LK_UNKNOWN: return -1;
	case LK_KE:
		if (h->mech == MECH_KE_DPC || (routine && strstr(routine, "AtDpcLevel")))
			return -1; /* taken at DISPATCH_LEVEL already: no raise (STORPORT.md 5.3) */
		return routine && strstr(routine, "Interrupt") ? IRQL_DIRQL : IRQL_DISPATCH;
	default: return IRQL_DISPATCH;
	}
}

int irql_of_text(const char *s)
{
	if (!s)
		return -1;
	while (*s == ' ' || *s == '(')
		s++;
	static const struct {
		const char *name;
		int level;
	} names[] = { { "PASSIVE_LEVEL", IRQL_PASSIVE }, { "LOW_LEVEL", IRQL_PASSIVE }, { "APC_LEVEL", IRQL_APC },
		      { "DISPATCH_LEVEL", IRQL_DISPATCH }, { "HIGH_LEVEL", IRQL_HIGH }, { "0", IRQL_PASSIVE },
		      { "1", IRQL_APC }, { "2", IRQL_DISPATCH } };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strncmp(s, names[i].name, strlen(names[i].name)) &&
		    !(isalnum((unsigned char)s[strlen(names[i].name)]) || s[strlen(names[i].name)] == '_'))
			return names[i].level;
	return -1;
}

/* Acquires h in state s, reporting the acquire first. */
static void do_acquire(struct fctx *f, struct lstate *s, struct held *h, const char *routine,
		       const struct ir_arg *context, bool judge_conflicts)
{
	h->routine = routine;
	if (!h->on_entry)
		h->irql = lock_irql(h, routine);
	h->nguards = 0;
	for (int i = s->nassume - 1; i >= 0 && h->nguards < 2; i--) {
		h->guards[h->nguards].var = s->assume[i].var;
		h->guards[h->nguards++].value = s->assume[i].value;
	}
	struct lock_event e = { 0 };
	e.kind = LE_ACQUIRE;
	e.lock = h;
	e.loc = h->at;
	e.routine = routine;
	e.context = context;
	if (judge_conflicts) {
		e.conflict = find_same(s, h);
		e.interrupt = find_interrupt(s);
	}
	emit(f, &e);
	if (h->mech == MECH_MSI) {
		struct lock_event m = e;
		m.kind = LE_MSI_ACQUIRE;
		emit(f, &m);
	}
	add_held(s, h);
}

static void record_effect(struct fctx *f, const struct effect *ef)
{
	struct summary *sum = f->sum;
	if (!sum)
		return;
	for (int i = 0; i < sum->n; i++)
		if (sum->v[i].acquire == ef->acquire && same_lock(&sum->v[i].h, &ef->h))
			return;
	if (sum->n < MAX_EFFECTS)
		sum->v[sum->n++] = *ef;
}

/* Whether a held lock and a release belong to the same family of routines. */
static bool same_family(const struct held *x, const struct held *h)
{
	bool xs = x->mech == MECH_STOR || x->mech == MECH_STOR_EX, hs = h->mech == MECH_STOR || h->mech == MECH_STOR_EX;
	/* KeAcquireSpinLock's lock given back with KeReleaseSpinLockFromDpcLevel (or the
	 * reverse) leaves the IRQL wrong: different families (STORPORT.md 5.3) */
	return (xs && hs) || (x->mech == h->mech);
}

/* A release of a handle or lock object; h describes what the call names. */
/* A kernel spin lock acquire of this function (KeAcquireSpinLock and the like) that saves
 * its old IRQL into handle, for a lock other than object: into *out, as it was held.
 * Found in the function's code, so also when that lock was released already (a swapped
 * pair of releases). */
static bool other_ke_acquire(struct fctx *f, const char *handle, const char *object, struct held *out)
{
	const struct ir_function *def = f->def;
	for (int b = 0; def && b < def->nblocks; b++)
		for (int i = 0; i < def->blocks[b].nevents; i++) {
			const struct ir_event *ev = &def->blocks[b].events[i];
			if (ev->kind != IR_EV_CALL || !ev->u.call.callee)
				continue;
			const struct ir_call *c = &ev->u.call;
			const struct lock_api *api = find_api(c);
			if (!api || !api->acquire || (api->mech != MECH_KE && api->mech != MECH_KE_DPC) ||
			    api->obj_arg < 0 || api->obj_arg >= c->nargs)
				continue;
			struct held h = { 0 };
			call_handle(f->t, &h, api, c);
			if (h.uncertain || h.handle != handle)
				continue;
			h.kind = LK_KE;
			h.mech = (unsigned char)api->mech;
			h.object = arg_object(f->t, &c->args[api->obj_arg]);
			if (!h.object || h.object == object)
				continue;
			set_display(f->t, &h, arg_spelling(f->t, &c->args[api->obj_arg]));
			h.at = ev->loc;
			h.ev = ev;
			h.fn = f->fn;
			h.routine = api->routine;
			h.must = true;
			*out = h;
			return true;
		}
	return false;
}

static void do_release(struct fctx *f, struct lstate *s, const struct held *h, const char *routine,
		       struct ir_loc loc, const struct ir_event *ev)
{
	(void)ev;
	struct lock_event e = { 0 };
	e.loc = loc;
	e.routine = routine;
	e.lock = h;
	bool by_object = (h->kind == LK_KE || h->kind == LK_MSI) && h->object;
	int match = -1, wrong = -1;
	for (int i = 0; i < s->n; i++) {
		const struct held *x = &s->v[i];
		bool named = (h->handle && x->handle == h->handle && !by_object) ||
			     (by_object && x->object == h->object && (x->kind == LK_KE || x->kind == LK_MSI)) ||
			     /* a kernel spin lock given to a Storport release as its handle (a cast) */
			     (!by_object && h->handle && x->kind == LK_KE && x->object == h->handle);
		if (!named)
			continue;
		if (same_family(x, h) && match < 0)
			match = i;
		else if (!same_family(x, h) && wrong < 0)
			wrong = i;
	}
	if (match >= 0) {
		/* a Ke release names the lock and the old IRQL of its acquire: another acquire's
		 * old IRQL is a mismatch, whether that lock is still held or not */
		int other = -1;
		struct held gone;
		bool swapped = by_object && h->handle && s->v[match].handle && s->v[match].handle != h->handle &&
			       !h->uncertain && !s->v[match].uncertain;
		for (int j = 0; swapped && j < s->n; j++)
			if (j != match && s->v[j].handle == h->handle)
				other = j;
		bool released_before = swapped && other < 0 && h->kind == LK_KE &&
				       other_ke_acquire(f, h->handle, s->v[match].object, &gone);
		e.kind = other >= 0 || released_before ? LE_RELEASE_MISMATCH : LE_RELEASE;
		e.released = released_before ? &gone : &s->v[other >= 0 ? other : match];
		/* held on some paths only, and not because of a test the release is under
		 * (`if (x) acquire; ... if (x) release;`): the other paths release a lock
		 * they do not hold */
		if (e.kind == LE_RELEASE && !s->v[match].must && !s->v[match].uncertain &&
		    !guard_assumed(s, &s->v[match])) {
			e.kind = LE_RELEASE_NOT_HELD;
			e.partial = true;
		}
		emit(f, &e);
		if (s->v[match].on_entry && s->v[match].caller_handle) {
			struct effect ef = { 0 };
			ef.h = s->v[match];
			ef.kind_param = ef.object_param = -1;
			ef.routine = routine;
			ef.inner = loc;
			record_effect(f, &ef);
		}
		remove_held(s, match);
		return;
	}
	const struct held *intr = h->mech == MECH_MSI ? find_interrupt(s) : NULL;
	if (wrong >= 0 || (intr && intr->kind == LK_INTERRUPT)) {
		int i = wrong >= 0 ? wrong : (int)(intr - s->v);
		e.kind = LE_RELEASE_MISMATCH;
		e.released = &s->v[i];
		emit(f, &e);
		remove_held(s, i); /* one defect, one finding: do not report it again as leaked */
		return;
	}
	bool root = f->t->depth == 0 && f->t->entry_role;
	if (h->handle_param >= 0 ||
	    (!root && ((h->caller_handle && !h->uncertain && h->handle) ||
		       (by_object && !h->handle && strncmp(h->object, "local ", 6))))) {
		/* a release wrapper (the caller's handle or lock): an effect at its call sites */
		struct effect ef = { 0 };
		ef.h = *h;
		ef.kind_param = ef.object_param = -1;
		ef.routine = routine;
		ef.inner = loc;
		record_effect(f, &ef);
		return;
	}
	if (h->uncertain) {
		/* an unnamed handle: it releases something; forget the most recent unnamed one */
		for (int i = s->n - 1; i >= 0; i--)
			if (s->v[i].uncertain && !s->v[i].handle) {
				remove_held(s, i);
				break;
			}
		return;
	}
	e.kind = LE_RELEASE_NOT_HELD;
	emit(f, &e);
}

static void api_call(struct fctx *f, struct lstate *s, const struct ir_event *ev, const struct lock_api *api)
{
	struct tracker *t = f->t;
	const struct ir_call *c = &ev->u.call;
	struct held h = { 0 };
	h.mech = (unsigned char)api->mech;
	h.at = ev->loc;
	h.ev = ev;
	h.fn = f->fn;
	h.must = true;
	const struct ir_arg *obj = api->obj_arg >= 0 && api->obj_arg < c->nargs ? &c->args[api->obj_arg] : NULL;
	const struct ir_arg *handle = api->handle_arg >= 0 && api->handle_arg < c->nargs ? &c->args[api->handle_arg] : NULL;
	call_handle(t, &h, api, c);
	const char *spelling = NULL;
	if (api->mech == MECH_STOR || api->mech == MECH_STOR_EX) {
		const struct ir_arg *k = api->kind_arg >= 0 && api->kind_arg < c->nargs ? &c->args[api->kind_arg] : NULL;
		h.kind = (unsigned char)(k && k->kind == IR_ARG_INT ? kind_of_value(k->value) : LK_UNKNOWN);
		if (h.kind == LK_DPC && obj) {
			h.object = arg_object(t, obj);
			spelling = arg_spelling(t, obj);
		}
	} else if (api->mech == MECH_MSI) {
		h.kind = LK_MSI;
		h.object = obj ? arg_object(t, obj) : NULL;
		spelling = obj ? arg_spelling(t, obj) : NULL;
	} else {
		h.kind = LK_KE;
		h.object = obj ? arg_object(t, obj) : NULL;
		spelling = obj ? arg_spelling(t, obj) : NULL;
	}
	set_display(t, &h, spelling);
	if (!api->acquire) {
		if ((api->mech == MECH_STOR || api->mech == MECH_KE_QUEUED) && handle) {
			char buf[256];
			snprintf(buf, sizeof(buf), "the lock of handle '%s'", arg_spelling(t, handle));
			h.display = intern(t, buf);
		}
		do_release(f, s, &h, api->routine, ev->loc, ev);
		return;
	}
	if (api->mech == MECH_STOR_EX && c->result == IR_RESULT_ASSIGNED && c->result_path)
		h.result_var = intern(t, ir_path_str(t->a, c->result_path));
	const struct ir_arg *context = (api->mech == MECH_STOR || api->mech == MECH_STOR_EX) ? obj : NULL;
	do_acquire(f, s, &h, api->routine, context, true);
	/* a wrapper: acquired into the caller's handle (or a kind, context or lock the caller
	 * passes) */
	(void)context;
}

/* ---- summaries --------------------------------------------------------------------------- */

static struct summary *analyze(struct tracker *t, int fn, const struct lstate *entry, bool emit_events);

static char *signature(const struct lstate *s)
{
	struct strbuf sb = { 0 };
	sb_addf(&sb, "irql %d..%d;", s->base_lo, s->base_hi);
	for (int i = 0; i < s->n; i++)
		sb_addf(&sb, "%d:%s:%d;", s->v[i].kind, s->v[i].object ? s->v[i].object : "", s->v[i].must);
	return sb.buf;
}

/* The caller's held locks as the callee sees them: held on entry, handles not its own. */
static void callee_entry(const struct lstate *s, struct lstate *out)
{
	memset(out, 0, sizeof(*out));
	int lo, hi;
	irql_now(s, &lo, &hi);
	/* the callee runs at the caller's IRQL; an unknown entry stays unknown, with the
	 * floor the held locks give */
	out->base_lo = (signed char)(s->base_lo < 0 && s->raise_lo < 0 ? -1 : lo);
	out->base_hi = (signed char)hi;
	out->raise_lo = out->raise_hi = -1;
	for (int i = 0; i < s->n; i++) {
		struct held h = s->v[i];
		h.on_entry = true;
		h.caller_handle = true;
		h.handle_param = -1;
		h.nguards = 0;
		out->v[out->n++] = h;
	}
}

static const struct ir_arg *call_arg(const struct ir_call *c, int i)
{
	return i >= 0 && i < c->nargs ? &c->args[i] : NULL;
}

/* Applies a callee's effects at its call site, in the caller's terms. */
static void apply_effects(struct fctx *f, struct lstate *s, const struct ir_event *ev, const struct summary *sum)
{
	struct tracker *t = f->t;
	const struct ir_call *c = &ev->u.call;
	if (sum->raise_effect) {
		s->raise_lo = sum->raise_lo;
		s->raise_hi = sum->raise_hi;
		s->raise_set = true;
	}
	for (int i = 0; i < sum->n; i++) {
		const struct effect *ef = &sum->v[i];
		struct held h = ef->h;
		h.at = ev->loc;
		h.ev = ev;
		h.fn = f->fn;
		h.on_entry = false;
		h.must = true;
		const char *spelling = NULL;
		bool kind_from_caller = ef->kind_param >= 0;
		if (kind_from_caller) {
			const struct ir_arg *k = call_arg(c, ef->kind_param);
			h.kind = (unsigned char)(k && k->kind == IR_ARG_INT ? kind_of_value(k->value) : LK_UNKNOWN);
		}
		const struct ir_arg *ctx = NULL;
		if (ef->object_param >= 0 && (ctx = call_arg(c, ef->object_param))) {
			h.object = h.kind == LK_DPC || h.kind == LK_KE || h.kind == LK_MSI ? arg_object(t, ctx) : NULL;
			spelling = arg_spelling(t, ctx);
		}
		if (ef->h.handle_param >= 0) {
			const struct ir_arg *ha = call_arg(c, ef->h.handle_param);
			set_handle(t, &h, ha, NULL);
		}
		if (spelling || kind_from_caller)
			set_display(t, &h, spelling);
		if (ef->acquire) {
			/* conflicts were judged inside the callee, which ran in this context, unless
			 * the callee could not know the kind */
			do_acquire(f, s, &h, ef->routine, ctx, kind_from_caller);
		} else {
			do_release(f, s, &h, ef->routine, ev->loc, ev);
		}
	}
}

/* A helper that takes the lock kind or context as parameters and acquires inside (and
 * perhaps releases too): the caller's arguments are what the acquire gets, so the
 * checks that depend on them (context, supported kind) are made at the call. */
static void param_lock_checks(struct fctx *f, struct lstate *s, const struct ir_event *ev, int callee)
{
	const struct ir_function *def = f->t->p->fns[callee].def;
	const struct ir_call *c = &ev->u.call;
	for (int b = 0; b < def->nblocks; b++)
		for (int k = 0; k < def->blocks[b].nevents; k++) {
			const struct ir_event *e = &def->blocks[b].events[k];
			if (e->kind != IR_EV_CALL || !e->u.call.callee)
				continue;
			const struct lock_api *api = find_api(&e->u.call);
			if (!api || !api->acquire || (api->mech != MECH_STOR && api->mech != MECH_STOR_EX))
				continue;
			const struct ir_arg *ka = call_arg(&e->u.call, api->kind_arg), *oa = call_arg(&e->u.call, api->obj_arg);
			int kp = ka && ka->kind == IR_ARG_PATH && ka->path->root == IR_ROOT_PARAM && !ka->path->nsteps
					 ? ka->path->param : -1;
			int op = oa && oa->kind == IR_ARG_PATH && oa->path->root == IR_ROOT_PARAM && !oa->path->nsteps
					 ? oa->path->param : -1;
			if (kp < 0 && op < 0)
				continue;
			const struct ir_arg *kind = kp >= 0 ? call_arg(c, kp) : ka;
			const struct ir_arg *ctx = op >= 0 ? call_arg(c, op) : oa;
			if (!kind || kind->kind != IR_ARG_INT)
				continue;
			struct held h = { 0 };
			h.kind = (unsigned char)kind_of_value(kind->value);
			h.mech = (unsigned char)api->mech;
			h.at = ev->loc;
			h.ev = ev;
			h.fn = f->fn;
			h.handle_param = -1;
			set_display(f->t, &h, ctx ? arg_spelling(f->t, ctx) : NULL);
			struct lock_event le = { 0 };
			le.kind = LE_ACQUIRE;
			le.lock = &h;
			le.loc = ev->loc;
			le.routine = api->routine;
			le.context = ctx;
			emit(f, &le);
		}
	(void)s;
}

static void user_call(struct fctx *f, struct lstate *s, const struct ir_event *ev, int callee)
{
	struct tracker *t = f->t;
	if (!t->p->fns[callee].def || t->depth + 1 >= MAX_DEPTH)
		return;
	for (int i = 0; i <= t->depth; i++)
		if (t->stack[i] == callee)
			return; /* recursion: no summary */
	param_lock_checks(f, s, ev, callee);
	struct lstate entry;
	callee_entry(s, &entry);
	t->depth++;
	t->stack[t->depth] = callee;
	t->calls[t->depth] = ev->loc;
	struct summary *sum = analyze(t, callee, &entry, f->emit);
	t->depth--;
	if (sum)
		apply_effects(f, s, ev, sum);
}

/* ---- transfer --------------------------------------------------------------------------- */

static void forget_var(struct lstate *s, const char *var)
{
	int n = 0;
	for (int i = 0; i < s->nassume; i++)
		if (s->assume[i].var != var)
			s->assume[n++] = s->assume[i];
	s->nassume = n;
	for (int i = 0; i < s->n; i++)
		for (int g = 0; g < s->v[i].nguards; g++)
			if (s->v[i].guards[g].var == var)
				s->v[i].uncertain = true;
}

/* `locked = TRUE;` after an acquire: every path here holds the locks taken so far with
 * the flag at that value, so a later `if (locked)` tells whether they are held. The
 * guard replaces the uncertainty forget_var left on them. */
static void flag_locks(struct lstate *s, const char *var, bool value)
{
	for (int i = 0; i < s->n; i++) {
		struct held *h = &s->v[i];
		if (h->on_entry)
			continue;
		int g;
		for (g = 0; g < h->nguards && h->guards[g].var != var; g++)
			;
		if (g == h->nguards) {
			if (h->nguards < 2)
				h->nguards++;
			else
				g = 0; /* replace the oldest */
		}
		h->guards[g].var = var;
		h->guards[g].value = value;
		h->uncertain = false;
	}
}

/* The level a function's own _IRQL_raises_(X) annotation says it returns at, or -1. */
static int own_raise(const struct prog_fn *fn)
{
	for (int i = 0; i < fn->ndecls; i++) {
		const struct ir_decl *d = fn->decls[i].decl;
		for (int j = 0; j < d->nannots; j++)
			if (d->annots[j].own_text && (!strcmp(d->annots[j].name, "_IRQL_raises_") ||
						      !strcmp(d->annots[j].name, "__drv_raisesIRQL")))
				return irql_of_text(d->annots[j].args);
	}
	return -1;
}

/* KeRaiseIrql(NewIrql, &Old), KeRaiseIrqlToDpcLevel(), KeLowerIrql(Old): the explicit
 * IRQL changes (STORPORT.md section 5.3). */
static bool raise_call(struct lstate *s, const struct ir_call *c)
{
	const char *n = c->callee;
	if (!strcmp(n, "KeRaiseIrql") || !strcmp(n, "KfRaiseIrql")) {
		int level = c->nargs > 0 && c->args[0].kind == IR_ARG_INT ? (int)c->args[0].value : -1;
		if (level < 0)
			level = c->nargs > 0 && c->args[0].name ? irql_of_text(c->args[0].name) : -1;
		if (level > IRQL_DISPATCH)
			level = IRQL_DIRQL;
		s->raise_lo = s->raise_hi = (signed char)level;
		s->raise_set = true;
		return true;
	}
	if (!strcmp(n, "KeRaiseIrqlToDpcLevel")) {
		s->raise_lo = s->raise_hi = IRQL_DISPATCH;
		s->raise_set = true;
		return true;
	}
	if (!strcmp(n, "KeLowerIrql") || !strcmp(n, "KfLowerIrql")) {
		s->raise_lo = s->raise_hi = -1;
		s->raise_set = true;
		return true;
	}
	return false;
}

static void transfer(void *state, const struct ir_block *b, int evi, void *ctx)
{
	struct fctx *f = ctx;
	struct lstate *s = state;
	const struct ir_event *ev = &b->events[evi];
	if ((ev->kind == IR_EV_ASSIGN || ev->kind == IR_EV_READ) && f->emit) {
		struct lock_event ae = { 0 };
		ae.kind = LE_ACCESS;
		ae.loc = ev->loc;
		ae.call = ev;
		ae.held = s->v;
		ae.nheld = s->n;
		f->cur = s;
		emit(f, &ae);
	}
	if (ev->kind == IR_EV_ASSIGN) {
		if (!s->n && !s->nassume)
			return; /* nothing held or assumed for the variable to change */
		const char *var = path_var(f->t, ev->u.assign.path);
		forget_var(s, var);
		const struct ir_arg *r = ev->u.assign.rhs;
		if (r && r->kind == IR_ARG_INT && ev->u.assign.path->root == IR_ROOT_LOCAL && ev->u.assign.path->is_auto)
			flag_locks(s, var, r->value != 0);
		return;
	}
	if (ev->kind != IR_EV_CALL || !ev->u.call.callee)
		return;
	f->cur = s;
	int callee = program_find(f->t->p, ev->u.call.callee_usr, ev->u.call.callee);
	struct lock_event ce = { 0 };
	ce.kind = LE_CALL;
	ce.loc = ev->loc;
	ce.routine = ev->u.call.callee;
	ce.call = ev;
	ce.callee = callee;
	emit(f, &ce);
	if (raise_call(s, &ev->u.call))
		return;
	const struct lock_api *api = find_api(&ev->u.call);
	if (api) {
		api_call(f, s, ev, api);
		return;
	}
	if (callee >= 0) {
		user_call(f, s, ev, callee);
		int level = own_raise(&f->t->p->fns[callee]);
		if (level >= 0) {
			s->raise_lo = s->raise_hi = (signed char)level;
			s->raise_set = true;
		}
	}
}

/* The outcome a branch edge implies for a status variable or tested call:
 * 1 success, 0 failure, -1 unknown. STOR_STATUS_SUCCESS is 0. */
static int success_on_edge(const struct ir_cond *c, int succ)
{
	bool truth = succ == 0;
	switch (c->cmp) {
	case IR_CMP_EQ:
		if (c->rhs && c->rhs->value == 0)
			return truth;
		return truth ? 0 : -1;
	case IR_CMP_NE:
		if (c->rhs && c->rhs->value == 0)
			return !truth;
		return -1;
	case IR_CMP_TRUE: return !truth; /* non-zero status: failure */
	default: return -1;
	}
}

/* The IRQL of HwStorAdapterControl and HwStorUnitControl per control type, by the
 * types' documented order in SCSI_ADAPTER_CONTROL_TYPE and SCSI_UNIT_CONTROL_TYPE
 * (STORPORT.md sections 4.2 and 4.3); -1 where no level is documented. */
static const signed char adapter_control_irql[][2] = {
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiQuerySupportedControlTypes */
	{ IRQL_DIRQL, IRQL_DIRQL },	  /* ScsiStopAdapter */
	{ IRQL_DIRQL, IRQL_DIRQL },	  /* ScsiRestartAdapter */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiSetBootConfig */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiSetRunningConfig */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiPowerSettingNotification */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPower */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPoFxPowerRequired */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPoFxPowerActive */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPoFxPowerSetFState */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPoFxPowerControl */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterPrepareForBusReScan */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterSystemPowerHints */
	{ IRQL_PASSIVE, IRQL_APC },	  /* ScsiAdapterFilterResourceRequirements */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterPoFxMaxOperationalPower */
	{ IRQL_PASSIVE, IRQL_DISPATCH },  /* ScsiAdapterPoFxSetPerfState */
	{ IRQL_PASSIVE, IRQL_APC },	  /* ScsiAdapterSurpriseRemoval */
	{ IRQL_PASSIVE, IRQL_APC },	  /* ScsiAdapterSerialNumber */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterCryptoOperation */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterQueryFruId */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiAdapterSetEventLogging */
};

static const signed char unit_control_irql[][2] = {
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiQuerySupportedUnitControlTypes */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitUsage */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitStart */
	{ IRQL_DISPATCH, IRQL_DISPATCH }, /* ScsiUnitPower */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitPoFxPowerInfo */
	{ IRQL_DISPATCH, IRQL_DISPATCH }, /* ScsiUnitPoFxPowerRequired */
	{ IRQL_DISPATCH, IRQL_DISPATCH }, /* ScsiUnitPoFxPowerActive */
	{ IRQL_DISPATCH, IRQL_DISPATCH }, /* ScsiUnitPoFxPowerSetFState */
	{ IRQL_DISPATCH, IRQL_DISPATCH }, /* ScsiUnitPoFxPowerControl */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitRemove */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitSurpriseRemoval */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitRichDescription */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitQueryBusType */
	{ IRQL_PASSIVE, IRQL_PASSIVE },	  /* ScsiUnitQueryFruId */
};

/* In HwStorAdapterControl / HwStorUnitControl, the case of a switch on the ControlType
 * parameter (the second) sets the IRQL the case runs at. */
static void control_type_edge(struct fctx *f, struct lstate *s, const struct ir_block *b, int succ)
{
	const struct ir_cond *c = b->cond;
	const struct role_def *r = f->t->entry_role;
	if (f->t->depth || !r || (r->id != ROLE_ADAPTER_CONTROL && r->id != ROLE_UNIT_CONTROL) || !c->path ||
	    c->path->root != IR_ROOT_PARAM || c->path->param != 1 || c->path->nsteps || succ >= c->ncases ||
	    c->case_is_default[succ])
		return;
	long long v = c->case_values[succ];
	const signed char(*t)[2] = r->id == ROLE_ADAPTER_CONTROL ? adapter_control_irql : unit_control_irql;
	long long n = r->id == ROLE_ADAPTER_CONTROL ? (long long)ARRAY_SIZE(adapter_control_irql)
						      : (long long)ARRAY_SIZE(unit_control_irql);
	if (v < 0 || v >= n)
		return;
	s->base_lo = t[v][0];
	s->base_hi = t[v][1];
}

static void edge(void *state, const struct ir_block *b, int succ, void *ctx)
{
	struct fctx *f = ctx;
	struct lstate *s = state;
	const struct ir_cond *c = b->cond;
	if (c && c->kind == IR_COND_SWITCH)
		control_type_edge(f, s, b, succ);
	if (!c || b->nsucc != 2)
		return;
	if (c->kind == IR_COND_CALL) {
		const struct ir_event *ev = &b->events[c->event];
		int ok = success_on_edge(c, succ);
		for (int i = 0; i < s->n; i++)
			if (s->v[i].ev == ev && s->v[i].mech == MECH_STOR_EX && ok == 0) {
				remove_held(s, i);
				break;
			}
		return;
	}
	if (c->kind != IR_COND_PATH)
		return;
	const char *var = path_var(f->t, c->path);
	int ok = success_on_edge(c, succ);
	for (int i = 0; i < s->n; i++)
		if (s->v[i].result_var == var && s->v[i].mech == MECH_STOR_EX && ok == 0) {
			remove_held(s, i);
			i--;
		}
	/* a boolean-like test: record the decision, drop locks taken under the opposite one */
	if (c->cmp != IR_CMP_TRUE && !(c->rhs && c->rhs->value == 0 && (c->cmp == IR_CMP_EQ || c->cmp == IR_CMP_NE)))
		return;
	bool value = succ == 0;
	if (c->cmp == IR_CMP_EQ)
		value = !value;
	for (int i = 0; i < s->n; i++)
		if (guards_contain(&s->v[i], var, !value)) {
			remove_held(s, i);
			i--;
		}
	forget_var(s, var);
	for (int i = 0; i < s->n; i++) /* forget_var marked them; this decision is not an assignment */
		for (int g = 0; g < s->v[i].nguards; g++)
			if (s->v[i].guards[g].var == var)
				s->v[i].uncertain = false;
	if (s->nassume == MAX_ASSUME) {
		memmove(s->assume, s->assume + 1, sizeof(s->assume[0]) * (MAX_ASSUME - 1));
		s->nassume--;
	}
	s->assume[s->nassume].var = var;
	s->assume[s->nassume++].value = value;
}

static struct lstate *entry_state;

static void entry(void *state, void *ctx)
{
	(void)ctx;
	lstate_copy(state, entry_state);
}

static const struct flow_ops ops = { sizeof(struct lstate), entry, transfer, edge, lstate_join, NULL, lstate_copy };

/* Whether the function calls a release naming the same lock object (a lock without a
 * handle, such as KeAcquireSpinLockAtDpcLevel's). */
static bool releases(struct fctx *f, const struct held *h)
{
	const struct ir_function *def = f->def;
	for (int b = 0; b < def->nblocks; b++)
		for (int k = 0; k < def->blocks[b].nevents; k++) {
			const struct ir_event *e = &def->blocks[b].events[k];
			if (e->kind != IR_EV_CALL || !e->u.call.callee)
				continue;
			const struct lock_api *api = find_api(&e->u.call);
			if (!api || api->acquire || api->obj_arg < 0 || api->obj_arg >= e->u.call.nargs)
				continue;
			if (arg_object(f->t, &e->u.call.args[api->obj_arg]) == h->object)
				return true;
		}
	return false;
}

/* The locks held where the function returns (the exit block), and the effects and
 * reports they make. */
static void judge_exit(struct fctx *f, const struct lstate *s, struct ir_loc at)
{
	f->cur = s;
	if (f->sum) {
		/* every exit must agree for the caller to inherit the change */
		bool set = s->raise_set && s->raise_lo == s->raise_hi;
		if (f->sum->nexits++ == 0) {
			f->sum->raise_effect = set;
			f->sum->raise_lo = s->raise_lo;
			f->sum->raise_hi = s->raise_hi;
		} else if (!set || f->sum->raise_lo != s->raise_lo) {
			f->sum->raise_effect = false;
		}
	}
	for (int i = 0; i < s->n; i++) {
		const struct held *h = &s->v[i];
		if (h->on_entry)
			continue;
		/* the caller's handle, or a lock without a handle held on every path: the
		 * function is an acquire wrapper and the caller gets the lock */
		/* a callback Storport calls returns to nobody who could release it; a function
		 * that releases the lock itself on some path is no wrapper either */
		bool root = f->t->depth == 0 && f->t->entry_role;
		bool wrapper = !root && (h->caller_handle || h->handle_param >= 0 ||
					 (!h->handle && h->must && !h->uncertain && !releases(f, h)));
		if (wrapper) {
			if (h->must && !h->uncertain) {
				struct effect ef = { 0 };
				ef.acquire = true;
				ef.h = *h;
				ef.kind_param = ef.object_param = -1;
				ef.routine = h->display;
				ef.inner = h->at;
				/* a kind, context or lock object that came from a parameter */
				const struct ir_call *c = h->ev ? &h->ev->u.call : NULL;
				const struct lock_api *api = c && c->callee ? find_api(c) : NULL;
				if (api && h->fn == f->fn) {
					const struct ir_arg *k = call_arg(c, api->kind_arg);
					const struct ir_arg *o = call_arg(c, api->obj_arg);
					if (k && k->kind == IR_ARG_PATH && k->path->root == IR_ROOT_PARAM && !k->path->nsteps)
						ef.kind_param = (signed char)k->path->param;
					if (o && o->kind == IR_ARG_PATH && o->path->root == IR_ROOT_PARAM && !o->path->nsteps)
						ef.object_param = (signed char)o->path->param;
					ef.routine = api->routine;
				}
				record_effect(f, &ef);
			}
			continue;
		}
		if (h->uncertain)
			continue;
		struct lock_event e = { 0 };
		e.kind = LE_EXIT_HELD;
		e.lock = h;
		e.loc = at;
		emit(f, &e);
	}
}

static bool exits(const struct ir_block *bl)
{
	for (int k = 0; k < bl->nsucc; k++)
		if (bl->succ[k] == 1)
			return true;
	return false;
}

static void replay(struct fctx *f, struct flow_result *r)
{
	const struct ir_function *def = f->def;
	struct lstate cur, out;
	for (int b = 0; b < def->nblocks; b++) {
		if (!r->reached[b])
			continue;
		const struct ir_block *bl = &def->blocks[b];
		/* Not reporting, only the exits are new: the fixpoint's last pass over each
		 * block ran its events from the state it has now (a changed state requeues the
		 * block), so their effects on the summary were recorded then (record_effect
		 * keeps one of each); what it did not do is judge the exits. */
		if (!f->emit && !exits(bl))
			continue;
		lstate_copy(&cur, flow_in(r, &ops, b));
		for (int e = 0; e < bl->nevents; e++)
			transfer(&cur, bl, e, f);
		for (int k = 0; k < bl->nsucc; k++) {
			if (bl->succ[k] != 1)
				continue;
			lstate_copy(&out, &cur);
			edge(&out, bl, k, f);
			struct ir_loc at = def->body_end;
			if (bl->nevents && bl->events[bl->nevents - 1].kind == IR_EV_RETURN)
				at = bl->events[bl->nevents - 1].loc;
			judge_exit(f, &out, at);
		}
	}
}

static struct summary *analyze(struct tracker *t, int fn, const struct lstate *entry_s, bool emit_events)
{
	char *sig = signature(entry_s);
	struct summary *sum = NULL;
	for (int i = 0; i < t->nsums; i++)
		if (t->sums[i].fn == fn && !strcmp(t->sums[i].sig, sig)) {
			sum = &t->sums[i];
			break;
		}
	/* reported already, unless this context reaches it through a shorter chain (one
	 * defect, one finding, with the shortest chain: the diagnostics keep the one with
	 * the fewest notes) */
	if (sum && (!emit_events || !sum->done || (sum->emitted && t->depth >= sum->emitted_depth))) {
		free(sig);
		return sum->done ? sum : NULL;
	}
	int idx;
	if (!sum) {
		VEC_PUSH(t->sums, t->nsums, t->capsums);
		idx = t->nsums++;
		memset(&t->sums[idx], 0, sizeof(t->sums[idx]));
		t->sums[idx].fn = fn;
		t->sums[idx].sig = sig;
	} else {
		idx = (int)(sum - t->sums);
		free(sig);
	}
	struct summary local = { 0 };
	struct fctx f = { t, fn, t->p->fns[fn].def, false, &local, NULL };
	struct lstate *saved = entry_state;
	struct lstate e = *entry_s;
	entry_state = &e;
	struct flow_result r;
	flow_run(f.def, &ops, &f, &r);
	if (r.converged) {
		if (emit_events) {
			f.emit = true;
			struct lock_event ent = { 0 };
			ent.kind = LE_ENTER;
			ent.loc = f.def->body_begin;
			f.cur = &e;
			emit(&f, &ent);
			f.cur = NULL;
			replay(&f, &r);
		} else {
			replay(&f, &r); /* collects the exit effects */
		}
	}
	flow_free(&r);
	entry_state = saved;
	/* t->sums may have moved while callees were analyzed */
	sum = &t->sums[idx];
	sum->n = local.n;
	memcpy(sum->v, local.v, sizeof(local.v));
	sum->raise_effect = local.raise_effect && local.nexits;
	sum->raise_lo = local.raise_lo;
	sum->raise_hi = local.raise_hi;
	sum->done = true;
	if (emit_events && (!sum->emitted || t->depth < sum->emitted_depth))
		sum->emitted_depth = t->depth;
	sum->emitted |= emit_events;
	return sum;
}

/* ---- notes ------------------------------------------------------------------------------ */

void locks_note_chain(struct finding *f, const struct program *p, const struct lock_event *e, bool entry_note)
{
	for (int i = e->depth; i >= 1; i--)
		diag_note(f, e->chain_calls[i], "'%s' called here from '%s'", p->fns[e->chain_fns[i]].name,
			  p->fns[e->chain_fns[i - 1]].name);
	if (!e->entry_role || !entry_note)
		return;
	locks_note_entry(f, p, e->chain_fns[0], e->entry_role, e->entry_reg);
}

void locks_note_entry(struct finding *f, const struct program *p, int fn, const struct role_def *role,
		      const struct registration *reg)
{
	const char *entry = p->fns[fn].name;
	if (reg && !reg->by_name) {
		diag_note(f, reg->loc, "'%s' runs as %s %s%s", entry, role_article(role->what), role->what,
			  reg->by_config ? ", says this Roles entry" : " (registered here)");
		return;
	}
	const struct prog_decl *rd = role_decl_of(&p->fns[fn]);
	const struct prog_decl *at = rd ? rd : program_def_decl(&p->fns[fn]);
	if (at)
		diag_note(f, at->decl->loc, "'%s' runs as %s %s (declared here)", entry, role_article(role->what),
			  role->what);
}

void locks_note_held(struct finding *f, const struct program *p, const struct lock_event *e, const struct held *h)
{
	if (h->on_entry && h->fn < 0) {
		const char *entry = p->fns[e->chain_fns[0]].name;
		struct ir_loc at = e->entry_reg ? e->entry_reg->loc : e->loc;
		const struct prog_decl *rd = role_decl_of(&p->fns[e->chain_fns[0]]);
		if (rd && (!e->entry_reg || e->entry_reg->by_name))
			at = rd->decl->loc;
		const char *what = h->entry_role ? h->entry_role : "callback";
		diag_note(f, at, "Storport holds %s when it calls '%s', %s %s", h->display, entry, role_article(what), what);
		return;
	}
	diag_note(f, h->at, "%s was acquired here", h->display);
}

/* ---- entry contexts ------------------------------------------------------------------- */

static void scan_driver_modes(struct tracker *t)
{
	const struct program *p = t->p;
	for (int i = 0; i < p->nfns; i++) {
		const struct ir_function *def = p->fns[i].def;
		if (!def)
			continue;
		for (int b = 0; b < def->nblocks; b++)
			for (int k = 0; k < def->blocks[b].nevents; k++) {
				const struct ir_event *e = &def->blocks[b].events[k];
				if (e->kind != IR_EV_ASSIGN || !e->u.assign.path->nsteps)
					continue;
				const struct ir_step *st = &e->u.assign.path->steps[e->u.assign.path->nsteps - 1];
				const struct ir_arg *rhs = e->u.assign.rhs;
				if (!st->field)
					continue;
				if (!strcmp(st->field, "SynchronizationModel") && rhs && rhs->name &&
				    !strcmp(rhs->name, "StorSynchronizeHalfDuplex"))
					t->half_duplex = true;
				if (!strcmp(st->field, "ConcurrentChannels"))
					t->concurrent_channels = true;
				if (st->record && strstr(st->record, "VIRTUAL_HW_INITIALIZATION_DATA"))
					t->virtual_miniport = true;
			}
	}
}

static void entry_lock(struct tracker *t, struct lstate *s, enum lock_kind k, const struct role_def *r)
{
	struct held h = { 0 };
	h.kind = (unsigned char)k;
	h.mech = MECH_STOR;
	h.must = true;
	h.on_entry = true;
	h.caller_handle = true;
	h.handle_param = -1;
	h.fn = -1;
	h.entry_role = r->what;
	h.irql = lock_irql(&h, NULL);
	set_display(t, &h, NULL);
	add_held(s, &h);
}

/* The locks Storport holds when it calls a function of this role (STORPORT.md 3.4). */
static void role_entry(struct tracker *t, const struct role_def *r, struct lstate *s)
{
	memset(s, 0, sizeof(*s));
	s->base_lo = (signed char)r->irql_lo;
	s->base_hi = (signed char)r->irql_hi;
	s->raise_lo = s->raise_hi = -1;
	/* by control type (STORPORT.md 4.2, 4.3): until the code's switch is followed, the
	 * IRQL of these two is not assumed (the reading that produces no finding) */
	if (r->id == ROLE_ADAPTER_CONTROL || r->id == ROLE_UNIT_CONTROL)
		s->base_lo = s->base_hi = -1;
	/* half-duplex StartIo runs at DIRQL (STORPORT.md 4.1) */
	if (r->id == ROLE_STARTIO && t->half_duplex && !t->virtual_miniport)
		s->base_hi = IRQL_DIRQL;
	switch (r->id) {
	case ROLE_INTERRUPT:
	case ROLE_MSI_INTERRUPT:
	case ROLE_SYNCHRONIZED_ACCESS:
		entry_lock(t, s, LK_INTERRUPT, r);
		break;
	case ROLE_INITIALIZE:
		if (!t->virtual_miniport)
			entry_lock(t, s, LK_INTERRUPT, r);
		break;
	case ROLE_STARTIO:
		if (!t->virtual_miniport && !t->concurrent_channels)
			entry_lock(t, s, LK_STARTIO, r);
		if (t->half_duplex && !t->virtual_miniport)
			entry_lock(t, s, LK_INTERRUPT, r);
		break;
	case ROLE_TIMER:
	case ROLE_RESET_BUS:
	case ROLE_STATE_CHANGE:
		entry_lock(t, s, LK_STARTIO, r);
		if (t->half_duplex)
			entry_lock(t, s, LK_INTERRUPT, r);
		break;
	default:
		break;
	}
}

/* A function's own IRQL annotations give an entry without a role its context:
 * _IRQL_requires_(X), _IRQL_requires_max_(X), _IRQL_requires_min_(X) and the __drv_
 * forms. Without them the context is unknown. */
static void own_irql(const struct prog_fn *fn, struct lstate *s)
{
	s->base_lo = s->base_hi = -1;
	s->raise_lo = s->raise_hi = -1;
	for (int i = 0; i < fn->ndecls; i++) {
		const struct ir_decl *d = fn->decls[i].decl;
		for (int j = 0; j < d->nannots; j++) {
			const struct ir_annot *a = &d->annots[j];
			int l = irql_of_text(a->args);
			if (l < 0)
				continue;
			if (!strcmp(a->name, "_IRQL_requires_") || !strcmp(a->name, "__drv_requiresIRQL"))
				s->base_lo = s->base_hi = (signed char)l;
			else if (!strcmp(a->name, "_IRQL_requires_max_") || !strcmp(a->name, "__drv_maxIRQL")) {
				s->base_hi = (signed char)l;
				if (s->base_lo < 0)
					s->base_lo = IRQL_PASSIVE;
			} else if (!strcmp(a->name, "_IRQL_requires_min_") || !strcmp(a->name, "__drv_minIRQL")) {
				s->base_lo = (signed char)l;
				if (s->base_hi < 0)
					s->base_hi = IRQL_HIGH;
			}
		}
	}
}

static const struct registration *first_registration(const struct roles *roles, int fn, const struct role_def *r)
{
	for (int i = 0; i < roles->nregs; i++)
		if (roles->regs[i].fn == fn && roles->regs[i].role == r)
			return &roles->regs[i];
	return NULL;
}

void locks_run(const struct program *p, const struct roles *roles, lock_visitor *visit, void *ctx)
{
	struct tracker t = { 0 };
	t.p = p;
	t.roles = roles;
	t.visit = visit;
	t.vctx = ctx;
	t.a = arena_new();
	t.strs.a = p->arena;
	scan_driver_modes(&t);
	for (int i = 0; i < p->nfns; i++) {
		const struct prog_fn *fn = &p->fns[i];
		if (!fn->def)
			continue;
		/* the roles this function is entered in */
		const struct role_def *rs[8];
		int nr = 0;
		const struct prog_decl *rd = role_decl_of(fn);
		if (rd)
			rs[nr++] = role_of_decl(rd->decl);
		for (int j = 0; j < roles->nregs && nr < 8; j++) {
			bool dup = false;
			for (int k = 0; k < nr; k++)
				dup |= rs[k] == roles->regs[j].role;
			if (roles->regs[j].fn == i && !dup)
				rs[nr++] = roles->regs[j].role;
		}
		struct lstate s;
		for (int j = 0; j < nr; j++) {
			role_entry(&t, rs[j], &s);
			t.depth = 0;
			t.stack[0] = i;
			t.entry_role = rs[j];
			t.entry_reg = first_registration(roles, i, rs[j]);
			analyze(&t, i, &s, true);
		}
		if (!nr && !fn->ncallers) {
			memset(&s, 0, sizeof(s));
			own_irql(fn, &s);
			t.depth = 0;
			t.stack[0] = i;
			t.entry_role = NULL;
			t.entry_reg = NULL;
			analyze(&t, i, &s, true);
		}
	}
	for (int i = 0; i < t.nsums; i++)
		free(t.sums[i].sig);
	free(t.sums);
	str_set_release(&t.strs);
	free(t.vars);
	arena_free(t.a);
}
