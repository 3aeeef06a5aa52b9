/*
 * out_json.c - findings as one JSON document (jansson): rule, severity, location,
 * message, notes and fix-its of each finding, in the order of the text output.
 */
#include "diag.h"
#include "output.h"
#include "util.h"

#include <jansson.h>

int output_text(const struct diag *d, FILE *out);

static json_t *loc_json(const struct ir_loc *l)
{
	return json_pack("{s:s, s:i, s:i}", "file", l->file ? l->file : "", "line", (int)l->line, "column",
			 (int)l->col);
}

static json_t *finding_json(const struct finding *f)
{
	json_t *o = loc_json(&f->loc);
	json_object_set_new(o, "rule", f->rule ? json_string(f->rule) : json_null());
	json_object_set_new(o, "severity", json_string(f->severity == DIAG_ERROR ? "error" : "warning"));
	json_object_set_new(o, "message", json_string(f->msg));
	json_t *notes = json_array();
	for (int i = 0; i < f->nnotes; i++) {
		json_t *n = loc_json(&f->notes[i].loc);
		json_object_set_new(n, "message", json_string(f->notes[i].msg));
		json_array_append_new(notes, n);
	}
	json_object_set_new(o, "notes", notes);
	json_t *fixes = json_array();
	for (int i = 0; i < f->nfixits; i++) {
		const struct diag_fixit *x = &f->fixits[i];
		json_array_append_new(fixes, json_pack("{s:s, s:i, s:i, s:i, s:s}", "file", x->file, "line",
						       (int)x->line, "column", (int)x->col, "offset",
						       (int)x->offset, "insert", x->text));
	}
	json_object_set_new(o, "fixits", fixes);
	return o;
}

int output_findings(const struct diag *d, bool json, FILE *out)
{
	if (!json)
		return output_text(d, out);
	json_t *arr = json_array();
	for (int i = 0; i < d->n; i++)
		json_array_append_new(arr, finding_json(d->v[i]));
	json_t *root = json_pack("{s:s, s:o}", "tool", "dpccheck", "findings", arr);
	int r = json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	fputc('\n', out);
	json_decref(root);
	return r || fflush(out) || ferror(out) ? -1 : 0;
}
