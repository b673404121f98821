/*
 * dates -- the tag-dates engine's driver (see dates.h): owns dates_new(),
 * dates_tag() and the choice of matcher.  Reads the token window
 * (tokenize.c) and tries at each token that can start an expression the
 * matchers its gate allows, keeping the longest answer; hands on the
 * mentions, in text order, to the caller.
 *
 * How it works: one linear pass splits the text into tokens (words of
 * ASCII letters, digit runs, punctuation; whitespace only sets a flag on
 * the next token) and looks each short word up in one hash set built from
 * the word lists.  Only a token that can start an expression (a number, a
 * month, "last", "the", ...) is tried against the grammar (match-*.c),
 * which reads a few tokens forward and returns the longest expression
 * found there.  Each matcher consumes a bounded number of tokens, so the
 * whole is linear in the text.  Relative expressions are resolved against
 * the reference date, with the tense of the sentence deciding between the
 * last and the next occurrence of "Monday" or "November" (resolve.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates-int.h"
#include "xalloc.h"

struct dates *
dates_new(enum dates_order order)
{
	struct dates *d;
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
	lex_build(d);
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
	d->lastval[0] = '\0';
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
		if (i != 4 && i != 7 && !ascii_isdigit((unsigned char)s[i]))
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

size_t
dates_ascii_len(const struct dates *d)
{
	return d->asciilen;
}

static int core(struct ctx *c, int i, struct hit *h, int depth);

/*
 * A part of the day at j after "early", "late", "mid" at i: "by late
 * afternoon it ended", "mid-afternoon yesterday"; not "late night talks"
 * (see pod_alone_at()), unless a preposition before i says it is a time.
 */
static const struct lex *
pod_after_mod(const struct ctx *c, int i, int j)
{
	const struct lex *lx = pod_alone_at(c, j);

	if (lx == NULL && i > 0 && (isf(c, i - 1, F_BY) || isf(c, i - 1, F_IN) ||
	    isf(c, i - 1, F_AT) || isf(c, i - 1, F_UNTIL) ||
	    isf(c, i - 1, F_SINCE) || isf(c, i - 1, F_DURING) ||
	    isf(c, i - 1, F_FROM)) && !isp(c, j + 1, '-'))
		lx = pod_at(c, j);
	return lx;
}

/* Modifiers around a core: early, late, mid-, the end of, earlier this */
static int
m_mod(struct ctx *c, int i, struct hit *h, int depth)
{
	int j = i, the = 0;
	const struct lex *lx;

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
		/* "late afternoon", "the early morning": as mid-afternoon */
		if (!later && (lx = pod_after_mod(c, i, j)) != NULL) {
			hset(h, j + 1, DT_TIME, "T%s", lx->clock);
			h->gran = G_TIMEONLY;
			return 1;
		}
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
		/* mid-afternoon: on the day next to it, or the reference day
		 * (merge_time()) */
		if (!the && (lx = pod_after_mod(c, i, j)) != NULL) {
			hset(h, j + 1, DT_TIME, "T%s", lx->clock);
			h->gran = G_TIMEONLY;
			return 1;
		}
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
	/* "earlier in the year", "later in the day", "late in the evening" */
	if (isf(c, j, F_IN) && isf(c, j + 1, F_THE)) {
		int u, pl;

		if ((lx = the_pod_at(c, j + 1)) != NULL) {
			hset(h, j + 3, DT_TIME, "T%s", lx->clock);
			h->gran = G_TIMEONLY;
			return 1;
		}
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
			res_anaph(c, h, j + 2, u, 0);
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
unsigned
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
	if ((f & L_DECADE) || id == F_THE)
		g |= GM_DECADE;
	if ((f & L_NUMW) || FID_IN(id, F_FISCAL, F_THE))
		g |= GM_YEAR;
	if ((f & L_HOL) || FID_IN(id, F_LAST, F_NEXT, F_THIS))
		g |= GM_HOLIDAY;
	if ((f & L_WDAY) || FID_IN(id, F_LAST, F_NEXT, F_THIS, F_PAST,
	    F_COMING, F_PREVIOUS, F_FOLLOWING))
		g |= GM_WEEKDAY;
	if ((f & L_UNIT) || FID_IN(id, F_TODAY, F_YESTERDAY, F_TOMORROW,
	    F_TONIGHT, F_NOW, F_CURRENTLY, F_RECENTLY, F_THIS, F_LAST, F_NEXT,
	    F_RECENT, F_COMING, F_THE, F_FUTURE, F_CURRENT, F_PAST,
	    F_PREVIOUS, F_FOLLOWING, F_AT, F_THEN, F_THAT, F_THESE, F_THOSE,
	    F_A))
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
	    F_A, F_AN, F_SEVERAL, F_FEW, F_MANY, F_SOME, F_HALF, F_COUPLE))
		g |= GM_COUNT;
	if ((f & (L_SET | L_WDAY)) || FID_IN(id, F_PER, F_EVERY, F_EACH))
		g |= GM_SET;
	if (f & L_CLOCK)
		g |= GM_TIME;
	if (f & L_MONTH)
		g |= GM_MONTH;
	if ((f & L_UNIT) || FID_IN(id, F_FOR, F_IN, F_OVER, F_WITHIN, F_THE,
	    F_TOOK, F_TAKE, F_TAKES, F_LASTED, F_LASTING, F_WAITED, F_SPENT))
		g |= GM_BAREUNIT;
	if (FID_IN(id, F_THE, F_EARLY, F_LATE, F_EARLIER, F_LATER, F_MID))
		g |= GM_MOD;
	return g;
}

