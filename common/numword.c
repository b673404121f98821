/*
 * numword -- English number words and numerals (see numword.h).
 */
#include <string.h>

#include "numword.h"

#define LIMIT 1000000000000000ull	/* 10^15 */

struct word {
	const char	*w;
	unsigned long long v;
	int		 kind;		/* UNIT, TEEN, TENS, HUNDRED, SCALE */
	int		 ordinal;
};

enum { UNIT, TEEN, TENS, HUNDRED, SCALE };

static const struct word words[] = {
	{ "zero", 0, UNIT, 0 }, { "one", 1, UNIT, 0 }, { "two", 2, UNIT, 0 },
	{ "three", 3, UNIT, 0 }, { "four", 4, UNIT, 0 }, { "five", 5, UNIT, 0 },
	{ "six", 6, UNIT, 0 }, { "seven", 7, UNIT, 0 }, { "eight", 8, UNIT, 0 },
	{ "nine", 9, UNIT, 0 }, { "ten", 10, TEEN, 0 }, { "eleven", 11, TEEN, 0 },
	{ "twelve", 12, TEEN, 0 }, { "thirteen", 13, TEEN, 0 },
	{ "fourteen", 14, TEEN, 0 }, { "fifteen", 15, TEEN, 0 },
	{ "sixteen", 16, TEEN, 0 }, { "seventeen", 17, TEEN, 0 },
	{ "eighteen", 18, TEEN, 0 }, { "nineteen", 19, TEEN, 0 },
	{ "twenty", 20, TENS, 0 }, { "thirty", 30, TENS, 0 },
	{ "forty", 40, TENS, 0 }, { "fifty", 50, TENS, 0 },
	{ "sixty", 60, TENS, 0 }, { "seventy", 70, TENS, 0 },
	{ "eighty", 80, TENS, 0 }, { "ninety", 90, TENS, 0 },
	{ "hundred", 100, HUNDRED, 0 }, { "thousand", 1000, SCALE, 0 },
	{ "million", 1000000, SCALE, 0 }, { "billion", 1000000000, SCALE, 0 },
	{ "trillion", 1000000000000ull, SCALE, 0 },
	{ "first", 1, UNIT, 1 }, { "second", 2, UNIT, 1 }, { "third", 3, UNIT, 1 },
	{ "fourth", 4, UNIT, 1 }, { "fifth", 5, UNIT, 1 }, { "sixth", 6, UNIT, 1 },
	{ "seventh", 7, UNIT, 1 }, { "eighth", 8, UNIT, 1 },
	{ "ninth", 9, UNIT, 1 }, { "tenth", 10, TEEN, 1 },
	{ "eleventh", 11, TEEN, 1 }, { "twelfth", 12, TEEN, 1 },
	{ "thirteenth", 13, TEEN, 1 }, { "fourteenth", 14, TEEN, 1 },
	{ "fifteenth", 15, TEEN, 1 }, { "sixteenth", 16, TEEN, 1 },
	{ "seventeenth", 17, TEEN, 1 }, { "eighteenth", 18, TEEN, 1 },
	{ "nineteenth", 19, TEEN, 1 }, { "twentieth", 20, TENS, 1 },
	{ "thirtieth", 30, TENS, 1 }, { "fortieth", 40, TENS, 1 },
	{ "fiftieth", 50, TENS, 1 }, { "sixtieth", 60, TENS, 1 },
	{ "seventieth", 70, TENS, 1 }, { "eightieth", 80, TENS, 1 },
	{ "ninetieth", 90, TENS, 1 }, { "hundredth", 100, HUNDRED, 1 },
	{ "thousandth", 1000, SCALE, 1 }, { "millionth", 1000000, SCALE, 1 },
	{ "billionth", 1000000000, SCALE, 1 },
};

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
eq_fold(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (w[i] == '\0' || c != w[i])
			return 0;
	}
	return w[n] == '\0';
}

static const struct word *
find(const char *s, size_t n)
{
	size_t i;
	char c = (char)(s[0] | 0x20);	/* ASCII letters only reach here */

	/* Number words are 3 to 11 letters long. */
	if (n < 3 || n > 11)
		return NULL;
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (words[i].w[0] == c && eq_fold(s, n, words[i].w))
			return &words[i];
	return NULL;
}

