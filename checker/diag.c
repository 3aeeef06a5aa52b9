/*
 * diag.c - collects findings and applies the output contract of RULES.md: --checks
 * globs, NOLINT / NOLINTNEXTLINE / NOLINTBEGIN..NOLINTEND suppression (clang-tidy's
 * syntax), deduplication and ordering by file, line, column and rule.
 */
#define _DEFAULT_SOURCE /* realpath */
#include "diag.h"

#include "util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Formats into a buffer on the stack first: a message that fits (most) is formatted once,
 * not measured and then formatted. */
static char *vfmt(const char *fmt, va_list ap)
{
	char buf[1024];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	char *s = xmalloc((size_t)n + 1);
	if ((size_t)n < sizeof(buf))
		memcpy(s, buf, (size_t)n + 1);
	else
		vsnprintf(s, (size_t)n + 1, fmt, ap2);
	va_end(ap2);
	return s;
}

struct finding *diag_vreport(struct diag *d, const char *rule, enum diag_severity sev, struct ir_loc loc,
			     const char *fmt, va_list ap)
{
	struct finding *f = xcalloc(1, sizeof(*f));
	f->rule = rule;
	f->severity = sev;
	f->loc = loc;
	f->msg = vfmt(fmt, ap);
	VEC_PUSH(d->v, d->n, d->cap);
	d->v[d->n++] = f;
	return f;
}

struct finding *diag_report(struct diag *d, const char *rule, enum diag_severity sev, struct ir_loc loc,
			    const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = diag_vreport(d, rule, sev, loc, fmt, ap);
	va_end(ap);
	return f;
}

void diag_note(struct finding *f, struct ir_loc loc, const char *fmt, ...)
{
	VEC_PUSH(f->notes, f->nnotes, f->capnotes);
	struct diag_note *n = &f->notes[f->nnotes++];
	n->loc = loc;
	va_list ap;
	va_start(ap, fmt);
	n->msg = vfmt(fmt, ap);
	va_end(ap);
}

void diag_fixit(struct finding *f, const char *file, unsigned line, unsigned col, unsigned offset,
		const char *text)
{
	VEC_PUSH(f->fixits, f->nfixits, f->capfixits);
	struct diag_fixit *x = &f->fixits[f->nfixits++];
	x->file = file;
	x->line = line;
	x->col = col;
	x->offset = offset;
	x->text = xstrdup(text);
}

bool diag_rule_enabled(const char *checks, const char *rule)
{
	if (!checks)
		return true;
	bool on = false;
	char *copy = xstrdup(checks);
	for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
		while (isspace((unsigned char)*tok))
			tok++;
		char *end = tok + strlen(tok);
		while (end > tok && isspace((unsigned char)end[-1]))
			*--end = '\0';
		bool neg = *tok == '-';
		if (glob_match(neg ? tok + 1 : tok, rule))
			on = !neg;
	}
	free(copy);
	return on;
}

int diag_check_globs(const char *checks, const char *const *rules, int nrules)
{
	int ret = 0;
	char *copy = xstrdup(checks);
	for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
		while (isspace((unsigned char)*tok))
			tok++;
		if (*tok == '-' || !*tok)
			continue;
		bool any = false;
		for (int i = 0; i < nrules; i++)
			any |= glob_match(tok, rules[i]);
		if (!any)
			ret = error("--checks: '%s' matches no rule (see --list-rules)", tok);
	}
	free(copy);
	return ret;
}

/* ---- source lines (cached per file) ---------------------------------------------- */

struct src {
	char *path;
	char *text; /* the lines, each ended by a NUL */
	char *raw;  /* the content as read */
	size_t len;
	unsigned nlines;
	unsigned *starts; /* offset of each line; starts[nlines] = length + 1 */
};

static struct src *srcs;
static int nsrcs, capsrcs;

