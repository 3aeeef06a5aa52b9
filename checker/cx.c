/*
 * cx.c - the libclang front end: parses a translation unit for the Windows target and
 * lowers every user function into dpccheck's IR (ir.h): declarations with their role
 * typedefs and SAL annotations, and a control-flow graph of events for each body.
 *
 * This is the only file that includes <clang-c/Index.h>. Facts about libclang that shape
 * the code (LIBCLANG-NOTES.md): locations are always taken as expansion locations and
 * source text is read from the file buffer, because extents that start in a macro
 * tokenize to nothing; implicit casts appear as UnexposedExpr; `for` children are
 * ambiguous and are classified by the positions of the `;` in the header; `case` holds
 * only its first statement; ElaboratedType wraps typedefs on libclang 19.
 */
#include "cx.h"

#include "arena.h"
#include "ir.h"
#include "util.h"

#include <clang-c/Index.h>
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- per-unit state ------------------------------------------------------------ */

struct macro_exp {
	CXFile file;
	unsigned begin, end;
	const char *name;
	CXCursor cursor;
};

struct fileinfo {
	CXFile file;
	const char *name;
	bool system;
	bool checked;
	bool input; /* listed in the unit's inputs */
};

/* Answers of libclang calls, by the bits of what was asked (a CXSourceLocation,
 * CXType or declaration cursor of this unit): the lowering asks the same questions
 * many times (a variable's declaration and type for every path through it, a field's
 * for every member access), and each answer costs a search of Clang's tables. An open
 * hash of three-word keys to values that are never NULL (answers in the unit's arena,
 * or the body tree's node numbers). */
struct memo_ent {
	uintptr_t k[3];
	void *v; /* NULL: empty */
};

struct memo {
	struct memo_ent *e;
	int n, cap; /* cap: a power of 2 */
};

static unsigned memo_hash(const uintptr_t k[3])
{
	uintptr_t h = k[0] * 0x9e3779b97f4a7c15u ^ k[1] * 0xc2b2ae3d27d4eb4fu ^ k[2];
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9u;
	h ^= h >> 32;
	return (unsigned)h;
}

/* The value slot of key k; *v is NULL when k is new (the caller stores the answer). */
static void **memo_slot(struct memo *m, uintptr_t k0, uintptr_t k1, uintptr_t k2)
{
	if (2 * (m->n + 1) > m->cap) {
		int cap = m->cap ? 2 * m->cap : 512;
		struct memo_ent *e = xcalloc((size_t)cap, sizeof(*e));
		for (int i = 0; i < m->cap; i++) {
			if (!m->e[i].v)
				continue;
			unsigned h = memo_hash(m->e[i].k) & (unsigned)(cap - 1);
			while (e[h].v)
				h = (h + 1) & (unsigned)(cap - 1);
			e[h] = m->e[i];
		}
		free(m->e);
		m->e = e;
		m->cap = cap;
	}
	uintptr_t k[3] = { k0, k1, k2 };
	unsigned h = memo_hash(k) & (unsigned)(m->cap - 1);
	for (;; h = (h + 1) & (unsigned)(m->cap - 1)) {
		struct memo_ent *x = &m->e[h];
		if (!x->v) {
			memcpy(x->k, k, sizeof(k));
			m->n++; /* counted now: the caller fills x->v before the next call */
			return &x->v;
		}
		if (x->k[0] == k0 && x->k[1] == k1 && x->k[2] == k2)
			return &x->v;
	}
}

/* The value of key k, or NULL: a lookup that inserts nothing. */
static void *memo_get(const struct memo *m, uintptr_t k0, uintptr_t k1, uintptr_t k2)
{
	if (!m->cap)
		return NULL;
	uintptr_t k[3] = { k0, k1, k2 };
	for (unsigned h = memo_hash(k) & (unsigned)(m->cap - 1); m->e[h].v; h = (h + 1) & (unsigned)(m->cap - 1))
		if (m->e[h].k[0] == k0 && m->e[h].k[1] == k1 && m->e[h].k[2] == k2)
			return m->e[h].v;
	return NULL;
}

struct cxu {
	CXTranslationUnit tu;
	struct memo locs, types, decls;
	struct arena *a;
	struct ir_unit *u;
	const struct cx_options *opt;
	struct macro_exp *macros;
	int nmacros, capmacros;
	struct fileinfo *files;
	int nfiles, capfiles;
	struct ir_function *fns;
	int nfns, capfns;
	struct ir_typedef *tds;
	int ntds, captds;
	bool pch;      /* parsed with its preamble's precompiled header */
	bool building; /* the preamble's own parse, lowered for its units */
};

static const char *copy_str(struct cxu *cu, CXString s)
{
	const char *c = clang_getCString(s);
	const char *r = (c && *c) ? arena_strdup(cu->a, c) : NULL;
	clang_disposeString(s);
	return r;
}

static struct fileinfo *file_info(struct cxu *cu, CXFile f)
{
	/* a file is one CXFile pointer within a unit: compare pointers first (hot path) */
	for (int i = cu->nfiles - 1; i >= 0; i--)
		if (cu->files[i].file == f)
			return &cu->files[i];
	for (int i = 0; i < cu->nfiles; i++)
		if (clang_File_isEqual(cu->files[i].file, f))
			return &cu->files[i];
	VEC_PUSH(cu->files, cu->nfiles, cu->capfiles);
	struct fileinfo *fi = &cu->files[cu->nfiles++];
	memset(fi, 0, sizeof(*fi));
	fi->file = f;
	fi->name = copy_str(cu, clang_getFileName(f));
	return fi;
}

static bool is_system_file(struct cxu *cu, CXFile f)
{
	if (!f)
		return true;
	struct fileinfo *fi = file_info(cu, f);
	if (!fi->checked) {
		fi->checked = true;
		for (int i = 0; i < cu->opt->nsystem_dirs && fi->name; i++)
			if (starts_with(fi->name, cu->opt->system_dirs[i]))
				fi->system = true;
	}
	return fi->system;
}

/* The outermost macro expansion in file f that covers offset off. Expansions are
 * sorted by file and first byte (a CXFile of one unit is one pointer per file);
 * outermost ones never overlap each other. */
static const struct macro_exp *macro_covering(struct cxu *cu, CXFile f, unsigned off)
{
	int lo = 0, hi = cu->nmacros;
	while (lo < hi) { /* the first expansion after (f, off) */
		int mid = (lo + hi) / 2;
		struct macro_exp *m = &cu->macros[mid];
		bool before = (uintptr_t)m->file < (uintptr_t)f || (m->file == f && m->begin <= off);
		if (before)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0)
		return NULL;
	struct macro_exp *m = &cu->macros[lo - 1];
	return m->file == f && m->begin <= off && off < m->end ? m : NULL;
}

static const char *macro_at(struct cxu *cu, CXFile f, unsigned off)
{
	const struct macro_exp *m = macro_covering(cu, f, off);
	return m ? m->name : NULL;
}

static const struct macro_exp *macro_starting_at(struct cxu *cu, CXFile f, unsigned off)
{
	const struct macro_exp *m = macro_covering(cu, f, off);
	return m && m->begin == off ? m : NULL;
}

/* The expansion of a macro of that name in [b, e) of file f, or NULL. */
static const struct macro_exp *macro_in(struct cxu *cu, CXFile f, unsigned b, unsigned e, const char *name)
{
	for (int i = 0; i < cu->nmacros; i++) {
		const struct macro_exp *m = &cu->macros[i];
		if (m->file == f && m->begin >= b && m->begin < e && !strcmp(m->name, name))
			return m;
	}
	return NULL;
}

static bool macro_named_in(struct cxu *cu, CXFile f, unsigned b, unsigned e, const char *name)
{
	return macro_in(cu, f, b, e, name) != NULL;
}

struct exp_loc {
	CXFile f;
	unsigned line, col, off;
};

static void expansion_loc(struct cxu *cu, CXSourceLocation sl, CXFile *f, unsigned *line, unsigned *col,
			  unsigned *off)
{
	void **v = memo_slot(&cu->locs, (uintptr_t)sl.ptr_data[0], (uintptr_t)sl.ptr_data[1], sl.int_data);
	if (!*v) {
		struct exp_loc *x = ARENA_NEW(cu->a, struct exp_loc);
		clang_getExpansionLocation(sl, &x->f, &x->line, &x->col, &x->off);
		*v = x;
	}
	const struct exp_loc *x = *v;
	*f = x->f;
	if (line)
		*line = x->line;
	if (col)
		*col = x->col;
	if (off)
		*off = x->off;
}

static struct ir_loc make_loc(struct cxu *cu, CXSourceLocation sl)
{
	struct ir_loc l = { 0 };
	CXFile f;
	unsigned line, col, off;
	expansion_loc(cu, sl, &f, &line, &col, &off);
	if (!f)
		return l;
	l.file = file_info(cu, f)->name;
	l.line = line;
	l.col = col;
	l.offset = off;
	l.macro = macro_at(cu, f, off);
	return l;
}

static struct ir_loc cursor_loc(struct cxu *cu, CXCursor c)
{
	return make_loc(cu, clang_getCursorLocation(c));
}

/* The expansion-level byte range of a cursor: [*b, *e) in file *f. An extent that ends
 * inside a macro invocation is widened to the end of that invocation. */
static bool cursor_range(struct cxu *cu, CXCursor c, CXFile *f, unsigned *b, unsigned *e)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f2;
	unsigned line, col;
	expansion_loc(cu, clang_getRangeStart(r), f, &line, &col, b);
	expansion_loc(cu, clang_getRangeEnd(r), &f2, &line, &col, e);
	if (!*f || !f2 || !clang_File_isEqual(*f, f2))
		return false;
	const struct macro_exp *m = macro_starting_at(cu, *f, *e);
	if (m && m->end > *e)
		*e = m->end;
	else if (*e <= *b)
		return false;
	return true;
}

static const char *file_text(struct cxu *cu, CXFile f, size_t *size)
{
	return clang_getFileContents(cu->tu, f, size);
}

static bool is_identifier(const char *s)
{
	if (!isalpha((unsigned char)*s) && *s != '_')
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

/* Narrows [*b, *e), the range of a whole macro invocation, to the part of it a macro
 * argument was written in (`g()` in `CALLH(g())`): the file locations of an argument's
 * tokens are where the user wrote them. */
static void macro_arg_range(struct cxu *cu, CXCursor c, CXFile f, unsigned *b, unsigned *e)
{
	const struct macro_exp *m = macro_covering(cu, f, *b);
	if (!m)
		return;
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile fb, fe;
	unsigned line, col, ob, oe;
	clang_getFileLocation(clang_getRangeStart(r), &fb, &line, &col, &ob);
	clang_getFileLocation(clang_getRangeEnd(r), &fe, &line, &col, &oe);
	if (fb != f || fe != f || ob < m->begin || oe > m->end || oe <= ob || (ob == m->begin && oe >= m->end))
		return;
	*b = ob;
	*e = oe;
}

/* The source text of a cursor, whitespace folded, shortened past 160 bytes. */
static const char *cursor_text(struct cxu *cu, CXCursor c)
{
	CXFile f;
	unsigned b, e;
	size_t size;
	if (!cursor_range(cu, c, &f, &b, &e))
		return NULL;
	macro_arg_range(cu, c, f, &b, &e);
	const char *buf = file_text(cu, f, &size);
	if (!buf || e > size)
		return NULL;
	char out[160 + 1 + 3 + 1];
	size_t len = 0;
	bool space = false;
	for (unsigned i = b; i < e && len < 160; i++) {
		char ch = buf[i];
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
			space = len > 0;
			continue;
		}
		if (space)
			out[len++] = ' ';
		space = false;
		out[len++] = ch;
	}
	if (e - b > 160 && len >= 160) {
		memcpy(out + len, "...", 3);
		len += 3;
	}
	return len ? arena_strndup(cu->a, out, len) : NULL;
}

/* ---- cursor helpers ------------------------------------------------------------- */

struct kids {
	CXCursor *v;
	int n, cap;
	bool borrowed; /* points into the body's tree (below): not freed */
};

/* The tree of a function body, read from libclang once. The lowering asks for the
 * children of most nodes several times (strip, casts, paths, conditions), and each
 * clang_visitChildren call costs about a thousand instructions of set-up: one
 * recursive visit of the body replaces them (measured with callgrind on libclang 19:
 * 17,550 calls and 16M instructions for a 1,350-line unit became 26 calls). Two things
 * differ from visiting each node on its own, both checked against that in every test:
 * a visit that starts at a statement hands its children cursors whose data[0] (the
 * enclosing declaration) is NULL, and a recursive visit leaves the last declaration it
 * entered there for later siblings. Only clang_getCursorSemanticParent and
 * clang_getCursorLexicalParent of a statement read it, and dpccheck asks them of
 * declarations only. A node's children are
 * kept contiguous in kid[]; nodes are found by the cursor's bits through an open
 * hash. A cursor the tree does not hold (from outside the body, or made by
 * clang_getCursorReferenced) is visited directly, as before. */
struct tnode {
	CXCursor c;
	int parent;
	int first, n; /* its children: kid[first .. first + n) */
};

