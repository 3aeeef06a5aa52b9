/*
 * irser.c - unit tests of the IR's byte format (checker/irser.c): a hand-built unit that
 * sets every field of ir.h survives a round trip (writing what was read gives the same
 * bytes; shared objects stay shared; the dump is the same), and every truncation and
 * corruption of its bytes is rejected or read safely, never read out of bounds (the
 * ASan build runs this too).
 */
#define _POSIX_C_SOURCE 200809L /* open_memstream */
#include "arena.h"
#include "diag.h"
#include "ir.h"
#include "irser.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expect.h"

static struct ir_loc loc(const char *file, unsigned line, const char *macro)
{
	struct ir_loc l = { file, line, line + 1, line * 10, macro };
	return l;
}

static struct ir_path *path(struct arena *a, const char *file)
{
	struct ir_path *p = ARENA_NEW(a, struct ir_path);
	p->root = IR_ROOT_PARAM;
	p->param = 0;
	p->name = "ext";
	p->type = "STOR_DPC";
	p->ctype = "struct _STOR_DPC";
	p->nsteps = 3;
	p->steps = ARENA_ARRAY(a, struct ir_step, 3);
	p->steps[0] = (struct ir_step){ IR_STEP_ARROW, "Dpc", "_EXT", false, 0, loc(file, 3, NULL) };
	p->steps[1] = (struct ir_step){ IR_STEP_INDEX, NULL, NULL, true, -7, loc(NULL, 0, NULL) };
	p->steps[2] = (struct ir_step){ IR_STEP_DEREF, NULL, NULL, false, 0, loc(NULL, 0, NULL) };
	p->decl = loc(file, 2, NULL);
	return p;
}

static struct ir_block *blocks(struct arena *a, const char *file, struct ir_path *p)
{
	struct ir_block *b = ARENA_ARRAY(a, struct ir_block, 3);
	struct ir_arg *args = ARENA_ARRAY(a, struct ir_arg, 3);
	args[0] = (struct ir_arg){IR_ARG_ADDR,      0, NULL, NULL, p, "PVOID", "STOR_DPC *", "&ext->Dpc[-7]",
	                          loc(file, 9, "M")};
	args[1] = (struct ir_arg){IR_ARG_INT, -1LL << 62, "STOR_STATUS_SUCCESS", NULL, NULL, NULL,
	                          NULL,       "X",        loc(file, 9, NULL)};
	args[2] =
	    (struct ir_arg){IR_ARG_FUNC, 0, "Dpc", "c:@F@Dpc", NULL, NULL, NULL, "Dpc", loc(file, 9, NULL)};
	struct ir_arg *rhs = ARENA_NEW(a, struct ir_arg);
	*rhs = (struct ir_arg){ IR_ARG_NULL, 0, NULL, NULL, NULL, NULL, NULL, "NULL", loc(file, 11, "NULL") };
	b[0].id = 0;
	b[0].nevents = 5;
	b[0].events = ARENA_ARRAY(a, struct ir_event, 5);
	b[0].events[0].kind = IR_EV_LOCAL;
	b[0].events[0].u.local =
	    (struct ir_local){"dpc", "c:x@dpc", "STOR_DPC", "struct _STOR_DPC", false, true};
	b[0].events[1].kind = IR_EV_READ;
	b[0].events[1].u.read = p;
	b[0].events[2].kind = IR_EV_ASSIGN;
	b[0].events[2].u.assign.path = p;
	b[0].events[2].u.assign.rhs = rhs;
	b[0].events[3].kind = IR_EV_RETURN;
	b[0].events[3].loc = loc(file, 12, NULL);
	struct ir_event *call = &b[0].events[4];
	call->kind = IR_EV_CALL;
	call->loc = loc(file, 9, "SP_INIT");
	call->u.call = (struct ir_call){ "StorPortInitializeDpc", "c:@F@StorPortInitializeDpc", NULL, 3, args,
					 IR_RESULT_TESTED, p };
	b[0].nsucc = 2;
	b[0].succ = ARENA_ARRAY(a, int, 2);
	b[0].succ[0] = 2;
	b[0].succ[1] = 1;
	b[0].cond = ARENA_NEW(a, struct ir_cond);
	*b[0].cond = (struct ir_cond){ IR_COND_CALL, IR_CMP_NE, 4, p, rhs, "f() != NULL", 0, NULL, NULL };
	b[1].id = 1; /* the exit block: no events, no successors, an empty array */
	b[1].succ = ARENA_ARRAY(a, int, 0);
	b[2].id = 2;
	b[2].nsucc = 2;
	b[2].succ = ARENA_ARRAY(a, int, 2);
	b[2].succ[0] = 1;
	b[2].succ[1] = 1;
	struct ir_cond *sw = ARENA_NEW(a, struct ir_cond);
	*sw = (struct ir_cond){ IR_COND_SWITCH, IR_CMP_TRUE, -1, p, NULL, "x", 2, NULL, NULL };
	sw->case_values = ARENA_ARRAY(a, long long, 3);
	sw->case_is_default = ARENA_ARRAY(a, bool, 3);
	sw->case_values[0] = 42;
	sw->case_is_default[1] = true;
	b[2].cond = sw;
	b[2].loc = loc(file, 13, NULL);
	return b;
}

