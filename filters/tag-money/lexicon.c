/*
 * lexicon -- the word lists money-*.txt as tables: currency signs, ISO
 * codes, names and local abbreviations ("Rs", "RM", "US$") with their
 * flags, magnitude words ("crore", "bn"), fractions, and the cue and
 * veto lists (money_new), and the lookups on them that the other stages
 * call: unit_word(), mag_word(), fraction_at().
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "xalloc.h"

WORDLIST(money_symbols);
WORDLIST(money_prefixes);
WORDLIST(money_codes);
WORDLIST(money_names);
WORDLIST(money_magnitudes);
WORDLIST(money_fractions);
WORDLIST(money_zerodec);
WORDLIST(money_weight_cues);
WORDLIST(money_year_cues);
WORDLIST(money_numstart);
WORDLIST(money_name_vetoes);
WORDLIST(money_article_next);

static void
wf_add(struct wfilter *f, const char *s, size_t n)
{
	if (n > 0)
		f->m[wf_slot(s, n)] |= 1u << (n < 31 ? n : 31);
}

static void
wf_add2(struct wfilter *f, const char *s, size_t n)
{
	if (n > 0)
		f->m[wf_slot2(s, n)] |= 1u << (n < 31 ? n : 31);
}

/* ---- the tables ---- */

int
money_valid_code(const char *s)
{
	return s != NULL && strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' &&
	    s[1] >= 'A' && s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

static int
add_unit(struct money *m, const char *iso, size_t isolen, int flags, int exp)
{
	struct unit *u;

	if (m->nunits == m->capunits)
		xgrow((void **)&m->units, &m->capunits, m->nunits + 1,
		    sizeof(*m->units));
	u = &m->units[m->nunits];
	memset(u->iso, 0, sizeof(u->iso));
	memcpy(u->iso, iso, isolen < 3 ? isolen : 3);
	u->flags = flags;
	u->exp = exp;
	return (int)m->nunits++;
}

static int
field_int(const char *line, size_t len, int i, int dflt)
{
	const char *f;
	size_t n, k;
	int v = 0, neg = 0;

	if (!wl_field(line, len, i, &f, &n) || n == 0)
		return dflt;
	k = 0;
	if (f[0] == '-') {
		neg = 1;
		k = 1;
	}
	for (; k < n && is_digit((unsigned char)f[k]); k++)
		v = v * 10 + (f[k] - '0');
	return neg ? -v : v;
}

static int
field_has(const char *line, size_t len, int i, char flag)
{
	const char *f;
	size_t n;

	return wl_field(line, len, i, &f, &n) && memchr(f, flag, n) != NULL;
}

/*
 * Add the last word of a surface to the indicator set: the last run of
 * letters, as has_indicator() reads words ("E" of "L.E.").
 */
static void
add_indicator(struct money *m, const char *s, size_t n)
{
	size_t i = n;

	while (n > 0 && s[n - 1] == '.')
		n--;
	for (i = n; i > 0 && s[i - 1] != ' ' && s[i - 1] != '-' &&
	    s[i - 1] != '.'; i--)
		;
	strset_add(&m->ind, s + i, n - i, 1);
	wf_add(&m->f_ind, s + i, n - i);
}

/* Let the first word of a unit's surface through the unit filter. */
static void
add_unit_first(struct money *m, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n && s[i] != ' ' && s[i] != '-'; i++)
		;
	wf_add(&m->f_unit, s, i);
	wf_add2(&m->f_start2, s, i);
	if (i > 1 && s[i - 1] == '.') {
		wf_add(&m->f_unit, s, i - 1);
		wf_add2(&m->f_start2, s, i - 1);
	}
}

/* Add to a word set and to the filter in front of it. */
static void
set_add(struct strset *set, struct wfilter *f, const char *s, size_t n, int v)
{
	strset_add(set, s, n, v);
	wf_add(f, s, n);
}

static void
load_set(struct strset *set, int fold, const char *data, size_t len)
{
	strset_init(set, fold);
	strset_load(set, data, len);
}

