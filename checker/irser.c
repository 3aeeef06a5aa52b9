/*
 * irser.c - the IR of one unit as bytes and back: what the cache stores.
 *
 * The format is a stream in the order of ir.h's structs. Integers are LEB128 varints
 * (signed ones zigzag-encoded), booleans one byte. A string, and a pointer to an object
 * that several places may share (an ir_path, a standalone ir_arg, an ir_cond), is
 * written as a tag: 0 for NULL, 1 for "new, the value follows" (it gets the next index
 * of its kind), 2 + i for "the one with index i". So strings are stored once and shared
 * objects stay shared: `e->u.read == arg->path` holds after a round trip as before. An
 * array is its count plus one (0 for a NULL pointer) followed by its elements.
 *
 * Reading checks every byte against the end of the buffer, every enum against its
 * range, and every index a consumer follows (successor blocks, a condition's call
 * event) against its array: malformed bytes give NULL, never a crash. No state outside
 * the reader and writer structs: units are read from worker threads.
 */
#include "irser.h"

#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "util.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ir.h changed: write and read the new field below, then bump IRSER_FORMAT (irser.h)
 * and update these sizes (they hold on 64-bit targets). */
#if UINTPTR_MAX == UINT64_MAX
_Static_assert(sizeof(struct ir_loc) == 32, "ir_loc changed: update irser.c");
_Static_assert(sizeof(struct ir_step) == 72, "ir_step changed: update irser.c");
_Static_assert(sizeof(struct ir_path) == 96, "ir_path changed: update irser.c");
_Static_assert(sizeof(struct ir_arg) == 96, "ir_arg changed: update irser.c");
_Static_assert(sizeof(struct ir_event) == 96, "ir_event changed: update irser.c");
_Static_assert(sizeof(struct ir_cond) == 64, "ir_cond changed: update irser.c");
_Static_assert(sizeof(struct ir_block) == 72, "ir_block changed: update irser.c");
_Static_assert(sizeof(struct ir_annot) == 56, "ir_annot changed: update irser.c");
_Static_assert(sizeof(struct ir_decl) == 168, "ir_decl changed: update irser.c");
_Static_assert(sizeof(struct ir_param) == 24, "ir_param changed: update irser.c");
_Static_assert(sizeof(struct ir_typedef) == 96, "ir_typedef changed: update irser.c");
_Static_assert(sizeof(struct ir_function) == 200, "ir_function changed: update irser.c");
_Static_assert(sizeof(struct ir_diag) == 48, "ir_diag changed: update irser.c");
_Static_assert(sizeof(struct ir_input) == 24, "ir_input changed: update irser.c");
_Static_assert(sizeof(struct ir_def) == 24, "ir_def changed: update irser.c");
_Static_assert(sizeof(struct ir_unit) == 104, "ir_unit changed: update irser.c");
#endif

/* ---- writing ------------------------------------------------------------------------ */

/* An open-addressing table from a string (by content) or an object (by address) to the
 * index it was given when first written. */
struct slot {
	const void *key;
	uint32_t idx;
};

struct table {
	struct slot *v;
	size_t cap, n;
	bool by_content;
};

struct writer {
	struct strbuf *out;
	/* strings by content, and the same by address: most strings are written many
	 * times from one pointer (file names, type spellings), found without hashing
	 * their text */
	struct table strs, str_ptrs, objs;
	uint32_t nstrs, npaths, nargs, nconds;
};

static uint64_t key_hash(const struct table *t, const void *key)
{
	if (t->by_content)
		return hash_bytes(HASH_INIT, key, strlen(key));
	return ((uint64_t)(uintptr_t)key >> 4) * 0x9e3779b97f4a7c15ULL;
}

static struct slot *table_slot(struct table *t, const void *key)
{
	size_t mask = t->cap - 1;
	for (size_t i = key_hash(t, key) & mask;; i = (i + 1) & mask) {
		struct slot *s = &t->v[i];
		if (!s->key || s->key == key || (t->by_content && !strcmp(s->key, key)))
			return s;
	}
}

static void table_grow(struct table *t)
{
	struct table old = *t;
	t->cap = old.cap ? 2 * old.cap : 256;
	t->v = xcalloc(t->cap, sizeof(*t->v));
	for (size_t i = 0; i < old.cap; i++)
		if (old.v[i].key)
			*table_slot(t, old.v[i].key) = old.v[i];
	free(old.v);
}

