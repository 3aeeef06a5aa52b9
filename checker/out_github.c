/*
 * out_github.c - findings as GitHub Actions workflow commands, which the runner turns
 * into annotations on the pull request's diff:
 *   ::error file=dpc.c,line=46,col=10,endLine=46,endColumn=30,title=irql-call-above-max::message
 * Notes follow the message on lines of their own. Values are escaped as the runner
 * unescapes them: '%', CR and LF everywhere, and ':' and ',' inside properties too.
 * Paths are relative to the source root (the repository, in a workflow).
 */
#include "diag.h"
#include "ir.h"
#include "output.h"
#include "report.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static void add_escaped(struct strbuf *sb, const char *s, bool property)
{
	for (; *s; s++) {
		if (*s == '%')
			sb_adds(sb, "%25");
		else if (*s == '\r')
			sb_adds(sb, "%0D");
		else if (*s == '\n')
			sb_adds(sb, "%0A");
		else if (property && *s == ':')
			sb_adds(sb, "%3A");
		else if (property && *s == ',')
			sb_adds(sb, "%2C");
		else
			sb_add(sb, s, 1);
	}
}

static void add_property(struct strbuf *sb, const char *name, const char *value, bool first)
{
	sb_addf(sb, "%s%s=", first ? " " : ",", name);
	add_escaped(sb, value, true);
}

static void add_location(struct strbuf *sb, const struct report *r, const struct ir_loc *l)
{
	char *path = report_path(r, l->file ? l->file : "");
	add_property(sb, "file", path, true);
	free(path);
	if (!l->line)
		return;
	char num[32];
	snprintf(num, sizeof(num), "%u", l->line);
	add_property(sb, "line", num, false);
	snprintf(num, sizeof(num), "%u", report_codepoint_col(l->file, l->line, l->col));
	add_property(sb, "col", num, false);
	unsigned end = report_token_end(l);
	if (end) {
		/* the runner takes an end column only with the end line */
		snprintf(num, sizeof(num), "%u", l->line);
		add_property(sb, "endLine", num, false);
		snprintf(num, sizeof(num), "%u", report_codepoint_col(l->file, l->line, end));
		add_property(sb, "endColumn", num, false);
	}
}

/* The message, then each note as "path:line:col: note: text" on a line of its own. */
static char *message(const struct report *r, const struct finding *f)
{
	struct strbuf sb = { 0 };
	sb_adds(&sb, f->msg);
	for (int i = 0; i < f->nnotes; i++) {
		const struct diag_note *n = &f->notes[i];
		char *path = report_path(r, n->loc.file ? n->loc.file : "");
		sb_addf(&sb, "\n%s:%u:%u: note: %s", path, n->loc.line, n->loc.col, n->msg);
		free(path);
	}
	return sb.buf;
}

static void print_finding(const struct report *r, const struct finding *f, FILE *out)
{
	struct strbuf sb = { 0 };
	sb_addf(&sb, "::%s", f->severity == DIAG_ERROR ? "error" : "warning");
	add_location(&sb, r, &f->loc);
	add_property(&sb, "title", f->rule ? f->rule : "dpccheck", false);
	sb_adds(&sb, "::");
	char *msg = message(r, f);
	add_escaped(&sb, msg, false);
	free(msg);
	fprintf(out, "%s\n", sb.buf);
	sb_release(&sb);
}

/* A unit that parsed only partly is a notice (an error under --strict-parse) on its file,
 * so the run's summary shows it next to the findings. */
static void print_parse_problem(const struct report *r, const struct ir_unit *u, FILE *out)
{
	struct strbuf sb = { 0 };
	sb_addf(&sb, "::%s", r->strict_parse ? "error" : "notice");
	struct ir_loc l = { .file = u->file };
	add_location(&sb, r, &l);
	add_property(&sb, "title", "dpccheck", false);
	sb_adds(&sb, "::");
	char *text =
	    xstrfmt("'%s' parsed with %d error%s (%d include%s not found); findings may be incomplete",
	            u->file, u->nerrors, u->nerrors == 1 ? "" : "s", u->nmissing_includes,
	            u->nmissing_includes == 1 ? "" : "s");
	add_escaped(&sb, text, false);
	free(text);
	fprintf(out, "%s\n", sb.buf);
	sb_release(&sb);
}

int output_github(const struct report *r, FILE *out)
{
	for (int i = 0; i < r->diag->n; i++)
		print_finding(r, r->diag->v[i], out);
	for (int i = 0; i < r->nunits; i++)
		if (r->units[i]->nerrors || r->units[i]->nmissing_includes)
			print_parse_problem(r, r->units[i], out);
	return fflush(out) || ferror(out) ? -1 : 0;
}
