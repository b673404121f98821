/*
 * sb -- the strip-boilerplate engine: judge the lines of one document.
 *
 * The caller fills an array of struct sb_line with the text of each line
 * of a document (pointer and length; no copy is made) and calls
 * sb_judge(), which sets keep and reason on every line.  The engine does
 * no I/O and no allocation per line: its scratch memory grows to the
 * longest line and is reused.
 *
 * How a document is judged:
 *  1. features of each line alone: words, share of stopwords, terminal
 *     punctuation, URLs, pipes and separators, capitalisation, bullets,
 *     and known boilerplate phrases (the *.txt lists, in one hash set);
 *  2. a first class: bad, short, near-good or good (as jusText does),
 *     and flags: heading, byline/dateline, teaser heading, comments;
 *  3. context: short and near-good lines take their class from their
 *     nearest good or bad neighbours; short headings followed closely by
 *     good text are kept; a teaser heading ("Most read", "Related") drops
 *     the short lines under it; a comment heading after the article ends
 *     it;
 *  4. the article: the run of lines with the most good text (good words
 *     gain, bad lines cost) — good lines far outside it are dropped;
 *  5. the headline: of the lines above the article's first paragraph, the
 *     one a small linear model (sb-model.h, trained by tools/train-sb.py)
 *     scores highest, if it scores above zero, is kept whatever its
 *     class; lead lines above it are dropped.  Among its features: how
 *     well the line's words match the slug of the article's URL, when
 *     the document states one ("URL: ...", "Source: ...").
 *
 * Each stage has a file of its own; sb-int.h lists them.
 */
#ifndef SB_H
#define SB_H

#include <stddef.h>

struct sb;

struct sb_line {
	const char	*text;		/* in: the line's text */
	size_t		 len;
	int		 keep;		/* out: 1 to keep the line */
	int		 headline;	/* out: 1 on the article's headline */
	const char	*reason;	/* out: why (a static string) */
	/* private: features */
	unsigned	 words;		/* words (CJK: characters / 2) */
	unsigned	 chars;		/* code points, blanks trimmed */
	unsigned	 stops;		/* stopwords */
	unsigned	 flags;
	unsigned	 indent;	/* bytes of leading blanks */
	unsigned	 capwords;	/* words that start with a capital */
	unsigned	 numwords;	/* words that start with a digit */
	unsigned char	 cf;		/* context-free class */
	unsigned char	 cls;		/* class after context */
};

/* Create an engine; keep_meta keeps bylines and datelines. */
struct sb *sb_new(int keep_meta);
void	 sb_free(struct sb *sb);

/* Judge the n lines of one document. */
void	 sb_judge(struct sb *sb, struct sb_line *lines, size_t n);

/*
 * The article's URL the last document judged states, as the headline
 * finder read it: the first line that labels one ("URL:", "Source:",
 * "Read more at", "canonical:"; common/url.h), else a line that is only
 * a URL among the first 12 that are not blank.  1 and (*p, *n), pointing
 * into that document's lines, or 0.
 */
int	 sb_url(const struct sb *sb, const char **p, size_t *n);

/*
 * For training the headline model (tools/sb-features.c, make model): fn
 * is called with the features of every headline candidate of every
 * document judged, with the line's index; sb_feature_names() names the
 * features, in order.
 */
typedef void sb_trace_fn(void *arg, size_t line, const double *feat);
void	 sb_set_trace(struct sb *sb, sb_trace_fn *fn, void *arg);
const char *const *sb_feature_names(size_t *n);

#endif
