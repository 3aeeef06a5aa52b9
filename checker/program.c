/*
 * program.c - links translation units into one program: merges each function's
 * declarations across units, picks its definition and builds the call graph.
 */
#include "program.h"

#include "arena.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct builder {
	struct prog_fn *fns;
	int n, cap;
	/* fns by USR: open addressing, nslots a power of two at least twice n */
	int *slots;
	unsigned nslots;
};

static unsigned hash_str(const char *s)
{
	unsigned h = 2166136261u; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void index_fns(struct program *p)
{
	p->nslots = 16;
	while (p->nslots < 2u * (unsigned)p->nfns + 1)
		p->nslots *= 2;
	p->by_usr = xmalloc(sizeof(int) * p->nslots);
	p->by_name = xmalloc(sizeof(int) * p->nslots);
	for (unsigned i = 0; i < p->nslots; i++)
		p->by_usr[i] = p->by_name[i] = -1;
	for (int i = 0; i < p->nfns; i++) {
		unsigned h = hash_str(p->fns[i].usr) & (p->nslots - 1);
		while (p->by_usr[h] >= 0)
			h = (h + 1) & (p->nslots - 1);
		p->by_usr[h] = i;
		if (p->fns[i].is_static)
			continue;
		h = hash_str(p->fns[i].name) & (p->nslots - 1);
		while (p->by_name[h] >= 0)
			h = (h + 1) & (p->nslots - 1);
		p->by_name[h] = i;
	}
}

/* The link key of a function: its USR, which is the same in every unit for an external
 * function and names the file for a static one; an external function's name is the
 * fallback (a call to an implicitly declared function). */
int program_find(const struct program *p, const char *usr, const char *name)
{
	if (usr)
		for (unsigned h = hash_str(usr) & (p->nslots - 1); p->by_usr[h] >= 0; h = (h + 1) & (p->nslots - 1))
			if (!strcmp(p->fns[p->by_usr[h]].usr, usr))
				return p->by_usr[h];
	if (name)
		for (unsigned h = hash_str(name) & (p->nslots - 1); p->by_name[h] >= 0; h = (h + 1) & (p->nslots - 1))
			if (!strcmp(p->fns[p->by_name[h]].name, name))
				return p->by_name[h];
	return -1;
}

const struct prog_decl *program_def_decl(const struct prog_fn *fn)
{
	for (int i = 0; i < fn->ndecls; i++)
		if (fn->decls[i].decl->is_definition)
			return &fn->decls[i];
	return NULL;
}

/* The builder's function of this USR, or where it goes (the slot holds -1). */
static unsigned builder_slot(const struct builder *b, const char *usr)
{
	unsigned h = hash_str(usr) & (b->nslots - 1);
	while (b->slots[h] >= 0 && strcmp(b->fns[b->slots[h]].usr, usr))
		h = (h + 1) & (b->nslots - 1);
	return h;
}

static void builder_grow(struct builder *b)
{
	unsigned n = b->nslots ? b->nslots * 2 : 256;
	free(b->slots);
	b->slots = xmalloc(sizeof(int) * n);
	b->nslots = n;
	for (unsigned i = 0; i < n; i++)
		b->slots[i] = -1;
	for (int i = 0; i < b->n; i++)
		b->slots[builder_slot(b, b->fns[i].usr)] = i;
}

static void add_function(struct program *p, struct builder *b, struct ir_unit *u, struct ir_function *f)
{
	if (2u * (unsigned)b->n + 2 > b->nslots)
		builder_grow(b);
	unsigned slot = builder_slot(b, f->usr);
	int i = b->slots[slot];
	if (i < 0) {
		VEC_PUSH(b->fns, b->n, b->cap);
		i = b->slots[slot] = b->n++;
		memset(&b->fns[i], 0, sizeof(b->fns[i]));
		b->fns[i].name = f->name;
		b->fns[i].usr = f->usr;
		b->fns[i].any = f;
		b->fns[i].any_unit = u;
	}
	struct prog_fn *pf = &b->fns[i];
	pf->is_static |= f->is_static;
	struct prog_decl *nd = ARENA_ARRAY(p->arena, struct prog_decl, pf->ndecls + f->ndecls);
	if (pf->ndecls)
		memcpy(nd, pf->decls, sizeof(*nd) * (size_t)pf->ndecls);
	for (int j = 0; j < f->ndecls; j++) {
		const struct ir_decl *d = &f->decls[j];
		/* a header's declarations are seen once per unit that includes it */
		bool dup = false;
		for (int k = 0; k < pf->ndecls; k++)
			dup |= nd[k].decl->loc.file && d->loc.file && nd[k].decl->loc.line == d->loc.line &&
			       nd[k].decl->loc.col == d->loc.col && !strcmp(nd[k].decl->loc.file, d->loc.file);
		if (dup)
			continue;
		nd[pf->ndecls].decl = d;
		nd[pf->ndecls++].unit = u;
	}
	pf->decls = nd;
	if (f->defined && !pf->def) {
		pf->def = f;
		pf->def_unit = u;
		pf->any = f;
		pf->any_unit = u;
	}
}

static void add_edges(struct program *p, struct builder *b, int i)
{
	struct prog_fn *pf = &p->fns[i];
	if (!pf->def)
		return;
	struct prog_call *calls = NULL;
	int n = 0, cap = 0;
	for (int bi = 0; bi < pf->def->nblocks; bi++) {
		const struct ir_block *bl = &pf->def->blocks[bi];
		for (int ei = 0; ei < bl->nevents; ei++) {
			const struct ir_event *e = &bl->events[ei];
			if (e->kind != IR_EV_CALL || !e->u.call.callee)
				continue;
			int callee = program_find(p, e->u.call.callee_usr, e->u.call.callee);
			if (callee < 0)
				continue;
			VEC_PUSH(calls, n, cap);
			calls[n].callee = callee;
			calls[n++].event = e;
		}
	}
	pf->ncalls = n;
	pf->calls = arena_memdup(p->arena, calls, (size_t)n, sizeof(*calls));
	free(calls);
	(void)b;
}

/* Each function's callers, each once, in the order of the functions. */
static void add_callers(struct program *p)
{
	int *last = xmalloc(sizeof(int) * ((size_t)p->nfns + 1)); /* the last caller counted */
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < p->nfns; i++) {
			last[i] = -1;
			if (pass) { /* counted in the first pass: room for them, filled again */
				p->fns[i].callers = p->fns[i].ncallers ? ARENA_ARRAY(p->arena, int, p->fns[i].ncallers) : NULL;
				p->fns[i].ncallers = 0;
			}
		}
		for (int j = 0; j < p->nfns; j++)
			for (int k = 0; k < p->fns[j].ncalls; k++) {
				int c = p->fns[j].calls[k].callee;
				struct prog_fn *callee = &p->fns[c];
				if (last[c] == j)
					continue;
				last[c] = j;
				if (pass)
					callee->callers[callee->ncallers] = j;
				callee->ncallers++;
			}
	}
	free(last);
}

struct program *program_link(struct ir_unit **units, int nunits)
{
	struct program *p = xcalloc(1, sizeof(*p));
	p->arena = arena_new();
	p->units = units;
	p->nunits = nunits;
	struct builder b = { 0 };
	for (int i = 0; i < nunits; i++)
		for (int j = 0; j < units[i]->nfunctions; j++)
			add_function(p, &b, units[i], &units[i]->functions[j]);
	p->nfns = b.n;
	p->fns = arena_memdup(p->arena, b.fns, (size_t)b.n, sizeof(*b.fns));
	free(b.fns);
	free(b.slots);
	index_fns(p);
	for (int i = 0; i < p->nfns; i++)
		add_edges(p, &b, i);
	add_callers(p);
	return p;
}

void program_free(struct program *p)
{
	if (!p)
		return;
	arena_free(p->arena);
	free(p->by_usr);
	free(p->by_name);
	free(p);
}
