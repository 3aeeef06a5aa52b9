/*
 * inventory.c - the DPC inventory of RULES.md: every STOR_DPC object (by the member or
 * variable that holds it) with its StorPortInitializeDpc sites and routines and its
 * StorPortIssueDpc sites with the issuing function and the entry contexts that reach
 * it; every callback with its roles, role type, definition and _Use_decl_annotations_;
 * and the functions dpccheck understood only partly. Text and JSON (jansson).
 */
#include "inventory.h"

#include "arena.h"
#include "dpcs.h"
#include "locks.h"
#include "shared.h"
#include "program.h"
#include "roles.h"
#include "util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* An inventory entry: a DPC object and the sites that act on it. A site whose object
 * dpcs.c could not name is listed under its argument's text. */
struct inv_site {
	const struct dpc_site *site;
	const struct dpc_object *via; /* the object reference, or NULL when unresolved */
};

struct inv_object {
	const char *key;
	const char *type;
	struct inv_site *sites;
	int n, cap;
};

struct inv {
	const struct program *p;
	const struct roles *r;
	struct dpc_info *dpcs;
	struct inv_object *objs;
	int nobjs, capobjs;
};

static struct inv_object *object_for(struct inv *inv, const char *key, const char *type)
{
	for (int i = 0; i < inv->nobjs; i++)
		if (!strcmp(inv->objs[i].key, key))
			return &inv->objs[i];
	VEC_PUSH(inv->objs, inv->nobjs, inv->capobjs);
	struct inv_object *o = &inv->objs[inv->nobjs++];
	memset(o, 0, sizeof(*o));
	o->key = key;
	o->type = type;
	return o;
}

static void add_site(struct inv_object *o, const struct dpc_site *s, const struct dpc_object *via)
{
	VEC_PUSH(o->sites, o->n, o->cap);
	o->sites[o->n].site = s;
	o->sites[o->n++].via = via;
}

static void collect(struct inv *inv)
{
	for (int i = 0; i < inv->dpcs->nsites; i++) {
		const struct dpc_site *s = &inv->dpcs->sites[i];
		for (int j = 0; j < s->nobjects; j++)
			add_site(object_for(inv, s->objects[j].key, s->objects[j].path->type), s, &s->objects[j]);
		if (s->unresolved)
			add_site(object_for(inv, "(objects dpccheck cannot name: pointer arguments)", NULL), s, NULL);
	}
}

/* ---- roles and contexts ------------------------------------------------------------ */

/* The roles of a function: its role-typed declaration's and its registrations'. */
static int roles_of(struct inv *inv, int fn, const struct role_def **out, int max)
{
	int n = 0;
	const struct prog_decl *rd = role_decl_of(&inv->p->fns[fn]);
	if (rd)
		out[n++] = role_of_decl(rd->decl);
	for (int i = 0; i < inv->r->nregs && n < max; i++) {
		if (inv->r->regs[i].fn != fn)
			continue;
		bool dup = false;
		for (int j = 0; j < n; j++)
			dup |= out[j] == inv->r->regs[i].role;
		if (!dup)
			out[n++] = inv->r->regs[i].role;
	}
	return n;
}

static void describe_role(struct strbuf *sb, const struct role_def *r)
{
	sb_addf(sb, "%s, %s", r->what, irql_name(r->irql_lo));
	if (r->irql_hi != r->irql_lo)
		sb_addf(sb, "..%s", irql_name(r->irql_hi));
	if (r->locks & LOCK_INTERRUPT)
		sb_adds(sb, ", InterruptLock held");
	if (r->locks & LOCK_STARTIO)
		sb_adds(sb, ", StartIoLock held");
}

/* The entry contexts that reach a function: every function with a role among it and
 * its transitive callers, as "Name (role, IRQL[, lock held])". */
