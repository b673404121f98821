/*
 * match-count -- owns the matchers of counted and clock expressions:
 * durations ("three years", "for decades"), sets ("every week",
 * "daily"), clock times ("3 p.m. EST", "noon").  Reads tokens through
 * pieces.c; hands on a struct hit to core() in dates.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dates-int.h"

/* A word before "a year" that makes it a rate: a plural noun, "million". */
int
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

/* "additional", "extra", "further": a word that adds to a count. */
static int
more_word(const struct ctx *c, int i)
{
	static const char *const w[] = { "additional", "extra", "further" };
	size_t n, k;

	if (!isword(c, i) || c->t[i].lex >= 0 || glued_alnum(c, i))
		return 0;
	n = c->t[i].e - c->t[i].s;
	for (k = 0; k < sizeof w / sizeof w[0]; k++)
		if (ascii_is(c->s + c->t[i].s, n, w[k]))
			return 1;
	return 0;
}

/*
 * The token after a unit at i, "-long" included ("a day-long strike"),
 * and after a plural "-old" ("a years-old slump"; "10-year-old" is an
 * age, see m_count()).
 */
static int
long_after(const struct ctx *c, int i, int pl)
{
	if (isp(c, i + 1, '-') && glued(c, i + 1) && (isf(c, i + 2, F_LONG) ||
	    (pl && isf(c, i + 2, F_OLD))) && glued(c, i + 2) &&
	    !glued_alnum(c, i + 2))
		return i + 3;
	return i + 1;
}

/*
 * "the second day", "the 100th day (of the strike)": the day the text is
 * at, the last one it named (or the reference day).
 */
static int
ordinal_day(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, d, n, pl, ord;
	unsigned long long v;
	size_t k;
	const char *sfx;

	if (isf(c, j, F_THE) || isf(c, j, F_ITS))
		j++;
	/* an ordinal ends in -st, -nd, -rd, -th, or is 1st, 2nd...; then
	 * "day" (rare here) before the parse */
	if (isnum(c, j))
		n = j + 1;
	else if (isword(c, j) && c->t[j].e - c->t[j].s >= 3)
		n = j;
	else
		return 0;
	if (!isword(c, n) || c->t[n].e - c->t[n].s < 2)
		return 0;
	sfx = c->s + c->t[n].e - 2;
	if (!ascii_is(sfx, 2, "th") && !ascii_is(sfx, 2, "nd") &&
	    !ascii_is(sfx, 2, "rd") && !ascii_is(sfx, 2, "st"))
		return 0;
	for (d = j + 1; d <= j + 3; d++)
		if (unit_at(c, d, &pl) == U_D && !pl)
			break;
	if (d > j + 3 || (isp(c, d + 1, '-') && glued(c, d + 1)))
		return 0;
	if (ord4_at(c, j, &e))
		;
	else if (isnum(c, j) && (e = ordsuffix(c, j + 1)) > j + 1)
		;
	else if (isword(c, j) && LX(c, j) != NULL && (LX(c, j)->f & L_NUMW) &&
	    (k = nw_tok(c, j, 1000, &v, &ord)) > 0 && ord)
		for (e = j; e < c->n && c->t[e].e <= c->t[j].s + k; e++)
			;
	else
		return 0;
	if (e != d)
		return 0;
	res_anaph(c, h, e + 1, U_D, 0);
	return 1;
}

/*
 * Counts of units: durations ("three days", "the past two months", "a
 * decade", "16-hour", "at least 72 hours") and anchored offsets ("two
 * years ago", "a year earlier", "three days later", "in three days").
 */
