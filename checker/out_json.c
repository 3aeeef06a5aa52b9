/*
 * out_json.c - findings as one JSON document (jansson), in the order of the text
 * output: rule, severity, location and end of the token it points at, message,
 * fingerprint, notes with their locations and fix-its of each finding, and the units
 * that parsed only partly. docs/json-format.md and docs/json-format.schema.json describe
 * it; paths and columns are those of the text output (as given, 1-based bytes).
 */
#include "diag.h"
#include "ir.h"
#include "output.h"
#include "report.h"
#include "util.h"

#include <jansson.h>

/* Version of the document's shape: raised when a field changes meaning or disappears
 * (adding a field does not raise it). */
#define JSON_FORMAT_VERSION 1

static json_t *loc_json(const struct ir_loc *l)
{
	return json_pack("{s:s, s:i, s:i}", "file", l->file ? l->file : "", "line", (int)l->line, "column",
	                 (int)l->col);
}

/* A location with the end of the identifier it points at, when it points at one. */
static json_t *range_json(const struct ir_loc *l)
{
	json_t *o = loc_json(l);
	unsigned end = report_token_end(l);
	if (end) {
		json_object_set_new(o, "end_line", json_integer(l->line));
		json_object_set_new(o, "end_column", json_integer(end));
	}
	return o;
}

static json_t *fixits_json(const struct finding *f)
{
	json_t *fixes = json_array();
	for (int i = 0; i < f->nfixits; i++) {
		const struct diag_fixit *x = &f->fixits[i];
		json_array_append_new(fixes, json_pack("{s:s, s:i, s:i, s:i, s:s}", "file", x->file, "line",
		                                       (int)x->line, "column", (int)x->col, "offset",
		                                       (int)x->offset, "insert", x->text));
	}
	return fixes;
}

static json_t *finding_json(const struct finding *f, const char *fingerprint)
{
	json_t *o = json_pack("{s:o, s:s}", "rule", f->rule ? json_string(f->rule) : json_null(), "severity",
	                      f->severity == DIAG_ERROR ? "error" : "warning");
	json_object_update_new(o, range_json(&f->loc));
	json_object_set_new(o, "message", json_string(f->msg));
	json_object_set_new(o, "fingerprint", json_string(fingerprint));
	json_t *notes = json_array();
	for (int i = 0; i < f->nnotes; i++) {
		json_t *n = range_json(&f->notes[i].loc);
		json_object_set_new(n, "message", json_string(f->notes[i].msg));
		json_array_append_new(notes, n);
	}
	json_object_set_new(o, "notes", notes);
	json_object_set_new(o, "fixits", fixits_json(f));
	return o;
}

static json_t *parse_problems_json(const struct report *r)
{
	json_t *arr = json_array();
	for (int i = 0; i < r->nunits; i++) {
		const struct ir_unit *u = r->units[i];
		if (u->nerrors || u->nmissing_includes)
			json_array_append_new(arr, json_pack("{s:s, s:i, s:i}", "file", u->file, "errors",
			                                     u->nerrors, "missing_includes",
			                                     u->nmissing_includes));
	}
	return arr;
}

int output_json(const struct report *r, FILE *out)
{
	json_t *arr = json_array();
	for (int i = 0; i < r->diag->n; i++)
		json_array_append_new(arr, finding_json(r->diag->v[i], r->fingerprints[i]));
	json_t *root = json_pack("{s:s, s:s, s:i, s:o, s:o}", "tool", "dpccheck", "version", DPCCHECK_VERSION,
	                         "format_version", JSON_FORMAT_VERSION, "findings", arr, "parse_problems",
	                         parse_problems_json(r));
	int ret = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(root);
	return ret || fflush(out) || ferror(out) ? -1 : 0;
}
