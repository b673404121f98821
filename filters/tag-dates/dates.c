/*
 * dates -- the tag-dates engine (see dates.h).
 *
 * How it works: one linear pass splits the text into tokens (words of
 * ASCII letters, digit runs, punctuation; whitespace only sets a flag on
 * the next token) and looks each short word up in one hash set built from
 * the word lists.  Only a token that can start an expression (a number, a
 * month, "last", "the", ...) is tried against the grammar below, which
 * reads a few tokens forward and returns the longest expression found
 * there.  Each matcher consumes a bounded number of tokens, so the whole
 * is linear in the text.  Relative expressions are resolved against the
 * reference date, with the tense of the sentence deciding between the
 * last and the next occurrence of "Monday" or "November" (HeidelTime's
 * news strategy).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates.h"
#include "numword.h"
#include "u8.h"
#include "wordlist.h"
#include "xalloc.h"

WORDLIST(months);		/* common/: calwords.h reads them too */
WORDLIST(weekdays);
WORDLIST(units);
WORDLIST(seasons);
WORDLIST(sets);
WORDLIST(dayparts);
WORDLIST(zones);
WORDLIST(holidays);
WORDLIST(lunar_new_year);
WORDLIST(tense);
WORDLIST(not_year);

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
	L_WEAK = 1 << 19, L_STRONG = 1 << 20
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
	F_TRADING, F_BUSINESS, F_WORKING, F_CALENDAR, F_NFUNC
};

static const char *const funcwords[F_NFUNC] = {
	[F_THE] = "the", [F_A] = "a", [F_AN] = "an", [F_OF] = "of",
	[F_IN] = "in", [F_ON] = "on", [F_AT] = "at", [F_BY] = "by",
	[F_LAST] = "last", [F_NEXT] = "next", [F_THIS] = "this",
	[F_THAT] = "that", [F_COMING] = "coming", [F_PAST] = "past",
	[F_PREVIOUS] = "previous", [F_FOLLOWING] = "following",
	[F_RECENT] = "recent", [F_AGO] = "ago", [F_EARLIER] = "earlier",
	[F_LATER] = "later", [F_BEFORE] = "before", [F_AFTER] = "after",
	[F_EARLY] = "early", [F_LATE] = "late", [F_MID] = "mid",
	[F_MIDDLE] = "middle", [F_END] = "end", [F_BEGINNING] = "beginning",
	[F_START] = "start", [F_EVERY] = "every", [F_EACH] = "each",
	[F_OTHER] = "other", [F_SINCE] = "since", [F_UNTIL] = "until",
	[F_FOR] = "for", [F_OVER] = "over", [F_WITHIN] = "within",
	[F_DURING] = "during", [F_ABOUT] = "about", [F_AROUND] = "around",
	[F_NEARLY] = "nearly", [F_ALMOST] = "almost", [F_MORE] = "more",
	[F_LESS] = "less", [F_THAN] = "than", [F_LEAST] = "least",
	[F_UP] = "up", [F_TO] = "to", [F_NO] = "no", [F_SOME] = "some",
	[F_SEVERAL] = "several", [F_FEW] = "few", [F_COUPLE] = "couple",
	[F_MANY] = "many", [F_FISCAL] = "fiscal", [F_LATEST] = "latest",
	[F_CURRENT] = "current", [F_SAME] = "same", [F_FULL] = "full",
	[F_HALF] = "half", [F_NOW] = "now", [F_TODAY] = "today",
	[F_TONIGHT] = "tonight", [F_YESTERDAY] = "yesterday",
	[F_TOMORROW] = "tomorrow", [F_CURRENTLY] = "currently",
	[F_RECENTLY] = "recently", [F_FUTURE] = "future",
	[F_ONCE] = "once", [F_TWICE] = "twice", [F_TIMES] = "times",
	[F_PER] = "per", [F_AND] = "and", [F_FROM] = "from",
	[F_HENCE] = "hence", [F_AM] = "am", [F_PM] = "pm", [F_M_] = "m",
	[F_Q] = "q", [F_H] = "h", [F_ST] = "st", [F_ND] = "nd",
	[F_RD] = "rd", [F_TH] = "th", [F_S] = "s", [F_THROUGH] = "through",
	[F_ENDED] = "ended", [F_ENDING] = "ending", [F_OLD] = "old",
	[F_LONG] = "long", [F_OCLOCK_O] = "o", [F_CLOCK] = "clock",
	[F_ROUGHLY] = "roughly", [F_JUST] = "just", [F_PRESENT] = "present",
	[F_NEAR] = "near", [F_FORESEEABLE] = "foreseeable", [F_ITS] = "its",
	[F_FINAL] = "final", [F_ENTIRE] = "entire", [F_WHOLE] = "whole",
	[F_TURN] = "turn", [F_RIGHT] = "right", [F_UNTIL2] = "till",
	[F_SHORTLY] = "shortly", [F_MOMENT] = "moment",
	[F_FIRST] = "first", [F_SECOND] = "second", [F_THIRD] = "third",
	[F_FOURTH] = "fourth", [F_COMPARABLE] = "comparable",
	[F_CORRESPONDING] = "corresponding", [F_PERIOD] = "period",
	[F_TERM] = "term", [F_SHORT] = "short", [F_TRADING] = "trading",
	[F_BUSINESS] = "business", [F_WORKING] = "working",
	[F_CALENDAR] = "calendar",
};

/* Words that can begin an expression (besides numbers and name lists). */
static const int startfuncs[] = {
	F_THE, F_A, F_AN, F_LAST, F_NEXT, F_THIS, F_COMING, F_PAST,
	F_PREVIOUS, F_FOLLOWING, F_RECENT, F_EARLIER, F_LATER, F_EARLY,
	F_LATE, F_MID, F_EVERY, F_EACH, F_ABOUT, F_AROUND, F_NEARLY,
	F_ALMOST, F_MORE, F_LESS, F_LEAST, F_UP, F_NO, F_SOME, F_SEVERAL,
	F_FEW, F_COUPLE, F_MANY, F_FISCAL, F_LATEST, F_CURRENT, F_NOW,
	F_TODAY, F_TONIGHT, F_YESTERDAY, F_TOMORROW, F_CURRENTLY,
	F_RECENTLY, F_FUTURE, F_PER, F_Q, F_H, F_ROUGHLY, F_JUST, F_ITS,
	F_FINAL, F_OVER, F_AT, F_FIRST, F_SECOND, F_THIRD, F_FOURTH,
	F_ONCE, F_TWICE, F_RIGHT, F_ENTIRE, F_WHOLE, F_FULL, F_SAME,
	F_HALF, F_FOR, F_IN
};

/* Frequent words that start an expression only with a stronger word
 * within the next few tokens ("the third quarter", "a year ago"). */
static const int weakfuncs[] = {
	F_THE, F_A, F_AN, F_IN, F_FOR, F_AT, F_OVER, F_ABOUT, F_AROUND,
	F_MORE, F_LESS, F_NO, F_SOME, F_UP, F_JUST, F_ITS, F_SAME, F_FULL,
	F_WHOLE, F_ENTIRE, F_HALF, F_RIGHT, F_EARLY, F_LATE, F_MANY,
	F_SEVERAL, F_FEW, F_NEARLY, F_ALMOST, F_ROUGHLY, F_PER, F_ONCE,
	F_TWICE, F_COUPLE, F_LEAST, F_THIS, F_LAST, F_NEXT, F_PAST,
	F_COMING, F_PREVIOUS, F_FOLLOWING, F_RECENT, F_FIRST, F_SECOND,
	F_THIRD, F_FOURTH, F_EARLIER, F_LATER, F_FISCAL, F_LATEST,
	F_CURRENT, F_FINAL, F_EVERY, F_EACH, F_MID
};

/* Number words that can begin a count ("two years", "nineteen ninety"). */
static const char *const numwords[] = {
	"one", "two", "three", "four", "five", "six", "seven", "eight",
	"nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
	"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
	"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
	"twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
	"seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth",
	"dozen"
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
 * next four, T_UNIT only with a glued '-' after it ("year-end").
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
	/* buffers reused from call to call */
	struct tok	*tokbase;	/* TOK_PAD + TOK_WIN + TOK_PAD slots */
	struct tok	*tok;		/* a window of tokens, see dates_tag() */
	size_t		 ntok, tokhi;	/* tokhi: slots [ntok, tokhi) dirty */
	size_t		 tpos;		/* where tokenizing resumes */
	struct nwmemo	 nwm[NWMEMO];	/* numword_parse() answers */
	struct nwnext	 nwn[NWNEXT];	/* number word or not, by word */
	int		 nwnext;
	int		 tsp;		/* space before tpos */
	struct dates_mention *men;
	size_t		 nmen, capmen;
};

static int
lc(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int
isalpha_a(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
isdigit_a(int c)
{
	return c >= '0' && c <= '9';
}

/* Hash a word's two halves (see whash()). */
static inline uint32_t
whash2(uint64_t a, uint64_t b)
{
	a = (a ^ (b * 0x9E3779B97F4A7C15ULL)) * 0xC2B2AE3D27D4EB4FULL;
	return (uint32_t)(a >> 40);
}

/* Hash a lower-case word of at most 15 bytes, NUL-padded to 16. */
static uint32_t
whash(const char *w)
{
	uint64_t a, b;

	memcpy(&a, w, 8);
	memcpy(&b, w + 8, 8);
	return whash2(a, b);
}

/* The slot of word w (padded), or the empty slot where it would go. */
static struct wslot *
wfind(struct dates *d, const char *w)
{
	uint32_t h = whash(w) & (WTAB - 1);

	while (d->words[h].lex >= 0 && memcmp(d->words[h].w, w, 16) != 0)
		h = (h + 1) & (WTAB - 1);
	return &d->words[h];
}

/*
 * The lexicon index of the padded word (a, b) as wfind() loads it, or -1.
 * Whether a word of the text is in the lexicon is anybody's guess, so
 * the answer is selected without a branch on it; the loop goes on only
 * past a slot that holds another word.
 */
static inline int32_t
wlookup(const struct dates *d, uint64_t a, uint64_t b)
{
	uint32_t h = whash2(a, b) & (WTAB - 1);
	uint64_t w0, w1;
	int match;

	for (;;) {
		const struct wslot *sl = &d->words[h];

		memcpy(&w0, sl->w, 8);
		memcpy(&w1, sl->w + 8, 8);
		match = (w0 == a) & (w1 == b);
		if (match | (sl->lex < 0))
			return match ? sl->lex : -1;
		h = (h + 1) & (WTAB - 1);
	}
}

static struct lex *
lex_get(struct dates *d, const char *w, size_t n)
{
	struct wslot *sl;
	char key[16];
	size_t i;

	memset(key, 0, sizeof key);
	if (n > 15)
		n = 15;
	for (i = 0; i < n; i++)
		key[i] = (char)lc((unsigned char)w[i]);
	sl = wfind(d, key);
	if (sl->lex >= 0)
		return &d->lex[sl->lex];
	if (d->nlex >= WTAB / 2)
		abort();	/* the word lists outgrew the table */
	if (d->nlex == d->caplex)
		xgrow((void **)&d->lex, &d->caplex, d->nlex + 1,
		    sizeof *d->lex);
	memset(&d->lex[d->nlex], 0, sizeof *d->lex);
	memcpy(sl->w, key, sizeof key);
	sl->lex = (int32_t)d->nlex;
	return &d->lex[d->nlex++];
}

static int
unit_code(const char *f, size_t n)
{
	static const char *const names[] = { "", "S", "MI", "H", "D", "W",
	    "FN", "WE", "M", "Q", "Y", "DE", "C", "ML" };
	size_t i;

	for (i = 1; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == n && memcmp(names[i], f, n) == 0)
			return (int)i;
	return U_NONE;
}

/*
 * Load one word list: each entry's first field is the word; fn sets
 * the word's entry from the other fields.
 */
static void
load_list(struct dates *d, const char *data, size_t len, uint32_t flag,
    void (*fn)(struct lex *, const char *, size_t))
{
	struct wl_iter it;
	const char *line, *w;
	size_t n, wn;
	struct lex *lx;

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n)) {
		if (!wl_field(line, n, 0, &w, &wn) || wn == 0)
			continue;
		lx = lex_get(d, w, wn);
		lx->f |= flag;
		if (flag != 0 && flag != L_TZ && flag != L_NOTYEAR)
			lx->f |= L_START;
		if (fn != NULL)
			fn(lx, line, n);
	}
}

static void
set_month(struct lex *lx, const char *line, size_t n)
{
	const char *f;
	size_t fn;

	if (wl_field(line, n, 1, &f, &fn))
		lx->month = (uint8_t)atoi(f);
	if (wl_field_is(line, n, 2, "abbr"))
		lx->f |= L_MABBR;
	if (wl_field_is(line, n, 2, "ambig"))
		lx->f |= L_MAMBIG;
}

static void
set_wday(struct lex *lx, const char *line, size_t n)
{
	const char *f;
	size_t fn;

	if (wl_field(line, n, 1, &f, &fn))
		lx->wday = (uint8_t)atoi(f);
	if (wl_field_is(line, n, 2, "abbr"))
		lx->f |= L_WABBR;
	if (wl_field_is(line, n, 2, "plural"))
		lx->f |= L_WPLUR;
}

static void
set_unit(struct lex *lx, const char *line, size_t n)
{
	const char *f;
	size_t fn;

	if (wl_field(line, n, 1, &f, &fn))
		lx->unit = (uint8_t)unit_code(f, fn);
	if (wl_field_is(line, n, 2, "plural"))
		lx->f |= L_UPLUR;
}

static void
copyfield(char *dst, size_t cap, const char *line, size_t n, int i)
{
	const char *f;
	size_t fn;

	dst[0] = '\0';
	if (wl_field(line, n, i, &f, &fn)) {
		if (fn >= cap)
			fn = cap - 1;
		memcpy(dst, f, fn);
		dst[fn] = '\0';
	}
}

static void
set_season(struct lex *lx, const char *line, size_t n)
{
	copyfield(lx->season, sizeof lx->season, line, n, 1);
	if (wl_field_is(line, n, 2, "ambig"))
		lx->f |= L_SAMBIG;
}

static void
set_set(struct lex *lx, const char *line, size_t n)
{
	copyfield(lx->set, sizeof lx->set, line, n, 1);
}

static void
set_pod(struct lex *lx, const char *line, size_t n)
{
	copyfield(lx->clock, sizeof lx->clock, line, n, 1);
	if (strchr(lx->clock, ':') != NULL)
		lx->f |= L_CLOCK;
}

static void
set_tense(struct lex *lx, const char *line, size_t n)
{
	if (wl_field_is(line, n, 1, "past"))
		lx->tense = TN_PAST;
	else if (wl_field_is(line, n, 1, "future"))
		lx->tense = TN_FUTURE;
	else
		lx->tense = TN_NEUTRAL;
}

/* Split a phrase into tokens the way the text tokenizer does. */
static int
phrase_tokens(const char *p, size_t n, char words[][16], int max)
{
	size_t i = 0, j;
	int k = 0;

	while (i < n && k < max) {
		if (p[i] == ' ') {
			i++;
			continue;
		}
		j = i;
		if (isalpha_a((unsigned char)p[i]))
			while (j < n && isalpha_a((unsigned char)p[j]))
				j++;
		else if (isdigit_a((unsigned char)p[i]))
			while (j < n && isdigit_a((unsigned char)p[j]))
				j++;
		else
			j = i + 1;
		if (j - i >= 16)
			j = i + 15;
		memcpy(words[k], p + i, j - i);
		words[k][j - i] = '\0';
		k++;
		i = j;
	}
	return k;
}

static void
load_holidays(struct dates *d)
{
	struct wl_iter it;
	const char *line, *f;
	size_t n, fn;
	struct holiday *h;
	struct lex *lx;

	wl_init(&it, wl_holidays, wl_holidays_len);
	while (wl_next(&it, &line, &n) && d->nhol < MAXHOL) {
		h = &d->hol[d->nhol];
		if (!wl_field(line, n, 0, &f, &fn))
			continue;
		h->ntok = phrase_tokens(f, fn, h->words, 8);
		copyfield(h->rule, sizeof h->rule, line, n, 1);
		if (h->ntok == 0)
			continue;
		lx = lex_get(d, h->words[0], strlen(h->words[0]));
		lx->f |= L_HOL | L_START;
		h->lex0 = (int32_t)(lx - d->lex);
		d->nhol++;
	}
	wl_init(&it, wl_lunar_new_year, wl_lunar_new_year_len);
	while (wl_next(&it, &line, &n) && d->nlny < NLNY) {
		if (n >= 10 && sscanf(line, "%4d-%2d-%2d", &d->lny[d->nlny][0],
		    &d->lny[d->nlny][1], &d->lny[d->nlny][2]) == 3)
			d->nlny++;
	}
}

static void tok_sentinel(struct tok *);
static void bclass_init(void);

/* Fill lx->nwk, nword, nwv: the word w parsed alone, if the answer is
 * the same for every scale limit the matchers use. */
