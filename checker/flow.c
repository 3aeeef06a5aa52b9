/*
 * flow.c - the worklist dataflow engine: states at block entries, blocks processed in
 * reverse postorder, successors requeued when their entry state changes. Each block's
 * out state is its in state through its events; each edge may refine it; a join merges
 * it into the successor's in state. A limit on iterations (the tracker's join should
 * make that impossible, but a bug must not hang a CI run) marks the result as not
 * converged, and trackers then report nothing for the function.
 */
#include "flow.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

void *flow_in(const struct flow_result *r, const struct flow_ops *ops, int b)
{
	return r->in + (size_t)b * ops->size;
}

/* Reverse postorder of the blocks reachable from the entry (iterative DFS). */
static int *reverse_postorder(const struct ir_function *fn, int *n)
{
	int nb = fn->nblocks;
	int *order = xmalloc(sizeof(int) * (size_t)nb);
	int *stack = xmalloc(sizeof(int) * (size_t)nb);
	int *next = xcalloc((size_t)nb, sizeof(int));
	bool *seen = xcalloc((size_t)nb, sizeof(bool));
	int sp = 0, k = nb;
	stack[sp++] = 0;
	seen[0] = true;
	while (sp) {
		int b = stack[sp - 1];
		const struct ir_block *bl = &fn->blocks[b];
		if (next[b] < bl->nsucc) {
			int s = bl->succ[next[b]++];
			if (!seen[s]) {
				seen[s] = true;
				stack[sp++] = s;
			}
			continue;
		}
		order[--k] = b;
		sp--;
	}
	*n = nb - k;
	memmove(order, order + k, sizeof(int) * (size_t)*n);
	free(stack);
	free(next);
	free(seen);
	return order;
}

void flow_run(const struct ir_function *fn, const struct flow_ops *ops, void *ctx, struct flow_result *r)
{
	int nb = fn->nblocks;
	r->nblocks = nb;
	/* not zeroed: a block's state is written when it is first reached, and only the
	 * reached ones are read (flow.h); a large function's states would otherwise cost
	 * zeroing and a page fault per page for blocks no path reaches or that are written
	 * anyway */
	r->in = xmalloc((size_t)nb * ops->size + 1);
	r->reached = xcalloc((size_t)nb, sizeof(bool));
	r->converged = true;
	if (!nb)
		return;
	int n;
	int *order = reverse_postorder(fn, &n);
	bool *queued = xcalloc((size_t)nb, sizeof(bool));
	unsigned char *cur = xmalloc(ops->size), *out = xmalloc(ops->size);
	ops->entry(flow_in(r, ops, 0), ctx);
	r->reached[0] = queued[0] = true;
	long budget = 64L * nb + 10000;
	for (;;) {
		/* the queued block earliest in reverse postorder */
		int b = -1;
		for (int i = 0; i < n; i++)
			if (queued[order[i]]) {
				b = order[i];
				break;
			}
		if (b < 0)
			break;
		if (--budget < 0) {
			r->converged = false;
			break;
		}
		queued[b] = false;
		const struct ir_block *bl = &fn->blocks[b];
		memcpy(cur, flow_in(r, ops, b), ops->size);
		for (int e = 0; e < bl->nevents; e++)
			ops->event(cur, bl, e, ctx);
		for (int s = 0; s < bl->nsucc; s++) {
			memcpy(out, cur, ops->size);
			if (ops->edge)
				ops->edge(out, bl, s, ctx);
			if (ops->feasible && !ops->feasible(out, ctx))
				continue;
			int to = bl->succ[s];
			bool changed;
			if (!r->reached[to]) {
				memcpy(flow_in(r, ops, to), out, ops->size);
				r->reached[to] = true;
				changed = true;
			} else {
				changed = ops->join(flow_in(r, ops, to), out, ctx);
			}
			if (changed)
				queued[to] = true;
		}
	}
	free(order);
	free(queued);
	free(cur);
	free(out);
}

void flow_free(struct flow_result *r)
{
	free(r->in);
	free(r->reached);
	r->in = NULL;
	r->reached = NULL;
}
