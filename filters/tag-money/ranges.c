/*
 * ranges -- both ends of a range and the magnitude the lower end takes
 * from the upper: "$2-3 billion", "€10-12", "$5 million to $7 million",
 * "2-3 million dollars", "between 2 and 3 million pounds".  Reads
 * tokens, amounts and the matchers; hands mentions to the driver.
 */
#include <string.h>

#include "engine.h"

/* A range word or dash at e: returns the position after it, or 0. */
static size_t
connector(const struct money *m, size_t e, size_t start, int *dash)
{
	struct tok tk, bw;

	tok_next(m, e, &tk);
	*dash = 0;
	if (punct_is(m, &tk, "-") || punct_is(m, &tk, "\xe2\x80\x93") ||
	    punct_is(m, &tk, "\xe2\x80\x94")) {
		*dash = 1;
		return tk.e;
	}
	if (word_is(m, &tk, "to") || word_is(m, &tk, "or"))
		return tk.e;
	if (word_is(m, &tk, "and")) {
		word_before(m, start, &bw);
		if (word_is(m, &bw, "between"))
			return tk.e;
	}
	return 0;
}

/* Give the lower end of a range the magnitude of the upper: "$2-3 billion". */
static void
inherit_mag(const struct money *m, struct mention *lo, const struct dec *hiraw,
    int himag)
{
	struct dec v;

	if (lo->hasmag || himag <= 0 || dec_cmp(&lo->raw, hiraw) >= 0)
		return;
	v = lo->raw;
	v.exp += himag + m->units[lo->unit].exp;
	dec_norm(&v);
	lo->v = v;
	lo->hasmag = 1;
}

/*
 * After a mention with its currency before the amount, the other end of
 * a range: "$2-3 billion", "€10-12", "$5 million to $7 million".
 * Returns 1 and fills hi when a bare upper end is to be written too.
 */
int
range_forward(const struct money *m, struct mention *lo, struct mention *hi)
{
	struct tok tk;
	struct amt b;
	struct mention pm;
	size_t q, us, ue;
	int dash, ui;

	if ((q = connector(m, lo->e, lo->s, &dash)) == 0)
		return 0;
	tok_next(m, q, &tk);
	if (tk.type == T_SYM && m->syms[tk.sym].unit == lo->unit) {
		if (parse_prefix(m, tk.s, tk.e, lo->unit, &pm))
			inherit_mag(m, lo, &pm.raw, pm.v.exp - pm.raw.exp -
			    m->units[lo->unit].exp);
		return 0;
	}
	if (tk.type != T_NUM || !parse_amount(m, &tk, 0, &b))
		return 0;
	if (!b.hasmag && !dash)
		return 0;
	if (percent_after(m, b.e))
		return 0;
	ue = b.e;
	if (unit_after(m, &b, &ui, &us, &ue)) {
		if (!(m->units[ui].flags & U_NAME) || m->units[ui].exp != 0 ||
		    !same_cur(m, ui, lo->unit))
			return 0;
	}
	apply_unit(m, hi, &b, lo->unit, 0);
	hi->s = b.s;
	hi->e = ue;
	inherit_mag(m, lo, &b.raw, b.mag);
	return 1;
}

/*
 * Before an amount a that no currency followed, at token tk, the upper
 * end of a range with its currency after it: "2-3 million dollars",
 * "between 2 and 3 million pounds".  Returns 2 with both ends in lo and
 * hi, 1 with only hi (the lower end reads as a year), or 0; a is then
 * the amount read after the connector, if any.
 */
int
range_back(const struct money *m, const struct tok *tk, struct amt *a,
    struct mention *lo, struct mention *hi)
{
	struct tok nx;
	struct amt la;
	size_t q;
	int dash;

	if ((q = connector(m, a->e, a->s, &dash)) == 0)
		return 0;
	tok_next(m, q, &nx);
	if ((nx.type != T_NUM && nx.type != T_WORD) ||
	    parse_postfix(m, &nx, hi, a) != 1)
		return 0;
	if (!parse_amount(m, tk, 1, &la) || year_like(&la, m))
		return 1;
	apply_unit(m, lo, &la, hi->unit, 1);
	lo->s = la.s;
	lo->e = la.e;
	inherit_mag(m, lo, &hi->raw, a->mag);
	return 2;
}