static void
nw_alone(struct lex *lx, const char *w)
{
	static const unsigned long long maxes[] = { 0, 100, 1000 };
	unsigned long long v[3];
	size_t k[3], n = strlen(w), m;
	int ord[3];

	lx->nwk = 0;
	/* not a number word: numword_parse() stops at once, whatever
	 * follows, except after "a"/"an" ("a hundred") */
	lx->nwnone = numword_parse(w, n, 0, &v[0], &ord[0]) == 0 &&
	    strcmp(w, "a") != 0 && strcmp(w, "an") != 0;
	for (m = 0; m < 3; m++) {
		v[m] = 0;
		ord[m] = 0;
		k[m] = numword_parse(w, n, maxes[m], &v[m], &ord[m]);
		if (k[m] != n || n == 0 || (m > 0 && (k[m] != k[0] ||
		    v[m] != v[0] || ord[m] != ord[0])))
			return;
	}
	lx->nwk = (uint8_t)n;
	lx->nword = (uint8_t)ord[0];
	lx->nwv = v[0];
}
static unsigned word_gate(const struct lex *);

struct dates *
dates_new(enum dates_order order)
{
	struct dates *d;
	struct lex *lx;
	size_t i;

	d = xcalloc(1, sizeof *d);
	d->order = order;
	d->tokbase = xcalloc(TOK_WIN + 2 * TOK_PAD, sizeof *d->tokbase);
	for (i = 0; i < TOK_WIN + 2 * TOK_PAD; i++)
		tok_sentinel(&d->tokbase[i]);
	d->tok = d->tokbase + TOK_PAD;
	for (i = 0; i < NWNEXT; i++)
		d->nwn[i].more = -1;
	bclass_init();
	for (i = 0; i < WTAB; i++)
		d->words[i].lex = -1;
	for (i = 1; i < F_NFUNC; i++) {
		if (funcwords[i] == NULL)
			continue;
		lx = lex_get(d, funcwords[i], strlen(funcwords[i]));
		lx->f |= L_FUNC;
		lx->fid = (uint8_t)i;
	}
	for (i = 0; i < sizeof startfuncs / sizeof startfuncs[0]; i++) {
		lx = lex_get(d, funcwords[startfuncs[i]],
		    strlen(funcwords[startfuncs[i]]));
		lx->f |= L_START;
	}
	for (i = 0; i < sizeof numwords / sizeof numwords[0]; i++) {
		lx = lex_get(d, numwords[i], strlen(numwords[i]));
		lx->f |= L_NUMW | L_START;
	}
	load_list(d, wl_months, wl_months_len, L_MONTH, set_month);
	load_list(d, wl_weekdays, wl_weekdays_len, L_WDAY, set_wday);
	load_list(d, wl_units, wl_units_len, L_UNIT, set_unit);
	load_list(d, wl_seasons, wl_seasons_len, L_SEASON, set_season);
	load_list(d, wl_sets, wl_sets_len, L_SET, set_set);
	load_list(d, wl_dayparts, wl_dayparts_len, L_POD, set_pod);
	load_list(d, wl_zones, wl_zones_len, L_TZ, NULL);
	load_list(d, wl_tense, wl_tense_len, 0, set_tense);
	load_list(d, wl_not_year, wl_not_year_len, L_NOTYEAR, NULL);
	/* units and parts of the day start only through a count or "the" */
	for (i = 0; i < d->nlex; i++) {
		lx = &d->lex[i];
		if ((lx->f & (L_UNIT | L_POD)) && !(lx->f & (L_CLOCK |
		    L_FUNC | L_NUMW | L_MONTH | L_WDAY | L_SEASON | L_SET |
		    L_HOL)))
			lx->f &= ~(uint32_t)L_START;
	}
	load_holidays(d);
	for (i = 0; i < sizeof weakfuncs / sizeof weakfuncs[0]; i++) {
		lx = lex_get(d, funcwords[weakfuncs[i]],
		    strlen(funcwords[weakfuncs[i]]));
		lx->f |= L_WEAK;
	}
	for (i = 0; i < d->nlex; i++) {
		lx = &d->lex[i];
		if (((lx->f & (L_START | L_UNIT | L_POD | L_SEASON)) &&
		    !(lx->f & L_WEAK)) || lx->fid == F_FUTURE ||
		    lx->fid == F_PAST || lx->fid == F_PERIOD ||
		    lx->fid == F_TERM)
			lx->f |= L_STRONG;
	}
	for (i = 0; i < WTAB; i++)
		if (d->words[i].lex >= 0)
			nw_alone(&d->lex[d->words[i].lex], d->words[i].w);
	for (i = 0; i < d->nlex; i++) {
		lx = &d->lex[i];
		lx->gate = (uint16_t)word_gate(lx);
		lx->trig = (uint8_t)(((lx->f & L_UNIT) ? T_UNIT : 0) |
		    ((lx->f & L_START) ? ((lx->f & L_WEAK) ? T_WEAK :
		    T_ALWAYS) : 0) | ((lx->f & L_STRONG) ? T_STRONG : 0));
	}
	return d;
}

void
dates_free(struct dates *d)
{
	if (d == NULL)
		return;
	free(d->lex);
	free(d->tokbase);
	free(d->men);
	free(d);
}

void
dates_doc_reset(struct dates *d)
{
	d->doc_order = DO_AUTO;
	d->lastq_y = d->lastq_q = 0;
}

const char *
dates_type_name(int type)
{
	static const char *const names[] = { "DATE", "TIME", "DURATION",
	    "SET" };

	return type >= 0 && type <= DT_SET ? names[type] : "DATE";
}

int
dates_parse_ref(const char *s, size_t n, struct dates_ref *ref)
{
	int y, m, d;
	size_t i;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit_a((unsigned char)s[i]))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > cal_days_in_month(y, m))
		return -1;
	ref->valid = 1;
	ref->y = y;
	ref->m = m;
	ref->d = d;
	return 0;
}

/* ---------------------------------------------------------------- */
/* Tokens */

/* Byte classes for the tokenizer. */
enum { C_PUNCT, C_SPACE, C_UPPER, C_LOWER, C_DIGIT, C_HIGH };

static uint8_t bclass[256];	/* filled by bclass_init() */
static uint8_t balpha[256];	/* 1 upper, 2 lower, 0 not a letter */

static void
bclass_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		bclass[c] = (uint8_t)(c >= 0x80 ? C_HIGH :
		    c >= '0' && c <= '9' ? C_DIGIT :
		    c >= 'A' && c <= 'Z' ? C_UPPER :
		    c >= 'a' && c <= 'z' ? C_LOWER :
		    c == ' ' || (c >= '\t' && c <= '\r') ? C_SPACE : C_PUNCT);
	for (c = 0; c < 256; c++)
		balpha[c] = (uint8_t)(bclass[c] == C_UPPER ? 1 :
		    bclass[c] == C_LOWER ? 2 : 0);
}

static void
tok_sentinel(struct tok *t)
{
	static const struct tok sentinel = { .kind = K_OTHER, .lex = -1,
	    .fid = F_NONE, .fl = TF_SP };

	*t = sentinel;
}

/* The window's next token (*nt counts them; kept out of struct dates
 * while tokenizing, so that the stores to tokens need not reload it). */
static inline struct tok *
tok_push(struct tok *tk, size_t *nt, size_t s, size_t e, int kind, int fl,
    char ch)
{
	struct tok *t;

	t = &tk[(*nt)++];
	t->s = s;
	t->e = e;
	t->kind = (uint8_t)kind;
	t->fl = (uint8_t)fl;
	t->ch = ch;
	t->lex = -1;
	t->num = 0;
	t->nd = 0;
	t->fid = F_NONE;
	t->trig = kind == K_PUNCT && ch == '\'' ? T_ALWAYS : 0;
	return t;
}

/*
 * Words eight bytes at a time.  letters8() sets bit 7 of each byte of w
 * that is an ASCII letter: the byte without its top bit, folded to lower
 * case, is in 'a'..'z' (adding 0x1F and 0x05 to a byte below 0x80
 * carries into bit 7 from 'a' and from '{' on), and the top bit is clear.
 */
#define B_HIGHS	0x8080808080808080ULL

static inline uint64_t
letters8(uint64_t w)
{
	uint64_t y = (w & 0x7F7F7F7F7F7F7F7FULL) | 0x2020202020202020ULL;

	return (y + 0x1F1F1F1F1F1F1F1FULL) & ~(y + 0x0505050505050505ULL) &
	    ~w & B_HIGHS;
}

/*
 * The letter run at p[0..16) (p[0] a letter): its length in *len, the
 * run NUL-padded to 16 bytes as two words in *k0, *k1, *upper when it has
 * no lower-case letter.  Returns 0 (the caller takes the byte loop) when
 * the run is 16 letters or longer or the machine is not little-endian.
 */
static inline int
word_swar(const unsigned char *p, size_t *len, uint64_t *k0, uint64_t *k1,
    int *upper)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t a, b, m;
	size_t l;

	memcpy(&a, p, 8);
	m = ~letters8(a) & B_HIGHS;
	if (m != 0) {
		l = (size_t)__builtin_ctzll(m) >> 3;	/* 1..7 */
		a &= (1ULL << (8 * l)) - 1;
		b = 0;
	} else {
		memcpy(&b, p + 8, 8);
		m = ~letters8(b) & B_HIGHS;
		if (m == 0)
			return 0;
		l = 8 + ((size_t)__builtin_ctzll(m) >> 3);
		b &= (1ULL << (8 * (l - 8))) - 1;
	}
	*len = l;
	*k0 = a;
	*k1 = b;
	/* lower-case letters have bit 5 set, capitals do not */
	*upper = ((a | b) & 0x2020202020202020ULL) == 0;
	return 1;
#else
	(void)p, (void)len, (void)k0, (void)k1, (void)upper;
	return 0;
#endif
}

/*
 * clean_num_before() for a number about to become token nt (sp: a space
 * before it), worked out once here: the matchers ask it of a number
 * many times, and never of one within two tokens of where a window
 * slid (see dates_tag()), the one place its answer could change.
 */
static int
num_clean_before(const struct tok *tk, size_t nt, int sp)
{
	const struct tok *p = &tk[(ptrdiff_t)nt - 1];

	if (nt == 0 || sp)
		return 1;
	if (p->kind == K_WORD || p->kind == K_NUM || p->kind == K_OTHER)
		return 0;
	if (p->ch == '$' || p->ch == '#')
		return 0;
	if ((p->ch == ',' || p->ch == '.' || p->ch == ':' || p->ch == '/' ||
	    p->ch == '-') && nt >= 2 && tk[nt - 2].kind == K_NUM &&
	    !(p->fl & TF_SP))
		return 0;
	return 1;
}

/*
 * The letter run at u[i..n) the slow way (16 letters or more, or a
 * big-endian machine): as word_swar(), with
 * k0 = k1 = 0 for a run of 16 letters or more.
 */
static void
word_slow(const unsigned char *u, size_t i, size_t n, size_t *len,
    uint64_t *k0, uint64_t *k1, int *upper)
{
	unsigned acc = balpha[u[i]], f;
	unsigned char buf[16];
	size_t j = i + 1;

	while (j < n && (f = balpha[u[j]]) != 0) {
		acc |= f;
		j++;
	}
	*upper = !(acc & 2);
	memset(buf, 0, sizeof buf);
	if (j - i < sizeof buf)
		memcpy(buf, u + i, j - i);
	memcpy(k0, buf, 8);
	memcpy(k1, buf + 8, 8);
	*len = j - i;
}

static const struct lex nolex;	/* the lexicon entry of other words */

/*
 * Append tokens of s[d->tpos..n) to the window until it holds max tokens
 * or the text ends; d->tpos and d->tsp carry the position over.
 */
static void
tokenize(struct dates *d, const char *s, size_t n, size_t max)
{
	const unsigned char *u = (const unsigned char *)s;
	struct tok *tk = d->tok;
	size_t i = d->tpos, j, nt = d->ntok;
	int sp = d->tsp, len, upper, cl, fl;
	int32_t cp;
	struct tok *t;

	while (i < n && nt < max) {
		unsigned char c = u[i];

		cl = bclass[c];
		if (cl == C_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		if (cl == C_UPPER || cl == C_LOWER) {
			uint64_t k0, k1;	/* the word, padded */
			int32_t lx = -1;
			const struct lex *L = &nolex;

			int ok;

			if (n - i >= 16)
				ok = word_swar(u + i, &j, &k0, &k1, &upper);
			else {	/* the end of the text: a padded copy */
				unsigned char tail[16] = { 0 };

				memcpy(tail, u + i, n - i);
				ok = word_swar(tail, &j, &k0, &k1, &upper);
			}
			if (!ok)
				word_slow(u, i, n, &j, &k0, &k1, &upper);
			j += i;
			fl = (sp ? TF_SP : 0) | (c <= 'Z' ? TF_CAP : 0) |
			    (upper && j - i > 1 ? TF_UPPER : 0);
			/* a word glued to a non-ASCII letter is foreign */
			if ((j < n && u[j] >= 0xC3 && u[j] <= 0xDF) ||
			    (!sp && nt >= 1 && (tk[nt - 1].fl & TF_LETTER)))
				fl |= TF_NONASCII;
			if (j - i < 16 && !(fl & TF_NONASCII)) {
				/* lower case: bit 6 (every letter) to bit 5 */
				k0 |= (k0 >> 1) & 0x2020202020202020ULL;
				k1 |= (k1 >> 1) & 0x2020202020202020ULL;
				lx = wlookup(d, k0, k1);
				L = lx >= 0 ? &d->lex[lx] : &nolex;
			}
			tk[nt++] = (struct tok){ .s = i, .e = j, .lex = lx,
			    .kind = K_WORD, .fl = (uint8_t)fl, .fid = L->fid,
			    .trig = L->trig };
			/* one space after a token: taken here, not by another
			 * turn of the loop */
			sp = j < n && u[j] == ' ';
			i = j + (size_t)sp;
			continue;
		}
		if (cl == C_DIGIT) {
			uint32_t val = 0;

			j = i;
			while (j < n && bclass[u[j]] == C_DIGIT) {
				if (val < 100000000)
					val = val * 10 + (uint32_t)(u[j] - '0');
				else
					val = 999999999;
				j++;
			}
			t = tok_push(tk, &nt, i, j, K_NUM, (sp ? TF_SP : 0) |
			    (num_clean_before(tk, nt, sp) ? TF_CLEANB : 0), 0);
			t->num = val;
			t->nd = (uint8_t)(j - i > 200 ? 200 : j - i);
			t->trig = T_ALWAYS | T_STRONG;
			sp = j < n && u[j] == ' ';
			i = j + (size_t)sp;
			continue;
		}
		if (cl == C_PUNCT) {
			tok_push(tk, &nt, i, i + 1, K_PUNCT, sp ? TF_SP : 0,
			    (char)c);
			i++;
			sp = i < n && u[i] == ' ';
			i += (size_t)sp;
			continue;
		}
		len = u8_decode(s + i, s + n, &cp);
		if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
		    cp == 0x202F || cp == 0x3000) {
			sp = 1;
			i += (size_t)len;
			continue;
		}
		if (cp == 0x2018 || cp == 0x2019)
			tok_push(tk, &nt, i, i + (size_t)len, K_PUNCT,
			    sp ? TF_SP : 0, '\'');
		else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013)
			tok_push(tk, &nt, i, i + (size_t)len, K_PUNCT,
			    sp ? TF_SP : 0, '-');
		else
			tok_push(tk, &nt, i, i + (size_t)len, K_OTHER,
			    (sp ? TF_SP : 0) | (len == 2 && u[i] >= 0xC3 &&
			    u[i] <= 0xDF ? TF_LETTER : 0), 0);
		i += (size_t)len;
		sp = 0;
	}
	d->ntok = nt;
	d->tpos = i;
	d->tsp = sp;
	/* sentinels after the window (see TOK_PAD) */
	if (d->tokhi < d->ntok)
		d->tokhi = d->ntok;
	for (j = d->ntok; j < d->tokhi && j < d->ntok + TOK_PAD; j++)
		tok_sentinel(&d->tok[j]);
	if (d->tokhi <= d->ntok + TOK_PAD)
		d->tokhi = d->ntok;
}

/* ---------------------------------------------------------------- */
/* Matching context and token tests */

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

static size_t nw_parse(struct dates *, const char *, size_t,
    unsigned long long, unsigned long long *, int *);

/*
 * Would numword_parse() take the letters w[0..n) after a number word:
 * a number word itself, or "and" ("hundred and five")?  1 when it might.
 */
static int
nw_more(struct dates *d, const char *w, size_t n)
{
	char key[16];
	uint64_t k0, k1;
	unsigned long long v;
	struct nwnext *e;
	size_t k;
	int ord;

	if (n >= sizeof key)
		return 1;
	memset(key, 0, sizeof key);
	for (k = 0; k < n; k++)
		key[k] = (char)lc((unsigned char)w[k]);
	memcpy(&k0, key, 8);
	memcpy(&k1, key + 8, 8);
	e = &d->nwn[whash2(k0, k1) & (NWNEXT - 1)];
	if (e->more < 0 || e->k0 != k0 || e->k1 != k1) {
		e->k0 = k0;
		e->k1 = k1;
		e->more = numword_parse(key, n, 0, &v, &ord) == n ||
		    strcmp(key, "and") == 0;
	}
	return e->more;
}

/*
 * numword_parse() at token i, to the end of the window.  Most answers
 * come from the lexicon: a word that is no number word gives 0, and a
 * number word gives its own value when the parse stops after it (an
 * ordinal, or no number word joined to it by a space or hyphen).
 */
