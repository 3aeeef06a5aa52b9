/*
 * pool.h - a parallel for-loop over worker threads: runs fn(i) for i in [0, n) on up to
 * `threads` threads (the calling thread among them), and calls done() under a lock as
 * each item finishes (for a progress line). Items must not depend on each other; the
 * caller keeps results indexed by i, so what it prints afterwards is in order, the same
 * for any number of threads.
 */
#ifndef DPCCHECK_POOL_H
#define DPCCHECK_POOL_H

typedef void pool_fn(int i, void *ctx);
typedef void pool_done_fn(int i, int ndone, void *ctx);

void pool_run(int n, int threads, pool_fn *fn, pool_done_fn *done, void *ctx);
/* The number of online processors (at least 1). */
int pool_default_threads(void);

#endif /* DPCCHECK_POOL_H */
