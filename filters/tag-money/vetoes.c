/*
 * vetoes -- what looks like money and is not: years ("in 2019 dollars",
 * "2019 Yuan said"), percentages, weights ("200-pound", "5 pounds of"),
 * video resolutions ("720p"), model numbers ("A380"), and currency words
 * before an apostrophe or a veto word ("5 won't", "10 euro zone").
 * Reads tokens and the cue lists; the matchers and the driver ask.
 */
#include <stdint.h>
#include <string.h>

#include "engine.h"
#include "u8.h"

/* A four-digit integer from 1800 to 2199, written plainly. */
int
year_like(const struct amt *a, const struct money *m)
{
	const char *s = m->t + a->s;

	return !a->words && !a->grouped && a->integer && !a->hasmag &&
	    a->e - a->s == 4 && (memcmp(s, "18", 2) == 0 ||
	    memcmp(s, "19", 2) == 0 || memcmp(s, "20", 2) == 0 ||
	    memcmp(s, "21", 2) == 0);
}

/*
 * Is the year-like amount a before the name at [us, ue) a year?  "in
 * 2019 dollars" (a cue word before it); "since 2010 Rand Paul", "2019
 * Yuan said" (a capitalised name that is not all capitals).
 */
int
year_before_name(const struct money *m, const struct amt *a, size_t us,
    size_t ue)
{
	struct tok nx;

	if (!year_like(a, m))
		return 0;
	word_before(m, a->s, &nx);
	if (nx.type == T_WORD &&
	    strset_has(&m->yearcue, m->t + nx.s, nx.e - nx.s))
		return 1;
	if (m->t[us] >= 'A' && m->t[us] <= 'Z' && !all_upper(m->t + us, ue - us))
		return 1;
	/* "the 2019 LE model": a local abbreviation after a determiner */
	if (all_upper(m->t + us, ue - us) && (word_is(m, &nx, "the") ||
	    word_is(m, &nx, "a") || word_is(m, &nx, "an") ||
	    word_is(m, &nx, "this") || word_is(m, &nx, "that") ||
	    word_is(m, &nx, "its")))
		return 1;
	return 0;
}

/*
 * Is the year-like amount a after a currency word before it at [S, P) a
 * year?  After a spelled-out name ("the ringgit 2019 outlook"), or
 * before "-20" or "/20" as in a fiscal year ("Rs 2019-20 budget").
 */
int
year_after_prefix(const struct money *m, const struct amt *a, size_t S, size_t P)
{
	const char *t = m->t;

	if (!year_like(a, m))
		return 0;
	if (a->e + 2 < m->len && (t[a->e] == '-' || t[a->e] == '/') &&
	    is_digit((unsigned char)t[a->e + 1]) &&
	    is_digit((unsigned char)t[a->e + 2]))
		return 1;
	return !all_upper(t + S, P - S);
}

/* Is the amount followed by a percent sign or word? */
int
percent_after(const struct money *m, size_t e)
{
	struct tok tk;

	tok_next(m, e, &tk);
	return punct_is(m, &tk, "%") || word_is(m, &tk, "percent") ||
	    word_is(m, &tk, "pct") || word_is(m, &tk, "percentage");
}

/* Is "N pounds" a weight here? */
int
weight_context(const struct money *m, const struct amt *a, size_t us, size_t ue)
{
	struct tok tk;

	if (us == a->e || m->t[a->e] == '-')
		return us > a->e;	/* "200-pound" */
	tok_next(m, ue, &tk);
	if (word_is(m, &tk, "of"))
		return 1;
	word_before(m, a->s, &tk);
	return tk.type == T_WORD &&
	    strset_has(&m->weight, m->t + tk.s, tk.e - tk.s);
}

/* Is the numeral a, before a joined "p", a video resolution (720p)? */
int
video_resolution(const struct money *m, const struct amt *a)
{
	static const char *const res[] = { "144", "240", "360", "480",
	    "540", "576", "720", "1080", "1440", "2160", "4320" };
	size_t i, n = a->e - a->s;

	for (i = 0; i < sizeof(res) / sizeof(res[0]); i++)
		if (strlen(res[i]) == n && memcmp(res[i], m->t + a->s, n) == 0)
			return 1;
	return 0;
}

/* Is the number token tk part of a model number or code: A380, F16? */
int
model_number(const struct money *m, const struct tok *tk)
{
	int32_t cp;
	size_t n;

	if (tk->s == 0 || tk->gap)
		return 0;
	n = (size_t)u8_decode_prev(m->t, m->t + tk->s, &cp);
	return letter_at(m, tk->s - n) > 0;
}

/*
 * Is the currency word at token w, ending at ue, no currency here?
 * Before an apostrophe ("5 won't") or a veto word from
 * money-name-vetoes.txt ("10 euro zone").
 */
int
unit_vetoed(const struct money *m, const struct tok *w, size_t ue)
{
	struct tok nx;
	char key[KEY_MAX + 2];
	size_t n, k;

	if (ue < m->len && (m->t[ue] == '\'' || (ue + 2 < m->len &&
	    memcmp(m->t + ue, "\xe2\x80\x99", 3) == 0))) {
		k = ue + (m->t[ue] == '\'' ? 1 : 3);
		if (k < m->len && is_alpha((unsigned char)m->t[k]))
			return 1;
	}
	tok_next(m, ue, &nx);
	n = ue - w->s;
	if (nx.type == T_WORD && n + 1 + (nx.e - nx.s) <= KEY_MAX &&
	    m->vetoes.n > 0) {
		memcpy(key, m->t + w->s, n);
		key[n] = '\t';
		memcpy(key + n + 1, m->t + nx.s, nx.e - nx.s);
		if (strset_has(&m->vetoes, key, n + 1 + (nx.e - nx.s)))
			return 1;
	}
	return 0;
}

/*
 * Is "a dollar" (a currency name after "a" or "an", ending at ue) an
 * amount of one?  Only at the end, before punctuation or before a word
 * of money-article-next.txt: not "a dollar bill", "a pound coin", "a
 * dollar-denominated bond".
 */
int
article_unit_ok(const struct money *m, size_t ue)
{
	struct tok nx;

	if (ue < m->len && m->t[ue] == '-')
		return 0;
	tok_next(m, ue, &nx);
	if (nx.type == T_END || nx.type == T_PUNCT)
		return 1;
	return nx.type == T_WORD &&
	    strset_has(&m->artnext, m->t + nx.s, nx.e - nx.s);
}

/*
 * Is the word c, a lower-case "c" after a space, the cents of the
 * numeral a ("25 c.")?  Only for one or two digits, at the end or
 * before punctuation that ends a sentence (not "25 c, d and e"), and not after a capitalised
 * word ("Figure 25 c", "Section 3 c").
 */
int
spaced_cent(const struct money *m, const struct amt *a, const struct tok *c)
{
	struct tok nx, bw;

	if (c->e - c->s != 1 || m->t[c->s] != 'c' || a->words || !a->integer ||
	    a->hasmag || a->ndig > 2)
		return 0;
	tok_next(m, c->e, &nx);
	if (nx.type != T_END && !(nx.type == T_PUNCT && nx.e - nx.s == 1 &&
	    strchr(".!?)", m->t[nx.s]) != NULL))
		return 0;
	word_before(m, a->s, &bw);
	return bw.type != T_WORD || !(m->t[bw.s] >= 'A' && m->t[bw.s] <= 'Z');
}
