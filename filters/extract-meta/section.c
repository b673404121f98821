/*
 * section -- a breadcrumb line as its parts: "Asia/ East Asia",
 * "News > Business > Economy", "Home » Sport » Football".
 *
 * A breadcrumb has 2 to 6 parts split by one separator (> › » / \),
 * each part short (1 to 4 words, at most 32 bytes) and starting with a
 * letter; a date, a URL, a handle or a sentence is not one.  A leading
 * "Home" part is the site's, not the article's, and is dropped.
 */
#include <string.h>

#include "meta.h"
#include "ascii.h"

#define MAXPARTS	6
#define MAXPARTLEN	32

/* The separator starting at s[i]: its length in bytes, or 0. */
static size_t
sep_at(const char *s, size_t len, size_t i, int *which)
{
	static const char *const seps[] = { ">", "\xe2\x80\xba", "\xc2\xbb",
	    "/", "\\", NULL };
	size_t k, n;
	unsigned char c = (unsigned char)s[i];

	if (c != '>' && c != '/' && c != '\\' && c != 0xE2 && c != 0xC2)
		return 0;
	for (k = 0; seps[k] != NULL; k++) {
		n = strlen(seps[k]);
		if (i + n <= len && memcmp(s + i, seps[k], n) == 0) {
			*which = (int)k;
			return n;
		}
	}
	return 0;
}

/* Is s[0..n) a plausible part: a few words, starting with a letter? */
/* Does s[0..n) hold a byte a separator starts with?  Most lines hold
 * none: rejected here in one pass, before sep_at() runs at every byte;
 * eight bytes at a time (ascii.h), any byte of 0x80 or more taken for
 * one there (the test is a filter: sep_at() decides). */
static int
has_sep_byte(const char *s, size_t n)
{
	size_t i = 0;
	uint64_t x;
	unsigned char c;

	for (; i + 8 <= n; i += 8) {
		x = ascii_word8(s + i);
		if (((x & ASCII_HIGHS) | ascii_eq8(x, '>') | ascii_eq8(x, '/') |
		    ascii_eq8(x, '\\')) != 0)
			return 1;
	}
	for (; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '>' || c == '/' || c == '\\' || c == 0xE2 ||
		    c == 0xC2)
			return 1;
	}
	return 0;
}

static int
good_part(const char *s, size_t n)
{
	size_t i, words = 0;
	int inword = 0;
	unsigned char c;

	if (n == 0 || n > MAXPARTLEN)
		return 0;
	c = (unsigned char)s[0];
	if (!(ascii_isupper(c) || c >= 0x80))
		return 0;
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (ascii_isdigit(c) || c == '@' || c == ':' || c == '.' ||
		    c == '|' || c == '#' || c == '=' || c == '?' || c == '[')
			return 0;
		if (c == ' ')
			inword = 0;
		else if (!inword) {
			inword = 1;
			words++;
		}
	}
	return words >= 1 && words <= 4;
}

size_t
meta_breadcrumb(const char *s, size_t len, char *buf)
{
	const char *pp[MAXPARTS + 1];
	size_t pn[MAXPARTS + 1], np = 0, i, start, k, o = 0, sl, e;
	int which = -1, w;

	i = ascii_skip_blanks(s, len, 0);
	len = ascii_trim_end(s, len);
	if (len > 200 || !has_sep_byte(s + i, len > i ? len - i : 0))
		return 0;
	start = i;
	while (i <= len) {
		sl = i < len ? sep_at(s, len, i, &w) : 0;
		if (i == len || sl > 0) {
			if (i < len) {
				if (which >= 0 && w != which)
					return 0;
				which = w;
			}
			if (np == MAXPARTS + 1)
				return 0;
			e = ascii_trim_end(s, i);
			start = ascii_skip_blanks(s, len, start);
			if (e < start)
				e = start;
			pp[np] = s + start;
			pn[np] = e - start;
			np++;
			i += i < len ? sl : 1;
			start = i;
			continue;
		}
		i++;
	}
	/* a trailing separator: "TRD NATIONAL /" is no breadcrumb */
	if (which < 0 || np < 2)
		return 0;
	for (k = 0; k < np; k++)
		if (!good_part(pp[k], pn[k]))
			return 0;
	k = ascii_is(pp[0], pn[0], "home") ? 1 : 0;
	if (np - k < 1 || np - k > MAXPARTS - 1 + (k == 0))
		return 0;
	for (; k < np; k++) {
		if (o > 0) {
			memcpy(buf + o, " > ", 3);
			o += 3;
		}
		memcpy(buf + o, pp[k], pn[k]);
		o += pn[k];
	}
	return o;
}