static char *contexts_of(struct inv *inv, int fn)
{
	const struct program *p = inv->p;
	bool *seen = xcalloc((size_t)p->nfns, sizeof(bool));
	int *stack = xmalloc(sizeof(int) * (size_t)p->nfns);
	int sp = 0;
	struct strbuf sb = { 0 };
	seen[fn] = true;
	stack[sp++] = fn;
	while (sp) {
		int f = stack[--sp];
		const struct role_def *rs[8];
		int nr = roles_of(inv, f, rs, 8);
		for (int i = 0; i < nr; i++) {
			sb_addf(&sb, "%s%s (", sb.len ? "; " : "", p->fns[f].name);
			describe_role(&sb, rs[i]);
			sb_adds(&sb, ")");
		}
		for (int i = 0; i < p->fns[f].ncallers; i++)
			if (!seen[p->fns[f].callers[i]]) {
				seen[p->fns[f].callers[i]] = true;
				stack[sp++] = p->fns[f].callers[i];
			}
	}
	free(seen);
	free(stack);
	return sb.buf ? sb.buf : xstrdup("no known entry point");
}

static bool use_decl_annotations(const struct prog_fn *fn)
{
	const struct prog_decl *d = program_def_decl(fn);
	if (d && d->decl->use_decl_macro)
		return true;
	for (int i = 0; d && i < d->decl->nannots; i++)
		if (d->decl->annots[i].own_text && !strcmp(d->decl->annots[i].name, "_Use_decl_annotations_"))
			return true;
	return false;
}

/* ---- text ------------------------------------------------------------------------------ */

static void loc_str(struct strbuf *sb, const struct ir_loc *l)
{
	sb_addf(sb, "%s:%u:%u", l->file ? l->file : "?", l->line, l->col);
}

static void text_objects(struct inv *inv, struct strbuf *sb)
{
	sb_addf(sb, "DPC objects: %d\n", inv->nobjs);
	for (int i = 0; i < inv->nobjs; i++) {
		struct inv_object *o = &inv->objs[i];
		sb_addf(sb, "  %s%s%s%s\n", o->key, o->type ? " (" : "", o->type ? o->type : "", o->type ? ")" : "");
		for (int j = 0; j < o->n; j++) {
			const struct dpc_site *s = o->sites[j].site;
			const struct dpc_object *via = o->sites[j].via;
			sb_addf(sb, "    %s at ", dpc_op_word(s->op));
			loc_str(sb, &s->loc);
			sb_addf(sb, " in %s by %s", inv->p->fns[s->fn].name, s->via);
			if (s->routine)
				sb_addf(sb, ", routine %s", s->routine);
			if (via && via->through_wrapper) {
				sb_addf(sb, ", passed by %s at ", inv->p->fns[via->named_in].name);
				loc_str(sb, &via->named_at);
			}
			if (s->op == DPC_ISSUE) {
				char *ctx = contexts_of(inv, s->fn);
				sb_addf(sb, "; contexts: %s", ctx);
				free(ctx);
			}
			sb_adds(sb, "\n");
		}
	}
}

static void text_callbacks(struct inv *inv, struct strbuf *sb)
{
	const struct program *p = inv->p;
	int n = 0;
	for (int i = 0; i < p->nfns; i++) {
		const struct role_def *rs[8];
		n += roles_of(inv, i, rs, 8) > 0;
	}
	sb_addf(sb, "\nCallbacks: %d\n", n);
	for (int i = 0; i < p->nfns; i++) {
		const struct prog_fn *fn = &p->fns[i];
		const struct role_def *rs[8];
		int nr = roles_of(inv, i, rs, 8);
		if (!nr)
			continue;
		sb_addf(sb, "  %s: ", fn->name);
		for (int j = 0; j < nr; j++) {
			if (j)
				sb_adds(sb, "; ");
			describe_role(sb, rs[j]);
		}
		sb_adds(sb, "\n");
		const struct prog_decl *rd = role_decl_of(fn);
		if (rd) {
			sb_addf(sb, "    role type %s at ", rd->decl->role_typedef);
			loc_str(sb, &rd->decl->loc);
			sb_adds(sb, "\n");
		} else {
			sb_adds(sb, "    no role-type declaration\n");
		}
		const struct prog_decl *def = program_def_decl(fn);
		if (def) {
			sb_adds(sb, "    defined at ");
			loc_str(sb, &def->decl->loc);
			sb_addf(sb, " %s _Use_decl_annotations_%s\n", use_decl_annotations(fn) ? "with" : "without",
				fn->def->partial ? " (partly understood)" : "");
		} else {
			sb_adds(sb, "    not defined in the analyzed files\n");
		}
		for (int j = 0; j < inv->r->nregs; j++) {
			const struct registration *reg = &inv->r->regs[j];
			if (reg->fn != i || reg->by_name)
				continue;
			sb_adds(sb, "    registered at ");
			loc_str(sb, &reg->loc);
			sb_addf(sb, " by %s\n", reg->via);
		}
	}
}

