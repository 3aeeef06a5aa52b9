/*
 * lsp_json.c - findings in the editor server's terms: LSP diagnostics (rule ID as code,
 * a link to the rule's page, notes as related information) and quick fixes (the fix-its,
 * a NOLINT comment), with positions in UTF-16 code units as LSP counts them, and file
 * names as percent-encoded file:// URIs (RFC 8089, RFC 3986).
 */
#define _DEFAULT_SOURCE /* realpath */
#include "lsp.h"

#include "diag.h"
#include "ir.h"
#include "report.h"
#include "rule.h"
#include "util.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- URIs ------------------------------------------------------------------------------ */

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

char *lsp_uri_to_path(const char *uri)
{
	if (strncasecmp(uri, "file://", 7))
		return NULL;
	const char *p = uri + 7;
	if (*p != '/') /* an authority, "file://localhost/x": the path starts at its slash */
		p = strchr(p, '/');
	if (!p)
		return NULL;
	struct strbuf sb = {0};
	for (; *p && *p != '?' && *p != '#'; p++) {
		char c = *p;
		if (c == '%') {
			int hi = hex_value(p[1]), lo = hi < 0 ? -1 : hex_value(p[2]);
			if (lo < 0 || (hi == 0 && lo == 0)) {
				sb_release(&sb);
				return NULL;
			}
			c = (char)(hi * 16 + lo);
			p += 2;
		}
		sb_add(&sb, &c, 1);
	}
	return sb.buf ? sb.buf : xstrdup("/");
}

static void add_encoded(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (isalnum(c) || strchr("-._~/", c))
			sb_add(sb, s, 1);
		else
			sb_addf(sb, "%%%02X", c);
	}
}

/* An absolute path without "." and ".." segments (lexically, as clangd's URIs are). */
static char *normalize(const char *path)
{
	char *abs, cwd[PATH_MAX];
	if (path[0] == '/' || !getcwd(cwd, sizeof(cwd)))
		abs = xstrdup(path);
	else
		abs = xstrfmt("%s/%s", cwd, path);
	char *out = xmalloc(strlen(abs) + 2);
	size_t n = 0;
	for (char *seg = strtok(abs, "/"); seg; seg = strtok(NULL, "/")) {
		if (!strcmp(seg, "."))
			continue;
		if (!strcmp(seg, "..")) {
			while (n && out[n - 1] != '/')
				n--;
			n = n ? n - 1 : 0;
			continue;
		}
		out[n++] = '/';
		memcpy(out + n, seg, strlen(seg));
		n += strlen(seg);
	}
	if (!n)
		out[n++] = '/';
	out[n] = '\0';
	free(abs);
	return out;
}

char *lsp_path_to_uri(const char *path)
{
	struct strbuf sb = {0};
	char *norm = normalize(path);
	sb_adds(&sb, "file://");
	add_encoded(&sb, norm);
	free(norm);
	return sb.buf;
}

char *lsp_real_path(const char *file)
{
	char real[PATH_MAX];
	return xstrdup(realpath(file, real) ? real : file);
}

/* ---- positions ------------------------------------------------------------------------- */

struct line_text {
	const char *s;
	size_t len; /* without the line break */
};

static const struct lsp_doc *find_doc(const struct lsp_docs *docs, const char *file)
{
	for (int i = 0; i < docs->n; i++)
		if (!strcmp(docs->v[i].path, file))
			return &docs->v[i];
	char *real = lsp_real_path(file);
	const struct lsp_doc *hit = NULL;
	for (int i = 0; i < docs->n && !hit; i++)
		if (!strcmp(docs->v[i].real, real))
			hit = &docs->v[i];
	free(real);
	return hit;
}

/* Line LINE (1-based) of FILE: the open document's text, else the file's on disk. */
static bool get_line(const struct lsp_docs *docs, const char *file, unsigned line, struct line_text *out)
{
	const struct lsp_doc *d = find_doc(docs, file);
	if (d) {
		const char *p = d->text, *end = d->text + d->len;
		for (unsigned l = 1; l < line; l++) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			if (!nl)
				return false;
			p = nl + 1;
		}
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		out->s = p;
		out->len = (size_t)((nl ? nl : end) - p);
	} else {
		out->s = diag_source_line(file, line, NULL);
		if (!out->s)
			return false;
		out->len = strlen(out->s);
	}
	if (out->len && out->s[out->len - 1] == '\r')
		out->len--;
	return true;
}