struct tree {
	struct tnode *node;
	int nnode, capnode;
	int *stack;
	int nstack, capstack;
	CXCursor *kid;
	struct memo index; /* node index + 1, by the cursor's bits (cursor_key) */
	bool broken; /* the visit did not nest as expected: use direct visits */
};

/* The tree of the body being lowered on this thread (workers lower units in
 * parallel; each has its own). */
static _Thread_local struct tree *cur_tree;

/* A cursor's bits as a memo key: data[2], the translation unit, is the same for all the
 * cursors of one unit. */
#define CURSOR_KEY(c) ((uintptr_t)(c)->kind << 32 | (uint32_t)(c)->xdata), (uintptr_t)(c)->data[0], (uintptr_t)(c)->data[1]

/* Whether the parent libclang hands the visitor is node a. Not bit for bit: a visit
 * that starts at a statement makes its parent cursors without the enclosing
 * declaration (data[0] NULL), where the body's own cursor has it. */
static bool is_parent(const CXCursor *a, const CXCursor *p)
{
	return a->kind == p->kind && a->data[1] == p->data[1] && a->data[2] == p->data[2] &&
	       (a->data[0] == p->data[0] || !a->data[0] || !p->data[0]);
}

static enum CXChildVisitResult tree_visit(CXCursor c, CXCursor parent, CXClientData d)
{
	struct tree *t = d;
	while (t->nstack && !is_parent(&t->node[t->stack[t->nstack - 1]].c, &parent))
		t->nstack--;
	if (!t->nstack) {
		t->broken = true;
		return CXChildVisit_Break;
	}
	VEC_PUSH(t->node, t->nnode, t->capnode);
	struct tnode *n = &t->node[t->nnode];
	n->c = c;
	n->parent = t->stack[t->nstack - 1];
	n->first = n->n = 0;
	VEC_PUSH(t->stack, t->nstack, t->capstack);
	t->stack[t->nstack++] = t->nnode++;
	return CXChildVisit_Recurse;
}

static void tree_build(struct tree *t, CXCursor root)
{
	memset(t, 0, sizeof(*t));
	VEC_PUSH(t->node, t->nnode, t->capnode);
	t->node[0] = (struct tnode){ root, -1, 0, 0 };
	t->nnode = 1;
	VEC_PUSH(t->stack, t->nstack, t->capstack);
	t->stack[t->nstack++] = 0;
	clang_visitChildren(root, tree_visit, t);
	if (t->broken)
		return;
	/* children contiguous, in visit order: count, prefix sums, fill */
	for (int i = 1; i < t->nnode; i++)
		t->node[t->node[i].parent].n++;
	int at = 0;
	for (int i = 0; i < t->nnode; i++) {
		t->node[i].first = at;
		at += t->node[i].n;
		t->node[i].n = 0;
	}
	t->kid = xcalloc((size_t)at + 1, sizeof(*t->kid));
	for (int i = 1; i < t->nnode; i++) {
		struct tnode *p = &t->node[t->node[i].parent];
		t->kid[p->first + p->n++] = t->node[i].c;
	}
	t->index.cap = 16; /* sized once: memo_slot would grow it step by step */
	while (t->index.cap < 2 * (t->nnode + 1))
		t->index.cap *= 2;
	t->index.e = xcalloc((size_t)t->index.cap, sizeof(*t->index.e));
	for (int i = 0; i < t->nnode; i++) {
		void **v = memo_slot(&t->index, CURSOR_KEY(&t->node[i].c));
		if (!*v) /* the same node twice: keep the first */
			*v = (void *)(intptr_t)(i + 1);
	}
}

static void tree_free(struct tree *t)
{
	free(t->node);
	free(t->stack);
	free(t->kid);
	free(t->index.e);
	memset(t, 0, sizeof(*t));
}

static const struct tnode *tree_find(const struct tree *t, const CXCursor *c)
{
	if (!t || t->broken)
		return NULL;
	intptr_t i = (intptr_t)memo_get(&t->index, CURSOR_KEY(c));
	return i ? &t->node[i - 1] : NULL;
}

static enum CXChildVisitResult collect(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	struct kids *k = d;
	VEC_PUSH(k->v, k->n, k->cap);
	k->v[k->n++] = c;
	return CXChildVisit_Continue;
}

static struct kids children(CXCursor c)
{
	struct kids k = { 0 };
	const struct tnode *n = tree_find(cur_tree, &c);
	if (n) {
		k.v = cur_tree->kid + n->first;
		k.n = k.cap = n->n;
		k.borrowed = true;
		return k;
	}
	clang_visitChildren(c, collect, &k);
	return k;
}

static void kids_free(struct kids *k)
{
	if (!k->borrowed)
		free(k->v);
}

static bool is_expr(CXCursor c)
{
	return clang_isExpression(clang_getCursorKind(c));
}

/* Strips parentheses and implicit conversions (UnexposedExpr with one expression child). */
struct first_kid {
	CXCursor first;
	int n;
};

static enum CXChildVisitResult count_kids(CXCursor c, CXCursor parent, CXClientData d)
{
	(void)parent;
	struct first_kid *fk = d;
	if (fk->n++ == 0)
		fk->first = c;
	return fk->n > 1 ? CXChildVisit_Break : CXChildVisit_Continue;
}

static CXCursor strip(CXCursor c)
{
	for (;;) {
		enum CXCursorKind k = clang_getCursorKind(c);
		if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr)
			return c;
		const struct tnode *n = tree_find(cur_tree, &c);
		struct first_kid fk = { clang_getNullCursor(), 0 };
		if (n) {
			fk.n = n->n;
			if (n->n)
				fk.first = cur_tree->kid[n->first];
		} else {
			clang_visitChildren(c, count_kids, &fk);
		}
		if (fk.n != 1 || !is_expr(fk.first))
			return c;
		c = fk.first;
	}
}

/* The operand of an explicit cast (its last child; the first is the TypeRef). */
static CXCursor cast_operand(CXCursor c)
{
	struct kids ks = children(c);
	CXCursor r = ks.n ? ks.v[ks.n - 1] : clang_getNullCursor();
	kids_free(&ks);
	return r;
}

static bool is_cast(CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	return k == CXCursor_CStyleCastExpr || k == CXCursor_CXXStaticCastExpr ||
	       k == CXCursor_CXXReinterpretCastExpr || k == CXCursor_CXXConstCastExpr ||
	       k == CXCursor_CXXFunctionalCastExpr;
}

static CXType unwrap_type(CXType t)
{
	while (t.kind == CXType_Elaborated)
		t = clang_Type_getNamedType(t);
	return t;
}

static const char *type_str(struct cxu *cu, CXType t)
{
	void **v = memo_slot(&cu->types, (uintptr_t)t.kind, (uintptr_t)t.data[0], (uintptr_t)t.data[1]);
	if (!*v) {
		const char *sp = copy_str(cu, clang_getTypeSpelling(t));
		*v = (void *)(sp ? sp : "");
	}
	return **(const char **)v ? *v : NULL;
}

static const char *ctype_str(struct cxu *cu, CXType t)
{
	return type_str(cu, clang_getCanonicalType(t));
}

static bool eval_int(CXCursor c, long long *v)
{
	CXEvalResult r = clang_Cursor_Evaluate(c);
	if (!r)
		return false;
	bool ok = clang_EvalResult_getKind(r) == CXEval_Int;
	if (ok)
		*v = clang_EvalResult_getAsLongLong(r);
	clang_EvalResult_dispose(r);
	return ok;
}

/* ---- function-body lowering ----------------------------------------------------- */

struct bblock {
	struct ir_event *ev;
	int nev, capev;
	int *succ;
	int nsucc, capsucc;
	struct ir_cond *cond;
	struct ir_loc loc;
};

struct label {
	const char *name;
	int block;
};

struct jump {
	int from;
	const char *label;
};

struct switch_ctx {
	long long *values;
	bool *is_default;
	int *targets;
	int n, cap;
};

struct fb {
	struct cxu *cu;
	CXCursor fn;
	CXCursor *params;
	int nparams;
	struct bblock *b;
	int nb, capb;
	int cur; /* the block being filled */
	int break_to, continue_to, leave_to;
	/* the __finally bodies of the __try statements being lowered, innermost last: a
	 * return, break or continue that leaves them runs them first */
	CXCursor *fin;
	int nfin, capfin;
	int break_fin, continue_fin; /* nfin where the break / continue target lies */
	struct switch_ctx *sw;
	struct label *labels;
	int nlabels, caplabels;
	struct jump *gotos;
	int ngotos, capgotos;
};

static int new_block(struct fb *fb, struct ir_loc loc)
{
	VEC_PUSH(fb->b, fb->nb, fb->capb);
	memset(&fb->b[fb->nb], 0, sizeof(fb->b[0]));
	fb->b[fb->nb].loc = loc;
	return fb->nb++;
}

static void add_edge(struct fb *fb, int from, int to)
{
	struct bblock *bb = &fb->b[from];
	VEC_PUSH(bb->succ, bb->nsucc, bb->capsucc);
	bb->succ[bb->nsucc++] = to;
}

static struct ir_event *add_event(struct fb *fb, enum ir_event_kind kind, struct ir_loc loc)
{
	struct bblock *bb = &fb->b[fb->cur];
	VEC_PUSH(bb->ev, bb->nev, bb->capev);
	struct ir_event *e = &bb->ev[bb->nev++];
	memset(e, 0, sizeof(*e));
	e->kind = kind;
	e->loc = loc;
	return e;
}

/* Ends the current block with an edge to `to` and continues in a new, unreachable block
 * (code after a jump has no predecessor unless a label gives it one). */
static void jump_to(struct fb *fb, int to, struct ir_loc loc)
{
	add_edge(fb, fb->cur, to);
	fb->cur = new_block(fb, loc);
}

/* Continues in block `to`, falling through from the current block. */
static void fall_into(struct fb *fb, int to)
{
	add_edge(fb, fb->cur, to);
	fb->cur = to;
}

static int param_index(struct fb *fb, CXCursor decl)
{
	for (int i = 0; i < fb->nparams; i++)
		if (clang_equalCursors(fb->params[i], decl))
			return i;
	return -1;
}

static struct ir_path *make_path(struct fb *fb, CXCursor c);
static struct ir_path *build_path(struct fb *fb, CXCursor c);

static struct ir_path *path_add_step(struct fb *fb, struct ir_path *base, struct ir_step st,
				     CXCursor c)
{
	struct cxu *cu = fb->cu;
	struct ir_path *p = ARENA_NEW(cu->a, struct ir_path);
	*p = *base;
	p->steps = ARENA_ARRAY(cu->a, struct ir_step, base->nsteps + 1);
	if (base->nsteps)
		memcpy(p->steps, base->steps, sizeof(struct ir_step) * (size_t)base->nsteps);
	p->steps[p->nsteps++] = st;
	(void)c; /* the type is set once, for the whole path, by make_path */
	return p;
}

/* The root of a path through variable d, without steps; fb: the function being
 * lowered (a parameter's index). */
static struct ir_path *root_of_decl(struct fb *fb, CXCursor d, enum CXCursorKind k)
{
	struct cxu *cu = fb->cu;
	struct ir_path *p = ARENA_NEW(cu->a, struct ir_path);
	p->name = copy_str(cu, clang_getCursorSpelling(d));
	p->decl = cursor_loc(cu, d);
	int pi = k == CXCursor_ParmDecl ? param_index(fb, d) : -1;
	if (pi >= 0) {
		p->root = IR_ROOT_PARAM;
		p->param = pi;
		return p;
	}
	enum CXCursorKind pk = clang_getCursorKind(clang_getCursorSemanticParent(d));
	bool in_fn = pk == CXCursor_FunctionDecl || pk == CXCursor_CXXMethod ||
		     pk == CXCursor_Constructor || pk == CXCursor_Destructor || k == CXCursor_ParmDecl;
	enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
	p->root = in_fn ? IR_ROOT_LOCAL : IR_ROOT_GLOBAL;
	p->is_auto = in_fn && sc != CX_SC_Static && sc != CX_SC_Extern;
	/* variables with static storage are linked by USR (across units for globals);
	 * automatic ones by name within their function */
	if (!p->is_auto)
		p->usr = copy_str(cu, clang_getCursorUSR(d));
	return p;
}

static struct ir_path *path_of_decl(struct fb *fb, CXCursor ref, CXCursor expr)
{
	(void)expr;
	CXCursor d = clang_getCursorReferenced(ref);
	enum CXCursorKind k = clang_getCursorKind(d);
	if (k != CXCursor_ParmDecl && k != CXCursor_VarDecl)
		return NULL;
	/* by declaration: a parameter belongs to one function, so its index is the same
	 * whenever it is referred to */
	void **v = memo_slot(&fb->cu->decls, (uintptr_t)k, (uintptr_t)d.data[0], (uintptr_t)d.data[2]);
	if (!*v)
		*v = root_of_decl(fb, d, k);
	struct ir_path *p = ARENA_NEW(fb->cu->a, struct ir_path);
	*p = *(struct ir_path *)*v; /* a copy: make_path sets the type on it */
	return p;
}

