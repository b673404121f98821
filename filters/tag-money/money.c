/*
 * money -- the tag-money engine (see money.h).
 *
 * The text is read as tokens, made on the fly (no token array, so memory
 * does not grow with the record): numbers (runs of ASCII digits),
 * words (letters, with "U.S."-style dots), currency signs, and single
 * punctuation characters.  Every amount needs a currency indicator: a
 * sign ($, €, US$), an ISO code (USD, MEUR), a name (dollars, Swiss
 * francs) or a local abbreviation (Rs, RM).  A first pass looks for one;
 * a record without any is done.  The second pass goes left to right and
 * tries, at each token, a currency followed by an amount ("US$ 1.8
 * trillion", "Rs 5 crore") or an amount followed by a currency ("250
 * million USD", "fifty cents", "99p").  After a mention it looks for a
 * range ("$2-3 billion": both ends), a redundant name ("$10 dollars") and
 * cents ("3 dollars 50 cents").  Each attempt looks at a bounded number
 * of tokens past the numeral it starts from, and a failed numeral is
 * skipped whole, so the scan is linear in the text.
 *
 * Amounts are struct dec: up to DEC_MAX decimal digits and a power of
 * ten, so 1.07 trillion is 107e10 and prints as 1070000000000.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "money.h"
#include "numword.h"
#include "u8.h"
#include "wordlist.h"
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

#define DEC_MAX		40	/* significant digits of an amount */
#define MAG_MAX		24	/* largest power of ten from magnitude words */
#define KEY_MAX		64	/* longest word-list key looked up */
#define MULTI_MAX	4	/* most words in a currency name */

/* value = d[0..n) (most significant first) * 10^exp; n == 0 is zero */
struct dec {
	unsigned char	d[DEC_MAX];
	int		n;
	int		exp;
};

enum {
	U_PRE = 1,		/* may stand before the amount */
	U_SUF = 2,		/* may stand after it */
	U_PREMAG = 4,		/* before it only when a magnitude follows */
	U_MAGREQ = 8,		/* before it only with magnitude or grouping */
	U_NAME = 16,		/* a currency name (dollars, euros) */
	U_WEIGHT = 32,		/* also a unit of weight (pounds) */
	U_CODE = 64,		/* an ISO code */
	U_SYM = 128		/* a currency sign */
};

struct unit {
	char	iso[4];		/* "$" for the bare-dollar currency */
	int	flags;
	int	exp;		/* power of ten of one unit: -2 for cents */
};

struct sym {
	const char	*s;
	size_t		 n;
	int		 unit;
};

/*
 * A quick "maybe" in front of a word set: for the first two and the
 * last letter (folded, hashed into WF_SLOTS), a bit per word length (31
 * stands for 31 and longer).  Most words of a text are in no list, and
 * this rejects them without hashing the whole word.
 */
#define WF_SLOTS	4096
struct wfilter {
	uint32_t	m[WF_SLOTS];
};

struct money {
	char		 dollar[4];
	struct wfilter	 f_unit;	/* first words of units */
	struct wfilter	 f_ind;		/* indicator words */
	struct wfilter	 f_num;		/* number-word starters */
	struct wfilter	 f_mag;		/* magnitude words */
	struct wfilter	 f_frac;	/* first words of fractions */
	struct wfilter	 f_start;	/* f_unit | f_num: words a mention may start at */
	struct wfilter	 f_start2;	/* the same words, by wf_slot2 */
	struct wfilter	 f_exact, f_fold, f_multi;	/* keys of those sets */
	unsigned char	 cls[256];	/* byte classes for the scan's fast path */
	struct unit	*units;
	size_t		 nunits, capunits;
	struct sym	*syms;
	size_t		 nsyms, capsyms;
	unsigned char	 symfirst[256];
	unsigned char	 sym2[65536 / 8];	/* first two bytes of signs */
	int		 single[256];	/* one-byte signs: index + 1 */
	struct strset	 exact;		/* codes: surface -> unit */
	struct strset	 fold;		/* names: surface -> unit */
	struct strset	 multi;		/* first words of several-word names */
	struct strset	 prefixes;	/* "us$" -> unit */
	struct strset	 mags;		/* magnitude word -> power of ten */
	struct strset	 fracs;		/* fraction words -> index in fracval */
	struct dec	*fracval;
	size_t		 nfrac;
	struct strset	 zerodec, weight, yearcue, numstart;
	struct strset	 ind;		/* words that indicate a currency */
	struct strset	 vetoes;	/* "euro zone": name + next word */
	int		 u_pence;	/* the unit of "99p" */
	int		 u_cent;	/* the unit of "50c" */
	struct tcent	*tc;		/* TC_SLOTS tokens of the current text */
	struct money_row *rows;
	size_t		 nrows, caprows;
	const char	*t;		/* the text being scanned */
	size_t		 len;
};

