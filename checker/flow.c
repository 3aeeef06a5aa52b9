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

static void copy(const struct flow_ops *ops, void *dst, const void *src)
{
	if (ops->copy)
		ops->copy(dst, src);
	else
		memcpy(dst, src, ops->size);
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
	/* the worklist: a min-heap of reverse-postorder positions, each block in it at most
	 * once (queued), so the block taken next is the queued one earliest in that order
	 * without a scan of all blocks (functions with a large switch have thousands) */
	int *pos = xmalloc(sizeof(int) * (size_t)nb);
	for (int i = 0; i < nb; i++)
		pos[i] = -1; /* unreachable from the entry: never queued */
	for (int i = 0; i < n; i++)
		pos[order[i]] = i;
	int *heap = xmalloc(sizeof(int) * ((size_t)n + 1));
	int nheap = 0;
	bool *queued = xcalloc((size_t)nb, sizeof(bool));
	unsigned char *cur = xmalloc(ops->size), *out = xmalloc(ops->size);
	ops->entry(flow_in(r, ops, 0), ctx);
	r->reached[0] = queued[0] = true;
	heap[nheap++] = pos[0];
	long budget = 64L * nb + 10000;
	for (;;) {
		if (!nheap)
			break;
		int b = order[heap[0]];
		heap[0] = heap[--nheap]; /* sift down */
		for (int i = 0;;) {
			int l = 2 * i + 1, m = i;
			if (l < nheap && heap[l] < heap[m])
				m = l;
			if (l + 1 < nheap && heap[l + 1] < heap[m])
				m = l + 1;
			if (m == i)
				break;
			int t = heap[i];
			heap[i] = heap[m];
			heap[m] = t;
			i = m;
		}
		if (--budget < 0) {
			r->converged = false;
			break;
		}
		queued[b] = false;
		const struct ir_block *bl = &fn->blocks[b];
		copy(ops, cur, flow_in(r, ops, b));
		for (int e = 0; e < bl->nevents; e++)
			ops->event(cur, bl, e, ctx);
		for (int s = 0; s < bl->nsucc; s++) {
			copy(ops, out, cur);
			if (ops->edge)
				ops->edge(out, bl, s, ctx);
			if (ops->feasible && !ops->feasible(out, ctx))
				continue;
			int to = bl->succ[s];
			bool changed;
			if (!r->reached[to]) {
				copy(ops, flow_in(r, ops, to), out);
				r->reached[to] = true;
				changed = true;
			} else {
				changed = ops->join(flow_in(r, ops, to), out, ctx);
			}
			if (changed && !queued[to] && pos[to] >= 0) {
				queued[to] = true;
				int i = nheap++; /* sift up */
				heap[i] = pos[to];
				while (i && heap[(i - 1) / 2] > heap[i]) {
					int t = heap[i];
					heap[i] = heap[(i - 1) / 2];
					heap[(i - 1) / 2] = t;
					i = (i - 1) / 2;
				}
			}
		}
	}
	free(order);
	free(pos);
	free(heap);
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
