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

static char *absolute(const char *path)
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
	for (const char *p = msg; *p; p++) {
		sb_add(sb, p, 1);
		if (*p == ':')
			while (isdigit((unsigned char)p[1]))
				p++;
	}
	sb_add(sb, "\n", 1);
	for (const char *p = line ? line : ""; *p; p++)
		if (!isspace((unsigned char)*p))
			sb_add(sb, p, 1);
}

/* The function whose definition contains a location, or "" (a declaration outside any
 * function). */
static const char *enclosing_function(const struct report *r, const struct ir_loc *l)
{
	for (int i = 0; l->file && i < r->nunits; i++) {
		const struct ir_unit *u = r->units[i];
		for (int j = 0; j < u->nfunctions; j++) {
			const struct ir_function *fn = &u->functions[j];
			if (!fn->defined || l->offset < fn->def_begin_offset || l->offset >= fn->def_end_offset)
				continue;
			for (int k = 0; k < fn->ndecls; k++)
				if (fn->decls[k].is_definition && fn->decls[k].loc.file &&
				    !strcmp(fn->decls[k].loc.file, l->file))
					return fn->name;
		}
	}
	return "";
}

/* A finding's identity: rule, file relative to the root, the function it lies in, its
 * message and the text of the line it points at, and which occurrence of that identity
 * it is in file order. Line numbers are left out on purpose, so a baseline survives
 * edits elsewhere in the file. */
static char *fingerprint_key(const struct report *r, const struct finding *f)
{
	struct strbuf sb = { 0 };
	char *path = f->loc.file ? report_path(r, f->loc.file) : xstrdup("");
	sb_addf(&sb, "%s\n%s\n%s\n", f->rule ? f->rule : "", path, enclosing_function(r, &f->loc));
	free(path);
	add_normalized(&sb, f->msg, f->loc.file ? diag_source_line(f->loc.file, f->loc.line, NULL) : NULL);
	return sb.buf;
}

static void compute_fingerprints(struct report *r)
{
	int n = r->diag->n;
	char **keys = xcalloc((size_t)n + 1, sizeof(*keys));
	uint64_t *key_hashes = xcalloc((size_t)n + 1, sizeof(*key_hashes));
	r->fingerprints = xcalloc((size_t)n + 1, sizeof(*r->fingerprints));
	for (int i = 0; i < n; i++) {
		keys[i] = fingerprint_key(r, r->diag->v[i]);
		key_hashes[i] = hash64(keys[i], strlen(keys[i]), 0);
		int occurrence = 0;
		for (int j = 0; j < i; j++)
			occurrence += key_hashes[j] == key_hashes[i] && !strcmp(keys[i], keys[j]);
		char *full = xstrfmt("%s\n%d", keys[i], occurrence);
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
}

int report_init(struct report *r, struct diag *d, const char *root, struct ir_unit *const *units, int nunits)
{
	memset(r, 0, sizeof(*r));
	r->diag = d;
	r->units = units;
	r->nunits = nunits;
	char buf[PATH_MAX];
	if (!realpath(root ? root : ".", buf))
		return error("cannot use '%s' as the source root: %s", root ? root : ".", strerror(errno));
	r->root = xstrdup(buf);
	compute_fingerprints(r);
	return 0;
}

void report_drop(struct report *r, int i)
{
	struct diag *d = r->diag;
	diag_free_finding(d->v[i]);
	free(r->fingerprints[i]);
	memmove(d->v + i, d->v + i + 1, (size_t)(d->n - i - 1) * sizeof(*d->v));
	memmove(r->fingerprints + i, r->fingerprints + i + 1,
	        (size_t)(d->n - i - 1) * sizeof(*r->fingerprints));
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