static size_t
nw_tok(const struct ctx *c, int i, unsigned long long max,
    unsigned long long *v, int *ord)
{
	const struct tok *t = &c->t[i];
	const char *s = c->s + t->s;
	size_t n = c->t[c->n - 1].e - t->s, len = t->e - t->s, w;
	const struct lex *lx;

	if (t->kind == K_WORD && t->lex >= 0) {
		lx = &c->d->lex[t->lex];
		if (lx->nwnone) {
			*v = 0;
			*ord = 0;
			return 0;
		}
		if (lx->nwk != 0 && lx->nwk == len) {
			if (lx->nword || len + 1 >= n ||
			    (s[len] != ' ' && s[len] != '-') ||
			    !isalpha_a((unsigned char)s[len + 1]))
				goto alone;
			for (w = len + 1; w < n &&
			    isalpha_a((unsigned char)s[w]); w++)
				;
			if (!nw_more(c->d, s + len + 1, w - len - 1))
				goto alone;
		}
	}
	return nw_parse(c->d, s, n, max, v, ord);
alone:
	*v = lx->nwv;
	*ord = lx->nword;
	return len;
}

static const struct lex *
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

static int
isp(const struct ctx *c, int i, char ch)
{
	return c->t[i].kind == K_PUNCT && c->t[i].ch == ch;
}

static int
glued(const struct ctx *c, int i)	/* no space before token i */
{
	return i < c->n && !(c->t[i].fl & TF_SP);
}

static int
isnum(const struct ctx *c, int i)
{
	return c->t[i].kind == K_NUM;
}

static int
isword(const struct ctx *c, int i)
{
	return c->t[i].kind == K_WORD;
}

static int
cap(const struct ctx *c, int i)
{
	return i < c->n && (c->t[i].fl & TF_CAP);
}

/* Is token i followed, glued, by a letter or digit (a longer word)? */
static int
glued_alnum(const struct ctx *c, int i)
{
	return i + 1 < c->n && glued(c, i + 1) &&
	    (c->t[i + 1].kind == K_WORD || c->t[i + 1].kind == K_NUM ||
	    c->t[i + 1].kind == K_OTHER);
}

/* "'s" after token i: returns the index after it, or i + 1. */
static int
skip_poss(const struct ctx *c, int i)
{
	if (isp(c, i + 1, '\'') && glued(c, i + 1) && isf(c, i + 2, F_S) &&
	    glued(c, i + 2))
		return i + 3;
	return i + 1;
}

/*
 * The subset of vsnprintf() the values need: literal text, %s, and %d,
 * %u (with l or ll) with an optional 0 flag and width.  Returns -1,
 * having written nothing useful, on anything else.
 */
static int
fmt_fast(char *dst, size_t cap, const char *fmt, va_list ap)
{
	char *o = dst, *lim = dst + cap - 1, num[24], *p;
	const char *f, *str;
	unsigned long long x;
	int zero, width, prec, lng, neg, len;

	for (f = fmt; *f != '\0'; f++) {
		if (*f != '%') {
			if (o < lim)
				*o++ = *f;
			continue;
		}
		f++;
		zero = width = lng = neg = 0;
		prec = -1;
		if (*f == '0') {
			zero = 1;
			f++;
		}
		while (*f >= '0' && *f <= '9')
			width = width * 10 + (*f++ - '0');
		if (*f == '.') {
			f++;
			prec = 0;
			while (*f >= '0' && *f <= '9')
				prec = prec * 10 + (*f++ - '0');
		}
		while (*f == 'l') {
			lng++;
			f++;
		}
		if (*f == 's' && !zero && lng == 0) {
			str = va_arg(ap, const char *);
			len = prec >= 0 ? (int)strnlen(str, (size_t)prec) :
			    (int)strlen(str);
			for (; width > len; width--)
				if (o < lim)
					*o++ = ' ';
			for (; len > 0 && o < lim; len--)
				*o++ = *str++;
			continue;
		}
		if (prec >= 0)
			return -1;
		if (*f == 'd') {
			long long sv = lng == 0 ? va_arg(ap, int) : lng == 1 ?
			    va_arg(ap, long) : va_arg(ap, long long);

			neg = sv < 0;
			x = neg ? 0ULL - (unsigned long long)sv :
			    (unsigned long long)sv;
		} else if (*f == 'u')
			x = lng == 0 ? va_arg(ap, unsigned) : lng == 1 ?
			    va_arg(ap, unsigned long) :
			    va_arg(ap, unsigned long long);
		else
			return -1;
		p = num + sizeof num;
		do
			*--p = (char)('0' + x % 10);
		while ((x /= 10) != 0);
		len = (int)(num + sizeof num - p) + neg;
		if (!zero)
			for (; width > len; width--)
				if (o < lim)
					*o++ = ' ';
		if (neg && o < lim)
			*o++ = '-';
		if (zero)
			for (; width > len; width--)
				if (o < lim)
					*o++ = '0';
		while (p < num + sizeof num && o < lim)
			*o++ = *p++;
	}
	*o = '\0';
	return 0;
}

/* snprintf() through fmt_fast() where it can. */
static void sfmt(char *, size_t, const char *, ...)
    __attribute__((format(printf, 3, 4)));

static void
sfmt(char *dst, size_t cap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (fmt_fast(dst, cap, fmt, ap) == -1) {
		va_end(ap);
		va_start(ap, fmt);
		vsnprintf(dst, cap, fmt, ap);
	}
	va_end(ap);
}

static void
hset(struct hit *h, int end, int type, const char *fmt, ...)
{
	va_list ap;

	h->end = end;
	h->type = type;
	h->gran = G_OTHER;
	va_start(ap, fmt);
	if (fmt_fast(h->v, sizeof h->v, fmt, ap) == -1) {
		va_end(ap);
		va_start(ap, fmt);
		vsnprintf(h->v, sizeof h->v, fmt, ap);
	}
	va_end(ap);
}

/* ---------------------------------------------------------------- */
/* Tense of the sentence around tokens [i0, i1) */

static int
sentence_end(const struct ctx *c, int i)
{
	const struct lex *lx;

	if (i < 0 || i >= c->n || c->t[i].kind != K_PUNCT)
		return 0;
	if (c->t[i].ch == '!' || c->t[i].ch == '?' || c->t[i].ch == ';')
		return 1;
	if (c->t[i].ch != '.')
		return 0;
	/* "Sept. 5", "U.S. officials": an abbreviation's period */
	if (i > 0 && glued(c, i) && isword(c, i - 1)) {
		lx = LX(c, i - 1);
		if (c->t[i - 1].e - c->t[i - 1].s <= 2)
			return 0;
		if (lx != NULL && (lx->f & (L_MABBR | L_WABBR)))
			return 0;
		if (c->t[i - 1].e - c->t[i - 1].s <= 4 && cap(c, i - 1) &&
		    !(i + 1 < c->n && cap(c, i + 1)))
			return 0;
	}
	return 1;
}

static int
tense_word(const struct ctx *c, int i)
{
	const struct lex *lx;
	const char *w;
	size_t n;

	if (!isword(c, i))
		return TN_NONE;
	lx = LX(c, i);
	if (lx != NULL && lx->tense != TN_NONE)
		return lx->tense == TN_NEUTRAL ? TN_NONE : lx->tense;
	if (lx != NULL && (lx->f & ~(uint32_t)(L_START | L_FUNC)))
		return TN_NONE;
	w = c->s + c->t[i].s;
	n = c->t[i].e - c->t[i].s;
	if (n >= 5 && lc((unsigned char)w[n - 2]) == 'e' &&
	    lc((unsigned char)w[n - 1]) == 'd' && !(c->t[i].fl & TF_CAP))
		return TN_WPAST;
	return TN_NONE;
}

static int
tense_at(struct ctx *c, int i0, int i1)
{
	int i, k, v;

	if (c->tense_cache_i == i0 + (i1 < 0 ? 1000000 : 0))
		return c->tense_cache_v;
	v = TN_NONE;
	for (i = i0 - 1, k = 0; i >= 0 && k < 20; i--, k++) {
		if (sentence_end(c, i))
			break;
		if ((v = tense_word(c, i)) != TN_NONE)
			break;
	}
	if (v == TN_NONE && i1 >= 0)
		for (i = i1, k = 0; i < c->n && k < 12; i++, k++) {
			if (sentence_end(c, i))
				break;
			if ((v = tense_word(c, i)) != TN_NONE)
				break;
		}
	c->tense_cache_i = i0 + (i1 < 0 ? 1000000 : 0);
	c->tense_cache_v = v;
	return v;
}

/* ---------------------------------------------------------------- */
/* Resolution against the reference date */

static long
refday(const struct ctx *c)
{
	return cal_days_from_civil(c->ref->y, c->ref->m, c->ref->d);
}

static void
fmt_day(char *v, size_t cap, long z)
{
	int y, m, d;

	cal_civil_from_days(z, &y, &m, &d);
	if (y < 0 || y > 9999)
		sfmt(v, cap, "XXXX-XX-XX");
	else
		sfmt(v, cap, "%04d-%02d-%02d", y, m, d);
}

static void
res_day(struct ctx *c, struct hit *h, int end, long delta)
{
	if (!c->ref->valid)
		hset(h, end, DT_DATE, "XXXX-XX-XX");
	else {
		h->end = end;
		h->type = DT_DATE;
		fmt_day(h->v, sizeof h->v, refday(c) + delta);
	}
	h->gran = G_DAY;
}

static void
res_week(struct ctx *c, struct hit *h, int end, long delta, const char *sfx)
{
	int wy, wn;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-WXX%s", sfx);
		return;
	}
	cal_iso_week(refday(c) + 7 * delta, &wy, &wn);
	hset(h, end, DT_DATE, "%04d-W%02d%s", wy, wn, sfx);
}

static void
res_month(struct ctx *c, struct hit *h, int end, long delta)
{
	long mm;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-XX");
		return;
	}
	mm = (long)c->ref->y * 12 + (c->ref->m - 1) + delta;
	hset(h, end, DT_DATE, "%04ld-%02ld", mm / 12, mm % 12 + 1);
}

static void
res_quarter(struct ctx *c, struct hit *h, int end, long delta)
{
	long qq;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-QX");
		return;
	}
	qq = (long)c->ref->y * 4 + (c->ref->m - 1) / 3 + delta;
	hset(h, end, DT_DATE, "%04ld-Q%ld", qq / 4, qq % 4 + 1);
	c->d->lastq_y = (int)(qq / 4);
	c->d->lastq_q = (int)(qq % 4 + 1);
}

static void
res_year(struct ctx *c, struct hit *h, int end, long delta)
{
	if (!c->ref->valid)
		hset(h, end, DT_DATE, "XXXX");
	else
		hset(h, end, DT_DATE, "%04ld", c->ref->y + delta);
}

static void
res_unit(struct ctx *c, struct hit *h, int end, int unit, long delta)
{
	switch (unit) {
	case U_D:
		res_day(c, h, end, delta);
		break;
	case U_W:
		res_week(c, h, end, delta, "");
		break;
	case U_FN:
		res_week(c, h, end, 2 * delta, "");
		break;
	case U_WE:
		res_week(c, h, end, delta, "-WE");
		break;
	case U_M:
		res_month(c, h, end, delta);
		break;
	case U_Q:
		res_quarter(c, h, end, delta);
		break;
	case U_Y:
		res_year(c, h, end, delta);
		break;
	case U_DE:
		if (!c->ref->valid)
			hset(h, end, DT_DATE, "XXX");
		else
			hset(h, end, DT_DATE, "%03ld",
			    (c->ref->y + 10 * delta) / 10);
		break;
	case U_C:
		if (!c->ref->valid)
			hset(h, end, DT_DATE, "XX");
		else
			hset(h, end, DT_DATE, "%02ld",
			    (c->ref->y + 100 * delta) / 100);
		break;
	default:
		hset(h, end, DT_DATE, delta < 0 ? "PAST_REF" :
		    delta > 0 ? "FUTURE_REF" : "PRESENT_REF");
		break;
	}
}

/*
 * A day of the week: dir < 0 the last one (today counts), dir > 0 the
 * next one (today counts), 0 the tense decides.
 */
static void
res_wday(struct ctx *c, struct hit *h, int end, int wd, int dir, int strict)
{
	long z;
	int cur;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-WXX-%d", wd);
		h->gran = G_DAY;
		return;
	}
	z = refday(c);
	cur = cal_weekday(z);
	if (dir > 0) {
		int k = (wd - cur + 7) % 7;

		if (k == 0 && strict)
			k = 7;
		z += k;
	} else {
		int k = (cur - wd + 7) % 7;

		if (k == 0 && strict)
			k = 7;
		z -= k;
	}
	h->end = end;
	h->type = DT_DATE;
	h->gran = G_DAY;
	fmt_day(h->v, sizeof h->v, z);
}

/*
 * How far the nearest reading of a month (a date) may lie on the other
 * side of the reference from what a guessed tense (a verb in -ed) says
 * and still be kept: cues such as "said" and "will" are obeyed exactly.
 */
#define MONTHSLACK	3
#define DAYSLACK	60
#define DAYSLACK_STRONG	0

/* The year for month m (day dd, 0 for none) of no stated year. */
static int
year_for(struct ctx *c, int m, int dd, int dir)
{
	int y = c->ref->y;
	long diff, slack;

	if (dd == 0) {
		diff = m - c->ref->m;
		if (diff > 6)
			y--, diff -= 12;
		else if (diff < -5)
			y++, diff += 12;
		slack = dir == -1 || dir == 1 ? 0 : MONTHSLACK;
		if (dir < 0 && diff > slack)
			return y - 1;
		if (dir > 0 && diff < -slack)
			return y + 1;
		return y;
	}
	if (dd > cal_days_in_month(2000, m))
		return y;
	diff = cal_days_from_civil(y, m, dd > cal_days_in_month(y, m) ?
	    cal_days_in_month(y, m) : dd) - refday(c);
	/* the nearest one; the tense only overrules it beyond two months */
	if (diff > 183)
		y--, diff -= 365;
	else if (diff < -182)
		y++, diff += 365;
	slack = dir == -1 || dir == 1 ? DAYSLACK_STRONG : DAYSLACK;
	if (dir < 0 && diff > slack)
		return y - 1;
	if (dir > 0 && diff < -slack)
		return y + 1;
	return y;
}

static int
tdir(struct ctx *c, int i0, int i1)
{
	int t = tense_at(c, i0, i1);

	return t == TN_PAST ? -1 : t == TN_FUTURE ? 1 : t == TN_WPAST ? -2 : 0;
}

/* ---------------------------------------------------------------- */
/* Pieces: months, days, years, numbers */

/*
 * A month name at i: returns the month and *end, or 0.  Abbreviations
 * need a capital and a period or a number after them; "May", "March" and
 * "August" need a capital (the caller asks for more context when alone).
 */
static int
month_at(const struct ctx *c, int i, int *end, int *ambig)
{
	const struct lex *lx = LX(c, i);

	*ambig = 0;
	if (lx == NULL || !(lx->f & L_MONTH) || glued_alnum(c, i))
		return 0;
	if (c->t[i].fl & TF_NONASCII)
		return 0;
	if (lx->f & L_MABBR) {
		if (!cap(c, i))
			return 0;
		if (isp(c, i + 1, '.') && glued(c, i + 1)) {
			*end = i + 2;
			return lx->month;
		}
		if (isnum(c, i + 1) && !glued(c, i + 1)) {
			*end = i + 1;
			return lx->month;
		}
		/* "Dec, 2018", "Dec-2018", "Dec/2018" */
		if ((isp(c, i + 1, ',') || isp(c, i + 1, '-') ||
		    isp(c, i + 1, '/')) && isnum(c, i + 2) &&
		    c->t[i + 2].nd == 4) {
			*end = i + 1;
			return lx->month;
		}
		/* "5 Sept", "the 5th of Sept" */
		if (i > 0 && (isnum(c, i - 1) || isf(c, i - 1, F_OF) ||
		    isf(c, i - 1, F_ST) || isf(c, i - 1, F_ND) ||
		    isf(c, i - 1, F_RD) || isf(c, i - 1, F_TH))) {
			*end = i + 1;
			return lx->month;
		}
		return 0;
	}
	if ((lx->f & L_MAMBIG) && !cap(c, i))
		return 0;
	if ((lx->f & L_MAMBIG) || (c->t[i].fl & TF_UPPER))
		*ambig = 1;
	*end = i + 1;
	/* "Sept." written out in full with a period: "Sept" is abbr */
	return lx->month;
}

/* An ordinal suffix glued after a number at i: index after it. */
static int
ordsuffix(const struct ctx *c, int i)
{
	if (isword(c, i) && glued(c, i) && (isf(c, i, F_ST) ||
	    isf(c, i, F_ND) || isf(c, i, F_RD) || isf(c, i, F_TH)) &&
	    !glued_alnum(c, i))
		return i + 1;
	return i;
}

/*
 * A number that ends cleanly at token i: not part of 1,200 or 3.5 or
 * 10:30 or 5% or 7-10.
 */
static int
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

static int
clean_num_before_slow(const struct ctx *c, int i)
{
	if (i <= 0)
		return 1;
	if (!glued(c, i))
		return 1;
	if (c->t[i - 1].kind == K_WORD || c->t[i - 1].kind == K_NUM ||
	    c->t[i - 1].kind == K_OTHER)
		return 0;
	if (c->t[i - 1].ch == '$' || c->t[i - 1].ch == '#')
		return 0;
	if ((c->t[i - 1].ch == ',' || c->t[i - 1].ch == '.' ||
	    c->t[i - 1].ch == ':' || c->t[i - 1].ch == '/' ||
	    c->t[i - 1].ch == '-') && i >= 2 && isnum(c, i - 2) &&
	    glued(c, i - 1))
		return 0;
	return 1;
}

static int
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