static struct ir_unit *sample(void)
{
	struct arena *a = arena_new();
	struct ir_unit *u = ARENA_NEW(a, struct ir_unit);
	u->arena = a;
	const char *file = arena_strdup(a, "dpc.c");
	u->file = file;
	struct ir_annot *an = ARENA_ARRAY(a, struct ir_annot, 1);
	an[0] = (struct ir_annot){"_IRQL_requires_max_", "DISPATCH_LEVEL",
	                          loc("dpc.h", 4, "_IRQL_requires_max_"), true, false};
	struct ir_param *pa = ARENA_ARRAY(a, struct ir_param, 2);
	pa[0] = (struct ir_param){ "Ext", "PVOID", "void *" };
	pa[1] = (struct ir_param){ NULL, "ULONG", "unsigned long" };
	u->nfunctions = 2;
	u->functions = ARENA_ARRAY(a, struct ir_function, 2);
	struct ir_function *fn = &u->functions[0];
	fn->name = "CqcDpc";
	fn->usr = "c:@F@CqcDpc";
	fn->is_static = true;
	fn->ndecls = 1;
	fn->decls = ARENA_ARRAY(a, struct ir_decl, 1);
	fn->decls[0] = (struct ir_decl){loc(file, 5, NULL),
	                                loc(file, 4, NULL),
	                                true,
	                                "HW_DPC_ROUTINE",
	                                {"HW_DPC_ROUTINE", "PHW_DPC_ROUTINE", NULL, NULL},
	                                loc("dpc.h", 1, NULL),
	                                1,
	                                an,
	                                true,
	                                true};
	fn->ret = "void";
	fn->cret = "void";
	fn->nparams = 2;
	fn->params = pa;
	fn->variadic = true;
	fn->has_proto = true;
	fn->defined = true;
	fn->body_begin = loc(file, 6, NULL);
	fn->body_end = loc(file, 20, NULL);
	fn->def_begin_offset = 100;
	fn->def_end_offset = 4000000000u;
	fn->nblocks = 3;
	fn->blocks = blocks(a, file, path(a, file));
	fn->partial = true;
	fn->paged = true;
	fn->paged_at = loc(file, 7, "PAGED_CODE");
	u->functions[1].name = "Declared"; /* no decls, params or blocks: NULL arrays */
	u->ntypedefs = 1;
	u->typedefs = ARENA_ARRAY(a, struct ir_typedef, 1);
	u->typedefs[0] = (struct ir_typedef){
	    "HW_DPC_ROUTINE",   loc("dpc.h", 1, NULL), "void", "void", 2, pa, false, 1, an,
	    "KDEFERRED_ROUTINE"};
	u->ndiags = 1;
	u->diags = ARENA_ARRAY(a, struct ir_diag, 1);
	u->diags[0] = (struct ir_diag){ loc(file, 1, NULL), true, true, "'x.tmh' file not found" };
	u->nerrors = 1;
	u->nmissing_includes = 1;
	u->ninputs = 2;
	u->inputs = ARENA_ARRAY(a, struct ir_input, 2);
	u->inputs[0] = (struct ir_input){ file, 1234, 0xfedcba9876543210ULL };
	u->inputs[1] = (struct ir_input){ "dpc.h", 0, 1 };
	return u;
}

static char *dump(const struct ir_unit *u)
{
	char *s = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&s, &n);
	ir_dump(u, f);
	fclose(f);
	return s;
}

