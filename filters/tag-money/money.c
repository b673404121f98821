/*
 * money -- the driver of the tag-money engine (money.h): money_scan().
 * A pre-scan for any currency sign or word (a record without one is
 * done), then a left-to-right scan that skips what cannot start a
 * mention (fast_skip) and tries a mention at every other token (try_at:
 * the matchers, ranges and vetoes), and the rows with their code-point
 * offsets.  The stages are listed in engine.h.
 *
 * The text is read as tokens, made on the fly (no token array, so memory
 * does not grow with the record).  Every amount needs a currency
 * indicator: a sign ($, €, US$), an ISO code (USD, MEUR), a name
 * (dollars, Swiss francs) or a local abbreviation (Rs, RM).  At each
 * token the scan tries a currency followed by an amount ("US$ 1.8
 * trillion", "Rs 5 crore") or an amount followed by a currency ("250
 * million USD", "fifty cents", "99p").  After a mention it looks for a
 * range ("$2-3 billion": both ends), a redundant name ("$10 dollars") and
 * cents ("3 dollars 50 cents").  Each attempt looks at a bounded number
 * of tokens past the numeral it starts from, and a failed numeral is
 * skipped whole, so the scan is linear in the text.
 */
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "engine.h"
#include "u8.h"
#include "xalloc.h"

/* A row for the mention [s, e): its ISO code and amount (dec_format). */
static int
emit(struct money *m, size_t s, size_t e, const char *cur, const struct dec *v)
{
	struct money_row *r;

	if (m->nrows == m->caprows)
		xgrow((void **)&m->rows, &m->caprows, m->nrows + 1, sizeof(*m->rows));
	r = &m->rows[m->nrows];
	if (dec_format(v, r->amount, sizeof(r->amount)) == -1)
		return -1;
	r->bstart = s;
	r->bend = e;
	memcpy(r->cur, cur, 4);
	m->nrows++;
	return 0;
}

/* Try a mention at token tk; returns where the scan goes on. */
static size_t
try_at(struct money *m, const struct tok *tk)
{
	struct mention mn, hi;
	struct amt a;
	size_t P;
	int ui, k;

	memset(&mn, 0, sizeof(mn));
	if (tk->type == T_SYM) {
		if (dollar_suffix(m, tk, &ui, &P) && parse_prefix(m, tk->s, P, ui, &mn))
			goto prefixed;
		ui = m->syms[tk->sym].unit;
		if (!(m->units[ui].flags & U_PRE) || !parse_prefix(m, tk->s, tk->e,
		    ui, &mn))
			return tk->e;
		goto prefixed;
	}
	if (tk->type == T_WORD) {
		if (sign_after(m, tk) && dollar_prefix(m, tk, &ui, &P) &&
		    parse_prefix(m, tk->s, P, ui, &mn))
			goto prefixed;
		if (unit_word(m, tk, &ui, &P) &&
		    (m->units[ui].flags & (U_PRE | U_PREMAG)) &&
		    parse_prefix(m, tk->s, P, ui, &mn))
			goto prefixed;
	} else if (tk->type == T_NUM) {
		/* a model number or code: A380, F16 */
		if (tk->s > 0 && !tk->gap && model_number(m, tk))
			return tk->e;
	} else
		return tk->e;
	if (parse_postfix(m, tk, &mn, &a)) {
		emit(m, mn.s, mn.e, mn.cur, &mn.v);
		return mn.e;
	}
	if (!a.ok)
		return tk->type == T_NUM && a.e > tk->s ? a.e : tk->e;
	/* "2-3 million dollars", "between 2 and 3 million pounds" */
	if ((k = range_back(m, tk, &a, &mn, &hi)) > 0) {
		if (k == 2)
			emit(m, mn.s, mn.e, mn.cur, &mn.v);
		emit(m, hi.s, hi.e, hi.cur, &hi.v);
		return hi.e;
	}
	return tk->type == T_NUM ? a.e : tk->e;
prefixed:
	/* the range first: the lower end may take the upper's magnitude */
	if (range_forward(m, &mn, &hi)) {
		emit(m, mn.s, mn.e, mn.cur, &mn.v);
		emit(m, hi.s, hi.e, hi.cur, &hi.v);
		return hi.e;
	}
	emit(m, mn.s, mn.e, mn.cur, &mn.v);
	return mn.e;
}

/*
 * Does the text hold any currency sign or word?  The fast pre-scan: a
 * byte loop over ASCII words (tokens only where a word has other
 * letters), which reads most texts without money at a few cycles a
 * byte.
 */
static int
has_indicator(const struct money *m)
{
	const unsigned char *t = (const unsigned char *)m->t;
	size_t i = 0, j, len = m->len;
	int idx;

	while (i < len) {
		if (is_alpha(t[i])) {
			j = alpha_end(t, i + 1, len);
			if (j < len && t[j] >= 0x80)
				j = word_end(m, i);
			if (wf_maybe(&m->f_ind, m->t + i, j - i) &&
			    strset_has(&m->ind, m->t + i, j - i))
				return 1;
			i = j;
		} else if (t[i] < 0x80) {
			if (t[i] == '$')
				return 1;
			i++;
		} else if (m->symfirst[t[i]] && sym_at(m, i, &idx) > 0)
			return 1;
		else if ((j = letter_at(m, i)) > 0) {
			j = word_end(m, i);
			if (wf_maybe(&m->f_ind, m->t + i, j - i) &&
			    strset_has(&m->ind, m->t + i, j - i))
				return 1;
			i = j;
		} else
			i++;
	}
	return 0;
}

