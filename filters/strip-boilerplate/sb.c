/*
 * sb -- the strip-boilerplate engine (see sb.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "sb.h"
#include "u8.h"
#include "wordlist.h"
#include "xalloc.h"

WORDLIST(stopwords);
WORDLIST(lines);
WORDLIST(prefixes);
WORDLIST(contains);
WORDLIST(teasers);
WORDLIST(comments);
WORDLIST(datewords);
WORDLIST(meta);
WORDLIST(endings);

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
	F_NOTTITLE = 1 << 18	/* a URL, file name, copyright or menu: no headline */
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
};

static void	 bcls_init(void);
static void	 load(struct sb *, const char *, size_t, int);
static void	 wadd(struct sb *, const char *, size_t, int);
static void	 wmark(struct sb *, const char *, size_t, int);
static size_t	 tokend(const struct sb *, size_t, size_t);
static int	 about(const char *, size_t);
static int	 hasyear(const char *, size_t);
static int	 imagefile(const char *, size_t);
struct tally;
static size_t	 normalise(struct sb *, const char *, size_t);
static size_t	 scan(struct sb *, const char *, size_t, struct tally *);
static int	 lookup(const struct sb *, size_t, size_t);
static void	 features(struct sb *, struct sb_line *);
static void	 classify(struct sb *, struct sb_line *);
static int	 nbclass(const struct sb_line *, int);
static void	 neighbours(const struct sb_line *, size_t, int, unsigned char *,
		    unsigned char *);
static void	 repeats(struct sb *, struct sb_line *, size_t);
static void	 structure(struct sb_line *, size_t);
static void	 goodruns(const struct sb_line *, size_t, unsigned char *);
static void	 context(struct sb *, struct sb_line *, size_t);
static void	 lead(struct sb_line *, size_t, size_t, size_t);
static void	 article(struct sb *, struct sb_line *, size_t);
static void	 headline(struct sb *, struct sb_line *, size_t);

struct sb *
sb_new(int keep_meta)
{
	struct sb *sb;

	sb = xcalloc(1, sizeof(*sb));
	sb->keep_meta = keep_meta;
	bcls_init();
	load(sb, wl_stopwords, wl_stopwords_len, K_STOP);
	load(sb, wl_datewords, wl_datewords_len, K_DATE);
	load(sb, wl_lines, wl_lines_len, K_LINE);
	load(sb, wl_prefixes, wl_prefixes_len, K_PREFIX);
	load(sb, wl_contains, wl_contains_len, K_CONTAINS);
	load(sb, wl_teasers, wl_teasers_len, K_TEASER);
	load(sb, wl_comments, wl_comments_len, K_COMMENT);
	load(sb, wl_meta, wl_meta_len, K_META);
	load(sb, wl_endings, wl_endings_len, K_END);
	wadd(sb, "#", 1, K_DATE);	/* a number */
	return sb;
}

void
sb_free(struct sb *sb)
{
	if (sb == NULL)
		return;
	free(sb->pt);
	free(sb->pool);
	free(sb->key);
	free(sb->hl);
	free(sb->nb);
	free(sb);
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
			memcpy(&w, s, 8);
			h = (h ^ w) * 0xff51afd7ed558ccdull;
			h ^= h >> 29;
			s += 8;
		}
		memcpy(&w, e - 8, 8);	/* the last 8 bytes, overlapping */
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

static int
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

static void
pput(struct pent *t, size_t cap, const struct pent *e)
{
	size_t i;

	for (i = e->h & (cap - 1); t[i].len != 0; i = (i + 1) & (cap - 1))
		;
	t[i] = *e;
}

/* Add s[0..n) (n > 0) with value val, or replace its value. */
static void
padd(struct sb *sb, const char *s, size_t n, int val)
{
	struct pent e, *nt;
	size_t i, mask, ncap;

	if (n == 0)
		return;
	e.h = phash(s, n);
	if (sb->ptcap > 0) {
		mask = sb->ptcap - 1;
		for (i = e.h & mask; sb->pt[i].len != 0; i = (i + 1) & mask)
			if (sb->pt[i].h == e.h && sb->pt[i].len == n &&
			    memcmp(sb->pool + sb->pt[i].off, s, n) == 0) {
				sb->pt[i].val = val;
				return;
			}
	}
	if ((sb->ptn + 1) * 2 > sb->ptcap) {
		ncap = sb->ptcap ? 2 * sb->ptcap : 1024;
		nt = xcalloc(ncap, sizeof(*nt));
		for (i = 0; i < sb->ptcap; i++)
			if (sb->pt[i].len != 0)
				pput(nt, ncap, &sb->pt[i]);
		free(sb->pt);
		sb->pt = nt;
		sb->ptcap = ncap;
	}
	if (sb->poolcap < sb->pooln + n)
		xgrow((void **)&sb->pool, &sb->poolcap, sb->pooln + n, 1);
	memcpy(sb->pool + sb->pooln, s, n);
	e.off = (uint32_t)sb->pooln;
	e.len = (uint32_t)n;
	e.val = val;
	sb->pooln += n;
	if (sb->ptmax < n)
		sb->ptmax = n;
	pput(sb->pt, sb->ptcap, &e);
	sb->ptn++;
}

/* Add every entry of a list, normalised like the lines, with bit kind. */
static void
load(struct sb *sb, const char *data, size_t len, int kind)
{
	struct wl_iter it;
	const char *e;
	size_t elen, klen, i;
	int val;

	wl_init(&it, data, len);
	while (wl_next(&it, &e, &elen)) {
		klen = normalise(sb, e, elen);
		if (klen == 0)
			continue;
		if (kind & (K_STOP | K_DATE)) {
			if (klen <= WMAX)
				wadd(sb, sb->key, klen, kind);
		} else
			wmark(sb, sb->key, tokend(sb, 1, klen),
			    kind == K_CONTAINS ? W_CFIRST : kind == K_META ?
			    W_PFIRST | W_MFIRST : W_PFIRST);
		if (kind == K_CONTAINS && sb->ntok >= 2)
			wmark(sb, sb->key + sb->tok[1], tokend(sb, 2, klen) -
			    sb->tok[1], W_CSECOND);
		val = 0;
		(void)pget(sb, sb->key, klen, &val);
		padd(sb, sb->key, klen, val | kind);
		if (kind & (K_STOP | K_DATE))
			continue;
		/* its shorter prefixes, so that lookups can stop early */
		for (i = 1; i < sb->ntok && i < MAXTOK; i++) {
			size_t pl = sb->tok[i] - 1;

			val = 0;
			(void)pget(sb, sb->key, pl, &val);
			padd(sb, sb->key, pl, val |
			    (kind == K_CONTAINS ? K_CPART : K_PPART));
		}
	}
}

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
	B_ALNUM = B_UPPER | B_LOWER | B_DIGIT
};

static unsigned short bcls[256];	/* B_SEP only for bytes >= 0x80 */

static void
bcls_init(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		bcls[c] = 0;
		if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
			bcls[c] |= B_BLANK;
		if (c >= 'A' && c <= 'Z')
			bcls[c] |= B_UPPER;
		if (c >= 'a' && c <= 'z')
			bcls[c] |= B_LOWER;
		if (c >= '0' && c <= '9')
			bcls[c] |= B_DIGIT;
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*')
			bcls[c] |= B_CLOSER;
		if (c == '@')
			bcls[c] |= B_AT;
		if (c == '[' || c == ']')
			bcls[c] |= B_BRACKET;
		if (c == '|' || c == '/' || c == '>' || c == ':' || c >= 0x80)
			bcls[c] |= B_SEP;
		if (c == '.' || c == ':' || c == '/' || c == '|' || c == '>')
			bcls[c] |= B_MARK;
	}
}

/*
 * The end of the run of ASCII lower-case letters at r (before end):
 * eight bytes at a time where it can, so that the end of a word costs
 * no mispredicted loop exit.
 */