/* The length of the UTF-8 sequence at s (at most n bytes); a malformed byte counts 1. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	size_t len = s[0] < 0x80         ? 1
	             : (s[0] >> 5) == 6  ? 2
	             : (s[0] >> 4) == 14 ? 3
	             : (s[0] >> 3) == 30 ? 4
	                                 : 1;
	if (len > n)
		return 1;
	for (size_t k = 1; k < len; k++)
		if ((s[k] & 0xC0) != 0x80)
			return 1;
	return len;
}

/* UTF-16 code units in the first n bytes of s: a character beyond the Basic
 * Multilingual Plane (four UTF-8 bytes) takes two. */
static unsigned utf16_units(const char *s, size_t n)
{
	unsigned units = 0;
	for (size_t i = 0; i < n;) {
		size_t len = utf8_len((const unsigned char *)s + i, n - i);
		units += len == 4 ? 2 : 1;
		i += len;
	}
	return units;
}

static json_t *position(unsigned line, unsigned character)
{
	return json_pack("{s:i, s:i}", "line", (json_int_t)line, "character", (json_int_t)character);
}

/* The range of a location: the identifier that starts at its column (a call's or a
 * declaration's name), else one character. */
static json_t *loc_range(const struct lsp_docs *docs, const char *file, unsigned line, unsigned col)
{
	unsigned l0 = line ? line - 1 : 0, c0 = col ? col - 1 : 0;
	struct line_text t;
	if (!get_line(docs, file, line, &t))
		return json_pack("{s:o, s:o}", "start", position(l0, c0), "end", position(l0, c0));
	size_t start = c0 < t.len ? c0 : t.len, end = start;
	while (end < t.len && (isalnum((unsigned char)t.s[end]) || t.s[end] == '_'))
		end++;
	if (end == start && end < t.len)
		end += utf8_len((const unsigned char *)t.s + end, t.len - end);
	return json_pack("{s:o, s:o}", "start", position(l0, utf16_units(t.s, start)), "end",
	                 position(l0, utf16_units(t.s, end)));
}

/* An empty range at a byte column (an insertion point). */
static json_t *insertion_range(const struct lsp_docs *docs, const char *file, unsigned line, unsigned col)
{
	unsigned l0 = line ? line - 1 : 0, c = col ? col - 1 : 0;
	struct line_text t;
	if (get_line(docs, file, line, &t))
		c = utf16_units(t.s, c < t.len ? c : t.len);
	return json_pack("{s:o, s:o}", "start", position(l0, c), "end", position(l0, c));
}

static json_int_t line_of(json_t *range, const char *end)
{
	return json_integer_value(json_object_get(json_object_get(range, end), "line"));
}

bool lsp_ranges_share_line(json_t *a, json_t *b)
{
	return line_of(a, "end") >= line_of(b, "start") && line_of(b, "end") >= line_of(a, "start");
}

/* ---- diagnostics ----------------------------------------------------------------------- */

/* The URI of a file: the client's own for an open document (its spelling of the path
 * and of the escapes), else one made from the path. */
static char *uri_for(const struct lsp_docs *docs, const char *file)
{
	const struct lsp_doc *d = find_doc(docs, file);
	return d ? xstrdup(d->uri) : lsp_path_to_uri(file);
}

static json_t *location(const struct lsp_docs *docs, const struct ir_loc *l)
{
	char *uri = uri_for(docs, l->file);
	json_t *o = json_pack("{s:s, s:o}", "uri", uri, "range", loc_range(docs, l->file, l->line, l->col));
	free(uri);
	return o;
}

json_t *lsp_diagnostic(const struct finding *f, const struct lsp_docs *docs)
{
	json_t *d = json_object();
	json_object_set_new(d, "range", loc_range(docs, f->loc.file, f->loc.line, f->loc.col));
	json_object_set_new(d, "severity", json_integer(f->severity == DIAG_ERROR ? 1 : 2));
	if (f->rule) {
		json_object_set_new(d, "code", json_string(f->rule));
		char *href = xstrfmt(DPCCHECK_RULE_DOC_URL, f->rule);
		json_object_set_new(d, "codeDescription", json_pack("{s:s}", "href", href));
		free(href);
	}
	json_object_set_new(d, "source", json_string("dpccheck"));
	json_object_set_new(d, "message", json_string(f->msg));
	json_t *related = json_array();
	for (int i = 0; i < f->nnotes; i++)
		if (f->notes[i].loc.file)
			json_array_append_new(related, json_pack("{s:o, s:s}", "location",
			                                         location(docs, &f->notes[i].loc), "message",
			                                         f->notes[i].msg));
	if (json_array_size(related))
		json_object_set_new(d, "relatedInformation", related);
	else
		json_decref(related);
	return d;
}

