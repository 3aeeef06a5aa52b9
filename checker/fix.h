/*
 * fix.h - applying the fix-its of the findings to the sources (--fix) and writing them
 * in clang-tidy's export format (--export-fixes). docs/fixes.md is the user's view.
 */
#ifndef DPCCHECK_FIX_H
#define DPCCHECK_FIX_H

struct diag;

/* Records FILE's content (size and hash) as it is before it is parsed, so that --fix can
 * refuse a file that changed in between. Files never recorded (headers) are compared
 * with the text the fix-its were computed from. */
void fix_snapshot(const char *file);
/* Applies the fix-its of d's findings: every file in one atomic write (a temporary file
 * in its directory, renamed over it; mode and line endings kept), fix-its sorted by
 * offset, duplicates (a header seen by several units) applied once, overlapping ones
 * dropped with a note. A file changed since it was read is refused with an error. Says
 * on stderr how many fixes went into how many files. Returns -1 if any file could not
 * be fixed (the others are), 0 otherwise. */
int fix_apply(const struct diag *d);
/* Writes d's findings and their fix-its to PATH in clang-tidy's --export-fixes YAML
 * (MainSourceFile, Diagnostics with Replacements). -1 (reported) on failure. */
int fix_export(const struct diag *d, const char *main_file, const char *path);
/* Frees the snapshots. */
void fix_free(void);

#endif /* DPCCHECK_FIX_H */