static inline const char *
lowerrun(const char *r, const char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull, lo7 = 0x7f7f7f7f7f7f7f7full;
	uint64_t w, x, m;

	while (end - r >= 8) {
		memcpy(&w, r, 8);
		x = w & lo7;
		/* high bit of each byte that is not in 'a'..'z' */
		m = hi & ~((x + 0x1f1f1f1f1f1f1f1full) &
		    ~(x + 0x0505050505050505ull) & ~w);
		if (m != 0)
			return r + (__builtin_ctzll(m) >> 3);
		r += 8;
	}
#endif
	while (r < end && bcls[(unsigned char)*r] == B_LOWER)
		r++;
	return r;
}

/*
 * The short words (stopwords, dateline words, first words of phrases) in
 * a table of their own, looked up for every word of every line.  Cuckoo
 * hashing: a word is in one of its two slots, so a lookup reads both and
 * takes no branch (whether a word is a stopword is as good as random).
 * Words are stored zero-padded to WMAX bytes; they have no NUL byte, so
 * the padding tells their length.
 */
static inline uint64_t
load8(const void *p)
{
	uint64_t w;

	memcpy(&w, p, 8);
	return w;
}

/* s[0..n) (n <= WMAX) as two words, zero-padded. */
static inline void
wwords(const char *s, size_t n, uint64_t w[2])
{
	char b[WMAX] = { 0 };

	memcpy(b, s, n);
	w[0] = load8(b);
	w[1] = load8(b + 8);
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

static void
wadd(struct sb *sb, const char *s, size_t n, int kind)
{
	struct wslot e, t;
	size_t i, tries;

	wwords(s, n, e.w);
	for (tries = 0; tries < 2; tries++) {
		i = wslot(e.w, (int)tries);
		if (sb->wtab[i].w[0] == e.w[0] && sb->wtab[i].w[1] == e.w[1]) {
			sb->wtab[i].kind |= (unsigned char)kind;
			return;
		}
	}
	/* Put it in its first slot; whatever was there moves to its other. */
	e.kind = (unsigned char)kind;
	i = wslot(e.w, 0);
	for (tries = 0; tries < WTAB; tries++) {
		t = sb->wtab[i];
		sb->wtab[i] = e;
		if (t.kind == 0)
			return;
		e = t;
		i = i == wslot(e.w, 0) ? wslot(e.w, 1) : wslot(e.w, 0);
	}
	abort();	/* the lists outgrew WTAB (they fill about a quarter) */
}

/*
 * Mark a first or second word of the phrases with a W_ kind: in the
 * table, or if it is too long for that, every long word may be one.
 */
static void
wmark(struct sb *sb, const char *s, size_t n, int kind)
{
	if (n <= WMAX)
		wadd(sb, s, n, kind);
	else
		sb->longkind |= (unsigned char)kind;
}

/* The kind of the word w (zero-padded), or 0. */
static inline int
wget(const struct sb *sb, const uint64_t w[2])
{
	return wmatch(&sb->wtab[wslot(w, 0)], w) |
	    wmatch(&sb->wtab[wslot(w, 1)], w);
}

/* 16 bytes 0xff, then 16 zeros: load8(keep + 16 - n) keeps n bytes. */
static const unsigned char keep[32] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
};

/* s[0..n) (n <= WMAX, s[0..16) readable) as two words, zero-padded. */
static inline void
wload(const char *s, size_t n, uint64_t w[2])
{
	w[0] = load8(s) & load8(keep + 16 - n);
	w[1] = load8(s + 8) & load8(keep + 24 - n);
}

/* Is cp a letter, a digit or a mark (part of a word)? */
static int
wordchar(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

/* Chinese, Japanese and Korean characters: words without spaces. */
static int
cjk(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF);
}

/* What scan() counts on a line. */
struct tally {
	unsigned	 words;		/* blank-separated tokens with a letter or digit */
	unsigned	 chars;		/* code points, one for each run of blanks */
	unsigned	 capwords;	/* words that start with a capital */
	unsigned	 numtok;	/* words that start with a digit */
	unsigned	 cjks;		/* CJK characters */
	unsigned	 letters, lower, upper, nonlatin;
	unsigned	 urls, pipes, seps, slash;
	unsigned	 brackets;	/* '[' */
	unsigned	 outside;	/* letters and digits outside brackets */
	int		 depth;		/* of brackets at the end */
	int		 copyright;	/* U+00A9 */
	int32_t		 last;		/* the last character, closers aside */
};

/*
 * Normalise s[0..n) into sb->key: letters lower-cased, each run of
 * digits written as '#', everything else a single space between tokens;
 * record where the first MAXTOK tokens start.  Returns the key length.
 */
static size_t
normalise(struct sb *sb, const char *s, size_t n)
{
	struct tally ta;

	return scan(sb, s, n, &ta);
}

/*
 * The key as scan() writes it: a local copy of the state, so that the
 * compiler can keep it in registers across the stores into the key.
 */
struct keyw {
	char		*key;
	size_t		 k;		/* its length so far */
	size_t		 ts;		/* where the last token starts */
	size_t		 ntok;
	unsigned	 nstops, ndates;
	int		 inw;		/* the last token is in w (one piece) */
	uint64_t	 w[2];		/* ... zero-padded, as read from the text */
};

/*
 * Count a stopword or a dateline word ('#' is one): the last token,
 * key[ts..k).  Most tokens were one piece of text, read into w as it was
 * copied; the others are read back from the key.
 */
static inline void
counttok(struct sb *sb, struct keyw *kw)
{
	size_t n = kw->k - kw->ts;
	int v;

	if (n > WMAX)
		v = sb->longkind;	/* no stopword, maybe a first word */
	else {
		if (!kw->inw)
			wload(kw->key + kw->ts, n, kw->w);
		v = wget(sb, kw->w);
	}
	if (kw->ntok <= MAXTOK + 1)
		sb->tkind[kw->ntok - 1] = (unsigned char)v;
	kw->nstops += v & K_STOP;
	kw->ndates += (v & K_DATE) >> 1;
}

/* Start a token at key[k] (after a space). */
static inline void
newtok(struct sb *sb, struct keyw *kw)
{
	if (kw->k > 0) {
		counttok(sb, kw);
		kw->key[kw->k++] = ' ';
	}
	kw->ts = kw->k;
	if (kw->ntok <= MAXTOK)
		sb->tok[kw->ntok] = kw->k;
	kw->ntok++;
}

/* The kind bits of key[from..to), or 0. */
static int
lookup(const struct sb *sb, size_t from, size_t to)
{
	int val;

	if (to <= from)
		return 0;
	return pget(sb, sb->key + from, to - from, &val) ? val : 0;
}

/* End of the first i tokens of the key (i <= ntok, i <= MAXTOK). */
static size_t
tokend(const struct sb *sb, size_t i, size_t klen)
{
	if (i >= sb->ntok)
		return klen;
	return sb->tok[i] - 1;
}

static inline int
isblank8(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000 ||
	    (cp >= 0x2000 && cp <= 0x200B) || cp == 0xFEFF || cp == '\f' ||
	    cp == '\v';
}

static int
isbullet(int32_t cp)
{
	switch (cp) {
	case '*': case '-': case 0x2022: case 0x25E6: case 0x25AA:
	case 0x25A1: case 0x2606: case 0x00B7: case 0x25BA: case 0x25B8:
	case 0x25CB: case 0x25CF: case 0x25A0: case 0x2013: case 0x2014:
	case 0x2043: case 0x2219: case 0x25AB: case 0x2605: case 0x2666:
	case 0x27A2: case 0x2023:
		return 1;
	}
	return 0;
}

/* Closing quotes and brackets that may follow a sentence's end. */
static int
closer(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	    cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x300D ||
	    cp == 0x300F || cp == 0xFF09 || cp == '*';
}

static int
terminal(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
	    cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
	    cp == 0xFF0E || cp == 0x061F || cp == 0x0964;
}

