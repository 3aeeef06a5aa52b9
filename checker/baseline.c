/*
 * baseline.c - reads and writes baseline files (JSON, jansson):
 *   { "dpccheck_baseline": 1, "fingerprint": "dpccheck/v1",
 *     "findings": [ { "fingerprint": "...", "rule": "...", "file": "...", "line": 46,
 *                     "message": "..." }, ... ] }
 * Only the fingerprints are matched; rule, file, line and message are there for the
 * reviewer of a baseline change.
 */
#include "baseline.h"

#include "diag.h"
#include "output.h"
#include "report.h"
#include "util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define BASELINE_VERSION 1

struct baseline {
	char **fingerprints;
	int n;
};

static int cmp_strings(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static struct baseline *malformed(struct baseline *b, json_t *root, const char *path, const char *why)
{
	error("malformed baseline '%s': %s", path, why);
	json_decref(root);
	baseline_free(b);
	return NULL;
}

struct baseline *baseline_load(const char *path)
{
	json_error_t err;
	json_t *root = json_load_file(path, 0, &err);
	if (!root) {
		if (err.line < 0 || json_error_code(&err) == json_error_cannot_open_file)
			error("cannot read baseline '%s': %s", path, err.text);
		else
			error("malformed baseline '%s': %s (line %d)", path, err.text, err.line);
		return NULL;
	}
	struct baseline *b = xcalloc(1, sizeof(*b));
	json_t *version = json_object_get(root, "dpccheck_baseline");
	if (!json_is_object(root) || !json_is_integer(version))
		return malformed(b, root, path, "not a dpccheck baseline (no \"dpccheck_baseline\" version)");
	if (json_integer_value(version) != BASELINE_VERSION)
		return malformed(b, root, path, "unsupported version (this dpccheck reads version 1)");
	const char *kind = json_string_value(json_object_get(root, "fingerprint"));
	if (!kind || strcmp(kind, DPCCHECK_FINGERPRINT_KEY))
		return malformed(b, root, path,
		                 "fingerprints are not '" DPCCHECK_FINGERPRINT_KEY
		                 "' (write the baseline again)");
	json_t *findings = json_object_get(root, "findings");
	if (!json_is_array(findings))
		return malformed(b, root, path, "\"findings\" is not an array");
	b->fingerprints = xcalloc(json_array_size(findings) + 1, sizeof(*b->fingerprints));
	size_t i;
	json_t *f;
	json_array_foreach(findings, i, f)
	{
		const char *fp = json_string_value(json_object_get(f, "fingerprint"));
		if (!fp) {
			char *why = xstrfmt("finding %zu has no \"fingerprint\" string", i + 1);
			malformed(b, root, path, why);
			free(why);
			return NULL;
		}
		b->fingerprints[b->n++] = xstrdup(fp);
	}
	json_decref(root);
	/* sorted for bsearch: a large driver's baseline holds thousands */
	if (b->n)
		qsort(b->fingerprints, (size_t)b->n, sizeof(char *), cmp_strings);
	return b;
}

void baseline_free(struct baseline *b)
{
	if (!b)
		return;
	for (int i = 0; i < b->n; i++)
		free(b->fingerprints[i]);
	free(b->fingerprints);
	free(b);
}

int baseline_apply(const struct baseline *b, struct report *r)
{
	int dropped = 0;
	for (int i = 0; i < r->diag->n;) {
		if (b->n && bsearch(&r->fingerprints[i], b->fingerprints, (size_t)b->n, sizeof(char *),
		                    cmp_strings)) {
			report_drop(r, i);
			dropped++;
		} else {
			i++;
		}
	}
	return dropped;
}

int baseline_write(const struct report *r, const char *path)
{
	json_t *arr = json_array();
	for (int i = 0; i < r->diag->n; i++) {
		const struct finding *f = r->diag->v[i];
		char *file = report_path(r, f->loc.file ? f->loc.file : "");
		json_array_append_new(arr, json_pack("{s:s, s:o, s:s, s:i, s:s}", "fingerprint",
		                                     r->fingerprints[i], "rule",
		                                     f->rule ? json_string(f->rule) : json_null(), "file",
		                                     file, "line", (int)f->loc.line, "message", f->msg));
		free(file);
	}
	json_t *root = json_pack("{s:i, s:s, s:o}", "dpccheck_baseline", BASELINE_VERSION, "fingerprint",
	                         DPCCHECK_FINGERPRINT_KEY, "findings", arr);
	struct output_dest dst;
	int ret = output_open(&dst, path);
	if (!ret) {
		ret =
		    json_dumpf(root, dst.f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) || fputc('\n', dst.f) == EOF
		        ? -1
		        : 0;
		if (ret < 0)
			error("cannot write '%s'", path);
		if (output_close(&dst, ret == 0) < 0)
			ret = -1;
	}
	json_decref(root);
	return ret;
}
