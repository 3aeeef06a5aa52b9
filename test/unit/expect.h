/*
 * expect.h - the checks of the unit tests: EXPECT(cond) reports a failed condition with
 * its place and counts it; expect_done() prints the count and gives main's status.
 */
#ifndef DPCCHECK_TEST_EXPECT_H
#define DPCCHECK_TEST_EXPECT_H

#include <stdio.h>

static int failures;

#define EXPECT(cond)                                                                     \
	do {                                                                             \
		if (!(cond)) {                                                           \
			fprintf(stderr, "%s:%d: expected %s\n", __FILE__, __LINE__, #cond); \
			failures++;                                                      \
		}                                                                        \
	} while (0)

static inline int expect_done(const char *suite)
{
	if (failures)
		fprintf(stderr, "%s: %d failure%s\n", suite, failures, failures == 1 ? "" : "s");
	return failures != 0;
}

#endif /* DPCCHECK_TEST_EXPECT_H */