/* Separators of menus and breadcrumbs, as whole tokens. */
static int
separator(const char *t, size_t n)
{
	static const char *const seps[] = { "|", "/", ">", ">>", "\xc2\xbb",
	    "\xe2\x80\xba", "\xc2\xb7", "\xe2\x80\xa2", "::", "\xe2\x86\x92",
	    "\xe2\x96\xb8", "\xe2\x96\xba" };
	size_t i;

	if ((unsigned char)*t < 0x80 && *t != '|' && *t != '/' && *t != '>' &&
	    *t != ':')
		return 0;
	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
		if (strlen(seps[i]) == n && memcmp(seps[i], t, n) == 0)
			return 1;
	return 0;
}

/* Does s[0..n) name a picture file ("AP_1234.jpg")? */
static int
imagefile(const char *s, size_t n)
{
	static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif",
	    ".webp", ".JPG", ".JPEG", ".PNG", ".GIF" };
	const char *q;
	size_t i, l;

	for (q = s; (q = memchr(q, '.', n - (size_t)(q - s))) != NULL; q++)
		for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
			l = strlen(ext[i]);
			if ((size_t)(s + n - q) >= l && memcmp(q, ext[i], l) == 0)
				return 1;
		}
	/* a lone slug: "milano-design-week-2018-flos-01" */
	if (memchr(s, ' ', n) == NULL && n >= 20) {
		for (i = 0, l = 0; i < n; i++)
			if (s[i] == '-' || s[i] == '_')
				l++;
		return l >= 3;
	}
	return 0;
}

