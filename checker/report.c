/*
 * report.c - the run as the machine-readable outputs and the baseline see it: paths
 * relative to a source root, columns in code points, token ends, and fingerprints that
 * stay the same when unrelated lines are added or removed above a finding.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "report.h"

#include "ir.h"
#include "util.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *resolve(const char *path)
{
	char buf[PATH_MAX];
	if (realpath(path, buf))
		return xstrdup(buf);
	if (path[0] == '/')
		return xstrdup(path);
	if (!getcwd(buf, sizeof(buf)))
		return xstrdup(path);
	return xstrfmt("%s/%s", buf, path);
}

/* The last path resolved, and how: the locations of a report come grouped by file, and
 * realpath costs a system call per directory of the path. */
static char *last_path, *last_abs;

static char *absolute(const char *path)
{
	if (!last_path || strcmp(last_path, path)) {
		free(last_path);
		free(last_abs);
		last_path = xstrdup(path);
		last_abs = resolve(path);
	}
	return xstrdup(last_abs);
}

char *report_relpath(const struct report *r, const char *file)
{
	char *abs = absolute(file);
	size_t n = strlen(r->root);
	char *rel = NULL;
	if (!strcmp(r->root, "/"))
		rel = xstrdup(abs + 1);
	else if (!strncmp(abs, r->root, n) && abs[n] == '/')
		rel = xstrdup(abs + n + 1);
	free(abs);
	return rel;
}

char *report_path(const struct report *r, const char *file)
{
	char *rel = report_relpath(r, file);
	return rel ? rel : absolute(file);
}

unsigned report_codepoint_col(const char *file, unsigned line, unsigned col)
{
	const char *text = diag_source_line(file, line, NULL);
	if (!text || col < 2)
		return col;
	size_t len = strlen(text);
	unsigned cp = 1;
	for (size_t i = 0; i + 1 < col; i++)
		/* count every byte but UTF-8 continuation bytes; past the end, one per byte */
		cp += i >= len || ((unsigned char)text[i] & 0xC0) != 0x80;
	return cp;
}

unsigned report_token_end(const struct ir_loc *l)
{
	const char *text = l->file ? diag_source_line(l->file, l->line, NULL) : NULL;
	if (!text || l->col < 1 || l->col > strlen(text))
		return 0;
	const char *p = text + l->col - 1;
	if (!isalpha((unsigned char)*p) && *p != '_')
		return 0;
	while (isalnum((unsigned char)*p) || *p == '_')
		p++;
	return (unsigned)(p - text) + 1;
}

/* ---- fingerprints ------------------------------------------------------------------ */

/* FNV-1a, then a final avalanche (the splitmix64 finalizer) so that every input bit
 * reaches every output bit. */
static uint64_t hash64(const char *s, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h;
}

/* The message without numbers that follow a colon (a "file:line:col" reference would
 * move with the code), and the source line without white space (re-indenting it or
 * moving it changes nothing). */
static void add_normalized(struct strbuf *sb, const char *msg, const char *line)
{
	for (const char *p = msg; *p;) { /* runs up to and including each ':' */
		size_t n = strcspn(p, ":");
		sb_add(sb, p, n + (p[n] == ':'));
		p += n;
		if (*p == ':')
			for (p++; isdigit((unsigned char)*p); p++)
				;
	}
	sb_add(sb, "\n", 1);
	for (const char *p = line ? line : ""; *p;) { /* runs between white space */
		const char *q = p;
		while (*q && !isspace((unsigned char)*q))
			q++;
		sb_add(sb, p, (size_t)(q - p));
		for (p = q; *p && isspace((unsigned char)*p); p++)
			;
	}
}

/* The definitions of each file, for the function a finding lies in: the functions of
 * every unit in unit order, grouped by the file of their definition. */
struct def_span {
	const char *file, *name;
	unsigned begin, end;
	int order; /* unit, then function: the first that contains a location wins */
};

static int cmp_span(const void *x, const void *y)
{
	const struct def_span *a = x, *b = y;
	int c = strcmp(a->file, b->file);
	return c ? c : (a->order > b->order) - (a->order < b->order);
}

static void index_definitions(struct report *r, struct def_span **v, int *n)
{
	int total = 0, order = 0;
	for (int i = 0; i < r->nunits; i++)
		total += ir_unit_defs(r->units[i], NULL);
	struct ir_def *defs = xcalloc((size_t)total + 1, sizeof(*defs));
	*v = xcalloc((size_t)total + 1, sizeof(**v));
	*n = 0;
	for (int i = 0; i < r->nunits; i++) {
		int m = ir_unit_defs(r->units[i], defs);
		for (int j = 0; j < m; j++, order++)
			(*v)[(*n)++] = (struct def_span){ defs[j].file, defs[j].name, defs[j].begin, defs[j].end, order };
	}
	free(defs);
	if (*n)
		qsort(*v, (size_t)*n, sizeof(**v), cmp_span);
}

/* The function whose definition contains a location, or "" (a declaration outside any
 * function). */