static void writer_release(struct writer *w)
{
	free(w->strs.v);
	free(w->str_ptrs.v);
	free(w->objs.v);
}

static void put_u(struct writer *w, uint64_t v)
{
	struct strbuf *sb = w->out;
	if (sb->len + 11 > sb->cap) { /* a varint is at most 10 bytes, then the NUL */
		sb->cap = 2 * sb->cap + 64;
		sb->buf = xrealloc(sb->buf, sb->cap);
	}
	unsigned char *b = (unsigned char *)sb->buf + sb->len;
	size_t n = 0;
	do {
		b[n] = v & 0x7f;
		v >>= 7;
		if (v)
			b[n] |= 0x80;
		n++;
	} while (v);
	sb->len += n;
	sb->buf[sb->len] = '\0';
}

/* Writes the tag of key: 0, 1 (and returns true: the caller writes the value, which now
 * has index *counter - 1) or 2 + its index. */
static bool put_tag(struct writer *w, struct table *t, const void *key, uint32_t *counter)
{
	if (!key) {
		put_u(w, 0);
		return false;
	}
	if (2 * (t->n + 1) > t->cap)
		table_grow(t);
	struct slot *s = table_slot(t, key);
	if (s->key) {
		put_u(w, 2 + (uint64_t)s->idx);
		return false;
	}
	s->key = key;
	s->idx = (*counter)++;
	t->n++;
	put_u(w, 1);
	return true;
}

static void put_s(struct writer *w, long long v)
{
	uint64_t u = (uint64_t)v;
	put_u(w, (u << 1) ^ (v < 0 ? UINT64_MAX : 0));
}

static void put_b(struct writer *w, bool b)
{
	put_u(w, b ? 1 : 0);
}

static void put_str(struct writer *w, const char *s)
{
	if (s) {
		if (2 * (w->str_ptrs.n + 1) > w->str_ptrs.cap)
			table_grow(&w->str_ptrs);
		struct slot *p = table_slot(&w->str_ptrs, s);
		if (p->key) {
			put_u(w, 2 + (uint64_t)p->idx);
			return;
		}
		/* first time from this address: by content, then remembered by address */
		bool fresh = put_tag(w, &w->strs, s, &w->nstrs);
		p->key = s; /* put_tag grew only the table by content: p stands */
		p->idx = table_slot(&w->strs, s)->idx;
		w->str_ptrs.n++;
		if (fresh) {
			size_t n = strlen(s);
			put_u(w, n);
			sb_add(w->out, s, n);
		}
		return;
	}
	if (put_tag(w, &w->strs, s, &w->nstrs)) {
		size_t n = strlen(s);
		put_u(w, n);
		sb_add(w->out, s, n);
	}
}

/* An array's count: the number of elements plus one, or 0 for a NULL pointer. */
static void put_count(struct writer *w, const void *p, int n)
{
	put_u(w, p ? (uint64_t)n + 1 : 0);
}

static void put_loc(struct writer *w, const struct ir_loc *l)
{
	put_str(w, l->file);
	put_u(w, l->line);
	put_u(w, l->col);
	put_u(w, l->offset);
	put_str(w, l->macro);
}

static void put_path(struct writer *w, const struct ir_path *p)
{
	if (!put_tag(w, &w->objs, p, &w->npaths))
		return;
	put_u(w, p->root);
	put_s(w, p->param);
	put_str(w, p->name);
	put_str(w, p->usr);
	put_b(w, p->is_auto);
	put_str(w, p->type);
	put_str(w, p->ctype);
	put_count(w, p->steps, p->nsteps);
	for (int i = 0; p->steps && i < p->nsteps; i++) {
		const struct ir_step *s = &p->steps[i];
		put_u(w, s->kind);
		put_str(w, s->field);
		put_str(w, s->record);
		put_b(w, s->index_known);
		put_s(w, s->index);
		put_loc(w, &s->decl);
	}
	put_loc(w, &p->decl);
}

static void put_arg_value(struct writer *w, const struct ir_arg *a)
{
	put_u(w, a->kind);
	put_s(w, a->value);
	put_str(w, a->name);
	put_str(w, a->usr);
	put_path(w, a->path);
	put_str(w, a->cast_type);
	put_str(w, a->type);
	put_str(w, a->text);
	put_loc(w, &a->loc);
}

static void put_arg(struct writer *w, const struct ir_arg *a)
{
	if (put_tag(w, &w->objs, a, &w->nargs))
		put_arg_value(w, a);
}

