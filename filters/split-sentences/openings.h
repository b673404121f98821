/*
 * openings -- boundaries at the start of a sentence that no terminator
 * marks: a caption's label ("Figure 1.3 This map..."), a news dateline
 * ("WASHINGTON (CNN) --"), the closing of a letter ("Thanks, ||| Anne").
 * Static inline, for sentences.c alone: ss_next() asks at every
 * sentence start, and out of line the calls cost ~3% more instructions.
 */
#ifndef SPLIT_SENTENCES_OPENINGS_H
#define SPLIT_SENTENCES_OPENINGS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "split.h"

/*
 * A caption's label at the start of a paragraph: "Figure 1.3", "Table
 * 2", "Fig. 4b".  Returns the end of the number, or 0.
 */
static inline size_t
caption_at(const char *s, size_t len, size_t st)
{
	static const char *const labels[] = {
		"figure ", "fig. ", "table ", "image ", "photo ", "map ",
		"chart ", "plate ", "exhibit ",
	};
	size_t k, i;

	if (strchr("CEFIMPT", s[st]) == NULL || s[st] == '\0')
		return 0;
	for (k = 0; k < sizeof labels / sizeof labels[0]; k++)
		if (prefix_at(s, len, st, labels[k]))
			break;
	if (k == sizeof labels / sizeof labels[0] || (s[st] < 'A' ||
	    s[st] > 'Z'))
		return 0;
	i = st + strlen(labels[k]);
	if (i >= len || !is_digit((unsigned char)s[i]))
		return 0;
	while (i < len && i - st < 24 && (is_digit((unsigned char)s[i]) ||
	    (s[i] == '.' && i + 1 < len && is_digit((unsigned char)s[i + 1])) ||
	    (s[i] >= 'a' && s[i] <= 'z')))
		i++;
	return i;
}

/*
 * A news dateline at the start of a paragraph: "WASHINGTON (CNN) --",
 * "NEW DELHI -", "KABUL:".  Returns the end of the dash or colon, or 0.
 */
static inline size_t
dateline_at(const char *s, size_t len, size_t st)
{
	size_t i = st, caps = 0, d;

	while (i < len && s[i] >= 'A' && s[i] <= 'Z')
		i++, caps++;
	if (caps < 3 || i >= len)
		return 0;
	if (s[i] == ':' && i + 1 < len && s[i + 1] == ' ')
		return i + 1;
	for (; i < len && i - st < 40; i++) {
		if (s[i] != ' ')
			continue;
		d = i + 1;
		if (d < len && s[d] == '-') {
			d++;
			if (d < len && s[d] == '-')
				d++;
		} else if (prefix_at(s, len, d, "\xe2\x80\x94") ||
		    prefix_at(s, len, d, "\xe2\x80\x93"))
			d += 3;
		else
			continue;
		if (d < len && s[d] == ' ')
			return d;
		return 0;
	}
	return 0;
}

/* Bytes that can start the closing of a letter. */
static const unsigned char closing_first[256] = {
	['A'] = 1, ['a'] = 1, ['B'] = 1, ['b'] = 1, ['C'] = 1, ['c'] = 1,
	['K'] = 1, ['k'] = 1, ['L'] = 1, ['l'] = 1, ['M'] = 1, ['m'] = 1,
	['R'] = 1, ['r'] = 1, ['S'] = 1, ['s'] = 1, ['T'] = 1, ['t'] = 1,
	['W'] = 1, ['w'] = 1, ['Y'] = 1, ['y'] = 1,
};

/* Is the text [a, b) a closing of a letter ("Thanks", "Best regards")? */
static inline int
is_closing(const char *s, size_t a, size_t b)
{
	static const char *const closings[] = {
		"thanks", "regards", "best", "best regards",
		"kind regards", "warm regards", "cheers", "sincerely",
		"yours", "yours truly", "love", "thx", "respectfully",
		"many thanks", "all the best", "best wishes",
	};
	size_t k, n = b - a, i;

	if (n > 16 || n < 3)
		return 0;
	for (k = 0; k < sizeof closings / sizeof closings[0]; k++) {
		if (strlen(closings[k]) != n)
			continue;
		for (i = 0; i < n; i++)
			if (lower_ascii((unsigned char)s[a + i]) !=
			    (unsigned char)closings[k][i])
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Could a letter's closing start at s[st]?  (Its first three letters.) */
#define K3(a, b, c)	((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
static inline int
may_be_closing(const char *s, size_t len, size_t st)
{
	if (st + 3 > len)
		return 0;
	switch (K3(lower_ascii((unsigned char)s[st]),
	    lower_ascii((unsigned char)s[st + 1]),
	    lower_ascii((unsigned char)s[st + 2]))) {
	case K3('t', 'h', 'a'): case K3('t', 'h', 'x'): case K3('r', 'e', 'g'):
	case K3('b', 'e', 's'): case K3('k', 'i', 'n'): case K3('w', 'a', 'r'):
	case K3('c', 'h', 'e'): case K3('s', 'i', 'n'): case K3('y', 'o', 'u'):
	case K3('l', 'o', 'v'): case K3('r', 'e', 's'): case K3('m', 'a', 'n'):
	case K3('a', 'l', 'l'):
		return 1;
	}
	return 0;
}

/*
 * The closing of a letter at the start of a sentence, "Thanks," or "Best
 * regards,": the end of its words (at the comma), or 0.
 */
static inline size_t
closing_at(const char *s, size_t len, size_t st)
{
	size_t e = st;

	if (closing_first[(unsigned char)s[st]] && may_be_closing(s, len, st)) {
		/* one or two words of letters, then the comma */
		int words = 1;

		while (e < len && e - st <= 16) {
			if (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'))
				e++;
			else if (s[e] == ' ' && words++ == 1)
				e++;
			else
				break;
		}
	}
	if (e > st && e < len && s[e] == ',' && is_closing(s, st, e))
		return e;
	return 0;
}

#endif
