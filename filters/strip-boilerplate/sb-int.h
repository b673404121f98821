/*
 * sb-int -- the strip-boilerplate engine's own header: struct sb, the
 * kinds, classes and flags its stages share, the hot helpers that more
 * than one stage calls (static inline, so that they stay inlined in every
 * file), and each stage's interface.  The stages, in the order sb_judge()
 * runs them (sb.h says what each does):
 *
 *	words.c		word lists -> the phrase and short-word tables
 *	tokenize.c	a line's text -> its tally and normalised key
 *	line.c		tally and key -> flags, reason, first class (line rules)
 *	context.c	the document -> classes revised by repeats, list
 *			items and neighbours
 *	article.c	classes -> the article's run of lines, its lead; keep
 *	headline.c	the lines above the article, the URL's slug -> the
 *			headline
 *	sb.c		the driver: sb_new(), sb_judge(), sb_free()
 */
#ifndef STRIP_BOILERPLATE_SB_INT_H
#define STRIP_BOILERPLATE_SB_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "sb.h"
#include "u8.h"
#include "url.h"
#include "wordlist.h"

/* What a normalised word or phrase is, as bits of its value in the set. */
enum {
	K_STOP = 1 << 0,	/* a stopword */
	K_DATE = 1 << 1,	/* a dateline word */
	K_LINE = 1 << 2,	/* a whole boilerplate line */
	K_PREFIX = 1 << 3,	/* starts a boilerplate line */
	K_CONTAINS = 1 << 4,	/* makes a short line boilerplate */
	K_TEASER = 1 << 5,	/* a teaser heading */
	K_COMMENT = 1 << 6,	/* a comment-section heading */
	K_META = 1 << 7,	/* starts a byline */
	K_END = 1 << 8,		/* a heading after which the article is over */
	K_PPART = 1 << 9,	/* the first words of a line/prefix/heading entry */
	K_CPART = 1 << 10	/* the first words of a "contains" entry */
};

/* Kinds of short words in the word table (stopwords, first words). */
enum {
	W_STOP = K_STOP,
	W_DATE = K_DATE,
	W_PFIRST = 1 << 2,	/* first word of a line, prefix or heading */
	W_CFIRST = 1 << 3,	/* first word of a phrase found anywhere */
	W_CSECOND = 1 << 4,	/* second word of a phrase found anywhere */
	W_MFIRST = 1 << 5	/* first word of a byline start */
};

/* Classes, worst first (jusText's). */
enum { C_BLANK, C_BAD, C_SHORT, C_NEARGOOD, C_GOOD };

/* Line flags. */
enum {
	F_HARD = 1 << 0,	/* furniture: context cannot make it good */
	F_HEADING = 1 << 1,	/* short, no terminal punctuation */
	F_TERM = 1 << 2,	/* ends like a sentence */
	F_TEASER = 1 << 3,	/* a teaser heading */
	F_COMMENT = 1 << 4,	/* a comment heading */
	F_META = 1 << 5,	/* a byline or dateline */
	F_BULLET = 1 << 6,	/* starts with a bullet */
	F_CAPS = 1 << 7,	/* all capitals */
	F_ENDED = 1 << 8,	/* after the comment heading */
	F_NUMBERED = 1 << 9,	/* starts with "1." */
	F_CARD = 1 << 10,	/* in a list item of several lines */
	F_SAYS = 1 << 11,	/* "name says:", a commenter */
	F_SKIP = 1 << 12,	/* debris: no say in the context */
	F_NONLATIN = 1 << 13,	/* mostly letters of other scripts */
	F_LEAD = 1 << 14,	/* headline, standfirst above the text */
	F_COLON = 1 << 15,	/* ends with a colon: a list may follow */
	F_END = 1 << 16,	/* "About the author": the article is over */
	F_DUP = 1 << 17,	/* the same text is elsewhere in the document */
	F_NOTTITLE = 1 << 18,	/* a URL, file name, copyright or menu: no headline */
	F_AGAIN = 1 << 19,	/* F_DUP, and not the first of its copies */
	F_BYLINE = 1 << 20,	/* "By Jane Smith", "Posted by: jdoe" */
	F_BLOCK = 1 << 21,	/* headline.c: in the headline's block, kept */
	F_RULE = 1 << 22,	/* a horizontal rule: "----", "* * *", box lines */
	F_UNSIGNED = 1 << 23	/* article.c: the lead's title, in sentence case, no byline under it */
};

/* Tuning (jusText's defaults, adapted to one line per paragraph). */
#define LEN_LOW		70	/* code points: shorter is "short" */
#define LEN_HIGH	200	/* longer near-good text is good */
#define LEN_MID		120	/* a sentence this long is good */
#define STOP_LOW	0.25
#define STOP_HIGH	0.30
#define PHRASE_WORDS	40	/* phrases are looked for in lines this short */
#define PREFIX_WORDS	30
#define HEAD_WORDS	8	/* teaser/comment headings are this short */
#define DUP_PROSE	15	/* a repeated line this long can be text */
#define MAXTOK		64	/* tokens of a short line's key kept */
#define MAXCARD		200	/* lines of a teaser card, at most */
#define WTAB		4096	/* slots for the short words */
#define WMAX		16	/* bytes of a short word, at most */

