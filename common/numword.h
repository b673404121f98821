/*
 * numword -- English number words and numerals, shared by the taggers.
 */
#ifndef COPYDESK_NUMWORD_H
#define COPYDESK_NUMWORD_H

#include <stddef.h>

/*
 * Parse English number words at the start of s[0..n), ASCII
 * case-insensitively: "two", "twenty-five", "twenty five", "one hundred
 * and five", "a hundred", "three thousand", "two million", "first",
 * "twenty-first".  It stops before a word that does not continue the
 * number (and never consumes a trailing "and" or space).  "a"/"an" count
 * only when a scale word follows ("a hundred", "a million").
 *
 * Returns the bytes consumed (0 when s does not start with a number
 * word), the value in *value and, in *ordinal, whether the last word was
 * an ordinal ("third").  Values above 10^15 are refused (0 returned).
 * maxscale limits the scale words taken: 100 stops before "thousand",
 * 1000 before "million", 0 means no limit — so a caller that handles
 * magnitudes itself ("two million yuan") can stop at them.
 */
size_t	 numword_parse(const char *s, size_t n, unsigned long long maxscale,
	    unsigned long long *value, int *ordinal);

/*
 * Parse a run of ASCII digits at s[0..n) with optional thousands
 * grouping by ',' (1,250,000: groups of exactly three).  Returns the bytes
 * consumed and the value (refusing values above 10^18), or 0.
 */
size_t	 numeral_parse(const char *s, size_t n, unsigned long long *value);

#endif
