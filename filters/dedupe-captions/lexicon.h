/*
 * lexicon -- the words and patterns captions are told by.
 * Owns the agency names (credits.txt), the labels (labels.txt), the words
 * a credit may hold in lower case, and the PCRE2 patterns built from
 * them; reads nothing else; hands them to the detector (detect.c).
 *
 * Interface: lex_init(), lex_free(), lex_rx() (a pattern, compiled on
 * first use), ag_sig() (the cheap signature of an agency word).
 */
#ifndef DEDUPE_LEXICON_H
#define DEDUPE_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "rx.h"
#include "wordlist.h"

#define AGSIG_BITS	4096	/* the bit set of agency word signatures */

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
	struct strset	 agfirst;	/* the first word of each agency name: its first in ag */
	struct agname	*ag;
	uint64_t	 agsig[AGSIG_BITS / 64];	/* ag_sig() of each word in agfirst */
	struct strset	 lfirst;	/* the first word of each label (and "FILE") */
	unsigned char	 lstart[256];	/* first bytes of labels */
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
 * A cheap signature of an ASCII word, either case: its first, second
 * and last letters and its length.  A word whose bit is not set in
 * lx->agsig is not in lx->agfirst, without hashing it.
 */
static inline unsigned
ag_sig(const char *w, size_t n)
{
	unsigned a = (unsigned char)w[0] | 0x20, b = (unsigned char)w[n > 1] | 0x20,
	    z = (unsigned char)w[n - 1] | 0x20;

	return (((a * 31 + b) * 31 + z) * 31 + (unsigned)n) % AGSIG_BITS;
}

#endif