struct sb {
	struct pent {
		uint64_t	 h;
		uint32_t	 off;		/* into pool */
		uint32_t	 len;		/* 0: an empty slot */
		int		 val;
	}		*pt;		/* the phrases (normalised keys) */
	size_t		 ptcap, ptn;
	size_t		 ptmax;		/* the longest phrase */
	char		*pool;
	size_t		 poolcap, pooln;
	int		 keep_meta;
	char		*key;		/* the normalised line */
	size_t		 keycap;
	size_t		 tok[MAXTOK + 1];	/* starts of the first MAXTOK + 1 tokens */
	size_t		 ntok;		/* tokens (may exceed MAXTOK) */
	unsigned char	 tkind[MAXTOK + 1];	/* wget() of the first tokens */
	unsigned	 nstops;	/* stopwords in the key (counted) */
	unsigned	 ndates;	/* dateline words and numbers in it */
	int		 unknown_lang;	/* the document has few stopwords */
	struct wslot {
		uint64_t	 w[2];		/* the word, zero-padded */
		unsigned char	 kind;		/* 0: an empty slot */
		unsigned char	 more;		/* a word whose first slot
						   this is is in its second */
	}		 wtab[WTAB];	/* stopwords, dateline words, first words */
	unsigned char	 longkind;	/* W_ kinds of the words longer than WMAX */
	struct hl {
		uint64_t	 h;
		size_t		 i;
	}		*hl;		/* line hashes, to find repeats */
	size_t		 hlcap;
	unsigned char	*nb;		/* neighbour classes, 4 per line */
	size_t		 nbcap;
	size_t		 art_a, art_b;	/* the article's lines: [art_a, art_b) */
	sb_trace_fn	*trace;		/* tools/sb-features: candidates' features */
	void		*trace_arg;
	uint64_t	 hlset[512];	/* the first paragraphs' words (HL_SET) */
	size_t		 hlsetn;
	struct strset	 credits;	/* common/credits.txt, folded */
	struct strset	 roles;		/* common/byline-roles.txt, folded */
	struct strset	 fields;	/* fields.txt, folded */
	const char	*url;		/* the article's URL the document states */
	size_t		 urllen;	/* (0: none), into the caller's lines */
	struct slug	 slug;		/* its slug's words (slug.n 0: none) */
};

/* Classes of ASCII bytes, for the fast paths. */
enum {
	B_BLANK = 1 << 0,	/* isblank8 */
	B_UPPER = 1 << 1,
	B_LOWER = 1 << 2,
	B_DIGIT = 1 << 3,
	B_CLOSER = 1 << 4,	/* closer() */
	B_AT = 1 << 5,		/* '@' */
	B_BRACKET = 1 << 6,	/* '[' or ']' */
	B_SEP = 1 << 7,		/* may start a separator() */
	B_MARK = 1 << 8,	/* '.', ':', '/', '|', '>': URLs, menus */
	B_TRAIL = 1 << 9,	/* ',', '.', ':', ';', '!', '?': after a word */
	B_ALNUM = B_UPPER | B_LOWER | B_DIGIT
};

extern unsigned short sb_bcls[256];	/* B_SEP only for bytes >= 0x80 */

/* u8_decode with a fast path for ASCII. */
static inline int
dec(const char *p, const char *end, int32_t *cp)
{
	if ((unsigned char)*p < 0x80) {
		*cp = (unsigned char)*p;
		return 1;
	}
	return u8_decode(p, end, cp);
}