static const char *enclosing_function(const struct def_span *v, int n, const struct ir_loc *l)
{
	if (!l->file)
		return "";
	int lo = 0, hi = n; /* the first span of l's file */
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (strcmp(v[mid].file, l->file) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int i = lo; i < n && !strcmp(v[i].file, l->file); i++)
		if (l->offset >= v[i].begin && l->offset < v[i].end)
			return v[i].name;
	return "";
}

/* A finding's identity: rule, file relative to the root, the function it lies in, its
 * message and the text of the line it points at, and which occurrence of that identity
 * it is in file order. Line numbers are left out on purpose, so a baseline survives
 * edits elsewhere in the file. */
static char *fingerprint_key(const struct report *r, const struct def_span *defs, int ndefs,
			     const struct finding *f)
{
	struct strbuf sb = { 0 };
	char *path = f->loc.file ? report_path(r, f->loc.file) : xstrdup("");
	sb_addf(&sb, "%s\n%s\n%s\n", f->rule ? f->rule : "", path, enclosing_function(defs, ndefs, &f->loc));
	free(path);
	add_normalized(&sb, f->msg, f->loc.file ? diag_source_line(f->loc.file, f->loc.line, NULL) : NULL);
	return sb.buf;
}

/* Finding indices by identity (hash, then text), and by index within one: the
 * occurrence of each identity in file order. */
static char **sort_keys;
static uint64_t *sort_hashes;

static int cmp_identity(const void *x, const void *y)
{
	int i = *(const int *)x, j = *(const int *)y;
	if (sort_hashes[i] != sort_hashes[j])
		return sort_hashes[i] < sort_hashes[j] ? -1 : 1;
	int c = strcmp(sort_keys[i], sort_keys[j]);
	return c ? c : (i > j) - (i < j);
}

static void compute_fingerprints(struct report *r)
{
	int n = r->diag->n;
	char **keys = xcalloc((size_t)n + 1, sizeof(*keys));
	uint64_t *key_hashes = xcalloc((size_t)n + 1, sizeof(*key_hashes));
	int *by_identity = xcalloc((size_t)n + 1, sizeof(int));
	int *occurrence = xcalloc((size_t)n + 1, sizeof(int));
	r->fingerprints = xcalloc((size_t)n + 1, sizeof(*r->fingerprints));
	struct def_span *defs;
	int ndefs;
	index_definitions(r, &defs, &ndefs);
	for (int i = 0; i < n; i++) {
		keys[i] = fingerprint_key(r, defs, ndefs, r->diag->v[i]);
		key_hashes[i] = hash64(keys[i], strlen(keys[i]), 0);
		by_identity[i] = i;
	}
	sort_keys = keys;
	sort_hashes = key_hashes;
	if (n)
		qsort(by_identity, (size_t)n, sizeof(int), cmp_identity);
	for (int k = 1; k < n; k++) {
		int i = by_identity[k], p = by_identity[k - 1];
		if (key_hashes[i] == key_hashes[p] && !strcmp(keys[i], keys[p]))
			occurrence[i] = occurrence[p] + 1;
	}
	for (int i = 0; i < n; i++) {
		char *full = xstrfmt("%s\n%d", keys[i], occurrence[i]);
		size_t len = strlen(full);
		r->fingerprints[i] =
		    xstrfmt("%016llx%016llx", (unsigned long long)hash64(full, len, 0xcbf29ce484222325ULL),
		            (unsigned long long)hash64(full, len, 0x84222325cbf29ce4ULL));
		free(full);
	}
	for (int i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	free(key_hashes);
	free(by_identity);
	free(occurrence);
	free(defs);
}

int report_init(struct report *r, struct diag *d, const char *root, struct ir_unit *const *units, int nunits,
		bool fingerprints)
{
	free(last_path); /* resolved afresh by each report: files may have moved since */
	free(last_abs);
	last_path = last_abs = NULL;
	memset(r, 0, sizeof(*r));
	r->diag = d;
	r->units = units;
	r->nunits = nunits;
	char buf[PATH_MAX];
	if (!realpath(root ? root : ".", buf))
		return error("cannot use '%s' as the source root: %s", root ? root : ".", strerror(errno));
	r->root = xstrdup(buf);
	if (fingerprints)
		compute_fingerprints(r);
	return 0;
}

void report_drop(struct report *r, int i)
{
	struct diag *d = r->diag;
	diag_free_finding(d->v[i]);
	memmove(d->v + i, d->v + i + 1, (size_t)(d->n - i - 1) * sizeof(*d->v));
	if (r->fingerprints) {
		free(r->fingerprints[i]);
		memmove(r->fingerprints + i, r->fingerprints + i + 1,
			(size_t)(d->n - i - 1) * sizeof(*r->fingerprints));
	}
	d->n--;
}

void report_free(struct report *r)
{
	for (int i = 0; r->fingerprints && i < r->diag->n; i++)
		free(r->fingerprints[i]);
	free(r->fingerprints);
	free(r->root);
	memset(r, 0, sizeof(*r));
}
