/*
 * dates-int -- the tag-dates engine's own header: the types its stages
 * share (lexicon entries, tokens, the engine, the matching context), the
 * token tests every matcher calls (static inline, so that they stay
 * inlined in every file), and each stage's interface, file by file:
 *
 *	lexicon.c	word lists -> the lexicon and its hash table
 *	tokenize.c	text -> the token window
 *	pieces.c	tokens -> numbers, months, days, years, counts, units
 *	match-date.c	named dates: 5 September 2019, 2019-Q3, the 1990s
 *	match-rel.c	relative: last Friday, next week, two years ago
 *	match-count.c	durations, sets, clock times
 *	resolve.c	tense; relative values against the reference date
 *	value.c		TIMEX3 value strings
 *	dates.c		the driver: dates_new(), dates_tag(), the gates
 *
 * Calendar arithmetic is common/calendar.h; byte case and classes are
 * common/ascii.h.
 */
#ifndef TAG_DATES_DATES_INT_H
#define TAG_DATES_DATES_INT_H

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "dates.h"

/* ---------------------------------------------------------------- */
/* The lexicon */

enum {				/* lexicon flags */
	L_MONTH = 1 << 0, L_MABBR = 1 << 1, L_MAMBIG = 1 << 2,
	L_WDAY = 1 << 3, L_WABBR = 1 << 4, L_WPLUR = 1 << 5,
	L_UNIT = 1 << 6, L_UPLUR = 1 << 7,
	L_SEASON = 1 << 8, L_SAMBIG = 1 << 9,
	L_SET = 1 << 10, L_POD = 1 << 11, L_TZ = 1 << 12,
	L_HOL = 1 << 13, L_NOTYEAR = 1 << 14, L_FUNC = 1 << 15,
	L_NUMW = 1 << 16, L_START = 1 << 17, L_CLOCK = 1 << 18,
	L_WEAK = 1 << 19, L_STRONG = 1 << 20, L_DECADE = 1 << 21
};

enum {				/* units */
	U_NONE, U_S, U_MI, U_H, U_D, U_W, U_FN, U_WE, U_M, U_Q, U_Y, U_DE,
	U_C, U_ML
};

enum {				/* tense */
	TN_NONE, TN_PAST, TN_FUTURE, TN_NEUTRAL,
	TN_WPAST		/* a guess: an unknown word in -ed */
};

/* Grammar words: not data, they are the grammar itself. */
enum {
	F_NONE, F_THE, F_A, F_AN, F_OF, F_IN, F_ON, F_AT, F_BY, F_LAST,
	F_NEXT, F_THIS, F_THAT, F_COMING, F_PAST, F_PREVIOUS, F_FOLLOWING,
	F_RECENT, F_AGO, F_EARLIER, F_LATER, F_BEFORE, F_AFTER, F_EARLY,
	F_LATE, F_MID, F_MIDDLE, F_END, F_BEGINNING, F_START, F_EVERY,
	F_EACH, F_OTHER, F_SINCE, F_UNTIL, F_FOR, F_OVER, F_WITHIN,
	F_DURING, F_ABOUT, F_AROUND, F_NEARLY, F_ALMOST, F_MORE, F_LESS,
	F_THAN, F_LEAST, F_UP, F_TO, F_NO, F_SOME, F_SEVERAL, F_FEW,
	F_COUPLE, F_MANY, F_FISCAL, F_LATEST, F_CURRENT, F_SAME, F_FULL,
	F_HALF, F_NOW, F_TODAY, F_TONIGHT, F_YESTERDAY, F_TOMORROW,
	F_CURRENTLY, F_RECENTLY, F_FUTURE, F_ONCE, F_TWICE, F_TIMES,
	F_PER, F_AND, F_FROM, F_HENCE, F_AM, F_PM, F_M_, F_Q,
	F_H, F_ST, F_ND, F_RD, F_TH, F_S, F_THROUGH, F_ENDED, F_ENDING,
	F_OLD, F_LONG, F_OCLOCK_O, F_CLOCK, F_ROUGHLY, F_JUST,
	F_PRESENT, F_NEAR, F_FORESEEABLE, F_ITS, F_FINAL, F_ENTIRE,
	F_WHOLE, F_TURN, F_RIGHT, F_UNTIL2, F_SHORTLY, F_MOMENT,
	F_FIRST, F_SECOND, F_THIRD, F_FOURTH,
	F_COMPARABLE, F_CORRESPONDING, F_PERIOD, F_TERM, F_SHORT,
	F_TRADING, F_BUSINESS, F_WORKING, F_CALENDAR, F_TIME, F_TOOK,
	F_TAKE, F_TAKES, F_LASTED, F_LASTING, F_WAITED, F_SPENT, F_FOLLOWED,
	F_PERCENT, F_THEN, F_SEASONW, F_WHILE, F_THESE, F_THOSE, F_DATEW,
	F_NFUNC
};

