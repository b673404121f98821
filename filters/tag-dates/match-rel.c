/*
 * match-rel -- owns the matchers of relative expressions: weekdays ("last
 * Friday", "Monday morning"), "today", "next week", "two years ago",
 * "the past month", weekends.  Reads tokens, resolves through resolve.c;
 * hands on a struct hit to core() in dates.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates-int.h"

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

/* Is token i the word w (lower case), in any case? */
static int
word_eq(const struct ctx *c, int i, const char *w)
{
	return isword(c, i) && ascii_is(c->s + c->t[i].s, c->t[i].e - c->t[i].s,
	    w);
}

/* "as early as", "as soon as" before i: a date yet to come. */
static int
as_early_as(const struct ctx *c, int i)
{
	return i >= 3 && (isf(c, i - 2, F_EARLY) || (isword(c, i - 2) &&
	    c->t[i - 2].e - c->t[i - 2].s == 4 && word_eq(c, i - 2, "soon"))) &&
	    word_eq(c, i - 1, "as") && word_eq(c, i - 3, "as");
}

/* A day of the week alone: "on Friday", "last Friday", "next Monday". */
int
m_weekday(struct ctx *c, int i, struct hit *h)
{
	int j = i, dir = 0, strict = 0;
	const struct lex *lx;

	if (isf(c, j, F_PREVIOUS) || isf(c, j, F_FOLLOWING)) {
		/* "the previous Friday", "the following Monday": anaphoric
		 * (the span starts here, after "the": no matcher of days
		 * starts at "the", which is frequent) */
		dir = isf(c, j, F_PREVIOUS) ? -1 : 1;
		strict = 2;
		j++;
	} else if (isf(c, j, F_LAST) || isf(c, j, F_NEXT) || isf(c, j, F_THIS) ||
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
		dir = skip_poss(c, j) > j + 1 ? -1 : as_early_as(c, i) ? 1 :
		    tdir(c, i, -1);
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

/* "the quarter", "that quarter": the one the report is about. */
static void
res_lastq(struct ctx *c, struct hit *h, int end)
{
	if (c->d->lastq_q)
		hset(h, end, DT_DATE, "%04d-Q%d", c->d->lastq_y,
		    c->d->lastq_q);
	else if (!c->ref->valid)
		hset(h, end, DT_DATE, "XXXX-QX");
	else
		res_quarter(c, h, end, -1);
}

/*
 * "current" before a noun ("current market conditions", "his current
 * wife") is the present (TimeML PRESENT_REF), but not in the accounting
 * terms "current account", "current assets", "current liabilities".
 */
static int
current_adj(const struct ctx *c, int i)
{
	static const char *const terms[] = { "account", "accounts",
	    "assets", "liabilities", "ratio", "affairs", "events" };
	size_t k;
	int pl;

	if (!isf(c, i, F_CURRENT) || glued_alnum(c, i) || !isword(c, i + 1) ||
	    glued(c, i + 1) || unit_at(c, i + 1, &pl) != U_NONE ||
	    isf(c, i + 1, F_FISCAL) || LX(c, i + 1) != NULL)
		return 0;
	for (k = 0; k < sizeof terms / sizeof terms[0]; k++)
		if (word_eq(c, i + 1, terms[k]))
			return 0;
	return 1;
}

/*
 * Relative expressions: today, yesterday, now, "last week", "this
 * year", "next month", "the past year", "recent years", "the future",
 * "a year ago", "the year-earlier quarter", "the latest quarter",
 * "these days", "a later date", "for the week,".
 */
int
m_rel(struct ctx *c, int i, struct hit *h)
{
	int j = i, u, pl, d;
	size_t n;
	const struct lex *lx = LX(c, i);

	if (lx == NULL)
		return 0;
	/* "(at) a later date", "a future date": some time after, as the
	 * future (TimeML FUTURE_REF) */
	if (isf(c, i, F_A)) {
		if (!(isf(c, i + 1, F_LATER) || isf(c, i + 1, F_FUTURE)) ||
		    !isf(c, i + 2, F_DATEW) || glued_alnum(c, i + 2) ||
		    isp(c, i + 3, '-'))
			return 0;
		hset(h, i + 3, DT_DATE, "FUTURE_REF");
		return 1;
	}
	/* "these days": the present; "(in) those days": the past */
	if (isf(c, i, F_THESE) || isf(c, i, F_THOSE)) {
		if (unit_at(c, i + 1, &pl) != U_D || !pl ||
		    isp(c, i + 2, '-') || isp(c, i + 2, '\''))
			return 0;
		hset(h, i + 2, DT_DATE, isf(c, i, F_THESE) ? "PRESENT_REF" :
		    "PAST_REF");
		return 1;
	}
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
	/* "at the time" in a past sentence: the time then (the span "the time") */
	if (isf(c, i, F_AT) && isf(c, i + 1, F_THE) && isf(c, i + 2, F_TIME) &&
	    !isf(c, i + 3, F_OF) && !isp(c, i + 3, '-') &&
	    tense_at(c, i, i + 3) == TN_PAST) {
		hset(h, i + 3, DT_DATE, "PAST_REF");
		h->start = i + 1;
		return 1;
	}
	/*
	 * "then" for a time in the past: "the then chairman", "then-
	 * president", "prices were lower then." (at the end of a clause of
	 * a past sentence; not "and then", "since then", "until then")
	 */
	if (isf(c, i, F_THEN) && !glued_alnum(c, i) && i > 0 &&
	    ((isf(c, i - 1, F_THE) && isword(c, i + 1)) ||
	    (isp(c, i + 1, '-') && glued(c, i + 1) && isword(c, i + 2) &&
	    glued(c, i + 2)) ||
	    (isword(c, i - 1) && !isf(c, i - 1, F_AND) &&
	    !isf(c, i - 1, F_SINCE) && !isf(c, i - 1, F_UNTIL) &&
	    !isf(c, i - 1, F_UNTIL2) && !isf(c, i - 1, F_BY) &&
	    !word_eq(c, i - 1, "but") && !word_eq(c, i - 1, "or") &&
	    (i + 1 >= c->n || isp(c, i + 1, '.') || isp(c, i + 1, ',') ||
	    isp(c, i + 1, ';')) && tense_at(c, i, i + 1) == TN_PAST))) {
		hset(h, i + 1, DT_DATE, "PAST_REF");
		return 1;
	}
	if (current_adj(c, i)) {
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
	/* "in the morning", "during the night": on the reference day */
	if (isf(c, i - 1, F_IN) || isf(c, i - 1, F_DURING)) {
		const struct lex *pod = the_pod_at(c, i);

		if (pod != NULL) {
			hset(h, i + 2, DT_TIME, "T%s", pod->clock);
			h->gran = G_TIMEONLY;
			return 1;
		}
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
	/*
	 * recent years, coming weeks; "in recent weeks" measures time: a
	 * duration of some weeks (TimeML PXW)
	 */
	if ((isf(c, i, F_RECENT) || isf(c, i, F_COMING)) &&
	    (u = unit_at(c, i + 1, &pl)) != U_NONE && pl && u >= U_D) {
		if (isf(c, i - 1, F_IN) && !isf(c, i + 2, F_AND)) {
			hset(h, i + 2, DT_DURATION, "");
			fmt_dur(h->v, sizeof h->v, -1, 0, u);
			return 1;
		}
		hset(h, i + 2, DT_DATE, isf(c, i, F_RECENT) ? "PAST_REF" :
		    "FUTURE_REF");
		return 1;
	}
	/*
	 * "year-end" (results, prices: the closing day, Dec. 31); "by year
	 * end", "by year's end": the end of the year, which TimeML writes as
	 * the year (MOD END), as for "the end of the year"
	 */
	if (unit_at(c, i, &pl) == U_Y && !pl && (j = year_end_at(c, i)) > i) {
		if (c->ref->valid)
			hset(h, j, DT_DATE, isp(c, i + 1, '-') ? "%04d-12-31" :
			    "%04d", c->ref->y);
		else
			hset(h, j, DT_DATE, isp(c, i + 1, '-') ? "XXXX-12-31" :
			    "XXXX");
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
	/* that year, that same day: the one the text last named */
	if (isf(c, i, F_THAT)) {
		j = isf(c, i + 1, F_SAME) ? i + 2 : i + 1;
		if ((u = unit_at(c, j, &pl)) < U_D || pl || u == U_WE ||
		    isp(c, j + 1, '-') || isp(c, j + 1, '\''))
			return 0;
		if (u == U_Q)
			res_lastq(c, h, j + 1);
		else
			res_anaph(c, h, j + 1, u, 0);
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
	/* this fiscal year, last fiscal year */
	if (d >= -1 && d <= 1 && isf(c, j + 1, F_FISCAL) &&
	    unit_at(c, j + 2, &pl) == U_Y && !pl && !isp(c, j + 3, '-') &&
	    !isnum(c, j + 3)) {
		res_year(c, h, j + 3, d);
		return 1;
	}
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
		/*
		 * "the past decade", "over the next decade": a duration
		 * where time is measured
		 */
		if ((u == U_DE || u == U_C) && j > i && (d == -1 ||
		    (d == 1 && (isf(c, i - 1, F_OVER) ||
		    isf(c, i - 1, F_DURING) || isf(c, i - 1, F_FOR) ||
		    isf(c, i - 1, F_WITHIN) || isf(c, i - 1, F_THROUGH))))) {
			hset(h, e, DT_DURATION, u == U_DE ? "P10Y" : "P100Y");
			return 1;
		}
		/* "the past year" is the year before; "the past week" too */
		if (j > i && (isf(c, j, F_PREVIOUS) || isf(c, j, F_FOLLOWING))) {
			/* "the following year": after the one last named */
			res_anaph(c, h, e, u, d);
			return 1;
		}
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
		res_lastq(c, h, i + 2);
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
	/*
	 * "For the week, the index fell", "the week's most active session":
	 * the week the text is at (of the day it last named, or the
	 * reference's); "the week ended Friday" measures one, as the year
	 */
	if (isf(c, i, F_THE) && unit_at(c, i + 1, &pl) == U_W && !pl &&
	    !isp(c, i + 2, '-')) {
		if (isf(c, i + 2, F_ENDED) || isf(c, i + 2, F_ENDING)) {
			if (!isf(c, i - 1, F_FOR) && !isf(c, i - 1, F_IN))
				return 0;
			hset(h, i + 2, DT_DURATION, "P1W");
			return 1;
		}
		if ((isf(c, i - 1, F_FOR) && (i + 2 >= c->n ||
		    isp(c, i + 2, ',') || isp(c, i + 2, '.') ||
		    isp(c, i + 2, ';'))) || skip_poss(c, i + 1) > i + 2) {
			res_anaph(c, h, i + 2, U_W, 0);
			return 1;
		}
		return 0;
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
int
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