/* The access path an lvalue expression names, or NULL when it names none
 * (a call result, arithmetic, ...). Explicit casts are looked through: the object is
 * the same memory. */
static struct ir_path *build_path(struct fb *fb, CXCursor c)
{
	struct cxu *cu = fb->cu;
	c = strip(c);
	if (is_cast(c))
		return build_path(fb, cast_operand(c));
	enum CXCursorKind k = clang_getCursorKind(c);
	struct ir_path *r = NULL;
	struct kids ks = children(c);
	if (k == CXCursor_DeclRefExpr) {
		r = path_of_decl(fb, c, c);
	} else if (k == CXCursor_MemberRefExpr && ks.n >= 1) {
		CXCursor base = strip(ks.v[0]);
		struct ir_path *bp = build_path(fb, base);
		if (bp) {
			CXCursor field = clang_getCursorReferenced(c);
			CXType bt = unwrap_type(clang_getCanonicalType(clang_getCursorType(base)));
			struct ir_step st = { 0 };
			st.kind = bt.kind == CXType_Pointer ? IR_STEP_ARROW : IR_STEP_DOT;
			st.field = copy_str(cu, clang_getCursorSpelling(c));
			st.record = copy_str(cu, clang_getCursorSpelling(clang_getCursorSemanticParent(field)));
			st.decl = cursor_loc(cu, field);
			r = path_add_step(fb, bp, st, c);
		}
	} else if (k == CXCursor_ArraySubscriptExpr && ks.n == 2) {
		struct ir_path *bp = build_path(fb, ks.v[0]);
		if (bp) {
			struct ir_step st = { 0 };
			st.kind = IR_STEP_INDEX;
			st.index_known = eval_int(ks.v[1], &st.index);
			r = path_add_step(fb, bp, st, c);
		}
	} else if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		   clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref &&
		   clang_getCursorKind(strip(ks.v[0])) == CXCursor_UnaryOperator &&
		   clang_getCursorUnaryOperatorKind(strip(ks.v[0])) == CXUnaryOperator_AddrOf) {
		/* `*&x` (what `KeAcquireSpinLock(l, &old)` expands to) is x */
		struct kids in = children(strip(ks.v[0]));
		if (in.n == 1)
			r = build_path(fb, in.v[0]);
		kids_free(&in);
	} else if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		   clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref) {
		struct ir_path *bp = build_path(fb, ks.v[0]);
		if (bp) {
			struct ir_step st = { 0 };
			st.kind = IR_STEP_DEREF;
			r = path_add_step(fb, bp, st, c);
		}
	}
	kids_free(&ks);
	return r;
}

static struct ir_path *make_path(struct fb *fb, CXCursor c)
{
	struct ir_path *p = build_path(fb, c);
	if (p) {
		CXType t = clang_getCursorType(strip(c));
		p->type = type_str(fb->cu, t);
		p->ctype = ctype_str(fb->cu, t);
	}
	return p;
}

static bool is_deref(CXCursor c)
{
	return clang_getCursorKind(c) == CXCursor_UnaryOperator &&
	       clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref;
}

static struct ir_arg *describe_arg(struct fb *fb, CXCursor c)
{
	struct cxu *cu = fb->cu;
	struct ir_arg *a = ARENA_NEW(cu->a, struct ir_arg);
	a->text = cursor_text(cu, c);
	a->loc = cursor_loc(cu, c);
	CXType ct = clang_getCursorType(c);
	CXType outer = unwrap_type(clang_getCanonicalType(ct));
	CXCursor s = strip(c);
	bool cast_to_pointer = false;
	while (is_cast(s)) {
		if (!a->cast_type) {
			a->cast_type = type_str(cu, clang_getCursorType(s));
			cast_to_pointer = unwrap_type(clang_getCanonicalType(clang_getCursorType(s))).kind == CXType_Pointer;
		}
		s = strip(cast_operand(s));
	}
	enum CXCursorKind k = clang_getCursorKind(s);
	long long v;
	if (k == CXCursor_StringLiteral) {
		a->kind = IR_ARG_STRING;
		a->name = copy_str(cu, clang_getCursorSpelling(s));
		return a;
	}
	if (k == CXCursor_DeclRefExpr) {
		CXCursor d = clang_getCursorReferenced(s);
		enum CXCursorKind dk = clang_getCursorKind(d);
		if (dk == CXCursor_FunctionDecl || dk == CXCursor_CXXMethod) {
			a->kind = IR_ARG_FUNC;
			a->name = copy_str(cu, clang_getCursorSpelling(d));
			a->usr = copy_str(cu, clang_getCursorUSR(d));
			return a;
		}
		if (dk == CXCursor_EnumConstantDecl) {
			a->kind = IR_ARG_INT;
			a->value = clang_getEnumConstantDeclValue(d);
			a->name = copy_str(cu, clang_getCursorSpelling(d));
			return a;
		}
	}
	if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_AddrOf) {
		struct kids ks = children(s);
		CXCursor op = ks.n ? strip(ks.v[0]) : clang_getNullCursor();
		kids_free(&ks);
		if (clang_getCursorKind(op) == CXCursor_DeclRefExpr) {
			CXCursor d = clang_getCursorReferenced(op);
			if (clang_getCursorKind(d) == CXCursor_FunctionDecl) {
				a->kind = IR_ARG_FUNC;
				a->name = copy_str(cu, clang_getCursorSpelling(d));
				a->usr = copy_str(cu, clang_getCursorUSR(d));
				return a;
			}
		}
		if ((a->path = make_path(fb, op))) {
			a->kind = IR_ARG_ADDR;
			a->type = type_str(cu, ct);
			return a;
		}
	}
	/* an lvalue is a path; evaluating it as a constant is the slow question */
	bool lvalue = k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr || is_deref(s) ||
		      (k == CXCursor_DeclRefExpr && clang_getCursorKind(clang_getCursorReferenced(s)) != CXCursor_EnumConstantDecl);
	if (lvalue && (a->path = make_path(fb, s))) {
		a->kind = IR_ARG_PATH;
		a->type = type_str(cu, ct);
		return a;
	}
	if (eval_int(s, &v)) {
		bool pointer = outer.kind == CXType_Pointer || cast_to_pointer || (a->text && !strcmp(a->text, "NULL"));
		a->kind = v == 0 && pointer ? IR_ARG_NULL : IR_ARG_INT;
		a->value = v;
		/* the name of a constant macro (`STOR_STATUS_SUCCESS`), not of a macro the
		 * whole call came from */
		if (a->text && is_identifier(a->text))
			a->name = a->text;
		/* NULL's own `((void *)0)` is no cast the user wrote */
		if (a->kind == IR_ARG_NULL && a->text && a->text[0] != '(')
			a->cast_type = NULL;
		return a;
	}
	if ((a->path = make_path(fb, s))) {
		a->kind = IR_ARG_PATH;
		a->type = type_str(cu, ct);
		return a;
	}
	a->kind = IR_ARG_OTHER;
	a->type = type_str(cu, ct);
	return a;
}

/* A reference to a call event, so that its result use can be set after the fact. */
struct evref {
	int block, event;
};

static const struct evref NO_EVENT = { -1, -1 };

static struct evref lower_expr(struct fb *fb, CXCursor c);
static void lower_stmt(struct fb *fb, CXCursor c);
static void lower_discarded(struct fb *fb, CXCursor c);
static void lower_lvalue_parts(struct fb *fb, CXCursor c);
static void branch_on(struct fb *fb, CXCursor c, int t, int f);

static void set_result(struct fb *fb, struct evref r, enum ir_result_use use, struct ir_path *p)
{
	if (r.block < 0)
		return;
	struct ir_event *e = &fb->b[r.block].ev[r.event];
	e->u.call.result = use;
	e->u.call.result_path = p;
}

/* Describes a call argument and lowers what evaluating it does, describing each
 * expression once: a path argument is read (after the pointers and indices it goes
 * through), an address only evaluates its parts, a constant or function does nothing,
 * anything else is lowered as an expression whose value is used. */
static struct ir_arg *lower_arg(struct fb *fb, CXCursor arg)
{
	struct ir_arg *a = describe_arg(fb, arg);
	CXCursor s = strip(arg);
	while (is_cast(s))
		s = strip(cast_operand(s));
	switch (a->kind) {
	case IR_ARG_PATH:
		lower_lvalue_parts(fb, s);
		if (a->path->nsteps > 0 || a->path->root == IR_ROOT_GLOBAL ||
		    (a->path->root == IR_ROOT_LOCAL && !a->path->is_auto)) {
			struct ir_event *e = add_event(fb, IR_EV_READ, cursor_loc(fb->cu, s));
			e->u.read = a->path;
		}
		break;
	case IR_ARG_ADDR:
	case IR_ARG_OTHER: {
		struct evref r = lower_expr(fb, arg);
		set_result(fb, r, IR_RESULT_USED, NULL);
		break;
	}
	default:
		break;
	}
	return a;
}

static struct evref lower_call(struct fb *fb, CXCursor c)
{
	struct cxu *cu = fb->cu;
	struct kids ks = children(c);
	int nargs = clang_Cursor_getNumArguments(c);
	CXCursor callee = ks.n ? strip(ks.v[0]) : clang_getNullCursor();
	CXCursor ref = clang_getCursorReferenced(c);
	bool direct = clang_getCursorKind(callee) == CXCursor_DeclRefExpr &&
		      !clang_Cursor_isNull(ref) && clang_getCursorKind(ref) != CXCursor_VarDecl &&
		      clang_getCursorKind(ref) != CXCursor_ParmDecl && clang_getCursorKind(ref) != CXCursor_FieldDecl;
	if (!direct && ks.n)
		lower_expr(fb, ks.v[0]);
	if (nargs < 0)
		nargs = 0;
	struct ir_arg *args = ARENA_ARRAY(cu->a, struct ir_arg, nargs);
	for (int i = 0; i < nargs; i++)
		args[i] = *lower_arg(fb, clang_Cursor_getArgument(c, (unsigned)i));
	struct ir_event *e = add_event(fb, IR_EV_CALL, cursor_loc(cu, c));
	if (direct) {
		e->u.call.callee = copy_str(cu, clang_getCursorSpelling(ref));
		e->u.call.callee_usr = copy_str(cu, clang_getCursorUSR(ref));
	} else if (ks.n) {
		e->u.call.callee_text = cursor_text(cu, ks.v[0]);
	}
	e->u.call.nargs = nargs;
	e->u.call.args = args;
	e->u.call.result = IR_RESULT_USED;
	kids_free(&ks);
	return (struct evref){ fb->cur, fb->b[fb->cur].nev - 1 };
}

static bool is_pointer_expr(CXCursor c)
{
	return unwrap_type(clang_getCanonicalType(clang_getCursorType(c))).kind == CXType_Pointer;
}

/* Lowers what evaluating an lvalue reads before it names its object: the pointers it
 * goes through (`p` in `*p`, `ext->Next` in `ext->Next->Count`) and its indices, but
 * not the object itself. */
static void lower_lvalue_parts(struct fb *fb, CXCursor c)
{
	c = strip(c);
	if (is_cast(c)) {
		lower_lvalue_parts(fb, cast_operand(c));
		return;
	}
	enum CXCursorKind k = clang_getCursorKind(c);
	struct kids ks = children(c);
	if (k == CXCursor_MemberRefExpr && ks.n >= 1) {
		if (is_pointer_expr(strip(ks.v[0])))
			lower_expr(fb, ks.v[0]);
		else
			lower_lvalue_parts(fb, ks.v[0]);
	} else if (k == CXCursor_ArraySubscriptExpr && ks.n == 2) {
		if (is_pointer_expr(strip(ks.v[0])))
			lower_expr(fb, ks.v[0]);
		else
			lower_lvalue_parts(fb, ks.v[0]);
		lower_expr(fb, ks.v[1]);
	} else if (k == CXCursor_UnaryOperator && ks.n == 1 &&
		   clang_getCursorUnaryOperatorKind(c) == CXUnaryOperator_Deref) {
		lower_expr(fb, ks.v[0]);
	} else if (k != CXCursor_DeclRefExpr && k != CXCursor_MemberRefExpr) {
		/* (a member with no base child is a C++ member of the implicit `this`) */
		lower_expr(fb, c);
	}
	kids_free(&ks);
}

/* Records a read of an access path: one with steps, or a variable with static storage
 * (a global or a static local: state shared between calls). */
static void record_read(struct fb *fb, CXCursor c)
{
	enum CXTypeKind tk = unwrap_type(clang_getCanonicalType(clang_getCursorType(c))).kind;
	if (tk == CXType_FunctionProto || tk == CXType_FunctionNoProto)
		return; /* a function designator (`*fp` in `(*fp)(x)`) reads no memory */
	struct ir_path *p = make_path(fb, c);
	if (p && (p->nsteps > 0 || p->root == IR_ROOT_GLOBAL || (p->root == IR_ROOT_LOCAL && !p->is_auto))) {
		struct ir_event *e = add_event(fb, IR_EV_READ, cursor_loc(fb->cu, c));
		e->u.read = p;
	}
}