/* Does s[0..n) hold a year: four digits 19xx or 20xx on their own? */
static int
hasyear(const char *s, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			;
		if (j - i == 4 && ((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0')))
			return 1;
	}
	return 0;
}

/* Does the key start "about " (or the same in a few other languages)? */
static int
about(const char *k, size_t n)
{
	static const char *const w[] = { "about ", "sobre ", "\303\274ber ",
	    "tentang ", "acerca de " };
	size_t i, l;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		l = strlen(w[i]);
		if (n > l && memcmp(k, w[i], l) == 0)
			return 1;
	}
	return 0;
}

/* The first non-blank at or after t. */
static inline const char *
skipblanks(const char *t, const char *end)
{
	int32_t cp;
	int l;

	for (;;) {
		while (t < end && bcls[(unsigned char)*t] & B_BLANK)
			t++;
		if (t < end && (unsigned char)*t >= 0x80 &&
		    (l = u8_decode(t, end, &cp), isblank8(cp)))
			t += l;
		else
			return t;
	}
}

/*
 * One pass over the text s[0..n) of a line: the features of its
 * blank-separated tokens into *out, and at the same time its normalised
 * key into sb->key (see normalise()) with its stopwords and dateline
 * words counted.  Returns the key length.
 */
static size_t
scan(struct sb *sb, const char *s, size_t n, struct tally *out)
{
	static const unsigned char hash8[8] = { '#' }, low1[8] = { 0x20 };
	const uint64_t lower1 = load8(low1);	/* lower-cases the first byte */
	const char *end = s + n, *t, *q, *r;
	struct tally ta;
	struct keyw kw;
	size_t m;
	int32_t cp, first;
	int l, alnum, sep, digit, wc;
	unsigned c, kk, up, mark;

	if (sb->keycap < 2 * n + 16 + WMAX)
		xgrow((void **)&sb->key, &sb->keycap, 2 * n + 16 + WMAX, 1);
	memset(&ta, 0, sizeof(ta));
	memset(&kw, 0, sizeof(kw));
	kw.key = sb->key;
	for (t = skipblanks(s, end); t < end; t = skipblanks(q, end)) {
		q = t;
		alnum = 0;
		mark = 0;	/* the classes of its other ASCII bytes */
		first = -2;
		sep = 1;	/* a blank ends a key token */
		digit = 0;
		while (q < end) {
			c = (unsigned char)*q;
			if (c < 0x80) {
				kk = bcls[c];
				if (kk & (B_UPPER | B_LOWER)) {
					/*
					 * A letter and the run of lower-case
					 * letters after it, in one step whatever
					 * the letter's case (fewer mispredictions).
					 */
					r = lowerrun(q + 1, end);
					m = (size_t)(r - q);
					up = (kk & B_UPPER) != 0;
					if (sep)
						newtok(sb, &kw);
					if (m <= 16 && end - q >= 16) {
						/* the key has room for 16 */
						uint64_t a = load8(q), b = load8(q + 8);
						memcpy(kw.key + kw.k, &a, 8);
						memcpy(kw.key + kw.k + 8, &b, 8);
						if (sep) {
							/* the token, for counttok() */
							kw.w[0] = (a | lower1) &
							    load8(keep + 16 - m);
							kw.w[1] = b & load8(keep + 24 - m);
						}
						kw.inw = sep;
					} else {
						memcpy(kw.key + kw.k, q, m);
						kw.inw = 0;
					}
					sep = digit = 0;
					kw.key[kw.k] = (char)(c | 0x20);
					kw.k += m;
					first = first == -2 ? (int32_t)c : first;
					alnum = 1;
					ta.chars += (unsigned)m;
					ta.letters += (unsigned)m;
					ta.upper += up;
					ta.lower += (unsigned)m - up;
					ta.outside += ta.depth == 0 ? (unsigned)m : 0;
					ta.last = (unsigned char)r[-1];
					q = r;
					continue;
				}
				if (kk & B_BLANK)
					break;
				ta.chars++;
				mark |= kk;
				if (kk & B_BRACKET) {
					if (c == '[')
						ta.depth++, ta.brackets++;
					else if (ta.depth > 0)
						ta.depth--;
				}
				if (kk & B_DIGIT) {
					if (first == -2)
						first = (int32_t)c;
					alnum = 1;
					ta.outside += ta.depth == 0;
					if (sep) {
						newtok(sb, &kw);
						kw.w[0] = load8(hash8);
						kw.w[1] = 0;
						kw.inw = 1;
					} else if (!digit)
						kw.inw = 0;
					sep = 0;
					if (!digit)
						kw.key[kw.k++] = '#';
					digit = 1;
				} else
					sep = 1, digit = 0;
				if (!(kk & B_CLOSER))
					ta.last = (int32_t)c;
				q++;
				continue;
			}
			l = u8_decode(q, end, &cp);
			if (isblank8(cp))
				break;
			ta.chars++;
			mark |= B_SEP;
			if (cp == 0xA9)
				ta.copyright = 1;
			wc = wordchar(cp);
			if (cjk(cp)) {
				ta.cjks++;
				ta.chars++;	/* a CJK character says more */
			} else if (wc) {
				if (first == -2)
					first = cp;
				alnum = 1;
				if (ta.depth == 0)
					ta.outside++;
				ta.letters++;
				if (cp >= 0x250)
					ta.nonlatin++;
				switch (utf8proc_category(cp)) {
				case UTF8PROC_CATEGORY_LU:
					ta.upper++;
					break;
				case UTF8PROC_CATEGORY_LL:
					ta.lower++;
					break;
				default:
					break;
				}
			}
			if (wc) {
				if (sep)
					newtok(sb, &kw);
				sep = digit = 0;
				kw.inw = 0;
				kw.k += (size_t)u8_encode(utf8proc_tolower(cp),
				    kw.key + kw.k);
			} else
				sep = 1, digit = 0;
			if (!closer(cp))
				ta.last = cp;
			q += l;
		}
		if (alnum) {
			ta.words++;
			ta.capwords += (unsigned)(first - 'A') < 26;
			if (first > 0x7f && utf8proc_category(first) ==
			    UTF8PROC_CATEGORY_LU)
				ta.capwords++;
			ta.numtok += (unsigned)(first - '0') < 10;
		}
		/*
		 * URLs, addresses and separators all have a byte of B_MARK,
		 * '@' or one beyond ASCII: most words need none of this.
		 */
		if (mark & (B_MARK | B_AT | B_SEP)) {
			if ((*t == 'h' && q - t >= 7 &&
			    memcmp(t, "http://", 7) == 0) ||
			    (*t == 'h' && q - t >= 8 &&
			    memcmp(t, "https://", 8) == 0) ||
			    (*t == 'w' && q - t >= 4 &&
			    memcmp(t, "www.", 4) == 0) ||
			    (q - t >= 2 && (mark & B_AT)))
				ta.urls++;	/* and e-mail addresses, @handles */
			if ((bcls[(unsigned char)*t] & B_SEP) && q - t <= 3 &&
			    separator(t, (size_t)(q - t)))
				ta.seps++;
			if (*t == '|' || q[-1] == '|')
				ta.pipes++;
			if (q - t > 1 && q[-1] == '/')
				ta.slash++;
		}
		ta.chars++;	/* the blank after it */
	}
	if (ta.chars > 0)
		ta.chars--;
	if (kw.k > 0)
		counttok(sb, &kw);
	if (kw.ntok <= MAXTOK)
		sb->tok[kw.ntok] = kw.k + 1;	/* the end of the last token, + 1 */
	sb->ntok = kw.ntok;
	sb->nstops = kw.nstops;
	sb->ndates = kw.ndates;
	*out = ta;
	return kw.k;
}

/*
 * Features of one line and its context-free class.
 */
static void
features(struct sb *sb, struct sb_line *ln)
{
	const char *s = ln->text, *end = s + ln->len, *p, *q;
	const char *tend;
	struct tally ta;
	unsigned words, lower, upper, urls, pipes, seps, cjks, numtok, slash;
	unsigned brackets, outside, chars, dates, ktok, stops, capwords;
	unsigned letters, nonlatin;
	int32_t cp, last, first;
	int l, depth, copyright;
	size_t klen, i, e;
	int v;

	ln->flags = 0;
	ln->words = ln->chars = ln->stops = ln->capwords = ln->numwords = 0;
	/* Trim blanks, then a bullet and the blanks after it. */
	p = s;
	while (p < end && (l = dec(p, end, &cp)) > 0 && isblank8(cp))
		p += l;
	ln->indent = (unsigned)(p - s);
	for (q = p; q < end && *q >= '0' && *q <= '9'; q++)
		;
	if (q > p && q - p <= 3 && q + 1 < end && *q == '.' && q[1] == ' ') {
		ln->flags |= F_NUMBERED;
		p = q + 1;
		while (p < end && (l = dec(p, end, &cp)) > 0 &&
		    isblank8(cp))
			p += l;
	} else if (p < end) {
		l = dec(p, end, &cp);
		if (isbullet(cp) && (p + l == end || (dec(p + l, end,
		    &first), isblank8(first)))) {
			ln->flags |= F_BULLET;
			p += l;
			while (p < end && (l = dec(p, end, &cp)) > 0 &&
			    isblank8(cp))
				p += l;
		}
	}
	tend = end;
	while (tend > p && (l = u8_decode_prev(p, tend, &cp)) > 0 &&
	    isblank8(cp))
		tend -= l;
	if (p == tend) {
		ln->cf = (ln->flags & F_BULLET) ? C_BAD : C_BLANK;
		ln->reason = (ln->flags & F_BULLET) ? "no words" : "blank";
		if (ln->flags & F_BULLET)
			ln->flags |= F_HARD | F_SKIP;
		return;
	}

	/* Blank-separated tokens, and the normalised key. */
	klen = scan(sb, p, (size_t)(tend - p), &ta);
	words = ta.words;
	chars = ta.chars;
	capwords = ta.capwords;
	numtok = ta.numtok;
	cjks = ta.cjks;
	letters = ta.letters;
	lower = ta.lower;
	upper = ta.upper;
	nonlatin = ta.nonlatin;
	urls = ta.urls;
	pipes = ta.pipes;
	seps = ta.seps;
	slash = ta.slash;
	brackets = ta.brackets;
	outside = ta.outside;
	depth = ta.depth;
	copyright = ta.copyright;
	last = ta.last;
	ln->chars = chars;
	ln->capwords = capwords;
	ln->numwords = numtok;
	ln->words = words + cjks / 2;
	if (cjks == 1 && words == 0)
		ln->words = 1;
	if (terminal(last))
		ln->flags |= F_TERM;
	if (last == ':' || last == 0xFF1A)
		ln->flags |= F_COLON;
	if (nonlatin * 2 > letters || cjks * 2 > words)
		ln->flags |= F_NONLATIN;

	ktok = (unsigned)sb->ntok;
	stops = sb->nstops;
	dates = sb->ndates;
	ln->stops = stops;

	if (ln->words == 0) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_SKIP;
		ln->reason = "no words";
		return;
	}
	if (brackets > 0 && depth == 0 && outside < 12) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_SKIP;
		ln->reason = "debris";
		return;
	}
	if (urls > 0 && (urls * 2 >= words || (words - urls <= 2 &&
	    !(ln->flags & F_TERM)))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "URL";
		return;
	}
	if (words <= 6 && imagefile(p, (size_t)(tend - p))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "picture file";
		return;
	}
	if (words <= PHRASE_WORDS && (copyright ||
	    (klen >= 9 && memcmp(sb->key, "copyright", 9) == 0))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "copyright";
		return;
	}
	if (words <= PHRASE_WORDS && ktok > 0) {
		size_t maxk = ktok < MAXTOK ? ktok : MAXTOK;
		int whole = 0, pre = 0, f0;

		f0 = sb->tkind[0];
		if (f0 & W_PFIRST) {
			whole = lookup(sb, 0, klen);
			for (i = 1; i <= maxk && i <= 6; i++) {
				v = lookup(sb, 0, tokend(sb, i, klen));
				pre |= v & (i < ktok ? ~(K_LINE | K_STOP | K_DATE) :
				    ~0);
				if (!(v & K_PPART))
					break;
			}
		}
		if (!(ln->flags & (F_BULLET | F_NUMBERED | F_TERM)) &&
		    ((whole & K_END) || (words <= 5 && (pre & K_END)) ||
		    (words >= 3 && words <= 4 && capwords + 1 >= words &&
		    capwords >= 2 && about(sb->key, klen))))
			ln->flags |= F_END;
		if ((whole & K_COMMENT) || (words <= HEAD_WORDS &&
		    (pre & K_COMMENT) && !(ln->flags & F_TERM))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD | F_COMMENT;
			ln->reason = "comments";
			return;
		}
		if ((whole & K_TEASER) || (words <= HEAD_WORDS &&
		    (pre & K_TEASER) && !(ln->flags & F_TERM))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD | F_TEASER;
			ln->reason = "teaser heading";
			return;
		}
		if ((whole & K_LINE) || (words <= PREFIX_WORDS &&
		    (pre & K_PREFIX))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD;
			ln->reason = "boilerplate phrase";
			return;
		}
		/* Phrases anywhere: every run of 2 to 4 tokens. */
		for (i = 0; i < maxk; i++) {
			size_t j;
			if (!(sb->tkind[i] & W_CFIRST) || i + 2 > maxk ||
			    !(sb->tkind[i + 1] & W_CSECOND))
				continue;	/* no phrase starts so */
			for (j = i + 2; j <= i + 4 && j <= maxk; j++) {
				e = tokend(sb, j, klen);
				v = lookup(sb, sb->tok[i], e);
				if (!(v & (K_CONTAINS | K_CPART)))
					break;
				if (v & K_CONTAINS) {
					ln->cf = C_BAD;
					ln->flags |= F_HARD;
					ln->reason = "boilerplate phrase";
					return;
				}
			}
		}
		/* Commenters: "1. jdoe says:", "Jane wrote:". */
		if (last == ':' && ktok >= 2 && (ktok <= 4 ||
		    (ln->flags & F_NUMBERED && ktok <= 7))) {
			size_t a = sb->tok[(ktok <= MAXTOK ? ktok : MAXTOK) - 1];
			if ((klen - a == 4 && memcmp(sb->key + a, "says", 4) == 0) ||
			    (klen - a == 5 && memcmp(sb->key + a, "wrote", 5) == 0))
				ln->flags |= F_SAYS;
		}
		/* Bylines: "By Jane Smith and John Doe". */
		for (i = 1; i <= 2 && i < maxk && (f0 & W_MFIRST); i++) {
			if (lookup(sb, 0, tokend(sb, i, klen)) & K_META) {
				if (words - i >= 1 && words - i <= 14 &&
				    capwords * 2 >= words - i &&
				    !(ln->flags & F_TERM && last != ':')) {
					ln->cf = C_BAD;
					ln->flags |= F_META;
					ln->reason = "byline";
					return;
				}
			}
		}
		/* Datelines: dates, times and the words around them. */
		if (words <= 15 && numtok > 0 && (dates == ktok ||
		    (dates >= 2 && ktok - dates <= 5 && capwords + 1 >= ktok -
		    dates && last != '.' && !(ln->flags & F_BULLET) &&
		    hasyear(p, (size_t)(tend - p))))) {
			ln->cf = C_BAD;
			ln->flags |= F_META;
			ln->reason = "dateline";
			return;
		}
	}
	/* Menus and breadcrumbs. */
	if (pipes >= 2 || (seps >= 2 && words <= 3 * (seps + 1))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "navigation";
		return;
	}
	if ((slash >= 1 || seps >= 1) && words <= 8 && !(ln->flags & F_TERM)) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD;
		ln->reason = "breadcrumb";
		return;
	}
	if (letters > 0 && lower == 0 && upper >= 2)
		ln->flags |= F_CAPS;
	if (!(ln->flags & F_TERM) && ln->words <= 20)
		ln->flags |= F_HEADING;
}

