/*
 * match -- the matchers: a currency before the amount (a sign, "US$",
 * "$US", an ISO code, or a name or local abbreviation: "$5", "Rs 5
 * crore", "USD115") or after it ("250 million USD", "fifty cents",
 * "99p", "5€"), then a redundant name or the cents ("$10 dollars", "3
 * dollars 50 cents").  Reads tokens, amounts (numbers.c) and the
 * lexicon; hands a struct mention to the driver.
 */
#include <string.h>

#include "engine.h"
#include "numword.h"

/*
 * The currency after an amount ending at a->e: joined ("115USD", "5€"),
 * after a space, or after a hyphen ("12-cent", "one-yen").  "99p" is
 * pence only joined to a numeral.  Returns 1, the unit, its start and end.
 */
int
unit_after(const struct money *m, const struct amt *a, int *ui, size_t *us,
    size_t *ue)
{
	struct tok tk;
	size_t q = a->e;
	int hyphen = 0;

	if (q + 1 < m->len && m->t[q] == '-' && letter_at(m, q + 1) > 0) {
		q++;
		hyphen = 1;
	}
	tok_next(m, q, &tk);
	*us = tk.s;
	if (tk.type == T_SYM && !hyphen) {
		*ui = m->syms[tk.sym].unit;
		*ue = tk.e;
		return 1;
	}
	if (tk.type != T_WORD)
		return 0;
	if (!tk.gap && !hyphen && !a->words && tk.e - tk.s == 1 &&
	    m->t[tk.s] == 'p') {
		/* 99p; not a video resolution (720p) */
		if (video_resolution(m, a))
			return 0;
		*ui = m->u_pence;
		*ue = tk.e;
		return 1;
	}
	if (!hyphen && !a->words && tk.e - tk.s == 1 && m->t[tk.s] == 'c' &&
	    (!tk.gap || spaced_cent(m, a, &tk))) {
		/* 50c, "25 c." */
		*ui = m->u_cent;
		*ue = tk.e;
		return 1;
	}
	/* a sign with letters: "2.50US$", "5 HK$" */
	if (!hyphen && sign_after(m, &tk) && dollar_prefix(m, &tk, ui, ue))
		return 1;
	return unit_word(m, &tk, ui, ue);
}

void
apply_unit(const struct money *m, struct mention *mn, const struct amt *a, int ui,
    int after)
{
	const struct unit *u = &m->units[ui];

	mn->unit = ui;
	mn->cur = unit_cur(m, ui);
	mn->v = a->v;
	mn->raw = a->raw;
	mn->hasmag = a->hasmag;
	mn->integer = a->integer && u->exp == 0;
	/*
	 * "Rp 5.000", "50.000 dong", "5.000 €": a dot groups thousands in
	 * currencies without minor units, and where the currency follows
	 * the amount as in continental usage ("$1.250" stays 1.25).
	 */
	if (a->dot3 && !a->hasmag && u->exp == 0 &&
	    (after || strset_has(&m->zerodec, mn->cur, 3))) {
		mn->v.exp += 3;
		mn->raw = mn->v;
		mn->integer = 1;
	}
	mn->v.exp += u->exp;
	dec_norm(&mn->v);
}

/*
 * Cents after a whole amount of a major unit: "3 dollars 50 cents",
 * "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25",
 * "$15 and 20c", "$15 20".  The minor unit is the major one's, or one
 * of any currency (U_MINOR: "5 AUD 5 cents", "10 ringgit 20 sen").
 * Without a minor-unit word the cents must be two digits or words.
 */