int
m_count(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, u, pl, half, dir = 0, hasthe = 0, hyph = 0, mod = 0;
	int added = 0;
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
		/* "the past year", "the last week" are m_rel's; "the
		 * eighth day", "the 100th day", "the first day" (its
		 * "first" taken above) are ordinal_day()'s */
		if (isnum(c, j) || (LX(c, j) != NULL && (LX(c, j)->f &
		    (L_NUMW | L_UNIT))))
			return ordinal_day(c, i, h);
		return 0;
	}
	if (isf(c, j, F_SOME) && (j > i))
		return 0;
	/* "an additional year", "a further three months", "a full day" */
	if ((isf(c, j, F_A) || isf(c, j, F_AN)) && e == j + 1 &&
	    (isf(c, e, F_FULL) || more_word(c, e))) {
		long n2;
		int half2, e2;

		if (count_at(c, e + 1, &n2, &half2, &e2) &&
		    !isf(c, e + 1, F_A) && !isf(c, e + 1, F_AN)) {
			n = n2;
			half = half2;
			e = e2;
		} else
			e++;
		added = 1;	/* not a rate ("$5 a year") */
	}
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
	if (isp(c, e + 1, '-') && glued(c, e + 1) && (isf(c, e + 2, F_EARLIER) ||
	    isf(c, e + 2, F_AGO)))
		return 0;	/* "a year-earlier loss": m_yearago() */
	/* "several years", "several-year"; not "several year" */
	if ((isf(c, j, F_SOME) || isf(c, j, F_MANY) ||
	    isf(c, j, F_SEVERAL) || (isf(c, j, F_A) &&
	    isf(c, j + 1, F_FEW))) && !pl && !hyph)
		return 0;
	/* "a months-long siege": the unit measures, not "a" */
	if ((isf(c, j, F_A) || isf(c, j, F_AN)) && e == j + 1 && pl)
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
	/* "a minute and a half", "two years and a half" */
	if (!half && n > 0 && isf(c, e + 1, F_AND) && (isf(c, e + 2, F_A) ||
	    isf(c, e + 2, F_AN)) && isf(c, e + 3, F_HALF) &&
	    !glued_alnum(c, e + 3)) {
		half = 1;
		e += 3;
	}
	/* "a day-long strike": the adjective alone is the span */
	if (long_after(c, e, pl) > e + 1 && e == j + 1 && (isf(c, j, F_A) ||
	    isf(c, j, F_AN)))
		h->start = e;
	e = long_after(c, e, pl);
	/* anchored: ago, earlier, later, from now */
	if (!hasthe && !mod && (isf(c, e, F_AGO) || isf(c, e, F_EARLIER) ||
	    isf(c, e, F_LATER) || isf(c, e, F_HENCE) ||
	    (isf(c, e, F_FROM) && isf(c, e + 1, F_NOW)))) {
		int end = isf(c, e, F_FROM) ? e + 2 : e + 1;

		/*
		 * "ten years from now": the duration, and "now" its own
		 * PRESENT_REF, as TimeML annotates it (and as "from
		 * today" is read)
		 */
		if (isf(c, e, F_FROM))
			goto duration;
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
	    !added && i > 0 && (isnum(c, i - 1) || isp(c, i - 1, '%') ||
	    rate_word(c, i - 1)))
		return 0;
	fmt_dur(h->v, sizeof h->v, n, half, u);
	h->end = e;
	h->type = DT_DURATION;
	h->gran = G_OTHER;
	return 1;
}

/*
 * Bare plurals that measure time: "for years", "in decades", "within
 * weeks", "it took minutes", "talks lasted days", and "the days before
 * the vote", "the years that followed" (the span is the unit alone);
 * "for some time", "for a while" (the span without "for"); "the first
 * hours", "the early years", "the final weeks" (the whole phrase).
 */