/* The context-free class from length and stopwords. */
static void
classify(struct sb *sb, struct sb_line *ln)
{
	double sd;

	if (ln->cf != C_SHORT)
		return;
	if (ln->chars < LEN_LOW) {
		ln->reason = "short";
		return;
	}
	sd = (double)ln->stops / ln->words;
	if (sb->unknown_lang || ln->flags & F_NONLATIN) {
		if ((ln->flags & F_TERM) && ln->chars > LEN_MID)
			ln->cf = C_GOOD, ln->reason = "good";
		else if (ln->flags & F_TERM || ln->chars > LEN_HIGH)
			ln->cf = C_NEARGOOD, ln->reason = "near-good";
		else
			ln->cf = C_BAD, ln->reason = "not prose";
		return;
	}
	if ((sd >= STOP_HIGH && ln->chars > LEN_HIGH) ||
	    ((ln->flags & F_TERM) && sd >= 0.18 && ln->chars > LEN_MID))
		ln->cf = C_GOOD, ln->reason = "good";
	else if (sd >= STOP_LOW || ((ln->flags & F_TERM) &&
	    (sd >= 0.10 || ln->words >= 12)))
		ln->cf = C_NEARGOOD, ln->reason = "near-good";
	else
		ln->cf = C_BAD, ln->reason = "few stopwords";
}

/*
 * The class a line shows its neighbours: -1 when they look past it
 * (blank lines, short lines, debris, and near-good lines when
 * ignore_near); a repeated line counts as bad.
 */
static int
nbclass(const struct sb_line *l, int ignore_near)
{
	int c = l->cls;

	if (c == C_BLANK || c == C_SHORT || l->flags & F_SKIP)
		return -1;
	if (l->flags & F_DUP)
		return C_BAD;
	if (c == C_NEARGOOD && ignore_near)
		return -1;
	return c;
}

/*
 * For every line, the class of the nearest line before it (prev) and
 * after it (next) that shows one; the document's edges count as bad.
 * One pass each way, so a long run of short lines costs no more than
 * its length.
 */
static void
neighbours(const struct sb_line *v, size_t n, int ignore_near,
    unsigned char *prev, unsigned char *next)
{
	size_t i;
	int c, k;

	for (i = 0, c = C_BAD; i < n; i++) {
		if (prev != NULL)
			prev[i] = (unsigned char)c;
		if ((k = nbclass(&v[i], ignore_near)) >= 0)
			c = k;
	}
	for (i = n, c = C_BAD; i-- > 0; ) {
		if (next != NULL)
			next[i] = (unsigned char)c;
		if ((k = nbclass(&v[i], ignore_near)) >= 0)
			c = k;
	}
}

static int
hlcmp(const void *a, const void *b)
{
	const struct hl *x = a, *y = b;

	return x->h < y->h ? -1 : x->h > y->h;
}

/*
 * Lines of four words or more whose text (blanks and bullets aside)
 * comes again in the document: teaser titles and picture captions that a
 * page prints twice.  They count as furniture for their neighbours.
 */
static void
repeats(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i, j, m = 0;

	for (i = 0; i < n; i++)
		if (v[i].words >= 4 && v[i].cf != C_BLANK)
			m++;
	if (m < 2)
		return;
	if (sb->hlcap < m)
		xgrow((void **)&sb->hl, &sb->hlcap, m, sizeof(*sb->hl));
	for (i = 0, m = 0; i < n; i++)
		if (v[i].words >= 4 && v[i].cf != C_BLANK) {
			sb->hl[m].h = phash(v[i].text + v[i].indent,
			    v[i].len - v[i].indent);
			sb->hl[m].i = i;
			m++;
		}
	qsort(sb->hl, m, sizeof(*sb->hl), hlcmp);
	for (i = 0; i < m; i = j) {
		for (j = i + 1; j < m && sb->hl[j].h == sb->hl[i].h; j++)
			;
		if (j - i >= 2)
			for (; i < j; i++)
				v[sb->hl[i].i].flags |= F_DUP;
	}
}

/*
 * Page structure that text dumpers keep: a list item of several lines of
 * text (a teaser card: picture, title, author, summary), and a run of
 * "name says:" lines (a comment thread).
 */
static void
structure(struct sb_line *v, size_t n)
{
	size_t i, j, last, nsays = 0;
	unsigned long good = 0, cardgood;
	unsigned cont;

	for (i = 0; i < n; i++) {
		if (v[i].cf == C_GOOD)
			good += v[i].words;
		if (v[i].flags & F_SAYS)
			nsays++;
	}
	if (nsays >= 2)
		for (i = 0; i < n; i++)
			if (v[i].flags & F_SAYS)
				v[i].flags |= F_COMMENT;
	for (i = 0; i < n; i++) {
		if (!(v[i].flags & (F_BULLET | F_NUMBERED)))
			continue;
		cont = 0;
		last = i;
		cardgood = v[i].cf == C_GOOD ? v[i].words : 0;
		for (j = i + 1; j < n && j < i + MAXCARD; j++) {
			if (v[j].cf == C_BLANK)
				continue;
			if (v[j].indent <= v[i].indent)
				break;
			if (!(v[j].flags & (F_BULLET | F_NUMBERED)))
				cont++;
			if (v[j].cf == C_GOOD)
				cardgood += v[j].words;
			last = j;
		}
		if (cont >= 2 && cardgood * 10 < good * 4) {
			for (j = i; j <= last; j++) {
				if (v[j].cf == C_BLANK)
					continue;
				v[j].cf = C_BAD;
				v[j].flags |= F_HARD | F_CARD;
				v[j].reason = "teaser card";
			}
			i = last;
		}
	}
}

/*
 * Runs of near-good and good lines (short lines, blank lines and debris
 * between them allowed): run[i] is 1 for the lines of a run long enough
 * to be text on its own (three lines, 50 words).  Sites that print one
 * sentence a paragraph have no "good" lines at all.
 */
static void
goodruns(const struct sb_line *v, size_t n, unsigned char *run)
{
	size_t i, j, start, lines;
	unsigned long words;
	int in;

	for (i = 0; i < n; ) {
		start = i;
		lines = 0;
		words = 0;
		for (j = i; j < n; j++) {
			in = v[j].cls == C_NEARGOOD || v[j].cls == C_GOOD;
			if (in) {
				words += v[j].words;
				lines++;
			} else if (!(v[j].cls == C_BLANK || v[j].cf == C_SHORT ||
			    v[j].flags & F_SKIP))
				break;
		}
		for (; i < j; i++)
			run[i] = lines >= 3 && words >= 50;
		if (i < n)
			run[i++] = 0;
		(void)start;
	}
}

