/*
 * race_unsynchronized_access.c - a field of the device extension (or a global) is
 * written in one context and accessed in another that can run at the same time, and the
 * two accesses hold no lock in common.
 *
 * A DPC routine synchronizes with HwStorStartIo or HwStorInterrupt by taking the
 * matching spin lock (the HW_DPC_ROUTINE page; STORPORT.md sections 2.6 and 3.4-3.5).
 * Contexts are the callbacks the accesses are reached from (through helpers, with the
 * locks held at each access, Storport's entry locks included). The interrupt and MSI
 * routines, StartIo, BuildIo, timers, work items, each DPC routine and the
 * SynchronizeAccess callback run concurrently unless a common lock excludes them;
 * BuildIo runs on several processors at once, a DPC routine bound to several STOR_DPC
 * objects (an array) runs concurrently with itself, one bound to a single object never
 * does. HwStorAdapterControl is judged in its ScsiStopAdapter and ScsiRestartAdapter cases
 * (a switch on ControlType), which hold the interrupt lock (STORPORT.md 4.2); its other
 * cases, HwStorUnitControl and the initialization callbacks are left out (one-shot
 * set-up, or no documented concurrency with I/O). Not reported: reads only, array
 * elements unless both indices are the same constant, two DpcLocks dpccheck cannot tell
 * apart (taken as common). Precision over recall: when unsure, silence. Reported at the
 * access made without the other side's lock (else the earlier one), with a note at the
 * conflicting access.
 */
#include "locks.h"
#include "rule.h"
#include "shared.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Whether two accesses hold a lock in common: the same kind and object. Two DpcLocks or
 * spin locks whose objects dpccheck cannot tell apart count as common, but uncertainly
 * (the pair is silenced and counted). */
enum common { COMMON_NONE, COMMON_SURE, COMMON_UNSURE };

static enum common common_lock(const struct access *a, const struct access *b)
{
	enum common c = COMMON_NONE;
	for (int i = 0; i < a->nlocks; i++)
		for (int j = 0; j < b->nlocks; j++) {
			if (a->locks[i].kind != b->locks[j].kind)
				continue;
			const char *x = a->locks[i].object, *y = b->locks[j].object;
			if (!x || !y || x == y)
				return COMMON_SURE;
			if (a->locks[i].unsure || b->locks[j].unsure)
				c = COMMON_UNSURE;
		}
	return c;
}

static bool concurrent(const struct race *r, const struct access *a, const struct access *b)
{
	if (a->entry != b->entry)
		return true;
	return r->self_concurrent[a->entry];
}

/* What a pair of accesses is: a race, no race, or one dpccheck cannot decide because it
 * cannot tell whether the two name one object (an index it does not know) or hold one
 * lock (lock objects it cannot tell apart). Array elements race only when both indices
 * are the same constant; different constants are different elements. */
enum verdict { PAIR_NONE, PAIR_RACE, PAIR_UNKNOWN_INDEX, PAIR_UNKNOWN_LOCK };

static enum verdict judge(const struct race *r, const struct access *a, const struct access *b)
{
	/* keys and groups are interned (shared.h): one string, one pointer */
	if ((!a->write && !b->write) || a->group != b->group || !concurrent(r, a, b))
		return PAIR_NONE;
	if (a == b && !(r->self_concurrent[a->entry] && a->write))
		return PAIR_NONE;
	enum common c = common_lock(a, b);
	if (c == COMMON_SURE)
		return PAIR_NONE;
	if (a->indexed && (a->unknown_index || b->unknown_index))
		return PAIR_UNKNOWN_INDEX;
	if (a->key != b->key)
		return PAIR_NONE;
	return c == COMMON_UNSURE ? PAIR_UNKNOWN_LOCK : PAIR_RACE;
}

static void lock_list(const struct access *a, char *buf, size_t n)
{
	buf[0] = '\0';
	for (int i = 0; i < a->nlocks; i++)
		snprintf(buf + strlen(buf), n - strlen(buf), "%s%s", i ? " and " : "", a->locks[i].display);
	if (!a->nlocks)
		snprintf(buf, n, "no lock");
}