struct lex {
	uint32_t	f;
	uint16_t	gate;		/* matchers that can start here: GM_* */
	uint8_t		trig;		/* T_* of the word */
	uint8_t		nwk, nword;	/* numword_parse() of the word alone */
	unsigned long long nwv;		/* (whatever the scale limit): length,
					   ordinal, value; nwk 0: none */
	uint8_t		nwnone;		/* never starts a number word parse */
	uint8_t		month, wday, unit, tense, fid;
	uint8_t		decade;		/* "nineties": 9 */
	char		season[3];
	char		clock[6];	/* noon: "12:00"; or a part of day "MO" */
	char		set[6];		/* daily: "P1D" */
};

struct holiday {
	int		 ntok;
	int32_t		 lex0;		/* lexicon index of the first word */
	char		 words[8][16];	/* the phrase, one token a slot */
	char		 rule[16];
};

#define MAXHOL	96
#define NLNY	64

#define WTAB	4096		/* word table slots (a power of two; a
				   table mostly empty answers most words
				   at the first slot) */

struct wslot {
	char		w[16];		/* lower case, NUL-padded */
	int32_t		lex;		/* -1: empty */
};

/*
 * The matchers ask numword_parse() about the same token several times
 * (each of them starting at a trigger); remember the last few answers.
 */
#define NWMEMO	4

struct nwmemo {
	const char		*s;	/* NULL: empty */
	size_t			 n, k;
	unsigned long long	 max, v;
	int			 ord;
};

/*
 * Whether numword_parse() would go on from a number word to the word
 * after it: a cache keyed by that word (lower case, padded), since the
 * answer takes a search of numword's table.
 */
#define NWNEXT	256

struct nwnext {
	uint64_t		 k0, k1;
	int			 more;	/* -1: empty */
};

/* ---------------------------------------------------------------- */
/* Tokens */

enum { K_WORD, K_NUM, K_PUNCT, K_OTHER };
enum { TF_SP = 1, TF_CAP = 2, TF_NONASCII = 4, TF_UPPER = 8, TF_LETTER = 16,
	TF_CLEANB = 32 };	/* K_NUM: clean_num_before() holds */

struct tok {
	size_t		s, e;
	int32_t		lex;		/* index into lex, or -1 */
	uint32_t	num;		/* K_NUM: value (saturated) */
	uint8_t		kind, fl, nd;
	uint8_t		fid;		/* grammar word id, or F_NONE */
	char		ch;		/* K_PUNCT: the character */
	uint8_t		trig;		/* T_*: see trigger() */
};

/*
 * What trigger() needs of a token, worked out when it is made: T_ALWAYS
 * starts an expression, T_WEAK only with a T_STRONG token within the
 * next four, T_UNIT only with a glued '-' after it ("year-end") or "end"
 * ("year end", "year's end").
 */
enum { T_ALWAYS = 1, T_WEAK = 2, T_UNIT = 4, T_STRONG = 8 };

/*
 * The token window (see dates_tag()).  TOK_PAD sentinel tokens (no word,
 * no number, no punctuation) stand before and after it, so the token
 * tests need no bounds checks for indices a few dozen outside it.
 */
#define TOK_WIN		4096
#define TOK_BACK	64
#define TOK_AHEAD	512
#define TOK_PAD		64

/* ---------------------------------------------------------------- */
/* The engine */