/* A day of the month at i (5, 5th, fifth): returns 1..31 and *end. */
static int
daynum_at(const struct ctx *c, int i, int *end)
{
	int e;

	if (isnum(c, i)) {
		if (c->t[i].nd > 2 || c->t[i].num < 1 || c->t[i].num > 31)
			return 0;
		if (!clean_num_before(c, i))
			return 0;
		e = ordsuffix(c, i + 1);
		if (e == i + 1 && !clean_num_after(c, i + 1))
			return 0;
		/* "Aug. 7-8" is fine; "May 2 p.m." is not a day */
		*end = e;
		return (int)c->t[i].num;
	}
	if (isword(c, i) && LX(c, i) != NULL && ((LX(c, i)->f & L_NUMW) ||
	    isf(c, i, F_FIRST) || isf(c, i, F_SECOND) || isf(c, i, F_THIRD) ||
	    isf(c, i, F_FOURTH))) {
		unsigned long long v;
		int ord;
		size_t k;
		int j;

		k = nw_tok(c, i, 100, &v, &ord);
		if (k == 0 || !ord || v < 1 || v > 31)
			return 0;
		for (j = i; j < c->n && c->t[j].e <= c->t[i].s + k; j++)
			;
		*end = j;
		return (int)v;
	}
	return 0;
}

/* A four-digit year at i (1000..2999): returns it and *end, or 0. */
static int
year_at(const struct ctx *c, int i, int *end)
{
	const struct lex *lx;

	int range_before, range_after;

	if (!isnum(c, i) || c->t[i].nd != 4 || c->t[i].num < 1000 ||
	    c->t[i].num > 2999)
		return 0;
	/* 1990-1995: two years */
	range_before = i >= 2 && isp(c, i - 1, '-') && glued(c, i) &&
	    glued(c, i - 1) && isnum(c, i - 2) && c->t[i - 2].nd == 4 &&
	    c->t[i - 2].num >= 1000 && c->t[i - 2].num <= 2999 &&
	    clean_num_before(c, i - 2) && clean_num_after(c, i + 1);
	range_after = isp(c, i + 1, '-') && glued(c, i + 1) &&
	    glued(c, i + 2) && isnum(c, i + 2) && c->t[i + 2].nd == 4 &&
	    c->t[i + 2].num >= 1000 && c->t[i + 2].num <= 2999 &&
	    clean_num_after(c, i + 3) && clean_num_before(c, i);
	if (!range_before && !clean_num_before(c, i))
		return 0;
	if (i + 1 < c->n && glued(c, i + 1) && isf(c, i + 1, F_S))
		return 0;	/* a decade: 1990s */
	if (!range_after && !clean_num_after(c, i + 1))
		return 0;
	if (i > 0 && (lx = LX(c, i - 1)) != NULL && (lx->f & L_NOTYEAR))
		return 0;
	if (i > 0 && isp(c, i - 1, '.') && i > 1 && isf(c, i - 2, F_NO))
		return 0;
	*end = i + 1;
	return (int)c->t[i].num;
}

/*
 * A count at i: digits, number words, "a", "an", "several", "a few",
 * "a couple of", "some", "many".  Returns 1 and *val (-1 = unknown,
 * a fraction adds 0.5 as *half) and *end.
 */
static int
count_at(const struct ctx *c, int i, long *val, int *half, int *end)
{
	const struct lex *lx;
	unsigned long long v;
	int ord, j;
	size_t k;

	*half = 0;
	if (isnum(c, i)) {
		if (c->t[i].nd > 4 || !clean_num_before(c, i))
			return 0;
		j = i + 1;
		/* 5 1/2 hours */
		if (isnum(c, j) && !glued(c, j) && c->t[j].num == 1 &&
		    isp(c, j + 1, '/') && isnum(c, j + 2) &&
		    c->t[j + 2].num == 2 && glued(c, j + 1) &&
		    glued(c, j + 2)) {
			*half = 1;
			j += 3;
		} else if (isp(c, j, ',') && glued(c, j) && isnum(c, j + 1) &&
		    glued(c, j + 1) && c->t[j + 1].nd == 3) {
			*val = (long)c->t[i].num * 1000 + c->t[j + 1].num;
			*end = j + 2;
			return clean_num_after(c, j + 2);
		} else if (isp(c, j, '.') && glued(c, j) && isnum(c, j + 1) &&
		    glued(c, j + 1) && c->t[j + 1].nd == 1 &&
		    c->t[j + 1].num == 5) {
			*half = 1;
			j += 2;
		} else if (!clean_num_after(c, j) && !(isp(c, j, '-') &&
		    glued(c, j) && isword(c, j + 1)))
			return 0;
		*val = (long)c->t[i].num;
		*end = j;
		return 1;
	}
	if ((lx = LX(c, i)) == NULL)
		return 0;
	if (isf(c, i, F_A) || isf(c, i, F_AN)) {
		if (isf(c, i + 1, F_FEW)) {
			*val = -1;
			*end = i + 2;
			return 1;
		}
		if (isf(c, i + 1, F_COUPLE) && isf(c, i + 2, F_OF)) {
			*val = 2;
			*end = i + 3;
			return 1;
		}
		*val = 1;
		*end = i + 1;
		/* a hundred years */
		if (LX(c, i + 1) == NULL || !(LX(c, i + 1)->f & L_NUMW))
			return 1;
		k = nw_tok(c, i, 0, &v, &ord);
		if (k > 0 && !ord && v > 1) {
			for (j = i; j < c->n && c->t[j].e <= c->t[i].s + k; j++)
				;
			*val = (long)v;
			*end = j;
		}
		return 1;
	}
	if (isf(c, i, F_SEVERAL) || isf(c, i, F_FEW) || isf(c, i, F_MANY) ||
	    isf(c, i, F_SOME)) {
		*val = -1;
		*end = i + 1;
		return 1;
	}
	if (lx->f & L_NUMW) {
		k = nw_tok(c, i, 0, &v, &ord);
		if (k == 0 || ord || v > 100000)
			return 0;
		for (j = i; j < c->n && c->t[j].e <= c->t[i].s + k; j++)
			;
		*val = (long)v;
		*end = j;
		return 1;
	}
	if (isf(c, i, F_HALF) && (isf(c, i + 1, F_A) || isf(c, i + 1, F_AN))) {
		*val = 0;
		*half = 1;
		*end = i + 2;
		return 1;
	}
	return 0;
}

static int
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

/* An ordinal first..fourth (word or 1st..4th) at i. */
static int
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

/* ---------------------------------------------------------------- */
/* Duration values */

static void
fmt_dur(char *v, size_t cap, long n, int half, int unit)
{
	const char *u = "D", *t = "";
	long mul = 1;
	char num[48];

	switch (unit) {
	case U_S: u = "S"; t = "T"; break;
	case U_MI: u = "M"; t = "T"; break;
	case U_H: u = "H"; t = "T"; break;
	case U_D: u = "D"; break;
	case U_W: u = "W"; break;
	case U_FN: u = "W"; mul = 2; break;
	case U_WE: u = "D"; mul = 2; break;
	case U_M: u = "M"; break;
	case U_Q: u = "Q"; break;
	case U_Y: u = "Y"; break;
	case U_DE: u = "Y"; mul = 10; break;
	case U_C: u = "Y"; mul = 100; break;
	case U_ML: u = "Y"; mul = 1000; break;
	}
	if (n < 0) {
		if (unit == U_DE)
			u = "DE";
		else if (unit == U_C)
			u = "C";
		else if (unit == U_Q)
			u = "Q";
		sfmt(v, cap, "P%sX%s", t, u);
		return;
	}
	if (half && unit == U_H && mul == 1) {
		sfmt(v, cap, "PT%ldH30M", n);
		return;
	}
	if (half && unit == U_MI) {
		sfmt(v, cap, "PT%ldM30S", n);
		return;
	}
	if (half && unit == U_Y) {
		sfmt(v, cap, "P%ldY6M", n);
		return;
	}
	if (half && unit == U_D) {
		sfmt(v, cap, "P%ldDT12H", n);
		return;
	}
	/* "P" t number u, the number with ".5" for a half of a unit that
	 * has no smaller one here */
	{
		char *o = num, *p;
		long x = half && mul > 1 ? n * mul + mul / 2 : n * mul;
		unsigned long ux = x < 0 ? 0UL - (unsigned long)x :
		    (unsigned long)x;
		char dig[24];

		*o++ = 'P';
		while (*t != '\0')
			*o++ = *t++;
		if (x < 0)
			*o++ = '-';
		p = dig + sizeof dig;
		do
			*--p = (char)('0' + ux % 10);
		while ((ux /= 10) != 0);
		memcpy(o, p, (size_t)(dig + sizeof dig - p));
		o += dig + sizeof dig - p;
		if (half && mul == 1) {
			*o++ = '.';
			*o++ = '5';
		}
		while (*u != '\0')
			*o++ = *u++;
		*o = '\0';
		sfmt(v, cap, "%s", num);
	}
}

/* ---------------------------------------------------------------- */
/* Matchers.  Each returns 1 and fills *h (h->end = token after). */

static int rate_word(const struct ctx *c, int i);

static void
note_quarter(struct ctx *c, int y, int q)
{
	c->d->lastq_y = y;
	c->d->lastq_q = q;
}

/* A four-digit year at i, whatever follows it ("2019-Q1"). */
static int
year_at_loose(const struct ctx *c, int i, int *end)
{
	if (!isnum(c, i) || c->t[i].nd != 4 || c->t[i].num < 1000 ||
	    c->t[i].num > 2999 || !clean_num_before(c, i))
		return 0;
	*end = i + 1;
	return 1;
}

/* The year of quarter q named without one. */
static int
quarter_year(struct ctx *c, int i0, int i1, int q, int fiscal)
{
	int cur = (c->ref->m - 1) / 3 + 1;

	if (fiscal || q <= cur)
		return c->ref->y;
	return tdir(c, i0, i1) > 0 ? c->ref->y : c->ref->y - 1;
}

/*
 * Quarters and halves: "the third quarter", "third-quarter", "the
 * fiscal first quarter of 1990", "Q3 2019", "the 1988 second quarter",
 * "this year's third quarter", "the first half".
 */
static int
m_quarter(struct ctx *c, int i, struct hit *h)
{
	int j = i, q, e, y = 0, fiscal = 0, yd = 0, hasyd = 0, unit, pl;
	int half = 0, k;

	/* 2019 Q1, 2019-Q1, 2019 H2 */
	if (year_at_loose(c, j, &e) && (isf(c, e, F_Q) || isf(c, e, F_H) ||
	    (isp(c, e, '-') && glued(c, e) && glued(c, e + 1) &&
	    (isf(c, e + 1, F_Q) || isf(c, e + 1, F_H)) && e++)) &&
	    isnum(c, e + 1) && glued(c, e + 1) && c->t[e + 1].nd == 1 &&
	    c->t[e + 1].num >= 1 && c->t[e + 1].num <= (isf(c, e, F_Q) ?
	    4u : 2u) && clean_num_after(c, e + 2)) {
		y = (int)c->t[j].num;
		q = (int)c->t[e + 1].num;
		if (isf(c, e, F_H)) {
			hset(h, e + 2, DT_DATE, "%04d-H%d", y, q);
			return 1;
		}
		j = e + 2;
		goto done_q;
	}
	if (isf(c, j, F_Q) && (cap(c, j) || year_at_loose(c, j + 2, &e)) &&
	    isnum(c, j + 1) &&
	    glued(c, j + 1) && c->t[j + 1].nd == 1 &&
	    c->t[j + 1].num >= 1 && c->t[j + 1].num <= 4 &&
	    clean_num_after(c, j + 2)) {
		q = (int)c->t[j + 1].num;
		j += 2;
		if (year_at(c, j, &e)) {
			y = (int)c->t[j].num;
			j = e;
		} else if (isp(c, j, '\'') && isnum(c, j + 1) &&
		    c->t[j + 1].nd == 2 && glued(c, j + 1)) {
			y = 2000 + (int)c->t[j + 1].num;
			j += 2;
		}
		goto done_q;
	}
	if (isf(c, j, F_THE) || isf(c, j, F_ITS))
		j++;
	if (isf(c, j, F_FISCAL)) {
		fiscal = 1;
		j++;
		if (isp(c, j, '-'))
			j++;
	}
	if (year_at(c, j, &e) && !isf(c, i, F_ITS)) {
		y = (int)c->t[j].num;
		j = e;
	} else if ((isf(c, j, F_THIS) || isf(c, j, F_LAST) ||
	    isf(c, j, F_NEXT)) && unit_at(c, j + 1, &pl) == U_Y && !pl &&
	    skip_poss(c, j + 1) == j + 4) {
		yd = isf(c, j, F_THIS) ? 0 : isf(c, j, F_LAST) ? -1 : 1;
		hasyd = 1;
		j += 4;
	}
	if (isf(c, j, F_FISCAL)) {
		fiscal = 1;
		j++;
		if (isp(c, j, '-'))
			j++;
	}
	if ((q = ord4_at(c, j, &e)) == 0)
		return 0;
	k = e;
	if (isp(c, k, '-') && glued(c, k))
		k++;
	unit = unit_at(c, k, &pl);
	if (isf(c, k, F_HALF) && q <= 2 && !glued_alnum(c, k))
		half = 1;
	else if (unit != U_Q || pl)
		return 0;
	/* "its third-quarter loss": the adjective alone is the span */
	if (k > e && y == 0 && !hasyd && !fiscal)
		h->start = e - 1 - (isnum(c, e - 2) ? 1 : 0);
	j = k + 1;
	if (isf(c, j, F_OF) && year_at(c, j + 1, &e)) {
		y = (int)c->t[j + 1].num;
		j = e;
	} else if (isp(c, j, ',') && year_at(c, j + 1, &e)) {
		y = (int)c->t[j + 1].num;
		j = e;
	} else if (year_at(c, j, &e)) {
		y = (int)c->t[j].num;
		j = e;
	} else if (isf(c, j, F_OF) && (isf(c, j + 1, F_THIS) ||
	    isf(c, j + 1, F_LAST) || isf(c, j + 1, F_NEXT)) &&
	    unit_at(c, j + 2, &pl) == U_Y && !pl) {
		yd = isf(c, j + 1, F_THIS) ? 0 : isf(c, j + 1, F_LAST) ? -1 : 1;
		hasyd = 1;
		j += 3;
	}
	if (half) {
		if (y == 0 && hasyd && c->ref->valid)
			y = c->ref->y + yd;
		if (y == 0 && c->ref->valid)
			y = c->ref->y;
		if (y == 0)
			hset(h, j, DT_DATE, "XXXX-H%d", q);
		else
			hset(h, j, DT_DATE, "%04d-H%d", y, q);
		return 1;
	}
done_q:
	if (y == 0 && c->ref->valid)
		y = hasyd ? c->ref->y + yd : quarter_year(c, i, j, q, fiscal);
	if (y == 0) {
		hset(h, j, DT_DATE, "XXXX-Q%d", q);
		return 1;
	}
	hset(h, j, DT_DATE, "%04d-Q%d", y, q);
	note_quarter(c, y, q);
	return 1;
}

/* "the 1990s", "1990s", "the '90s", "the 19th century" */
static int
m_decade(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, pl, n;

	if (isf(c, j, F_THE))
		j++;
	if (isnum(c, j) && c->t[j].nd == 4 && c->t[j].num >= 1000 &&
	    c->t[j].num <= 2999 && c->t[j].num % 10 == 0 &&
	    clean_num_before(c, j)) {
		e = j + 1;
		if (isp(c, e, '\'') && glued(c, e))
			e++;
		if (isf(c, e, F_S) && glued(c, e) && !glued_alnum(c, e)) {
			if (c->t[j].num % 100 == 0 && j > i)
				hset(h, e + 1, DT_DATE, "%02u",
				    c->t[j].num / 100);
			else
				hset(h, e + 1, DT_DATE, "%03u",
				    c->t[j].num / 10);
			return 1;
		}
		return 0;
	}
	/* '90s */
	if (isp(c, j, '\'') && isnum(c, j + 1) && glued(c, j + 1) &&
	    c->t[j + 1].nd == 2 && c->t[j + 1].num % 10 == 0 &&
	    isf(c, j + 2, F_S) && glued(c, j + 2) && !glued_alnum(c, j + 2)) {
		hset(h, j + 3, DT_DATE, "19%u", c->t[j + 1].num / 10);
		return 1;
	}
	/* the 19th century, the nineteenth century, 20th-century */
	if (j > i || (isnum(c, j) && c->t[j].nd <= 2)) {
		if (isnum(c, j) && c->t[j].nd <= 2 && (e = ordsuffix(c, j + 1)) >
		    j + 1)
			n = (int)c->t[j].num;
		else if (isword(c, j) && LX(c, j) != NULL &&
		    (LX(c, j)->f & (L_NUMW | L_FUNC))) {
			unsigned long long v;
			int ord;
			size_t k = nw_tok(c, j, 100, &v, &ord);

			if (k == 0 || !ord)
				return 0;
			for (e = j; e < c->n && c->t[e].e <= c->t[j].s + k; e++)
				;
			n = (int)v;
		} else
			return 0;
		if (isp(c, e, '-') && glued(c, e))
			e++;
		if (n >= 1 && n <= 30 && unit_at(c, e, &pl) == U_C && !pl) {
			hset(h, e + 1, DT_DATE, "%02d", n - 1);
			return 1;
		}
	}
	return 0;
}

/*
 * Absolute and month-based dates: "September 5, 2019", "Sept. 5",
 * "5 September 2019", "Tuesday, February 18", "August 2017", "the 5th of
 * May", "2019-09-05", "05/09/2019".
 */
