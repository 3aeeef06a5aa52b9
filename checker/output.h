/*
 * output.h - prints findings in the formats of RULES.md's output contract.
 */
#ifndef DPCCHECK_OUTPUT_H
#define DPCCHECK_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct diag;

/* Prints the (finished) findings as clang-style text or as one JSON document.
 * Returns -1 when writing failed. */
int output_findings(const struct diag *d, bool json, FILE *out);

#endif /* DPCCHECK_OUTPUT_H */
