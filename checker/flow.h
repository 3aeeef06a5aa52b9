/*
 * flow.h - a forward dataflow engine over the IR's control-flow graphs. It knows
 * nothing about locks or IRQL: a tracker gives the size of its state, the state at the
 * function's entry, a transfer function per event, an optional refinement per branch
 * edge, and a join; the engine iterates a worklist to the fixpoint and gives back the
 * state at the entry of each block, which the tracker then replays event by event to
 * judge. DESIGN.md section 4.
 */
#ifndef DPCCHECK_FLOW_H
#define DPCCHECK_FLOW_H

#include "ir.h"

struct flow_ops {
	size_t size; /* bytes of one state (trackers use fixed-capacity states) */
	/* the state at the entry block */
	void (*entry)(void *state, void *ctx);
	/* applies one event (block b, its event ev) to the state */
	void (*event)(void *state, const struct ir_block *b, int ev, void *ctx);
	/* refines the state leaving block b along successor number succ (0 is the true edge
	 * of a two-way branch, see ir.h); NULL when the tracker does not refine */
	void (*edge)(void *state, const struct ir_block *b, int succ, void *ctx);
	/* merges `from` into `into` at a join; returns whether `into` changed */
	bool (*join)(void *into, const void *from, void *ctx);
	/* whether the state is worth propagating further (an infeasible edge: false); NULL
	 * for always */
	bool (*feasible)(const void *state, void *ctx);
	/* copies a state (a tracker's fixed-capacity state is mostly unused: copying what it
	 * holds is cheaper); NULL for memcpy of size bytes */
	void (*copy)(void *dst, const void *src);
};

struct flow_result {
	int nblocks;
	unsigned char *in; /* nblocks states, the state at each block's entry (reached
			    * blocks only: the others are not even initialized) */
	bool *reached;	   /* a feasible path from the entry reaches the block */
	bool converged;	   /* false when the iteration limit stopped it: trust nothing */
};

/* Runs the analysis to its fixpoint. The result is freed with flow_free. */
void flow_run(const struct ir_function *fn, const struct flow_ops *ops, void *ctx, struct flow_result *r);
/* The state at the entry of block b. */
void *flow_in(const struct flow_result *r, const struct flow_ops *ops, int b);
void flow_free(struct flow_result *r);

#endif /* DPCCHECK_FLOW_H */
