/*
 * chars -- the characters the rules look at: white space (ws_at; the
 * inline ws_before, skip_ws and closer_at are in split.h), opening
 * quotes and brackets in many scripts, letter case in any script
 * (char_class, on utf8proc), URLs and white-space-delimited tokens,
 * and look_next(): the first word after a candidate boundary.  Reads
 * bytes only; every other stage asks.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "split.h"
#include "u8.h"

/* Length of the white-space character at s[i], or 0. */
size_t
ws_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (i >= len)
		return 0;
	if (u[0] > ' ' && u[0] < 0x80)
		return 0;
	switch (u[0]) {
	case ' ':
	case '\t':
	case '\n':
	case '\v':
	case '\f':
	case '\r':
		return 1;
	case 0xC2:
		return left >= 2 && u[1] == 0xA0 ? 2 : 0;	/* U+00A0 */
	case 0xE1:
		return left >= 3 && u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
	case 0xE2:
		if (left < 3)
			return 0;
		if (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) ||
		    u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
			return 3;	/* U+2000-200A, U+2028, U+2029, U+202F */
		if (u[1] == 0x81 && u[2] == 0x9F)
			return 3;	/* U+205F */
		return 0;
	case 0xE3:
		return left >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	}
	return 0;
}

/* Length of an opening quote or bracket (or ¿ ¡) at s[i], or 0. */
size_t
opener_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (i >= len)
		return 0;
	switch (u[0]) {
	case '"':
	case '\'':
	case '(':
	case '[':
	case '{':
	case '`':
	case '*':
		return 1;
	case 0xC2:		/* U+00AB « U+00BF ¿ U+00A1 ¡ */
		return left >= 2 && (u[1] == 0xAB || u[1] == 0xBF ||
		    u[1] == 0xA1) ? 2 : 0;
	case 0xE2:
		if (left >= 3 && u[1] == 0x80 && (u[2] == 0x98 ||
		    u[2] == 0x9C || u[2] == 0xB9))
			return 3;	/* ' " < */
		return 0;
	case 0xE3:
		if (left >= 3 && u[1] == 0x80 && (u[2] == 0x8C ||
		    u[2] == 0x8E || u[2] == 0x8A || u[2] == 0x88 ||
		    u[2] == 0x90 || u[2] == 0x94))
			return 3;	/* 「 『 《 〈 【 〔 */
		return 0;
	}
	return 0;
}

/* Does a URL start at s[i]? */
int
url_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	if ((s[i] | 0x20) != 'h' && (s[i] | 0x20) != 'w')
		return 0;
	return prefix_at(s, len, i, "http://") ||
	    prefix_at(s, len, i, "https://") || prefix_at(s, len, i, "www.");
}

/* End of the token (run of non-white space) that starts at s[i]. */
size_t
token_end(const char *s, size_t len, size_t i, size_t max)
{
	size_t j = i;

	while (j < len && j - i < max && ws_at(s, len, j) == 0)
		j++;
	return j;
}

/* The class of the character at s[i]: letters by case, digits, other. */
int
char_class(const char *s, size_t len, size_t i, int *clen)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;

	if (c < 0x80) {
		*clen = 1;
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		return C_OTHER;
	}
	*clen = u8_decode(s + i, s + len, &cp);
	if (cp < 0)
		return C_OTHER;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LO:	/* CJK, Arabic...: no case, may start */
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	default:
		return C_OTHER;
	}
}

/* What follows a candidate boundary at s[n] (struct next, split.h). */
void
look_next(const char *s, size_t len, size_t n, struct next *nx)
{
	size_t i = n, k;
	int clen, cls;

	nx->opened = nx->quoted = 0;
	nx->url = url_at(s, len, n);
	for (k = 0; k < 4 && i < len; k++) {
		size_t ol = opener_at(s, len, i);

		if (ol == 0)
			break;
		nx->opened = 1;
		if (s[i] == '"' || s[i] == '\'' || (ol == 3 && s[i + 1] ==
		    '\x80') || (ol == 2 && s[i + 1] == '\xab'))
			nx->quoted = 1;	/* " ' “ ‘ « (not brackets) */
		i += ol;
	}
	nx->w = nx->we = i;
	nx->dotted = 0;
	if (i >= len) {
		nx->cls = C_OTHER;
		return;
	}
	nx->cls = char_class(s, len, i, &clen);
	if (nx->cls != C_UPPER && nx->cls != C_LOWER)
		return;
	/* the word: letters of one class run, bounded */
	while (i < len && i - nx->w < MAXWORD) {
		unsigned char c = (unsigned char)s[i];

		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			i++;
			continue;
		}
		if (c < 0x80)
			break;
		cls = char_class(s, len, i, &clen);
		if (cls != C_UPPER && cls != C_LOWER)
			break;
		i += clen;
	}
	nx->we = i;
	if (i < len && s[i] == '.')
		nx->dotted = 1;
	if (nx->url)
		nx->cls = C_UPPER;
	/* the pronoun "i" starts sentences in informal text */
	if (nx->cls == C_LOWER && i - nx->w == 1 && s[nx->w] == 'i' &&
	    (i >= len || !is_letter_byte((unsigned char)s[i])))
		nx->cls = C_UPPER;
}
