/*
 * output.h - prints findings in the formats of RULES.md's output contract, to stdout or
 * (-o FILE) to a file written atomically.
 */
#ifndef DPCCHECK_OUTPUT_H
#define DPCCHECK_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct baseline;
struct diag;
struct ir_unit;
struct report;

enum output_format { OUTPUT_TEXT, OUTPUT_JSON, OUTPUT_SARIF, OUTPUT_GITHUB };

/* The format a --format value names; -1 with an error for an unknown one. */
int output_format_parse(const char *name, enum output_format *fmt);

/* What the command line says about the report of a checking run. */
struct output_options {
	enum output_format format;
	const char *path;           /* -o FILE, or NULL for stdout */
	const char *source_root;    /* --source-root DIR, or NULL for the current directory */
	const char *baseline_path;  /* --baseline FILE ... */
	struct baseline *baseline;  /* ... as loaded */
	const char *write_baseline; /* --write-baseline FILE */
	bool verbose, strict_parse;
};

/* Reports the finished findings of a run: records them in the baseline to write, drops
 * those the baseline knows (d keeps the rest), prints them where and as the options say.
 * failed: the run could not do its job (SARIF's executionSuccessful). -1 when any of it
 * failed (with an error printed). */
int output_report(struct diag *d, const struct output_options *oo, struct ir_unit *const *units, int nunits,
                  bool failed);

/* Prints the (finished) findings of a report in a format. Returns -1 when writing
 * failed. */
int output_findings(const struct report *r, enum output_format fmt, FILE *out);
int output_text(const struct diag *d, FILE *out);
int output_json(const struct report *r, FILE *out);
int output_sarif(const struct report *r, FILE *out);
int output_github(const struct report *r, FILE *out);

/* Where a report goes: stdout, or a temporary file beside `path` that replaces `path`
 * only once the whole report is written (so a reader never sees half a report). */
struct output_dest {
	FILE *f;
	const char *path;
	char *tmp;
};
/* Opens the destination (path NULL or "-": stdout); -1 with an error when it cannot. */
int output_open(struct output_dest *dst, const char *path);
/* Closes it; with ok, puts the file in place, else removes the temporary file. Returns
 * -1 with an error when writing or renaming failed. */
int output_close(struct output_dest *dst, bool ok);

#endif /* DPCCHECK_OUTPUT_H */
