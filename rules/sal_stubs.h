/*
 * sal_stubs.h - SAL annotations that no header defines: sources written against a newer WDK
 * (or with a typo'd SAL name) must still parse, so such names get empty stub macros.
 */
#ifndef DPCCHECK_RULES_SAL_H
#define DPCCHECK_RULES_SAL_H

struct strv;
struct sal_memo;

/* Appends `-DNAME=` / `-DNAME(...)=` for each SAL-looking name that the source file (and
 * the headers it includes with quotes from its own directory) uses and that none of the
 * SAL headers (those that exist of `headers`) defines. */
void sal_stub_args(struct sal_memo *memo, const char *file, const char *const *headers, int nheaders,
		   struct strv *args);
/* What the SAL headers define, read once per run for all its units (memo may be NULL:
 * read for this unit only). */
struct sal_memo;
struct sal_memo *sal_memo_new(void);
void sal_memo_free(struct sal_memo *m);

#endif /* DPCCHECK_RULES_SAL_H */