static void lower_assign(struct fb *fb, CXCursor c, CXCursor lhs, CXCursor rhs, bool compound)
{
	struct evref r = lower_expr(fb, rhs);
	lower_lvalue_parts(fb, lhs);
	struct ir_path *p = make_path(fb, lhs);
	set_result(fb, r, p ? IR_RESULT_ASSIGNED : IR_RESULT_USED, p);
	if (!p)
		return;
	struct ir_event *e = add_event(fb, IR_EV_ASSIGN, cursor_loc(fb->cu, c));
	e->u.assign.path = p;
	e->u.assign.compound = compound;
	e->u.assign.rhs = compound ? NULL : describe_arg(fb, rhs);
}

/* `a && b`, `a || b` and `c ? x : y` used as values: the short circuit splits blocks. */
static void lower_value_branch(struct fb *fb, CXCursor c, enum CXBinaryOperatorKind op,
			       struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	int join = new_block(fb, loc);
	if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
		int rhs = new_block(fb, cursor_loc(fb->cu, ks->v[1]));
		if (op == CXBinaryOperator_LAnd)
			branch_on(fb, ks->v[0], rhs, join);
		else
			branch_on(fb, ks->v[0], join, rhs);
		fb->cur = rhs;
		lower_expr(fb, ks->v[1]);
		fall_into(fb, join);
		return;
	}
	int t = new_block(fb, cursor_loc(fb->cu, ks->v[1]));
	int f = new_block(fb, cursor_loc(fb->cu, ks->v[2]));
	branch_on(fb, ks->v[0], t, f);
	fb->cur = t;
	lower_expr(fb, ks->v[1]);
	add_edge(fb, fb->cur, join);
	fb->cur = f;
	lower_expr(fb, ks->v[2]);
	fall_into(fb, join);
}

/* Lowers an expression whose value is thrown away (an expression statement, a
 * comma's left operand, a for increment): the calls it ends in are `ignored`, through
 * `?:` arms, comma operands and casts to void. */
static void lower_discarded(struct fb *fb, CXCursor c)
{
	CXCursor s = strip(c);
	if (is_cast(s)) {
		lower_discarded(fb, cast_operand(s));
		return;
	}
	enum CXCursorKind k = clang_getCursorKind(s);
	struct kids ks = children(s);
	if (k == CXCursor_BinaryOperator && ks.n == 2 &&
	    clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_Comma) {
		lower_discarded(fb, ks.v[0]);
		lower_discarded(fb, ks.v[1]);
	} else if (k == CXCursor_ConditionalOperator && ks.n == 3) {
		int join = new_block(fb, cursor_loc(fb->cu, s));
		int t = new_block(fb, cursor_loc(fb->cu, ks.v[1]));
		int f = new_block(fb, cursor_loc(fb->cu, ks.v[2]));
		branch_on(fb, ks.v[0], t, f);
		fb->cur = t;
		lower_discarded(fb, ks.v[1]);
		add_edge(fb, fb->cur, join);
		fb->cur = f;
		lower_discarded(fb, ks.v[2]);
		fall_into(fb, join);
	} else {
		struct evref r = lower_expr(fb, s);
		set_result(fb, r, IR_RESULT_IGNORED, NULL);
	}
	kids_free(&ks);
}

static bool is_compound_assign(enum CXBinaryOperatorKind op)
{
	return op >= CXBinaryOperator_MulAssign && op <= CXBinaryOperator_OrAssign;
}

static struct evref lower_expr(struct fb *fb, CXCursor c)
{
	c = strip(c);
	enum CXCursorKind k = clang_getCursorKind(c);
	struct evref r = NO_EVENT;
	if (k == CXCursor_CallExpr)
		return lower_call(fb, c);
	if (is_cast(c))
		return lower_expr(fb, cast_operand(c));
	if (k == CXCursor_MemberRefExpr || k == CXCursor_ArraySubscriptExpr ||
	    k == CXCursor_DeclRefExpr || is_deref(c)) {
		lower_lvalue_parts(fb, c);
		record_read(fb, c);
		return r;
	}
	struct kids ks = children(c);
	if (k == CXCursor_BinaryOperator || k == CXCursor_CompoundAssignOperator) {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
		if (ks.n == 2 && op == CXBinaryOperator_Assign)
			lower_assign(fb, c, ks.v[0], ks.v[1], false);
		else if (ks.n == 2 && is_compound_assign(op))
			lower_assign(fb, c, ks.v[0], ks.v[1], true);
		else if (ks.n == 2 && (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr))
			lower_value_branch(fb, c, op, &ks);
		else if (ks.n == 2 && op == CXBinaryOperator_Comma) {
			lower_discarded(fb, ks.v[0]);
			r = lower_expr(fb, ks.v[1]);
		}
		else
			for (int i = 0; i < ks.n; i++)
				lower_expr(fb, ks.v[i]);
	} else if (k == CXCursor_ConditionalOperator && ks.n == 3) {
		lower_value_branch(fb, c, CXBinaryOperator_Invalid, &ks);
	} else if (k == CXCursor_UnaryOperator && ks.n == 1) {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
		if (op >= CXUnaryOperator_PostInc && op <= CXUnaryOperator_PreDec) {
			lower_lvalue_parts(fb, ks.v[0]);
			struct ir_path *p = make_path(fb, ks.v[0]);
			if (p) {
				struct ir_event *e = add_event(fb, IR_EV_ASSIGN, cursor_loc(fb->cu, c));
				e->u.assign.path = p;
				e->u.assign.compound = true;
			}
		} else if (op == CXUnaryOperator_AddrOf) {
			lower_lvalue_parts(fb, ks.v[0]);
		} else {
			lower_expr(fb, ks.v[0]);
		}
	} else if (k == CXCursor_StmtExpr) {
		for (int i = 0; i < ks.n; i++)
			lower_stmt(fb, ks.v[i]);
	} else {
		for (int i = 0; i < ks.n; i++)
			if (is_expr(ks.v[i]))
				lower_expr(fb, ks.v[i]);
	}
	kids_free(&ks);
	return r;
}

static enum ir_cmp cmp_of(enum CXBinaryOperatorKind op, bool swapped)
{
	switch (op) {
	case CXBinaryOperator_EQ: return IR_CMP_EQ;
	case CXBinaryOperator_NE: return IR_CMP_NE;
	case CXBinaryOperator_LT: return swapped ? IR_CMP_GT : IR_CMP_LT;
	case CXBinaryOperator_LE: return swapped ? IR_CMP_GE : IR_CMP_LE;
	case CXBinaryOperator_GT: return swapped ? IR_CMP_LT : IR_CMP_GT;
	case CXBinaryOperator_GE: return swapped ? IR_CMP_LE : IR_CMP_GE;
	default: return IR_CMP_TRUE;
	}
}

static bool is_const_arg(const struct ir_arg *a)
{
	return a->kind == IR_ARG_INT || a->kind == IR_ARG_NULL;
}

/* The variable an assignment used as a value writes (`status` in
 * `if ((status = f()) != 0)`): the condition tests it. */
static struct ir_path *assigned_path(struct fb *fb, CXCursor c)
{
	c = strip(c);
	struct ir_path *p = NULL;
	if (clang_getCursorKind(c) == CXCursor_BinaryOperator &&
	    clang_getCursorBinaryOperatorKind(c) == CXBinaryOperator_Assign) {
		struct kids ks = children(c);
		if (ks.n == 2)
			p = make_path(fb, ks.v[0]);
		kids_free(&ks);
	}
	return p;
}

/* Evaluates condition `c` in the current block, describes it, and ends the block with
 * the edges to `t` (true) and `f` (false). A constant condition gets one edge only, so
 * `while (TRUE)` has no exit edge and `do { } while (0)` no back edge. */
static void branch_leaf(struct fb *fb, CXCursor c, int t, int f)
{
	struct cxu *cu = fb->cu;
	long long v;
	if (eval_int(c, &v)) {
		add_edge(fb, fb->cur, v ? t : f);
		return;
	}
	struct ir_cond *cond = ARENA_NEW(cu->a, struct ir_cond);
	cond->text = cursor_text(cu, strip(c));
	CXCursor s = strip(c);
	struct evref call = NO_EVENT;
	struct ir_path *path = NULL;
	enum CXCursorKind k = clang_getCursorKind(s);
	if (k == CXCursor_BinaryOperator && cmp_of(clang_getCursorBinaryOperatorKind(s), false) != IR_CMP_TRUE) {
		struct kids ks = children(s);
		struct evref l = lower_expr(fb, ks.v[0]);
		struct evref r = lower_expr(fb, ks.v[1]);
		struct ir_arg *la = describe_arg(fb, ks.v[0]), *ra = describe_arg(fb, ks.v[1]);
		bool swapped = is_const_arg(la) && !is_const_arg(ra);
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(s);
		if (swapped) {
			struct ir_arg *tmp = la;
			la = ra;
			ra = tmp;
			struct evref te = l;
			l = r;
			r = te;
		}
		if (is_const_arg(ra)) {
			cond->cmp = cmp_of(op, swapped);
			cond->rhs = ra;
			call = l;
			path = la->kind == IR_ARG_PATH ? la->path : assigned_path(fb, ks.v[swapped ? 1 : 0]);
			set_result(fb, r, IR_RESULT_USED, NULL);
		}
		kids_free(&ks);
	} else {
		struct evref e = lower_expr(fb, s);
		if (e.block >= 0)
			call = e;
		else if (!(path = make_path(fb, s)))
			path = assigned_path(fb, s);
	}
	struct bblock *bb = &fb->b[fb->cur];
	if (call.block == fb->cur && call.event == bb->nev - 1) {
		cond->kind = IR_COND_CALL;
		cond->event = call.event;
		set_result(fb, call, IR_RESULT_TESTED, NULL);
	} else if (path) {
		cond->kind = IR_COND_PATH;
		cond->path = path;
	} else {
		cond->kind = IR_COND_OTHER;
		cond->cmp = IR_CMP_TRUE;
		cond->rhs = NULL;
	}
	bb->cond = cond;
	add_edge(fb, fb->cur, t);
	add_edge(fb, fb->cur, f);
}

static void branch_on(struct fb *fb, CXCursor c, int t, int f)
{
	CXCursor s = strip(c);
	enum CXCursorKind k = clang_getCursorKind(s);
	struct kids ks = children(s);
	if (k == CXCursor_UnaryOperator && ks.n == 1 &&
	    clang_getCursorUnaryOperatorKind(s) == CXUnaryOperator_LNot) {
		branch_on(fb, ks.v[0], f, t);
	} else if (k == CXCursor_BinaryOperator && ks.n == 2 &&
		   clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_LAnd) {
		int mid = new_block(fb, cursor_loc(fb->cu, ks.v[1]));
		branch_on(fb, ks.v[0], mid, f);
		fb->cur = mid;
		branch_on(fb, ks.v[1], t, f);
	} else if (k == CXCursor_BinaryOperator && ks.n == 2 &&
		   clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_LOr) {
		int mid = new_block(fb, cursor_loc(fb->cu, ks.v[1]));
		branch_on(fb, ks.v[0], t, mid);
		fb->cur = mid;
		branch_on(fb, ks.v[1], t, f);
	} else if (k == CXCursor_BinaryOperator && ks.n == 2 &&
		   clang_getCursorBinaryOperatorKind(s) == CXBinaryOperator_Comma) {
		lower_discarded(fb, ks.v[0]);
		branch_on(fb, ks.v[1], t, f);
	} else {
		branch_leaf(fb, c, t, f);
	}
	kids_free(&ks);
	fb->cur = -1; /* the caller chooses where to continue */
}

/* Ends the current block with the branch, then continues nowhere until the caller
 * sets fb->cur. Used by every statement that branches. */
static void cond_then(struct fb *fb, CXCursor cond, int t, int f)
{
	branch_on(fb, cond, t, f);
}

static void lower_if(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	/* children: cond, then, [else] */
	int t = new_block(fb, cursor_loc(fb->cu, ks->v[1]));
	int join = new_block(fb, loc);
	int f = ks->n > 2 ? new_block(fb, cursor_loc(fb->cu, ks->v[2])) : join;
	cond_then(fb, ks->v[0], t, f);
	fb->cur = t;
	lower_stmt(fb, ks->v[1]);
	add_edge(fb, fb->cur, join);
	if (ks->n > 2) {
		fb->cur = f;
		lower_stmt(fb, ks->v[2]);
		add_edge(fb, fb->cur, join);
	}
	fb->cur = join;
}

static void lower_loop_body(struct fb *fb, CXCursor body, int brk, int cont)
{
	int ob = fb->break_to, oc = fb->continue_to, obf = fb->break_fin, ocf = fb->continue_fin;
	fb->break_to = brk;
	fb->continue_to = cont;
	fb->break_fin = fb->continue_fin = fb->nfin;
	lower_stmt(fb, body);
	fb->break_to = ob;
	fb->continue_to = oc;
	fb->break_fin = obf;
	fb->continue_fin = ocf;
}

