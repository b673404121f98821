/*
 * numbers -- the amount at a token (struct amt): numerals with any
 * grouping and decimals ("1,250.50", "1.250,50", "12,34,567", "1 250"),
 * number words (common/numword.c), fractions ("half a million") and the
 * magnitude words after them ("5 crore", "2.5bn", "1.2 lakh crore").
 * Reads tokens and the lexicon; hands the amount, before any currency,
 * to the matchers.
 */
#include <string.h>

#include "engine.h"
#include "numword.h"

static size_t
digit_run(const struct money *m, size_t p)
{
	size_t q = p;

	while (q < m->len && is_digit((unsigned char)m->t[q]))
		q++;
	return q - p;
}

static int
push_digits(struct dec *v, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (dec_push(v, s[i] - '0') == -1)
			return -1;
	return 0;
}

static int
push_decimals(struct dec *v, const char *s, size_t n)
{
	if (push_digits(v, s, n) == -1)
		return -1;
	v->exp -= (int)n;
	return 0;
}

/*
 * Read the numeral at p (a digit): 1250, 1,250.50, 1.250,50, 1 250 000,
 * 12,34,567.89, 2,5.  A dot with three decimals and nothing more
 * ("1.250") is read as a decimal point and flagged dot3 (the caller
 * reads it as grouping in currencies without decimals).  Returns 1 and
 * fills a, or 0 with a->e past the digits and separators read.
 */
static int
parse_numeral(const struct money *m, size_t p, struct amt *a)
{
	const char *t = m->t;
	size_t len = m->len, i, j, r0, k, sl;
	struct dec *v = &a->v;
	int bad = 0, dot, comma;

	memset(a, 0, sizeof(*a));
	a->s = p;
	r0 = digit_run(m, p);
	i = p + r0;
	bad |= push_digits(v, t + p, r0);
	a->ndig = (int)r0;
	if (i + 1 < len && t[i] == ',' && is_digit((unsigned char)t[i + 1])) {
		k = digit_run(m, i + 1);
		if (k == 3 && r0 <= 3) {
			while (i + 1 < len && t[i] == ',' && digit_run(m, i + 1) == 3) {
				bad |= push_digits(v, t + i + 1, 3);
				a->ndig += 3;
				i += 4;
			}
			a->grouped = 1;
		} else if (k == 2 && r0 <= 2) {
			/* Indian grouping: 12,34,567 */
			j = i;
			while (j + 1 < len && t[j] == ',' && digit_run(m, j + 1) == 2)
				j += 3;
			if (j + 1 < len && t[j] == ',' && digit_run(m, j + 1) == 3) {
				for (; i < j + 4; i++)
					if (is_digit((unsigned char)t[i])) {
						bad |= dec_push(v, t[i] - '0');
						a->ndig++;
					}
				a->grouped = 1;
			} else {
				bad |= push_decimals(v, t + i + 1, k);
				i += 1 + k;
				goto end;
			}
		} else if (k <= 2) {
			/* decimal comma: 2,5 */
			bad |= push_decimals(v, t + i + 1, k);
			i += 1 + k;
			goto end;
		} else
			goto end;
	} else if (i + 1 < len && t[i] == '.' && is_digit((unsigned char)t[i + 1])) {
		k = digit_run(m, i + 1);
		if (k == 3 && r0 <= 3 && i + 5 < len &&
		    ((t[i + 4] == '.' && digit_run(m, i + 5) == 3) ||
		    (t[i + 4] == ',' && is_digit((unsigned char)t[i + 5])))) {
			/* 1.250.000 or 1.250,50 */
			while (i + 1 < len && t[i] == '.' && digit_run(m, i + 1) == 3) {
				bad |= push_digits(v, t + i + 1, 3);
				a->ndig += 3;
				i += 4;
			}
			a->grouped = 1;
			if (i + 1 < len && t[i] == ',' && is_digit((unsigned char)t[i + 1])) {
				k = digit_run(m, i + 1);
				bad |= push_decimals(v, t + i + 1, k);
				i += 1 + k;
			}
			goto end;
		}
		if (k == 3 && r0 <= 3)
			a->dot3 = 1;
		bad |= push_decimals(v, t + i + 1, k);
		i += 1 + k;
		goto end;
	} else if (r0 <= 3 && i < len && (sl = space_len(t, len, i)) > 0 &&
	    t[i] != '\t' && t[i] != '\n' && t[i] != '\r' &&
	    digit_run(m, i + sl) == 3 &&
	    (i + sl + 3 >= len || t[i + sl + 3] != '-')) {
		/*
		 * 1 250 000 (a single space of any kind between groups), but
		 * not "$5 100-year bonds"
		 */
		while (i < len && (sl = space_len(t, len, i)) > 0 &&
		    t[i] != '\t' && digit_run(m, i + sl) == 3 &&
		    (i + sl + 3 >= len || t[i + sl + 3] != '-')) {
			bad |= push_digits(v, t + i + sl, 3);
			a->ndig += 3;
			i += sl + 3;
		}
		a->grouped = 1;
		if (i + 1 < len && t[i] == ',' && is_digit((unsigned char)t[i + 1])) {
			k = digit_run(m, i + 1);
			if (k <= 2) {
				bad |= push_decimals(v, t + i + 1, k);
				i += 1 + k;
			}
			goto end;
		}
	}
	if (i + 1 < len && t[i] == '.' && is_digit((unsigned char)t[i + 1])) {
		k = digit_run(m, i + 1);
		bad |= push_decimals(v, t + i + 1, k);
		i += 1 + k;
	}
end:
	a->e = i;
	/* "1.2.3", "1,234,56": not an amount */
	if (i + 1 < len && (t[i] == '.' || t[i] == ',') &&
	    is_digit((unsigned char)t[i + 1])) {
		while (i < len && (is_digit((unsigned char)t[i]) || t[i] == '.' ||
		    t[i] == ','))
			i++;
		a->e = i;
		return 0;
	}
	if (bad || a->ndig > 30)
		return 0;
	dec_norm(v);
	a->raw = *v;
	a->integer = v->exp >= 0 || v->n == 0;
	dot = comma = 0;
	for (k = p; k < i; k++) {
		dot |= t[k] == '.';
		comma |= t[k] == ',';
	}
	/* "5.00" is integer-valued but was written with decimals */
	if (dot && !a->grouped)
		a->integer = 0;
	if (a->grouped && dot && comma)
		a->integer = 0;
	return 1;
}

