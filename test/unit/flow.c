/*
 * flow.c - unit tests of the dataflow engine on hand-built CFGs: a diamond, a loop, an
 * infeasible edge, an unreachable block. The tracker under test counts "acquire"
 * events (calls to `acquire`, minus calls to `release`) as a may/must interval, the
 * shape the lock tracker uses.
 */
#include "flow.h"
#include "util.h"

#include <stdio.h>
#include <string.h>

#include "expect.h"

struct count {
	int lo, hi; /* held at least lo times, at most hi times (saturating at 3) */
};

static void entry(void *s, void *ctx)
{
	(void)ctx;
	memset(s, 0, sizeof(struct count));
}

static void event(void *s, const struct ir_block *b, int ev, void *ctx)
{
	(void)ctx;
	struct count *c = s;
	const struct ir_event *e = &b->events[ev];
	if (e->kind != IR_EV_CALL)
		return;
	int d = !strcmp(e->u.call.callee, "acquire") ? 1 : !strcmp(e->u.call.callee, "release") ? -1 : 0;
	c->lo = c->lo + d < 0 ? 0 : c->lo + d > 3 ? 3 : c->lo + d;
	c->hi = c->hi + d < 0 ? 0 : c->hi + d > 3 ? 3 : c->hi + d;
}

/* The false edge of a branch on `never` is infeasible. */
static void edge(void *s, const struct ir_block *b, int succ, void *ctx)
{
	(void)ctx;
	if (b->cond && b->cond->text && !strcmp(b->cond->text, "never") && succ == 0)
		((struct count *)s)->lo = -1;
}

static bool feasible(const void *s, void *ctx)
{
	(void)ctx;
	return ((const struct count *)s)->lo >= 0;
}

static bool join(void *into, const void *from, void *ctx)
{
	(void)ctx;
	struct count *a = into;
	const struct count *b = from;
	struct count old = *a;
	if (b->lo < a->lo)
		a->lo = b->lo;
	if (b->hi > a->hi)
		a->hi = b->hi;
	return memcmp(&old, a, sizeof(old)) != 0;
}

static const struct flow_ops ops = { sizeof(struct count), entry, event, edge, join, feasible, NULL };

static struct ir_event call(const char *name)
{
	struct ir_event e;
	memset(&e, 0, sizeof(e));
	e.kind = IR_EV_CALL;
	e.u.call.callee = name;
	return e;
}

struct cfg {
	struct ir_function fn;
	struct ir_block b[8];
	int succ[8][3];
	struct ir_event ev[8][2];
	struct ir_cond cond[8];
};

static void block(struct cfg *g, int i, const char *callee, int nsucc, int s0, int s1, const char *cond)
{
	struct ir_block *b = &g->b[i];
	memset(b, 0, sizeof(*b));
	b->id = i;
	if (callee) {
		g->ev[i][0] = call(callee);
		b->events = g->ev[i];
		b->nevents = 1;
	}
	g->succ[i][0] = s0;
	g->succ[i][1] = s1;
	b->succ = g->succ[i];
	b->nsucc = nsucc;
	if (cond) {
		memset(&g->cond[i], 0, sizeof(g->cond[i]));
		g->cond[i].text = cond;
		b->cond = &g->cond[i];
	}
}

static struct count at(struct flow_result *r, int b)
{
	return *(struct count *)flow_in(r, &ops, b);
}

/* B0 -> B2 | B3 -> B4 -> B1; B2 acquires. */
static void test_diamond(void)
{
	struct cfg g;
	memset(&g, 0, sizeof(g));
	block(&g, 0, NULL, 2, 2, 3, "x");
	block(&g, 1, NULL, 0, 0, 0, NULL);
	block(&g, 2, "acquire", 1, 4, 0, NULL);
	block(&g, 3, NULL, 1, 4, 0, NULL);
	block(&g, 4, NULL, 1, 1, 0, NULL);
	g.fn.blocks = g.b;
	g.fn.nblocks = 5;
	struct flow_result r;
	flow_run(&g.fn, &ops, NULL, &r);
	EXPECT(r.converged);
	EXPECT(at(&r, 4).lo == 0 && at(&r, 4).hi == 1);
	EXPECT(at(&r, 1).lo == 0 && at(&r, 1).hi == 1);
	flow_free(&r);
}

/* B0 -> B2 (head) -> B3 (body: acquire) -> B2, B2 -> B1: the loop converges. */
static void test_loop(void)
{
	struct cfg g;
	memset(&g, 0, sizeof(g));
	block(&g, 0, NULL, 1, 2, 0, NULL);
	block(&g, 1, NULL, 0, 0, 0, NULL);
	block(&g, 2, NULL, 2, 3, 1, "i < n");
	block(&g, 3, "acquire", 1, 2, 0, NULL);
	g.fn.blocks = g.b;
	g.fn.nblocks = 4;
	struct flow_result r;
	flow_run(&g.fn, &ops, NULL, &r);
	EXPECT(r.converged);
	EXPECT(at(&r, 2).lo == 0 && at(&r, 2).hi == 3);
	EXPECT(at(&r, 1).hi == 3);
	flow_free(&r);
}

/* An acquire/release pair per iteration: balanced at the head on every path. */
static void test_balanced_loop(void)
{
	struct cfg g;
	memset(&g, 0, sizeof(g));
	block(&g, 0, NULL, 1, 2, 0, NULL);
	block(&g, 1, NULL, 0, 0, 0, NULL);
	block(&g, 2, NULL, 2, 3, 1, "i < n");
	block(&g, 3, "acquire", 1, 4, 0, NULL);
	block(&g, 4, "release", 1, 2, 0, NULL);
	g.fn.blocks = g.b;
	g.fn.nblocks = 5;
	struct flow_result r;
	flow_run(&g.fn, &ops, NULL, &r);
	EXPECT(r.converged);
	EXPECT(at(&r, 1).lo == 0 && at(&r, 1).hi == 0);
	EXPECT(at(&r, 4).lo == 1 && at(&r, 4).hi == 1);
	flow_free(&r);
}

/* The true edge of `never` is pruned: B2 (acquire) is never reached; B5 is unreachable
 * in the graph itself. */
static void test_infeasible_and_unreachable(void)
{
	struct cfg g;
	memset(&g, 0, sizeof(g));
	block(&g, 0, NULL, 2, 2, 3, "never");
	block(&g, 1, NULL, 0, 0, 0, NULL);
	block(&g, 2, "acquire", 1, 1, 0, NULL);
	block(&g, 3, NULL, 1, 1, 0, NULL);
	block(&g, 4, "acquire", 1, 1, 0, NULL);
	g.fn.blocks = g.b;
	g.fn.nblocks = 5;
	struct flow_result r;
	flow_run(&g.fn, &ops, NULL, &r);
	EXPECT(!r.reached[2]);
	EXPECT(!r.reached[4]);
	EXPECT(r.reached[3] && r.reached[1]);
	EXPECT(at(&r, 1).hi == 0);
	flow_free(&r);
}

int main(void)
{
	test_diamond();
	test_loop();
	test_balanced_loop();
	test_infeasible_and_unreachable();
	return expect_done("flow");
}