/* Lowers the __finally bodies a jump leaves, innermost first, down to depth. */
static void run_finallys(struct fb *fb, int depth)
{
	int n = fb->nfin;
	for (int i = n - 1; i >= depth; i--) {
		fb->nfin = i; /* a jump inside the finally body runs only the outer ones */
		lower_stmt(fb, fb->fin[i]);
	}
	fb->nfin = n;
}

static void lower_while(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	int head = new_block(fb, loc);
	int body = new_block(fb, cursor_loc(fb->cu, ks->v[ks->n - 1]));
	int exit = new_block(fb, loc);
	fall_into(fb, head);
	cond_then(fb, ks->v[ks->n - 2], body, exit);
	fb->cur = body;
	lower_loop_body(fb, ks->v[ks->n - 1], exit, head);
	add_edge(fb, fb->cur, head);
	fb->cur = exit;
}

static void lower_do(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	int body = new_block(fb, cursor_loc(fb->cu, ks->v[0]));
	int test = new_block(fb, cursor_loc(fb->cu, ks->v[1]));
	int exit = new_block(fb, loc);
	fall_into(fb, body);
	lower_loop_body(fb, ks->v[0], exit, test);
	fall_into(fb, test);
	cond_then(fb, ks->v[1], body, exit);
	fb->cur = exit;
}

/* Which of a for header's three parts are present, from the header's text starting at
 * the `for` keyword: the text between `(` and the first `;` at depth 1, between the two
 * `;`, and between the second `;` and the matching `)`. String and character literals
 * and comments are skipped. Returns false when the text is not a for header. */
static bool header_parts(const char *t, size_t n, bool present[3])
{
	size_t i = 0;
	while (i < n && t[i] != '(')
		i++;
	int depth = 0, part = 0;
	present[0] = present[1] = present[2] = false;
	for (; i < n; i++) {
		char c = t[i];
		if (c == '"' || c == '\'') {
			for (i++; i < n && t[i] != c; i++)
				if (t[i] == '\\')
					i++;
			present[part] = true;
		} else if (c == '/' && i + 1 < n && t[i + 1] == '*') {
			for (i += 2; i + 1 < n && !(t[i] == '*' && t[i + 1] == '/'); i++)
				;
			i++;
		} else if (c == '/' && i + 1 < n && t[i + 1] == '/') {
			while (i < n && t[i] != '\n')
				i++;
		} else if (c == '(' || c == '[' || c == '{') {
			if (depth++ > 0)
				present[part] = true;
		} else if (c == ')' || c == ']' || c == '}') {
			if (--depth == 0)
				return part == 2;
			present[part] = true;
		} else if (c == ';' && depth == 1) {
			if (++part > 2)
				return false;
		} else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\\') {
			present[part] = true;
		}
	}
	return false;
}

/* The text a for statement's header is written in: the user's file, or, for a header
 * spelled by a macro (`#define FOR_EACH_QUEUE(q) for (q = 0; q < N; q++)`), the
 * macro's definition. */
static bool for_header_text(struct fb *fb, CXCursor c, const char **text, size_t *len)
{
	CXFile f;
	unsigned b, e;
	size_t size;
	if (!cursor_range(fb->cu, c, &f, &b, &e))
		return false;
	const struct macro_exp *m = macro_covering(fb->cu, f, b);
	if (m) {
		CXCursor def = clang_getCursorReferenced(m->cursor);
		if (clang_Cursor_isNull(def) || !cursor_range(fb->cu, def, &f, &b, &e))
			return false;
		const char *buf = file_text(fb->cu, f, &size);
		if (!buf || e > size)
			return false;
		/* find the `for` keyword in the definition */
		for (unsigned i = b; i + 3 <= e; i++)
			if (!strncmp(buf + i, "for", 3) && (i == b || !(isalnum((unsigned char)buf[i - 1]) || buf[i - 1] == '_')) &&
			    !(isalnum((unsigned char)buf[i + 3]) || buf[i + 3] == '_')) {
				*text = buf + i;
				*len = e - i;
				return true;
			}
		return false;
	}
	const char *buf = file_text(fb->cu, f, &size);
	if (!buf || e > size)
		return false;
	*text = buf + b;
	*len = e - b;
	return true;
}

/* Classifies a ForStmt's children: libclang leaves absent parts out, so which of init,
 * condition and increment the children are comes from the header's text; the parts
 * that are present come in order, the body last. */
static void for_parts(struct fb *fb, CXCursor c, struct kids *ks, CXCursor *init, CXCursor *cond,
		      CXCursor *inc)
{
	*init = *cond = *inc = clang_getNullCursor();
	int n = ks->n - 1; /* the last child is the body */
	const char *text;
	size_t len;
	bool present[3];
	CXCursor *slots[3] = { init, cond, inc };
	if (!for_header_text(fb, c, &text, &len) || !header_parts(text, len, present) ||
	    present[0] + present[1] + present[2] != n) {
		/* unknown: assume the parts present come in order from the init */
		present[0] = n >= 1;
		present[1] = n >= 2;
		present[2] = n >= 3;
	}
	int k = 0;
	for (int i = 0; i < 3 && k < n; i++)
		if (present[i])
			*slots[i] = ks->v[k++];
}

static void lower_for(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	CXCursor init, cond, inc;
	for_parts(fb, c, ks, &init, &cond, &inc);
	if (!clang_Cursor_isNull(init))
		lower_stmt(fb, init);
	int head = new_block(fb, loc);
	int body = new_block(fb, cursor_loc(fb->cu, ks->v[ks->n - 1]));
	int step = new_block(fb, loc);
	int exit = new_block(fb, loc);
	fall_into(fb, head);
	if (!clang_Cursor_isNull(cond))
		cond_then(fb, cond, body, exit);
	else
		add_edge(fb, head, body);
	fb->cur = body;
	lower_loop_body(fb, ks->v[ks->n - 1], exit, step);
	fall_into(fb, step);
	if (!clang_Cursor_isNull(inc))
		lower_discarded(fb, inc);
	add_edge(fb, fb->cur, head);
	fb->cur = exit;
}

static void lower_switch(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct cxu *cu = fb->cu;
	struct ir_loc loc = cursor_loc(cu, c);
	CXCursor cond = ks->v[ks->n - 2];
	struct evref r = lower_expr(fb, cond);
	int sblock = fb->cur;
	bool tested = r.block == sblock && r.event == fb->b[sblock].nev - 1;
	set_result(fb, r, tested ? IR_RESULT_TESTED : IR_RESULT_USED, NULL);
	int exit = new_block(fb, loc);
	struct switch_ctx sw = { 0 }, *osw = fb->sw;
	int ob = fb->break_to, obf = fb->break_fin;
	fb->sw = &sw;
	fb->break_to = exit;
	fb->break_fin = fb->nfin;
	fb->cur = new_block(fb, loc); /* code before the first label is unreachable */
	lower_stmt(fb, ks->v[ks->n - 1]);
	add_edge(fb, fb->cur, exit);
	fb->sw = osw;
	fb->break_to = ob;
	fb->break_fin = obf;
	struct ir_cond *ic = ARENA_NEW(cu->a, struct ir_cond);
	ic->kind = IR_COND_SWITCH;
	ic->event = tested ? r.event : -1;
	ic->text = cursor_text(cu, cond);
	struct ir_arg *d = describe_arg(fb, cond);
	ic->path = d->kind == IR_ARG_PATH ? d->path : NULL;
	ic->ncases = sw.n;
	ic->case_values = ARENA_ARRAY(cu->a, long long, sw.n + 1);
	ic->case_is_default = ARENA_ARRAY(cu->a, bool, sw.n + 1);
	bool has_default = false;
	for (int i = 0; i < sw.n; i++) {
		add_edge(fb, sblock, sw.targets[i]);
		ic->case_values[i] = sw.values[i];
		ic->case_is_default[i] = sw.is_default[i];
		has_default |= sw.is_default[i];
	}
	if (!has_default) {
		add_edge(fb, sblock, exit);
		ic->case_is_default[sw.n] = true;
		ic->ncases = sw.n + 1;
	}
	fb->b[sblock].cond = ic;
	free(sw.values);
	free(sw.is_default);
	free(sw.targets);
	fb->cur = exit;
}

static void lower_case(struct fb *fb, CXCursor c, struct kids *ks, bool is_default)
{
	int blk = new_block(fb, cursor_loc(fb->cu, c));
	fall_into(fb, blk);
	if (fb->sw) {
		struct switch_ctx *sw = fb->sw;
		int cap = sw->cap;
		VEC_PUSH(sw->values, sw->n, cap);
		cap = sw->cap;
		VEC_PUSH(sw->is_default, sw->n, cap);
		VEC_PUSH(sw->targets, sw->n, sw->cap);
		long long v = 0;
		if (!is_default)
			eval_int(ks->v[0], &v);
		sw->values[sw->n] = v;
		sw->is_default[sw->n] = is_default;
		sw->targets[sw->n] = blk;
		sw->n++;
	}
	if (ks->n)
		lower_stmt(fb, ks->v[ks->n - 1]);
}

static int label_block(struct fb *fb, const char *name, struct ir_loc loc)
{
	for (int i = 0; i < fb->nlabels; i++)
		if (!strcmp(fb->labels[i].name, name))
			return fb->labels[i].block;
	VEC_PUSH(fb->labels, fb->nlabels, fb->caplabels);
	fb->labels[fb->nlabels].name = name;
	fb->labels[fb->nlabels].block = new_block(fb, loc);
	return fb->labels[fb->nlabels++].block;
}

/* __try/__finally: the body, then the finally body; __leave jumps to the finally, and
 * a return, break or continue out of the body runs the finally body on its way
 * (run_finallys). __try/__except: an exception can leave the body at any point; the
 * block before the body and the body's last block get an extra edge to the handler
 * (two successors and no condition: either may be taken). */
static void lower_try(struct fb *fb, CXCursor c, struct kids *ks)
{
	struct ir_loc loc = cursor_loc(fb->cu, c);
	CXCursor handler = ks->v[ks->n - 1];
	bool finally = clang_getCursorKind(handler) == CXCursor_SEHFinallyStmt;
	struct kids hk = children(handler);
	int body = new_block(fb, cursor_loc(fb->cu, ks->v[0]));
	int hblock = new_block(fb, cursor_loc(fb->cu, handler));
	int after = new_block(fb, loc);
	int ol = fb->leave_to;
	add_edge(fb, fb->cur, body);
	if (!finally)
		add_edge(fb, fb->cur, hblock);
	fb->cur = body;
	fb->leave_to = finally ? hblock : after;
	if (finally && hk.n) {
		VEC_PUSH(fb->fin, fb->nfin, fb->capfin);
		fb->fin[fb->nfin++] = hk.v[hk.n - 1];
	}
	lower_stmt(fb, ks->v[0]);
	if (finally && hk.n)
		fb->nfin--;
	fb->leave_to = ol;
	if (finally) {
		fall_into(fb, hblock);
		if (hk.n)
			lower_stmt(fb, hk.v[hk.n - 1]);
		fall_into(fb, after);
	} else {
		add_edge(fb, fb->cur, after);
		add_edge(fb, fb->cur, hblock);
		fb->cur = hblock;
		if (hk.n >= 2)
			lower_expr(fb, hk.v[0]);
		if (hk.n)
			lower_stmt(fb, hk.v[hk.n - 1]);
		fall_into(fb, after);
	}
	kids_free(&hk);
}

static void lower_decl_stmt(struct fb *fb, struct kids *ks)
{
	struct cxu *cu = fb->cu;
	for (int i = 0; i < ks->n; i++) {
		CXCursor d = ks->v[i];
		if (clang_getCursorKind(d) != CXCursor_VarDecl)
			continue;
		struct ir_event *e = add_event(fb, IR_EV_LOCAL, cursor_loc(cu, d));
		enum CX_StorageClass sc = clang_Cursor_getStorageClass(d);
		CXType t = clang_getCursorType(d);
		e->u.local.name = copy_str(cu, clang_getCursorSpelling(d));
		e->u.local.usr = copy_str(cu, clang_getCursorUSR(d));
		e->u.local.type = type_str(cu, t);
		e->u.local.ctype = ctype_str(cu, t);
		e->u.local.is_static = sc == CX_SC_Static;
		e->u.local.is_auto = sc != CX_SC_Static && sc != CX_SC_Extern;
		struct kids dk = children(d);
		CXCursor init = clang_getNullCursor();
		for (int j = 0; j < dk.n; j++)
			if (is_expr(dk.v[j]))
				init = dk.v[j];
		if (!clang_Cursor_isNull(init) && e->u.local.is_auto) {
			/* lower_expr adds events and may move the block's event array: take
			   what the path needs from 'e' first. */
			struct ir_path *p = ARENA_NEW(cu->a, struct ir_path);
			p->root = IR_ROOT_LOCAL;
			p->name = e->u.local.name;
			p->is_auto = true;
			p->type = e->u.local.type;
			p->ctype = e->u.local.ctype;
			e = NULL;
			struct evref r = lower_expr(fb, init);
			set_result(fb, r, IR_RESULT_ASSIGNED, p);
			struct ir_event *a = add_event(fb, IR_EV_ASSIGN, cursor_loc(cu, d));
			a->u.assign.path = p;
			a->u.assign.rhs = describe_arg(fb, init);
		}
		kids_free(&dk);
	}
}