/* The word at s[0..n): its length in letters (0 if none). */
static size_t
word_len(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && is_alpha(s[i]))
		i++;
	/* A word must end at a non-letter (and not in an apostrophe: "one's"). */
	return i;
}

size_t
numword_parse(const char *s, size_t n, unsigned long long maxscale,
    unsigned long long *value, int *ordinal)
{
	unsigned long long total = 0, current = 0, lastscale = 0;
	size_t pos = 0, used = 0, wl, skip;
	const struct word *w;
	int last = -1, any = 0, pending_a = 0, ord = 0, after_and = 0;

	while (pos < n) {
		wl = word_len(s + pos, n - pos);
		if (wl == 0)
			break;
		w = find(s + pos, wl);
		if (w == NULL) {
			if (!any && !pending_a &&
			    (eq_fold(s + pos, wl, "a") || eq_fold(s + pos, wl, "an"))) {
				pending_a = 1;
				current = 1;
				goto next;
			}
			if (any && !after_and && eq_fold(s + pos, wl, "and") &&
			    (last == HUNDRED || last == SCALE)) {
				after_and = 1;
				goto next;
			}
			break;
		}
		if (pending_a && w->kind != HUNDRED && w->kind != SCALE)
			break;
		if (after_and && w->kind != UNIT && w->kind != TEEN &&
		    w->kind != TENS)
			break;
		switch (w->kind) {
		case UNIT:
			if (last == UNIT || last == TEEN)
				goto done;
			if (last == TENS && w->v == 0)
				goto done;
			current += w->v;
			break;
		case TEEN:
		case TENS:
			if (last == UNIT || last == TEEN || last == TENS)
				goto done;
			current += w->v;
			break;
		case HUNDRED:
			if (last == HUNDRED || (current == 0 && !pending_a && any))
				goto done;
			if (current == 0)
				current = 1;
			if (current >= 100)
				goto done;
			current *= 100;
			break;
		case SCALE:
			if (maxscale != 0 && w->v > maxscale)
				goto done;
			if (lastscale != 0 && w->v >= lastscale)
				goto done;
			if (current == 0)
				current = 1;
			if (current > LIMIT / w->v)
				goto done;
			total += current * w->v;
			current = 0;
			lastscale = w->v;
			break;
		}
		last = w->kind;
		any = 1;
		pending_a = 0;
		after_and = 0;
		used = pos + wl;
		ord = w->ordinal;
		*value = total + current;
		if (ord)
			break;
next:
		pos += wl;
		/* One space or hyphen joins number words ("twenty-five"). */
		skip = 0;
		if (pos < n && (s[pos] == ' ' || s[pos] == '-'))
			skip = 1;
		if (skip == 0 || pos + 1 >= n || !is_alpha(s[pos + 1]))
			break;
		pos += skip;
	}
done:
	if (!any || (used < n && is_alpha(s[used])))
		return 0;
	if (*value > LIMIT)
		return 0;
	*ordinal = ord;
	return used;
}

size_t
numeral_parse(const char *s, size_t n, unsigned long long *value)
{
	unsigned long long v = 0;
	size_t i = 0, lead;

	while (i < n && s[i] >= '0' && s[i] <= '9') {
		if (v > 100000000000000000ull)
			return 0;
		v = v * 10 + (unsigned long long)(s[i] - '0');
		i++;
	}
	if (i == 0)
		return 0;
	lead = i;
	/* Thousands groups: only after a first group of one to three digits. */
	while (lead <= 3 && i + 4 <= n && s[i] == ',' &&
	    s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' &&
	    s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9' &&
	    (i + 4 == n || s[i + 4] < '0' || s[i + 4] > '9')) {
		if (v > 100000000000000ull)
			return 0;
		v = v * 1000 + (unsigned long long)((s[i + 1] - '0') * 100 +
		    (s[i + 2] - '0') * 10 + (s[i + 3] - '0'));
		i += 4;
	}
	*value = v;
	return i;
}
