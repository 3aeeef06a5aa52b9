/*
 * irser.h - the IR of one unit as bytes and back: the format the cache stores (cache.c).
 */
#ifndef DPCCHECK_IRSER_H
#define DPCCHECK_IRSER_H

#include <stddef.h>

struct ir_unit;
struct strbuf;

/* The version of the byte format. Bump it with every change to ir.h (irser.c fails to
 * compile when a struct of ir.h changes size): entries of another version are misses. */
#define IRSER_FORMAT 2

/* Appends the unit, every struct of ir.h, to out. Strings are stored once; an object
 * that several pointers share (an access path, an argument, a condition) is stored once
 * and read back shared. */
void irser_write(const struct ir_unit *u, struct strbuf *out);
/* Reads a unit that irser_write wrote into a fresh arena. NULL when the bytes are
 * truncated or malformed: nothing outside [p, p + n) is ever read. Thread-safe. */
struct ir_unit *irser_read(const void *p, size_t n);
/* Reads the summary of such a unit only (ir_unit.summary): its file, diagnostics,
 * inputs and definitions, which the writer puts first. NULL when they are malformed. */
struct ir_unit *irser_read_summary(const void *p, size_t n);

/* The findings of a whole run (before diag_finish), with the rules' statistics, as
 * bytes and back: the cache of a program whose every unit is unchanged (run.c). Read
 * findings are malloc'ed as diag_report makes them, appended to d; their strings that
 * diag_free_finding does not free (files, rule IDs) live in a. -1 when the bytes are
 * malformed (d then holds what was read: the caller frees it). */
struct diag;
struct arena;
void irser_write_findings(const struct diag *d, struct strbuf *out);
int irser_read_findings(const void *p, size_t n, struct diag *d, struct arena *a);

#endif /* DPCCHECK_IRSER_H */
