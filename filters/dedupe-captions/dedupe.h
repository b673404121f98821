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

#include "captions.h"
#include "key.h"
#include "lexicon.h"
#include "repeats.h"

#define CAP_MAX		2000	/* bytes: a longer line is not a caption */

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
