/*
 * preamble.h - the preamble of a main file: its leading #include directives, with only
 * blank lines and comments before and between them. Units whose preambles begin alike
 * share one precompiled header of those headers (run.c, cx.c): most of a unit's parse is
 * its headers (on the benchmark, 110M of 140M instructions), and a driver's units all
 * include the same ones first.
 */
#ifndef DPCCHECK_PREAMBLE_H
#define DPCCHECK_PREAMBLE_H

#include <stddef.h>

/* One #include line of a preamble: its directive spelled `#include "x.h"` or
 * `#include <x.h>` (malloc'ed), and the bytes [begin, end) of its line in the file,
 * without the line's end. */
struct preamble_include {
	char *directive;
	size_t begin, end;
};

/* The #include directives the file begins with, in order, into *v (malloc'ed; free
 * each directive, then *v); returns how many. The scan stops at the first line that is
 * not blank, a comment or a plain #include: a #define, #if or #pragma, code, a line
 * continuation, a directive spelled with a digraph, or an include followed by anything
 * but a // comment. */
int preamble_scan(const char *text, size_t n, struct preamble_include **v);
void preamble_free(struct preamble_include *v, int n);

#endif /* DPCCHECK_PREAMBLE_H */