enum { T_END, T_NUM, T_WORD, T_SYM, T_PUNCT };

struct tok {
	int	type;
	size_t	s, e;		/* bytes [s, e) */
	int	gap;		/* white space before it */
	int	sym;		/* T_SYM: index in m->syms */
};

#define TC_SLOTS	8	/* tokens cached by start offset */
struct tcent {
	size_t		p;	/* SIZE_MAX: empty */
	struct tok	tk;
};

/* An amount as read from the text, before its currency is applied. */
struct amt {
	struct dec	v;	/* the value, magnitudes applied */
	struct dec	raw;	/* the value before magnitudes */
	size_t		s, e;
	int		mag;	/* power of ten from magnitude words */
	int		hasmag;
	int		integer;	/* no decimals, no magnitude, no fraction */
	int		grouped;	/* thousands separators were read */
	int		dot3;	/* "1.250": one dot, three decimals */
	int		words;	/* written in words */
	int		ndig;	/* integer digits of a numeral */
	int		ok;	/* an amount was read */
};

struct mention {
	size_t		s, e;
	int		unit;
	const char	*cur;
	struct dec	v;
	struct dec	raw;	/* before magnitudes and unit exponent */
	int		hasmag;
	int		integer;
};

static inline unsigned
wf_fold(unsigned c)
{
	/* folds ASCII case; other bytes change too, alike in wf_add */
	return c | 0x20;
}

static inline unsigned
wf_slot(const char *s, size_t n)
{
	unsigned c0 = wf_fold((unsigned char)s[0]);
	unsigned c1 = n > 1 ? wf_fold((unsigned char)s[1]) : 0;
	unsigned cl = wf_fold((unsigned char)s[n - 1]);

	return (c0 * 1369 + c1 * 37 + cl) & (WF_SLOTS - 1);
}

/* A second slot from other letters, for a filter pair (f_start2). */
static inline unsigned
wf_slot2(const char *s, size_t n)
{
	unsigned c0 = wf_fold((unsigned char)s[0]);
	unsigned c2 = n > 2 ? wf_fold((unsigned char)s[2]) : 0;
	unsigned cp = n > 1 ? wf_fold((unsigned char)s[n - 2]) : 0;

	return (cp * 1369 + c2 * 37 + c0 * 3 + (unsigned)n) & (WF_SLOTS - 1);
}

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

static inline int
wf_maybe(const struct wfilter *f, const char *s, size_t n)
{
	return n > 0 && (f->m[wf_slot(s, n)] >> (n < 31 ? n : 31) & 1);
}

static inline int
wf_maybe2(const struct wfilter *f, const char *s, size_t n)
{
	return n > 0 && (f->m[wf_slot2(s, n)] >> (n < 31 ? n : 31) & 1);
}

/* ---- decimal arithmetic on digit strings ---- */

static void
dec_norm(struct dec *x)
{
	int i = 0;

	while (i < x->n && x->d[i] == 0)
		i++;
	if (i > 0) {
		memmove(x->d, x->d + i, (size_t)(x->n - i));
		x->n -= i;
	}
	while (x->n > 0 && x->d[x->n - 1] == 0) {
		x->n--;
		x->exp++;
	}
	if (x->n == 0)
		x->exp = 0;
}

