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
 * does. The initialization callbacks and the control-type callbacks are left out (writes
 * there are one-shot set-up; their context is not one). Not reported: reads only, array
 * elements unless both indices are the same constant, two DpcLocks dpccheck cannot tell
 * apart (taken as common). Precision over recall: when unsure, silence. Reported at the
 * access made without the other side's lock (else the earlier one), with a note at the
 * conflicting access.
 */
#include "rule.h"
#include "shared.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A lock both hold: the same kind and object; two DpcLocks or spin locks whose objects
 * dpccheck cannot tell apart count as common (silence). */
static bool common_lock(const struct access *a, const struct access *b)
{
	for (int i = 0; i < a->nlocks; i++)
		for (int j = 0; j < b->nlocks; j++) {
			if (a->locks[i].kind != b->locks[j].kind)
				continue;
			const char *x = a->locks[i].object, *y = b->locks[j].object;
			if (!x || !y || x == y || strstr(x, "[?]") || strstr(y, "[?]") || !strncmp(x, "param", 5) ||
			    !strncmp(y, "param", 5))
				return true;
		}
	return false;
}

static bool concurrent(const struct race *r, const struct access *a, const struct access *b)
{
	if (a->entry != b->entry)
		return true;
	return r->self_concurrent[a->entry];
}

/* Array elements race only when both indices are the same constant. */
static bool same_element(const struct access *a, const struct access *b)
{
	if (!strchr(a->key, '['))
		return true;
	return !strstr(a->key, "[?]") && !strcmp(a->key, b->key);
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
				a->spelling, a->write ? "written" : "read", p->fns[a->entry].name, a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb, b->locks[0].display,
				p->fns[b->entry].name);
	else
		f = rule_report(ctx, a->loc,
				"'%s' is %s here in '%s' (%s) holding %s, and %s in '%s' (%s) holding %s: the two can run "
				"at the same time",
				a->spelling, a->write ? "written" : "read", p->fns[a->entry].name, a->role->what, la,
				b->write ? "written" : "read", p->fns[b->entry].name, b->role->what, lb);
	diag_note(f, b->loc, "'%s' is %s here in '%s', reached from '%s', holding %s", b->spelling,
		  b->write ? "written" : "read", p->fns[b->fn].name, p->fns[b->entry].name, lb);
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

static void check(struct rule_ctx *ctx, const struct program *p)
{
	struct race r;
	shared_compute(&r, p, ctx->roles);
	bool *reported = xcalloc((size_t)r.n + 1, sizeof(bool));
	for (int i = 0; i < r.n; i++)
		for (int j = 0; j < r.n; j++) {
			struct access *a = &r.v[i], *b = &r.v[j];
			if (reported[i] || (!a->write && !b->write) || strcmp(a->group, b->group) || !concurrent(&r, a, b) ||
			    common_lock(a, b) || !same_element(a, b))
				continue;
			if (i == j && !(r.self_concurrent[a->entry] && a->write))
				continue;
			/* a is reported: it lacks b's lock, or neither holds one and a comes first */
			bool a_primary = (!a->nlocks && b->nlocks) ||
					 ((!a->nlocks) == (!b->nlocks) && cmp_loc(&a->loc, &b->loc) <= 0);
			if (!a_primary)
				continue;
			report(ctx, &r, a, b);
			reported[i] = true;
		}
	free(reported);
	shared_free(&r);
}

void register_race_unsynchronized_access(struct rule_hooks *hooks)
{
	hooks->on_program = check;
}
