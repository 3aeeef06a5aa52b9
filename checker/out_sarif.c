/*
 * out_sarif.c - findings as a SARIF 2.1.0 log (jansson) for GitHub code scanning and
 * other SARIF viewers: the tool with every rule, one result per finding with its notes
 * as related locations, its call chain as a code flow, a fingerprint that survives
 * unrelated edits and its fix-its as fixes; units that parsed only partly become tool
 * notifications. Paths are relative to the source root (%SRCROOT%), columns are in
 * Unicode code points. docs/json-format.md says how the fields map.
 */
#include "diag.h"
#include "ir.h"
#include "output.h"
#include "report.h"
#include "rule.h"
#include "util.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "%SRCROOT%"
/* The identifier SARIF gives dpccheck's own warnings (an unknown rule named in a NOLINT
 * comment), which have no rule in the text and JSON output: a SARIF consumer needs one. */
#define UNKNOWN_RULE_ID "dpccheck-unknown-rule"

/* From docs/rules/<id>.md: the "Why it matters" paragraph and the whole page. */
static const struct {
	const char *id, *why, *page;
} rule_docs[] = {
#define RULE_DOC(id, why, page) { id, why, page },
#include "rule_docs.h"
#undef RULE_DOC
};

/* ---- artifacts and regions ---------------------------------------------------------- */

static void add_uri_encoded(struct strbuf *sb, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (isalnum(*p) || strchr("-._~/", *p))
			sb_add(sb, (const char *)p, 1);
		else
			sb_addf(sb, "%%%02X", *p);
	}
}

static json_t *artifact_json(const struct report *r, const char *file)
{
	struct strbuf sb = { 0 };
	char *rel = report_relpath(r, file);
	json_t *a;
	if (rel) {
		add_uri_encoded(&sb, rel);
		a = json_pack("{s:s, s:s}", "uri", sb.buf, "uriBaseId", SRCROOT);
	} else {
		char *abs = report_path(r, file);
		sb_adds(&sb, "file://");
		add_uri_encoded(&sb, abs);
		free(abs);
		a = json_pack("{s:s}", "uri", sb.buf);
	}
	free(rel);
	sb_release(&sb);
	return a;
}

static json_t *region_json(const struct ir_loc *l, bool with_end)
{
	json_t *reg = json_pack("{s:i, s:i}", "startLine", (int)l->line, "startColumn",
	                        (int)report_codepoint_col(l->file, l->line, l->col));
	unsigned end = with_end ? report_token_end(l) : 0;
	if (end) {
		json_object_set_new(reg, "endLine", json_integer(l->line));
		json_object_set_new(reg, "endColumn",
		                    json_integer(report_codepoint_col(l->file, l->line, end)));
	}
	return reg;
}

/* A location object; message may be NULL. */
static json_t *location_json(const struct report *r, const struct ir_loc *l, const char *message,
                             bool with_end)
{
	json_t *phys = json_pack("{s:o}", "artifactLocation", artifact_json(r, l->file ? l->file : ""));
	if (l->line)
		json_object_set_new(phys, "region", region_json(l, with_end));
	json_t *loc = json_pack("{s:o}", "physicalLocation", phys);
	if (message)
		json_object_set_new(loc, "message", json_pack("{s:s}", "text", message));
	return loc;
}

/* ---- the tool and its rules ------------------------------------------------------------ */

/* Markdown of the rule docs as plain text: `code` loses its backticks, [text](url)
 * becomes text. */
static char *plain_text(const char *md)
{
	struct strbuf sb = { 0 };
	for (const char *p = md; *p; p++) {
		const char *close;
		if (*p == '`')
			continue;
		if (*p == '[' && (close = strstr(p, "](")) && strchr(close, ')') &&
		    !memchr(p, '\n', (size_t)(close - p))) {
			sb_add(&sb, p + 1, (size_t)(close - p - 1));
			p = strchr(close, ')');
			continue;
		}
		sb_add(&sb, p, 1);
	}
	if (!sb.buf)
		return xstrdup("");
	return sb.buf;
}

/* A message in plain text and, when it has markup, in Markdown too. */
static json_t *multiformat_json(const char *markdown)
{
	char *plain = plain_text(markdown);
	json_t *m = json_pack("{s:s, s:s}", "text", plain, "markdown", markdown);
	free(plain);
	return m;
}

static json_t *rule_json(const char *id, const char *summary, enum diag_severity sev, const char *why,
                         const char *page, const char *help)
{
	/* the summary is a sentence fragment in rules.def; SARIF wants a sentence */
	char *short_text = xstrfmt("%c%s.", toupper((unsigned char)summary[0]), summary + 1);
	json_t *full = why && *why ? multiformat_json(why) : json_pack("{s:s}", "text", short_text);
	/* GitHub shows the help beside an alert: the rule's whole page, or where to find it */
	char *link = xstrfmt("%s See %s.", short_text, help);
	json_t *help_text = page ? multiformat_json(page) : json_pack("{s:s}", "text", link);
	json_t *o = json_pack("{s:s, s:{s:s}, s:o, s:s, s:o, s:{s:s}}", "id", id, "shortDescription", "text",
	                      short_text, "fullDescription", full, "helpUri", help, "help", help_text,
	                      "defaultConfiguration", "level", sev == DIAG_ERROR ? "error" : "warning");
	free(link);
	free(short_text);
	return o;
}

