/*
 * resolve -- owns the resolver: the tense of the sentence around an
 * expression (HeidelTime's news strategy), and relative expressions
 * ("last week", "on Friday", "in November") against the reference date.
 * Reads tokens and ctx->ref; hands on values in struct hit via value.c.
 */
#include <stdint.h>
#include <string.h>

#include "calendar.h"
#include "dates-int.h"

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
	if (lx != NULL && lx->tense != TN_NONE) {
		/* "next to the embassy": a preposition, not the future */
		if (isf(c, i, F_NEXT) && isf(c, i + 1, F_TO))
			return TN_NONE;
		return lx->tense == TN_NEUTRAL ? TN_NONE : lx->tense;
	}
	if (lx != NULL && (lx->f & ~(uint32_t)(L_START | L_FUNC)))
		return TN_NONE;
	w = c->s + c->t[i].s;
	n = c->t[i].e - c->t[i].s;
	if (n >= 5 && ascii_is(w + n - 2, 2, "ed") && !(c->t[i].fl & TF_CAP))
		return TN_WPAST;
	return TN_NONE;
}

int
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

long
refday(const struct ctx *c)
{
	return cal_days_from_civil(c->ref->y, c->ref->m, c->ref->d);
}

void
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

void
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

void
res_year(struct ctx *c, struct hit *h, int end, long delta)
{
	if (!c->ref->valid)
		hset(h, end, DT_DATE, "XXXX");
	else
		hset(h, end, DT_DATE, "%04ld", c->ref->y + delta);
}

void
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
 * The date a mention names, when its value starts with its year: *y, and
 * *m and *dd (0 when it names none).  Returns 0 for other values.
 */
static int
date_of(int type, const char *v, int *y, int *m, int *dd)
{
	if ((type != DT_DATE && type != DT_TIME) || !ascii_isdigit(v[0]) ||
	    !ascii_isdigit(v[1]) || !ascii_isdigit(v[2]) ||
	    !ascii_isdigit(v[3]) || (v[4] != '\0' && v[4] != '-'))
		return 0;
	*y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 +
	    (v[3] - '0');
	*m = *dd = 0;
	if (v[4] != '-' || !ascii_isdigit(v[5]) || !ascii_isdigit(v[6]))
		return 1;
	*m = (v[5] - '0') * 10 + (v[6] - '0');
	if (v[7] == '-' && ascii_isdigit(v[8]) && ascii_isdigit(v[9]))
		*dd = (v[8] - '0') * 10 + (v[9] - '0');
	return 1;
}

/*
 * At the end of a record: the last date it named, for the records after
 * it in the document ("that year", "the following month").
 */
void
note_dates(struct dates *d)
{
	if (d->lastdate >= 0) {
		memcpy(d->lastval, d->men[d->lastdate].value,
		    sizeof d->lastval - 1);
		d->lastval[sizeof d->lastval - 1] = '\0';
		d->lasttype = d->men[d->lastdate].type;
	}
}

/*
 * Anaphoric expressions ("that year", "the following month", "the
 * previous week", "later that day") are counted from the last date the
 * text named (this record's mentions so far, else the document's), when
 * it named one as fine as the unit, otherwise from the reference date.
 */
void
res_anaph(struct ctx *c, struct hit *h, int end, int unit, long delta)
{
	const struct dates *d = c->d;
	long z, mm;
	int wy, wn, y = 0, m = 0, dd = 0;

	const char *lv = d->lastdate >= 0 ? d->men[d->lastdate].value :
	    d->lastval;
	int lt = d->lastdate >= 0 ? d->men[d->lastdate].type : d->lasttype;

	/* "that week" after a week named as a week: that one */
	if (unit == U_W && delta == 0 && lt == DT_DATE && strlen(lv) == 8 &&
	    lv[4] == '-' && lv[5] == 'W' && ascii_isdigit(lv[6]) &&
	    ascii_isdigit(lv[7])) {
		hset(h, end, DT_DATE, "%s", lv);
		return;
	}
	date_of(lt, lv, &y, &m, &dd);
	if (y && unit == U_Y) {
		hset(h, end, DT_DATE, "%04ld", y + delta);
		return;
	}
	if (m && unit == U_M) {
		mm = (long)y * 12 + (m - 1) + delta;
		hset(h, end, DT_DATE, "%04ld-%02ld", mm / 12, mm % 12 + 1);
		return;
	}
	if (dd && (unit == U_D || unit == U_W)) {
		z = cal_days_from_civil(y, m, dd);
		if (unit == U_W) {
			cal_iso_week(z + 7 * delta, &wy, &wn);
			hset(h, end, DT_DATE, "%04d-W%02d", wy, wn);
			return;
		}
		h->end = end;
		h->type = DT_DATE;
		h->gran = G_DAY;
		fmt_day(h->v, sizeof h->v, z + delta);
		return;
	}
	res_unit(c, h, end, unit, delta);
}

/*
 * A day of the week: dir < 0 the last one (today counts), dir > 0 the
 * next one (today counts), 0 the tense decides.
 */
void
res_wday(struct ctx *c, struct hit *h, int end, int wd, int dir, int strict)
{
	long z;
	int cur, y, m, dd;

	if (!c->ref->valid) {
		hset(h, end, DT_DATE, "XXXX-WXX-%d", wd);
		h->gran = G_DAY;
		return;
	}
	z = refday(c);
	/* "the previous Friday": before the day the text last named */
	if (strict == 2 && ((c->d->lastdate >= 0 &&
	    date_of(c->d->men[c->d->lastdate].type,
	    c->d->men[c->d->lastdate].value, &y, &m, &dd)) ||
	    (c->d->lastdate < 0 && date_of(c->d->lasttype, c->d->lastval, &y,
	    &m, &dd))) && dd)
		z = cal_days_from_civil(y, m, dd);
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
 * and still be kept.  A future cue ("will", "next") is obeyed exactly; a
 * past one is most often the reporting verb ("said it will redeem the
 * shares on Dec. 7", "the offer had been set to expire Nov. 6"), which
 * dates the saying, not the day: a day named without its year within
 * DAYSLACK after the reference keeps the reference's year all the same.
 * A month with no cue at all is the next one only when it is at most
 * FUTMONTHS ahead, otherwise the last one: news reports what happened
 * ("follows months of talks.  In January, the company hired ..." in
 * October is the January before, not the one after).
 */
#define MONTHSLACK	3
#define FUTMONTHS	2
#define DAYSLACK	60

/* The year for month m (day dd, 0 for none) of no stated year. */
int
year_for(struct ctx *c, int m, int dd, int dir)
{
	int y = c->ref->y;
	long diff, slack;

	if (dd == 0) {
		diff = m - c->ref->m;
		if (dir == 0) {
			/* no cue at all: news tells of the past */
			diff = (diff + 12) % 12;
			return diff == 0 ? y : diff <= FUTMONTHS ?
			    y + (m < c->ref->m) : y - (m > c->ref->m);
		}
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
	slack = dir == 1 ? 0 : DAYSLACK;
	if (dir < 0 && diff > slack)
		return y - 1;
	if (dir > 0 && diff < -slack)
		return y + 1;
	return y;
}

int
tdir(struct ctx *c, int i0, int i1)
{
	int t = tense_at(c, i0, i1);

	return t == TN_PAST ? -1 : t == TN_FUTURE ? 1 : t == TN_WPAST ? -2 : 0;
}