static struct src *load_src(const char *file)
{
	for (int i = 0; i < nsrcs; i++)
		if (!strcmp(srcs[i].path, file))
			return srcs[i].text ? &srcs[i] : NULL;
	VEC_PUSH(srcs, nsrcs, capsrcs);
	struct src *s = &srcs[nsrcs++];
	memset(s, 0, sizeof(*s));
	s->path = xstrdup(file);
	size_t len;
	s->text = read_file(file, &len);
	if (!s->text)
		return NULL;
	s->len = len;
	s->raw = xmalloc(len + 1);
	memcpy(s->raw, s->text, len + 1);
	unsigned cap = 0;
	VEC_PUSH(s->starts, s->nlines, cap);
	s->starts[s->nlines++] = 0;
	for (size_t i = 0; i < len; i++)
		if (s->text[i] == '\n') {
			VEC_PUSH(s->starts, s->nlines, cap);
			s->starts[s->nlines++] = (unsigned)i + 1;
			s->text[i] = '\0';
		}
	VEC_PUSH(s->starts, s->nlines, cap);
	s->starts[s->nlines] = (unsigned)len + 1;
	return s;
}

void diag_sources_reset(void)
{
	for (int i = 0; i < nsrcs; i++) {
		free(srcs[i].path);
		free(srcs[i].text);
		free(srcs[i].raw);
		free(srcs[i].starts);
	}
	free(srcs);
	srcs = NULL;
	nsrcs = capsrcs = 0;
}

const char *diag_source_line(const char *file, unsigned line, unsigned *line_offset)
{
	struct src *s = file ? load_src(file) : NULL;
	if (!s || line == 0 || line > s->nlines)
		return NULL;
	if (line_offset)
		*line_offset = s->starts[line - 1];
	return s->text + s->starts[line - 1];
}

const char *diag_source_text(const char *file, size_t *len)
{
	struct src *s = file ? load_src(file) : NULL;
	if (!s)
		return NULL;
	*len = s->len;
	return s->raw;
}

/* ---- NOLINT ------------------------------------------------------------------------ */

enum nolint_kind { NOLINT_LINE, NOLINT_NEXTLINE, NOLINT_BEGIN, NOLINT_END };

struct nolint {
	enum nolint_kind kind;
	unsigned line, col;
	char *list; /* the text between the parentheses, or NULL for all rules */
};

static const char *const families[] = { "role-", "dpc-", "context-", "irql-", "spinlock-", "race-" };

/* Whether a rule ID named in a NOLINT list is in dpccheck's namespace but unknown. Names
 * outside our rule families belong to clang-tidy, which shares the syntax. */
static bool unknown_rule(const char *name, const char *const *rules, int nrules)
{
	if (strchr(name, '*'))
		return false;
	bool ours = false;
	for (size_t i = 0; i < ARRAY_SIZE(families); i++)
		ours |= starts_with(name, families[i]);
	if (!ours)
		return false;
	for (int i = 0; i < nrules; i++)
		if (!strcmp(rules[i], name))
			return false;
	return true;
}

static bool list_matches(const char *list, const char *rule)
{
	if (!list)
		return true;
	if (!rule)
		return false;
	char *copy = xstrdup(list);
	bool hit = false;
	for (char *tok = strtok(copy, ","); tok && !hit; tok = strtok(NULL, ",")) {
		while (isspace((unsigned char)*tok))
			tok++;
		char *end = tok + strlen(tok);
		while (end > tok && isspace((unsigned char)end[-1]))
			*--end = '\0';
		hit = glob_match(tok, rule);
	}
	free(copy);
	return hit;
}

struct file_nolints {
	const char *file;
	struct nolint *v;
	int n, cap;
};