json_t *lsp_parse_diagnostic(const struct ir_unit *u, const struct lsp_docs *docs)
{
	enum { MAX_RELATED = 10 };
	json_t *related = json_array();
	for (int i = 0; i < u->ndiags && json_array_size(related) < MAX_RELATED; i++)
		if (u->diags[i].is_error && u->diags[i].loc.file)
			json_array_append_new(
			    related, json_pack("{s:o, s:s}", "location", location(docs, &u->diags[i].loc),
			                       "message", u->diags[i].text ? u->diags[i].text : "error"));
	char *msg =
	    xstrfmt("dpccheck parsed this file with %d error%s (%d include%s not found): findings may be "
	            "incomplete",
	            u->nerrors, u->nerrors == 1 ? "" : "s", u->nmissing_includes,
	            u->nmissing_includes == 1 ? "" : "s");
	json_t *d = json_pack("{s:{s:{s:i, s:i}, s:{s:i, s:i}}, s:i, s:s, s:s, s:o}", "range", "start",
	                      "line", 0, "character", 0, "end", "line", 0, "character", 0, "severity", 3,
	                      "source", "dpccheck", "message", msg, "relatedInformation", related);
	free(msg);
	return d;
}

/* ---- code actions ---------------------------------------------------------------------- */

static void add_edit(json_t *changes, const struct lsp_docs *docs, const char *file, json_t *range,
                     const char *text)
{
	char *uri = uri_for(docs, file);
	json_t *edits = json_object_get(changes, uri);
	if (!edits) {
		edits = json_array();
		json_object_set_new(changes, uri, edits);
	}
	json_array_append_new(edits, json_pack("{s:o, s:s}", "range", range, "newText", text));
	free(uri);
}

static json_t *action(const char *title, json_t *diag, json_t *changes, bool preferred)
{
	json_t *a = json_pack("{s:s, s:s, s:[O]}", "title", title, "kind", "quickfix", "diagnostics", diag);
	if (preferred)
		json_object_set_new(a, "isPreferred", json_true());
	json_object_set_new(a, "edit", json_pack("{s:o}", "changes", changes));
	return a;
}

/* "Insert '_Use_decl_annotations_'" for one one-line insertion. */
static char *fix_title(const struct finding *f)
{
	const char *t = f->fixits[0].text;
	size_t lead = strspn(t, " \t\r\n"), len = strlen(t + lead);
	while (len && strchr(" \t\r\n", t[lead + len - 1]))
		len--;
	if (f->nfixits == 1 && len && !memchr(t + lead, '\n', len))
		return xstrfmt("Insert '%.*s'", (int)len, t + lead);
	return xstrfmt("Apply the fix for %s", f->rule ? f->rule : "this finding");
}

void lsp_code_actions(const struct finding *f, json_t *diag, const struct lsp_docs *docs, json_t *actions)
{
	json_t *changes = json_object();
	for (int i = 0; i < f->nfixits; i++) {
		const struct diag_fixit *x = &f->fixits[i];
		if (x->file)
			add_edit(changes, docs, x->file, insertion_range(docs, x->file, x->line, x->col),
			         x->text);
	}
	if (json_object_size(changes)) {
		char *title = fix_title(f);
		json_array_append_new(actions, action(title, diag, changes, true));
		free(title);
	} else {
		json_decref(changes);
	}
	/* clang-tidy's NOLINT(rule) at the end of the line: diag.c honors it there */
	struct line_text t;
	if (!f->rule || !f->loc.file || !get_line(docs, f->loc.file, f->loc.line, &t))
		return;
	changes = json_object();
	char *text = xstrfmt(" // NOLINT(%s)", f->rule);
	unsigned end = utf16_units(t.s, t.len);
	add_edit(changes, docs, f->loc.file,
	         json_pack("{s:o, s:o}", "start", position(f->loc.line - 1, end), "end",
	                   position(f->loc.line - 1, end)),
	         text);
	char *title = xstrfmt("Suppress with NOLINT(%s)", f->rule);
	json_array_append_new(actions, action(title, diag, changes, false));
	free(title);
	free(text);
}