static void lower_stmt(struct fb *fb, CXCursor c)
{
	struct cxu *cu = fb->cu;
	enum CXCursorKind k = clang_getCursorKind(c);
	struct ir_loc loc = cursor_loc(cu, c);
	struct kids ks = children(c);
	switch (k) {
	case CXCursor_CompoundStmt:
		for (int i = 0; i < ks.n; i++)
			lower_stmt(fb, ks.v[i]);
		break;
	case CXCursor_DeclStmt:
		lower_decl_stmt(fb, &ks);
		break;
	case CXCursor_IfStmt:
		if (ks.n >= 2)
			lower_if(fb, c, &ks);
		break;
	case CXCursor_WhileStmt:
		if (ks.n >= 2)
			lower_while(fb, c, &ks);
		break;
	case CXCursor_DoStmt:
		if (ks.n == 2)
			lower_do(fb, c, &ks);
		break;
	case CXCursor_ForStmt:
		if (ks.n >= 1)
			lower_for(fb, c, &ks);
		break;
	case CXCursor_SwitchStmt:
		if (ks.n >= 2)
			lower_switch(fb, c, &ks);
		break;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		lower_case(fb, c, &ks, k == CXCursor_DefaultStmt);
		break;
	case CXCursor_BreakStmt:
		if (fb->break_to >= 0) {
			run_finallys(fb, fb->break_fin);
			jump_to(fb, fb->break_to, loc);
		}
		break;
	case CXCursor_ContinueStmt:
		if (fb->continue_to >= 0) {
			run_finallys(fb, fb->continue_fin);
			jump_to(fb, fb->continue_to, loc);
		}
		break;
	case CXCursor_SEHLeaveStmt:
		if (fb->leave_to >= 0)
			jump_to(fb, fb->leave_to, loc);
		break;
	case CXCursor_ReturnStmt:
		for (int i = 0; i < ks.n; i++) {
			struct evref r = lower_expr(fb, ks.v[i]);
			set_result(fb, r, IR_RESULT_USED, NULL);
		}
		run_finallys(fb, 0);
		add_event(fb, IR_EV_RETURN, loc);
		jump_to(fb, 1, loc);
		break;
	case CXCursor_GotoStmt:
		if (ks.n == 1) {
			VEC_PUSH(fb->gotos, fb->ngotos, fb->capgotos);
			fb->gotos[fb->ngotos].from = fb->cur;
			fb->gotos[fb->ngotos++].label = copy_str(cu, clang_getCursorSpelling(ks.v[0]));
		}
		fb->cur = new_block(fb, loc);
		break;
	case CXCursor_LabelStmt: {
		const char *name = copy_str(cu, clang_getCursorSpelling(c));
		fall_into(fb, label_block(fb, name ? name : "", loc));
		for (int i = 0; i < ks.n; i++)
			lower_stmt(fb, ks.v[i]);
		break;
	}
	case CXCursor_SEHTryStmt:
		if (ks.n == 2)
			lower_try(fb, c, &ks);
		break;
	case CXCursor_NullStmt:
	case CXCursor_AsmStmt:
	case CXCursor_MSAsmStmt:
		break;
	default:
		if (is_expr(c)) {
			lower_discarded(fb, c);
		} else {
			for (int i = 0; i < ks.n; i++)
				lower_stmt(fb, ks.v[i]);
		}
		break;
	}
	kids_free(&ks);
}

/* Gives the finished CFG to the function. Blocks no path from the entry reaches (the
 * empty ones a jump leaves behind, dead code) are dropped and the rest renumbered in
 * creation order; the exit block stays block 1. */
static void finish_cfg(struct fb *fb, struct ir_function *fn)
{
	struct cxu *cu = fb->cu;
	for (int i = 0; i < fb->ngotos; i++) {
		for (int j = 0; j < fb->nlabels; j++)
			if (!strcmp(fb->labels[j].name, fb->gotos[i].label))
				add_edge(fb, fb->gotos[i].from, fb->labels[j].block);
	}
	int *map = xmalloc(sizeof(int) * (size_t)fb->nb);
	int *stack = xmalloc(sizeof(int) * (size_t)fb->nb);
	for (int i = 0; i < fb->nb; i++)
		map[i] = -1;
	int sp = 0;
	map[0] = 0;
	stack[sp++] = 0;
	while (sp) {
		struct bblock *bb = &fb->b[stack[--sp]];
		for (int j = 0; j < bb->nsucc; j++)
			if (map[bb->succ[j]] < 0) {
				map[bb->succ[j]] = 0;
				stack[sp++] = bb->succ[j];
			}
	}
	map[1] = 0;
	int n = 0;
	for (int i = 0; i < fb->nb; i++)
		if (map[i] >= 0)
			map[i] = n++;
	fn->nblocks = n;
	fn->blocks = ARENA_ARRAY(cu->a, struct ir_block, n);
	for (int i = 0; i < fb->nb; i++) {
		struct bblock *bb = &fb->b[i];
		if (map[i] >= 0) {
			struct ir_block *ib = &fn->blocks[map[i]];
			ib->id = map[i];
			ib->nevents = bb->nev;
			ib->events = arena_memdup(cu->a, bb->ev, (size_t)bb->nev, sizeof(*bb->ev));
			ib->nsucc = bb->nsucc;
			ib->succ = ARENA_ARRAY(cu->a, int, bb->nsucc);
			for (int j = 0; j < bb->nsucc; j++)
				ib->succ[j] = map[bb->succ[j]];
			ib->cond = bb->nsucc > 1 ? bb->cond : NULL;
			ib->loc = bb->loc;
		}
		free(bb->ev);
		free(bb->succ);
	}
	free(map);
	free(stack);
	free(fb->b);
	free(fb->labels);
	free(fb->gotos);
	free(fb->fin);
}

static void lower_body(struct cxu *cu, struct ir_function *fn, CXCursor def, CXCursor body)
{
	struct fb fb = { 0 };
	fb.cu = cu;
	fb.fn = def;
	fb.break_to = fb.continue_to = fb.leave_to = -1;
	int n = clang_Cursor_getNumArguments(def);
	fb.nparams = n > 0 ? n : 0;
	fb.params = xcalloc((size_t)fb.nparams + 1, sizeof(CXCursor));
	for (int i = 0; i < fb.nparams; i++)
		fb.params[i] = clang_Cursor_getArgument(def, (unsigned)i);
	struct ir_loc bl = cursor_loc(cu, body);
	new_block(&fb, bl); /* 0: entry */
	new_block(&fb, bl); /* 1: exit */
	fb.cur = 0;
	struct tree t;
	tree_build(&t, body);
	cur_tree = &t;
	lower_stmt(&fb, body);
	cur_tree = NULL;
	tree_free(&t);
	add_edge(&fb, fb.cur, 1);
	finish_cfg(&fb, fn);
	free(fb.params);
}

/* ---- declarations ---------------------------------------------------------------- */

static void split_annot(struct cxu *cu, const char *s, struct ir_annot *an)
{
	const char *p = strchr(s, '(');
	if (!p) {
		an->name = arena_strdup(cu->a, s);
		return;
	}
	an->name = arena_strndup(cu->a, s, (size_t)(p - s));
	size_t n = strlen(p + 1);
	if (n && p[n] == ')')
		n--;
	an->args = arena_strndup(cu->a, p + 1, n);
}

/* The SAL annotations (annotate attributes made by sal.h) attached to a declaration.
 * own_text tells whether an annotation is written within [begin, end) of its file;
 * Clang also attaches the ones inherited from earlier declarations. */
static struct ir_annot *collect_annots(struct cxu *cu, struct kids *ks, CXFile f, unsigned b,
				       unsigned e, int *n)
{
	*n = 0;
	for (int i = 0; i < ks->n; i++)
		if (clang_getCursorKind(ks->v[i]) == CXCursor_AnnotateAttr)
			(*n)++;
	struct ir_annot *v = ARENA_ARRAY(cu->a, struct ir_annot, *n);
	int j = 0;
	for (int i = 0; i < ks->n; i++) {
		CXCursor c = ks->v[i];
		if (clang_getCursorKind(c) != CXCursor_AnnotateAttr)
			continue;
		struct ir_annot *an = &v[j++];
		const char *s = copy_str(cu, clang_getCursorSpelling(c));
		split_annot(cu, s ? s : "", an);
		an->loc = cursor_loc(cu, c);
		CXFile af;
		unsigned line, col, off;
		expansion_loc(cu, clang_getCursorLocation(c), &af, &line, &col, &off);
		an->own_text = af && f && clang_File_isEqual(af, f) && off >= b && off < e;
		an->inherited = !an->own_text;
	}
	return v;
}

static struct ir_typedef *lower_typedef(struct cxu *cu, CXCursor td)
{
	CXType ut = clang_getTypedefDeclUnderlyingType(td);
	CXType ft = clang_getCanonicalType(ut);
	if (ft.kind != CXType_FunctionProto && ft.kind != CXType_FunctionNoProto)
		return NULL;
	const char *name = copy_str(cu, clang_getCursorSpelling(td));
	if (!name)
		return NULL;
	for (int i = 0; i < cu->ntds; i++)
		if (!strcmp(cu->tds[i].name, name))
			return &cu->tds[i];
	VEC_PUSH(cu->tds, cu->ntds, cu->captds);
	struct ir_typedef *t = &cu->tds[cu->ntds++];
	memset(t, 0, sizeof(*t));
	t->name = name;
	t->loc = cursor_loc(cu, td);
	CXType rt = clang_getResultType(ft);
	CXType st = unwrap_type(ut);
	if (st.kind == CXType_Typedef)
		t->underlying = copy_str(cu, clang_getTypedefName(st));
	CXType sugared = st.kind == CXType_FunctionProto ? st : ft;
	t->ret = type_str(cu, clang_getResultType(sugared));
	t->cret = ctype_str(cu, rt);
	t->variadic = clang_isFunctionTypeVariadic(ft);
	int n = clang_getNumArgTypes(ft);
	t->nparams = n > 0 ? n : 0;
	t->params = ARENA_ARRAY(cu->a, struct ir_param, t->nparams);
	for (int i = 0; i < t->nparams; i++) {
		CXType pt = clang_getArgType(sugared, (unsigned)i);
		t->params[i].type = type_str(cu, pt.kind == CXType_Invalid ? clang_getArgType(ft, (unsigned)i) : pt);
		t->params[i].ctype = ctype_str(cu, clang_getArgType(ft, (unsigned)i));
	}
	CXFile f;
	unsigned b, e;
	struct kids ks = children(td);
	if (cursor_range(cu, td, &f, &b, &e))
		t->annots = collect_annots(cu, &ks, f, b, e, &t->nannots);
	kids_free(&ks);
	return t;
}

/* The function typedef a declaration was written with (`HW_DPC_ROUTINE X;`): the
 * declaration's first TypeRef child, before any parameter, when it names a typedef of a
 * function type. The declaration's own type is not enough: C type merging keeps the
 * type of the first declaration. */
static void find_role_typedef(struct cxu *cu, struct kids *ks, struct ir_decl *d)
{
	for (int i = 0; i < ks->n; i++) {
		enum CXCursorKind k = clang_getCursorKind(ks->v[i]);
		if (k == CXCursor_ParmDecl || k == CXCursor_CompoundStmt)
			return;
		if (k != CXCursor_TypeRef)
			continue;
		CXCursor td = clang_getCursorReferenced(ks->v[i]);
		if (clang_getCursorKind(td) != CXCursor_TypedefDecl)
			return;
		struct ir_typedef *t = lower_typedef(cu, td);
		if (!t)
			return;
		d->role_typedef = t->name;
		d->role_typedef_loc = t->loc;
		int n = 0;
		d->role_chain[n++] = t->name;
		CXCursor cur = td;
		while (n < 4) {
			CXType ut = unwrap_type(clang_getTypedefDeclUnderlyingType(cur));
			if (ut.kind != CXType_Typedef)
				break;
			cur = clang_getTypeDeclaration(ut);
			struct ir_typedef *tt = lower_typedef(cu, cur);
			if (!tt)
				break;
			d->role_chain[n++] = tt->name;
		}
		return;
	}
}

static struct ir_function *function_for(struct cxu *cu, CXCursor c)
{
	const char *usr = copy_str(cu, clang_getCursorUSR(c));
	if (!usr)
		return NULL;
	for (int i = 0; i < cu->nfns; i++)
		if (!strcmp(cu->fns[i].usr, usr))
			return &cu->fns[i];
	VEC_PUSH(cu->fns, cu->nfns, cu->capfns);
	struct ir_function *fn = &cu->fns[cu->nfns++];
	memset(fn, 0, sizeof(*fn));
	fn->usr = usr;
	fn->name = copy_str(cu, clang_getCursorSpelling(c));
	return fn;
}