static void scan_line(struct file_nolints *fn, const char *text, unsigned line)
{
	for (const char *p = strstr(text, "NOLINT"); p; p = strstr(p + 6, "NOLINT")) {
		struct nolint nl = { 0 };
		const char *q = p + 6;
		nl.kind = NOLINT_LINE;
		if (starts_with(q, "NEXTLINE"))
			nl.kind = NOLINT_NEXTLINE, q += 8;
		else if (starts_with(q, "BEGIN"))
			nl.kind = NOLINT_BEGIN, q += 5;
		else if (starts_with(q, "END"))
			nl.kind = NOLINT_END, q += 3;
		else if (isalnum((unsigned char)*q) || *q == '_')
			continue;
		nl.line = line;
		nl.col = (unsigned)(p - text) + 1;
		if (*q == '(') {
			const char *e = strchr(q, ')');
			if (!e)
				continue;
			nl.list = xstrfmt("%.*s", (int)(e - q - 1), q + 1);
		}
		VEC_PUSH(fn->v, fn->n, fn->cap);
		fn->v[fn->n++] = nl;
	}
}

static void scan_file(struct file_nolints *fn)
{
	struct src *s = load_src(fn->file);
	if (!s)
		return;
	for (unsigned i = 0; i < s->nlines; i++)
		if (strstr(s->text + s->starts[i], "NOLINT"))
			scan_line(fn, s->text + s->starts[i], i + 1);
}

static bool suppressed(const struct file_nolints *fn, const struct finding *f)
{
	int depth_hits = 0;
	for (int i = 0; i < fn->n; i++) {
		const struct nolint *nl = &fn->v[i];
		if (nl->kind == NOLINT_LINE && nl->line == f->loc.line && list_matches(nl->list, f->rule))
			return true;
		if (nl->kind == NOLINT_NEXTLINE && nl->line + 1 == f->loc.line && list_matches(nl->list, f->rule))
			return true;
		if (nl->kind == NOLINT_BEGIN && nl->line <= f->loc.line && list_matches(nl->list, f->rule)) {
			/* open unless a matching END comes before the finding */
			bool closed = false;
			for (int j = i + 1; j < fn->n && !closed; j++)
				closed = fn->v[j].kind == NOLINT_END && fn->v[j].line < f->loc.line &&
					 ((!fn->v[j].list && !nl->list) ||
					  (fn->v[j].list && nl->list && !strcmp(fn->v[j].list, nl->list)));
			depth_hits += !closed;
		}
	}
	return depth_hits > 0;
}

static void report_unknown(struct diag *d, const struct file_nolints *fn, const char *const *rules, int nrules)
{
	for (int i = 0; i < fn->n; i++) {
		if (!fn->v[i].list)
			continue;
		char *copy = xstrdup(fn->v[i].list);
		for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
			while (isspace((unsigned char)*tok))
				tok++;
			char *end = tok + strlen(tok);
			while (end > tok && isspace((unsigned char)end[-1]))
				*--end = '\0';
			if (unknown_rule(tok, rules, nrules)) {
				struct ir_loc loc = { .file = fn->file, .line = fn->v[i].line, .col = fn->v[i].col };
				diag_report(d, NULL, DIAG_WARNING, loc, "unknown rule '%s'", tok);
			}
		}
		free(copy);
	}
}

static int cmp_findings(const void *x, const void *y)
{
	const struct finding *a = *(struct finding *const *)x, *b = *(struct finding *const *)y;
	int c = strcmp(a->loc.file ? a->loc.file : "", b->loc.file ? b->loc.file : "");
	if (c)
		return c;
	if (a->loc.line != b->loc.line)
		return a->loc.line < b->loc.line ? -1 : 1;
	if (a->loc.col != b->loc.col)
		return a->loc.col < b->loc.col ? -1 : 1;
	c = strcmp(a->rule ? a->rule : "", b->rule ? b->rule : "");
	return c ? c : strcmp(a->msg, b->msg);
}

void diag_free_finding(struct finding *f)
{
	for (int i = 0; i < f->nnotes; i++)
		free(f->notes[i].msg);
	for (int i = 0; i < f->nfixits; i++)
		free(f->fixits[i].text);
	free(f->notes);
	free(f->fixits);
	free(f->msg);
	free(f);
}