/* ---- contexts ----------------------------------------------------------------------------- */

struct context_seen {
	int fn;
	int irql_lo, irql_hi;
	char *how; /* "CqcCompletionDpc (DPC routine) -> CqcHelper" */
};

struct contexts {
	struct context_seen *v;
	int n, cap;
	const struct program *p;
};

static void collect_context(const struct lock_event *e, void *data)
{
	struct contexts *c = data;
	if (e->kind != LE_ENTER)
		return;
	struct strbuf sb = { 0 };
	if (e->entry_role)
		sb_addf(&sb, "%s (%s)", c->p->fns[e->chain_fns[0]].name, e->entry_role->what);
	else
		sb_addf(&sb, "%s (no known caller)", c->p->fns[e->chain_fns[0]].name);
	for (int i = 1; i <= e->depth; i++)
		sb_addf(&sb, " -> %s", c->p->fns[e->chain_fns[i]].name);
	for (int i = 0; i < c->n; i++)
		if (c->v[i].fn == e->fn && c->v[i].irql_lo == e->irql_lo && c->v[i].irql_hi == e->irql_hi &&
		    !strcmp(c->v[i].how, sb.buf)) {
			sb_release(&sb);
			return;
		}
	VEC_PUSH(c->v, c->n, c->cap);
	c->v[c->n].fn = e->fn;
	c->v[c->n].irql_lo = e->irql_lo;
	c->v[c->n].irql_hi = e->irql_hi;
	c->v[c->n++].how = sb.buf;
}

static void irql_range(struct strbuf *sb, int lo, int hi)
{
	if (hi < 0)
		sb_adds(sb, "IRQL unknown");
	else if (lo == hi)
		sb_adds(sb, irql_name(lo));
	else
		sb_addf(sb, "%s..%s", irql_name(lo), irql_name(hi));
}

/* Each function's possible entry contexts: the IRQL it can start at, and the chain from
 * the callback that gives it. */
static void text_contexts(struct inv *inv, struct strbuf *sb)
{
	struct contexts c = { NULL, 0, 0, inv->p };
	locks_run(inv->p, inv->r, collect_context, &c);
	int nfns = 0;
	for (int f = 0; f < inv->p->nfns; f++) {
		bool any = false;
		for (int i = 0; i < c.n; i++)
			any |= c.v[i].fn == f;
		nfns += any;
	}
	sb_addf(sb, "\nContexts: %d function%s\n", nfns, nfns == 1 ? "" : "s");
	for (int f = 0; f < inv->p->nfns; f++) {
		bool first = true;
		for (int i = 0; i < c.n; i++) {
			if (c.v[i].fn != f)
				continue;
			if (first)
				sb_addf(sb, "  %s\n", inv->p->fns[f].name);
			first = false;
			sb_adds(sb, "    ");
			irql_range(sb, c.v[i].irql_lo, c.v[i].irql_hi);
			sb_addf(sb, " from %s\n", c.v[i].how);
		}
	}
	for (int i = 0; i < c.n; i++)
		free(c.v[i].how);
	free(c.v);
}

/* ---- shared state -------------------------------------------------------------------------- */

static int cmp_access(const void *x, const void *y)
{
	const struct access *a = x, *b = y;
	int c = strcmp(a->group, b->group);
	if (c)
		return c;
	c = strcmp(a->key, b->key);
	if (c)
		return c;
	c = a->entry - b->entry;
	if (c)
		return c;
	return (int)b->write - (int)a->write;
}

/* "Who touches what under which lock": each device-extension member (and global) with
 * the callbacks that read and write it and the locks held there. */
