/*
 * report.h - what the machine-readable outputs (JSON, SARIF, GitHub annotations) and the
 * baseline share: the run they describe, paths relative to a source root, columns in
 * code points, the end of the token a finding points at, and each finding's fingerprint.
 */
#ifndef DPCCHECK_REPORT_H
#define DPCCHECK_REPORT_H

#include "diag.h"

#include <stdbool.h>

struct ir_unit;

/* Where dpccheck lives, and each rule's documentation (docs/rules/<id>.md) under it: the
 * SARIF rules' helpUri. One place, so a move of the repository is one edit. */
#define DPCCHECK_HOME_URL "https://github.com/dpccheck/dpccheck"
#define DPCCHECK_RULE_DOC_URL DPCCHECK_HOME_URL "/blob/main/docs/rules/%s.md"
/* The key of the fingerprint in SARIF's partialFingerprints; its version part changes
 * whenever the fingerprint's definition does (a baseline records it too). */
#define DPCCHECK_FINGERPRINT_KEY "dpccheck/v1"

struct report {
	struct diag *diag;            /* finished findings (diag_finish) */
	char *root;                   /* absolute source root, no trailing slash ("/" stays) */
	struct ir_unit *const *units; /* the parsed units, for their parse problems */
	int nunits;
	bool strict_parse;   /* parse problems are errors */
	bool failed;         /* the run could not do its job (exit status 2) */
	char **fingerprints; /* one per finding of diag, in its order; NULL when not asked for */
};

/* Sets up a report on finished findings: root is --source-root or NULL for the current
 * directory. Computes the fingerprints when asked (the text output has no use for them).
 * -1 with an error when the root does not exist. */
int report_init(struct report *r, struct diag *d, const char *root, struct ir_unit *const *units, int nunits,
		bool fingerprints);
void report_free(struct report *r);
/* Drops finding i from the report and its diag (the baseline does). */
void report_drop(struct report *r, int i);

/* The path of file relative to the root when it lies below it (allocated), else NULL. */
char *report_relpath(const struct report *r, const char *file);
/* The same, but the absolute path when the file lies outside the root. */
char *report_path(const struct report *r, const char *file);
/* A byte column of a line of file as a column in Unicode code points (both 1-based). */
unsigned report_codepoint_col(const char *file, unsigned line, unsigned col);
/* The byte column just past the identifier a location points at, or 0 when it points
 * at no identifier. */
unsigned report_token_end(const struct ir_loc *l);

#endif /* DPCCHECK_REPORT_H */
