/*
 * unit.h -- the smallest test harness: CHECK(cond) and friends count
 * passes and failures, print each failure with its line, and
 * UNIT_DONE() prints "N passed, M failed" and returns the exit status.
 */
#ifndef COPYDESK_UNIT_H
#define COPYDESK_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_pass, unit_fail;

#define CHECK(cond) do { \
	if (cond) \
		unit_pass++; \
	else { \
		unit_fail++; \
		fprintf(stderr, "%s:%d: failed: %s\n", __FILE__, __LINE__, #cond); \
	} \
} while (0)

/* Compare a (pointer, length) with a C string. */
#define CHECK_MEM(p, n, s) do { \
	size_t unit_n_ = (n); \
	const char *unit_s_ = (s); \
	if (unit_n_ == strlen(unit_s_) && memcmp((p), unit_s_, unit_n_) == 0) \
		unit_pass++; \
	else { \
		unit_fail++; \
		fprintf(stderr, "%s:%d: got \"%.*s\", want \"%s\"\n", __FILE__, \
		    __LINE__, (int)unit_n_, (const char *)(p), unit_s_); \
	} \
} while (0)

#define CHECK_STR(got, want) CHECK_MEM((got), strlen(got), (want))

#define UNIT_DONE() \
	(printf("%d passed, %d failed\n", unit_pass, unit_fail), unit_fail != 0)

#endif
