/*
 * breaks -- boundaries inside a paragraph that no terminator marks:
 * e-mail header time stamps ("Anne Roe 11/27/2000 10:25 AM"), and the
 * tests the driver needs around a broken-off utterance ("Oh that's --
 * Well thanks"; dash_at() is inline in split.h).  sentences.c asks.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "split.h"

/*
 * An e-mail header time stamp around the ':' at s[p]: "11/27/2000 10:25
 * AM".  Returns 1 and the date's start in *ds and the stamp's end in *te.
 */
int
timestamp_at(const char *s, size_t len, size_t st, size_t p, size_t *ds,
    size_t *te)
{
	size_t i, j, slashes;

	/* hh:mm[:ss] AM */
	j = skip_digits(s, len, p + 1, 3);
	if (j - p != 3)
		return 0;
	if (j < len && s[j] == ':') {
		i = skip_digits(s, len, j + 1, 3);
		if (i - j != 3)
			return 0;
		j = i;
	}
	if (j + 3 > len || s[j] != ' ' || !(prefix_at(s, len, j + 1, "am") ||
	    prefix_at(s, len, j + 1, "pm")) || (j + 3 < len &&
	    ws_at(s, len, j + 3) == 0))
		return 0;
	*te = j + 3;
	/* the hour, a space, mm/dd/yyyy */
	for (i = p; i > st && p - i < 2 && is_digit((unsigned char)s[i - 1]); )
		i--;
	if (i == p || i < st + 2 || s[i - 1] != ' ')
		return 0;
	i--;
	for (slashes = 0, j = i; j > st && i - j < 10 &&
	    (is_digit((unsigned char)s[j - 1]) || s[j - 1] == '/'); j--)
		slashes += s[j - 1] == '/';
	if (slashes != 2 || !is_digit((unsigned char)s[j]) ||
	    (j > st && ws_before(s, st, j) == 0))
		return 0;
	*ds = j;
	return 1;
}

/* Does the text before the white space before s[p] end a sentence? */
int
ends_sentence(const char *s, size_t st, size_t p)
{
	size_t tl;
	unsigned char c;

	while (p > st && (tl = ws_before(s, st, p)) > 0)
		p -= tl;
	if (p == st)
		return 1;
	c = (unsigned char)s[p - 1];
	return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

/* Is the word before the white space before s[p] the given word? */
int
word_before_is(const char *s, size_t st, size_t p, const char *word)
{
	size_t tl, n = strlen(word);

	while (p > st && (tl = ws_before(s, st, p)) > 0)
		p -= tl;
	if (p - st < n || !prefix_at(s, p, p - n, word))
		return 0;
	return p - n == st || ws_before(s, st, p - n) > 0;
}