static void set_signature(struct cxu *cu, struct ir_function *fn, CXCursor c)
{
	CXType t = clang_getCursorType(c);
	CXType ct = clang_getCanonicalType(t);
	fn->has_proto = ct.kind == CXType_FunctionProto;
	fn->variadic = fn->has_proto && clang_isFunctionTypeVariadic(ct);
	fn->ret = type_str(cu, clang_getCursorResultType(c));
	fn->cret = ctype_str(cu, clang_getCursorResultType(c));
	int n = clang_Cursor_getNumArguments(c);
	fn->nparams = n > 0 ? n : 0;
	fn->params = ARENA_ARRAY(cu->a, struct ir_param, fn->nparams);
	for (int i = 0; i < fn->nparams; i++) {
		CXCursor p = clang_Cursor_getArgument(c, (unsigned)i);
		CXType pt = clang_getCursorType(p);
		fn->params[i].name = copy_str(cu, clang_getCursorSpelling(p));
		fn->params[i].type = type_str(cu, pt);
		fn->params[i].ctype = ctype_str(cu, pt);
	}
}

static void lower_function(struct cxu *cu, CXCursor c)
{
	CXSourceLocation sl = clang_getCursorLocation(c);
	CXFile f;
	unsigned line, col, off;
	expansion_loc(cu, sl, &f, &line, &col, &off);
	if (is_system_file(cu, f) || clang_Location_isInSystemHeader(sl))
		return;
	struct ir_function *fn = function_for(cu, c);
	if (!fn)
		return;
	struct kids ks = children(c);
	struct ir_decl d = { 0 };
	d.loc = make_loc(cu, sl);
	d.is_definition = clang_isCursorDefinition(c);
	d.in_main_file = clang_Location_isFromMainFile(sl);
	CXFile rf = NULL;
	unsigned b = 0, e = 0;
	if (cursor_range(cu, c, &rf, &b, &e)) {
		d.begin = make_loc(cu, clang_getLocationForOffset(cu->tu, rf, b));
		d.annots = collect_annots(cu, &ks, rf, b, e, &d.nannots);
	} else {
		d.begin = d.loc;
	}
	find_role_typedef(cu, &ks, &d);
	fn->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static || fn->is_static;
	struct ir_decl *nd = ARENA_ARRAY(cu->a, struct ir_decl, fn->ndecls + 1);
	if (fn->ndecls)
		memcpy(nd, fn->decls, sizeof(*nd) * (size_t)fn->ndecls);
	nd[fn->ndecls++] = d;
	fn->decls = nd;
	if (d.is_definition || !fn->params)
		set_signature(cu, fn, c);
	if (d.is_definition) {
		CXCursor body = clang_getNullCursor();
		for (int i = 0; i < ks.n; i++)
			if (clang_getCursorKind(ks.v[i]) == CXCursor_CompoundStmt)
				body = ks.v[i];
		if (!clang_Cursor_isNull(body)) {
			CXFile bf;
			unsigned bb, be;
			if (cursor_range(cu, body, &bf, &bb, &be))
				nd[fn->ndecls - 1].use_decl_macro = macro_named_in(cu, rf, b, bb, "_Use_decl_annotations_");
			fn->defined = true;
			const struct macro_exp *pc = macro_in(cu, bf, bb, be, "PAGED_CODE");
			if (pc) {
				fn->paged = true;
				fn->paged_at = make_loc(cu, clang_getLocationForOffset(cu->tu, bf, pc->begin));
			}
			fn->body_end = make_loc(cu, clang_getRangeEnd(clang_getCursorExtent(body)));
			if (fn->body_end.col > 1)
				fn->body_end.col--; /* the closing brace, not the character after it */
			fn->def_begin_offset = b;
			fn->def_end_offset = e;
			fn->body_begin = cursor_loc(cu, body);
			lower_body(cu, fn, c, body);
		}
	}
	kids_free(&ks);
}

static bool is_function_kind(enum CXCursorKind k)
{
	return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	       k == CXCursor_Destructor;
}

static void lower_decls(struct cxu *cu, CXCursor parent);

static void lower_decls_in(struct cxu *cu, const struct kids *ks)
{
	for (int i = 0; i < ks->n; i++) {
		CXCursor c = ks->v[i];
		enum CXCursorKind k = clang_getCursorKind(c);
		if (is_function_kind(k))
			lower_function(cu, c);
		else if (k == CXCursor_TypedefDecl)
			lower_typedef(cu, c); /* function typedefs only: role types */
		else if (k == CXCursor_LinkageSpec || k == CXCursor_Namespace ||
			 k == CXCursor_StructDecl || k == CXCursor_ClassDecl)
			lower_decls(cu, c);
	}
}

static void lower_decls(struct cxu *cu, CXCursor parent)
{
	struct kids ks = children(parent);
	lower_decls_in(cu, &ks);
	kids_free(&ks);
}

static int macro_cmp(const void *x, const void *y)
{
	const struct macro_exp *a = x, *b = y;
	if (a->file != b->file)
		return (uintptr_t)a->file < (uintptr_t)b->file ? -1 : 1;
	return a->begin < b->begin ? -1 : a->begin > b->begin;
}

/* Collects the macro expansions in the user's files first: the TU lists them in source
 * order among the declarations, so the ones inside a body come after its function. */
static void collect_macros(struct cxu *cu, struct kids *ks)
{
	for (int i = 0; i < ks->n; i++) {
		CXCursor c = ks->v[i];
		if (clang_getCursorKind(c) != CXCursor_MacroExpansion)
			continue;
		CXFile f;
		unsigned b, e, line, col;
		/* most expansions are in the headers: their file first, from the name's
		 * location alone (where the extent starts), then the extent of the user's */
		clang_getSpellingLocation(clang_getCursorLocation(c), &f, &line, &col, &b);
		if (!f || is_system_file(cu, f))
			continue;
		CXSourceRange r = clang_getCursorExtent(c);
		clang_getSpellingLocation(clang_getRangeStart(r), &f, &line, &col, &b);
		clang_getSpellingLocation(clang_getRangeEnd(r), &f, &line, &col, &e);
		if (!f || is_system_file(cu, f))
			continue;
		VEC_PUSH(cu->macros, cu->nmacros, cu->capmacros);
		cu->macros[cu->nmacros].file = f;
		cu->macros[cu->nmacros].begin = b;
		cu->macros[cu->nmacros].end = e;
		cu->macros[cu->nmacros].cursor = c;
		cu->macros[cu->nmacros++].name = copy_str(cu, clang_getCursorSpelling(c));
	}
	if (cu->nmacros)
		qsort(cu->macros, (size_t)cu->nmacros, sizeof(*cu->macros), macro_cmp);
	/* keep the outermost expansions only: the record also lists the ones written in
	 * another macro's arguments (`STATUS_OK` in `CALLH(STATUS_OK)`), inside their
	 * invocation's range */
	int n = 0;
	for (int i = 0; i < cu->nmacros; i++) {
		struct macro_exp *m = &cu->macros[i];
		if (n && cu->macros[n - 1].file == m->file && m->begin < cu->macros[n - 1].end)
			continue;
		cu->macros[n++] = *m;
	}
	cu->nmacros = n;
}

/* `#pragma alloc_text(PAGE..., f, g)` and `#pragma code_seg("PAGE...")` ...
 * `#pragma code_seg()`: pragmas are no cursors, so the main file is tokenized (DESIGN.md
 * section 3); comments and the ranges the preprocessor skipped (#if 0) do not count.
 * Functions named, or defined under a pageable section, are marked. */
static void mark_paged(struct ir_function *fn, struct ir_loc at)
{
	if (!fn->paged) {
		fn->paged = true;
		fn->paged_at = at;
	}
}

static bool skipped(CXSourceRangeList *sk, unsigned off)
{
	for (unsigned i = 0; sk && i < sk->count; i++) {
		unsigned b, e;
		clang_getSpellingLocation(clang_getRangeStart(sk->ranges[i]), NULL, NULL, NULL, &b);
		clang_getSpellingLocation(clang_getRangeEnd(sk->ranges[i]), NULL, NULL, NULL, &e);
		if (off >= b && off < e)
			return true;
	}
	return false;
}

/* The section name a pragma's first argument gives: PAGE or "PAGE..." */
static bool paged_section(const char *tok)
{
	if (*tok == '"')
		tok++;
	return !strncmp(tok, "PAGE", 4);
}

static void scan_pragmas(struct cxu *cu)
{
	CXFile f = clang_getFile(cu->tu, cu->u->file);
	size_t size;
	const char *text = f ? file_text(cu, f, &size) : NULL;
	if (!text || !strstr(text, "pragma"))
		return;
	CXSourceRange all = clang_getRange(clang_getLocationForOffset(cu->tu, f, 0),
					   clang_getLocationForOffset(cu->tu, f, (unsigned)size));
	CXToken *toks;
	unsigned n;
	clang_tokenize(cu->tu, all, &toks, &n);
	CXSourceRangeList *sk = clang_getSkippedRanges(cu->tu, f);
	struct {
		unsigned line;
		bool paged;
		struct ir_loc at;
	} segs[64];
	int nsegs = 0;
	for (unsigned i = 0; i + 3 < n; i++) {
		if (clang_getTokenKind(toks[i]) != CXToken_Punctuation)
			continue;
		CXString hs = clang_getTokenSpelling(cu->tu, toks[i]), ps = clang_getTokenSpelling(cu->tu, toks[i + 1]);
		bool pragma = !strcmp(clang_getCString(hs), "#") && !strcmp(clang_getCString(ps), "pragma");
		clang_disposeString(hs);
		clang_disposeString(ps);
		if (!pragma)
			continue;
		CXSourceLocation l = clang_getTokenLocation(cu->tu, toks[i]);
		unsigned line, col, off;
		clang_getSpellingLocation(l, NULL, &line, &col, &off);
		if (skipped(sk, off))
			continue;
		struct ir_loc at = make_loc(cu, clang_getTokenLocation(cu->tu, toks[i + 2]));
		CXString ks = clang_getTokenSpelling(cu->tu, toks[i + 2]);
		char kind[32];
		snprintf(kind, sizeof(kind), "%s", clang_getCString(ks));
		clang_disposeString(ks);
		/* the tokens of this pragma: up to the end of its line */
		unsigned j = i + 3, last = i + 3;
		for (; last < n; last++) {
			unsigned l2;
			clang_getSpellingLocation(clang_getTokenLocation(cu->tu, toks[last]), NULL, &l2, NULL, NULL);
			if (l2 != line)
				break;
		}
		if (!strcmp(kind, "alloc_text") && j + 1 < last) {
			CXString sec = clang_getTokenSpelling(cu->tu, toks[j + 1]);
			bool paged = paged_section(clang_getCString(sec));
			clang_disposeString(sec);
			for (unsigned k = j + 2; paged && k < last; k++) {
				if (clang_getTokenKind(toks[k]) != CXToken_Identifier)
					continue;
				CXString nm = clang_getTokenSpelling(cu->tu, toks[k]);
				for (int q = 0; q < cu->nfns; q++)
					if (!strcmp(cu->fns[q].name, clang_getCString(nm)))
						mark_paged(&cu->fns[q], at);
				clang_disposeString(nm);
			}
		} else if (!strcmp(kind, "code_seg") && nsegs < (int)ARRAY_SIZE(segs)) {
			bool paged = false;
			for (unsigned k = j; k < last; k++)
				if (clang_getTokenKind(toks[k]) == CXToken_Literal) {
					CXString lit = clang_getTokenSpelling(cu->tu, toks[k]);
					paged = paged_section(clang_getCString(lit));
					clang_disposeString(lit);
					break;
				}
			segs[nsegs].line = line;
			segs[nsegs].paged = paged;
			segs[nsegs++].at = at;
		}
		i = last - 1;
	}
	if (sk)
		clang_disposeSourceRangeList(sk);
	clang_disposeTokens(cu->tu, toks, n);
	/* a function defined after the last code_seg that names a PAGE section */
	for (int k = 0; k < cu->nfns; k++) {
		struct ir_function *fn = &cu->fns[k];
		for (int d = 0; d < fn->ndecls; d++) {
			const struct ir_decl *dc = &fn->decls[d];
			if (!dc->is_definition || !dc->in_main_file)
				continue;
			int lastseg = -1;
			for (int g = 0; g < nsegs; g++)
				if (segs[g].line < dc->loc.line)
					lastseg = g;
			if (lastseg >= 0 && segs[lastseg].paged)
				mark_paged(fn, segs[lastseg].at);
		}
	}
}

static void collect_diags(struct cxu *cu)
{
	unsigned n = clang_getNumDiagnostics(cu->tu);
	struct ir_unit *u = cu->u;
	u->diags = ARENA_ARRAY(cu->a, struct ir_diag, n);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(cu->tu, i);
		enum CXDiagnosticSeverity s = clang_getDiagnosticSeverity(d);
		if (s >= CXDiagnostic_Warning) {
			struct ir_diag *id = &u->diags[u->ndiags++];
			id->loc = make_loc(cu, clang_getDiagnosticLocation(d));
			id->is_error = s >= CXDiagnostic_Error;
			id->text = copy_str(cu, clang_getDiagnosticSpelling(d));
			id->missing_include = id->text && strstr(id->text, "file not found");
			u->nerrors += id->is_error;
			u->nmissing_includes += id->missing_include;
		}
		clang_disposeDiagnostic(d);
	}
}