static void report(struct rule_ctx *ctx, const struct race *r, const struct access *a, const struct access *b)
{
	const struct program *p = r->p;
	char la[256], lb[256];
	lock_list(a, la, sizeof(la));
	lock_list(b, lb, sizeof(lb));
	struct finding *f;
	if (b->nlocks)
		f = rule_report(ctx, a->loc,
				"'%s' is %s here in '%s' (%s) holding %s, and %s in '%s' (%s) under %s: take %s around "
				"this access, as '%s' holds it",
				ir_path_str(p->arena, a->path), a->write ? "written" : "read", p->fns[a->entry].name,
				a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb, b->locks[0].display,
				p->fns[b->entry].name);
	else
		f = rule_report(ctx, a->loc,
				"'%s' is %s here in '%s' (%s) holding %s, and %s in '%s' (%s) holding %s: the two can run "
				"at the same time",
				ir_path_str(p->arena, a->path), a->write ? "written" : "read", p->fns[a->entry].name,
				a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb);
	diag_note(f, b->loc, "'%s' is %s here in '%s', reached from '%s', holding %s", ir_path_str(p->arena, b->path),
		  b->write ? "written" : "read", p->fns[b->fn].name, p->fns[b->entry].name, lb);
	/* where each context comes from, as the IRQL rules say it */
	locks_note_entry(f, p, a->entry, a->role, a->reg);
	if (b->entry != a->entry || b->role != a->role)
		locks_note_entry(f, p, b->entry, b->role, b->reg);
}

static int cmp_loc(const struct ir_loc *a, const struct ir_loc *b)
{
	int c = strcmp(a->file ? a->file : "", b->file ? b->file : "");
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	return (int)a->col - (int)b->col;
}

/* The pairs skipped because dpccheck cannot tell whether they name one object or hold
 * one lock, for --verbose (precision over recall: the issue asks to see what is skipped):
 * a summary line, then one line per member with its count and reason. */
static const char *const why_skipped[] = {
	[PAIR_UNKNOWN_INDEX] = "an array index dpccheck does not know",
	[PAIR_UNKNOWN_LOCK] = "locks dpccheck cannot tell apart",
	[PAIR_RACE] = "pointers dpccheck does not trace to the device extension",
};

/* Whether two accesses are alike for judge(): the same context, kind of access and
 * locks (lock objects are interned: compared as pointers, as common_lock does). */
static bool alike(const struct access *a, const struct access *b)
{
	if (a->write != b->write || a->entry != b->entry || a->nlocks != b->nlocks)
		return false;
	for (int i = 0; i < a->nlocks; i++)
		if (a->locks[i].kind != b->locks[i].kind || a->locks[i].object != b->locks[i].object ||
		    a->locks[i].unsure != b->locks[i].unsure)
			return false;
	return true;
}

/* Puts n accesses (base[at[i]], or base[i] when at is NULL) into classes of alike
 * accesses with the same key: class_of[i], and the first member of each class in
 * rep[] (as a position i). Returns the number of classes. judge() asks nothing else of
 * two accesses of one member, so it is asked once per pair of classes. */
static int classify(const struct access *base, const int *at, int n, int *class_of, int *rep)
{
	int nk = 0;
	for (int i = 0; i < n; i++) {
		const struct access *a = &base[at ? at[i] : i];
		int c = 0;
		for (; c < nk; c++) {
			const struct access *first = &base[at ? at[rep[c]] : rep[c]];
			if (alike(first, a) && first->key == a->key)
				break;
		}
		if (c == nk)
			rep[nk++] = i;
		class_of[i] = c;
	}
	return nk;
}

/* Counts the undecidable pairs of each member (v sorted by member): every unordered pair
 * of accesses, an access with itself included. judge() is symmetric and depends on two
 * accesses only through their keys and what alike() compares, so the accesses of a
 * member are counted in classes of the same key and alike: a pair of classes is judged
 * once and counts as many pairs as it stands for. */