/* jusText's context-sensitive revision, for lines. */
static void
context(struct sb *sb, struct sb_line *v, size_t n)
{
	unsigned char *pg, *ng, *pn, *nn;
	size_t i, j, dist;
	int p, nx, c, kc;

	if (sb->nbcap < 4 * n)
		xgrow((void **)&sb->nb, &sb->nbcap, 4 * n, 1);
	pg = sb->nb;		/* good or bad before: near-good ignored */
	ng = pg + n;		/* ... after */
	pn = ng + n;		/* good, near-good or bad before */
	nn = pn + n;		/* ... after */

	for (i = 0; i < n; i++)
		v[i].cls = v[i].cf;
	/*
	 * A short heading right above good text (a byline or a picture
	 * between them at most) is text.
	 */
	for (i = 0; i < n; i++) {
		if (v[i].cls != C_SHORT || !(v[i].flags & F_HEADING))
			continue;
		for (j = i + 1, dist = 0; j < n; j++) {
			if (v[j].cls == C_BLANK || v[j].flags & F_SKIP)
				continue;
			if (v[j].cls == C_GOOD) {
				v[i].cls = C_GOOD;
				v[i].reason = "heading";
				break;
			}
			if (!(v[j].flags & F_META) || ++dist > 2)
				break;
		}
	}
	/* Short lines take the class of their neighbours. */
	neighbours(v, n, 1, pg, ng);
	neighbours(v, n, 0, pn, nn);
	for (i = 0; i < n; i++) {
		if (v[i].cls != C_SHORT)
			continue;
		p = pg[i];
		nx = ng[i];
		if (p == C_GOOD && nx == C_GOOD)
			v[i].cf = C_GOOD;
		else if (p == C_BAD && nx == C_BAD)
			v[i].cf = C_BAD;
		else if ((p == C_BAD && pn[i] == C_NEARGOOD) ||
		    (nx == C_BAD && nn[i] == C_NEARGOOD))
			v[i].cf = C_GOOD;
		else if (v[i].flags & F_TERM && !(v[i].flags & F_BULLET && 0))
			v[i].cf = C_GOOD;
		else
			v[i].cf = C_BAD;
		/* cf is free now: it carries the new class until all are done */
	}
	for (i = 0; i < n; i++)
		if (v[i].cls == C_SHORT) {
			v[i].cls = v[i].cf;
			v[i].cf = C_SHORT;
			v[i].reason = v[i].cls == C_GOOD ? "short, in text" :
			    "short, among furniture";
		}
	/*
	 * Near-good lines are good unless bad lines surround them (in
	 * place, as jusText: a near-good line decided counts for the next).
	 */
	neighbours(v, n, 1, NULL, ng);
	goodruns(v, n, pn);
	for (i = 0, c = C_BAD; i < n; i++) {
		if (v[i].cls != C_NEARGOOD) {
			if ((kc = nbclass(&v[i], 1)) >= 0)
				c = kc;
			continue;
		}
		p = c;
		nx = ng[i];
		if (p == C_BAD && nx == C_BAD && !pn[i]) {
			v[i].cls = C_BAD;
			v[i].reason = v[i].cf == C_SHORT || (v[i].flags & F_HEADING) ?
			    "heading, among furniture" : "near-good, among furniture";
		} else {
			v[i].cls = C_GOOD;
			if (v[i].cf == C_NEARGOOD)
				v[i].reason = "near-good, in text";
		}
		if ((kc = nbclass(&v[i], 1)) >= 0)
			c = kc;
	}
	/*
	 * A list or table that continues the text: right after good text
	 * (and an intro line or a heading), a tight run of three or more
	 * lines with no blank line between them and no furniture in them.
	 */
	for (i = 0; i < n; i++) {
		size_t k, first, run, end;

		if (v[i].cls != C_GOOD)
			continue;
		first = i + 1;
		while (first < n && v[first].cls == C_BLANK)
			first++;
		if (first < n && v[first].cls != C_GOOD &&
		    v[first].flags & F_HEADING && !(v[first].flags & F_HARD) &&
		    first + 1 < n && (v[first + 1].cls != C_BLANK ||
		    (first + 2 < n && v[first + 2].cls != C_BLANK)))
			k = v[first + 1].cls != C_BLANK ? first + 1 :
			    first + 2;	/* "Tour dates" */
		else if (v[i].flags & F_COLON)
			k = first;	/* "The dates are:" */
		else
			continue;
		for (j = k, run = 0, end = k; j < n; j++) {
			if (v[j].cls == C_BLANK) {
				if (j + 1 < n && v[j + 1].cls == C_BLANK)
					break;
				continue;
			}
			if (v[j].flags & (F_HARD | F_META) || v[j].words < 3 ||
			    (v[j].flags & F_BULLET && !(v[j].flags & F_TERM)))
				break;
			run++;
			end = j + 1;
		}
		if (run < 3)
			continue;
		if (k > first && v[first].cls != C_GOOD) {
			v[first].cls = C_GOOD;
			v[first].reason = "heading";
		}
		for (j = k; j < end; j++)
			if (v[j].cls != C_GOOD && v[j].cls != C_BLANK) {
				v[j].cls = C_GOOD;
				v[j].reason = "list in text";
			}
		i = end - 1;
	}
	/* A teaser heading: the short lines under it are teasers. */
	for (i = 0; i < n; i++) {
		if (!(v[i].flags & F_TEASER) || v[i].flags & F_BULLET)
			continue;
		for (j = i + 1; j < n; j++) {
			if (v[j].cls == C_BLANK || v[j].flags & F_META)
				continue;
			if (v[j].flags & F_SKIP)
				continue;
			if (v[j].cf == C_GOOD || v[j].flags & F_TEASER ||
			    v[j].flags & F_COMMENT || (v[j].flags & F_TERM &&
			    v[j].words >= 10))
				break;
			if (v[j].cls != C_BAD) {
				v[j].cls = C_BAD;
				v[j].reason = "teaser";
			}
		}
	}
}

/*
 * The lead: walking back from the first line of the article's text over
 * bylines, share buttons and pictures, keep the standfirst, the summary
 * bullets and the headline above them.
 */
static void
lead(struct sb_line *v, size_t n, size_t a, size_t b)
{
	size_t i, taken = 0, skipped = 0;

	if (a >= b || a >= n)
		return;
	for (i = a; i-- > 0; ) {
		if (v[i].flags & F_META) {
			v[i].flags |= F_LEAD;
			continue;
		}
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		if (v[i].flags & F_HARD) {
			if (v[i].words <= 4 && !(v[i].flags & (F_TEASER |
			    F_COMMENT | F_CARD | F_END)))
				continue;	/* "Share on X", "Email" */
			break;
		}
		if (v[i].cls == C_GOOD) {
			v[i].flags |= F_LEAD;	/* a caption, a standfirst */
			continue;
		}
		if (v[i].flags & F_BULLET ? v[i].words < 5 : v[i].flags & F_HEADING ? v[i].words < 4 :
		    !(v[i].flags & F_TERM && v[i].words >= 8 &&
		    v[i].cf != C_BAD)) {
			if (v[i].words <= 3 && ++skipped <= 4)
				continue;
			break;
		}
		if (++taken > 6)
			break;
		v[i].cls = C_GOOD;
		v[i].flags |= F_LEAD;
		v[i].reason = "lead";
		if (v[i].flags & F_HEADING && !(v[i].flags & F_BULLET))
			break;		/* the headline */
	}
}

/*
 * The article: a comment heading after good text ends it; then the run
 * of lines with the most good text is kept.
 */
