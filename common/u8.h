/*
 * u8 -- UTF-8 helpers (on utf8proc where Unicode data is needed).
 *
 * The invalid-byte policy of copydesk, in one place: bytes that are not
 * valid UTF-8 are passed through unchanged, and each one counts as one
 * code point in START/END offsets (as Python's
 * bytes.decode('utf-8', 'surrogateescape') counts them).  An overlong
 * form, a surrogate, a code point above U+10FFFF or a truncated sequence
 * is invalid byte by byte.  Matching never crosses an invalid byte (PCRE2
 * MATCH_INVALID_UTF), and normalised keys (u8_fold) see U+FFFD there.
 */
#ifndef COPYDESK_U8_H
#define COPYDESK_U8_H

#include <stddef.h>
#include <stdint.h>

/*
 * Decode one character at p (p < end).  Returns its length in bytes
 * (1..4) and stores the code point in *cp; for an invalid byte returns 1
 * and stores -1.
 */
int	 u8_decode(const char *p, const char *end, int32_t *cp);

/* Decode the character that ends just before p (p > start), likewise. */
int	 u8_decode_prev(const char *start, const char *p, int32_t *cp);

/* The number of code points in p[0..n), invalid bytes counted one each. */
size_t	 u8_count(const char *p, size_t n);

/* Is p[0..n) valid UTF-8? */
int	 u8_valid(const char *p, size_t n);

/*
 * Incremental byte-to-code-point offsets over one text: ask for
 * increasing byte offsets and each call costs only the bytes between the
 * last offset and this one.  Asking for a smaller offset starts over.
 */
struct u8_offsets {
	const char	*text;
	size_t		 byte;
	size_t		 cp;
};
void	 u8_offsets_init(struct u8_offsets *o, const char *text);
size_t	 u8_offsets_at(struct u8_offsets *o, size_t byte);

/* Encode cp as UTF-8 into buf (at least 4 bytes); returns the length. */
int	 u8_encode(int32_t cp, char *buf);

/*
 * A normalised copy of p[0..n) for comparing text: invalid bytes become
 * U+FFFD, then NFKC + case folding + removal of default-ignorables
 * (soft hyphen, zero-width space).  Returns a malloc'd buffer (the caller
 * frees it) and its length in *outlen.
 */
char	*u8_fold(const char *p, size_t n, size_t *outlen);

/* Append cp as UTF-8 to a growing buffer (see xgrow). */
void	 u8_append(char **buf, size_t *len, size_t *cap, int32_t cp);

#endif
