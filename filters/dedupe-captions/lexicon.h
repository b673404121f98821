/*
 * lexicon -- the words and patterns captions are told by.
 * Owns the agency names (common/credits.txt, which strip-boilerplate
 * reads too), the labels (labels.txt), the places of a person in a
 * picture (places.txt), the words a credit may hold in
 * lower case, and the PCRE2 patterns built from them; reads nothing
 * else; hands them to the detector (detect.c).
 *
 * Interface: lex_init(), lex_free(), lex_rx() (a pattern, compiled on
 * first use), wsig_may() (a cheap test that a word is not in a set).
 */
#ifndef DEDUPE_LEXICON_H
#define DEDUPE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "rx.h"
#include "wordlist.h"

#define WSIG_BITS	4096	/* a bit set of word signatures (word_sig()) */

struct wsig {
	uint64_t	 bits[WSIG_BITS / 64];
};

/* An agency name of credits.txt, indexed by its first word. */
struct agname {
	const char	*p;	/* in wl_credits */
	size_t		 n;
	size_t		 fw;	/* the first word: p[0..fw) */
	int		 next;	/* the next name with the same first word, or -1 */
};

struct dc_lex {
	struct rx	*e_label;	/* "... Photo: NAME/AGENCY" */
	struct rx	*e_by;		/* "... Photo by NAME", "Image copyright X" */
	struct rx	*e_copy;	/* "... © 2019 AGENCY" */
	struct rx	*e_paren;	/* "... (INNER)" */
	struct rx	*e_tail;	/* "... 2019. REUTERS/Name" */
	struct rx	*e_slash;	/* "... Name Name/AGENCY via Getty" */
	struct rx	*c_adj;		/* an agency next to / | via */
	struct rx	*c_only;	/* nothing but agency names */
	struct rx	*c_alltok;	/* only credit-like tokens */
	struct rx	*c_plabel;	/* a label opening a parenthesis */
	struct rx	*s_start;	/* "FILE - ", "Image caption ", "Pictured: " */
	struct rx	*phrase;	/* "in this file photo" */
	struct rx	*e_cjk;		/* "...。新华社记者 张三 摄" */
	struct strset	 lower;		/* words a credit may hold in lower case */
	struct wsig	 lowsig;	/* word_sig() of each word in lower */
	struct strset	 agfirst;	/* the first word of each agency name: its first in ag */
	struct agname	*ag;
	struct wsig	 agsig;		/* word_sig() of each word in agfirst */
	struct strset	 lfirst;	/* the first word of each label (and "FILE") */
	struct wsig	 lfsig;		/* word_sig() of each word in lfirst */
	unsigned char	 lstart[256];	/* first bytes of labels */
	struct strset	 places;	/* "left", "second from right" (places.txt) */
	unsigned char	 pstart[256];	/* first bytes of places */
	char		*pats[13];	/* the source of each pattern, by slot */
};

/* Load the word lists and build the pattern sources (none compiled yet). */
void	 lex_init(struct dc_lex *lx);
void	 lex_free(struct dc_lex *lx);

/*
 * The pattern of a slot, compiled the first time it is needed (and
 * JIT-compiled once it has matched enough text, rx.h): most documents
 * need only a few of them, and a corpus build runs one process per
 * article.
 */
static inline struct rx *
lex_rx(struct dc_lex *lx, struct rx **rp, int slot)
{
	if (*rp == NULL)
		*rp = rx_compile(lx->pats[slot], 0);
	return *rp;
}
/* RX(e_label, 0): the pattern in field e_label of lx, slot 0. */
#define RX(f, slot)	lex_rx(lx, &lx->f, slot)

/*
 * A cheap signature of a word, ASCII letters in either case: its first,
 * second and last bytes (bit 5 set, which folds a letter's case) and
 * its length.  Two words that strset's ASCII case folding makes equal
 * have the same signature, so a word whose bit is not set in a struct
 * wsig made of a set's words is not in that set, and the set need not
 * be hashed.  The sets: the first words of agency names, the words a
 * credit may hold in lower case, the first words of labels.
 */
static inline unsigned
word_sig(const char *w, size_t n)
{
	unsigned a = (unsigned char)w[0] | 0x20, b = (unsigned char)w[n > 1] | 0x20,
	    z = (unsigned char)w[n - 1] | 0x20;

	return (((a * 31 + b) * 31 + z) * 31 + (unsigned)n) % WSIG_BITS;
}

static inline void
wsig_add(struct wsig *g, const char *w, size_t n)
{
	unsigned i;

	if (n > 0) {
		i = word_sig(w, n);
		g->bits[i / 64] |= 1ull << (i % 64);
	}
}

/* Can w[0..n) be in the set of g?  0: surely not. */
static inline int
wsig_may(const struct wsig *g, const char *w, size_t n)
{
	unsigned i;

	if (n == 0)
		return 1;
	i = word_sig(w, n);
	return g->bits[i / 64] >> (i % 64) & 1;
}

#endif
