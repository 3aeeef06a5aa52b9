/*
 * diag.h - findings: what rules report, with notes and fix-its, and the pass that
 * filters them by --checks and NOLINT comments, removes duplicates and sorts them.
 */
#ifndef DPCCHECK_DIAG_H
#define DPCCHECK_DIAG_H

#include "ir.h"

#include <stdarg.h>

enum diag_severity { DIAG_WARNING, DIAG_ERROR };

struct diag_note {
	struct ir_loc loc;
	char *msg;
};

/* Inserts text at a position (offset is the byte offset in the file). */
struct diag_fixit {
	const char *file;
	unsigned line, col, offset;
	char *text;
};

struct finding {
	const char *rule; /* NULL for dpccheck's own warnings (an unknown rule in a NOLINT) */
	enum diag_severity severity;
	struct ir_loc loc;
	char *msg;
	int nnotes, capnotes;
	struct diag_note *notes;
	int nfixits, capfixits;
	struct diag_fixit *fixits;
};

struct diag {
	int n, cap;
	struct finding **v;
	const char *checks; /* --checks value, or NULL for the default (all) */
	const char *const *scan_files; /* files checked for NOLINT typos even without findings */
	int nscan_files;
	/* what rules say of their own work (cases they skipped, and why): printed on stderr
	 * under --verbose; rules gather them only when want_stats is set (they can cost) */
	bool want_stats;
	char **stats;
	int nstats, capstats;
};

struct finding *diag_report(struct diag *d, const char *rule, enum diag_severity sev, struct ir_loc loc,
			    const char *fmt, ...) __attribute__((format(printf, 5, 6)));
struct finding *diag_vreport(struct diag *d, const char *rule, enum diag_severity sev, struct ir_loc loc,
			     const char *fmt, va_list ap);
void diag_note(struct finding *f, struct ir_loc loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void diag_fixit(struct finding *f, const char *file, unsigned line, unsigned col, unsigned offset,
		const char *text);
/* Whether --checks enables a rule (clang-tidy globs, later ones win). */
bool diag_rule_enabled(const char *checks, const char *rule);
/* Validates a --checks value against the known rule IDs; -1 with an error if a positive
 * glob matches none. */
int diag_check_globs(const char *checks, const char *const *rules, int nrules);
/* Drops disabled and NOLINT-suppressed findings, reports unknown rule names in NOLINT
 * comments, removes duplicates and sorts by file, line, column, rule. */
/* Records a line of the rule's statistics (see struct diag). */
void diag_stat(struct diag *d, const char *rule, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_finish(struct diag *d, const char *const *rules, int nrules);
void diag_free(struct diag *d);
void diag_free_finding(struct finding *f);
/* Keeps only the findings in these files (matched by real path): --only-report. */
void diag_only_files(struct diag *d, const char *const *files, int nfiles);

/* The text of one line of a file (without the newline), from a cache; NULL if the file
 * cannot be read. */
const char *diag_source_line(const char *file, unsigned line, unsigned *line_offset);
/* Empties that cache, so the next lines come from the files (or overrides) as they are. */
void diag_sources_reset(void);

/* The whole content of a file as the cache read it (the text fix-its were computed
 * from); NULL if it cannot be read. */
const char *diag_source_text(const char *file, size_t *len);

#endif /* DPCCHECK_DIAG_H */