/*
 * Magnitude words after an amount ending at a->e: "5bn", "5 billion",
 * "3.5-billion", "1.2 lakh crore".  Updates a.
 */
static void
read_mags(const struct money *m, struct amt *a)
{
	struct tok tk;
	size_t q = a->e;
	int e, n;

	for (n = 0; n < 3; n++) {
		if (n == 0 && q + 1 < m->len && m->t[q] == '-' &&
		    letter_at(m, q + 1) > 0)
			tok_next(m, q + 1, &tk);
		else
			tok_next(m, q, &tk);
		if ((e = mag_word(m, &tk)) < 0 || a->mag + e > MAG_MAX)
			break;
		/* "5 m." at a sentence end is fine; "5 M&A" is not */
		if (tk.e < m->len && (m->t[tk.e] == '&' || m->t[tk.e] == '\''))
			break;
		a->mag += e;
		a->hasmag = 1;
		q = tk.e;
	}
	if (a->hasmag) {
		a->e = q;
		a->v.exp += a->mag;
		a->integer = 0;
	}
}

/* Does a currency name ("dollars", not "$" or "USD") start at p? */
static int
name_at(const struct money *m, size_t p)
{
	struct tok tk;
	size_t ue;
	int ui;

	tok_next(m, p, &tk);
	return tk.type == T_WORD && unit_word(m, &tk, &ui, &ue) &&
	    (m->units[ui].flags & U_NAME);
}

/*
 * The digits after "point" ending at p, when they are a plain run of
 * digits ("3 point 5", as speech is transcribed; not "point 5,000" or
 * "point 5.5").  Returns 1, the fraction in *f and its end.
 */
static int
point_digits(const struct money *m, size_t p, struct dec *f, size_t *fe)
{
	struct tok tk;
	size_t i;

	tok_next(m, p, &tk);
	if (tk.type != T_NUM || tk.e - tk.s > DEC_MAX)
		return 0;
	for (i = tk.s; i < tk.e; i++)
		if (!is_digit((unsigned char)m->t[i]))
			return 0;
	/* a digit token stops at a separator: "5,000" and "5.5" go on */
	if (i + 1 < m->len && (m->t[i] == ',' || m->t[i] == '.') &&
	    is_digit((unsigned char)m->t[i + 1]))
		return 0;
	for (i = tk.s; i < tk.e; i++)
		f->d[f->n++] = (unsigned char)(m->t[i] - '0');
	f->exp = -(int)(tk.e - tk.s);
	*fe = tk.e;
	dec_norm(f);
	return 1;
}

/*
 * Decimals in words at p: "point five", "point two five", "point oh
 * five" (one digit a word), or "point" and digits (point_digits).
 * Returns 1, the fraction in *f and its end.
 */
static int
point_decimals(const struct money *m, size_t p, struct dec *f, size_t *fe)
{
	struct tok tk;
	unsigned long long v;
	size_t n;
	int ord, k = 0;

	tok_next(m, p, &tk);
	if (!word_is(m, &tk, "point"))
		return 0;
	memset(f, 0, sizeof(*f));
	if (point_digits(m, tk.e, f, fe))
		return 1;
	for (;;) {
		tok_next(m, tk.e, &tk);
		if (word_is(m, &tk, "oh"))
			v = 0;
		else if (tk.type != T_WORD ||
		    (n = numword_parse(m->t + tk.s, tk.e - tk.s, 0, &v, &ord)) !=
		    tk.e - tk.s || ord || v > 9)
			break;
		if (k == DEC_MAX)
			return 0;
		f->d[f->n++] = (unsigned char)v;
		*fe = tk.e;
		k++;
	}
	if (k == 0)
		return 0;
	f->exp = -k;
	dec_norm(f);
	return 1;
}