static int
m_date(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, e2, m, dd = 0, y = 0, amb, wd = 0, k;
	const struct lex *lx;

	/* ISO 2019-09-05 and 2019-09 */
	if (isnum(c, i) && c->t[i].nd == 4 && isp(c, i + 1, '-') &&
	    glued(c, i + 1) && isnum(c, i + 2) && glued(c, i + 2) &&
	    c->t[i + 2].nd == 2 && clean_num_before(c, i)) {
		y = (int)c->t[i].num;
		m = (int)c->t[i + 2].num;
		if (m < 1 || m > 12 || y < 1000)
			return 0;
		if (isp(c, i + 3, '-') && glued(c, i + 3) && isnum(c, i + 4) &&
		    glued(c, i + 4) && c->t[i + 4].nd == 2) {
			dd = (int)c->t[i + 4].num;
			if (dd < 1 || dd > cal_days_in_month(y, m))
				return 0;
			j = i + 5;
			if (isword(c, j) && glued(c, j) && c->s[c->t[j].s] == 'T')
				return 0;
			if (!clean_num_after(c, j))
				return 0;
			hset(h, j, DT_DATE, "%04d-%02d-%02d", y, m, dd);
			h->gran = G_DAY;
			return 1;
		}
		if (!clean_num_after(c, i + 3))
			return 0;
		if (m == (y + 1) % 100)
			return 0;	/* the 2008-09 season */
		hset(h, i + 3, DT_DATE, "%04d-%02d", y, m);
		return 1;
	}
	/* numeric 05/09/2019, 2019/09/05, 5.9.2019 */
	if (isnum(c, i) && c->t[i].nd <= 4 && clean_num_before(c, i) &&
	    (isp(c, i + 1, '/') || isp(c, i + 1, '.') ||
	    isp(c, i + 1, '-')) && glued(c, i + 1) && isnum(c, i + 2) &&
	    glued(c, i + 2) && isp(c, i + 3, c->t[i + 1].ch) &&
	    glued(c, i + 3) && isnum(c, i + 4) && glued(c, i + 4) &&
	    clean_num_after(c, i + 5) && c->t[i + 2].nd <= 2) {
		int a = (int)c->t[i].num, b = (int)c->t[i + 2].num;
		int yy = (int)c->t[i + 4].num, order;

		if (c->t[i].nd == 4) {	/* 2019/09/05 */
			if (c->t[i + 4].nd > 2)
				return 0;
			y = a;
			m = b;
			dd = yy;
		} else {
			if (c->t[i].nd > 2 || (c->t[i + 4].nd != 4 &&
			    c->t[i + 4].nd != 2))
				return 0;
			if (c->t[i + 4].nd == 2)
				yy += yy < 50 ? 2000 : 1900;
			y = yy;
			if (c->t[i + 1].ch == '.')
				order = DO_DMY;
			else if (a > 12 && b <= 12)
				order = DO_DMY;
			else if (b > 12 && a <= 12)
				order = DO_MDY;
			else if (a == b)
				order = DO_DMY;
			else if (c->d->order != DO_AUTO)
				order = c->d->order;
			else if (c->d->doc_order != DO_AUTO)
				order = c->d->doc_order;
			else
				return 0;
			if (c->d->order == DO_AUTO && a != b &&
			    ((a > 12) != (b > 12)))
				c->d->doc_order = order;
			if (c->d->order != DO_AUTO && ((order == DO_DMY &&
			    b > 12) || (order == DO_MDY && a > 12)))
				return 0;
			m = order == DO_DMY ? b : a;
			dd = order == DO_DMY ? a : b;
		}
		if (y < 1000 || y > 2999 || m < 1 || m > 12 || dd < 1 ||
		    dd > cal_days_in_month(y, m))
			return 0;
		hset(h, i + 5, DT_DATE, "%04d-%02d-%02d", y, m, dd);
		h->gran = G_DAY;
		return 1;
	}
	/* optional weekday: "Tuesday, February 18", "Tue., Sept. 5" */
	lx = LX(c, j);
	if (lx != NULL && (lx->f & L_WDAY) && !(lx->f & L_WPLUR) &&
	    cap(c, j)) {
		k = j + 1;
		if ((lx->f & L_WABBR) && isp(c, k, '.'))
			k++;
		if (isp(c, k, ','))
			k++;
		if (month_at(c, k, &e, &amb) && daynum_at(c, e, &e2)) {
			wd = lx->wday;
			j = k;
		} else if (daynum_at(c, k, &e) && month_at(c, e, &e2, &amb)) {
			wd = lx->wday;
			j = k;
		} else
			return 0;
	}
	if ((m = month_at(c, j, &e, &amb)) != 0) {
		if ((dd = daynum_at(c, e, &e2)) != 0 && !((isp(c, e2, ':') ||
		    isp(c, e2, '.')) && isnum(c, e2 + 1) && glued(c, e2 + 1)) &&
		    !(isword(c, e2) && (isf(c, e2, F_AM) || isf(c, e2, F_PM)))) {
			j = e2;
			k = j;
			if (isp(c, k, ',') || isf(c, k, F_OF))
				k++;
			if (year_at(c, k, &e)) {
				y = (int)c->t[k].num;
				j = e;
			}
			if (dd > cal_days_in_month(y ? y : 2000, m))
				return 0;
			if (y)
				hset(h, j, DT_DATE, "%04d-%02d-%02d", y, m, dd);
			else if (!c->ref->valid)
				hset(h, j, DT_DATE, "XXXX-%02d-%02d", m, dd);
			else {
				y = year_for(c, m, dd, tdir(c, i, j));
				if (wd && dd <= cal_days_in_month(y, m) &&
				    cal_weekday(cal_days_from_civil(y, m,
				    dd)) != wd) {
					/* the weekday tells the year */
					if (dd <= cal_days_in_month(y - 1, m) &&
					    cal_weekday(cal_days_from_civil(
					    y - 1, m, dd)) == wd)
						y--;
					else if (dd <= cal_days_in_month(y + 1,
					    m) && cal_weekday(cal_days_from_civil(
					    y + 1, m, dd)) == wd)
						y++;
				}
				if (dd > cal_days_in_month(y, m))
					dd = cal_days_in_month(y, m);
				hset(h, j, DT_DATE, "%04d-%02d-%02d", y, m, dd);
			}
			h->gran = G_DAY;
			return 1;
		}
		k = e;
		if (isp(c, k, ',') || isf(c, k, F_OF) || ((isp(c, k, '-') ||
		    isp(c, k, '/')) && glued(c, k) && glued(c, k + 1)))
			k++;
		if (year_at(c, k, &e2) || (k > e && isp(c, k - 1, '-') &&
		    year_at_loose(c, k, &e2) && clean_num_after(c, e2))) {
			hset(h, e2, DT_DATE, "%04u-%02d", c->t[k].num, m);
			return 1;
		}
		/* "January this year", "June last year" */
		if ((isf(c, e, F_THIS) || isf(c, e, F_LAST) ||
		    isf(c, e, F_NEXT)) && unit_at(c, e + 1, &k) == U_Y && !k &&
		    !(isp(c, e + 2, '\'') && glued(c, e + 2))) {
			if (!c->ref->valid)
				hset(h, e + 2, DT_DATE, "XXXX-%02d", m);
			else
				hset(h, e + 2, DT_DATE, "%04d-%02d",
				    c->ref->y + (isf(c, e, F_LAST) ? -1 :
				    isf(c, e, F_NEXT) ? 1 : 0), m);
			return 1;
		}
		return 0;	/* a month alone: m_month */
	}
	/* 5 September 2019, 5th of May, the fifth of May */
	if (isf(c, j, F_THE) && !glued(c, j + 1))
		j++;
	if ((dd = daynum_at(c, j, &e)) != 0) {
		k = e;
		if (isf(c, k, F_OF))
			k++;
		else if (j > i || !isnum(c, j))
			return 0;	/* "the fifth" needs "of" */
		if ((m = month_at(c, k, &e2, &amb)) == 0)
			return 0;
		if (amb && k == e && !cap(c, k))
			return 0;
		j = e2;
		k = j;
		if (isp(c, k, ','))
			k++;
		if (year_at(c, k, &e)) {
			y = (int)c->t[k].num;
			j = e;
		}
		if (dd > cal_days_in_month(y ? y : 2000, m))
			return 0;
		if (y)
			hset(h, j, DT_DATE, "%04d-%02d-%02d", y, m, dd);
		else if (!c->ref->valid)
			hset(h, j, DT_DATE, "XXXX-%02d-%02d", m, dd);
		else {
			y = year_for(c, m, dd, tdir(c, i, j));
			if (dd > cal_days_in_month(y, m))
				dd = cal_days_in_month(y, m);
			hset(h, j, DT_DATE, "%04d-%02d-%02d", y, m, dd);
		}
		h->gran = G_DAY;
		return 1;
	}
	return 0;
}

/* Words before a lone month that show it is one ("in May"). */
static int
month_context(const struct ctx *c, int i)
{
	static const int fids[] = { F_IN, F_SINCE, F_UNTIL, F_UNTIL2, F_BY,
	    F_THROUGH, F_DURING, F_EARLY, F_LATE, F_MID, F_OF, F_FROM,
	    F_TO, F_BEFORE, F_AFTER, F_THE, F_LAST, F_NEXT, F_THIS, F_FOR,
	    F_AND, F_ON, F_END, F_BEGINNING, F_START, F_MIDDLE, F_EVERY,
	    F_EACH };
	size_t k;

	if (i == 0)
		return 0;
	if (isp(c, i - 1, '-') && isf(c, i - 2, F_MID))
		return 1;
	for (k = 0; k < sizeof fids / sizeof fids[0]; k++)
		if (isf(c, i - 1, fids[k]))
			return 1;
	return 0;
}

/* A month alone: "in November", "the March accession", "since December". */
static int
m_month(struct ctx *c, int i, struct hit *h)
{
	int m, e, amb, y;

	if ((m = month_at(c, i, &e, &amb)) == 0 || (LX(c, i)->f & L_MABBR))
		return 0;
	if (amb && !month_context(c, i))
		return 0;
	if (isp(c, e, '\'') || (isf(c, e, F_S) && glued(c, e)))
		e = skip_poss(c, e - 1);
	if (!c->ref->valid) {
		hset(h, e, DT_DATE, "XXXX-%02d", m);
		return 1;
	}
	if (isf(c, i - 1, F_LAST))	/* handled by m_rel */
		return 0;
	y = year_for(c, m, 0, tdir(c, i, e));
	hset(h, i + 1, DT_DATE, "%04d-%02d", y, m);
	return 1;
}

/* Words before a number that make it a year: "in 1850", "since 1990". */
static int
year_prep(const struct ctx *c, int i)
{
	return i >= 0 && (isf(c, i, F_IN) || isf(c, i, F_SINCE) ||
	    isf(c, i, F_OF) || isf(c, i, F_BY) || isf(c, i, F_UNTIL) ||
	    isf(c, i, F_UNTIL2) || isf(c, i, F_FROM) || isf(c, i, F_TO) ||
	    isf(c, i, F_BEFORE) || isf(c, i, F_AFTER) ||
	    isf(c, i, F_DURING) || isf(c, i, F_AND) || isf(c, i, F_THROUGH));
}

/* A four-digit year: "1990", "fiscal 1989", "the year 2000". */
static int
m_year(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, y, pl;
	unsigned long long v, v2;
	int ord;
	size_t k;

	if (isf(c, j, F_FISCAL)) {
		j++;
		if (unit_at(c, j, &pl) == U_Y && !pl)
			j++;
	} else if (isf(c, j, F_THE) && unit_at(c, j + 1, &pl) == U_Y && !pl)
		j += 2;
	if (year_at(c, j, &e)) {
		y = (int)c->t[j].num;
		/* a lone year below 1900 needs context */
		if (y < 1900 && j == i && !year_prep(c, i - 1))
			return 0;
		/* "deliver 2000 pieces": a count, unless a preposition
		 * says it is a year ("in 1990 sales rose") */
		if (j == i && isword(c, e) && !cap(c, e) && LX(c, e) == NULL &&
		    rate_word(c, e) && !year_prep(c, i - 1) && !glued(c, i) &&
		    !isf(c, i - 1, F_THE))
			return 0;
		hset(h, e, DT_DATE, "%04d", y);
		return 1;
	}
	/* the year two thousand; nineteen ninety-six */
	if (j > i || (isword(c, j) && LX(c, j) != NULL &&
	    (LX(c, j)->f & L_NUMW))) {
		if (!isword(c, j))
			return 0;
		k = nw_tok(c, j, 1000, &v, &ord);
		if (k == 0 || ord)
			return 0;
		for (e = j; e < c->n && c->t[e].e <= c->t[j].s + k; e++)
			;
		if (v >= 11 && v <= 20 && isword(c, e) && LX(c, e) != NULL &&
		    (LX(c, e)->f & L_NUMW)) {
			size_t k2 = nw_tok(c, e, 100, &v2, &ord);

			if (k2 == 0 || ord || v2 < 10 || v2 > 99)
				return 0;
			for (j = e; j < c->n && c->t[j].e <= c->t[e].s + k2; j++)
				;
			hset(h, j, DT_DATE, "%04llu", v * 100 + v2);
			return 1;
		}
		if (j > i && v >= 1000 && v <= 2999) {
			hset(h, e, DT_DATE, "%04llu", v);
			return 1;
		}
	}
	return 0;
}

static int
m_season(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, d = 0, hasmod = 0, y = 0, amb;
	const struct lex *lx;
	int cur;

	if (isf(c, j, F_THIS) || isf(c, j, F_LAST) || isf(c, j, F_NEXT) ||
	    isf(c, j, F_PAST) || isf(c, j, F_COMING)) {
		d = isf(c, j, F_THIS) ? 0 : isf(c, j, F_LAST) ||
		    isf(c, j, F_PAST) ? -1 : 1;
		hasmod = 1;
		j++;
	} else if (isf(c, j, F_THE)) {
		j++;
		hasmod = 2;
	}
	lx = LX(c, j);
	if (lx == NULL || !(lx->f & L_SEASON) || glued_alnum(c, j))
		return 0;
	amb = (lx->f & L_SAMBIG) != 0;
	e = j + 1;
	if (isf(c, e, F_OF) && year_at(c, e + 1, &y)) {
		y = (int)c->t[e + 1].num;
		e += 2;
	} else if (year_at(c, e, &y)) {
		y = (int)c->t[e].num;
		e++;
	} else
		y = 0;
	if (y) {
		hset(h, e, DT_DATE, "%04d-%s", y, lx->season);
		return 1;
	}
	if (hasmod == 2)
		return 0;	/* "the summer" alone is left out */
	if (amb && !hasmod && !(i > 0 && (isf(c, i - 1, F_IN) ||
	    isf(c, i - 1, F_DURING) || isf(c, i - 1, F_EARLY) ||
	    isf(c, i - 1, F_LATE) || isf(c, i - 1, F_SINCE) ||
	    isf(c, i - 1, F_UNTIL) || isf(c, i - 1, F_BY))))
		return 0;
	if (!c->ref->valid) {
		hset(h, e, DT_DATE, "XXXX-%s", lx->season);
		return 1;
	}
	cur = c->ref->m == 12 ? 4 : (c->ref->m + 9) / 3 % 4;
	{
		int s = lx->season[0] == 'S' ? (lx->season[1] == 'P' ? 1 :
		    2) : lx->season[0] == 'F' ? 3 : 4;
		int yy = c->ref->y;

		/* cur: 1 SP 2 SU 3 FA 4 WI (Jan, Feb count as winter) */
		cur = c->ref->m <= 2 ? 0 : c->ref->m <= 5 ? 1 :
		    c->ref->m <= 8 ? 2 : c->ref->m <= 11 ? 3 : 4;
		if (!hasmod)
			d = tdir(c, i, e) < 0 ? (s > cur ? -1 : 0) :
			    tdir(c, i, e) > 0 ? (s < cur ? 1 : 0) : 0;
		else if (d < 0)
			d = s < cur ? 0 : -1;
		else if (d > 0)
			d = s > cur ? 0 : 1;
		if (c->ref->m <= 2 && s == 4 && d == 0)
			yy--;
		hset(h, e, DT_DATE, "%04d-%s", yy + d, lx->season);
	}
	return 1;
}

/* A holiday phrase at i: returns its index and *end. */
static int
holiday_at(const struct ctx *c, int i, int *end)
{
	int k, j, best = -1, bestend = 0;
	const struct holiday *hl;

	if (!cap(c, i))
		return -1;	/* holidays are capitalised: skip the table */
	for (k = 0; k < c->d->nhol; k++) {
		hl = &c->d->hol[k];
		/* the same lexicon word: the same first token */
		if (hl->lex0 != c->t[i].lex)
			continue;
		for (j = 0; j < hl->ntok && i + j < c->n; j++) {
			const struct tok *t = &c->t[i + j];
			size_t n = t->e - t->s, q;

			if (t->kind == K_PUNCT) {
				if (hl->words[j][0] != t->ch ||
				    hl->words[j][1] != '\0')
					break;
				continue;
			}
			if (strlen(hl->words[j]) != n)
				break;
			for (q = 0; q < n; q++)
				if (lc((unsigned char)c->s[t->s + q]) !=
				    hl->words[j][q])
					break;
			if (q < n)
				break;
		}
		if (j == hl->ntok && i + j > bestend) {
			best = k;
			bestend = i + j;
		}
	}
	if (best < 0 || !cap(c, i) || glued_alnum(c, bestend - 1))
		return -1;
	*end = bestend;
	return best;
}