int
m_bareunit(struct ctx *c, int i, struct hit *h)
{
	int u, pl, j = i + 1;

	if (isf(c, i, F_THE)) {
		/* "the first hours (of the war)", "the early years", "the
		 * final weeks": some of them, the whole phrase ("the early
		 * hours (of Thursday)" are a time of the night, not this) */
		if (isf(c, j, F_FIRST) || isf(c, j, F_EARLY) ||
		    isf(c, j, F_FINAL)) {
			u = unit_at(c, j + 1, &pl);
			if (u < U_MI || !pl || u == U_WE || u == U_Q ||
			    isp(c, j + 2, '-') || (u < U_D &&
			    isf(c, j, F_EARLY)))
				return 0;
			fmt_dur(h->v, sizeof h->v, -1, 0, u);
			h->end = j + 2;
			h->type = DT_DURATION;
			h->gran = G_OTHER;
			return 1;
		}
		u = unit_at(c, j, &pl);
		if (u < U_D || !pl || u == U_WE || u == U_Q)
			return 0;
		/* "the weeks ahead": the whole phrase, some weeks */
		if (isword(c, j + 1) && ascii_is(c->s + c->t[j + 1].s,
		    c->t[j + 1].e - c->t[j + 1].s, "ahead") &&
		    !glued_alnum(c, j + 1)) {
			fmt_dur(h->v, sizeof h->v, -1, 0, u);
			h->end = j + 2;
			h->type = DT_DURATION;
			h->gran = G_OTHER;
			return 1;
		}
		if (!(isf(c, j + 1, F_BEFORE) || isf(c, j + 1, F_AFTER) ||
		    isf(c, j + 1, F_SINCE) || (isf(c, j + 1, F_THAT) &&
		    isf(c, j + 2, F_FOLLOWED))))
			return 0;
		goto bare;
	}
	/* "decades-long", "months-long": some of them; "their third
	 * day-long meeting", "his year-long campaign": one (after "a" it is
	 * m_count()'s; not the end of "12-hour-long") */
	if ((u = unit_at(c, i, &pl)) >= (pl ? U_D : U_MI) && u != U_WE &&
	    u != U_Q && (pl || !isp(c, i - 1, '-') || !glued(c, i)) &&
	    (j = long_after(c, i, pl)) > i + 1) {
		fmt_dur(h->v, sizeof h->v, pl ? -1 : 1, 0, u);
		h->end = j;
		h->type = DT_DURATION;
		h->gran = G_OTHER;
		return 1;
	}
	j = i + 1;
	if (!(isf(c, i, F_FOR) || isf(c, i, F_IN) || isf(c, i, F_OVER) ||
	    isf(c, i, F_WITHIN) || isf(c, i, F_TOOK) || isf(c, i, F_TAKE) ||
	    isf(c, i, F_TAKES) || isf(c, i, F_LASTED) ||
	    isf(c, i, F_LASTING) || isf(c, i, F_WAITED) ||
	    isf(c, i, F_SPENT)))
		return 0;
	/* "for some time": a while, how long unsaid (the span "some time") */
	if (isf(c, i, F_FOR) && isf(c, j, F_SOME) && isf(c, j + 1, F_TIME) &&
	    !glued_alnum(c, j + 1) && !isp(c, j + 2, '-')) {
		hset(h, j + 2, DT_DURATION, "PXX");
		h->start = j;
		return 1;
	}
	/* "for a while": the same, TimeML's PXX on "a while" */
	if (isf(c, i, F_FOR) && isf(c, j, F_A) && isf(c, j + 1, F_WHILE) &&
	    !glued_alnum(c, j + 1) && !isp(c, j + 2, '-')) {
		hset(h, j + 2, DT_DURATION, "PXX");
		h->start = j;
		return 1;
	}
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
	/* minutes and hours only where the verb says time passed */
	if ((u < U_D && !(u >= U_MI && !isf(c, i, F_FOR) &&
	    !isf(c, i, F_IN) && !isf(c, i, F_OVER))) || !pl || u == U_WE ||
	    u == U_Q)
		return 0;
	if (isf(c, j + 1, F_OF) || isf(c, j + 1, F_AGO))
		return 0;
bare:
	fmt_dur(h->v, sizeof h->v, -1, 0, u);
	h->end = j + 1;
	h->type = DT_DURATION;
	h->gran = G_OTHER;
	h->start = j;		/* the span starts at the unit */
	return 1;
}