/* Append a digit; leading zeros are dropped.  -1 when too long. */
static int
dec_push(struct dec *x, int digit)
{
	if (x->n == 0 && digit == 0)
		return 0;
	if (x->n >= DEC_MAX)
		return -1;
	x->d[x->n++] = (unsigned char)digit;
	return 0;
}

static void
dec_from_u64(struct dec *x, unsigned long long v)
{
	unsigned char buf[24];
	int k = 0;

	x->n = 0;
	x->exp = 0;
	while (v > 0) {
		buf[k++] = (unsigned char)(v % 10);
		v /= 10;
	}
	while (k > 0)
		x->d[x->n++] = buf[--k];
	dec_norm(x);
}

static int
dec_add(struct dec *a, const struct dec *b)
{
	unsigned char r[DEC_MAX + 2];
	int e, la, lb, L, i, pos, carry = 0, v;

	if (b->n == 0)
		return 0;
	if (a->n == 0) {
		*a = *b;
		return 0;
	}
	e = a->exp < b->exp ? a->exp : b->exp;
	la = a->n + a->exp - e;
	lb = b->n + b->exp - e;
	L = (la > lb ? la : lb) + 1;
	if (L > DEC_MAX + 1)
		return -1;
	memset(r, 0, sizeof(r));
	for (i = 0; i < a->n; i++) {
		pos = (a->n - 1 - i) + (a->exp - e);
		r[L - 1 - pos] += a->d[i];
	}
	for (i = 0; i < b->n; i++) {
		pos = (b->n - 1 - i) + (b->exp - e);
		r[L - 1 - pos] += b->d[i];
	}
	for (i = L - 1; i >= 0; i--) {
		v = r[i] + carry;
		r[i] = (unsigned char)(v % 10);
		carry = v / 10;
	}
	i = 0;
	while (i < L && r[i] == 0)
		i++;
	while (L > i && r[L - 1] == 0) {
		L--;
		e++;
	}
	if (L - i > DEC_MAX)
		return -1;
	memcpy(a->d, r + i, (size_t)(L - i));
	a->n = L - i;
	a->exp = e;
	dec_norm(a);
	return 0;
}

/* Compare the values of two normalised decimals: -1, 0 or 1. */
static int
dec_cmp(const struct dec *a, const struct dec *b)
{
	int ma, mb, i, da, db;

	if (a->n == 0 || b->n == 0)
		return (a->n != 0) - (b->n != 0);
	ma = a->n + a->exp;
	mb = b->n + b->exp;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	for (i = 0; i < a->n || i < b->n; i++) {
		da = i < a->n ? a->d[i] : 0;
		db = i < b->n ? b->d[i] : 0;
		if (da != db)
			return da < db ? -1 : 1;
	}
	return 0;
}

/* Format as a plain decimal.  -1 when it does not fit. */
static int
dec_format(const struct dec *x, char *buf, size_t size)
{
	size_t k = 0;
	int i, intlen;

	if (x->n == 0) {
		if (size < 2)
			return -1;
		memcpy(buf, "0", 2);
		return 0;
	}
	if (x->exp > 45 || x->exp < -45 || (size_t)x->n + 48 > size)
		return -1;
	if (x->exp >= 0) {
		for (i = 0; i < x->n; i++)
			buf[k++] = (char)('0' + x->d[i]);
		for (i = 0; i < x->exp; i++)
			buf[k++] = '0';
	} else {
		intlen = x->n + x->exp;
		if (intlen > 0) {
			for (i = 0; i < intlen; i++)
				buf[k++] = (char)('0' + x->d[i]);
			buf[k++] = '.';
			for (; i < x->n; i++)
				buf[k++] = (char)('0' + x->d[i]);
		} else {
			buf[k++] = '0';
			buf[k++] = '.';
			for (i = 0; i < -intlen; i++)
				buf[k++] = '0';
			for (i = 0; i < x->n; i++)
				buf[k++] = (char)('0' + x->d[i]);
		}
	}
	buf[k] = '\0';
	return 0;
}

