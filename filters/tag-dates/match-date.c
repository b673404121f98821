/*
 * match-date -- owns the matchers of named dates: full and numeric dates,
 * months, years, decades and centuries, quarters and halves, seasons,
 * holidays.  Reads tokens through pieces.c; hands on a struct hit (the
 * expression's end, type and value) to core() in dates.c.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "dates-int.h"

/*
 * Remember the quarter a report is about.  Once a quarter that is over
 * has been named, one not over by the reference date ("a fourth-quarter
 * charge" in a November report on the third quarter) is a forecast, not
 * the subject: it does not replace it.
 */
static void
note_quarter(struct ctx *c, int y, int q)
{
	if (c->d->lastq_q && c->ref->valid && (y > c->ref->y ||
	    (y == c->ref->y && q >= (c->ref->m - 1) / 3 + 1)))
		return;
	c->d->lastq_y = y;
	c->d->lastq_q = q;
}

/* A four-digit year at i, whatever follows it ("2019-Q1"). */
static inline int
year_at_loose(const struct ctx *c, int i, int *end)
{
	if (!isnum(c, i) || c->t[i].nd != 4 || c->t[i].num < 1000 ||
	    c->t[i].num > 2999 || !clean_num_before(c, i))
		return 0;
	*end = i + 1;
	return 1;
}

/* The token after the k bytes nw_tok() read from token i. */
static int
tok_past(const struct ctx *c, int i, size_t k)
{
	int e;

	for (e = i; e < c->n && c->t[e].e <= c->t[i].s + k; e++)
		;
	return e;
}

/*
 * A year in words at i: "nineteen ninety-six" (a number from eleven to
 * twenty, then one from ten to ninety-nine).  Returns it, 0 for none,
 * and the token after it in *end.
 */
static int
year_words_at(const struct ctx *c, int i, int *end)
{
	unsigned long long v, v2;
	int ord, e;
	size_t k;

	if (!isword(c, i) || LX(c, i) == NULL || !(LX(c, i)->f & L_NUMW))
		return 0;
	k = nw_tok(c, i, 1000, &v, &ord);
	if (k == 0 || ord || v < 11 || v > 20)
		return 0;
	e = tok_past(c, i, k);
	if (!isword(c, e) || LX(c, e) == NULL || !(LX(c, e)->f & L_NUMW))
		return 0;
	k = nw_tok(c, e, 100, &v2, &ord);
	if (k == 0 || ord || v2 < 10 || v2 > 99)
		return 0;
	*end = tok_past(c, e, k);
	return (int)(v * 100 + v2);
}

/* The year of quarter q named without one. */
int
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
int
m_quarter(struct ctx *c, int i, struct hit *h)
{
	int j = i, q, e, y = 0, fiscal = 0, yd = 0, hasyd = 0, unit, pl = 0;
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
	if ((q = ord4_at(c, j, &e)) == 0) {
		/* "the last half of 1989": the second */
		if (!isf(c, j, F_LAST) || !isf(c, j + 1, F_HALF) || j == i ||
		    !isf(c, j + 2, F_OF))
			return 0;
		q = 2;
		e = j + 1;
	}
	k = e;
	if (isp(c, k, '-') && glued(c, k))
		k++;
	unit = unit_at(c, k, &pl);
	if (isf(c, k, F_HALF) && q <= 2 && !glued_alnum(c, k) &&
	    !(isp(c, k + 1, '-') && glued(c, k + 1)))
		half = 1;	/* not "the first half-hour" */
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

/*
 * A decade word at j read as a decade: right after "the", or after "the
 * early", "the late", "the mid-" ("in his forties" is an age).
 */
static int
decade_after_the(const struct ctx *c, int j)
{
	int k = j - 1;

	if (k >= 0 && isp(c, k, '-') && isf(c, k - 1, F_MID))
		k--;
	else if (k >= 0 && (isf(c, k, F_EARLY) || isf(c, k, F_LATE) ||
	    isf(c, k, F_MID)))
		;
	else
		return k >= 0 && isf(c, k, F_THE);
	return k >= 1 && isf(c, k - 1, F_THE);
}

/* "the 1990s", "1990s", "the '90s", "the nineties", "the 19th century" */
int
m_decade(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, pl, n;

	if (isf(c, j, F_THE))
		j++;
	/* "the nineties", and through m_mod() "the late seventies", "the
	 * mid-sixties"; the century: the latest whose decade had begun by
	 * the reference year (the nineties of 2019 are the 1990s, its
	 * twenties the 1920s, those of 2021 the 2020s) */
	if (LX(c, j) != NULL && (LX(c, j)->f & L_DECADE) &&
	    !glued_alnum(c, j) && !isp(c, j + 1, '-') && decade_after_the(c, j)) {
		int dg = LX(c, j)->decade, cent = 19;

		if (c->ref->valid) {
			cent = c->ref->y / 100;
			if (cent * 100 + dg * 10 > c->ref->y)
				cent--;
		}
		hset(h, j + 1, DT_DATE, "%02d%d", cent, dg);
		return 1;
	}
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
			e = tok_past(c, j, k);
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
int
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
		/* "January nineteen ninety-seven" (transcribed speech) */
		if ((y = year_words_at(c, k, &e2)) != 0) {
			hset(h, e2, DT_DATE, "%04d-%02d", y, m);
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
int
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
int
m_year(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, y, pl;
	unsigned long long v;
	int ord;
	size_t k;

	/* the second year of "1998-99" */
	if (i >= 2 && short_year_after(c, i - 2) && year_at(c, i - 2, &e) &&
	    clean_num_after(c, i + 1)) {
		hset(h, i + 1, DT_DATE, "%04u", c->t[i - 2].num + 1);
		return 1;
	}
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
		e = tok_past(c, j, k);
		if (v >= 11 && v <= 20 && isword(c, e) && LX(c, e) != NULL &&
		    (LX(c, e)->f & L_NUMW)) {
			if ((y = year_words_at(c, j, &e)) == 0)
				return 0;
			hset(h, e, DT_DATE, "%04d", y);
			return 1;
		}
		if (j > i && v >= 1000 && v <= 2999) {
			hset(h, e, DT_DATE, "%04llu", v);
			return 1;
		}
	}
	return 0;
}

int
m_season(struct ctx *c, int i, struct hit *h)
{
	int j = i, e, d = 0, hasmod = 0, y = 0, amb, k;
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
	} else if ((y = year_words_at(c, e + isf(c, e, F_OF), &k)) != 0)
		e = k;		/* "the winter of nineteen ninety-four" */
	else
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
			size_t n = t->e - t->s;

			if (t->kind == K_PUNCT) {
				if (hl->words[j][0] != t->ch ||
				    hl->words[j][1] != '\0')
					break;
				continue;
			}
			if (!ascii_is(c->s + t->s, n, hl->words[j]))
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

int
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