static json_t *rules_json(void)
{
	json_t *arr = json_array();
	for (int i = 0; i < rule_count; i++) {
		const char *why = NULL, *page = NULL;
		for (size_t k = 0; k < ARRAY_SIZE(rule_docs); k++)
			if (!strcmp(rule_docs[k].id, rule_infos[i].id)) {
				why = rule_docs[k].why;
				page = rule_docs[k].page;
			}
		char *help = xstrfmt(DPCCHECK_RULE_DOC_URL, rule_infos[i].id);
		json_array_append_new(arr, rule_json(rule_infos[i].id, rule_infos[i].summary,
		                                     rule_infos[i].severity, why, page, help));
		free(help);
	}
	json_array_append_new(arr, rule_json(UNKNOWN_RULE_ID,
	                                     "a NOLINT comment names a dpccheck rule that does not exist",
	                                     DIAG_WARNING, NULL, NULL, DPCCHECK_HOME_URL "#usage"));
	return arr;
}

static int rule_index(const char *id)
{
	for (int i = 0; id && i < rule_count; i++)
		if (!strcmp(rule_infos[i].id, id))
			return i;
	return rule_count; /* UNKNOWN_RULE_ID, last in the list */
}

/* ---- results ------------------------------------------------------------------------ */

/* Notes that walk a call chain say "'callee' called here from 'caller'" (deepest call
 * first), and the note after the last of them names the entry routine's registration
 * (RULES.md "Contexts the rules reason about"). */
static bool chain_note(const struct diag_note *n)
{
	return strstr(n->msg, "' called here from '") != NULL;
}

static bool entry_note(const struct diag_note *n)
{
	return strstr(n->msg, "' runs as ") || strstr(n->msg, "' runs at ");
}

static json_t *flow_location(json_t *loc)
{
	return json_pack("{s:o}", "location", loc);
}

/* The call chain as one thread flow, from the entry routine's registration down to the
 * offending place; NULL when the finding has no chain. */
static json_t *code_flows_json(const struct report *r, const struct finding *f)
{
	int first = -1, last = -1;
	for (int i = 0; i < f->nnotes; i++)
		if (chain_note(&f->notes[i])) {
			if (first < 0)
				first = i;
			last = i;
		}
	if (first < 0)
		return NULL;
	json_t *locs = json_array();
	if (last + 1 < f->nnotes && entry_note(&f->notes[last + 1]))
		json_array_append_new(locs, flow_location(location_json(r, &f->notes[last + 1].loc,
		                                                        f->notes[last + 1].msg, true)));
	for (int i = last; i >= first; i--)
		if (chain_note(&f->notes[i]))
			json_array_append_new(
			    locs, flow_location(location_json(r, &f->notes[i].loc, f->notes[i].msg, true)));
	json_array_append_new(locs, flow_location(location_json(r, &f->loc, f->msg, true)));
	return json_pack("[{s:[{s:o}]}]", "threadFlows", "locations", locs);
}

/* The text a fix-it inserts, without its indentation and line break, for its
 * description. */
static char *fix_summary(const struct finding *f)
{
	struct strbuf sb = { 0 };
	sb_adds(&sb, "Insert ");
	for (int i = 0; i < f->nfixits; i++) {
		const char *t = f->fixits[i].text;
		while (isspace((unsigned char)*t))
			t++;
		size_t n = strlen(t);
		while (n && isspace((unsigned char)t[n - 1]))
			n--;
		sb_addf(&sb, "%s'%.*s'", i ? " and " : "", (int)n, t);
	}
	return sb.buf;
}

/* The fix-its of a finding as one fix, with one artifact change per file; each fix-it
 * inserts text, so its deleted region is empty (end column = start column). */
static json_t *fixes_json(const struct report *r, const struct finding *f)
{
	json_t *changes = json_array();
	for (int i = 0; i < f->nfixits; i++) {
		const struct diag_fixit *x = &f->fixits[i];
		bool seen = false;
		for (int j = 0; j < i; j++)
			seen |= !strcmp(f->fixits[j].file, x->file);
		if (seen)
			continue;
		json_t *repl = json_array();
		for (int j = i; j < f->nfixits; j++) {
			const struct diag_fixit *y = &f->fixits[j];
			if (strcmp(y->file, x->file))
				continue;
			int col = (int)report_codepoint_col(y->file, y->line, y->col);
			json_array_append_new(
			    repl, json_pack("{s:{s:i, s:i, s:i, s:i}, s:{s:s}}", "deletedRegion", "startLine",
			                    (int)y->line, "startColumn", col, "endLine", (int)y->line,
			                    "endColumn", col, "insertedContent", "text", y->text));
		}
		json_array_append_new(changes, json_pack("{s:o, s:o}", "artifactLocation",
		                                         artifact_json(r, x->file), "replacements", repl));
	}
	char *desc = fix_summary(f);
	json_t *fix = json_pack("[{s:{s:s}, s:o}]", "description", "text", desc, "artifactChanges", changes);
	free(desc);
	return fix;
}