/* ---- characters and tokens ---- */

static int
is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static inline int
is_alpha(int c)
{
	return (unsigned)(c | 32) - 'a' < 26u;
}

/*
 * The end of the run of ASCII letters at t[j..len): eight bytes at a
 * time where it can (a byte is a letter when, case folded to 7 bits, it
 * lies in 'a'..'z' and had no high bit; no carry crosses bytes).
 */
static inline size_t
alpha_end(const unsigned char *t, size_t j, size_t len)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t hi = 0x8080808080808080ull, lo = 0x7f7f7f7f7f7f7f7full;
	uint64_t w, x, bad;

	while (len - j >= 8) {
		memcpy(&w, t + j, 8);
		x = (w | 0x2020202020202020ull) & lo;
		bad = (~(x + 0x1f1f1f1f1f1f1f1full) |
		    (x + 0x0505050505050505ull) | w) & hi;
		if (bad != 0)
			return j + (size_t)(__builtin_ctzll(bad) >> 3);
		j += 8;
	}
#endif
	while (j < len && is_alpha(t[j]))
		j++;
	return j;
}

/* Bytes of the white-space character at p, or 0. */
static size_t
space_len(const char *t, size_t len, size_t p)
{
	const unsigned char *u = (const unsigned char *)t;

	switch (u[p]) {
	case ' ': case '\t': case '\n': case '\r': case '\v': case '\f':
		return 1;
	case 0xC2:
		return p + 1 < len && u[p + 1] == 0xA0 ? 2 : 0;
	case 0xE2:
		if (p + 2 >= len)
			return 0;
		if (u[p + 1] == 0x80 &&
		    ((u[p + 2] >= 0x80 && u[p + 2] <= 0x8A) || u[p + 2] == 0xAF))
			return 3;
		if (u[p + 1] == 0x81 && u[p + 2] == 0x9F)
			return 3;
		return 0;
	case 0xE3:
		return p + 2 < len && u[p + 1] == 0x80 && u[p + 2] == 0x80 ? 3 : 0;
	default:
		return 0;
	}
}

static size_t
skip_space(const struct money *m, size_t p)
{
	const unsigned char *t = (const unsigned char *)m->t;
	size_t n;

	while (p < m->len) {
		if (t[p] == ' ' || t[p] - 9u < 5u) {
			p++;
			continue;
		}
		if (t[p] < 0x80 || (n = space_len(m->t, m->len, p)) == 0)
			break;
		p += n;
	}
	return p;
}

/* A one-byte sign at p ("$"), when the second byte rules out the others. */
static size_t
sym1(const struct money *m, size_t p, int *idx)
{
	int i = m->single[(unsigned char)m->t[p]];

	if (i == 0)
		return 0;
	*idx = i - 1;
	return 1;
}

/* The currency sign at p: its length, and its index in *idx. */
static size_t
sym_at(const struct money *m, size_t p, int *idx)
{
	size_t i, best = 0;

	if (!m->symfirst[(unsigned char)m->t[p]])
		return 0;
	if (p + 1 < m->len) {
		unsigned k = (unsigned char)m->t[p] << 8 | (unsigned char)m->t[p + 1];

		if (!(m->sym2[k >> 3] & (1 << (k & 7))))
			return sym1(m, p, idx);
	}
	for (i = 0; i < m->nsyms; i++)
		if (m->syms[i].s[0] == m->t[p] &&
		    m->syms[i].n > best && m->syms[i].n <= m->len - p &&
		    memcmp(m->t + p, m->syms[i].s, m->syms[i].n) == 0) {
			best = m->syms[i].n;
			*idx = (int)i;
		}
	return best;
}

