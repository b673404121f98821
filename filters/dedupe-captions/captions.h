/*
 * captions -- the engine of dedupe-captions: tell photo captions by
 * their credits and shape, build the comparison key of a line, and judge
 * the lines of a document (keep, or drop as a repeat).
 *
 * No I/O: the caller hands over the texts of one document at a time.
 * State that outlives a document (the 64-bit keys already seen, with
 * --scope=stream) lives in struct dedupe.
 */
#ifndef DEDUPE_CAPTIONS_H
#define DEDUPE_CAPTIONS_H

#include <stddef.h>
#include <stdint.h>

enum dc_mode {
	DC_DROP_REPEATS,	/* default: keep the first copy of each caption */
	DC_DROP_ALL,		/* --drop-all: drop every caption */
	DC_KEEP_ALL		/* --mark: judge, but drop nothing */
};

enum dc_scope {
	DC_SCOPE_DOC,		/* repeats are sought within a document */
	DC_SCOPE_STREAM		/* ... and across the whole input */
};

struct dc_opts {
	int	mode;		/* enum dc_mode */
	int	scope;		/* enum dc_scope */
	int	any_line;	/* -a: repeats of any line, and pull quotes */
};

enum dc_reason {
	DC_R_TEXT,		/* KEEP: not a caption */
	DC_R_CAPTION,		/* KEEP first copy; DROP with --drop-all */
	DC_R_REPEAT,		/* DROP: a caption seen before */
	DC_R_ALT_TEXT,		/* a line without credit equal to a caption */
	DC_R_REPEAT_LINE,	/* DROP (-a): a line seen before */
	DC_R_PULL_QUOTE		/* DROP (-a): part of a nearby longer paragraph */
};

struct dc_text {
	const char	*p;
	size_t		 n;
};

struct dc_verdict {
	unsigned char	 drop;		/* 1: leave the line out */
	unsigned char	 caption;	/* 1: the line is (a copy of) a caption */
	unsigned char	 reason;	/* enum dc_reason */
};

struct dedupe;

/* Build the patterns (each compiled on first use) and load the word lists. */
struct dedupe *dc_new(const struct dc_opts *opts);
void	 dc_free(struct dedupe *d);

/*
 * Is s[0..n) caption-shaped (a credit at its end or start, a caption
 * label, or a caption phrase such as "in this file photo")?  Returns 1
 * and the caption proper, without credits and labels, as [*ks, *ke) (an
 * empty range for a line that is only a credit), or 0.
 */
int	 dc_detect(struct dedupe *d, const char *s, size_t n, size_t *ks,
	    size_t *ke);

/*
 * The comparison key of s[0..n): NFKC, case folded, whitespace
 * collapsed, quotes and dashes unified, punctuation trimmed at both
 * ends.  Returns its length; *key points into d and stays valid until
 * the next call.
 */
size_t	 dc_key(struct dedupe *d, const char *s, size_t n, const char **key);

/*
 * Judge the n texts of one document: v[i] says whether t[i] is a caption
 * and whether to drop it.  With --scope=stream the keys seen are kept
 * for the following documents.
 */
void	 dc_judge(struct dedupe *d, const struct dc_text *t, size_t n,
	    struct dc_verdict *v);

/* "text", "caption", "repeat", "alt-text", "repeat-line", "pull-quote". */
const char *dc_reason_name(int reason);

#endif