/* The holiday's date in year y: days since the epoch, or -1. */
static long
holiday_day(const struct dates *d, int k, int y)
{
	const char *r = d->hol[k].rule;
	int m, dd, w, i;
	long z;

	if (r[0] == 'E')
		return cal_easter(y) + atoi(r + 1);
	if (strcmp(r, "LNY") == 0) {
		for (i = 0; i < d->nlny; i++)
			if (d->lny[i][0] == y)
				return cal_days_from_civil(y, d->lny[i][1],
				    d->lny[i][2]);
		return -1;
	}
	if (sscanf(r, "%2d-%2d", &m, &dd) != 2 || m < 1 || m > 12)
		return -1;
	z = cal_days_from_civil(y, m, dd);
	if (r[5] == '>') {
		w = atoi(r + 6);
		while (cal_weekday(z) != w)
			z++;
	}
	return z;
}

static int
m_holiday(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, k, y = 0, d = 0, dir;
	long z, zr;

	if (isf(c, j, F_LAST) || isf(c, j, F_NEXT) || isf(c, j, F_THIS)) {
		d = isf(c, j, F_LAST) ? -1 : isf(c, j, F_NEXT) ? 1 : 2;
		j++;
	}
	if (LX(c, j) == NULL || !(LX(c, j)->f & L_HOL) ||
	    (k = holiday_at(c, j, &e)) < 0)
		return 0;
	if (isp(c, e, ',') && year_at(c, e + 1, &j)) {
		y = (int)c->t[e + 1].num;
		e = j;
	} else if (isf(c, e, F_OF) && year_at(c, e + 1, &j)) {
		y = (int)c->t[e + 1].num;
		e = j;
	} else if (year_at(c, e, &j)) {
		y = (int)c->t[e].num;
		e = j;
	}
	if (y == 0 && !c->ref->valid) {
		z = holiday_day(c->d, k, 2001);
		if (z < 0 || c->d->hol[k].rule[0] == 'E' ||
		    strchr(c->d->hol[k].rule, '>') != NULL ||
		    strcmp(c->d->hol[k].rule, "LNY") == 0)
			hset(h, e, DT_DATE, "XXXX-XX-XX");
		else {
			int yy, mm, dd;

			cal_civil_from_days(z, &yy, &mm, &dd);
			hset(h, e, DT_DATE, "XXXX-%02d-%02d", mm, dd);
		}
		h->gran = G_DAY;
		return 1;
	}
	if (y == 0) {
		zr = refday(c);
		dir = d == -1 ? -1 : d == 1 ? 1 : d == 2 ? 0 : tdir(c, i, e);
		y = c->ref->y;
		z = holiday_day(c->d, k, y);
		if (z < 0) {
			hset(h, e, DT_DATE, "XXXX-XX-XX");
			h->gran = G_DAY;
			return 1;
		}
		if (dir < 0 && z > zr)
			y--;
		else if (dir > 0 && z < zr)
			y++;
		else if (dir == 0 && z - zr > 183)
			y--;
		else if (dir == 0 && zr - z > 182)
			y++;
		if (d == -1 && z == zr)
			y--;
	}
	z = holiday_day(c->d, k, y);
	if (z < 0)
		hset(h, e, DT_DATE, "%04d", y);
	else {
		h->end = e;
		h->type = DT_DATE;
		fmt_day(h->v, sizeof h->v, z);
	}
	h->gran = G_DAY;
	return 1;
}

/* A part of the day after a day: "Friday morning" -> TMO. */
static int
add_daypart(struct ctx *c, struct hit *h)
{
	const struct lex *lx = LX(c, h->end);
	size_t n;

	if (lx == NULL || !(lx->f & L_POD) || (lx->f & L_CLOCK) ||
	    glued_alnum(c, h->end) || h->gran != G_DAY)
		return 0;
	if (isf(c, h->end, F_TONIGHT))
		return 0;
	n = strlen(h->v);
	if (n + 4 >= sizeof h->v)
		return 0;
	if (c->t[h->end].e - c->t[h->end].s > 5 &&
	    c->s[c->t[h->end].e - 1] == 's')
		return 0;	/* "Sunday mornings": see m_set */
	sfmt(h->v + n, sizeof h->v - n, "T%s", lx->clock);
	h->end++;
	h->type = DT_TIME;
	h->gran = G_OTHER;
	return 1;
}

/* A day of the week alone: "on Friday", "last Friday", "next Monday". */
static int
m_weekday(struct ctx *c, int i, struct hit *h)
{
	int j = i, dir = 0, strict = 0;
	const struct lex *lx;

	if (isf(c, j, F_LAST) || isf(c, j, F_NEXT) || isf(c, j, F_THIS) ||
	    isf(c, j, F_PAST) || isf(c, j, F_COMING)) {
		dir = isf(c, j, F_LAST) || isf(c, j, F_PAST) ? -1 :
		    isf(c, j, F_THIS) ? 2 : 1;
		strict = dir == -1 || dir == 1;
		j++;
	} else if (isf(c, j, F_EARLY) || isf(c, j, F_LATE))
		return 0;
	lx = LX(c, j);
	if (lx == NULL || !(lx->f & L_WDAY) || (lx->f & (L_WABBR |
	    L_WPLUR)) || glued_alnum(c, j) || (c->t[j].fl & TF_NONASCII))
		return 0;
	if (dir == 0 || dir == 2)
		dir = skip_poss(c, j) > j + 1 ? -1 : tdir(c, i, -1);
	res_wday(c, h, j + 1, lx->wday, dir, strict);
	/* "Friday's" */
	add_daypart(c, h);
	return 1;
}

/* "the weekend", "this weekend", "over the weekend" */
static void
res_weekend(struct ctx *c, struct hit *h, int end, int dir)
{
	long z;
	int cur, wy, wn;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-WXX-WE");
		return;
	}
	z = refday(c);
	cur = cal_weekday(z);
	if (dir <= 0 && cur < 6)
		z -= 7;		/* the weekend before */
	cal_iso_week(z, &wy, &wn);
	hset(h, end, DT_DATE, "%04d-W%02d-WE", wy, wn);
}

/*
 * Relative expressions: today, yesterday, now, "last week", "this
 * year", "next month", "the past year", "recent years", "the future",
 * "a year ago", "the year-earlier quarter", "the latest quarter".
 */
static int
m_rel(struct ctx *c, int i, struct hit *h)
{
	int j = i, u, pl, d;
	size_t n;
	const struct lex *lx = LX(c, i);

	if (lx == NULL)
		return 0;
	if (isf(c, i, F_TODAY)) {
		res_day(c, h, i + 1, 0);
		add_daypart(c, h);
		return 1;
	}
	if (isf(c, i, F_YESTERDAY)) {
		res_day(c, h, i + 1, -1);
		add_daypart(c, h);
		return 1;
	}
	if (isf(c, i, F_TOMORROW)) {
		res_day(c, h, i + 1, 1);
		add_daypart(c, h);
		return 1;
	}
	if (isf(c, i, F_TONIGHT)) {
		res_day(c, h, i + 1, 0);
		strcat(h->v, "TNI");
		h->type = DT_TIME;
		h->gran = G_OTHER;
		return 1;
	}
	if (isf(c, i, F_NOW) && !glued_alnum(c, i) && !isp(c, i + 1, '-') &&
	    !(cap(c, i) && isp(c, i + 1, ','))) {
		hset(h, i + 1, DT_DATE, "PRESENT_REF");
		return 1;
	}
	if (isf(c, i, F_CURRENTLY)) {
		hset(h, i + 1, DT_DATE, "PRESENT_REF");
		return 1;
	}
	if (isf(c, i, F_RECENTLY)) {
		hset(h, i + 1, DT_DATE, "PAST_REF");
		return 1;
	}
	/* this morning, last night, yesterday afternoon */
	if ((isf(c, i, F_THIS) || isf(c, i, F_LAST)) && LX(c, i + 1) != NULL &&
	    (LX(c, i + 1)->f & L_POD) && !(LX(c, i + 1)->f & L_CLOCK) &&
	    !glued_alnum(c, i + 1) && c->s[c->t[i + 1].e - 1] != 's') {
		res_day(c, h, i + 2, isf(c, i, F_LAST) ? -1 : 0);
		n = strlen(h->v);
		sfmt(h->v + n, sizeof h->v - n, "T%s",
		    LX(c, i + 1)->clock);
		h->type = DT_TIME;
		h->gran = G_OTHER;
		return 1;
	}
	/* last November, next April, this September */
	if ((isf(c, i, F_THIS) || isf(c, i, F_LAST) || isf(c, i, F_NEXT)) &&
	    LX(c, i + 1) != NULL && (LX(c, i + 1)->f & L_MONTH) &&
	    !(LX(c, i + 1)->f & L_MABBR) && cap(c, i + 1) &&
	    !glued_alnum(c, i + 1)) {
		int m = LX(c, i + 1)->month, y;

		if (!c->ref->valid) {
			hset(h, i + 2, DT_DATE, "XXXX-%02d", m);
			return 1;
		}
		y = c->ref->y;
		if (isf(c, i, F_LAST) && m >= c->ref->m)
			y--;
		else if (isf(c, i, F_NEXT) && m <= c->ref->m)
			y++;
		hset(h, i + 2, DT_DATE, "%04d-%02d", y, m);
		return 1;
	}
	/* recent years, coming weeks */
	if ((isf(c, i, F_RECENT) || isf(c, i, F_COMING)) &&
	    (u = unit_at(c, i + 1, &pl)) != U_NONE && pl && u >= U_D) {
		hset(h, i + 2, DT_DATE, isf(c, i, F_RECENT) ? "PAST_REF" :
		    "FUTURE_REF");
		return 1;
	}
	/* year-end */
	if (unit_at(c, i, &pl) == U_Y && !pl && isp(c, i + 1, '-') &&
	    glued(c, i + 1) && isf(c, i + 2, F_END) && glued(c, i + 2) &&
	    !glued_alnum(c, i + 2)) {
		if (c->ref->valid)
			hset(h, i + 3, DT_DATE, "%04d-12-31", c->ref->y);
		else
			hset(h, i + 3, DT_DATE, "XXXX-12-31");
		return 1;
	}
	/* the near term, the short term */
	if (isf(c, i, F_THE) && (isf(c, i + 1, F_NEAR) ||
	    isf(c, i + 1, F_SHORT)) && isf(c, i + 2, F_TERM) &&
	    !isp(c, i + 3, '-')) {
		hset(h, i + 3, DT_DATE, "FUTURE_REF");
		return 1;
	}
	/* the future, the near future, the past */
	if (isf(c, i, F_THE)) {
		j = i + 1;
		if (isf(c, j, F_NEAR) || isf(c, j, F_FORESEEABLE))
			j++;
		if (isf(c, j, F_FUTURE) && !glued_alnum(c, j)) {
			hset(h, j + 1, DT_DATE, "FUTURE_REF");
			return 1;
		}
		if (isf(c, i + 1, F_PAST) && (isf(c, i - 1, F_IN) ||
		    isf(c, i - 1, F_THAN)) && !(LX(c, i + 2) != NULL &&
		    (LX(c, i + 2)->f & (L_UNIT | L_NUMW | L_WDAY |
		    L_MONTH))) && !isnum(c, i + 2) && !isf(c, i + 2, F_FEW) &&
		    !isf(c, i + 2, F_SEVERAL)) {
			hset(h, i + 2, DT_DATE, "PAST_REF");
			return 1;
		}
	}
	if (isf(c, i, F_FUTURE) && isf(c, i - 1, F_IN) && !glued_alnum(c, i)) {
		hset(h, i + 1, DT_DATE, "FUTURE_REF");
		return 1;
	}
	/* [the] this/last/next/past/coming/previous/current UNIT */
	j = i;
	if (isf(c, j, F_THE))
		j++;
	d = 9;
	if (isf(c, j, F_THIS) || isf(c, j, F_CURRENT))
		d = 0;
	else if (isf(c, j, F_LAST) || isf(c, j, F_PAST) ||
	    isf(c, j, F_PREVIOUS))
		d = -1;
	else if (isf(c, j, F_NEXT) || isf(c, j, F_COMING) ||
	    isf(c, j, F_FOLLOWING))
		d = 1;
	else if (isf(c, j, F_LATEST) && j > i)
		d = 5;
	else if (isf(c, j, F_SAME) && j > i)
		d = 6;
	if (d != 9 && (u = unit_at(c, j + 1, &pl)) != U_NONE && !pl) {
		int e = j + 2;

		if (isf(c, j, F_CURRENT) && j == i && u != U_Q && u != U_Y)
			return 0;
		/* "last year's": the possessive is not part of it */
		if (u < U_D)
			return 0;
		if (u == U_Q && (d == 5 || d == 6 || d == 0)) {
			if (c->d->lastq_q && d != 0) {
				hset(h, e, DT_DATE, "%04d-Q%d", c->d->lastq_y,
				    c->d->lastq_q);
				return 1;
			}
			if (!c->ref->valid) {
				hset(h, e, DT_DATE, "XXXX-QX");
				return 1;
			}
			res_quarter(c, h, e, d == 0 ? 0 : -1);
			return 1;
		}
		if (d == 5 || d == 6)
			return 0;
		if (u == U_WE) {
			res_weekend(c, h, e, d);
			return 1;
		}
		/* "the past decade": a duration */
		if ((u == U_DE || u == U_C) && j > i && d == -1) {
			hset(h, e, DT_DURATION, u == U_DE ? "P10Y" : "P100Y");
			return 1;
		}
		/* "the past year" is the year before; "the past week" too */
		if (u == U_D)
			return 0;	/* "this day", "the next day": anaphoric */
		res_unit(c, h, e, u, d);
		return 1;
	}
	/* the week of March 6 */
	if (isf(c, i, F_THE) && unit_at(c, i + 1, &pl) == U_W && !pl &&
	    isf(c, i + 2, F_OF)) {
		struct hit t;
		int yy, mm, dd, wy, wn;

		t.start = -1;
		if (m_date(c, i + 3, &t) && t.gran == G_DAY &&
		    sscanf(t.v, "%4d-%2d-%2d", &yy, &mm, &dd) == 3) {
			cal_iso_week(cal_days_from_civil(yy, mm, dd), &wy, &wn);
			hset(h, t.end, DT_DATE, "%04d-W%02d", wy, wn);
			return 1;
		}
	}
	/* the weekend */
	if (isf(c, i, F_THE) && unit_at(c, i + 1, &pl) == U_WE && !pl) {
		res_weekend(c, h, i + 2, tdir(c, i, i + 2));
		return 1;
	}
	/* the quarter, the latest period (with a quarter in context) */
	if (isf(c, i, F_THE) && (unit_at(c, i + 1, &pl) == U_Q && !pl) &&
	    !isp(c, i + 2, '-')) {
		if (c->d->lastq_q) {
			hset(h, i + 2, DT_DATE, "%04d-Q%d", c->d->lastq_y,
			    c->d->lastq_q);
			return 1;
		}
		if (!c->ref->valid) {
			hset(h, i + 2, DT_DATE, "XXXX-QX");
			return 1;
		}
		res_quarter(c, h, i + 2, -1);
		return 1;
	}
	if (isf(c, i, F_THE) && isf(c, i + 1, F_LATEST) && c->d->lastq_q &&
	    isword(c, i + 2) && c->t[i + 2].e - c->t[i + 2].s == 6 &&
	    strncmp(c->s + c->t[i + 2].s, "period", 6) == 0) {
		hset(h, i + 3, DT_DATE, "%04d-Q%d", c->d->lastq_y,
		    c->d->lastq_q);
		return 1;
	}
	/* the 1988 period, the 1988 quarter */
	if (isf(c, i, F_THE) && isnum(c, i + 1) && c->t[i + 1].nd == 4 &&
	    c->t[i + 1].num >= 1000 && c->t[i + 1].num <= 2999 &&
	    !glued_alnum(c, i + 1) && (isf(c, i + 2, F_PERIOD) ||
	    (unit_at(c, i + 2, &pl) == U_Q && !pl))) {
		if (c->d->lastq_q)
			hset(h, i + 3, DT_DATE, "%04u-Q%d", c->t[i + 1].num,
			    c->d->lastq_q);
		else
			hset(h, i + 3, DT_DATE, "%04u", c->t[i + 1].num);
		return 1;
	}
	/* the fiscal year, the full year, the current fiscal year */
	if (isf(c, i, F_THE)) {
		j = i + 1;
		if (isf(c, j, F_CURRENT) || isf(c, j, F_FULL) ||
		    isf(c, j, F_LATEST))
			j++;
		if (isf(c, j, F_FISCAL))
			j++;
		if (j > i + 1 && unit_at(c, j, &pl) == U_Y && !pl &&
		    !isp(c, j + 1, '-') && !isnum(c, j + 1)) {
			if (isf(c, j + 1, F_ENDED) || isf(c, j + 1, F_ENDING))
				hset(h, j + 1, DT_DURATION, "P1Y");
			else
				res_year(c, h, j + 1,
				    isf(c, i + 1, F_LATEST) ? -1 : 0);
			return 1;
		}
		if (isf(c, i + 1, F_LATEST) && isword(c, i + 2) &&
		    c->t[i + 2].e - c->t[i + 2].s == 6 &&
		    strncmp(c->s + c->t[i + 2].s, "period", 6) == 0) {
			res_quarter(c, h, i + 3, -1);
			return 1;
		}
	}
	/* the year (ended ...) */
	if (isf(c, i, F_THE) && (u = unit_at(c, i + 1, &pl)) == U_Y && !pl &&
	    !isp(c, i + 2, '-') && !isp(c, i + 2, '\'') && !isnum(c, i + 2)) {
		if (isf(c, i + 2, F_ENDED) || isf(c, i + 2, F_ENDING) ||
		    isf(c, i + 2, F_TO)) {
			hset(h, i + 2, DT_DURATION, "P1Y");
			return 1;
		}
		if (isf(c, i - 1, F_FOR) || isf(c, i - 1, F_IN) ||
		    isf(c, i - 1, F_OF)) {
			res_year(c, h, i + 2, 0);
			return 1;
		}
	}
	return 0;
}

