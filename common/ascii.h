/*
 * ascii -- small byte helpers for ASCII words in UTF-8 text: case,
 * classes, a case-blind prefix or word test, blanks (space, TAB and the
 * no-break space U+00A0) skipped or trimmed; and a test of eight bytes
 * at a time, for a loop that rejects most lines on their bytes alone.
 * Every stage of extract-meta's engine uses them, tag-dates' engine,
 * and common/url.c.  The word-at-a-time loops and hashes of the other
 * programs and of common/ (out.c, u8.c, wordlist.c) load their eight
 * bytes with ascii_word8() and test them with its constants.
 */
#ifndef COPYDESK_ASCII_H
#define COPYDESK_ASCII_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline int
ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static inline int
ascii_isdigit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
ascii_isalpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline int
ascii_isupper(int c)
{
	return c >= 'A' && c <= 'Z';
}

/* Does s[0..len) start with the lower-case text w, ignoring case? */
static inline int
ascii_starts(const char *s, size_t len, const char *w)
{
	size_t i, n = strlen(w);

	if (len < n)
		return 0;
	for (i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

/* Is s[0..n) the lower-case word w[0..n), ASCII case aside?  For a word
 * whose length is known (no strlen()). */
static inline int
ascii_same(const char *s, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (ascii_lower((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

/* Is s[0..len) the lower-case word w, ignoring case? */
static inline int
ascii_is(const char *s, size_t len, const char *w)
{
	return len == strlen(w) && ascii_starts(s, len, w);
}

/* The index of the first byte at or after i that is not a blank
 * (space, TAB, no-break space). */
static inline size_t
ascii_skip_blanks(const char *s, size_t len, size_t i)
{
	for (;;) {
		if (i < len && (s[i] == ' ' || s[i] == '\t'))
			i++;
		else if (i + 1 < len && (unsigned char)s[i] == 0xC2 &&
		    (unsigned char)s[i + 1] == 0xA0)
			i += 2;
		else
			return i;
	}
}

/* The length of s[0..len) without blanks at its end. */
static inline size_t
ascii_trim_end(const char *s, size_t len)
{
	for (;;) {
		if (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		else if (len > 1 && (unsigned char)s[len - 2] == 0xC2 &&
		    (unsigned char)s[len - 1] == 0xA0)
			len -= 2;
		else
			return len;
	}
}

/*
 * Eight bytes at a time: ascii_word8() loads s[0..8) (any alignment);
 * ascii_eq8() and ascii_in8() mark the bytes of such a word that are c,
 * or in lo..hi (1 <= lo <= hi < 0x80), by their top bit (0x80 in that
 * byte, 0 elsewhere).  Exact per byte: no carry crosses a byte, a byte
 * of 0x80 or more is never in lo..hi.  On a little-endian machine byte
 * k of s is byte k of the word (bits 8k..8k+7).
 */
#define ASCII_ONES	0x0101010101010101ULL
#define ASCII_HIGHS	(0x80 * ASCII_ONES)
#define ASCII_LOW7	(0x7F * ASCII_ONES)

static inline uint64_t
ascii_word8(const void *s)
{
	uint64_t x;

	memcpy(&x, s, 8);
	return x;
}

static inline uint64_t
ascii_eq8(uint64_t x, unsigned char c)
{
	uint64_t y = x ^ (c * ASCII_ONES);

	return ~(((y & ASCII_LOW7) + ASCII_LOW7) | y) & ASCII_HIGHS;
}

static inline uint64_t
ascii_in8(uint64_t x, unsigned char lo, unsigned char hi)
{
	uint64_t b = x & ASCII_LOW7;

	return (b + (0x80 - lo) * ASCII_ONES) &
	    ~(b + (0x7F - hi) * ASCII_ONES) & ~x & ASCII_HIGHS;
}

#endif
