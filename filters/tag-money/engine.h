/*
 * engine -- what the stages of the tag-money engine share: the types
 * (struct money, its tokens, amounts and mentions), the hot helpers that
 * cross files (static inline here), and each stage's interface.
 *
 * The stages, in the order a text meets them (money.c is the driver):
 *	lexicon.c	the money-*.txt lists as tables (money_new), and the
 *			lookups on them: currency words, magnitudes, fractions
 *	tokens.c	characters and tokens: words ("U.S."), numbers, signs
 *	numbers.c	the amount at a token: numerals, number words,
 *			fractions, magnitude words ("5 crore", "2.5bn")
 *	decimal.c	exact decimal arithmetic and the AMOUNT column
 *	match.c		a currency before the amount ("Rs 5", "US$ 1.8") or
 *			after it ("250 million USD", "99p"), and cents
 *	ranges.c	both ends of a range ("$2-3 billion", "2 to 3 euros")
 *	vetoes.c	what looks like money and is not: years, percentages,
 *			weights, video resolutions, model numbers, "euro zone"
 *	money.c		the driver: pre-scan, fast path, money_scan()
 */
#ifndef TAG_MONEY_ENGINE_H
#define TAG_MONEY_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "money.h"
#include "wordlist.h"

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
	U_SYM = 128,		/* a currency sign */
	U_MINOR = 256		/* a minor unit of whatever currency comes
				   before it: "5 AUD 5 cents" is AUD 5.05 */
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
	struct strset	 artnext;	/* words after "a dollar" */
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

/* Byte classes of m->cls, for the fast path (fast_skip in money.c). */
enum { C_OTHER, C_SPACE, C_ALPHA, C_PUNCT };

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
	int		article;	/* "a" or "an" before a currency name */
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

/* ---- characters and tokens ---- */

static inline int
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
	uint64_t w, x, bad;

	while (len - j >= 8) {
		w = ascii_word8(t + j);
		x = (w | 0x20 * ASCII_ONES) & ASCII_LOW7;
		bad = (~(x + 0x1f1f1f1f1f1f1f1full) |
		    (x + 0x0505050505050505ull) | w) & ASCII_HIGHS;
		if (bad != 0)
			return j + (size_t)(__builtin_ctzll(bad) >> 3);
		j += 8;
	}
#endif
	while (j < len && is_alpha(t[j]))
		j++;
	return j;
}

/*
 * The token at p, through a small cache: the parsers look at the token
 * after an amount several times (magnitude? percent? unit? range?).
 */
#if defined(__GNUC__)
__attribute__((noinline))
#endif
void	 tok_scan(const struct money *, size_t, struct tok *);

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

static inline int
all_upper(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (is_alpha((unsigned char)s[i]) && !(s[i] >= 'A' && s[i] <= 'Z'))
			return 0;
	return 1;
}

/* The ISO code of unit ui ("$" stands for the --dollar currency). */
static inline const char *
unit_cur(const struct money *m, int ui)
{
	return m->units[ui].iso[0] == '$' ? m->dollar : m->units[ui].iso;
}

static inline int
same_cur(const struct money *m, int u1, int u2)
{
	return strcmp(unit_cur(m, u1), unit_cur(m, u2)) == 0;
}

/*
 * Could a currency sign follow word token w (joined, or after one
 * space)?  The cheap test before dollar_prefix() ("US$", "HK $").
 */
static inline int
sign_after(const struct money *m, const struct tok *w)
{
	size_t q = w->e;

	if (q < m->len && m->t[q] == ' ')
		q++;
	return q < m->len && m->symfirst[(unsigned char)m->t[q]];
}

/* ---- decimal.c: exact decimal arithmetic ---- */

/* Append a digit; leading zeros are dropped.  -1 when too long. */
static inline int
dec_push(struct dec *x, int digit)
{
	if (x->n == 0 && digit == 0)
		return 0;
	if (x->n >= DEC_MAX)
		return -1;
	x->d[x->n++] = (unsigned char)digit;
	return 0;
}

void	 dec_norm(struct dec *x);
void	 dec_from_u64(struct dec *x, unsigned long long v);
int	 dec_add(struct dec *a, const struct dec *b);
int	 dec_cmp(const struct dec *a, const struct dec *b);
int	 dec_format(const struct dec *x, char *buf, size_t size);

/* ---- tokens.c ---- */

size_t	 space_len(const char *t, size_t len, size_t p);
size_t	 sym_at(const struct money *m, size_t p, int *idx);
size_t	 letter_at(const struct money *m, size_t p);
size_t	 word_end(const struct money *m, size_t p);
void	 word_before(const struct money *m, size_t p, struct tok *tk);

/* ---- lexicon.c: lookups ---- */

int	 unit_word(const struct money *m, const struct tok *w, int *ui,
	    size_t *ue);
int	 mag_word(const struct money *m, const struct tok *tk);
int	 fraction_at(const struct money *m, const struct tok *w, struct dec *f,
	    size_t *fe);

/* ---- numbers.c ---- */

int	 parse_amount(const struct money *m, const struct tok *tk, int words,
	    struct amt *a);

/* ---- match.c ---- */

int	 unit_after(const struct money *m, const struct amt *a, int *ui,
	    size_t *us, size_t *ue);
void	 apply_unit(const struct money *m, struct mention *mn,
	    const struct amt *a, int ui, int after);
int	 parse_prefix(const struct money *m, size_t S, size_t P, int ui,
	    struct mention *mn);
int	 parse_postfix(const struct money *m, const struct tok *tk,
	    struct mention *mn, struct amt *a);
int	 dollar_prefix(const struct money *m, const struct tok *w, int *ui,
	    size_t *P);
int	 dollar_suffix(const struct money *m, const struct tok *sy, int *ui,
	    size_t *P);

/* ---- ranges.c ---- */

int	 range_forward(const struct money *m, struct mention *lo,
	    struct mention *hi);
int	 range_back(const struct money *m, const struct tok *tk, struct amt *a,
	    struct mention *lo, struct mention *hi);

/* ---- vetoes.c ---- */

int	 year_like(const struct amt *a, const struct money *m);
int	 year_before_name(const struct money *m, const struct amt *a,
	    size_t us, size_t ue);
int	 year_after_prefix(const struct money *m, const struct amt *a,
	    size_t S, size_t P);
int	 percent_after(const struct money *m, size_t e);
int	 weight_context(const struct money *m, const struct amt *a, size_t us,
	    size_t ue);
int	 video_resolution(const struct money *m, const struct amt *a);
int	 model_number(const struct money *m, const struct tok *tk);
int	 unit_vetoed(const struct money *m, const struct tok *w, size_t ue);
int	 article_unit_ok(const struct money *m, size_t ue);
int	 spaced_cent(const struct money *m, const struct amt *a,
	    const struct tok *c);

#endif