static void
read_cents(const struct money *m, struct mention *mn)
{
	struct tok tk, nx;
	struct amt c;
	struct dec cv;
	unsigned long long v;
	size_t ce, us, ue, n;
	int ord, ui, words, joined;

	if (!mn->integer || mn->hasmag || m->units[mn->unit].exp != 0 ||
	    strset_has(&m->zerodec, mn->cur, 3))
		return;
	tok_next(m, mn->e, &tk);
	if (word_is(m, &tk, "and")) {
		tok_next(m, tk.e, &tk);
		/* "a dollar and a half", "two pounds and a quarter" */
		if (word_is(m, &tk, "a") && fraction_at(m, &tk, &cv, &ce) &&
		    (ce >= m->len || m->t[ce] != '-')) {
			if (dec_add(&mn->v, &cv) == 0)
				mn->e = ce;
			return;
		}
	}
	joined = 0;
	if (tk.type == T_NUM) {
		n = tk.e - tk.s;
		if (n > 2 || (tk.e + 1 < m->len &&
		    (m->t[tk.e] == '.' || m->t[tk.e] == ',') &&
		    is_digit((unsigned char)m->t[tk.e + 1])))
			return;
		/* a letter after it must begin the minor unit: "$15 and 20c" */
		joined = tk.e < m->len && letter_at(m, tk.e) > 0;
		v = (unsigned long long)(m->t[tk.s] - '0');
		if (n == 2)
			v = v * 10 + (unsigned long long)(m->t[tk.s + 1] - '0');
		ce = tk.e;
		words = 0;
	} else if (tk.type == T_WORD &&
	    wf_maybe(&m->f_num, m->t + tk.s, tk.e - tk.s) &&
	    strset_has(&m->numstart, m->t + tk.s, tk.e - tk.s)) {
		n = numword_parse(m->t + tk.s, m->len - tk.s, 0, &v, &ord);
		if (n == 0 || ord || v >= 100)
			return;
		ce = tk.s + n;
		words = 1;
	} else
		return;
	if (v == 0 || v >= 100)
		return;
	dec_from_u64(&cv, v);
	memset(&c, 0, sizeof(c));
	c.s = tk.s;
	c.e = ce;
	c.words = words;
	if (unit_after(m, &c, &ui, &us, &ue)) {
		if (m->units[ui].exp >= 0 || (!same_cur(m, ui, mn->unit) &&
		    !(m->units[ui].flags & U_MINOR)))
			return;
		cv.exp += m->units[ui].exp;
		if (dec_add(&mn->v, &cv) != 0)
			return;
		mn->e = ue;
		/* "one kuai and five mao five": the last is the next unit down */
		if (m->units[ui].exp == -1) {
			tok_next(m, ue, &nx);
			v = 0;
			if (nx.type == T_NUM && nx.e - nx.s == 1)
				v = (unsigned long long)(m->t[nx.s] - '0');
			else if (nx.type == T_WORD &&
			    (n = numword_parse(m->t + nx.s, m->len - nx.s, 0, &v,
			    &ord)) == nx.e - nx.s && !ord && v < 10)
				;
			else
				v = 0;
			ce = nx.e;
			tok_next(m, ce, &nx);
			if (v > 0 && (nx.type == T_END || nx.type == T_PUNCT)) {
				dec_from_u64(&cv, v);
				cv.exp -= 2;
				if (dec_add(&mn->v, &cv) == 0)
					mn->e = ce;
			}
		}
		return;
	}
	if (joined || (!words && n != 2))
		return;
	tok_next(m, ce, &nx);
	if (nx.type == T_PUNCT) {
		if (punct_is(m, &nx, "%") || punct_is(m, &nx, "-") ||
		    punct_is(m, &nx, "/") || punct_is(m, &nx, ":") ||
		    punct_is(m, &nx, "\xe2\x80\x93"))
			return;
	} else if (nx.type != T_END && !word_is(m, &nx, "and") &&
	    !word_is(m, &nx, "more") && !word_is(m, &nx, "less") &&
	    !word_is(m, &nx, "each") && !word_is(m, &nx, "only"))
		return;
	if (mag_word(m, &nx) >= 0)
		return;
	cv.exp -= 2;
	if (dec_add(&mn->v, &cv) == 0)
		mn->e = ce;
}

/*
 * A currency at [S, P) standing before an amount: "$5", "US$ 1.8
 * trillion", "Rs 5 crore", "USD115", "dollar 22.5 million".
 */
int
parse_prefix(const struct money *m, size_t S, size_t P, int ui, struct mention *mn)
{
	const struct unit *u = &m->units[ui];
	struct tok tk;
	struct amt a;
	size_t us, ue;
	int u2;

	tok_next(m, P, &tk);
	if (tk.type != T_NUM)
		return 0;
	if (!parse_amount(m, &tk, 0, &a))
		return 0;
	if ((u->flags & U_PREMAG) && !a.hasmag)
		return 0;
	if ((u->flags & U_MAGREQ) && !a.hasmag && !a.grouped)
		return 0;
	if (percent_after(m, a.e))
		return 0;
	/* "the ringgit 2019 outlook", "Rs 2019-20": signs and codes say money */
	if (!(u->flags & (U_SYM | U_CODE)) && year_after_prefix(m, &a, S, P))
		return 0;
	apply_unit(m, mn, &a, ui, 0);
	mn->s = S;
	mn->e = a.e;
	/* a redundant name: "$10 dollars", "US$5 million US dollars" */
	if (unit_after(m, &a, &u2, &us, &ue) &&
	    (m->units[u2].flags & (U_NAME | U_CODE)) && m->units[u2].exp == 0 &&
	    same_cur(m, u2, ui))
		mn->e = ue;
	else
		read_cents(m, mn);
	return 1;
}

/*
 * Does a sign or code after amount a (at [us, ue)) belong to it, or to
 * the amount after it?  "10 $ 30 $", "17 USD 25" and "3 dollars 50
 * cents" bind back; "1 $10", "in 2014 £ 50 million" and "1 $ 10 dollars"
 * bind forward.
 */