static void count_pairs(const struct race *r, const struct access *v, int n, bool untraced, int counts[4],
			struct strbuf *detail)
{
	int *rep = xmalloc(sizeof(int) * ((size_t)n + 1));
	int *class_of = xmalloc(sizeof(int) * ((size_t)n + 1));
	long long *size = xmalloc(sizeof(long long) * ((size_t)n + 1));
	for (int i = 0, end; i < n; i = end) {
		for (end = i + 1; end < n && v[end].group == v[i].group; end++)
			;
		int nk = classify(v + i, NULL, end - i, class_of, rep);
		memset(size, 0, sizeof(*size) * (size_t)nk);
		for (int a = 0; a < end - i; a++)
			size[class_of[a]]++;
		long long by[4] = { 0 };
		for (int c = 0; c < nk; c++)
			for (int d = c; d < nk; d++) {
				enum verdict w = judge(r, &v[i + rep[c]], &v[i + rep[d]]);
				long long pairs = c == d ? size[c] * (size[c] + 1) / 2 : size[c] * size[d];
				if (w == PAIR_UNKNOWN_INDEX || w == PAIR_UNKNOWN_LOCK || (untraced && w != PAIR_NONE))
					by[untraced ? PAIR_RACE : w] += pairs;
			}
		for (int w = 0; w < 4; w++)
			if (by[w]) {
				counts[w] += (int)by[w];
				sb_addf(detail, "\n  '%s': %lld pair%s (%s)", v[i].group, by[w], by[w] == 1 ? "" : "s",
					why_skipped[w]);
			}
	}
	free(rep);
	free(class_of);
	free(size);
}

static int cmp_group(const void *x, const void *y)
{
	return strcmp(((const struct access *)x)->group, ((const struct access *)y)->group);
}

static void count_skipped(struct rule_ctx *ctx, struct race *r)
{
	if (!ctx->diag->want_stats)
		return;
	int counts[4] = { 0 };
	struct strbuf detail = { 0 };
	sb_adds(&detail, "");
	/* judged on copies sorted by member: the report loop keeps the tracker's order */
	struct access *v = xmalloc(sizeof(*v) * ((size_t)r->n + 1));
	if (r->n) {
		memcpy(v, r->v, sizeof(*v) * (size_t)r->n);
		qsort(v, (size_t)r->n, sizeof(*v), cmp_group);
	}
	count_pairs(r, v, r->n, false, counts, &detail);
	free(v);
	if (r->nuntraced)
		qsort(r->untraced, (size_t)r->nuntraced, sizeof(*r->untraced), cmp_group);
	count_pairs(r, r->untraced, r->nuntraced, true, counts, &detail);
	diag_stat(ctx->diag, ctx->rule->id,
		  "%d access%s to shared state judged; pairs skipped as undecidable: %d with an array index dpccheck "
		  "does not know, %d under locks it cannot tell apart, %d through pointers it does not trace to the "
		  "device extension (%d such access%s)%s",
		  r->n, r->n == 1 ? "" : "es", counts[PAIR_UNKNOWN_INDEX], counts[PAIR_UNKNOWN_LOCK], counts[PAIR_RACE],
		  r->nuntraced, r->nuntraced == 1 ? "" : "es", detail.buf);
	free(detail.buf);
}

/* Access indices ordered by key ("_EXT.Queue[3].Head"), and by index within a key. */
static const struct race *sort_race;

static int cmp_index_by_key(const void *x, const void *y)
{
	int i = *(const int *)x, j = *(const int *)y;
	const char *a = sort_race->v[i].key, *b = sort_race->v[j].key;
	int c = a == b ? 0 : strcmp(a, b);
	return c ? c : (i > j) - (i < j);
}


/* The accesses of one key that are alike: members in index order, and the same sorted
 * by location with the least index from each position on (the first member at or after
 * a location, in O(log n)). */
struct klass {
	int *member;
	int n, cap;
	int *by_loc, *least;
};

static const struct access *loc_sort_v;

static int cmp_member_loc(const void *x, const void *y)
{
	int i = *(const int *)x, j = *(const int *)y;
	int c = cmp_loc(&loc_sort_v[i].loc, &loc_sort_v[j].loc);
	return c ? c : (i > j) - (i < j);
}