static json_t *result_json(const struct report *r, int i)
{
	const struct finding *f = r->diag->v[i];
	int index = rule_index(f->rule);
	json_t *res =
	    json_pack("{s:s, s:i, s:s, s:{s:s}, s:[o]}", "ruleId", f->rule ? f->rule : UNKNOWN_RULE_ID,
	              "ruleIndex", index, "level", f->severity == DIAG_ERROR ? "error" : "warning", "message",
	              "text", f->msg, "locations", location_json(r, &f->loc, NULL, true));
	if (f->nnotes) {
		json_t *rel = json_array();
		for (int k = 0; k < f->nnotes; k++) {
			json_t *loc = location_json(r, &f->notes[k].loc, f->notes[k].msg, true);
			json_object_set_new(loc, "id", json_integer(k + 1));
			json_array_append_new(rel, loc);
		}
		json_object_set_new(res, "relatedLocations", rel);
	}
	json_t *flows = code_flows_json(r, f);
	if (flows)
		json_object_set_new(res, "codeFlows", flows);
	json_object_set_new(res, "partialFingerprints",
	                    json_pack("{s:s}", DPCCHECK_FINGERPRINT_KEY, r->fingerprints[i]));
	if (f->nfixits)
		json_object_set_new(res, "fixes", fixes_json(r, f));
	return res;
}

/* ---- the invocation: parse problems ----------------------------------------------------- */

static json_t *notification_json(const struct report *r, const char *level, const char *text,
                                 const struct ir_loc *l)
{
	json_t *n = json_pack("{s:s, s:{s:s}}", "level", level, "message", "text", text);
	if (l)
		json_object_set_new(n, "locations", json_pack("[o]", location_json(r, l, NULL, false)));
	return n;
}

static json_t *invocation_json(const struct report *r)
{
	json_t *notes = json_array();
	for (int i = 0; i < r->nunits; i++) {
		const struct ir_unit *u = r->units[i];
		if (!u->nerrors && !u->nmissing_includes)
			continue;
		char *text = xstrfmt(
		    "'%s' parsed with %d error%s (%d include%s not found); findings may be incomplete",
		    u->file, u->nerrors, u->nerrors == 1 ? "" : "s", u->nmissing_includes,
		    u->nmissing_includes == 1 ? "" : "s");
		struct ir_loc unit = { .file = u->file };
		json_array_append_new(notes,
		                      notification_json(r, r->strict_parse ? "error" : "note", text, &unit));
		free(text);
		for (int k = 0; k < u->ndiags; k++) {
			const struct ir_diag *d = &u->diags[k];
			if (!d->is_error)
				continue;
			struct ir_loc at = d->loc;
			if (!at.file)
				at.file = u->file;
			json_array_append_new(notes,
			                      notification_json(r, "note", d->text ? d->text : "error", &at));
		}
	}
	/* the errors themselves (an unreadable input, a malformed compile database, a partly
	 * parsed unit under --strict-parse) went to stderr; the log says that they did */
	if (r->failed)
		json_array_append_new(
		    notes, notification_json(r, "error",
		                             "dpccheck could not do its job (exit status 2): its standard "
		                             "error says why",
		                             NULL));
	return json_pack("{s:b, s:o}", "executionSuccessful", !r->failed, "toolExecutionNotifications",
	                 notes);
}

int output_sarif(const struct report *r, FILE *out)
{
	json_t *results = json_array();
	for (int i = 0; i < r->diag->n; i++)
		json_array_append_new(results, result_json(r, i));
	struct strbuf root = { 0 };
	sb_adds(&root, "file://");
	add_uri_encoded(&root, r->root);
	if (root.buf[root.len - 1] != '/')
		sb_adds(&root, "/");
	json_t *driver = json_pack("{s:s, s:s, s:s, s:s, s:o}", "name", "dpccheck", "version",
	                           DPCCHECK_VERSION, "semanticVersion", DPCCHECK_VERSION, "informationUri",
	                           DPCCHECK_HOME_URL, "rules", rules_json());
	json_t *run = json_pack("{s:{s:o}, s:[o], s:{s:{s:s}}, s:s, s:o}", "tool", "driver", driver,
	                        "invocations", invocation_json(r), "originalUriBaseIds", SRCROOT, "uri",
	                        root.buf, "columnKind", "unicodeCodePoints", "results", results);
	sb_release(&root);
	json_t *log =
	    json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version", "2.1.0", "runs", run);
	int ret = json_dumpf(log, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(log);
	return ret || fflush(out) || ferror(out) ? -1 : 0;
}