static void
article(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i, j, best_a = 0, best_b = 0, a = 0, firstmeta = (size_t)-1;
	size_t nb, tail;
	long good = 0, sum = 0, best = 0, s;

	for (i = 0; i < n; i++) {
		if (v[i].flags & (F_COMMENT | F_END) && good >= 60) {
			const char *why = v[i].flags & F_COMMENT ? "comments" :
			    "after the article";
			for (; i < n; i++) {
				v[i].cls = C_BAD;
				v[i].flags |= F_ENDED;
				if (v[i].cf != C_BLANK)
					v[i].reason = why;
			}
			break;
		}
		if (v[i].cls == C_GOOD)
			good += v[i].words;
	}
	/*
	 * Kadane: good words gain, furniture costs.  Text in the last tenth
	 * of a long page gains half: that is where footers are.
	 */
	for (i = 0, nb = 0; i < n; i++)
		if (v[i].cls != C_BLANK)
			nb++;
	tail = n;
	if (nb >= 50)
		for (i = n, j = 0; i-- > 0; )
			if (v[i].cls != C_BLANK && ++j == nb / 10) {
				tail = i;
				break;
			}
	for (i = 0; i < n; i++) {
		if (v[i].flags & F_META) {
			/* the first byline block is free, later ones are teasers' */
			if (firstmeta == (size_t)-1)
				firstmeta = i;
			s = i <= firstmeta + 6 ? 0 : -5;
		} else if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			s = 0;
		else if (v[i].flags & F_DUP)
			s = -(long)(v[i].words < 20 ? v[i].words : 20);
		else if (v[i].cls == C_GOOD)
		{
			s = (long)v[i].words + 1;
			if (i >= tail)
				s /= 2;
			if (v[i].cf != C_GOOD)
				s = (s + 1) / 2;	/* good by its context only */
		}
		else
			s = -(long)(v[i].words < 4 ? 3 : v[i].words < 20 ?
			    v[i].words : 20);
		if (sum <= 0) {
			sum = 0;
			a = i;
		}
		sum += s;
		if (sum > best) {
			best = sum;
			best_a = a;
			best_b = i + 1;
		}
	}
	lead(v, n, best_a, best_b);
	sb->art_a = best_a;
	sb->art_b = best_b;
	for (i = 0; i < n; i++) {
		if (v[i].cls == C_BLANK) {
			v[i].keep = 0;
			continue;
		}
		if ((i < best_a && !(v[i].flags & F_LEAD)) || i >= best_b) {
			if (v[i].cls == C_GOOD)
				v[i].reason = "outside the article";
			v[i].keep = 0;
			continue;
		}
		if (v[i].flags & F_META)
			v[i].keep = sb->keep_meta;
		else
			v[i].keep = v[i].cls == C_GOOD;
	}
}

/*
 * The headline.  Of the lines above the article's first paragraph (and
 * between the article's start and that paragraph), each that could be a
 * title is described by a few features -- its words found again in the
 * first paragraphs, how far above them it stands, its shape, its
 * neighbours -- and scored by a linear model learnt from marked pages
 * (sb-model.h).  The best candidate is the headline if its score is
 * above zero; it is kept whatever its class, and lead lines above it
 * (share buttons taken for a standfirst) are dropped.
 */
#include "sb-model.h"

#define HL_WINDOW	40	/* non-blank lines looked at above the text */
#define HL_MAXWORDS	30	/* a headline is at most this long */
#define HL_BODYLINES	3	/* paragraphs whose words the headline shares */
#define HL_SET		512	/* slots of the body word set (a power of 2) */
#define HL_PREFIX	5	/* bytes of a word compared ("withdraw(n)") */
#define HL_BYTES	240	/* bytes of a line whose words are compared */

enum {
	HF_BIAS, HF_OVERLAP, HF_MATCHED, HF_DISTANCE, HF_RANK, HF_TITLECASE,
	HF_TINY, HF_LONG, HF_FULLSTOP, HF_TERM, HF_REPEATED, HF_LISTLIKE,
	HF_META_BELOW, HF_KEPT, HF_HARD, HF_CAPS, HF_LABEL, HF_INSIDE,
	HF_TEASER, HF_COLON, HF_WORDS, HF_NOCONTENT, HF_STOPS, HF_DIGITS,
	HF_SENTENCES, HF_COMMAS, HF_QUOTED, HF_FIRST, HF_FOLLOWED,
	HF_UNDER_HEADING, HF_BRACKETS, HF_N
};

static const char *const hf_names[HF_N] = {
	"bias", "overlap", "matched", "distance", "rank", "titlecase",
	"tiny", "long", "fullstop", "term", "repeated", "listlike",
	"meta_below", "kept", "hard", "caps", "label", "inside",
	"teaser", "colon", "words", "nocontent", "stops", "digits",
	"sentences", "commas", "quoted", "first", "followed",
	"under_heading", "brackets"
};

_Static_assert(sizeof(hl_weights) / sizeof(hl_weights[0]) == HF_N,
    "sb-model.h does not match the headline features: run make model");

/*
 * Call fn on the hash of each content word of line l -- three bytes or
 * more, not a number, not a stopword -- in its first HL_BYTES bytes (a
 * title is shorter; of a paragraph, its opening words are enough).  Words
 * are runs of ASCII letters and digits and of non-ASCII bytes, ASCII
 * lower-cased; only their first HL_PREFIX bytes count ("withdraw(n)").
 * A light tokenizer of its own: scan() would work out every feature again.
 * Returns how many words there are.
 */
static unsigned
hl_words(struct sb *sb, const struct sb_line *l,
    void (*fn)(struct sb *, uint64_t, void *), void *arg)
{
	const unsigned char *s = (const unsigned char *)l->text + l->indent;
	size_t len = l->len - l->indent, i = 0, a, wl;
	char w[WMAX];
	uint64_t ww[2];
	unsigned n = 0;
	int c;

	if (len > HL_BYTES)
		len = HL_BYTES;
	while (i < len) {
		c = s[i];
		if (!(c >= 0x80 || bcls[c] & B_ALNUM)) {
			i++;
			continue;
		}
		/* General Punctuation (U+2000-U+203F: quotes, dashes) */
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80) {
			i += 3;
			continue;
		}
		for (a = i, wl = 0; i < len && (s[i] >= 0x80 ||
		    bcls[s[i]] & B_ALNUM); i++)
			if (wl < WMAX)
				w[wl++] = (char)(bcls[s[i]] & B_UPPER ?
				    s[i] | 0x20 : s[i]);
		if (i - a < 3 || bcls[s[a]] & B_DIGIT)
			continue;
		if (i - a <= WMAX) {
			wwords(w, wl, ww);
			if (wget(sb, ww) & K_STOP)
				continue;
		}
		n++;
		fn(sb, phash(w, wl < HL_PREFIX ? wl : HL_PREFIX) | 1, arg);
	}
	return n;
}

static void
hl_add(struct sb *sb, uint64_t h, void *arg)
{
	size_t i;

	(void)arg;
	for (i = h & (HL_SET - 1); sb->hlset[i] != 0 && sb->hlset[i] != h;
	    i = (i + 1) & (HL_SET - 1))
		;
	if (sb->hlsetn < HL_SET / 2 && sb->hlset[i] == 0) {
		sb->hlset[i] = h;
		sb->hlsetn++;
	}
}

static void
hl_find(struct sb *sb, uint64_t h, void *arg)
{
	size_t i;

	for (i = h & (HL_SET - 1); sb->hlset[i] != 0;
	    i = (i + 1) & (HL_SET - 1))
		if (sb->hlset[i] == h) {
			(*(unsigned *)arg)++;
			return;
		}
}

/* Could line l be a title at all? */
static int
hl_candidate(const struct sb_line *l)
{
	return !(l->cls == C_BLANK || l->words == 0 || l->words > HL_MAXWORDS ||
	    l->flags & (F_SKIP | F_META | F_BULLET | F_NUMBERED | F_SAYS |
	    F_NOTTITLE));
}

/* Does line l look like a heading (for its neighbours' list-likeness)? */
static int
hl_headingish(const struct sb_line *l)
{
	return l->flags & F_HEADING && l->words >= 2 && l->words <= 15 &&
	    !(l->flags & F_META);
}

/* The last non-blank byte of line l, or 0. */
static int
hl_lastbyte(const struct sb_line *l)
{
	size_t e = l->len;

	while (e > 0 && (l->text[e - 1] == ' ' || l->text[e - 1] == '\t'))
		e--;
	return e > 0 ? (unsigned char)l->text[e - 1] : 0;
}

/*
 * Punctuation inside line l: sentence ends followed by a space (". ",
 * "? ", "! ") and commas; and whether it opens with a quotation mark.
 */
