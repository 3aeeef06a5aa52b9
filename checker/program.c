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
	int *tmp;
	int ntmp, captmp;
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

static int find_in(struct builder *b, const char *usr)
{
	for (int i = 0; i < b->n; i++)
		if (!strcmp(b->fns[i].usr, usr))
			return i;
	return -1;
}

static void add_function(struct program *p, struct builder *b, struct ir_unit *u, struct ir_function *f)
{
	int i = find_in(b, f->usr);
	if (i < 0) {
		VEC_PUSH(b->fns, b->n, b->cap);
		i = b->n++;
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

static void add_callers(struct program *p)
{
	for (int i = 0; i < p->nfns; i++) {
		struct prog_fn *callee = &p->fns[i];
		int *v = NULL, n = 0, cap = 0;
		for (int j = 0; j < p->nfns; j++) {
			const struct prog_fn *caller = &p->fns[j];
			for (int k = 0; k < caller->ncalls; k++)
				if (caller->calls[k].callee == i) {
					VEC_PUSH(v, n, cap);
					v[n++] = j;
					break;
				}
		}
		callee->ncallers = n;
		callee->callers = arena_memdup(p->arena, v, (size_t)n, sizeof(int));
		free(v);
	}
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
