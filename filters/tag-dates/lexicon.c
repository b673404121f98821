/*
 * lexicon -- owns the word tables: the grammar words, the number words
 * that start a count, and the word lists (the .txt files beside it and
 * common/months.txt, weekdays.txt, zones.txt).  Reads them once, in
 * lex_build(); hands on struct lex entries in d->lex and the hash table
 * d->words that the tokenizer looks each word up in.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates-int.h"
#include "numword.h"
#include "wordlist.h"
#include "xalloc.h"

WORDLIST(months);		/* common/: calwords.h reads them too */
WORDLIST(weekdays);
WORDLIST(zones);
WORDLIST(units);
WORDLIST(seasons);
WORDLIST(sets);
WORDLIST(dayparts);
WORDLIST(holidays);
WORDLIST(lunar_new_year);
WORDLIST(tense);
WORDLIST(not_year);
WORDLIST(decades);

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
	[F_CALENDAR] = "calendar", [F_TIME] = "time", [F_TOOK] = "took",
	[F_TAKE] = "take", [F_TAKES] = "takes", [F_LASTED] = "lasted",
	[F_LASTING] = "lasting", [F_WAITED] = "waited", [F_SPENT] = "spent",
	[F_FOLLOWED] = "followed", [F_PERCENT] = "percent", [F_THEN] = "then",
	[F_SEASONW] = "season", [F_WHILE] = "while", [F_THESE] = "these",
	[F_THOSE] = "those", [F_DATEW] = "date",
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
	F_HALF, F_FOR, F_IN, F_WITHIN, F_TOOK, F_TAKE, F_TAKES, F_LASTED,
	F_LASTING, F_WAITED, F_SPENT, F_THEN, F_THAT, F_THESE, F_THOSE
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
	F_FINAL, F_EVERY, F_EACH, F_MID, F_WITHIN, F_TOOK,
	F_TAKE, F_TAKES, F_LASTED, F_LASTING, F_WAITED, F_SPENT, F_THAT,
	F_THESE, F_THOSE
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

/* Hash a lower-case word of at most 15 bytes, NUL-padded to 16. */
static uint32_t
whash(const char *w)
{
	return whash2(ascii_word8(w), ascii_word8(w + 8));
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
		key[i] = (char)ascii_lower((unsigned char)w[i]);
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
set_decade(struct lex *lx, const char *line, size_t n)
{
	const char *f;
	size_t fn;

	if (wl_field(line, n, 1, &f, &fn))
		lx->decade = (uint8_t)atoi(f);
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
		if (ascii_isalpha((unsigned char)p[i]))
			while (j < n && ascii_isalpha((unsigned char)p[j]))
				j++;
		else if (ascii_isdigit((unsigned char)p[i]))
			while (j < n && ascii_isdigit((unsigned char)p[j]))
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

/*
 * Build the lexicon of d: the grammar words, the number words and the
 * word lists, each word's flags, and what the tokenizer and the gates
 * read off a word (trig, gate, its number-word parse).
 */
void
lex_build(struct dates *d)
{
	struct lex *lx;
	size_t i;

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
	load_list(d, wl_decades, wl_decades_len, L_DECADE, set_decade);
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
		    lx->fid == F_TIME || lx->fid == F_SEASONW ||
		    lx->fid == F_PAST || lx->fid == F_PERIOD ||
		    lx->fid == F_TERM || lx->fid == F_WHILE ||
		    lx->fid == F_DATEW)
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
}