static void put_event(struct writer *w, const struct ir_event *e)
{
	put_u(w, e->kind);
	put_loc(w, &e->loc);
	switch (e->kind) {
	case IR_EV_CALL: {
		const struct ir_call *c = &e->u.call;
		put_str(w, c->callee);
		put_str(w, c->callee_usr);
		put_str(w, c->callee_text);
		put_count(w, c->args, c->nargs);
		for (int i = 0; c->args && i < c->nargs; i++)
			put_arg_value(w, &c->args[i]);
		put_u(w, c->result);
		put_path(w, c->result_path);
		break;
	}
	case IR_EV_ASSIGN:
		put_path(w, e->u.assign.path);
		put_arg(w, e->u.assign.rhs);
		put_b(w, e->u.assign.compound);
		break;
	case IR_EV_READ: put_path(w, e->u.read); break;
	case IR_EV_LOCAL: {
		const struct ir_local *l = &e->u.local;
		put_str(w, l->name);
		put_str(w, l->usr);
		put_str(w, l->type);
		put_str(w, l->ctype);
		put_b(w, l->is_auto);
		put_b(w, l->is_static);
		break;
	}
	case IR_EV_RETURN: break;
	}
}

static void put_cond(struct writer *w, const struct ir_cond *c)
{
	if (!put_tag(w, &w->objs, c, &w->nconds))
		return;
	put_u(w, c->kind);
	put_u(w, c->cmp);
	put_s(w, c->event);
	put_path(w, c->path);
	put_arg(w, c->rhs);
	put_str(w, c->text);
	put_s(w, c->ncases);
	put_b(w, c->case_values != NULL);
	for (int i = 0; c->case_values && i < c->ncases; i++) {
		put_s(w, c->case_values[i]);
		put_b(w, c->case_is_default && c->case_is_default[i]);
	}
}

static void put_block(struct writer *w, const struct ir_block *b)
{
	put_s(w, b->id);
	put_count(w, b->events, b->nevents);
	for (int i = 0; b->events && i < b->nevents; i++)
		put_event(w, &b->events[i]);
	put_count(w, b->succ, b->nsucc);
	for (int i = 0; b->succ && i < b->nsucc; i++)
		put_s(w, b->succ[i]);
	put_cond(w, b->cond);
	put_loc(w, &b->loc);
}

static void put_annots(struct writer *w, const struct ir_annot *v, int n)
{
	put_count(w, v, n);
	for (int i = 0; v && i < n; i++) {
		put_str(w, v[i].name);
		put_str(w, v[i].args);
		put_loc(w, &v[i].loc);
		put_b(w, v[i].inherited);
		put_b(w, v[i].own_text);
	}
}

static void put_params(struct writer *w, const struct ir_param *v, int n)
{
	put_count(w, v, n);
	for (int i = 0; v && i < n; i++) {
		put_str(w, v[i].name);
		put_str(w, v[i].type);
		put_str(w, v[i].ctype);
	}
}

static void put_decl(struct writer *w, const struct ir_decl *d)
{
	put_loc(w, &d->loc);
	put_loc(w, &d->begin);
	put_b(w, d->is_definition);
	put_str(w, d->role_typedef);
	for (size_t i = 0; i < ARRAY_SIZE(d->role_chain); i++)
		put_str(w, d->role_chain[i]);
	put_loc(w, &d->role_typedef_loc);
	put_annots(w, d->annots, d->nannots);
	put_b(w, d->in_main_file);
	put_b(w, d->use_decl_macro);
}

static void put_typedef(struct writer *w, const struct ir_typedef *t)
{
	put_str(w, t->name);
	put_loc(w, &t->loc);
	put_str(w, t->ret);
	put_str(w, t->cret);
	put_params(w, t->params, t->nparams);
	put_b(w, t->variadic);
	put_annots(w, t->annots, t->nannots);
	put_str(w, t->underlying);
}