static void test_round_trip(void)
{
	struct ir_unit *u = sample();
	struct strbuf b1 = { 0 }, b2 = { 0 };
	irser_write(u, &b1);
	struct ir_unit *v = irser_read(b1.buf, b1.len);
	EXPECT(v);
	if (!v)
		return;
	irser_write(v, &b2);
	EXPECT(b1.len == b2.len && !memcmp(b1.buf, b2.buf, b1.len));
	char *d1 = dump(u), *d2 = dump(v);
	EXPECT(!strcmp(d1, d2));
	EXPECT(strstr(d1, "switch 42 default 'x'"));
	const struct ir_function *fn = &v->functions[0];
	const struct ir_block *b = &fn->blocks[0];
	/* shared objects stay shared, equal strings are one string */
	EXPECT(b->events[1].u.read == b->events[2].u.assign.path);
	EXPECT(b->events[4].u.call.args[0].path == b->events[1].u.read);
	EXPECT(b->cond->rhs == b->events[2].u.assign.rhs);
	EXPECT(fn->decls[0].loc.file == v->file && v->inputs[0].path == v->file);
	/* NULL stays NULL, empty stays empty */
	EXPECT(!v->functions[1].blocks && !v->functions[1].decls && fn->blocks[1].succ &&
	       !fn->blocks[1].events);
	EXPECT(b->events[4].u.call.args[1].value == -1LL << 62 && fn->def_end_offset == 4000000000u);
	EXPECT(v->inputs[0].hash == 0xfedcba9876543210ULL && v->inputs[0].size == 1234);
	EXPECT(fn->blocks[2].cond->case_is_default[1] && fn->blocks[2].cond->event == -1);
	EXPECT(!strcmp(v->typedefs[0].underlying, "KDEFERRED_ROUTINE") && v->typedefs[0].annots[0].inherited);
	free(d1);
	free(d2);
	arena_free(v->arena);
	arena_free(u->arena);
	sb_release(&b1);
	sb_release(&b2);
}

/* A summary holds the file, diagnostics, inputs and definitions and nothing else; it is
 * read from the front of the bytes, so any prefix shorter than it is rejected. */
static void test_summary(void)
{
	struct ir_unit *u = sample();
	struct strbuf b = { 0 };
	irser_write(u, &b);
	struct ir_unit *v = irser_read_summary(b.buf, b.len);
	EXPECT(v && v->summary);
	if (!v)
		return;
	EXPECT(!v->nfunctions && !v->functions && !v->ntypedefs);
	EXPECT(!strcmp(v->file, u->file) && v->ndiags == 1 && !strcmp(v->diags[0].text, u->diags[0].text));
	EXPECT(v->nerrors == 1 && v->nmissing_includes == 1 && v->ninputs == 2);
	EXPECT(v->inputs[0].hash == 0xfedcba9876543210ULL && !strcmp(v->inputs[1].path, "dpc.h"));
	EXPECT(u->functions[0].decls[0].is_definition); /* the sample has one definition */
	EXPECT(v->ndefs == 1 && !strcmp(v->defs[0].name, u->functions[0].name) &&
	       !strcmp(v->defs[0].file, u->functions[0].decls[0].loc.file) && v->defs[0].begin == 100 &&
	       v->defs[0].end == 4000000000u);
	/* the whole read of the same bytes has no defs: the functions say it */
	struct ir_unit *w = irser_read(b.buf, b.len);
	EXPECT(w && !w->summary && !w->ndefs && w->nfunctions == u->nfunctions);
	size_t end = 0; /* the shortest prefix that reads */
	for (size_t n = 0; n <= b.len && !end; n++) {
		char *copy = xmalloc(n + 1);
		memcpy(copy, b.buf, n);
		struct ir_unit *x = irser_read_summary(copy, n);
		if (x) {
			end = n;
			EXPECT(x->ndefs == 1);
			arena_free(x->arena);
		}
		free(copy);
	}
	EXPECT(end > 0 && end < b.len);
	if (w)
		arena_free(w->arena);
	arena_free(v->arena);
	arena_free(u->arena);
	sb_release(&b);
}

/* Truncated bytes are rejected; corrupted bytes are rejected or read within bounds. */
static void test_corruption(void)
{
	struct ir_unit *u = sample();
	struct strbuf b = { 0 };
	irser_write(u, &b);
	arena_free(u->arena);
	for (size_t n = 0; n < b.len; n++) {
		char *copy = xmalloc(n + 1); /* exactly n bytes readable: ASan sees any overrun */
		memcpy(copy, b.buf, n);
		struct ir_unit *v = irser_read(copy, n);
		EXPECT(!v);
		free(copy);
	}
	static const unsigned char flips[] = { 0x01, 0x80, 0xff };
	for (size_t i = 0; i < b.len; i++)
		for (size_t k = 0; k < sizeof(flips); k++) {
			char *copy = xmalloc(b.len);
			memcpy(copy, b.buf, b.len);
			copy[i] ^= (char)flips[k];
			struct ir_unit *v = irser_read(copy, b.len);
			if (v) {
				free(dump(v));
				arena_free(v->arena);
			}
			free(copy);
		}
	EXPECT(!irser_read(NULL, 0));
	sb_release(&b);
}

