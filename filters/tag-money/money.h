/*
 * money -- the tag-money engine: find amounts of money in a text and
 * normalise them to an ISO 4217 code and an exact decimal amount.
 *
 * Plain functions over a buffer, no I/O.  A scanner reads the text as
 * tokens (numbers, words, currency signs, punctuation), finds the
 * currency indicators (signs, ISO codes, names, local abbreviations such
 * as "Rs"), and parses the amount on their side: numerals with any
 * grouping, number words, fractions and magnitude words.  Amounts are
 * computed on decimal digit strings, never in floating point.  The word
 * lists are the money-*.txt files beside this one; engine.h lists the
 * engine's files, one per stage.
 */
#ifndef TAG_MONEY_MONEY_H
#define TAG_MONEY_MONEY_H

#include <stddef.h>

#define MONEY_AMOUNT_MAX	96

struct money_row {
	size_t	bstart, bend;		/* byte offsets in the text, END exclusive */
	size_t	start, end;		/* the same in code points */
	char	cur[4];			/* ISO 4217 code */
	char	amount[MONEY_AMOUNT_MAX];	/* plain decimal, no trailing zeros */
};

struct money;

/*
 * Load the word lists.  dollar is the ISO code a bare "$", "dollars" or
 * "cents" stands for (NULL for USD); it must be three upper-case ASCII
 * letters (check with money_valid_code()).
 */
struct money *money_new(const char *dollar);
void	 money_free(struct money *m);

/* Is s three upper-case ASCII letters? */
int	 money_valid_code(const char *s);

/*
 * Find every amount in text[0..len).  Returns the number of rows, in
 * order of position, and points *rows at them; they stay valid until the
 * next call.  Time is linear in len; memory grows only with the number
 * of rows.
 */
size_t	 money_scan(struct money *m, const char *text, size_t len,
	    const struct money_row **rows);

#endif