static void put_function(struct writer *w, const struct ir_function *fn)
{
	put_str(w, fn->name);
	put_str(w, fn->usr);
	put_b(w, fn->is_static);
	put_count(w, fn->decls, fn->ndecls);
	for (int i = 0; fn->decls && i < fn->ndecls; i++)
		put_decl(w, &fn->decls[i]);
	put_str(w, fn->ret);
	put_str(w, fn->cret);
	put_params(w, fn->params, fn->nparams);
	put_b(w, fn->variadic);
	put_b(w, fn->has_proto);
	put_b(w, fn->defined);
	put_loc(w, &fn->body_begin);
	put_loc(w, &fn->body_end);
	put_u(w, fn->def_begin_offset);
	put_u(w, fn->def_end_offset);
	put_count(w, fn->blocks, fn->nblocks);
	for (int i = 0; fn->blocks && i < fn->nblocks; i++)
		put_block(w, &fn->blocks[i]);
	put_b(w, fn->partial);
	put_b(w, fn->paged);
	put_loc(w, &fn->paged_at);
}

/* The definitions of a unit's functions, as a summary holds them. */
static void put_defs(struct writer *w, const struct ir_unit *u)
{
	int n = ir_unit_defs(u, NULL);
	struct ir_def *v = xcalloc((size_t)n + 1, sizeof(*v));
	ir_unit_defs(u, v);
	put_s(w, n);
	for (int i = 0; i < n; i++) {
		put_str(w, v[i].file);
		put_str(w, v[i].name);
		put_u(w, v[i].begin);
		put_u(w, v[i].end);
	}
	free(v);
}

/* The summary first (what a run whose findings are cached needs: irser_read_summary
 * stops after it), then the functions and typedefs. */
void irser_write(const struct ir_unit *u, struct strbuf *out)
{
	struct writer w = { .out = out, .strs = { .by_content = true } };
	put_str(&w, u->file);
	put_count(&w, u->diags, u->ndiags);
	for (int i = 0; u->diags && i < u->ndiags; i++) {
		put_loc(&w, &u->diags[i].loc);
		put_b(&w, u->diags[i].is_error);
		put_b(&w, u->diags[i].missing_include);
		put_str(&w, u->diags[i].text);
	}
	put_s(&w, u->nerrors);
	put_s(&w, u->nmissing_includes);
	put_b(&w, u->parse_failed);
	put_count(&w, u->inputs, u->ninputs);
	for (int i = 0; u->inputs && i < u->ninputs; i++) {
		put_str(&w, u->inputs[i].path);
		put_u(&w, u->inputs[i].size);
		put_u(&w, u->inputs[i].hash);
	}
	put_defs(&w, u);
	put_count(&w, u->functions, u->nfunctions);
	for (int i = 0; u->functions && i < u->nfunctions; i++)
		put_function(&w, &u->functions[i]);
	put_count(&w, u->typedefs, u->ntypedefs);
	for (int i = 0; u->typedefs && i < u->ntypedefs; i++)
		put_typedef(&w, &u->typedefs[i]);
	writer_release(&w);
}

/* ---- reading ------------------------------------------------------------------------ */

/* The objects read so far of one kind, by index. */
struct seen {
	void **v;
	uint32_t n, cap;
};

struct reader {
	const unsigned char *p, *end;
	bool bad;
	struct arena *a;
	struct seen strs, paths, args, conds;
};

static void reader_release(struct reader *r)
{
	free(r->strs.v);
	free(r->paths.v);
	free(r->args.v);
	free(r->conds.v);
}

static uint64_t get_u(struct reader *r)
{
	uint64_t v = 0;
	for (int shift = 0; !r->bad && shift < 64; shift += 7) {
		if (r->p == r->end)
			break;
		unsigned char b = *r->p++;
		v |= (uint64_t)(b & 0x7f) << shift;
		if (!(b & 0x80))
			return v;
	}
	r->bad = true;
	return 0;
}

static long long get_s(struct reader *r)
{
	uint64_t u = get_u(r);
	return (long long)((u >> 1) ^ (0 - (u & 1)));
}

/* A value in [lo, hi]; anything else makes the input malformed. */
static long long get_range(struct reader *r, long long lo, long long hi)
{
	long long v = get_s(r);
	if (v < lo || v > hi) {
		r->bad = true;
		return lo;
	}
	return v;
}

static unsigned get_uint(struct reader *r)
{
	uint64_t v = get_u(r);
	if (v > UINT_MAX) {
		r->bad = true;
		return 0;
	}
	return (unsigned)v;
}

static bool get_b(struct reader *r)
{
	uint64_t v = get_u(r);
	if (v > 1)
		r->bad = true;
	return v == 1;
}

/* An enum written with put_u: a value in [0, max]. */
static int get_enum(struct reader *r, int max)
{
	uint64_t v = get_u(r);
	if (v > (uint64_t)max) {
		r->bad = true;
		return 0;
	}
	return (int)v;
}