struct dates {
	struct wslot	 words[WTAB];	/* word -> index in lex */
	struct lex	*lex;
	size_t		 nlex, caplex;
	struct holiday	 hol[MAXHOL];
	int		 nhol;
	int		 lny[NLNY][3];
	int		 nlny;
	enum dates_order order;
	/* document context */
	int		 doc_order;	/* DO_DMY / DO_MDY once seen */
	int		 lastq_y, lastq_q;
	char		 lastval[16];	/* the value of the last date a record
					   named, for "that year" ("": none) */
	int		 lasttype;
	long		 lastdate;	/* this record's last mention that may
					   name a date (-1: none) */
	/* buffers reused from call to call */
	struct tok	*tokbase;	/* TOK_PAD + TOK_WIN + TOK_PAD slots */
	struct tok	*tok;		/* a window of tokens, see dates_tag() */
	size_t		 ntok, tokhi;	/* tokhi: slots [ntok, tokhi) dirty */
	size_t		 tpos;		/* where tokenizing resumes */
	size_t		 asciilen;	/* the first byte above 0x7F
					   tokenize() met (SIZE_MAX: none),
					   see dates_ascii_len() */
	struct nwmemo	 nwm[NWMEMO];	/* numword_parse() answers */
	int		 nwmset;	/* nwm holds an answer: clear it
					   before the next text */
	struct nwnext	 nwn[NWNEXT];	/* number word or not, by word */
	int		 nwnext;
	int		 tsp;		/* space before tpos */
	struct dates_mention *men;
	size_t		 nmen, capmen;
};

/* ---------------------------------------------------------------- */
/* Matching context */

struct ctx {
	struct dates		*d;
	const char		*s;
	struct tok		*t;
	int			 n;
	const struct dates_ref	*ref;
	int			 tense_cache_i;
	int			 tense_cache_v;
};

struct hit {
	int	start;		/* first token, when not where matching began */
	int	end;		/* token index after the expression */
	int	type;
	int	gran;		/* granularity for merging: G_* */
	char	v[40];
};

enum { G_OTHER, G_DAY, G_TIMEONLY };

/* ---------------------------------------------------------------- */
/* Stage interfaces */

/*
 * lexicon.c: fill d->lex and d->words from the grammar words and the word
 * lists (each word's flags, trigger bits and gate).
 */
void	 lex_build(struct dates *d);

/*
 * tokenize.c: bclass_init() fills the byte classes (once, any number of
 * times); tokenize() appends tokens of s[d->tpos..n) to the window until
 * it holds TOK_WIN or the text ends.
 */
void	 bclass_init(void);
void	 tokenize(struct dates *d, const char *s, size_t n);

/*
 * pieces.c: each reads one piece at token i and returns it (0: none),
 * with the token after it in *end.  nw_tok() is numword_parse() at token
 * i (bytes consumed).  See also the inline ones at the end of this file.
 */
size_t	 nw_tok(const struct ctx *c, int i, unsigned long long max,
	    unsigned long long *v, int *ord);
int	 month_at(const struct ctx *c, int i, int *end, int *ambig);
int	 daynum_at(const struct ctx *c, int i, int *end);
int	 short_year_after(const struct ctx *c, int i);
int	 year_at(const struct ctx *c, int i, int *end);
int	 count_at(const struct ctx *c, int i, long *val, int *half,
	    int *end);
int	 clean_num_before_slow(const struct ctx *c, int i);

/*
 * resolve.c: tense_at() and tdir() read the tense of the sentence around
 * tokens [i0, i1) (tdir: -1 past, 1 future, -2 a guessed past, 0 none);
 * year_for() picks the year of a month (and day) named without one; the
 * res_*() fill *h with a value delta units from the reference date, but
 * res_anaph() from the last date the document named, which note_dates()
 * keeps at the end of each record.
 */
int	 tense_at(struct ctx *c, int i0, int i1);
int	 tdir(struct ctx *c, int i0, int i1);
int	 year_for(struct ctx *c, int m, int dd, int dir);
long	 refday(const struct ctx *c);
void	 res_day(struct ctx *c, struct hit *h, int end, long delta);
void	 res_quarter(struct ctx *c, struct hit *h, int end, long delta);
void	 res_year(struct ctx *c, struct hit *h, int end, long delta);
void	 res_unit(struct ctx *c, struct hit *h, int end, int unit,
	    long delta);
void	 res_wday(struct ctx *c, struct hit *h, int end, int wd, int dir,
	    int strict);
void	 res_anaph(struct ctx *c, struct hit *h, int end, int unit,
	    long delta);
void	 note_dates(struct dates *d);

/*
 * value.c: sfmt() is snprintf() through a fast subset where it can;
 * hset() sets h's end and type and formats its value; fmt_day() writes
 * YYYY-MM-DD of a day number, fmt_dur() a duration (P3D, PT2H30M).
 */