/* Is the character at p a letter or mark (not a currency sign)?  Its length. */
static size_t
letter_at(const struct money *m, size_t p)
{
	int32_t cp;
	int n, idx;
	utf8proc_category_t c;

	if (is_alpha((unsigned char)m->t[p]))
		return 1;
	if ((unsigned char)m->t[p] < 0x80 || sym_at(m, p, &idx) > 0)
		return 0;
	n = u8_decode(m->t + p, m->t + m->len, &cp);
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	if ((c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
	    (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME))
		return (size_t)n;
	return 0;
}

/* The end of the word starting at p ("U.S." and "u.s" are one word). */
static size_t
word_end(const struct money *m, size_t p)
{
	const unsigned char *t = (const unsigned char *)m->t;
	size_t q = p, n;
	int seg = 0, nseg = 1;

	/* the common case: ASCII letters, then ASCII that is no dot */
	q = alpha_end(t, q, m->len);
	if (q > p + 1 && (q == m->len || (t[q] < 0x80 && t[q] != '.')))
		return q;
	q = p;
	while (q < m->len) {
		if (is_alpha((unsigned char)m->t[q])) {
			q++;
			seg++;
			continue;
		}
		if ((unsigned char)m->t[q] >= 0x80 && (n = letter_at(m, q)) > 0) {
			q += n;
			seg++;
			continue;
		}
		if (m->t[q] == '.' && seg == 1) {
			if (q + 1 < m->len && is_alpha((unsigned char)m->t[q + 1]) &&
			    (q + 2 >= m->len || !is_alpha((unsigned char)m->t[q + 2]))) {
				q++;
				seg = 0;
				nseg++;
				continue;
			}
			if (nseg >= 2)
				q++;
		}
		break;
	}
	return q;
}

/*
 * The token at p, through a small cache: the parsers look at the token
 * after an amount several times (magnitude? percent? unit? range?).
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void tok_scan(const struct money *, size_t, struct tok *);

static inline void
tok_next(const struct money *m, size_t p, struct tok *tk)
{
	struct tcent *c = &m->tc[p & (TC_SLOTS - 1)];

	if (c->p == p) {
		*tk = c->tk;
		return;
	}
	tok_scan(m, p, tk);
	c->p = p;
	c->tk = *tk;
}

static void
tok_scan(const struct money *m, size_t p, struct tok *tk)
{
	size_t q = skip_space(m, p), n;
	int32_t cp;
	unsigned char c;

	tk->gap = q > p;
	tk->s = q;
	tk->sym = -1;
	if (q >= m->len) {
		tk->type = T_END;
		tk->e = q;
		return;
	}
	c = (unsigned char)m->t[q];
	if (is_digit(c)) {
		tk->type = T_NUM;
		for (tk->e = q; tk->e < m->len && is_digit((unsigned char)m->t[tk->e]);)
			tk->e++;
	} else if (is_alpha(c)) {
		tk->type = T_WORD;
		tk->e = word_end(m, q);
	} else if (m->symfirst[c] && (n = sym_at(m, q, &tk->sym)) > 0) {
		tk->type = T_SYM;
		tk->e = q + n;
	} else if (c >= 0x80 && letter_at(m, q) > 0) {
		tk->type = T_WORD;
		tk->e = word_end(m, q);
	} else {
		tk->type = T_PUNCT;
		tk->e = q + (size_t)u8_decode(m->t + q, m->t + m->len, &cp);
	}
}

static size_t
digit_run(const struct money *m, size_t p)
{
	size_t q = p;

	while (q < m->len && is_digit((unsigned char)m->t[q]))
		q++;
	return q - p;
}

static inline int
word_is(const struct money *m, const struct tok *tk, const char *w)
{
	size_t n = strlen(w), i;

	if (tk->type != T_WORD || tk->e - tk->s != n)
		return 0;
	for (i = 0; i < n; i++) {
		int c = (unsigned char)m->t[tk->s + i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (c != w[i])
			return 0;
	}
	return 1;
}

static inline int
punct_is(const struct money *m, const struct tok *tk, const char *s)
{
	size_t n = strlen(s);

	return tk->type == T_PUNCT && tk->e - tk->s == n &&
	    memcmp(m->t + tk->s, s, n) == 0;
}

static int
all_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_alpha((unsigned char)s[i]) && !(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

/* ---- numerals ---- */

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

/* ---- word lists ---- */

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

static int unit_word1(const struct money *, const struct tok *, int *, size_t *);

/*
 * The currency word(s) starting at word token w: 1, *ui and *ue.  Not
 * before an apostrophe ("5 won't") nor a veto word ("10 euro zone").
 */
static int
unit_word(const struct money *m, const struct tok *w, int *ui, size_t *ue)
{
	struct tok nx;
	char key[KEY_MAX + 2];
	size_t n, k;

	if (!unit_word1(m, w, ui, ue))
		return 0;
	if (*ue < m->len && (m->t[*ue] == '\'' || (*ue + 2 < m->len &&
	    memcmp(m->t + *ue, "\xe2\x80\x99", 3) == 0))) {
		k = *ue + (m->t[*ue] == '\'' ? 1 : 3);
		if (k < m->len && is_alpha((unsigned char)m->t[k]))
			return 0;
	}
	tok_next(m, *ue, &nx);
	n = *ue - w->s;
	if (nx.type == T_WORD && n + 1 + (nx.e - nx.s) <= KEY_MAX &&
	    m->vetoes.n > 0) {
		memcpy(key, m->t + w->s, n);
		key[n] = '\t';
		memcpy(key + n + 1, m->t + nx.s, nx.e - nx.s);
		if (strset_has(&m->vetoes, key, n + 1 + (nx.e - nx.s)))
			return 0;
	}
	return 1;
}

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

static const char *
unit_cur(const struct money *m, int ui)
{
	return m->units[ui].iso[0] == '$' ? m->dollar : m->units[ui].iso;
}

/* The magnitude word at token tk: its power of ten, or -1. */
static int
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
static int
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

/* ---- amounts ---- */

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

/*
 * The amount starting at token tk: a numeral or (with words) number
 * words or a fraction, then magnitude words.  Returns 1 and fills a;
 * 0 with a->e set to where a new attempt may start.
 */
static int
parse_amount(const struct money *m, const struct tok *tk, int words, struct amt *a)
{
	unsigned long long v, vs;
	size_t n, ns, fe;
	int ord, ords;
	struct dec f;
	struct tok nx;
	struct amt b;

	if (tk->type == T_NUM) {
		if (!parse_numeral(m, tk->s, a))
			return 0;
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
	/* "a" and "an" count only before a hundred or a magnitude */
	if (word_is(m, tk, "a") || word_is(m, tk, "an")) {
		tok_next(m, tk->e, &nx);
		if (nx.type != T_WORD || (!word_is(m, &nx, "hundred") &&
		    mag_word(m, &nx) < 0))
			return 0;
	}
	n = numword_parse(m->t + tk->s, m->len - tk->s, 0, &v, &ord);
	if (n == 0 || ord)
		return 0;
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
				if (c.hasmag && dec_add(&b.v, &f) == 0) {
					b.raw = b.v;
					b.e = fe;
					b.integer = 0;
				}
			}
		}
		read_mags(m, &b);
		if (b.hasmag && b.e >= tk->s + n) {
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

static int
year_like(const struct amt *a, const struct money *m)
{
	const char *s = m->t + a->s;

	return !a->words && !a->grouped && a->integer && !a->hasmag &&
	    a->e - a->s == 4 && (memcmp(s, "18", 2) == 0 ||
	    memcmp(s, "19", 2) == 0 || memcmp(s, "20", 2) == 0 ||
	    memcmp(s, "21", 2) == 0);
}

/* The word before byte p, as a token (type T_END when there is none). */
static void
word_before(const struct money *m, size_t p, struct tok *tk)
{
	size_t q = p, n;
	int32_t cp;

	tk->type = T_END;
	while (q > 0) {
		n = (size_t)u8_decode_prev(m->t, m->t + q, &cp);
		if (space_len(m->t, m->len, q - n) != n)
			break;
		q -= n;
	}
	if (q == p && p > 0)
		return;		/* attached to something */
	tk->e = q;
	while (q > 0 && is_alpha((unsigned char)m->t[q - 1]))
		q--;
	if (q == tk->e)
		return;
	tk->s = q;
	tk->type = T_WORD;
}

/*
 * The currency after an amount ending at a->e: joined ("115USD", "5€"),
 * after a space, or after a hyphen ("12-cent", "one-yen").  "99p" is
 * pence only joined to a numeral.  Returns 1, the unit, its start and end.
 */
static int
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
		static const char *const res[] = { "144", "240", "360", "480",
		    "540", "576", "720", "1080", "1440", "2160", "4320" };
		size_t i, n = a->e - a->s;

		for (i = 0; i < sizeof(res) / sizeof(res[0]); i++)
			if (strlen(res[i]) == n && memcmp(res[i], m->t + a->s, n) == 0)
				return 0;
		*ui = m->u_pence;
		*ue = tk.e;
		return 1;
	}
	if (!tk.gap && !hyphen && !a->words && tk.e - tk.s == 1 &&
	    m->t[tk.s] == 'c') {
		/* 50c */
		*ui = m->u_cent;
		*ue = tk.e;
		return 1;
	}
	return unit_word(m, &tk, ui, ue);
}