static void seen_add(struct seen *s, void *p)
{
	VEC_PUSH(s->v, s->n, s->cap);
	s->v[s->n++] = p;
}

/* Reads a tag: returns NULL with *fresh false for NULL or a malformed tag, the object
 * read before for a back reference, or NULL with *fresh true when the value follows. */
static void *get_tag(struct reader *r, struct seen *s, bool *fresh)
{
	uint64_t t = get_u(r);
	*fresh = t == 1 && !r->bad;
	if (t < 2)
		return NULL;
	if (t - 2 >= s->n) {
		r->bad = true;
		return NULL;
	}
	return s->v[t - 2];
}

static const char *get_str(struct reader *r)
{
	bool fresh;
	const char *s = get_tag(r, &r->strs, &fresh);
	if (!fresh)
		return s;
	uint64_t n = get_u(r);
	if (r->bad || n > (uint64_t)(r->end - r->p)) {
		r->bad = true;
		return NULL;
	}
	char *c = arena_strndup(r->a, (const char *)r->p, n);
	r->p += n;
	seen_add(&r->strs, c);
	return c;
}

/* An array written by put_count with elements of the given size: allocated zeroed,
 * *n set. Every element takes at least one byte, so a count beyond the bytes left is
 * malformed (and no huge allocation is ever made). */
/* A count written by put_count: the number of elements, 0 for a NULL array (*present
 * false). */
static int get_count(struct reader *r, bool *present)
{
	uint64_t c = get_u(r);
	*present = false;
	if (!c || r->bad)
		return 0;
	c--;
	if (c > (uint64_t)(r->end - r->p) || c >= INT_MAX) {
		r->bad = true;
		return 0;
	}
	*present = true;
	return (int)c;
}

static void *get_array(struct reader *r, int *n, size_t size)
{
	bool present;
	*n = get_count(r, &present);
	return present ? arena_alloc(r->a, size * (size_t)*n) : NULL;
}

static void get_loc(struct reader *r, struct ir_loc *l)
{
	l->file = get_str(r);
	l->line = get_uint(r);
	l->col = get_uint(r);
	l->offset = get_uint(r);
	l->macro = get_str(r);
}

static struct ir_path *get_path(struct reader *r)
{
	bool fresh;
	struct ir_path *p = get_tag(r, &r->paths, &fresh);
	if (!fresh)
		return p;
	p = ARENA_NEW(r->a, struct ir_path);
	seen_add(&r->paths, p);
	p->root = get_enum(r, IR_ROOT_LOCAL);
	p->param = (int)get_range(r, INT_MIN, INT_MAX);
	p->name = get_str(r);
	p->usr = get_str(r);
	p->is_auto = get_b(r);
	p->type = get_str(r);
	p->ctype = get_str(r);
	p->steps = get_array(r, &p->nsteps, sizeof(*p->steps));
	for (int i = 0; i < p->nsteps; i++) {
		struct ir_step *s = &p->steps[i];
		s->kind = get_enum(r, IR_STEP_DEREF);
		s->field = get_str(r);
		s->record = get_str(r);
		s->index_known = get_b(r);
		s->index = get_s(r);
		get_loc(r, &s->decl);
	}
	get_loc(r, &p->decl);
	return p;
}

static void get_arg_value(struct reader *r, struct ir_arg *a)
{
	a->kind = get_enum(r, IR_ARG_OTHER);
	a->value = get_s(r);
	a->name = get_str(r);
	a->usr = get_str(r);
	a->path = get_path(r);
	a->cast_type = get_str(r);
	a->type = get_str(r);
	a->text = get_str(r);
	get_loc(r, &a->loc);
	/* consumers follow the path of a PATH or ADDR argument without a test */
	if ((a->kind == IR_ARG_PATH || a->kind == IR_ARG_ADDR) && !a->path)
		r->bad = true;
}

static struct ir_arg *get_arg(struct reader *r)
{
	bool fresh;
	struct ir_arg *a = get_tag(r, &r->args, &fresh);
	if (!fresh)
		return a;
	a = ARENA_NEW(r->a, struct ir_arg);
	seen_add(&r->args, a);
	get_arg_value(r, a);
	return a;
}