/* year-earlier, year-ago, "the year-ago quarter" */
static int
m_yearago(struct ctx *c, int i, struct hit *h)
{
	int j = i, pl, e;

	if (isf(c, j, F_THE)) {
		j++;
		if (isf(c, j, F_COMPARABLE) || isf(c, j, F_SAME) ||
		    isf(c, j, F_CORRESPONDING))
			j++;
	}
	if (unit_at(c, j, &pl) != U_Y || pl || !isp(c, j + 1, '-') ||
	    !glued(c, j + 1) || !glued(c, j + 2) ||
	    !(isf(c, j + 2, F_EARLIER) || isf(c, j + 2, F_AGO)))
		return 0;
	e = j + 3;
	if (j > i) {
		/* the year-ago quarter / period / nine months */
		int u, half;
		long n;
		int ce;

		int q, qe;

		if ((q = ord4_at(c, e, &qe)) != 0 && unit_at(c, qe, &pl) ==
		    U_Q && !pl) {
			int y = c->ref->valid ? quarter_year(c, i, qe + 1, q,
			    0) - 1 : 0;

			if (y)
				hset(h, qe + 1, DT_DATE, "%04d-Q%d", y, q);
			else
				hset(h, qe + 1, DT_DATE, "XXXX-Q%d", q);
			return 1;
		}
		if (unit_at(c, e, &pl) == U_Q && !pl)
			e++;
		else if (isf(c, e, F_PERIOD))
			e++;
		else if (count_at(c, e, &n, &half, &ce) &&
		    (u = unit_at(c, ce, &pl)) != U_NONE) {
			fmt_dur(h->v, sizeof h->v, n, half, u);
			h->end = ce + 1;
			h->type = DT_DURATION;
			h->gran = G_OTHER;
			return 1;
		} else
			return 0;
	}
	if (c->d->lastq_q) {
		hset(h, e, DT_DATE, "%04d-Q%d", c->d->lastq_y - 1,
		    c->d->lastq_q);
		return 1;
	}
	res_year(c, h, e, -1);
	return 1;
}

/* A word before "a year" that makes it a rate: a plural noun, "million". */
static int
rate_word(const struct ctx *c, int i)
{
	static const char *const w[] = { "million", "billion", "thousand",
	    "hundred", "percent", "cent", "each", "apiece" };
	const char *p;
	size_t n, k;

	if (!isword(c, i) || LX(c, i) != NULL)
		return 0;
	p = c->s + c->t[i].s;
	n = c->t[i].e - c->t[i].s;
	if (n > 3 && p[n - 1] == 's' && p[n - 2] != 's')
		return 1;
	for (k = 0; k < sizeof w / sizeof w[0]; k++)
		if (strlen(w[k]) == n && strncmp(p, w[k], n) == 0)
			return 1;
	return 0;
}

/*
 * Counts of units: durations ("three days", "the past two months", "a
 * decade", "16-hour", "at least 72 hours") and anchored offsets ("two
 * years ago", "a year earlier", "three days later", "in three days").
 */
static int
m_count(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, u, pl, half, dir = 0, hasthe = 0, hyph = 0, mod = 0;
	long n;

	/* modifiers kept in the span */
	if (isf(c, j, F_THE)) {
		hasthe = 1;
		j++;
	}
	if (isf(c, j, F_PAST) || isf(c, j, F_LAST) || isf(c, j, F_NEXT) ||
	    isf(c, j, F_FIRST) || isf(c, j, F_COMING) ||
	    isf(c, j, F_PREVIOUS) || isf(c, j, F_LATEST) ||
	    isf(c, j, F_FOLLOWING) || isf(c, j, F_FINAL) ||
	    isf(c, j, F_ENTIRE) || isf(c, j, F_FULL) || isf(c, j, F_WHOLE)) {
		j++;
		mod = 1;
	}
	if (!hasthe && !mod) {
		if ((isf(c, j, F_MORE) || isf(c, j, F_LESS)) &&
		    isf(c, j + 1, F_THAN))
			j += 2;
		else if (isf(c, j, F_NO) && isf(c, j + 1, F_MORE) &&
		    isf(c, j + 2, F_THAN))
			j += 3;
		else if (isf(c, j, F_AT) && isf(c, j + 1, F_LEAST))
			j += 2;
		else if (isf(c, j, F_UP) && isf(c, j + 1, F_TO))
			j += 2;
		else if (isf(c, j, F_NEARLY) || isf(c, j, F_ALMOST) ||
		    isf(c, j, F_ABOUT) || isf(c, j, F_AROUND) ||
		    isf(c, j, F_ROUGHLY) || isf(c, j, F_OVER) ||
		    isf(c, j, F_JUST))
			j++;
	}
	if (!count_at(c, j, &n, &half, &e)) {
		/* "the past year", "the last week" are m_rel's */
		return 0;
	}
	if (isf(c, j, F_SOME) && (j > i))
		return 0;
	if (isp(c, e, '-') && glued(c, e) && glued(c, e + 1)) {
		hyph = 1;
		e++;
	}
	if (isf(c, e, F_MORE) && !hyph)
		e++;
	if ((isf(c, e, F_TRADING) || isf(c, e, F_BUSINESS) ||
	    isf(c, e, F_WORKING) || isf(c, e, F_CALENDAR)) && !hyph &&
	    unit_at(c, e + 1, &pl) == U_D)
		e++;
	if ((u = unit_at(c, e, &pl)) == U_NONE)
		return 0;
	if (hyph && glued(c, e + 1) && isp(c, e + 1, '-'))
		return 0;	/* 10-year-old, 8-month-old */
	if ((isf(c, j, F_SOME) || isf(c, j, F_MANY) ||
	    isf(c, j, F_SEVERAL) || (isf(c, j, F_A) &&
	    isf(c, j + 1, F_FEW))) && !pl)
		return 0;
	if (n == 0 && !half)
		return 0;
	if (u == U_WE)
		return 0;
	/* "three-quarters", "a quarter of the shares": fractions */
	if (u == U_Q && (hyph || isf(c, j, F_A)))
		return 0;
	if (n > 1 && !pl && !hyph && isnum(c, j))
		return 0;	/* "the 1988 quarter" */
	if (isf(c, e + 1, F_OLD) && u == U_Y)
		return 0;	/* an age: "52 years old" */
	if (u == U_S && !pl && isword(c, e + 1) && isf(c, j, F_A))
		return 0;	/* "a second group": the ordinal */
	e++;
	/* anchored: ago, earlier, later, from now */
	if (!hasthe && !mod && (isf(c, e, F_AGO) || isf(c, e, F_EARLIER) ||
	    isf(c, e, F_LATER) || isf(c, e, F_HENCE) ||
	    (isf(c, e, F_FROM) && isf(c, e + 1, F_NOW)))) {
		int end = isf(c, e, F_FROM) ? e + 2 : e + 1;

		dir = isf(c, e, F_AGO) || isf(c, e, F_EARLIER) ? -1 : 1;
		if (isf(c, e, F_LATER) || isf(c, e, F_EARLIER)) {
			/* "three days later" is anaphoric; "a year
			 * earlier" in business news means the year
			 * before the reference */
			if (dir > 0)
				goto duration;
		}
		if (n < 0 || half || u < U_D) {
			hset(h, end, DT_DATE, dir < 0 ? "PAST_REF" :
			    "FUTURE_REF");
			return 1;
		}
		if (u == U_Y && n == 1 && dir < 0 && c->d->lastq_q) {
			hset(h, end, DT_DATE, "%04d-Q%d", c->d->lastq_y - 1,
			    c->d->lastq_q);
			return 1;
		}
		res_unit(c, h, end, u, dir * n);
		return 1;
	}
	/* in three days (future) */
	if (!hasthe && !mod && j == i && isf(c, i - 1, F_IN) && n > 0 &&
	    !half && u >= U_D && u != U_Q && tense_at(c, i, e) == TN_FUTURE) {
		res_unit(c, h, e, u, n);
		return 1;
	}
duration:
	/* "a year" after "once", "twice", "times", a percentage: a SET */
	if (j == i && (isf(c, j, F_A) || isf(c, j, F_AN)) && !pl &&
	    n == 1 && i > 0 && (isf(c, i - 1, F_ONCE) ||
	    isf(c, i - 1, F_TWICE) || isf(c, i - 1, F_TIMES) ||
	    isp(c, i - 1, '%'))) {
		fmt_dur(h->v, sizeof h->v, 1, 0, u);
		h->end = e;
		h->type = DT_SET;
		h->gran = G_OTHER;
		return 1;
	}
	/* "$1.76 a year", "700 seats a week": a rate, not a duration */
	if (j == i && (isf(c, j, F_A) || isf(c, j, F_AN)) && !pl && n == 1 &&
	    i > 0 && (isnum(c, i - 1) || isp(c, i - 1, '%') ||
	    rate_word(c, i - 1)))
		return 0;
	fmt_dur(h->v, sizeof h->v, n, half, u);
	h->end = e;
	h->type = DT_DURATION;
	h->gran = G_OTHER;
	return 1;
}

/* Bare plurals after "for"/"in": "for years", "in decades". */
static int
m_bareunit(struct ctx *c, int i, struct hit *h)
{
	int u, pl, j = i + 1;

	if (!(isf(c, i, F_FOR) || isf(c, i, F_IN) || isf(c, i, F_OVER)))
		return 0;
	if (isf(c, i, F_OVER)) {
		if (!isf(c, j, F_THE))
			return 0;
		u = unit_at(c, j + 1, &pl);
		if (u != U_Y || !pl)
			return 0;
		hset(h, j + 2, DT_DURATION, "PXY");
		h->start = j;
		return 1;
	}
	u = unit_at(c, j, &pl);
	if (u < U_D || !pl || u == U_WE || u == U_Q)
		return 0;
	if (isf(c, j + 1, F_OF) || isf(c, j + 1, F_AGO))
		return 0;
	fmt_dur(h->v, sizeof h->v, -1, 0, u);
	h->end = j + 1;
	h->type = DT_DURATION;
	h->gran = G_OTHER;
	h->start = j;		/* the span starts at the unit */
	return 1;
}

/* Sets: every day, each Thursday, every other week, daily, Mondays. */
static int
m_set(struct ctx *c, int i, struct hit *h)
{
	const struct lex *lx = LX(c, i);
	int j, u, pl, e, half;
	long n;

	if (lx == NULL)
		return 0;
	if ((lx->f & L_SET) && !glued_alnum(c, i) && !isp(c, i + 1, '-') &&
	    !(c->t[i].fl & TF_NONASCII)) {
		hset(h, i + 1, DT_SET, "%s", lx->set);
		return 1;
	}
	if ((lx->f & L_WDAY) && (lx->f & L_WPLUR) && cap(c, i)) {
		hset(h, i + 1, DT_SET, "XXXX-WXX-%d", lx->wday);
		return 1;
	}
	if (isf(c, i, F_PER) && (u = unit_at(c, i + 1, &pl)) != U_NONE &&
	    !pl) {
		fmt_dur(h->v, sizeof h->v, 1, 0, u);
		h->end = i + 2;
		h->type = DT_SET;
		h->gran = G_OTHER;
		return 1;
	}
	if (!isf(c, i, F_EVERY) && !isf(c, i, F_EACH))
		return 0;
	j = i + 1;
	n = 1;
	if (isf(c, j, F_OTHER)) {
		n = 2;
		j++;
	} else if (isf(c, i, F_EVERY) && count_at(c, j, &n, &half, &e) &&
	    !isf(c, j, F_A) && n > 0) {
		j = e;
	}
	lx = LX(c, j);
	if (lx == NULL)
		return 0;
	if ((u = unit_at(c, j, &pl)) != U_NONE) {
		if (u == U_WE) {
			hset(h, j + 1, DT_SET, "XXXX-WXX-WE");
			return 1;
		}
		fmt_dur(h->v, sizeof h->v, n, 0, u);
		h->end = j + 1;
		h->type = DT_SET;
		h->gran = G_OTHER;
		return 1;
	}
	if ((lx->f & L_WDAY) && !(lx->f & L_WABBR)) {
		hset(h, j + 1, DT_SET, "XXXX-WXX-%d", lx->wday);
		if (LX(c, j + 1) != NULL && (LX(c, j + 1)->f & L_POD) &&
		    !(LX(c, j + 1)->f & L_CLOCK))
			hset(h, j + 2, DT_SET, "XXXX-WXX-%dT%s", lx->wday,
			    LX(c, j + 1)->clock);
		return 1;
	}
	if ((lx->f & L_MONTH) && !(lx->f & L_MABBR)) {
		hset(h, j + 1, DT_SET, "XXXX-%02d", lx->month);
		return 1;
	}
	if (lx->f & L_SEASON) {
		hset(h, j + 1, DT_SET, "XXXX-%s", lx->season);
		return 1;
	}
	if ((lx->f & L_POD) && !(lx->f & L_CLOCK)) {
		hset(h, j + 1, DT_SET, "XXXX-XX-XXT%s", lx->clock);
		return 1;
	}
	return 0;
}

/*
 * Clock times: 3pm, 10 a.m., 10.30am, 15:30, noon, midnight, "4 in the
 * morning", "9 o'clock", with an optional time zone.
 */
static int
m_time(struct ctx *c, int i, struct hit *h)
{
	int j, hh = -1, mm = 0, ampm = 0, e;
	const struct lex *lx;

	lx = LX(c, i);
	if (lx != NULL && (lx->f & L_CLOCK) && !glued_alnum(c, i)) {
		if (sscanf(lx->clock, "%d:%d", &hh, &mm) != 2)
			return 0;
		j = i + 1;
		goto zone;
	}
	if (!isnum(c, i) || c->t[i].nd > 2 || !clean_num_before(c, i))
		return 0;
	hh = (int)c->t[i].num;
	j = i + 1;
	if ((isp(c, j, ':') || isp(c, j, '.')) && glued(c, j) &&
	    isnum(c, j + 1) && glued(c, j + 1) && c->t[j + 1].nd == 2) {
		mm = (int)c->t[j + 1].num;
		if (mm > 59)
			return 0;
		j += 2;
		if (isp(c, j - 2, ':') && isp(c, j, ':') && glued(c, j) &&
		    isnum(c, j + 1) && glued(c, j + 1) && c->t[j + 1].nd == 2)
			j += 2;	/* seconds */
	} else if (isp(c, j, '.') || isp(c, j, ':'))
		mm = -1;
	/* am / pm / a.m. / p.m. */
	if (isf(c, j, F_AM) || isf(c, j, F_PM)) {
		if (!glued_alnum(c, j)) {
			ampm = isf(c, j, F_AM) ? 1 : 2;
			j++;
		}
	} else if (isword(c, j) && c->t[j].e - c->t[j].s == 1 &&
	    (lc((unsigned char)c->s[c->t[j].s]) == 'a' ||
	    lc((unsigned char)c->s[c->t[j].s]) == 'p') && isp(c, j + 1, '.') &&
	    glued(c, j + 1) && isf(c, j + 2, F_M_) && glued(c, j + 2)) {
		ampm = lc((unsigned char)c->s[c->t[j].s]) == 'a' ? 1 : 2;
		j += 3;
		if (isp(c, j, '.') && glued(c, j))
			j++;
	}
	if (mm < 0)
		return 0;
	if (ampm) {
		if (hh < 1 || hh > 12)
			return 0;
		if (ampm == 1 && hh == 12)
			hh = 0;
		else if (ampm == 2 && hh != 12)
			hh += 12;
	} else if (isp(c, i + 1, ':') && j == i + 3) {
		if (hh > 23)
			return 0;
		/* a bare h:mm needs a cue: "at 9:30", "15:30", a zone */
		lx = LX(c, j);
		if (!(c->t[i].nd == 2 || isf(c, i - 1, F_AT) ||
		    isf(c, i - 1, F_BY) || isf(c, i - 1, F_UNTIL) ||
		    isf(c, i - 1, F_FROM) || isf(c, i - 1, F_AROUND) ||
		    isf(c, i - 1, F_ABOUT) || isf(c, i - 1, F_AFTER) ||
		    isf(c, i - 1, F_BEFORE) || (lx != NULL &&
		    (lx->f & L_TZ))))
			return 0;
		if (!clean_num_after(c, j))
			return 0;
	} else if (isp(c, j, '\'') || (isf(c, j, F_OCLOCK_O))) {
		/* 9 o'clock */
		if (!(isf(c, j, F_OCLOCK_O) && isp(c, j + 1, '\'') &&
		    isf(c, j + 2, F_CLOCK)))
			return 0;
		if (hh < 1 || hh > 12)
			return 0;
		j += 3;
	} else if (isf(c, j, F_IN) && isf(c, j + 1, F_THE) &&
	    (lx = LX(c, j + 2)) != NULL && (lx->f & L_POD) &&
	    !(lx->f & L_CLOCK) && hh >= 1 && hh <= 12) {
		if (lx->clock[0] != 'M' && hh != 12)
			hh += 12;
		j += 3;
	} else
		return 0;
	if (!clean_num_after(c, j) && !(isp(c, j, '.') || isp(c, j, ',')))
		return 0;
zone:
	lx = LX(c, j);
	if (lx != NULL && (lx->f & L_TZ) && !glued_alnum(c, j) &&
	    (c->t[j].fl & TF_UPPER))
		j++;
	e = j;
	h->end = e;
	h->type = DT_TIME;
	h->gran = G_TIMEONLY;
	if (hh >= 0 && hh <= 99 && mm >= 0 && mm <= 99) {
		h->v[0] = 'T';
		h->v[1] = (char)('0' + hh / 10);
		h->v[2] = (char)('0' + hh % 10);
		h->v[3] = ':';
		h->v[4] = (char)('0' + mm / 10);
		h->v[5] = (char)('0' + mm % 10);
		h->v[6] = '\0';
	} else
		sfmt(h->v, sizeof h->v, "T%02d:%02d", hh, mm);
	return 1;
}