static void
hl_punct(const struct sb_line *l, unsigned *ends, unsigned *commas,
    int *quoted)
{
	const unsigned char *s = (const unsigned char *)l->text + l->indent;
	size_t i, n = l->len - l->indent;

	*ends = *commas = 0;
	for (i = 0; i + 1 < n; i++) {
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ')
			(*ends)++;
		*commas += s[i] == ',';
	}
	/* " ' and U+201C, U+2018, U+00AB */
	*quoted = n > 0 && (s[0] == '"' || s[0] == '\'' || (n >= 3 &&
	    s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x98)) ||
	    (n >= 2 && s[0] == 0xC2 && s[1] == 0xAB));
}

/* The nearest line before (dir -1) or after (+1) i that is not blank. */
static const struct sb_line *
hl_next(const struct sb_line *v, size_t n, size_t i, int dir)
{
	while (dir < 0 ? i-- > 0 : ++i < n)
		if (v[i].cls != C_BLANK && !(v[i].flags & F_SKIP))
			return &v[i];
	return NULL;
}

/* "Label: ..." -- a word or two and a colon, then the title. */
static int
hl_label(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p;
	int spaces = 0;

	for (p = s; p < e && p - s < 24; p++) {
		if (*p == ':')
			return p > s && p + 1 < e && p[1] == ' ';
		if (*p == ' ' && ++spaces > 2)
			return 0;
	}
	return 0;
}

/* The features of candidate i; body is the first paragraph's line. */
static void
hl_features(struct sb *sb, const struct sb_line *v, size_t n, size_t i,
    size_t body, unsigned dist, unsigned rank, double *f)
{
	const struct sb_line *l = &v[i];
	const struct sb_line *nb;
	unsigned content, matched = 0, near = 0, seen, ends, commas;
	size_t j;
	int last, quoted;

	memset(f, 0, HF_N * sizeof(*f));
	content = hl_words(sb, l, hl_find, &matched);
	f[HF_BIAS] = 1;
	f[HF_OVERLAP] = content ? (double)matched / content : 0;
	f[HF_MATCHED] = (matched < 5 ? matched : 5) / 5.0;
	f[HF_NOCONTENT] = content == 0;
	f[HF_DISTANCE] = log1p(dist) / log1p(HL_WINDOW);
	f[HF_RANK] = log1p(rank) / log1p(HL_WINDOW);
	f[HF_TITLECASE] = (double)l->capwords / l->words;
	f[HF_TINY] = l->words <= 2;
	f[HF_LONG] = l->words > 20;
	f[HF_WORDS] = l->words / (double)HL_MAXWORDS;
	last = hl_lastbyte(l);
	f[HF_FULLSTOP] = last == '.';
	f[HF_TERM] = (l->flags & F_TERM) != 0;
	f[HF_COLON] = (l->flags & F_COLON) != 0;
	f[HF_REPEATED] = (l->flags & F_DUP) != 0;
	f[HF_KEPT] = l->cls == C_GOOD;
	f[HF_HARD] = (l->flags & F_HARD) != 0;
	f[HF_CAPS] = (l->flags & F_CAPS) != 0;
	f[HF_LABEL] = hl_label(l);
	f[HF_INSIDE] = i >= sb->art_a;
	f[HF_TEASER] = (l->flags & (F_TEASER | F_COMMENT | F_CARD)) != 0;
	f[HF_STOPS] = (double)l->stops / l->words;
	f[HF_DIGITS] = (double)l->numwords / l->words;
	hl_punct(l, &ends, &commas, &quoted);
	f[HF_SENTENCES] = ends > 0;
	f[HF_COMMAS] = commas >= 2;
	f[HF_QUOTED] = quoted;
	/* the first of a block: furniture (or nothing) above it */
	nb = hl_next(v, n, i, -1);
	f[HF_FIRST] = nb == NULL || nb->flags & (F_HARD | F_META) ||
	    nb->cls != C_GOOD;
	f[HF_UNDER_HEADING] = nb != NULL && hl_headingish(nb) &&
	    !(nb->flags & F_HARD);
	f[HF_BRACKETS] = memchr(l->text, '[', l->len) != NULL;
	/* something to head: text or a heading follows it */
	nb = hl_next(v, n, i, 1);
	f[HF_FOLLOWED] = nb != NULL && (nb->cls == C_GOOD || hl_headingish(nb));
	/* list-like: heading-shaped lines next to it, two each side */
	for (j = i, seen = 0; j-- > 0 && seen < 2; )
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			near += hl_headingish(&v[j]);
		}
	for (j = i + 1, seen = 0; j < n && j < body && seen < 2; j++)
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			near += hl_headingish(&v[j]);
		}
	f[HF_LISTLIKE] = near / 4.0;
	for (j = i + 1, seen = 0; j < body && seen < 4; j++)
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			if (v[j].flags & F_META) {
				f[HF_META_BELOW] = 1;
				break;
			}
		}
}

static void
headline(struct sb *sb, struct sb_line *v, size_t n)
{
	double f[HF_N], score, best_score = 0;
	size_t a = sb->art_a, b = sb->art_b, body, i, j, best = (size_t)-1;
	unsigned dist, rank, taken;

	if (a >= b || b > n)
		return;
	/* the first paragraph: good text that ends like a sentence */
	for (body = a; body < b; body++)
		if (v[body].cls == C_GOOD && v[body].words >= 10 &&
		    v[body].flags & F_TERM && !(v[body].flags & (F_META | F_DUP)))
			break;
	if (body == b)
		return;
	memset(sb->hlset, 0, sizeof(sb->hlset));
	sb->hlsetn = 0;
	for (i = body, taken = 0; i < b && taken < HL_BODYLINES; i++)
		if (v[i].cls == C_GOOD && v[i].words >= 8 &&
		    !(v[i].flags & (F_META | F_DUP))) {
			(void)hl_words(sb, &v[i], hl_add, NULL);
			taken++;
		}
	for (i = body, dist = 0, rank = 0; i-- > 0 && dist < HL_WINDOW; ) {
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		dist++;
		if (!hl_candidate(&v[i]))
			continue;
		hl_features(sb, v, n, i, body, dist - 1, rank, f);
		if (hl_headingish(&v[i]))
			rank++;
		if (sb->trace != NULL)
			sb->trace(sb->trace_arg, i, f);
		for (score = 0, j = 0; j < HF_N; j++)
			score += hl_weights[j] * f[j];
		if (score > best_score) {
			best_score = score;
			best = i;
		}
	}
	if (best == (size_t)-1)
		return;
	v[best].keep = 1;
	v[best].headline = 1;
	v[best].flags |= F_LEAD;
	v[best].reason = "headline";
	for (i = 0; i < best; i++)
		if (v[i].keep && v[i].flags & F_LEAD) {
			v[i].keep = 0;
			v[i].reason = "above the headline";
		}
}

void
sb_set_trace(struct sb *sb, sb_trace_fn *fn, void *arg)
{
	sb->trace = fn;
	sb->trace_arg = arg;
}

const char *const *
sb_feature_names(size_t *n)
{
	*n = HF_N;
	return hf_names;
}

void
sb_judge(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i;
	unsigned long words = 0, stops = 0;

	if (n == 0)
		return;

	for (i = 0; i < n; i++) {
		v[i].keep = 0;
		v[i].headline = 0;
		v[i].reason = NULL;
		v[i].cf = C_SHORT;	/* until decided */
		features(sb, &v[i]);
		if (v[i].reason == NULL && v[i].chars >= LEN_LOW) {
			words += v[i].words;
			stops += v[i].stops;
		}
	}
	/* A language the stopword lists do not know: judge by form. */
	sb->unknown_lang = words < 30 || stops * 100 < words * 12;
	for (i = 0; i < n; i++) {
		if (v[i].reason == NULL)
			classify(sb, &v[i]);
	}
	repeats(sb, v, n);
	structure(v, n);
	context(sb, v, n);
	article(sb, v, n);
	headline(sb, v, n);
}