static void get_event(struct reader *r, struct ir_event *e)
{
	e->kind = get_enum(r, IR_EV_RETURN);
	get_loc(r, &e->loc);
	switch (e->kind) {
	case IR_EV_CALL: {
		struct ir_call *c = &e->u.call;
		c->callee = get_str(r);
		c->callee_usr = get_str(r);
		c->callee_text = get_str(r);
		c->args = get_array(r, &c->nargs, sizeof(*c->args));
		for (int i = 0; i < c->nargs; i++)
			get_arg_value(r, &c->args[i]);
		c->result = get_enum(r, IR_RESULT_USED);
		c->result_path = get_path(r);
		break;
	}
	case IR_EV_ASSIGN:
		e->u.assign.path = get_path(r);
		e->u.assign.rhs = get_arg(r);
		e->u.assign.compound = get_b(r);
		if (!e->u.assign.path)
			r->bad = true;
		break;
	case IR_EV_READ:
		e->u.read = get_path(r);
		if (!e->u.read)
			r->bad = true;
		break;
	case IR_EV_LOCAL: {
		struct ir_local *l = &e->u.local;
		l->name = get_str(r);
		l->usr = get_str(r);
		l->type = get_str(r);
		l->ctype = get_str(r);
		l->is_auto = get_b(r);
		l->is_static = get_b(r);
		break;
	}
	case IR_EV_RETURN: break;
	}
}

static struct ir_cond *get_cond(struct reader *r)
{
	bool fresh;
	struct ir_cond *c = get_tag(r, &r->conds, &fresh);
	if (!fresh)
		return c;
	c = ARENA_NEW(r->a, struct ir_cond);
	seen_add(&r->conds, c);
	c->kind = get_enum(r, IR_COND_SWITCH);
	c->cmp = get_enum(r, IR_CMP_GE);
	c->event = (int)get_range(r, -1, INT_MAX);
	c->path = get_path(r);
	c->rhs = get_arg(r);
	c->text = get_str(r);
	c->ncases = (int)get_range(r, 0, r->end - r->p);
	if (get_b(r)) {
		/* as cx.c allocates them: one spare element */
		c->case_values = ARENA_ARRAY(r->a, long long, c->ncases + 1);
		c->case_is_default = ARENA_ARRAY(r->a, bool, c->ncases + 1);
		for (int i = 0; i < c->ncases; i++) {
			c->case_values[i] = get_s(r);
			c->case_is_default[i] = get_b(r);
		}
	} else if (c->ncases) {
		r->bad = true;
	}
	if ((c->kind == IR_COND_PATH && !c->path) || (c->kind == IR_COND_SWITCH && !c->case_values))
		r->bad = true;
	return c;
}

static void get_block(struct reader *r, struct ir_block *b)
{
	b->id = (int)get_range(r, 0, INT_MAX);
	b->events = get_array(r, &b->nevents, sizeof(*b->events));
	for (int i = 0; i < b->nevents; i++)
		get_event(r, &b->events[i]);
	b->succ = get_array(r, &b->nsucc, sizeof(*b->succ));
	for (int i = 0; i < b->nsucc; i++)
		b->succ[i] = (int)get_range(r, 0, INT_MAX);
	b->cond = get_cond(r);
	get_loc(r, &b->loc);
	/* a call or switch condition names an event of this block, a switch's cases its
	 * successors */
	const struct ir_cond *c = b->cond;
	if (c && c->kind == IR_COND_CALL && (c->event < 0 || c->event >= b->nevents))
		r->bad = true;
	if (c && c->kind == IR_COND_SWITCH && (c->event >= b->nevents || c->ncases > b->nsucc))
		r->bad = true;
}

static struct ir_annot *get_annots(struct reader *r, int *n)
{
	struct ir_annot *v = get_array(r, n, sizeof(*v));
	for (int i = 0; i < *n; i++) {
		v[i].name = get_str(r);
		v[i].args = get_str(r);
		get_loc(r, &v[i].loc);
		v[i].inherited = get_b(r);
		v[i].own_text = get_b(r);
	}
	return v;
}

static struct ir_param *get_params(struct reader *r, int *n)
{
	struct ir_param *v = get_array(r, n, sizeof(*v));
	for (int i = 0; i < *n; i++) {
		v[i].name = get_str(r);
		v[i].type = get_str(r);
		v[i].ctype = get_str(r);
	}
	return v;
}