/* Sets: every day, each Thursday, every other week, daily, Mondays. */
int
m_set(struct ctx *c, int i, struct hit *h)
{
	const struct lex *lx = LX(c, i);
	int j, u, pl, e, half;
	long n;

	if (lx == NULL)
		return 0;
	if ((lx->f & L_SET) && !glued_alnum(c, i) && !isp(c, i + 1, '-') &&
	    !(c->t[i].fl & TF_NONASCII)) {
		/* "rise 8% annually": a rate of growth, not a set */
		if (i > 0 && (isp(c, i - 1, '%') || isf(c, i - 1, F_PERCENT)))
			return 0;
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
	/* "each season" (of a sport, a fashion year): once a year */
	if (n == 1 && isf(c, j, F_SEASONW)) {
		hset(h, j + 1, DT_SET, "P1Y");
		return 1;
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

/* Does a word before numeral i, or a zone after j, say "a clock time"? */
static int
clock_cue(const struct ctx *c, int i, int j)
{
	const struct lex *lx = LX(c, j);

	return isf(c, i - 1, F_AT) || isf(c, i - 1, F_BY) ||
	    isf(c, i - 1, F_UNTIL) || isf(c, i - 1, F_FROM) ||
	    isf(c, i - 1, F_AROUND) || isf(c, i - 1, F_ABOUT) ||
	    isf(c, i - 1, F_AFTER) || isf(c, i - 1, F_BEFORE) ||
	    (lx != NULL && (lx->f & L_TZ));
}

/*
 * Clock times: 3pm, 10 a.m., 10.30am, 15:30, noon, midnight, "4 in the
 * morning", "9 o'clock", with an optional time zone; and h:mm:ss with no
 * cue of a clock time as a duration ("won in 2:15:09": PT2H15M9S).
 */
int
m_time(struct ctx *c, int i, struct hit *h)
{
	int j, hh = -1, mm = 0, ss = -1, ampm = 0, e;
	const struct lex *lx;

	lx = LX(c, i);
	if (lx != NULL && (lx->f & L_CLOCK) && !glued_alnum(c, i)) {
		if (sscanf(lx->clock, "%d:%d", &hh, &mm) != 2)
			return 0;
		/* "high noon": the idiom (a showdown, the film), no time */
		if (i > 0 && isword(c, i - 1) && ascii_is(c->s + c->t[i - 1].s,
		    c->t[i - 1].e - c->t[i - 1].s, "high"))
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
		    isnum(c, j + 1) && glued(c, j + 1) && c->t[j + 1].nd == 2) {
			ss = (int)c->t[j + 1].num;
			j += 2;	/* seconds */
		}
	} else if (isp(c, j, '.') || isp(c, j, ':'))
		mm = -1;
	/* am / pm / a.m. / p.m. */
	if (isf(c, j, F_AM) || isf(c, j, F_PM)) {
		if (!glued_alnum(c, j)) {
			ampm = isf(c, j, F_AM) ? 1 : 2;
			j++;
		}
	} else if (isword(c, j) && c->t[j].e - c->t[j].s == 1 &&
	    (ascii_is(c->s + c->t[j].s, 1, "a") ||
	    ascii_is(c->s + c->t[j].s, 1, "p")) && isp(c, j + 1, '.') &&
	    glued(c, j + 1) && isf(c, j + 2, F_M_) && glued(c, j + 2)) {
		ampm = ascii_is(c->s + c->t[j].s, 1, "a") ? 1 : 2;
		j += 3;
		if (isp(c, j, '.') && glued(c, j))
			j++;
	}
	if (mm < 0)
		return 0;
	if (ss >= 0 && ss <= 59 && !ampm && !clock_cue(c, i, j) &&
	    clean_num_after(c, j)) {
		char *o = h->v;

		o += sprintf(o, "PT");
		if (hh > 0)
			o += sprintf(o, "%dH", hh);
		if (mm > 0)
			o += sprintf(o, "%dM", mm);
		if (ss > 0 || (hh == 0 && mm == 0))
			sprintf(o, "%dS", ss);
		h->end = j;
		h->type = DT_DURATION;
		h->gran = G_OTHER;
		return 1;
	}
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
		if (!(c->t[i].nd == 2 || clock_cue(c, i, j)))
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