/* The least-indexed member of k whose location is at or after loc, or -1. */
static int first_at_or_after(const struct race *r, const struct klass *k, const struct ir_loc *loc)
{
	int lo = 0, hi = k->n;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (cmp_loc(&r->v[k->by_loc[mid]].loc, loc) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < k->n ? k->least[lo] : -1;
}

/* For each access of one key (indices v[0..n) in index order), its partner: the first
 * access in index order that races with it (judge) and leaves it the one reported (it
 * lacks the other's lock, or neither holds one and it comes first). judge() depends on
 * the two accesses only through what alike() compares (one key: one member, one
 * index), so it is asked once per pair of classes, not once per pair of accesses: a
 * member written in thousands of places stays linear. */
static void partners_of_key(const struct race *r, const int *v, int n, int *partner)
{
	int *class_of = xmalloc(sizeof(int) * ((size_t)n + 1));
	int *rep = xmalloc(sizeof(int) * ((size_t)n + 1));
	int nk = classify(r->v, v, n, class_of, rep);
	free(rep);
	struct klass *ks = xcalloc((size_t)nk + 1, sizeof(*ks));
	for (int i = 0; i < n; i++) {
		struct klass *k = &ks[class_of[i]];
		VEC_PUSH(k->member, k->n, k->cap);
		k->member[k->n++] = v[i];
	}
	loc_sort_v = r->v;
	for (int c = 0; c < nk; c++) {
		struct klass *k = &ks[c];
		k->by_loc = xmalloc(sizeof(int) * (size_t)k->n);
		k->least = xmalloc(sizeof(int) * (size_t)k->n);
		memcpy(k->by_loc, k->member, sizeof(int) * (size_t)k->n);
		qsort(k->by_loc, (size_t)k->n, sizeof(int), cmp_member_loc);
		for (int i = k->n - 1; i >= 0; i--)
			k->least[i] = i == k->n - 1 || k->by_loc[i] < k->least[i + 1] ? k->by_loc[i] : k->least[i + 1];
	}
	/* verdict[c * nk + d]: whether a member of c races with one of d */
	bool *races = xcalloc((size_t)nk * (size_t)nk + 1, sizeof(bool));
	for (int c = 0; c < nk; c++)
		for (int d = 0; d < nk; d++)
			races[c * nk + d] = judge(r, &r->v[ks[c].member[0]], &r->v[ks[d].member[0]]) == PAIR_RACE;
	for (int i = 0; i < n; i++) {
		const struct access *a = &r->v[v[i]];
		if (a->unknown_index)
			continue; /* an element dpccheck does not know races with nothing (judge) */
		int best = -1;
		for (int d = 0; d < nk; d++) {
			if (!races[class_of[i] * nk + d])
				continue;
			const struct access *b = &r->v[ks[d].member[0]];
			int y = -1;
			if (!a->nlocks && b->nlocks)
				y = ks[d].member[0];
			else if ((!a->nlocks) == (!b->nlocks))
				y = first_at_or_after(r, &ks[d], &a->loc);
			if (y >= 0 && (best < 0 || y < best))
				best = y;
		}
		partner[v[i]] = best;
	}
	for (int c = 0; c < nk; c++) {
		free(ks[c].member);
		free(ks[c].by_loc);
		free(ks[c].least);
	}
	free(ks);
	free(class_of);
	free(races);
}

static void check(struct rule_ctx *ctx, struct race *r)
{
	/* Only accesses to one object can race (judge): pairs are looked for within each
	 * key's accesses, sorted by key and in index order, so the pair chosen for each
	 * access and the order of the reports are those of a scan over all pairs. */
	int *order = xmalloc(sizeof(int) * ((size_t)r->n + 1));
	int *partner = xmalloc(sizeof(int) * ((size_t)r->n + 1));
	for (int i = 0; i < r->n; i++) {
		order[i] = i;
		partner[i] = -1;
	}
	sort_race = r;
	if (r->n)
		qsort(order, (size_t)r->n, sizeof(int), cmp_index_by_key);
	for (int lo = 0, hi; lo < r->n; lo = hi) {
		for (hi = lo + 1; hi < r->n && r->v[order[hi]].key == r->v[order[lo]].key; hi++)
			;
		partners_of_key(r, order + lo, hi - lo, partner);
	}
	for (int i = 0; i < r->n; i++)
		if (partner[i] >= 0)
			report(ctx, r, &r->v[i], &r->v[partner[i]]);
	count_skipped(ctx, r);
	free(order);
	free(partner);
}

void register_race_unsynchronized_access(struct rule_hooks *hooks)
{
	hooks->on_shared = check;
}