struct money *
money_new(const char *dollar)
{
	struct money *m = xcalloc(1, sizeof(*m));
	struct wl_iter it;
	const char *line, *f, *g;
	size_t len, n, gn, i, sl;
	char key[16];
	int ui, flags;

	memcpy(m->dollar, money_valid_code(dollar) ? dollar : "USD", 4);
	m->tc = xcalloc(TC_SLOTS, sizeof(*m->tc));
	for (i = 0; i < TC_SLOTS; i++)
		m->tc[i].p = SIZE_MAX;
	strset_init(&m->exact, 0);
	strset_init(&m->fold, 1);
	strset_init(&m->multi, 1);
	strset_init(&m->prefixes, 1);
	strset_init(&m->mags, 1);
	strset_init(&m->fracs, 1);
	strset_init(&m->ind, 1);
	load_set(&m->zerodec, 0, wl_money_zerodec, wl_money_zerodec_len);
	load_set(&m->weight, 1, wl_money_weight_cues, wl_money_weight_cues_len);
	load_set(&m->yearcue, 1, wl_money_year_cues, wl_money_year_cues_len);
	load_set(&m->numstart, 1, wl_money_numstart, wl_money_numstart_len);
	load_set(&m->artnext, 1, wl_money_article_next,
	    wl_money_article_next_len);
	strset_init(&m->vetoes, 1);
	wl_init(&it, wl_money_name_vetoes, wl_money_name_vetoes_len);
	while (wl_next(&it, &line, &len))
		strset_add(&m->vetoes, line, len, 1);
	wl_init(&it, wl_money_numstart, wl_money_numstart_len);
	while (wl_next(&it, &line, &len)) {
		wf_add(&m->f_num, line, len);
		wf_add2(&m->f_start2, line, len);
	}

	/* signs */
	for (i = 0; i < 256; i++)
		m->cls[i] = (unsigned char)(i >= 0x80 || is_digit((int)i) ? C_OTHER :
		    is_alpha((int)i) ? C_ALPHA : C_PUNCT);
	m->cls[' '] = m->cls['\t'] = m->cls['\n'] = C_SPACE;
	m->cls['\r'] = m->cls['\v'] = m->cls['\f'] = C_SPACE;
	wl_init(&it, wl_money_symbols, wl_money_symbols_len);
	while (wl_next(&it, &line, &len)) {
		if (!wl_field(line, len, 0, &f, &n) || !wl_field(line, len, 1, &g, &gn))
			continue;
		flags = U_SUF | U_SYM;
		if (field_int(line, len, 2, 0) == 0)
			flags |= U_PRE;
		else
			flags |= U_MINOR;	/* ¢ */
		ui = add_unit(m, g, gn, flags, field_int(line, len, 2, 0));
		if (m->nsyms == m->capsyms)
			xgrow((void **)&m->syms, &m->capsyms, m->nsyms + 1,
			    sizeof(*m->syms));
		m->syms[m->nsyms].s = f;
		m->syms[m->nsyms].n = n;
		m->syms[m->nsyms].unit = ui;
		m->nsyms++;
		m->symfirst[(unsigned char)f[0]] = 1;
		m->cls[(unsigned char)f[0]] = C_OTHER;
		if (n == 1)
			m->single[(unsigned char)f[0]] = (int)m->nsyms;
		if (n > 1) {
			unsigned k = (unsigned char)f[0] << 8 | (unsigned char)f[1];

			m->sym2[k >> 3] |= (unsigned char)(1 << (k & 7));
		}
	}

	/* ISO codes, upper case (and lower case with l), and "M" + code */
	wl_init(&it, wl_money_codes, wl_money_codes_len);
	while (wl_next(&it, &line, &len)) {
		if (!wl_field(line, len, 0, &f, &n) || !wl_field(line, len, 1, &g, &gn) ||
		    n > 8)
			continue;
		flags = U_PRE | U_SUF | U_CODE;
		if (field_has(line, len, 2, 'M'))
			flags |= U_MAGREQ;
		ui = add_unit(m, g, gn, flags, 0);
		set_add(&m->exact, &m->f_exact, f, n, ui);
		add_unit_first(m, f, n);
		add_indicator(m, f, n);
		if (field_has(line, len, 2, 'l')) {
			for (i = 0; i < n; i++)
				key[i] = (char)(f[i] >= 'A' && f[i] <= 'Z' ? f[i] + 32 : f[i]);
			set_add(&m->exact, &m->f_exact, key, n, ui);
		}
		key[0] = 'M';
		memcpy(key + 1, f, n);
		ui = add_unit(m, g, gn, U_PRE | U_SUF | U_CODE, 6);
		set_add(&m->exact, &m->f_exact, key, n + 1, ui);
		add_unit_first(m, key, n + 1);
		add_indicator(m, key, n + 1);
	}

	/* names and local abbreviations */
	wl_init(&it, wl_money_names, wl_money_names_len);
	while (wl_next(&it, &line, &len)) {
		if (!wl_field(line, len, 0, &f, &n) || !wl_field(line, len, 1, &g, &gn))
			continue;
		flags = 0;
		if (field_has(line, len, 2, 's'))
			flags |= U_SUF;
		if (field_has(line, len, 2, 'p'))
			flags |= U_PRE;
		if (field_has(line, len, 2, 'P'))
			flags |= U_PREMAG;
		if (field_has(line, len, 2, 'M'))
			flags |= U_MAGREQ;
		if (field_has(line, len, 2, 'w'))
			flags |= U_WEIGHT;
		if (field_has(line, len, 2, 'g'))
			flags |= U_MINOR;
		if (flags & U_SUF)
			flags |= U_NAME;
		ui = add_unit(m, g, gn, flags, field_int(line, len, 3, 0));
		if (field_has(line, len, 2, 'x'))
			set_add(&m->exact, &m->f_exact, f, n, ui);
		else
			set_add(&m->fold, &m->f_fold, f, n, ui);
		add_unit_first(m, f, n);
		add_indicator(m, f, n);
		for (i = 0; i < n; i++)
			if (f[i] == ' ' || f[i] == '-') {
				set_add(&m->multi, &m->f_multi, f, i, 1);
				break;
			}
	}
	m->u_pence = add_unit(m, "GBP", 3, U_SUF, -2);
	m->u_cent = add_unit(m, "$", 1, U_SUF | U_MINOR, -2);
	strset_add(&m->ind, "p", 1, 1);
	wf_add(&m->f_ind, "p", 1);
	strset_add(&m->ind, "c", 1, 1);
	wf_add(&m->f_ind, "c", 1);

	/* letters before a dollar or yen sign */
	wl_init(&it, wl_money_prefixes, wl_money_prefixes_len);
	while (wl_next(&it, &line, &len)) {
		if (!wl_field(line, len, 0, &f, &n) ||
		    !wl_field(line, len, 1, &g, &gn) || n + gn > sizeof(key))
			continue;
		memcpy(key, f, n);
		memcpy(key + n, g, gn);
		sl = gn;
		if (!wl_field(line, len, 2, &g, &gn))
			continue;
		ui = add_unit(m, g, gn, U_PRE | U_SUF | U_SYM, 0);
		/* single letters keep their case */
		if (n == 1)
			set_add(&m->exact, &m->f_exact, key, n + sl, ui);
		else
			strset_add(&m->prefixes, key, n + sl, ui);
	}

	/* magnitudes and fractions */
	wl_init(&it, wl_money_magnitudes, wl_money_magnitudes_len);
	while (wl_next(&it, &line, &len)) {
		if (!wl_field(line, len, 0, &f, &n))
			continue;
		strset_add(&m->mags, f, n, field_int(line, len, 1, 0));
		wf_add(&m->f_mag, f, n);
	}
	wl_init(&it, wl_money_fractions, wl_money_fractions_len);
	while (wl_next(&it, &line, &len)) {
		struct dec d;

		if (!wl_field(line, len, 0, &f, &n))
			continue;
		m->fracval = xreallocarray(m->fracval, m->nfrac + 1,
		    sizeof(*m->fracval));
		dec_from_u64(&d, (unsigned long long)field_int(line, len, 1, 0));
		d.exp += field_int(line, len, 2, 0);
		dec_norm(&d);
		m->fracval[m->nfrac] = d;
		strset_add(&m->fracs, f, n, (int)m->nfrac);
		for (i = 0; i < n && f[i] != ' '; i++)
			;
		wf_add(&m->f_frac, f, i);
		m->nfrac++;
	}
	for (i = 0; i < WF_SLOTS; i++)
		m->f_start.m[i] = m->f_unit.m[i] | m->f_num.m[i];
	return m;
}