static int
same_cur(const struct money *m, int u1, int u2)
{
	return strcmp(unit_cur(m, u1), unit_cur(m, u2)) == 0;
}

/* Is the amount followed by a percent sign or word? */
static int
percent_after(const struct money *m, size_t e)
{
	struct tok tk;

	tok_next(m, e, &tk);
	return punct_is(m, &tk, "%") || word_is(m, &tk, "percent") ||
	    word_is(m, &tk, "pct") || word_is(m, &tk, "percentage");
}

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

static void
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
 * "thirteen dollars and forty-five cents", "15 dollars 50", "17 USD 25".
 * Without a minor-unit word the cents must be two digits or words (or,
 * after a sign or code before the amount, words only).
 */
static void
read_cents(const struct money *m, struct mention *mn, int prefix)
{
	struct tok tk, nx;
	struct amt c;
	struct dec cv;
	unsigned long long v;
	size_t ce, us, ue, n;
	int ord, ui, words;

	if (!mn->integer || mn->hasmag || m->units[mn->unit].exp != 0 ||
	    strset_has(&m->zerodec, mn->cur, 3))
		return;
	tok_next(m, mn->e, &tk);
	if (word_is(m, &tk, "and"))
		tok_next(m, tk.e, &tk);
	if (tk.type == T_NUM) {
		n = tk.e - tk.s;
		if (n > 2 || (tk.e < m->len && (letter_at(m, tk.e) > 0 ||
		    ((m->t[tk.e] == '.' || m->t[tk.e] == ',') &&
		    tk.e + 1 < m->len && is_digit((unsigned char)m->t[tk.e + 1])))))
			return;
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
		if (m->units[ui].exp >= 0 || !same_cur(m, ui, mn->unit))
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
	if (prefix ? !words : (!words && n != 2))
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
static int
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
	apply_unit(m, mn, &a, ui, 0);
	mn->s = S;
	mn->e = a.e;
	/* a redundant name: "$10 dollars", "US$5 million US dollars" */
	if (unit_after(m, &a, &u2, &us, &ue) &&
	    (m->units[u2].flags & (U_NAME | U_CODE)) && m->units[u2].exp == 0 &&
	    same_cur(m, u2, ui))
		mn->e = ue;
	else
		read_cents(m, mn, 1);
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

/* Is "N pounds" a weight here? */
static int
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

/*
 * An amount followed by its currency, starting at token tk: "250 million
 * USD", "fifty cents", "99p", "75 USD million".  *a gets the amount
 * whether or not a currency followed.
 */
static int
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
	if ((u->flags & U_NAME) && year_like(a, m)) {
		/* "in 2019 dollars"; "since 2010 Rand Paul", "2019 Yuan said" */
		word_before(m, a->s, &nx);
		if (nx.type == T_WORD &&
		    strset_has(&m->yearcue, m->t + nx.s, nx.e - nx.s))
			return 0;
		if (m->t[us] >= 'A' && m->t[us] <= 'Z' && !all_upper(m->t + us, ue - us))
			return 0;
	}
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
	read_cents(m, mn, 0);
	return 1;
}

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
static int
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

/* The currency, if any, before an amount at word token w: "US$", "HK $". */
static int
dollar_prefix(const struct money *m, const struct tok *w, int *ui, size_t *P)
{
	struct tok sy, nx;
	char key[KEY_MAX + 8];
	size_t wl = w->e - w->s, sl, q = w->e;
	int u;

	if (q < m->len && m->t[q] == ' ')
		q++;
	if (q >= m->len || !m->symfirst[(unsigned char)m->t[q]])
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
static int
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

/* Try a mention at token tk; returns where the scan goes on. */
static size_t
try_at(struct money *m, const struct tok *tk)
{
	struct mention mn, hi;
	struct amt a;
	struct tok nx;
	size_t P, q;
	int ui, dash;

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
		if (dollar_prefix(m, tk, &ui, &P) && parse_prefix(m, tk->s, P, ui, &mn))
			goto prefixed;
		if (unit_word(m, tk, &ui, &P) &&
		    (m->units[ui].flags & (U_PRE | U_PREMAG)) &&
		    parse_prefix(m, tk->s, P, ui, &mn))
			goto prefixed;
	} else if (tk->type == T_NUM) {
		/* a model number or code: A380, F16 */
		if (tk->s > 0 && !tk->gap) {
			int32_t cp;
			size_t n = (size_t)u8_decode_prev(m->t, m->t + tk->s, &cp);

			if (letter_at(m, tk->s - n) > 0)
				return tk->e;
		}
	} else
		return tk->e;
	if (parse_postfix(m, tk, &mn, &a)) {
		emit(m, mn.s, mn.e, mn.cur, &mn.v);
		return mn.e;
	}
	if (!a.ok)
		return tk->type == T_NUM && a.e > tk->s ? a.e : tk->e;
	/* "2-3 million dollars", "between 2 and 3 million pounds" */
	if ((q = connector(m, a.e, a.s, &dash)) != 0) {
		tok_next(m, q, &nx);
		if ((nx.type == T_NUM || nx.type == T_WORD) &&
		    parse_postfix(m, &nx, &hi, &a) == 1) {
			struct amt lo;

			if (parse_amount(m, tk, 1, &lo) && !year_like(&lo, m)) {
				apply_unit(m, &mn, &lo, hi.unit, 1);
				mn.s = lo.s;
				mn.e = lo.e;
				inherit_mag(m, &mn, &hi.raw, a.mag);
				emit(m, mn.s, mn.e, mn.cur, &mn.v);
			}
			emit(m, hi.s, hi.e, hi.cur, &hi.v);
			return hi.e;
		}
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

enum { C_OTHER, C_SPACE, C_ALPHA, C_PUNCT };

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
 * before "half", "quarter", "hundred" or a magnitude) and that is no
 * unit?  Only plain ASCII after it is judged; anything else is "no".
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
		memcpy(&w, o->text + o->byte, 8);
		if (w & 0x8080808080808080ull)
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

/* ---- set-up ---- */

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

/* Add the last word of a surface to the indicator set. */
static void
add_indicator(struct money *m, const char *s, size_t n)
{
	size_t i = n;

	while (n > 0 && s[n - 1] == '.')
		n--;
	for (i = n; i > 0 && s[i - 1] != ' ' && s[i - 1] != '-'; i--)
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
	m->u_cent = add_unit(m, "$", 1, U_SUF, -2);
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
	strset_free(&m->ind);
	strset_free(&m->vetoes);
	free(m->fracval);
	free(m->units);
	free(m->syms);
	free(m->rows);
	free(m->tc);
	free(m);
}
