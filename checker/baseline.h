/*
 * baseline.h - a file of findings recorded earlier (--write-baseline) whose matches a
 * later run suppresses (--baseline), so that a large driver can adopt dpccheck and gate
 * only new findings. Findings match by fingerprint (report.h), not by line.
 */
#ifndef DPCCHECK_BASELINE_H
#define DPCCHECK_BASELINE_H

struct baseline;
struct report;

/* Reads a baseline; NULL with a one-line error naming the file when it cannot be read
 * or is malformed. */
struct baseline *baseline_load(const char *path);
void baseline_free(struct baseline *b);
/* Drops the report's findings the baseline records; returns how many. */
int baseline_apply(const struct baseline *b, struct report *r);
/* Records the report's findings in a baseline file (written atomically); -1 with an
 * error when it cannot. */
int baseline_write(const struct report *r, const char *path);

#endif /* DPCCHECK_BASELINE_H */