/* Is s[0..n) the lower-case word w, in any case? */
static int
memcmp_fold(const char *s, const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((int)wf_fold((unsigned char)s[i]) != w[i])
			return 0;
	return 1;
}

/*
 * Is the word [q, j) "a" or "an" that parse_amount() would not read (not
 * before "half", "quarter", "hundred", a magnitude or a currency name)
 * and that is no unit?  Only plain ASCII after it is judged; anything else is "no".
 */
static int
article_skips(const struct money *m, size_t q, size_t j)
{
	const unsigned char *t = (const unsigned char *)m->t;
	size_t len = m->len, k, e;

	if ((t[q] | 32) != 'a' || (j - q == 2 && (t[q + 1] | 32) != 'n'))
		return 0;
	if (wf_maybe(&m->f_unit, m->t + q, j - q))
		return 0;
	if (j < len && t[j] != ' ')
		return j < len && t[j] < 0x80 && t[j] != '-' && !is_alpha(t[j]) &&
		    m->cls[t[j]] != C_SPACE;
	for (k = j; k < len && m->cls[t[k]] == C_SPACE; k++)
		;
	if (k >= len)
		return 1;
	if (t[k] >= 0x80)
		return 0;
	if (!is_alpha(t[k]))
		return 1;
	for (e = k; e < len && is_alpha(t[e]); e++)
		;
	if (e < len && (t[e] >= 0x80 || t[e] == '.' || t[e] == '-'))
		return 0;
	return !wf_maybe(&m->f_mag, m->t + k, e - k) &&
	    !wf_maybe(&m->f_unit, m->t + k, e - k) &&
	    !(e - k == 4 && memcmp_fold(m->t + k, "half", 4)) &&
	    !(e - k == 7 && (memcmp_fold(m->t + k, "quarter", 7) ||
	    memcmp_fold(m->t + k, "hundred", 7)));
}

/*
 * The scan's fast path: from p, skip white space, ASCII punctuation and
 * ASCII words at which try_at() could not start a mention (no sign after
 * them, not a unit or number word by the filters), as try_at() would.
 * Returns where the next token that needs a real look begins (or the
 * white space before it).
 */
static size_t
fast_skip(const struct money *m, size_t p)
{
	const unsigned char *t = (const unsigned char *)m->t;
	size_t len = m->len, q = p, j, r;

	while (q < len) {
		switch (m->cls[t[q]]) {
		case C_SPACE:
			q++;
			continue;
		case C_PUNCT:
			p = ++q;
			continue;
		case C_ALPHA:
			j = alpha_end(t, q + 1, len);
			if (j < len && (t[j] >= 0x80 || (t[j] == '.' && j - q == 1)))
				return p;
			r = j;
			if (r < len && t[r] == ' ')
				r++;
			/*
			 * "at $5": dollar_prefix() takes a sign after a space
			 * only before a gap or after an upper-case word
			 */
			if (r < len && m->symfirst[t[r]] && !(r == j + 1 &&
			    t[r] == '$' && r + 1 < len && is_digit(t[r + 1]) &&
			    (j - q == 1 || !all_upper(m->t + q, j - q))))
				return p;
			if (wf_maybe(&m->f_start, m->t + q, j - q) &&
			    wf_maybe2(&m->f_start2, m->t + q, j - q) &&
			    !(j - q <= 2 && article_skips(m, q, j)))
				return p;
			p = q = j;
			continue;
		default:
			return p;
		}
	}
	return p;
}

/*
 * u8_offsets_at(), eight ASCII bytes at a time first (each is one code
 * point, so counting them is the same as decoding them).
 */
static size_t
offset_at(struct u8_offsets *o, size_t byte)
{
	uint64_t w;

	while (o->byte <= byte && byte - o->byte >= 8) {
		w = ascii_word8(o->text + o->byte);
		if (w & ASCII_HIGHS)
			break;
		o->byte += 8;
		o->cp += 8;
	}
	return u8_offsets_at(o, byte);
}

size_t
money_scan(struct money *m, const char *text, size_t len,
    const struct money_row **rows)
{
	struct u8_offsets off;
	struct tok tk;
	size_t p = 0, np, i, j;
	struct money_row r;

	m->nrows = 0;
	m->t = text;
	m->len = len;
	for (i = 0; i < TC_SLOTS; i++)
		m->tc[i].p = SIZE_MAX;
	*rows = m->rows;
	if (!has_indicator(m))
		return 0;
	for (;;) {
		p = fast_skip(m, p);
		tok_next(m, p, &tk);
		if (tk.type == T_END)
			break;
		np = try_at(m, &tk);
		p = np > tk.s ? np : tk.e;
	}
	/* in order of position (they nearly are already) */
	for (i = 1; i < m->nrows; i++)
		for (j = i; j > 0 && m->rows[j - 1].bstart > m->rows[j].bstart; j--) {
			r = m->rows[j];
			m->rows[j] = m->rows[j - 1];
			m->rows[j - 1] = r;
		}
	u8_offsets_init(&off, text);
	for (i = 0; i < m->nrows; i++) {
		m->rows[i].start = offset_at(&off, m->rows[i].bstart);
		m->rows[i].end = offset_at(&off, m->rows[i].bend);
	}
	*rows = m->rows;
	return m->nrows;
}