/*
 * The gate of a number at t, read off its neighbours (t[-1] and t[1] are
 * tokens or sentinels):
 *
 * - a number not clean before ("3.5", "$7", "1,200": clean_num_before()
 *   says no) starts nothing that needs it clean: no date, year, clock
 *   time or count; only an ordinal (a word glued after it: "3.2nd
 *   quarter", "2.19th century", "1.100th day") is left, and a year
 *   range's second year ("1990-1995"), so a '-' before it opens the gate;
 * - a number before a word the lexicon does not know ("5 billion", "14
 *   stores", "£2bn") is no day before a month, no quarter, decade or
 *   count before a unit (every one of those reads a known word next): a
 *   year when the word is spaced ("in 2015 sales"), a clock time when
 *   the word is "p" of "p.m." ("10 p.m.", "10p.m.");
 * - a number before a character that joins no date, time or count to
 *   it (not . : / - , or an apostrophe: "(2019)", "12%", "5 —", the end
 *   of the text) can only be a year.
 */
static unsigned
num_gate(const struct tok *t)
{
	const struct tok *nx = t + 1;

	if (!(t->fl & TF_CLEANB) && !(t[-1].kind == K_PUNCT &&
	    t[-1].ch == '-'))
		return nx->kind == K_WORD ? GM_QUARTER | GM_DECADE |
		    GM_COUNT : 0;
	if (nx->kind == K_WORD && nx->lex < 0)
		return (nx->fl & TF_SP) ? GM_YEAR | GM_TIME : GM_TIME;
	if (nx->kind == K_OTHER || (nx->kind == K_PUNCT && nx->ch != '.' &&
	    nx->ch != ':' && nx->ch != '/' && nx->ch != '-' &&
	    nx->ch != ',' && nx->ch != '\''))
		return GM_YEAR;
	return GM_NUM;
}

/* The gate of token i: no matcher starts at other tokens. */
static unsigned
tok_gate(const struct ctx *c, int i)
{
	const struct tok *t = &c->t[i];

	if (t->kind == K_NUM)
		return num_gate(t);
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

#ifndef DATES_GATE_CHECK
	if (gate == 0)		/* "$7", "3.5": nothing starts here */
		return 0;
#endif
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
	if ((type == DT_DATE || type == DT_TIME) && ascii_isdigit(v[0]))
		d->lastdate = (long)d->nmen - 1;	/* see note_dates() */
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

	if (!(t->trig & (T_ALWAYS | T_WEAK | T_UNIT)))
		return 0;
	if ((t->trig & T_UNIT) && ((isp(c, i + 1, '-') && glued(c, i + 1)) ||
	    year_end_at(c, i)))
		return 1;
	if (t->trig & T_ALWAYS)
		return 1;
	if (!(t->trig & T_WEAK))
		return 0;
	/* past the window's last token come sentinels, with no T_ bits */
	return ((t[1].trig | t[2].trig | t[3].trig | t[4].trig) &
	    T_STRONG) != 0;
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
		const struct lex *lx;

		/* "Tuesday in the morning" */
		if (isf(c, j, F_IN) && (lx = the_pod_at(c, j + 1)) != NULL &&
		    strlen(h->v) == 10) {
			sfmt(h->v + 10, sizeof h->v - 10, "T%s", lx->clock);
			h->end = j + 3;
			h->type = DT_TIME;
			h->gran = G_OTHER;
			return 1;
		}
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
	d->lastdate = -1;
	d->ntok = 0;
	d->tpos = 0;
	d->tsp = 1;
	d->asciilen = SIZE_MAX;
	if (d->nwmset) {	/* most texts parse no number word */
		memset(d->nwm, 0, sizeof d->nwm);
		d->nwmset = 0;
	}
	tokenize(d, text, len);
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
			tokenize(d, text, len);
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
	note_dates(d);
	if (d->asciilen > len)
		d->asciilen = len;
	/* the slots this record used stay dirty (up to tokhi): the next
	 * record's tokens overwrite most of them, and its tokenize() writes
	 * sentinels over the rest, as after every refill */
	if (d->tokhi < d->ntok)
		d->tokhi = d->ntok;
	d->ntok = 0;
	*out = d->men;
	return d->nmen;
}