static void text_shared(struct inv *inv, struct strbuf *sb)
{
	struct race r;
	shared_compute(&r, inv->p, inv->r);
	if (r.n)
		qsort(r.v, (size_t)r.n, sizeof(*r.v), cmp_access);
	int nkeys = 0;
	for (int i = 0; i < r.n; i++)
		nkeys += i == 0 || strcmp(r.v[i].key, r.v[i - 1].key);
	sb_addf(sb, "\nShared state: %d location%s\n", nkeys, nkeys == 1 ? "" : "s");
	for (int i = 0; i < r.n; i++) {
		const struct access *a = &r.v[i];
		if (i == 0 || strcmp(a->key, r.v[i - 1].key))
			sb_addf(sb, "  %s\n", a->key);
		/* one line per callback, access kind and lock set */
		char locks[256] = "";
		for (int k = 0; k < a->nlocks; k++)
			snprintf(locks + strlen(locks), sizeof(locks) - strlen(locks), "%s%s", k ? " and " : "",
				 a->locks[k].display);
		bool dup = false;
		for (int j = i - 1; j >= 0 && !strcmp(r.v[j].key, a->key) && !dup; j--) {
			char other[256] = "";
			for (int k = 0; k < r.v[j].nlocks; k++)
				snprintf(other + strlen(other), sizeof(other) - strlen(other), "%s%s", k ? " and " : "",
					 r.v[j].locks[k].display);
			dup = r.v[j].entry == a->entry && r.v[j].write == a->write && !strcmp(other, locks);
		}
		if (dup)
			continue;
		sb_addf(sb, "    %s by %s (%s) holding %s, e.g. at ", a->write ? "written" : "read", inv->p->fns[a->entry].name,
			a->role->what, a->nlocks ? locks : "no lock");
		loc_str(sb, &a->loc);
		sb_adds(sb, "\n");
	}
	shared_free(&r);
}

/* ---- lock use --------------------------------------------------------------------------- */

struct lock_use {
	int fn;
	bool acquire;
	struct ir_loc at;
	const char *what; /* the lock's display name */
};

struct lock_uses {
	struct lock_use *v;
	int n, cap;
};

static void collect_lock_use(const struct lock_event *e, void *data)
{
	struct lock_uses *u = data;
	if (e->kind != LE_ACQUIRE && e->kind != LE_RELEASE)
		return;
	struct ir_loc at = e->loc;
	for (int i = 0; i < u->n; i++)
		if (u->v[i].fn == e->fn && u->v[i].at.line == at.line && u->v[i].at.col == at.col &&
		    u->v[i].at.file && at.file && !strcmp(u->v[i].at.file, at.file))
			return;
	VEC_PUSH(u->v, u->n, u->cap);
	struct lock_use *x = &u->v[u->n++];
	x->fn = e->fn;
	x->acquire = e->kind == LE_ACQUIRE;
	x->at = at;
	x->what = e->kind == LE_ACQUIRE ? e->lock->display : e->released->display;
}

static int cmp_use(const void *a, const void *b)
{
	const struct lock_use *x = a, *y = b;
	if (x->fn != y->fn)
		return x->fn < y->fn ? -1 : 1;
	int c = strcmp(x->at.file ? x->at.file : "", y->at.file ? y->at.file : "");
	if (c)
		return c;
	return x->at.line != y->at.line ? (x->at.line < y->at.line ? -1 : 1) : (int)x->at.col - (int)y->at.col;
}

/* Every function that takes or gives back locks, with the locks its callers hold on entry
 * (for the callbacks, the ones Storport holds). */
static void text_locks(struct inv *inv, struct strbuf *sb)
{
	struct lock_uses u = { 0 };
	locks_run(inv->p, inv->r, collect_lock_use, &u);
	if (u.n)
		qsort(u.v, (size_t)u.n, sizeof(*u.v), cmp_use);
	int nfns = 0;
	for (int i = 0; i < u.n; i++)
		nfns += i == 0 || u.v[i].fn != u.v[i - 1].fn;
	sb_addf(sb, "\nLock use: %d function%s\n", nfns, nfns == 1 ? "" : "s");
	for (int i = 0; i < u.n; i++) {
		if (i == 0 || u.v[i].fn != u.v[i - 1].fn)
			sb_addf(sb, "  %s\n", inv->p->fns[u.v[i].fn].name);
		sb_addf(sb, "    %s %s at ", u.v[i].acquire ? "acquires" : "releases", u.v[i].what);
		loc_str(sb, &u.v[i].at);
		sb_adds(sb, "\n");
	}
	free(u.v);
}