static int
binds_back(const struct money *m, const struct amt *a, int ui, size_t us, size_t ue)
{
	struct tok tk;
	struct amt b;
	size_t us2, ue2;
	int u2;

	tok_next(m, ue, &tk);
	if (tk.type != T_NUM)
		return 1;
	if (!tk.gap && us > a->e)
		return 0;
	if (!parse_amount(m, &tk, 0, &b))
		return 1;
	if (unit_after(m, &b, &u2, &us2, &ue2)) {
		if (m->units[u2].flags & (U_SYM | U_CODE))
			return 1;
		if (m->units[u2].exp < 0)
			return 1;
		if (same_cur(m, u2, ui))
			return 0;
	}
	return b.integer && !b.hasmag && !b.grouped && b.ndig <= 2 &&
	    a->integer && !year_like(a, m);
}

/*
 * An amount followed by its currency, starting at token tk: "250 million
 * USD", "fifty cents", "99p", "75 USD million".  *a gets the amount
 * whether or not a currency followed.
 */
int
parse_postfix(const struct money *m, const struct tok *tk, struct mention *mn,
    struct amt *a)
{
	const struct unit *u;
	struct tok nx;
	size_t us, ue;
	int ui, e;

	if (!parse_amount(m, tk, 1, a))
		return 0;
	if (!unit_after(m, a, &ui, &us, &ue))
		return 0;
	u = &m->units[ui];
	if (!(u->flags & U_SUF))
		return 0;
	if ((u->flags & U_WEIGHT) && !a->hasmag && weight_context(m, a, us, ue))
		return 0;
	/* "in 2019 dollars"; "since 2010 Rand Paul", "2019 Yuan said" */
	if ((u->flags & U_NAME) && year_before_name(m, a, us, ue))
		return 0;
	if ((u->flags & (U_SYM | U_CODE)) && !binds_back(m, a, ui, us, ue))
		return 0;
	if ((u->flags & (U_SYM | U_CODE)) && !a->hasmag) {
		/* "75 USD million" */
		tok_next(m, ue, &nx);
		if ((e = mag_word(m, &nx)) >= 0) {
			a->v.exp += e;
			a->hasmag = 1;
			a->integer = 0;
			ue = nx.e;
		}
	}
	apply_unit(m, mn, a, ui, 1);
	mn->s = a->s;
	mn->e = ue;
	read_cents(m, mn);
	/* "a dollar": not "a dollar bill" (unless cents followed) */
	if (a->article && mn->e == ue && !article_unit_ok(m, ue))
		return 0;
	return 1;
}

/* The currency, if any, before an amount at word token w: "US$", "HK $". */
int
dollar_prefix(const struct money *m, const struct tok *w, int *ui, size_t *P)
{
	struct tok sy, nx;
	char key[KEY_MAX + 8];
	size_t wl = w->e - w->s, sl;
	int u;

	if (!sign_after(m, w))
		return 0;
	tok_next(m, w->e, &sy);
	if (sy.type != T_SYM || wl > 8)
		return 0;
	sl = sy.e - sy.s;
	if (sy.gap) {
		/*
		 * "US $5" and tokenised "us $ 5", but not "give us $5"; a
		 * single letter only when tokenised: "c $ 16".
		 */
		tok_next(m, sy.e, &nx);
		if (!nx.gap && (wl == 1 || !all_upper(m->t + w->s, wl)))
			return 0;
	}
	memcpy(key, m->t + w->s, wl);
	memcpy(key + wl, m->t + sy.s, sl);
	if (wl == 1) {
		/* single letters keep their case: "A$" but not "a $" */
		if (!strset_get(&m->exact, key, wl + sl, &u))
			return 0;
	} else if (!strset_get(&m->prefixes, key, wl + sl, &u)) {
		/* any ISO code before "$": AUD$ 15 */
		if (sl != 1 || m->t[sy.s] != '$' ||
		    !strset_get(&m->exact, key, wl, &u) ||
		    !(m->units[u].flags & U_CODE))
			return 0;
	}
	*ui = u;
	*P = sy.e;
	return 1;
}

/* Letters after a sign, as in Australian usage: "$US5 million", "$A10". */
int
dollar_suffix(const struct money *m, const struct tok *sy, int *ui, size_t *P)
{
	struct tok w;
	char key[16];
	size_t wl, sl = sy->e - sy->s;

	if (sy->e >= m->len || !is_alpha((unsigned char)m->t[sy->e]))
		return 0;
	tok_next(m, sy->e, &w);
	wl = w.e - w.s;
	if (w.type != T_WORD || wl > 3 || !all_upper(m->t + w.s, wl))
		return 0;
	memcpy(key, m->t + w.s, wl);
	memcpy(key + wl, m->t + sy->s, sl);
	if (!strset_get(wl == 1 ? &m->exact : &m->prefixes, key, wl + sl, ui))
		return 0;
	*P = w.e;
	return 1;
}