static void get_decl(struct reader *r, struct ir_decl *d)
{
	get_loc(r, &d->loc);
	get_loc(r, &d->begin);
	d->is_definition = get_b(r);
	d->role_typedef = get_str(r);
	for (size_t i = 0; i < ARRAY_SIZE(d->role_chain); i++)
		d->role_chain[i] = get_str(r);
	get_loc(r, &d->role_typedef_loc);
	d->annots = get_annots(r, &d->nannots);
	d->in_main_file = get_b(r);
	d->use_decl_macro = get_b(r);
}

static void get_typedef(struct reader *r, struct ir_typedef *t)
{
	t->name = get_str(r);
	get_loc(r, &t->loc);
	t->ret = get_str(r);
	t->cret = get_str(r);
	t->params = get_params(r, &t->nparams);
	t->variadic = get_b(r);
	t->annots = get_annots(r, &t->nannots);
	t->underlying = get_str(r);
	if (!t->name)
		r->bad = true;
}

static void get_function(struct reader *r, struct ir_function *fn)
{
	fn->name = get_str(r);
	fn->usr = get_str(r);
	fn->is_static = get_b(r);
	fn->decls = get_array(r, &fn->ndecls, sizeof(*fn->decls));
	for (int i = 0; i < fn->ndecls; i++)
		get_decl(r, &fn->decls[i]);
	fn->ret = get_str(r);
	fn->cret = get_str(r);
	fn->params = get_params(r, &fn->nparams);
	fn->variadic = get_b(r);
	fn->has_proto = get_b(r);
	fn->defined = get_b(r);
	get_loc(r, &fn->body_begin);
	get_loc(r, &fn->body_end);
	fn->def_begin_offset = get_uint(r);
	fn->def_end_offset = get_uint(r);
	fn->blocks = get_array(r, &fn->nblocks, sizeof(*fn->blocks));
	for (int i = 0; i < fn->nblocks; i++) {
		struct ir_block *b = &fn->blocks[i];
		get_block(r, b);
		for (int j = 0; j < b->nsucc; j++)
			if (b->succ[j] >= fn->nblocks)
				r->bad = true;
		if (b->id != i)
			r->bad = true;
	}
	fn->partial = get_b(r);
	fn->paged = get_b(r);
	get_loc(r, &fn->paged_at);
	if (!fn->name)
		r->bad = true;
}

/* The summary: the diagnostics, the inputs and the definitions. */
static void get_summary(struct reader *r, struct ir_unit *u, bool keep_defs)
{
	u->file = get_str(r);
	u->diags = get_array(r, &u->ndiags, sizeof(*u->diags));
	for (int i = 0; i < u->ndiags; i++) {
		get_loc(r, &u->diags[i].loc);
		u->diags[i].is_error = get_b(r);
		u->diags[i].missing_include = get_b(r);
		u->diags[i].text = get_str(r);
	}
	u->nerrors = (int)get_range(r, 0, INT_MAX);
	u->nmissing_includes = (int)get_range(r, 0, INT_MAX);
	u->parse_failed = get_b(r);
	u->inputs = get_array(r, &u->ninputs, sizeof(*u->inputs));
	for (int i = 0; i < u->ninputs; i++) {
		u->inputs[i].path = get_str(r);
		u->inputs[i].size = get_u(r);
		u->inputs[i].hash = get_u(r);
	}
	int ndefs = (int)get_range(r, 0, (r->end - r->p) / 4);
	struct ir_def *defs = keep_defs && ndefs ? arena_alloc(r->a, sizeof(*defs) * (size_t)ndefs) : NULL;
	for (int i = 0; i < ndefs && !r->bad; i++) {
		struct ir_def d;
		d.file = get_str(r);
		d.name = get_str(r);
		d.begin = get_uint(r);
		d.end = get_uint(r);
		if (!d.file || !d.name)
			r->bad = true;
		if (defs)
			defs[i] = d;
	}
	if (keep_defs) {
		u->defs = defs;
		u->ndefs = ndefs;
	}
	if (!u->file)
		r->bad = true;
}

static void get_unit(struct reader *r, struct ir_unit *u)
{
	get_summary(r, u, false);
	u->functions = get_array(r, &u->nfunctions, sizeof(*u->functions));
	for (int i = 0; i < u->nfunctions; i++)
		get_function(r, &u->functions[i]);
	u->typedefs = get_array(r, &u->ntypedefs, sizeof(*u->typedefs));
	for (int i = 0; i < u->ntypedefs; i++)
		get_typedef(r, &u->typedefs[i]);
	if (r->p != r->end)
		r->bad = true;
}