static void text_partial(struct inv *inv, struct strbuf *sb)
{
	int n = 0;
	for (int i = 0; i < inv->p->nfns; i++)
		n += inv->p->fns[i].def && inv->p->fns[i].def->partial;
	sb_addf(sb, "\nPartly understood functions: %d\n", n);
	for (int i = 0; i < inv->p->nfns; i++) {
		const struct prog_fn *fn = &inv->p->fns[i];
		if (fn->def && fn->def->partial) {
			sb_addf(sb, "  %s at ", fn->name);
			loc_str(sb, &program_def_decl(fn)->decl->loc);
			sb_adds(sb, " (a parse error lies inside it)\n");
		}
	}
}

/* ---- JSON ------------------------------------------------------------------------------ */

static json_t *loc_json(const struct ir_loc *l)
{
	return json_pack("{s:s, s:i, s:i}", "file", l->file ? l->file : "", "line", (int)l->line, "column",
			 (int)l->col);
}

static json_t *json_inventory(struct inv *inv)
{
	const struct program *p = inv->p;
	json_t *objs = json_array();
	for (int i = 0; i < inv->nobjs; i++) {
		struct inv_object *o = &inv->objs[i];
		json_t *sites = json_array();
		for (int j = 0; j < o->n; j++) {
			const struct dpc_site *s = o->sites[j].site;
			json_t *js = loc_json(&s->loc);
			json_object_set_new(js, "kind", json_string(dpc_op_word(s->op)));
			json_object_set_new(js, "function", json_string(p->fns[s->fn].name));
			json_object_set_new(js, "via", json_string(s->via));
			if (s->routine)
				json_object_set_new(js, "routine", json_string(s->routine));
			if (s->op == DPC_ISSUE) {
				char *ctx = contexts_of(inv, s->fn);
				json_object_set_new(js, "contexts", json_string(ctx));
				free(ctx);
			}
			json_array_append_new(sites, js);
		}
		json_array_append_new(objs, json_pack("{s:s, s:s?, s:o}", "object", o->key, "type", o->type,
						      "sites", sites));
	}
	json_t *cbs = json_array();
	for (int i = 0; i < p->nfns; i++) {
		const struct prog_fn *fn = &p->fns[i];
		const struct role_def *rs[8];
		int nr = roles_of(inv, i, rs, 8);
		if (!nr)
			continue;
		json_t *roles = json_array();
		for (int j = 0; j < nr; j++)
			json_array_append_new(roles, json_pack("{s:s, s:s, s:s, s:s}", "role", rs[j]->what, "typedef",
							       rs[j]->td, "irql_min", irql_name(rs[j]->irql_lo),
							       "irql_max", irql_name(rs[j]->irql_hi)));
		const struct prog_decl *rd = role_decl_of(fn), *def = program_def_decl(fn);
		json_t *o = json_pack("{s:s, s:o}", "function", fn->name, "roles", roles);
		json_object_set_new(o, "role_type", rd ? json_string(rd->decl->role_typedef) : json_null());
		json_object_set_new(o, "definition", def ? loc_json(&def->decl->loc) : json_null());
		json_object_set_new(o, "use_decl_annotations", def ? json_boolean(use_decl_annotations(fn)) : json_null());
		json_object_set_new(o, "partial", json_boolean(fn->def && fn->def->partial));
		json_array_append_new(cbs, o);
	}
	return json_pack("{s:o, s:o}", "dpc_objects", objs, "callbacks", cbs);
}

int inventory_print(const struct program *p, const struct roles *r, bool json, FILE *out)
{
	struct inv inv = { p, r, dpcs_compute(p), NULL, 0, 0 };
	collect(&inv);
	int rc = 0;
	if (json) {
		json_t *root = json_inventory(&inv);
		rc = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
		fputc('\n', out);
		json_decref(root);
	} else {
		struct strbuf sb = { 0 };
		text_objects(&inv, &sb);
		text_callbacks(&inv, &sb);
		text_contexts(&inv, &sb);
		text_shared(&inv, &sb);
		text_locks(&inv, &sb);
		text_partial(&inv, &sb);
		fputs(sb.buf, out);
		sb_release(&sb);
	}
	for (int i = 0; i < inv.nobjs; i++)
		free(inv.objs[i].sites);
	free(inv.objs);
	dpcs_free(inv.dpcs);
	return rc || fflush(out) || ferror(out) ? -1 : 0;
}
