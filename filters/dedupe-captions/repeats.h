/*
 * repeats -- the repeat finder: the key sets of a document and of the
 * stream (64-bit hashes), truncated copies, alt-text copies and pull
 * quotes.  Reads the keys the normaliser builds (key.h) and the shape
 * the detector gave each line; hands the driver (dc_judge()) per-line
 * facts (struct dline) and set lookups.
 *
 * Interface: the hash sets (hset_*), set_key(), line_key(),
 * add_doccap(), add_prefixes(), could_match(), near_pair(),
 * next_to_repeat(), pull_quote().
 */
#ifndef DEDUPE_REPEATS_H
#define DEDUPE_REPEATS_H

#include <stddef.h>
#include <stdint.h>

#include "captions.h"

#define ALT_MIN		8	/* key bytes: shorter lines never match a caption */
#define CREDIT_SALT	0x5DEECE66DA3B9F21ull	/* credit keys apart from captions */
#define PFX_MIN		30	/* key bytes of a truncated copy */
#define PQ_MIN		40	/* key bytes of a pull quote */
#define PQ_MAX		1000
#define PQ_WINDOW	12	/* lines either side searched for the paragraph */
#define PQ_LONGER	20	/* the paragraph is at least this much longer */
#define PQ_PARA_MAX	65536	/* key bytes: longer lines are not searched */

/* A set of 64-bit hashes (open addressing; 0 marks an empty slot). */
struct hset {
	uint64_t	*v;
	size_t		 cap;
	size_t		 n;
};

/* What the driver knows of one line of the document. */
struct dline {
	uint64_t	 key;
	uint64_t	 tkey;		/* prefix hash of a truncated copy */
	uint64_t	 p30;		/* hash of the first PFX_MIN bytes of the key */
	uint64_t	 p8;		/* its first ALT_MIN bytes */
	size_t		 koff;		/* the key in d->arena (with -a) */
	size_t		 klen;
	unsigned char	 shape;		/* caption-shaped */
	unsigned char	 credit;	/* only a credit */
	unsigned char	 trunc;		/* ends "...", "... more", "less" */
	unsigned char	 caption;
	unsigned char	 copy;		/* a truncated copy of a caption */
	unsigned char	 blank;		/* only white space */
	unsigned char	 near;		/* next to a credit line */
};

struct dedupe;

void	 hset_clear(struct hset *h);
void	 hset_add(struct hset *h, uint64_t k);

static inline int
hset_has(const struct hset *h, uint64_t k)
{
	size_t i;

	if (h->cap == 0)
		return 0;
	if (k == 0)
		k = 1;
	for (i = k & (h->cap - 1); h->v[i] != 0; i = (i + 1) & (h->cap - 1))
		if (h->v[i] == k)
			return 1;
	return 0;
}

/* Record a line's key (and, with -a, keep its bytes for pull quotes). */
void	 set_key(struct dedupe *d, struct dline *l, const char *key,
	    size_t klen);
/* The key of a line that is not caption-shaped, and its truncation. */
void	 line_key(struct dedupe *d, struct dline *l, const char *s, size_t n);
/* Add the key of a line to the caption keys of the document. */
void	 add_doccap(struct dedupe *d, const struct dline *l);
/* Insert the hash of every prefix of key of PFX_MIN bytes or more. */
void	 add_prefixes(struct hset *set, const char *key, size_t klen);
/* Could the key of s[0..n) be that of a caption of the document? */
int	 could_match(struct dedupe *d, const char *s, size_t n);
/* Is a caption next to line i dropped as a repeat? */
int	 next_to_repeat(const struct dline *L, const struct dc_verdict *v,
	    size_t i, size_t n);
/* Is line i (with -a) a pull quote: part of a longer paragraph nearby? */
int	 pull_quote(const struct dedupe *d, size_t i, size_t n);

/* Are lines i and j the same line of text, not caption-shaped? */
static inline int
near_pair(const struct dline *L, size_t i, size_t j)
{
	return !L[i].shape && !L[j].shape && L[i].klen >= ALT_MIN &&
	    L[i].klen == L[j].klen && L[i].key == L[j].key;
}

#endif
