/*
 * dedupe -- what the stages of the engine share: struct dedupe, made of
 * each stage's state.  Private to the engine (captions.h is the public
 * interface).  The stages, in the order a line meets them:
 *
 *	lexicon.c	word lists and patterns (lexicon.h)
 *	detect.c	the caption detector: dc_detect()
 *	key.c		the normaliser: dc_key(), key_more() (key.h)
 *	repeats.c	the repeat finder: key sets, copies (repeats.h)
 *	captions.c	the driver: dc_new(), dc_judge(), dc_free()
 */
#ifndef DEDUPE_DEDUPE_H
#define DEDUPE_DEDUPE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "captions.h"
#include "key.h"
#include "lexicon.h"
#include "repeats.h"

#define CAP_MAX		2000	/* bytes: a longer line is not a caption */

/*
 * Past the blanks (' ', '\t') at s[i..n).  Scraped pages indent lines by
 * hundreds of spaces (half the bytes of the real-page corpus), so a run
 * of eight spaces goes in one step; the byte loop after it skips what
 * the plain loop would, so the result is the same.
 */
static inline size_t
blanks_fwd(const char *s, size_t i, size_t n)
{
	if (n - i >= 16 && s[i] == ' ' && s[i + 1] == ' ')
		while (n - i >= 8 && memcmp(s + i, "        ", 8) == 0)
			i += 8;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

struct dedupe {
	struct dc_opts	 o;
	struct dc_lex	 lex;		/* lexicon.c */
	struct dc_keys	 keys;		/* key.c */
	/* repeats.c: */
	struct hset	 seen;		/* caption keys (and, with -a, line keys) */
	struct hset	 seenline;
	struct hset	 doccap;	/* caption keys of the current document */
	struct hset	 docpfx;	/* prefix hashes of its captions */
	struct hset	 docp30;	/* p30 of the keys in doccap */
	struct hset	 docp8;		/* p8 of those of ALT_MIN bytes or more */
	uint64_t	 p30lens;	/* bit i: a key in doccap has min(length, PFX_MIN) i */
	char		*arena;		/* keys of the document (with -a) */
	size_t		 alen, acap;
	/* captions.c: */
	struct dline	*lines;
	size_t		 lcap;
};

#endif