/* ---------------------------------------------------------------- */
/* Modifiers around a core: early, late, mid-, the end of, earlier this */

static int core(struct ctx *c, int i, struct hit *h, int depth);

static int
m_mod(struct ctx *c, int i, struct hit *h, int depth)
{
	int j = i, the = 0;

	if (depth > 0)
		return 0;
	if (isf(c, j, F_THE)) {
		the = 1;
		j++;
	}
	if (isf(c, j, F_EARLY) || isf(c, j, F_LATE) ||
	    isf(c, j, F_EARLIER) || isf(c, j, F_LATER)) {
		int later = isf(c, j, F_EARLIER) || isf(c, j, F_LATER);

		j++;
		if (later && !(isf(c, j, F_THIS) || isf(c, j, F_IN) ||
		    isf(c, j, F_THAT) || isf(c, j, F_TODAY) ||
		    isf(c, j, F_YESTERDAY) || isf(c, j, F_TOMORROW) ||
		    isf(c, j, F_NEXT) || isf(c, j, F_LAST) ||
		    isf(c, j, F_TONIGHT) || (LX(c, j) != NULL &&
		    (LX(c, j)->f & L_WDAY))))
			return 0;
		if (isp(c, j, '-') && glued(c, j))
			j++;
	} else if (isf(c, j, F_MID)) {
		j++;
		if (isp(c, j, '-'))
			j++;
	} else if (the && (isf(c, j, F_END) || isf(c, j, F_BEGINNING) ||
	    isf(c, j, F_START) || isf(c, j, F_MIDDLE) || isf(c, j, F_TURN)) &&
	    isf(c, j + 1, F_OF)) {
		j += 2;
	} else
		return 0;
	if (the && j == i + 1)
		return 0;
	/* "the end of the month" */
	if (the && isf(c, j, F_THE)) {
		int u, pl;

		u = unit_at(c, j + 1, &pl);
		if (u >= U_W && !pl && u != U_WE && !isp(c, j + 2, '-')) {
			res_unit(c, h, j + 2, u, 0);
			return 1;
		}
		return 0;
	}
	/* "earlier in the year", "later in the day" */
	if (isf(c, j, F_IN) && isf(c, j + 1, F_THE)) {
		int u, pl;

		u = unit_at(c, j + 2, &pl);
		if (u >= U_D && !pl && u != U_WE) {
			res_unit(c, h, j + 3, u, 0);
			return 1;
		}
		return 0;
	}
	if (isf(c, j, F_THAT)) {
		int u, pl;

		u = unit_at(c, j + 1, &pl);
		if (u >= U_D && !pl && u != U_WE) {
			res_unit(c, h, j + 2, u, 0);
			return 1;
		}
		return 0;
	}
	if (!core(c, j, h, depth + 1))
		return 0;
	if (h->type == DT_DURATION || h->type == DT_SET)
		return 0;
	return 1;
}

/*
 * Which matchers can succeed at a token: each one needs its first token
 * to be a number or one of a few words (read off its opening tests), so
 * core() tries only those.  Built with -DDATES_GATE_CHECK, core() runs
 * the others too and aborts if one of them matches (and clean_num_before()
 * checks its stored answer).
 */
enum {
	GM_DATE = 1 << 0, GM_QUARTER = 1 << 1, GM_DECADE = 1 << 2,
	GM_YEAR = 1 << 3, GM_HOLIDAY = 1 << 4, GM_WEEKDAY = 1 << 5,
	GM_REL = 1 << 6, GM_YEARAGO = 1 << 7, GM_SEASON = 1 << 8,
	GM_COUNT = 1 << 9, GM_SET = 1 << 10, GM_TIME = 1 << 11,
	GM_MONTH = 1 << 12, GM_BAREUNIT = 1 << 13, GM_MOD = 1 << 14
};

#define GM_NUM	(GM_DATE | GM_QUARTER | GM_DECADE | GM_YEAR | GM_COUNT | \
		GM_TIME)

static int
fid_in(int fid, const int *set, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (set[k] == fid)
			return 1;
	return 0;
}

#define FID_IN(fid, ...) fid_in((fid), (const int[]){ __VA_ARGS__ }, \
	sizeof (const int[]){ __VA_ARGS__ } / sizeof(int))

/* The gate of a lexicon word (computed once, in dates_new()). */
static unsigned
word_gate(const struct lex *lx)
{
	uint32_t f = lx->f;
	int id = lx->fid;
	unsigned g = 0;

	if ((f & (L_WDAY | L_MONTH | L_NUMW)) ||
	    FID_IN(id, F_THE, F_FIRST, F_SECOND, F_THIRD, F_FOURTH))
		g |= GM_DATE;
	if (FID_IN(id, F_Q, F_THE, F_ITS, F_FISCAL, F_THIS, F_LAST, F_NEXT,
	    F_FIRST, F_SECOND, F_THIRD, F_FOURTH))
		g |= GM_QUARTER;
	if (id == F_THE)
		g |= GM_DECADE;
	if ((f & L_NUMW) || FID_IN(id, F_FISCAL, F_THE))
		g |= GM_YEAR;
	if ((f & L_HOL) || FID_IN(id, F_LAST, F_NEXT, F_THIS))
		g |= GM_HOLIDAY;
	if ((f & L_WDAY) || FID_IN(id, F_LAST, F_NEXT, F_THIS, F_PAST,
	    F_COMING))
		g |= GM_WEEKDAY;
	if ((f & L_UNIT) || FID_IN(id, F_TODAY, F_YESTERDAY, F_TOMORROW,
	    F_TONIGHT, F_NOW, F_CURRENTLY, F_RECENTLY, F_THIS, F_LAST, F_NEXT,
	    F_RECENT, F_COMING, F_THE, F_FUTURE, F_CURRENT, F_PAST,
	    F_PREVIOUS, F_FOLLOWING))
		g |= GM_REL;
	if ((f & L_UNIT) || id == F_THE)
		g |= GM_YEARAGO;
	if ((f & L_SEASON) || FID_IN(id, F_THIS, F_LAST, F_NEXT, F_PAST,
	    F_COMING, F_THE))
		g |= GM_SEASON;
	if ((f & L_NUMW) || FID_IN(id, F_THE, F_PAST, F_LAST, F_NEXT,
	    F_FIRST, F_COMING, F_PREVIOUS, F_LATEST, F_FOLLOWING, F_FINAL,
	    F_ENTIRE, F_FULL, F_WHOLE, F_MORE, F_LESS, F_NO, F_AT, F_UP,
	    F_NEARLY, F_ALMOST, F_ABOUT, F_AROUND, F_ROUGHLY, F_OVER, F_JUST,
	    F_A, F_AN, F_SEVERAL, F_FEW, F_MANY, F_SOME, F_HALF))
		g |= GM_COUNT;
	if ((f & (L_SET | L_WDAY)) || FID_IN(id, F_PER, F_EVERY, F_EACH))
		g |= GM_SET;
	if (f & L_CLOCK)
		g |= GM_TIME;
	if (f & L_MONTH)
		g |= GM_MONTH;
	if (FID_IN(id, F_FOR, F_IN, F_OVER))
		g |= GM_BAREUNIT;
	if (FID_IN(id, F_THE, F_EARLY, F_LATE, F_EARLIER, F_LATER, F_MID))
		g |= GM_MOD;
	return g;
}

/* The gate of token i: no matcher starts at other tokens. */
static unsigned
tok_gate(const struct ctx *c, int i)
{
	const struct tok *t = &c->t[i];

	if (t->kind == K_NUM)
		return GM_NUM;
	if (t->kind == K_PUNCT)
		return t->ch == '\'' ? GM_DECADE : 0;
	if (t->lex < 0)
		return 0;
	return c->d->lex[t->lex].gate;
}

/*
 * Try matcher fn at token i when the gate lets it; the first of equally
 * long answers wins, so the order below matters.  Direct calls, not a
 * loop over a table: an indirect call that changes its target every time
 * is mispredicted every time.
 */
#ifdef DATES_GATE_CHECK
#define TRY(bit, fn) do {						\
	t.end = 0;							\
	t.gran = 0;							\
	t.start = -1;							\
	if (!(gate & (bit))) {						\
		if (fn(c, i, &t))					\
			abort();	/* a gate too narrow */		\
	} else if (fn(c, i, &t) && t.end > best.end)			\
		best = t;						\
} while (0)
#else
#define TRY(bit, fn) do {						\
	if (gate & (bit)) {						\
		t.end = 0;						\
		t.gran = 0;						\
		t.start = -1;						\
		if (fn(c, i, &t) && t.end > best.end)			\
			best = t;					\
	}								\
} while (0)
#endif

/* The longest expression starting at token i. */
static int
core(struct ctx *c, int i, struct hit *h, int depth)
{
	struct hit best, t;
	unsigned gate = tok_gate(c, i);

	best.end = 0;
	best.gran = 0;
	best.start = -1;
	TRY(GM_DATE, m_date);
	TRY(GM_QUARTER, m_quarter);
	TRY(GM_DECADE, m_decade);
	TRY(GM_YEAR, m_year);
	TRY(GM_HOLIDAY, m_holiday);
	TRY(GM_WEEKDAY, m_weekday);
	TRY(GM_REL, m_rel);
	TRY(GM_YEARAGO, m_yearago);
	TRY(GM_SEASON, m_season);
	TRY(GM_COUNT, m_count);
	TRY(GM_SET, m_set);
	TRY(GM_TIME, m_time);
	TRY(GM_MONTH, m_month);
	TRY(GM_BAREUNIT, m_bareunit);
	t.start = -1;
#ifdef DATES_GATE_CHECK
	if (!(gate & GM_MOD) && m_mod(c, i, &t, depth))
		abort();
#endif
	if ((gate & GM_MOD) && m_mod(c, i, &t, depth) && t.end > best.end) {
		best = t;
		best.start = -1;
	}
	if (best.end <= i)
		return 0;
	*h = best;
	return 1;
}

/* ---------------------------------------------------------------- */
/* The driver */

static size_t
nw_parse(struct dates *d, const char *s, size_t n, unsigned long long max,
    unsigned long long *v, int *ord)
{
	struct nwmemo *m;
	int k;

	for (k = 0; k < NWMEMO; k++) {
		m = &d->nwm[k];
		if (m->s == s && m->n == n && m->max == max) {
			*v = m->v;
			*ord = m->ord;
			return m->k;
		}
	}
	m = &d->nwm[d->nwnext];
	d->nwnext = (d->nwnext + 1) % NWMEMO;
	m->s = s;
	m->n = n;
	m->max = max;
	m->k = numword_parse(s, n, max, &m->v, &m->ord);
	*v = m->v;
	*ord = m->ord;
	return m->k;
}

static void
emit(struct dates *d, size_t s, size_t e, int type, const char *v)
{
	struct dates_mention *m;
	size_t n;

	if (d->nmen == d->capmen)
		xgrow((void **)&d->men, &d->capmen, d->nmen + 1, sizeof *m);
	m = &d->men[d->nmen++];
	m->start = s;
	m->end = e;
	m->type = type;
	n = strlen(v);
	if (n >= sizeof m->value)
		n = sizeof m->value - 1;
	memcpy(m->value, v, n);
	m->value[n] = '\0';
}

/*
 * Can token i start an expression?  A number, an apostrophe ('90s), a
 * unit glued to a '-', a word that starts expressions; a weak one ("the",
 * "in") only with a number or a strong word within the next four tokens.
 */
static inline int
trigger(const struct ctx *c, int i)
{
	const struct tok *t = &c->t[i];
	int k;

	if (!(t->trig & (T_ALWAYS | T_WEAK | T_UNIT)))
		return 0;
	if ((t->trig & T_UNIT) && isp(c, i + 1, '-') && glued(c, i + 1))
		return 1;
	if (t->trig & T_ALWAYS)
		return 1;
	if (!(t->trig & T_WEAK))
		return 0;
	for (k = i + 1; k < c->n && k <= i + 4; k++)
		if (c->t[k].trig & T_STRONG)
			return 1;
	return 0;
}

/*
 * Join a day and a clock time next to each other: "Sept. 6 at 3 p.m.",
 * "9 a.m. EST Tuesday", "noon Thursday".
 */
static int
merge_time(struct ctx *c, struct hit *h)
{
	struct hit t;
	int j = h->end;

	if (h->gran == G_DAY) {
		if (isf(c, j, F_AT) || isp(c, j, ','))
			j++;
		if (j < c->n && m_time(c, j, &t) && strlen(h->v) == 10) {
			sfmt(h->v + 10, sizeof h->v - 10, "%.16s", t.v);
			h->end = t.end;
			h->type = DT_TIME;
			h->gran = G_OTHER;
			return 1;
		}
		return 0;
	}
	if (h->gran == G_TIMEONLY) {
		if (isp(c, j, ','))
			j++;
		if (isf(c, j, F_ON))
			j++;
		if (j < c->n && (m_weekday(c, j, &t) || m_date(c, j, &t) ||
		    m_rel(c, j, &t) || m_holiday(c, j, &t)) &&
		    t.gran == G_DAY && strlen(t.v) == 10) {
			char tv[40];

			sfmt(tv, sizeof tv, "%s", h->v);
			sfmt(h->v, sizeof h->v, "%.10s%.16s", t.v, tv);
			h->end = t.end;
			h->type = DT_TIME;
			h->gran = G_OTHER;
			return 1;
		}
		/* a time alone: on the reference day */
		{
			char tv[40];

			sfmt(tv, sizeof tv, "%s", h->v);
			if (c->ref->valid) {
				fmt_day(h->v, sizeof h->v, refday(c));
				sfmt(h->v + 10, sizeof h->v - 10, "%.16s",
				    tv);
			} else
				sfmt(h->v, sizeof h->v, "XXXX-XX-XX%.16s",
				    tv);
		}
	}
	return 0;
}

/*
 * Tokens are kept in a sliding window, so memory does not grow with the
 * record: the matchers look at most a few dozen tokens behind and ahead
 * of where they start (tense_at() the farthest, 21 back), so a window
 * that keeps TOK_BACK tokens behind the current one and refills once
 * fewer than TOK_AHEAD remain ahead gives the same answers as tokenizing
 * the whole record.
 */

size_t
dates_tag(struct dates *d, const char *text, size_t len,
    const struct dates_ref *ref, const struct dates_mention **out)
{
	static const struct dates_ref noref;
	struct ctx c;
	struct hit h;
	int i, start, lim;
	size_t drop;

	d->nmen = 0;
	d->ntok = 0;
	d->tpos = 0;
	d->tsp = 1;
	memset(d->nwm, 0, sizeof d->nwm);
	tokenize(d, text, len, TOK_WIN);
	c.d = d;
	c.s = text;
	c.t = d->tok;
	c.n = (int)d->ntok;
	c.ref = ref != NULL ? ref : &noref;
	c.tense_cache_i = -1;
	c.tense_cache_v = 0;
	for (i = 0; ; ) {
		if (i + TOK_AHEAD >= c.n && d->tpos < len) {
			drop = i > TOK_BACK ? (size_t)(i - TOK_BACK) : 0;
			if (drop > 0) {
				memmove(d->tok, d->tok + drop,
				    (d->ntok - drop) * sizeof *d->tok);
				d->ntok -= drop;
				i -= (int)drop;
				c.tense_cache_i = -1;
			}
			tokenize(d, text, len, TOK_WIN);
			c.t = d->tok;
			c.n = (int)d->ntok;
		}
		if (i >= c.n)
			break;
		/* past the tokens that start nothing, up to a refill */
		lim = d->tpos < len ? c.n - TOK_AHEAD : c.n;
		while (i < lim && !(c.t[i].trig & (T_ALWAYS | T_WEAK | T_UNIT)))
			i++;
		if (i >= lim)
			continue;
		if (!trigger(&c, i) || !core(&c, i, &h, 0)) {
			i++;
			continue;
		}
		start = h.start >= i ? h.start : i;
		merge_time(&c, &h);
		emit(d, c.t[start].s, c.t[h.end - 1].e, h.type, h.v);
		i = h.end;
	}
	/* leave the window all sentinels for the next record: as many
	 * slots as this one used, fewer than TOK_PAD for each of a run of
	 * short records */
	if (d->tokhi < d->ntok)
		d->tokhi = d->ntok;
	for (drop = 0; drop < d->tokhi; drop++)
		tok_sentinel(&d->tok[drop]);
	d->tokhi = 0;
	d->ntok = 0;
	*out = d->men;
	return d->nmen;
}
