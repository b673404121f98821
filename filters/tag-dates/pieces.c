/*
 * pieces -- owns the small readers the matchers are built from: number
 * words (numword_parse() with a memo), months, days of the month, years,
 * counts, units, ordinals.  Reads tokens and their lexicon entries; hands
 * on a value and the token after the piece.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dates-int.h"
#include "numword.h"

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
		key[k] = (char)ascii_lower((unsigned char)w[k]);
	k0 = ascii_word8(key);
	k1 = ascii_word8(key + 8);
	e = &d->nwn[whash2(k0, k1) & (NWNEXT - 1)];
	if (e->more < 0 || e->k0 != k0 || e->k1 != k1) {
		e->k0 = k0;
		e->k1 = k1;
		e->more = numword_parse(key, n, 0, &v, &ord) == n ||
		    strcmp(key, "and") == 0;
	}
	return e->more;
}

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
	d->nwmset = 1;
	m->s = s;
	m->n = n;
	m->max = max;
	m->k = numword_parse(s, n, max, &m->v, &m->ord);
	*v = m->v;
	*ord = m->ord;
	return m->k;
}

/*
 * numword_parse() at token i, to the end of the window.  Most answers
 * come from the lexicon: a word that is no number word gives 0, and a
 * number word gives its own value when the parse stops after it (an
 * ordinal, or no number word joined to it by a space or hyphen).
 */
size_t
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
			    !ascii_isalpha((unsigned char)s[len + 1]))
				goto alone;
			for (w = len + 1; w < n &&
			    ascii_isalpha((unsigned char)s[w]); w++)
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

/*
 * A month name at i: returns the month and *end, or 0.  Abbreviations
 * need a capital and a period or a number after them; "May", "March" and
 * "August" need a capital (the caller asks for more context when alone).
 */
int
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

int
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

/* A day of the month at i (5, 5th, fifth): returns 1..31 and *end. */
int
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
/*
 * Is the token after year i and a hyphen the next year in two digits, as
 * in "1998-99" or "1999-00" (a season or fiscal year: two years)?
 */
int
short_year_after(const struct ctx *c, int i)
{
	return isnum(c, i) && c->t[i].nd == 4 && isp(c, i + 1, '-') &&
	    glued(c, i + 1) && glued(c, i + 2) && isnum(c, i + 2) &&
	    c->t[i + 2].nd == 2 && c->t[i + 2].num == (c->t[i].num + 1) % 100;
}

int
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
	    glued(c, i + 2) && isnum(c, i + 2) && ((c->t[i + 2].nd == 4 &&
	    c->t[i + 2].num >= 1000 && c->t[i + 2].num <= 2999) ||
	    short_year_after(c, i)) &&
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
int
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
	/* "the next couple of years" */
	if (isf(c, i, F_COUPLE) && isf(c, i + 1, F_OF) && i > 0 &&
	    !isf(c, i - 1, F_A)) {
		*val = 2;
		*end = i + 2;
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