/*
 * The amount starting at token tk: a numeral or (with words) number
 * words or a fraction, then magnitude words.  Returns 1 and fills a;
 * 0 with a->e set to where a new attempt may start.
 */
int
parse_amount(const struct money *m, const struct tok *tk, int words, struct amt *a)
{
	unsigned long long v, vs;
	size_t n, ns, fe;
	int ord, ords, half = 0;
	struct dec f;
	struct tok nx;
	struct amt b;

	if (tk->type == T_NUM) {
		if (!parse_numeral(m, tk->s, a))
			return 0;
		/* "3 point 5 dollars": an integer, "point" and digits */
		if (words && a->integer && !a->grouped &&
		    point_decimals(m, a->e, &f, &fe)) {
			if (dec_add(&a->v, &f) != 0)
				return 0;
			a->raw = a->v;
			a->e = fe;
			a->integer = 0;
			a->words = 1;
		}
		read_mags(m, a);
		a->ok = 1;
		return 1;
	}
	memset(a, 0, sizeof(*a));
	a->s = tk->s;
	a->e = tk->e;
	if (!words || tk->type != T_WORD ||
	    !wf_maybe(&m->f_num, m->t + tk->s, tk->e - tk->s) ||
	    !strset_has(&m->numstart, m->t + tk->s, tk->e - tk->s))
		return 0;
	a->words = 1;
	/* half a million, a quarter billion, three quarters billion */
	if (wf_maybe(&m->f_frac, m->t + tk->s, tk->e - tk->s) &&
	    fraction_at(m, tk, &f, &fe)) {
		tok_next(m, fe, &nx);
		if (word_is(m, &nx, "of"))
			tok_next(m, nx.e, &nx);
		if (word_is(m, &nx, "a") || word_is(m, &nx, "an"))
			fe = nx.e;
		a->v = f;
		a->e = fe;
		read_mags(m, a);
		if (!a->hasmag)
			return 0;
		a->raw = f;
		a->ok = 1;
		return 1;
	}
	/*
	 * "a" and "an" count only before a hundred, a magnitude or a
	 * currency name ("a euro and 50 cents"; parse_postfix() judges
	 * what follows the name)
	 */
	if (word_is(m, tk, "a") || word_is(m, tk, "an")) {
		tok_next(m, tk->e, &nx);
		if (nx.type != T_WORD)
			return 0;
		if (!word_is(m, &nx, "hundred") && mag_word(m, &nx) < 0) {
			if (!name_at(m, nx.s))
				return 0;
			dec_from_u64(&a->v, 1);
			a->raw = a->v;
			a->integer = 1;
			a->article = 1;
			a->ok = 1;
			return 1;
		}
	}
	n = numword_parse(m->t + tk->s, m->len - tk->s, 0, &v, &ord);
	if (n == 0 || ord)
		return 0;
	/* "two point five million" */
	if (point_decimals(m, tk->s + n, &f, &fe)) {
		dec_from_u64(&a->v, v);
		if (dec_add(&a->v, &f) != 0)
			return 0;
		a->raw = a->v;
		a->e = fe;
		read_mags(m, a);
		a->ok = 1;
		return 1;
	}
	/* below a thousand no scale word was read: one parse is enough */
	vs = v;
	ords = ord;
	ns = v < 1000 ? n : numword_parse(m->t + tk->s, m->len - tk->s, 100,
	    &vs, &ords);
	if (ns > 0 && !ords) {
		/* "two million": 2 and a magnitude, if that reads as far */
		b = *a;
		dec_from_u64(&b.v, vs);
		b.raw = b.v;
		b.e = tk->s + ns;
		b.integer = 1;
		/* "two and a half million" */
		tok_next(m, b.e, &nx);
		if (word_is(m, &nx, "and")) {
			tok_next(m, nx.e, &nx);
			if (nx.type == T_WORD && fraction_at(m, &nx, &f, &fe)) {
				struct amt c = b;

				c.e = fe;
				read_mags(m, &c);
				/* or "one and a half dollars" */
				half = !c.hasmag && ns == n &&
				    (fe >= m->len || m->t[fe] != '-') &&
				    name_at(m, fe);
				if ((c.hasmag || half) &&
				    dec_add(&b.v, &f) == 0) {
					b.raw = b.v;
					b.e = fe;
					b.integer = 0;
				}
			}
		}
		read_mags(m, &b);
		if ((b.hasmag || half) && b.e >= tk->s + n) {
			*a = b;
			a->ok = 1;
			return 1;
		}
	}
	dec_from_u64(&a->v, v);
	a->raw = a->v;
	a->e = tk->s + n;
	a->integer = 1;
	a->ok = 1;
	return 1;
}