static inline int
isblank8(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
	    (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF || cp == '\f' ||
	    cp == '\v';
}

/*
 * The phrase table: open addressing over a cheap word-at-a-time hash
 * (the keys are normalised, so no case folding is needed).
 */
static inline uint64_t
phash(const char *s, size_t n)
{
	uint64_t h = (uint64_t)n * 0x9E3779B97F4A7C15ull, w;
	uint32_t a, b;
	const char *e = s + n;

	if (n >= 8) {
		while (e - s > 8) {
			w = ascii_word8(s);
			h = (h ^ w) * 0xff51afd7ed558ccdull;
			h ^= h >> 29;
			s += 8;
		}
		w = ascii_word8(e - 8);	/* the last 8 bytes, overlapping */
	} else if (n >= 4) {
		memcpy(&a, s, 4);
		memcpy(&b, e - 4, 4);
		w = (uint64_t)a << 32 | b;
	} else if (n > 0)
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (unsigned char)e[-1];
	else
		w = 0;
	h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 32;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 29;
	return h;
}

static inline int
pget(const struct sb *sb, const char *s, size_t n, int *val)
{
	uint64_t h;
	size_t i, mask;

	if (n == 0 || n > sb->ptmax)
		return 0;	/* (also when the table is empty) */
	h = phash(s, n);
	mask = sb->ptcap - 1;
	for (i = h & mask; sb->pt[i].len != 0; i = (i + 1) & mask)
		if (sb->pt[i].h == h && sb->pt[i].len == n &&
		    memcmp(sb->pool + sb->pt[i].off, s, n) == 0) {
			*val = sb->pt[i].val;
			return 1;
		}
	return 0;
}

/*
 * The short words (stopwords, dateline words, first words of phrases) in
 * a table of their own, looked up for every word of every line.  Cuckoo
 * hashing: a word is in one of its two slots.  The table is a quarter
 * full, so most words are in their first slot and most first slots are
 * no other word's second: a lookup reads the second slot only when the
 * first says that a word of its own lies there (more), a branch that is
 * seldom taken.  Words are stored zero-padded to WMAX bytes; they have
 * no NUL byte, so the padding tells their length.
 */
/* s[0..n) (n <= WMAX) as two words, zero-padded. */
static inline void
wwords(const char *s, size_t n, uint64_t w[2])
{
	char b[WMAX] = { 0 };

	memcpy(b, s, n);
	w[0] = ascii_word8(b);
	w[1] = ascii_word8(b + 8);
}

/* The first (which = 0) or second slot of the word w. */
static inline size_t
wslot(const uint64_t w[2], int which)
{
	uint64_t h = (w[0] * 0x9E3779B97F4A7C15ull) ^
	    (w[1] * 0xc4ceb9fe1a85ec53ull);

	return (size_t)(which ? h >> 40 : h >> 52) & (WTAB - 1);
}

/* The kind in slot e if it holds w, else 0. */
static inline int
wmatch(const struct wslot *e, const uint64_t w[2])
{
	unsigned hit = ((e->w[0] ^ w[0]) | (e->w[1] ^ w[1])) == 0;

	return (int)(e->kind & (0u - hit));
}

/* The kind of the word w (zero-padded), or 0. */
static inline int
wget(const struct sb *sb, const uint64_t w[2])
{
	const struct wslot *e = &sb->wtab[wslot(w, 0)];
	int v = wmatch(e, w);

	if (e->more)
		v |= wmatch(&sb->wtab[wslot(w, 1)], w);
	return v;
}

/* End of the first i tokens of the key (i <= ntok, i <= MAXTOK). */
static inline size_t
tokend(const struct sb *sb, size_t i, size_t klen)
{
	if (i >= sb->ntok)
		return klen;
	return sb->tok[i] - 1;
}

/* What sb_scan() counts on a line. */
struct tally {
	unsigned	 words;		/* blank-separated tokens with a letter or digit */
	unsigned	 chars;		/* code points, one for each run of blanks */
	unsigned	 capwords;	/* words that start with a capital */
	unsigned	 numtok;	/* words that start with a digit */
	unsigned	 cjks;		/* CJK characters */
	unsigned	 letters, lower, upper, nonlatin;
	unsigned	 urls, pipes, seps, slash;
	unsigned	 mails;		/* e-mail addresses (also in urls) */
	unsigned	 brackets;	/* '[' */
	unsigned	 outside;	/* letters and digits outside brackets */
	int		 depth;		/* of brackets at the end */
	int		 copyright;	/* U+00A9 */
	int32_t		 last;		/* the last character, closers aside */
};

/* ---------------------------------------------------------------- */
/* The stages */

/* words.c: load every word list into sb's tables. */
void	 sb_words_load(struct sb *);

/* tokenize.c: fill sb_bcls (sb_new() does, before loading the lists). */
void	 sb_bcls_init(void);
/* tokenize.c: the key of s[0..n) into sb->key, its length returned. */
size_t	 sb_normalise(struct sb *, const char *, size_t);
/* tokenize.c: the key, as sb_normalise(), and the line's tally. */
size_t	 sb_scan(struct sb *, const char *, size_t, struct tally *);

/* line.c: a line's features, flags, reason, and context-free class. */
void	 sb_features(struct sb *, struct sb_line *);
/* line.c: the class of a line still C_SHORT, from length and stopwords. */
void	 sb_classify(struct sb *, struct sb_line *);

/* context.c: the document's repeated lines, list items and neighbours. */
void	 sb_repeats(struct sb *, struct sb_line *, size_t);
void	 sb_structure(struct sb_line *, size_t);
void	 sb_context(struct sb *, struct sb_line *, size_t);

/* article.c: the article's lines [sb->art_a, sb->art_b), its lead; keep. */
void	 sb_article(struct sb *, struct sb_line *, size_t);

/* headline.c: the headline, above the article's first paragraph. */
void	 sb_headline(struct sb *, struct sb_line *, size_t);

/*
 * A paragraph that the page prints twice (the whole article scraped
 * twice, a body repeated under a print view): its first copy is text like
 * any other, later copies go (context.c, article.c).  Repeated short
 * lines stay furniture.
 */
static inline int
twice_told(const struct sb_line *l)
{
	return l->flags & F_DUP && l->words >= DUP_PROSE && l->flags & F_TERM &&
	    l->cls == C_GOOD;
}

#endif