static struct file_nolints *nolints_for(struct file_nolints **v, int *n, int *cap, const char *file)
{
	for (int i = 0; i < *n; i++)
		if (!strcmp((*v)[i].file, file))
			return &(*v)[i];
	VEC_PUSH(*v, *n, *cap);
	struct file_nolints *fn = &(*v)[(*n)++];
	memset(fn, 0, sizeof(*fn));
	fn->file = file;
	scan_file(fn);
	return fn;
}

void diag_finish(struct diag *d, const char *const *rules, int nrules)
{
	struct file_nolints *files = NULL;
	int nfiles = 0, capfiles = 0;
	int n = 0;
	int nrule_findings = d->n;
	for (int i = 0; i < nrule_findings; i++) {
		struct finding *f = d->v[i];
		if (!f->loc.file)
			continue;
		nolints_for(&files, &nfiles, &capfiles, f->loc.file);
	}
	for (int i = 0; i < d->nscan_files; i++)
		nolints_for(&files, &nfiles, &capfiles, d->scan_files[i]);
	for (int i = 0; i < nfiles; i++)
		report_unknown(d, &files[i], rules, nrules);
	for (int i = 0; i < d->n; i++) {
		struct finding *f = d->v[i];
		bool keep = !f->rule || diag_rule_enabled(d->checks, f->rule);
		if (keep && f->rule && f->loc.file)
			keep = !suppressed(nolints_for(&files, &nfiles, &capfiles, f->loc.file), f);
		if (keep)
			d->v[n++] = f;
		else
			diag_free_finding(f);
	}
	d->n = n;
	if (d->n)
		qsort(d->v, (size_t)d->n, sizeof(*d->v), cmp_findings);
	/* one defect, one finding: of the same finding reached through several call chains,
	 * keep the one with the shortest chain (the fewest notes) */
	n = 0;
	for (int i = 0; i < d->n; i++) {
		if (n && !cmp_findings(&d->v[n - 1], &d->v[i])) {
			if (d->v[i]->nnotes < d->v[n - 1]->nnotes) {
				diag_free_finding(d->v[n - 1]);
				d->v[n - 1] = d->v[i];
			} else {
				diag_free_finding(d->v[i]);
			}
			continue;
		}
		d->v[n++] = d->v[i];
	}
	d->n = n;
	for (int i = 0; i < nfiles; i++) {
		for (int j = 0; j < files[i].n; j++)
			free(files[i].v[j].list);
		free(files[i].v);
	}
	free(files);
}

void diag_stat(struct diag *d, const char *rule, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *text = vfmt(fmt, ap);
	va_end(ap);
	VEC_PUSH(d->stats, d->nstats, d->capstats);
	d->stats[d->nstats++] = xstrfmt("%s: %s", rule, text);
	free(text);
}

void diag_only_files(struct diag *d, const char *const *files, int nfiles)
{
	char **real = xcalloc((size_t)nfiles + 1, sizeof(*real));
	for (int i = 0; i < nfiles; i++)
		real[i] = realpath(files[i], NULL);
	int n = 0;
	for (int i = 0; i < d->n; i++) {
		struct finding *f = d->v[i];
		char *r = f->loc.file ? realpath(f->loc.file, NULL) : NULL;
		bool keep = false;
		for (int j = 0; j < nfiles && !keep; j++)
			keep = (r && real[j] && !strcmp(r, real[j])) || (f->loc.file && !strcmp(f->loc.file, files[j]));
		free(r);
		if (keep)
			d->v[n++] = f;
		else
			diag_free_finding(f);
	}
	d->n = n;
	for (int i = 0; i < nfiles; i++)
		free(real[i]);
	free(real);
}

void diag_free(struct diag *d)
{
	for (int i = 0; i < d->nstats; i++)
		free(d->stats[i]);
	free(d->stats);
	d->stats = NULL;
	d->nstats = d->capstats = 0;
	for (int i = 0; i < d->n; i++)
		diag_free_finding(d->v[i]);
	free(d->v);
	d->v = NULL;
	d->n = d->cap = 0;
}