void
money_free(struct money *m)
{
	if (m == NULL)
		return;
	strset_free(&m->exact);
	strset_free(&m->fold);
	strset_free(&m->multi);
	strset_free(&m->prefixes);
	strset_free(&m->mags);
	strset_free(&m->fracs);
	strset_free(&m->zerodec);
	strset_free(&m->weight);
	strset_free(&m->yearcue);
	strset_free(&m->numstart);
	strset_free(&m->artnext);
	strset_free(&m->ind);
	strset_free(&m->vetoes);
	free(m->fracval);
	free(m->units);
	free(m->syms);
	free(m->rows);
	free(m->tc);
	free(m);
}

/* ---- lookups ---- */

/*
 * Join the words starting at token w into key (separated by one space;
 * a hyphen between two words is kept as '-', or made a space with
 * hyphen_space).  Returns the number of words joined (at most max) and
 * each one's end in ends[].
 */
static int
join_words(const struct money *m, const struct tok *w, int max, int hyphen_space,
    char *key, size_t *keylens, size_t *ends)
{
	struct tok tk = *w, nx;
	size_t k = 0, wl;
	int n = 0;
	char sep = ' ';

	for (;;) {
		wl = tk.e - tk.s;
		if (k + wl + 1 > KEY_MAX)
			break;
		if (n > 0)
			key[k++] = sep;
		memcpy(key + k, m->t + tk.s, wl);
		k += wl;
		keylens[n] = k;
		ends[n] = tk.e;
		if (++n == max)
			break;
		if (tk.e < m->len && m->t[tk.e] == '-' && tk.e + 1 < m->len &&
		    letter_at(m, tk.e + 1) > 0) {
			tok_next(m, tk.e + 1, &nx);
			sep = hyphen_space ? ' ' : '-';
		} else {
			tok_next(m, tk.e, &nx);
			sep = ' ';
			if (!nx.gap)
				break;
		}
		if (nx.type != T_WORD)
			break;
		tk = nx;
	}
	return n;
}