/* The whole program's findings (the cache of run.c): a round trip keeps every field,
 * and truncated or corrupted bytes are rejected or read safely. */
static struct finding *finding(const char *rule, const char *file, unsigned line, const char *msg)
{
	struct finding *f = calloc(1, sizeof(*f));
	f->rule = rule;
	f->severity = line % 2 ? DIAG_ERROR : DIAG_WARNING;
	f->loc = loc(file, line, line % 2 ? "MACRO" : NULL);
	f->msg = strdup(msg);
	return f;
}


static void test_findings(void)
{
	struct diag d = { 0 };
	d.v = calloc(3, sizeof(*d.v));
	d.v[d.n++] = finding("irql-call-above-max", "/src/dpc.c", 12, "'KeWait' may run at DISPATCH_LEVEL");
	d.v[d.n++] = finding(NULL, "/src/io.c", 7, "unknown rule 'dpc-foo' in NOLINT");
	struct finding *f = d.v[0];
	f->notes = calloc(2, sizeof(*f->notes));
	f->notes[f->nnotes++] = (struct diag_note){ loc("/src/init.c", 40, NULL), strdup("registered here") };
	f->notes[f->nnotes++] = (struct diag_note){ loc("/src/dpc.c", 3, NULL), strdup("called here") };
	f->fixits = calloc(1, sizeof(*f->fixits));
	f->fixits[f->nfixits++] = (struct diag_fixit){ "/src/dpc.c", 10, 1, 4000000000u, strdup("_Use_decl_annotations_\n") };
	d.stats = calloc(1, sizeof(*d.stats));
	d.stats[d.nstats++] = strdup("race-unsynchronized-access: 3 accesses judged");
	struct strbuf b = { 0 };
	irser_write_findings(&d, &b);
	struct diag r = { 0 };
	struct arena *a = arena_new();
	EXPECT(irser_read_findings(b.buf, b.len, &r, a) == 0);
	EXPECT(r.n == 2 && r.nstats == 1 && !strcmp(r.stats[0], d.stats[0]));
	if (r.n == 2) {
		const struct finding *x = r.v[0], *y = r.v[1];
		EXPECT(!strcmp(x->rule, "irql-call-above-max") && !y->rule);
		EXPECT(x->severity == DIAG_WARNING && y->severity == DIAG_ERROR);
		EXPECT(!strcmp(x->loc.file, "/src/dpc.c") && x->loc.line == 12 && x->loc.col == 13 &&
		       x->loc.offset == 120 && !x->loc.macro && !strcmp(y->loc.macro, "MACRO"));
		EXPECT(!strcmp(x->msg, d.v[0]->msg) && !strcmp(y->msg, d.v[1]->msg));
		EXPECT(x->nnotes == 2 && !strcmp(x->notes[1].msg, "called here") && x->notes[0].loc.line == 40);
		EXPECT(x->nfixits == 1 && x->fixits[0].offset == 4000000000u && x->fixits[0].line == 10 &&
		       !strcmp(x->fixits[0].text, "_Use_decl_annotations_\n") && !strcmp(x->fixits[0].file, "/src/dpc.c"));
		EXPECT(!y->nnotes && !y->nfixits);
		struct strbuf b2 = { 0 };
		irser_write_findings(&r, &b2);
		EXPECT(b2.len == b.len && !memcmp(b2.buf, b.buf, b.len));
		sb_release(&b2);
	}
	diag_free(&r);
	/* every truncation, and every byte flipped: rejected or read, never out of bounds */
	for (size_t n = 0; n < b.len; n++) {
		char *copy = malloc(n + 1);
		memcpy(copy, b.buf, n);
		EXPECT(irser_read_findings(copy, n, &r, a) < 0);
		diag_free(&r);
		free(copy);
	}
	for (size_t i = 0; i < b.len; i++) {
		char *copy = malloc(b.len);
		memcpy(copy, b.buf, b.len);
		copy[i] ^= 0x41;
		irser_read_findings(copy, b.len, &r, a);
		diag_free(&r);
		free(copy);
	}
	arena_free(a);
	diag_free(&d);
	sb_release(&b);
}

int main(void)
{
	test_round_trip();
	test_summary();
	test_corruption();
	test_findings();
	return expect_done("irser");
}
