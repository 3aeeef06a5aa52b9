/*
 * pool.c - the parallel for-loop of pool.h on POSIX threads: a shared cursor under one
 * mutex (items are whole translation units, so contention is nil).
 */
#include "pool.h"

#include "util.h"

#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

struct pool {
	pthread_mutex_t lock;
	int next, ndone, n;
	pool_fn *fn;
	pool_done_fn *done;
	void *ctx;
};

static void *worker(void *arg)
{
	struct pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->lock);
		int i = p->next < p->n ? p->next++ : -1;
		pthread_mutex_unlock(&p->lock);
		if (i < 0)
			return NULL;
		p->fn(i, p->ctx);
		pthread_mutex_lock(&p->lock);
		p->ndone++;
		if (p->done)
			p->done(i, p->ndone, p->ctx);
		pthread_mutex_unlock(&p->lock);
	}
}

void pool_run(int n, int threads, pool_fn *fn, pool_done_fn *done, void *ctx)
{
	struct pool p = { .n = n, .fn = fn, .done = done, .ctx = ctx };
	pthread_mutex_init(&p.lock, NULL);
	if (threads > n)
		threads = n;
	if (threads < 1)
		threads = 1;
	pthread_t *tids = xcalloc((size_t)threads, sizeof(*tids));
	int started = 0;
	/* libclang parses deep recursive ASTs: give workers the main thread's usual stack */
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, 8u << 20);
	for (int t = 1; t < threads; t++)
		if (!pthread_create(&tids[t], &attr, worker, &p))
			started++;
		else
			break;
	pthread_attr_destroy(&attr);
	worker(&p);
	for (int t = 1; t <= started; t++)
		pthread_join(tids[t], NULL);
	free(tids);
	pthread_mutex_destroy(&p.lock);
}

int pool_default_threads(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}