static int
unit_lookup(const struct money *m, const char *key, size_t n, int *ui)
{
	return (wf_maybe(&m->f_exact, key, n) && strset_get(&m->exact, key, n, ui)) ||
	    (wf_maybe(&m->f_fold, key, n) && strset_get(&m->fold, key, n, ui));
}

/* The currency word(s) starting at word token w: 1, *ui and *ue. */
static int
unit_word1(const struct money *m, const struct tok *w, int *ui, size_t *ue)
{
	char key[KEY_MAX + 2];
	size_t keylens[MULTI_MAX], ends[MULTI_MAX];
	int n, i;

	if (!wf_maybe(&m->f_unit, m->t + w->s, w->e - w->s))
		return 0;
	n = join_words(m, w, wf_maybe(&m->f_multi, m->t + w->s, w->e - w->s) &&
	    strset_has(&m->multi, m->t + w->s, w->e - w->s) ?
	    MULTI_MAX : 1, 0, key, keylens, ends);
	for (i = n - 1; i >= 0; i--) {
		if (i == 0 && ends[0] < m->len && m->t[ends[0]] == '.') {
			key[keylens[0]] = '.';
			if (unit_lookup(m, key, keylens[0] + 1, ui)) {
				*ue = ends[0] + 1;
				return 1;
			}
		}
		if (unit_lookup(m, key, keylens[i], ui)) {
			*ue = ends[i];
			return 1;
		}
	}
	return 0;
}

/*
 * The currency word(s) starting at word token w: 1, *ui and *ue, unless
 * vetoed ("5 won't", "10 euro zone": unit_vetoed() in vetoes.c).
 */
int
unit_word(const struct money *m, const struct tok *w, int *ui, size_t *ue)
{
	return unit_word1(m, w, ui, ue) && !unit_vetoed(m, w, *ue);
}

/* The magnitude word at token tk: its power of ten, or -1. */
int
mag_word(const struct money *m, const struct tok *tk)
{
	int v;

	if (tk->type != T_WORD || !wf_maybe(&m->f_mag, m->t + tk->s,
	    tk->e - tk->s) || !strset_get(&m->mags, m->t + tk->s,
	    tk->e - tk->s, &v))
		return -1;
	return v;
}

/* A fraction ("half", "three quarters") at word token w: 1, *f, *fe. */
int
fraction_at(const struct money *m, const struct tok *w, struct dec *f, size_t *fe)
{
	char key[KEY_MAX + 2];
	size_t keylens[2], ends[2];
	int n, i, idx;

	n = join_words(m, w, 2, 1, key, keylens, ends);
	for (i = n - 1; i >= 0; i--)
		if (strset_get(&m->fracs, key, keylens[i], &idx)) {
			*f = m->fracval[idx];
			*fe = ends[i];
			return 1;
		}
	return 0;
}
