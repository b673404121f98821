/*
 * sentences -- find the sentences of a paragraph (the split-sentences
 * engine).  Plain functions over a buffer: no I/O, no allocation while
 * splitting.
 *
 * The scanner walks the text once, left to right.  At each run of
 * sentence-final punctuation (. ? ! ... and their CJK, Devanagari,
 * Arabic, Armenian, Ethiopic and Greek kin) it takes the closing quotes
 * and brackets that follow, then decides from the word before and the
 * word after whether a sentence ends there: abbreviations, titles,
 * initials, dotted acronyms and numbered-list markers come from word
 * lists; a lower-case word after a quoted question continues the
 * sentence, and so on.  A few boundaries without punctuation are found
 * too (e-mail header lines and time stamps, greetings, URLs in a row).
 * Every decision looks at a bounded window around the candidate, so the
 * work is linear in the length of the text.
 *
 *	struct splitter sp;
 *	struct ss_iter it;
 *	size_t s, e;
 *
 *	if (ss_init(&sp, "en") == -1) ...unknown language...
 *	ss_iter_init(&it, &sp, text, len);
 *	while (ss_next(&it, &s, &e))
 *		...text[s..e) is a sentence, without surrounding spaces...
 *	ss_free(&sp);
 */
#ifndef SPLIT_SENTENCES_H
#define SPLIT_SENTENCES_H

#include <stddef.h>
#include <stdint.h>

#include "wordlist.h"

struct splitter {
	struct strset	 abbr;		/* abbreviations: value = class | flags */
	struct strset	 starters;	/* words that often start a sentence */
	struct strset	 aftertime;	/* words that go on after "9 a.m." */
	struct strset	 nonfinal;	/* words that do not end a sentence */
	struct strset	 timeopen;	/* words that open a sentence before "7 a.m." */
	size_t		 abbrmax;	/* the longest abbreviation */
	uint64_t	 abbrfirst[16];	/* by length: first letters (& 63) */
	uint64_t	 bloom[128];	/* a Bloom filter of the abbreviations */
	int		 semicolon_q;	/* ';' ends a question (Greek) */
	int		 english;	/* apply English-specific rules */
};

/*
 * Load the word lists of language lang ("en", "de", "es", "fr", "el";
 * NULL means "en").  Returns 0, or -1 when there are no lists for lang.
 */
int	 ss_init(struct splitter *sp, const char *lang);
void	 ss_free(struct splitter *sp);

/* The languages ss_init() knows, as a string: "de el en es fr". */
const char *ss_languages(void);

struct ss_iter {
	const struct splitter *sp;
	const char	*s;
	size_t		 len;
	size_t		 pos;		/* where the next sentence may start */
};

void	 ss_iter_init(struct ss_iter *it, const struct splitter *sp,
	    const char *s, size_t len);

/*
 * The next sentence: 1 and its byte offsets [*start, *end), which never
 * begin or end with white space; 0 when no text is left (a text of only
 * white space has no sentence).
 */
int	 ss_next(struct ss_iter *it, size_t *start, size_t *end);

#endif