static struct ir_unit *read_unit(const void *p, size_t n, bool summary)
{
	struct reader r = { 0 };
	r.p = p ? p : (const void *)"";
	r.end = p ? r.p + n : r.p;
	r.a = arena_new();
	struct ir_unit *u = ARENA_NEW(r.a, struct ir_unit);
	u->arena = r.a;
	if (summary) {
		get_summary(&r, u, true);
		u->summary = true;
	} else {
		get_unit(&r, u);
	}
	reader_release(&r);
	if (r.bad) {
		arena_free(r.a);
		return NULL;
	}
	return u;
}

struct ir_unit *irser_read(const void *p, size_t n)
{
	return read_unit(p, n, false);
}

struct ir_unit *irser_read_summary(const void *p, size_t n)
{
	return read_unit(p, n, true);
}

/* ---- findings ------------------------------------------------------------------------- */

void irser_write_findings(const struct diag *d, struct strbuf *out)
{
	struct writer w = { .out = out, .strs = { .by_content = true } };
	put_count(&w, d->v, d->n);
	for (int i = 0; d->v && i < d->n; i++) {
		const struct finding *f = d->v[i];
		put_str(&w, f->rule);
		put_u(&w, (uint64_t)f->severity);
		put_loc(&w, &f->loc);
		put_str(&w, f->msg);
		put_count(&w, f->notes, f->nnotes);
		for (int k = 0; f->notes && k < f->nnotes; k++) {
			put_loc(&w, &f->notes[k].loc);
			put_str(&w, f->notes[k].msg);
		}
		put_count(&w, f->fixits, f->nfixits);
		for (int k = 0; f->fixits && k < f->nfixits; k++) {
			const struct diag_fixit *x = &f->fixits[k];
			put_str(&w, x->file);
			put_u(&w, x->line);
			put_u(&w, x->col);
			put_u(&w, x->offset);
			put_str(&w, x->text);
		}
	}
	put_count(&w, d->stats, d->nstats);
	for (int i = 0; d->stats && i < d->nstats; i++)
		put_str(&w, d->stats[i]);
	writer_release(&w);
}

static char *get_owned(struct reader *r)
{
	const char *s = get_str(r);
	return s ? xstrdup(s) : NULL;
}

int irser_read_findings(const void *p, size_t n, struct diag *d, struct arena *a)
{
	struct reader r = { 0 };
	r.p = p ? p : (const void *)"";
	r.end = p ? r.p + n : r.p;
	r.a = a;
	bool present;
	int nf = get_count(&r, &present); /* the findings are malloc'ed as diag_report's */
	for (int i = 0; i < nf && !r.bad; i++) {
		struct finding *f = xcalloc(1, sizeof(*f));
		VEC_PUSH(d->v, d->n, d->cap);
		d->v[d->n++] = f;
		f->rule = get_str(&r);
		f->severity = get_enum(&r, DIAG_ERROR) == DIAG_ERROR ? DIAG_ERROR : DIAG_WARNING;
		get_loc(&r, &f->loc);
		f->msg = get_owned(&r);
		int nn = get_count(&r, &present);
		if (nn) { /* none: NULL, as diag_note leaves it */
			f->notes = xcalloc((size_t)nn, sizeof(*f->notes));
			f->capnotes = nn;
		}
		for (; f->nnotes < nn && !r.bad; f->nnotes++) {
			get_loc(&r, &f->notes[f->nnotes].loc);
			f->notes[f->nnotes].msg = get_owned(&r);
		}
		int nx = get_count(&r, &present);
		if (nx) {
			f->fixits = xcalloc((size_t)nx, sizeof(*f->fixits));
			f->capfixits = nx;
		}
		for (; f->nfixits < nx && !r.bad; f->nfixits++) {
			struct diag_fixit *x = &f->fixits[f->nfixits];
			x->file = get_str(&r);
			x->line = get_uint(&r);
			x->col = get_uint(&r);
			x->offset = get_uint(&r);
			x->text = get_owned(&r);
		}
		if (!f->msg)
			r.bad = true;
	}
	int ns = get_count(&r, &present);
	for (int i = 0; i < ns && !r.bad; i++) {
		char *st = get_owned(&r);
		if (!st) {
			r.bad = true;
			break;
		}
		VEC_PUSH(d->stats, d->nstats, d->capstats);
		d->stats[d->nstats++] = st;
	}
	if (r.p != r.end)
		r.bad = true;
	reader_release(&r);
	return r.bad ? -1 : 0;
}