void	 sfmt(char *dst, size_t cap, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
void	 hset(struct hit *h, int end, int type, const char *fmt, ...);
void	 fmt_day(char *v, size_t cap, long z);
void	 fmt_dur(char *v, size_t cap, long n, int half, int unit);

/*
 * The matchers (match-*.c): each tries an expression starting at token i
 * and returns 1 and fills *h (h->end: the token after it), or 0.
 */
/* match-date.c */
int	 m_quarter(struct ctx *c, int i, struct hit *h);
int	 m_decade(struct ctx *c, int i, struct hit *h);
int	 m_date(struct ctx *c, int i, struct hit *h);
int	 m_month(struct ctx *c, int i, struct hit *h);
int	 m_year(struct ctx *c, int i, struct hit *h);
int	 m_season(struct ctx *c, int i, struct hit *h);
int	 m_holiday(struct ctx *c, int i, struct hit *h);
/* match-rel.c */
int	 m_weekday(struct ctx *c, int i, struct hit *h);
int	 m_rel(struct ctx *c, int i, struct hit *h);
int	 m_yearago(struct ctx *c, int i, struct hit *h);
/* match-count.c */
int	 m_count(struct ctx *c, int i, struct hit *h);
int	 m_bareunit(struct ctx *c, int i, struct hit *h);
int	 m_set(struct ctx *c, int i, struct hit *h);
int	 m_time(struct ctx *c, int i, struct hit *h);
/* shared between the families: the year of quarter q named without one
 * (match-date.c); a word that makes "a year" a rate (match-count.c) */
int	 quarter_year(struct ctx *c, int i0, int i1, int q, int fiscal);
int	 rate_word(const struct ctx *c, int i);

/* dates.c: the matchers that can start at a lexicon word (GM_* bits). */
unsigned word_gate(const struct lex *lx);

/* ---------------------------------------------------------------- */
/* Hot helpers, inlined where they are called */

/* Hash a word's two halves (see whash()). */
static inline uint32_t
whash2(uint64_t a, uint64_t b)
{
	a = (a ^ (b * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL;
	return (uint32_t)(a >> 40);
}

static inline void
tok_sentinel(struct tok *t)
{
	static const struct tok sentinel = { .kind = K_OTHER, .lex = -1,
	    .fid = F_NONE, .fl = TF_SP };

	*t = sentinel;
}

static inline const struct lex *
LX(const struct ctx *c, int i)
{
	if (c->t[i].lex < 0)
		return NULL;
	return &c->d->lex[c->t[i].lex];
}

static inline int
isf(const struct ctx *c, int i, int fid)
{
	return c->t[i].fid == fid;
}

static inline int
isp(const struct ctx *c, int i, char ch)
{
	return c->t[i].kind == K_PUNCT && c->t[i].ch == ch;
}

static inline int
glued(const struct ctx *c, int i)	/* no space before token i */
{
	return i < c->n && !(c->t[i].fl & TF_SP);
}

static inline int
isnum(const struct ctx *c, int i)
{
	return c->t[i].kind == K_NUM;
}

static inline int
isword(const struct ctx *c, int i)
{
	return c->t[i].kind == K_WORD;
}

static inline int
cap(const struct ctx *c, int i)
{
	return i < c->n && (c->t[i].fl & TF_CAP);
}

/* Is token i followed, glued, by a letter or digit (a longer word)? */
static inline int
glued_alnum(const struct ctx *c, int i)
{
	return i + 1 < c->n && glued(c, i + 1) &&
	    (c->t[i + 1].kind == K_WORD || c->t[i + 1].kind == K_NUM ||
	    c->t[i + 1].kind == K_OTHER);
}

/* "'s" after token i: returns the index after it, or i + 1. */
static inline int
skip_poss(const struct ctx *c, int i)
{
	if (isp(c, i + 1, '\'') && glued(c, i + 1) && isf(c, i + 2, F_S) &&
	    glued(c, i + 2))
		return i + 3;
	return i + 1;
}

/*
 * A number that ends cleanly at token i: not part of 1,200 or 3.5 or
 * 10:30 or 5% or 7-10.
 */
static inline int
clean_num_after(const struct ctx *c, int i)
{
	if (i >= c->n)
		return 1;
	if (!glued(c, i))
		return !(c->t[i].kind == K_PUNCT && c->t[i].ch == '%');
	if (c->t[i].kind == K_WORD || c->t[i].kind == K_NUM ||
	    c->t[i].kind == K_OTHER)
		return 0;
	if ((c->t[i].ch == ',' || c->t[i].ch == '.' || c->t[i].ch == ':' ||
	    c->t[i].ch == '/' || c->t[i].ch == '-') && isnum(c, i + 1) &&
	    glued(c, i + 1))
		return 0;
	if (c->t[i].ch == '%' || c->t[i].ch == '$')
		return 0;
	return 1;
}

static inline int
clean_num_before(const struct ctx *c, int i)
{
	if (c->t[i].kind == K_NUM) {
#ifdef DATES_GATE_CHECK
		if (!(c->t[i].fl & TF_CLEANB) != !clean_num_before_slow(c, i))
			abort();
#endif
		return (c->t[i].fl & TF_CLEANB) != 0;
	}
	return clean_num_before_slow(c, i);
}

/* An ordinal suffix glued after a number at i: index after it. */
static inline int
ordsuffix(const struct ctx *c, int i)
{
	if (isword(c, i) && glued(c, i) && (isf(c, i, F_ST) ||
	    isf(c, i, F_ND) || isf(c, i, F_RD) || isf(c, i, F_TH)) &&
	    !glued_alnum(c, i))
		return i + 1;
	return i;
}

static inline int
unit_at(const struct ctx *c, int i, int *plural)
{
	const struct lex *lx = LX(c, i);

	if (lx == NULL || !(lx->f & L_UNIT) || glued_alnum(c, i))
		return U_NONE;
	if (c->t[i].fl & TF_NONASCII)
		return U_NONE;
	*plural = (lx->f & L_UPLUR) != 0;
	return lx->unit;
}

/*
 * "end" after a unit at i: "year-end", "year end", "year's end".  Returns
 * the token after "end", or 0.
 */
static inline int
year_end_at(const struct ctx *c, int i)
{
	int j = i + 1;

	if (isp(c, j, '-') && glued(c, j)) {
		if (!glued(c, j + 1))
			return 0;
		j++;
	} else if (glued(c, j) && (j = skip_poss(c, i)) == i + 1)
		return 0;
	if (!isf(c, j, F_END) || glued_alnum(c, j) || (isp(c, j + 1, '-') &&
	    glued(c, j + 1)))
		return 0;
	return j + 1;
}

/* A part of the day at i, one ("morning", not "mornings" or "noon"). */
static inline const struct lex *
pod_at(const struct ctx *c, int i)
{
	const struct lex *lx = LX(c, i);

	if (lx == NULL || !(lx->f & L_POD) || (lx->f & L_CLOCK) ||
	    glued_alnum(c, i) || c->s[c->t[i].e - 1] == 's')
		return NULL;
	return lx;
}

/* A part of the day at i that qualifies no noun after it (see below). */
static inline const struct lex *
pod_alone_at(const struct ctx *c, int i)
{
	const struct lex *lx;

	if ((lx = pod_at(c, i)) == NULL || (isword(c, i + 1) &&
	    c->t[i + 1].lex < 0) || isp(c, i + 1, '-'))
		return NULL;
	return lx;
}

/*
 * "the morning" (in, during) as a time of its own: not "the morning
 * papers", "the evening session" (a word the lexicon does not know
 * after it is a noun it qualifies).  Returns the part of the day.
 */
static inline const struct lex *
the_pod_at(const struct ctx *c, int i)
{
	if (!isf(c, i, F_THE))
		return NULL;
	return pod_alone_at(c, i + 1);
}

/* An ordinal first..fourth (word or 1st..4th) at i. */
static inline int
ord4_at(const struct ctx *c, int i, int *end)
{
	if (isf(c, i, F_FIRST))
		return *end = i + 1, 1;
	if (isf(c, i, F_SECOND))
		return *end = i + 1, 2;
	if (isf(c, i, F_THIRD))
		return *end = i + 1, 3;
	if (isf(c, i, F_FOURTH))
		return *end = i + 1, 4;
	if (isnum(c, i) && c->t[i].nd == 1 && c->t[i].num >= 1 &&
	    c->t[i].num <= 4 && ordsuffix(c, i + 1) == i + 2)
		return *end = i + 2, (int)c->t[i].num;
	return 0;
}

#endif