/* A function is partly understood when an error lies inside its definition. */
static void mark_partial(struct cxu *cu)
{
	struct ir_unit *u = cu->u;
	for (int i = 0; i < u->ndiags; i++) {
		struct ir_diag *d = &u->diags[i];
		if (!d->is_error || !d->loc.file)
			continue;
		for (int j = 0; j < cu->nfns; j++) {
			struct ir_function *fn = &cu->fns[j];
			if (!fn->defined)
				continue;
			for (int k = 0; k < fn->ndecls; k++)
				if (fn->decls[k].is_definition && fn->decls[k].loc.file == d->loc.file &&
				    d->loc.offset >= fn->def_begin_offset && d->loc.offset < fn->def_end_offset)
					fn->partial = true;
		}
	}
}

struct inputs {
	struct cxu *cu;
	struct ir_input *v;
	int n, cap;
};

static void add_input(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	struct inputs *in = data;
	struct fileinfo *fi = file_info(in->cu, f);
	if (fi->input || !fi->name)
		return;
	fi->input = true;
	const struct cx_options *opt = in->cu->opt;
	if ((in->cu->pch || in->cu->building) && !strcmp(fi->name, opt->preamble->header))
		return; /* the preamble's includer: not a file */
	VEC_PUSH(in->v, in->n, in->cap);
	struct ir_input *i = &in->v[in->n++];
	i->path = fi->name;
	if (in->cu->pch && in->n == 1) { /* the main file as it is on disk, not blanked */
		i->size = opt->main_size;
		i->hash = opt->main_hash;
		return;
	}
	size_t size = 0;
	const char *text = clang_getFileContents(in->cu->tu, f, &size);
	i->size = text ? size : 0;
	i->hash = hash_bytes(HASH_INIT, text, text ? size : 0);
}

/* Every file the unit read, with the contents Clang parsed, for the cache: the main
 * file first, then each header in inclusion order. */
static void collect_inputs(struct cxu *cu)
{
	struct inputs in = { cu, NULL, 0, 0 };
	CXFile main = clang_getFile(cu->tu, cu->u->file);
	if (main)
		add_input(main, NULL, 0, &in);
	int first = in.n;
	if (cu->pch) { /* the preamble's headers, read before the unit's own */
		const struct cx_preamble *p = cu->opt->preamble;
		for (int i = 0; i < p->ninputs; i++) {
			VEC_PUSH(in.v, in.n, in.cap);
			in.v[in.n++] = p->inputs[i];
		}
	}
	int own = in.n;
	clang_getInclusions(cu->tu, add_input, &in);
	if (cu->pch) { /* a header libclang lists again from the precompiled one */
		int n = own;
		for (int i = own; i < in.n; i++) {
			bool dup = false;
			for (int k = first; k < own && !dup; k++)
				dup = !strcmp(in.v[k].path, in.v[i].path);
			if (!dup)
				in.v[n++] = in.v[i];
		}
		in.n = n;
	}
	cu->u->ninputs = in.n;
	cu->u->inputs = arena_memdup(cu->a, in.v, (size_t)in.n, sizeof(*in.v));
	free(in.v);
}

/* ---- the shared preamble ------------------------------------------------------------- */

static struct CXUnsavedFile *unsaved_files(const struct cx_options *opt, int extra)
{
	struct CXUnsavedFile *v = xcalloc((size_t)(opt->nunsaved + extra) + 1, sizeof(*v));
	for (int i = 0; i < opt->nunsaved; i++) {
		v[i].Filename = opt->unsaved[i].filename;
		v[i].Contents = opt->unsaved[i].contents;
		v[i].Length = opt->unsaved[i].length;
	}
	return v;
}

static bool has_errors(CXTranslationUnit tu, bool deserialization_only)
{
	unsigned n = clang_getNumDiagnostics(tu);
	bool bad = false;
	for (unsigned i = 0; i < n && !bad; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (deserialization_only) {
			/* the precompiled header was refused (built for another configuration) */
			CXString cat = clang_getDiagnosticCategoryText(d);
			const char *c = clang_getCString(cat);
			bad = sev >= CXDiagnostic_Error && c && strstr(c, "Deserialization");
			clang_disposeString(cat);
		} else {
			bad = sev >= CXDiagnostic_Error;
		}
		clang_disposeDiagnostic(d);
	}
	return bad;
}

/* The macro expansions first, then the declarations, from one visit of the unit. */
static void lower_tu(struct cxu *cu)
{
	struct kids top = children(clang_getTranslationUnitCursor(cu->tu));
	collect_macros(cu, &top);
	lower_decls_in(cu, &top);
	kids_free(&top);
}

static void cxu_release(struct cxu *cu)
{
	free(cu->fns);
	free(cu->tds);
	free(cu->macros);
	free(cu->files);
	free(cu->locs.e);
	free(cu->types.e);
	free(cu->decls.e);
}

/* Parses the preamble's lines as a header, lowers what they declare into the preamble
 * and saves the precompiled header; false when the lines do not parse without error or
 * the header cannot be saved. The header is parsed incomplete, as the start of a unit:
 * tentative definitions stay tentative. */
static bool build_pch(struct cx_preamble *p, const struct cx_options *opt)
{
	CXIndex index = clang_createIndex(0, 0);
	const char **args = xcalloc((size_t)opt->nargs + 3, sizeof(*args));
	int n = 0;
	for (int i = 0; i < opt->nargs; i++)
		args[n++] = opt->args[i];
	args[n++] = "-x";
	args[n++] = p->cplusplus ? "c++-header" : "c-header";
	struct cx_options shared = *opt;
	shared.nunsaved = p->nunsaved < opt->nunsaved ? p->nunsaved : opt->nunsaved;
	struct CXUnsavedFile *unsaved = unsaved_files(&shared, 1);
	unsaved[shared.nunsaved] = (struct CXUnsavedFile){ p->header, p->text, (unsigned long)strlen(p->text) };
	CXTranslationUnit tu = NULL;
	unsigned flags = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_Incomplete |
			 CXTranslationUnit_ForSerialization;
	enum CXErrorCode err = clang_parseTranslationUnit2(index, p->header, args, n, unsaved,
							   (unsigned)shared.nunsaved + 1, flags, &tu);
	bool ok = err == CXError_Success && tu && !has_errors(tu, false);
	if (ok) {
		struct cxu cu = { 0 };
		cu.tu = tu;
		cu.opt = opt;
		cu.building = true;
		cu.a = p->arena;
		cu.u = ARENA_NEW(cu.a, struct ir_unit);
		cu.u->arena = cu.a;
		cu.u->file = p->header;
		lower_tu(&cu);
		collect_inputs(&cu);
		p->fns = arena_memdup(cu.a, cu.fns, (size_t)cu.nfns, sizeof(*cu.fns));
		p->nfns = cu.nfns;
		p->tds = arena_memdup(cu.a, cu.tds, (size_t)cu.ntds, sizeof(*cu.tds));
		p->ntds = cu.ntds;
		p->inputs = cu.u->inputs;
		p->ninputs = cu.u->ninputs;
		cxu_release(&cu);
		ok = clang_saveTranslationUnit(tu, p->pch, clang_defaultSaveOptions(tu)) == CXSaveError_None;
	}
	if (tu)
		clang_disposeTranslationUnit(tu);
	clang_disposeIndex(index);
	free(unsaved);
	free(args);
	return ok;
}

/* Whether the unit's preamble has its precompiled header: built here by the first unit
 * that asks, if enough units are left to use it. A unit that asks while another builds
 * it parses whole meanwhile (on two cores, the build would otherwise be time the other
 * core waits). */
static bool preamble_ready(struct cx_preamble *p, const struct cx_options *opt)
{
	pthread_mutex_lock(&p->lock);
	int unstarted = p->unstarted--;
	if (p->state != CX_PREAMBLE_NEW || unstarted < CX_PREAMBLE_MIN_UNITS) {
		bool ready = p->state == CX_PREAMBLE_READY;
		pthread_mutex_unlock(&p->lock);
		return ready;
	}
	p->state = CX_PREAMBLE_BUILDING;
	pthread_mutex_unlock(&p->lock);
	bool ok = build_pch(p, opt);
	pthread_mutex_lock(&p->lock);
	p->state = ok ? CX_PREAMBLE_READY : CX_PREAMBLE_FAILED;
	pthread_mutex_unlock(&p->lock);
	return ok;
}

/* Parses the unit with its preamble's precompiled header: the main file with the
 * preamble's lines blanked, the forced includes (-include) left to the header, which
 * has them first. NULL when libclang refuses the header. */
static CXTranslationUnit parse_with_pch(CXIndex index, const char *file, const struct cx_options *opt,
					unsigned flags)
{
	struct cx_preamble *p = opt->preamble;
	const char **args = xcalloc((size_t)opt->nargs + 3, sizeof(*args));
	int n = 0;
	for (int i = 0; i < opt->nargs; i++) {
		if (!strcmp(opt->args[i], "-include") && i + 1 < opt->nargs)
			i++;
		else if (strncmp(opt->args[i], "-include", 8) || !opt->args[i][8])
			args[n++] = opt->args[i];
	}
	args[n++] = "-include-pch";
	args[n++] = p->pch;
	struct CXUnsavedFile *unsaved = unsaved_files(opt, 2);
	unsaved[opt->nunsaved] = (struct CXUnsavedFile){ file, opt->main_text, (unsigned long)opt->main_size };
	unsaved[opt->nunsaved + 1] = (struct CXUnsavedFile){ p->header, p->text, (unsigned long)strlen(p->text) };
	CXTranslationUnit tu = NULL;
	enum CXErrorCode err = clang_parseTranslationUnit2(index, file, args, n, unsaved,
							   (unsigned)opt->nunsaved + 2, flags, &tu);
	free(unsaved);
	free(args);
	if (err != CXError_Success || !tu)
		return NULL;
	if (has_errors(tu, true)) {
		clang_disposeTranslationUnit(tu);
		return NULL;
	}
	return tu;
}

struct ir_unit *cx_parse(const char *file, const struct cx_options *opt)
{
	/* an index per parse: worker threads never share one (LIBCLANG-NOTES: one CXIndex
	 * per thread) */
	CXTranslationUnit tu = NULL;
	unsigned flags = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing;
	/* with the precompiled header, the index visits the unit's own declarations only */
	CXIndex index = NULL;
	if (opt->preamble && preamble_ready(opt->preamble, opt)) {
		index = clang_createIndex(1, 0);
		tu = parse_with_pch(index, file, opt, flags);
		if (!tu)
			clang_disposeIndex(index);
	}
	bool pch = tu != NULL;
	if (pch) {
		pthread_mutex_lock(&opt->preamble->lock);
		opt->preamble->used++;
		pthread_mutex_unlock(&opt->preamble->lock);
	}
	enum CXErrorCode err = CXError_Success;
	if (!tu) {
		index = clang_createIndex(0, 0);
		struct CXUnsavedFile *unsaved = unsaved_files(opt, 0);
		err = clang_parseTranslationUnit2(index, file, opt->args, opt->nargs, unsaved, (unsigned)opt->nunsaved,
						  flags, &tu);
		free(unsaved);
	}
	if (err != CXError_Success || !tu) {
		error("cannot parse '%s': libclang failed (error %d)", file, (int)err);
		clang_disposeIndex(index);
		return NULL;
	}
	struct cxu cu = { 0 };
	cu.tu = tu;
	cu.opt = opt;
	cu.pch = pch;
	cu.a = arena_new();
	cu.u = ARENA_NEW(cu.a, struct ir_unit);
	cu.u->arena = cu.a;
	cu.u->file = arena_strdup(cu.a, file);
	if (pch) { /* what the headers declared and defined, as if lowered here first */
		const struct cx_preamble *p = opt->preamble;
		for (int i = 0; i < p->nfns; i++) {
			VEC_PUSH(cu.fns, cu.nfns, cu.capfns);
			cu.fns[cu.nfns++] = p->fns[i];
		}
		for (int i = 0; i < p->ntds; i++) {
			VEC_PUSH(cu.tds, cu.ntds, cu.captds);
			cu.tds[cu.ntds++] = p->tds[i];
		}
	}
	lower_tu(&cu);
	scan_pragmas(&cu);
	collect_diags(&cu);
	mark_partial(&cu);
	collect_inputs(&cu);
	cu.u->nfunctions = cu.nfns;
	cu.u->functions = arena_memdup(cu.a, cu.fns, (size_t)cu.nfns, sizeof(*cu.fns));
	cu.u->ntypedefs = cu.ntds;
	cu.u->typedefs = arena_memdup(cu.a, cu.tds, (size_t)cu.ntds, sizeof(*cu.tds));
	cxu_release(&cu);
	clang_disposeTranslationUnit(tu);
	clang_disposeIndex(index);
	return cu.u;
}

void cx_free_unit(struct ir_unit *u)
{
	if (u)
		arena_free(u->arena);
}

const char *cx_version(void)
{
	static char buf[128];
	if (!buf[0]) {
		CXString s = clang_getClangVersion();
		snprintf(buf, sizeof(buf), "%s", clang_getCString(s));
		clang_disposeString(s);
	}
	return buf;
}
