/*
 * tokenize -- owns the tokenizer: words of ASCII letters (read eight bytes
 * at a time), digit runs, punctuation; whitespace only sets a flag on the
 * next token.  Reads the text and the lexicon's hash table; hands on the
 * token window d->tok, each token with its lexicon entry and trigger bits.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "dates-int.h"
#include "u8.h"

/* Byte classes for the tokenizer (letters first: one test finds them). */
enum { C_UPPER, C_LOWER, C_PUNCT, C_SPACE, C_DIGIT, C_HIGH };

static uint8_t bclass[256];	/* filled by bclass_init() */
static uint8_t balpha[256];	/* 1 upper, 2 lower, 0 not a letter */

void
bclass_init(void)
{
	int c;

	for (c = 0; c < 256; c++)
		bclass[c] = (uint8_t)(c >= 0x80 ? C_HIGH :
		    c >= '0' && c <= '9' ? C_DIGIT :
		    c >= 'A' && c <= 'Z' ? C_UPPER :
		    c >= 'a' && c <= 'z' ? C_LOWER :
		    c == ' ' || (c >= '\t' && c <= '\r') ? C_SPACE : C_PUNCT);
	for (c = 0; c < 256; c++)
		balpha[c] = (uint8_t)(bclass[c] == C_UPPER ? 1 :
		    bclass[c] == C_LOWER ? 2 : 0);
}

/*
 * The lexicon index of the padded word (a, b) as wfind() loads it, or -1.
 * Whether a word of the text is in the lexicon is anybody's guess, so
 * the answer is selected without a branch on it; the loop goes on only
 * past a slot that holds another word.
 */
static inline int32_t
wlookup(const struct dates *d, uint64_t a, uint64_t b)
{
	uint32_t h = whash2(a, b) & (WTAB - 1);
	uint64_t w0, w1;
	int match;

	for (;;) {
		const struct wslot *sl = &d->words[h];

		w0 = ascii_word8(sl->w);
		w1 = ascii_word8(sl->w + 8);
		match = (w0 == a) & (w1 == b);
		if (match | (sl->lex < 0))
			return match ? sl->lex : -1;
		h = (h + 1) & (WTAB - 1);
	}
}

/* The window's next token (*nt counts them; kept out of struct dates
 * while tokenizing, so that the stores to tokens need not reload it). */
static inline struct tok *
tok_push(struct tok *tk, size_t *nt, size_t s, size_t e, int kind, int fl,
    char ch)
{
	struct tok *t;

	t = &tk[(*nt)++];
	t->s = s;
	t->e = e;
	t->kind = (uint8_t)kind;
	t->fl = (uint8_t)fl;
	t->ch = ch;
	t->lex = -1;
	t->num = 0;
	t->nd = 0;
	t->fid = F_NONE;
	t->trig = kind == K_PUNCT && ch == '\'' ? T_ALWAYS : 0;
	return t;
}

/*
 * Words eight bytes at a time.  letters8() sets bit 7 of each byte of w
 * that is an ASCII letter: the byte without its top bit, folded to lower
 * case, is in 'a'..'z' (adding 0x1F and 0x05 to a byte below 0x80
 * carries into bit 7 from 'a' and from '{' on), and the top bit is clear.
 */
static inline uint64_t
letters8(uint64_t w)
{
	uint64_t y = (w & ASCII_LOW7) | 0x20 * ASCII_ONES;

	return (y + 0x1F1F1F1F1F1F1F1FULL) & ~(y + 0x0505050505050505ULL) &
	    ~w & ASCII_HIGHS;
}

/*
 * The letter run at p[0..avail) (p[0] a letter, avail >= 8): its length
 * in *len, the run NUL-padded to 16 bytes as two words in *k0, *k1,
 * *upper when it has no lower-case letter.  Returns 0 (the caller takes
 * the byte loop) when the run is 16 letters or longer, or reaches
 * p[8] with fewer than 16 bytes available, or the machine is not
 * little-endian.  A run found ends before p[avail].
 */
static inline int
word_swar(const unsigned char *p, size_t avail, size_t *len, uint64_t *k0,
    uint64_t *k1, int *upper)
{
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t a, b, m;
	size_t l;

	a = ascii_word8(p);
	m = ~letters8(a) & ASCII_HIGHS;
	if (m != 0) {
		l = (size_t)__builtin_ctzll(m) >> 3;	/* 1..7 */
		a &= (1ULL << (8 * l)) - 1;
		b = 0;
	} else {
		if (avail < 16)
			return 0;
		b = ascii_word8(p + 8);
		m = ~letters8(b) & ASCII_HIGHS;
		if (m == 0)
			return 0;
		l = 8 + ((size_t)__builtin_ctzll(m) >> 3);
		b &= (1ULL << (8 * (l - 8))) - 1;
	}
	*len = l;
	*k0 = a;
	*k1 = b;
	/* lower-case letters have bit 5 set, capitals do not */
	*upper = ((a | b) & 0x2020202020202020ULL) == 0;
	return 1;
#else
	(void)p, (void)avail, (void)len, (void)k0, (void)k1, (void)upper;
	return 0;
#endif
}

/*
 * clean_num_before() for a number about to become token nt (sp: a space
 * before it), worked out once here: the matchers ask it of a number
 * many times, and never of one within two tokens of where a window
 * slid (see dates_tag()), the one place its answer could change.
 */
static int
num_clean_before(const struct tok *tk, size_t nt, int sp)
{
	const struct tok *p = &tk[(ptrdiff_t)nt - 1];

	if (nt == 0 || sp)
		return 1;
	if (p->kind == K_WORD || p->kind == K_NUM || p->kind == K_OTHER)
		return 0;
	if (p->ch == '$' || p->ch == '#')
		return 0;
	if ((p->ch == ',' || p->ch == '.' || p->ch == ':' || p->ch == '/' ||
	    p->ch == '-') && nt >= 2 && tk[nt - 2].kind == K_NUM &&
	    !(p->fl & TF_SP))
		return 0;
	return 1;
}

/*
 * The letter run at u[i..n) the slow way (16 letters or more, or a
 * big-endian machine): as word_swar(), with
 * k0 = k1 = 0 for a run of 16 letters or more.
 */
static void
word_slow(const unsigned char *u, size_t i, size_t n, size_t *len,
    uint64_t *k0, uint64_t *k1, int *upper)
{
	unsigned acc = balpha[u[i]], f;
	unsigned char buf[16];
	size_t j = i + 1;

	while (j < n && (f = balpha[u[j]]) != 0) {
		acc |= f;
		j++;
	}
	*upper = !(acc & 2);
	memset(buf, 0, sizeof buf);
	if (j - i < sizeof buf)
		memcpy(buf, u + i, j - i);
	memcpy(k0, buf, 8);
	memcpy(k1, buf + 8, 8);
	*len = j - i;
}

static const struct lex nolex;	/* the lexicon entry of other words */

/*
 * Append tokens of s[d->tpos..n) to the window until it is full (TOK_WIN
 * tokens) or the text ends; d->tpos and d->tsp carry the position over.
 */
void
tokenize(struct dates *d, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	struct tok *tk = d->tok;
	size_t i = d->tpos, j, nt = d->ntok;
	int sp = d->tsp, len, upper, cl, fl;
	int32_t cp, lx;
	uint64_t k0, k1;	/* a word, lower case, NUL-padded */
	struct tok *t;

	while (i < n && nt < TOK_WIN) {
		unsigned char c = u[i];

		cl = bclass[c];
		if (cl <= C_LOWER && n - i >= 8 &&
		    word_swar(u + i, n - i, &j, &k0, &k1, &upper)) {
			/* the common word: shorter than 16 letters, and the
			 * byte after it (j < n) is in the text */
			const struct lex *L;
			unsigned char after;

			j += i;
			after = u[j];
			fl = sp | (c <= 'Z' ? TF_CAP : 0) |
			    (upper && j - i > 1 ? TF_UPPER : 0);
			/* a word glued to a non-ASCII letter is foreign (the
			 * token before the window's first is a sentinel) */
			if ((after >= 0xC3 && after <= 0xDF) ||
			    (!sp && (tk[nt - 1].fl & TF_LETTER))) {
				fl |= TF_NONASCII;
				lx = -1;
				L = &nolex;
			} else {
				/* lower case: bit 6 (every letter) to bit 5 */
				k0 |= (k0 >> 1) & 0x2020202020202020ULL;
				k1 |= (k1 >> 1) & 0x2020202020202020ULL;
				lx = wlookup(d, k0, k1);
				L = lx >= 0 ? &d->lex[lx] : &nolex;
			}
			tk[nt++] = (struct tok){ .s = i, .e = j, .lex = lx,
			    .kind = K_WORD, .fl = (uint8_t)fl, .fid = L->fid,
			    .trig = L->trig };
			sp = after == ' ';
			i = j + (size_t)sp;
			continue;
		}
		if (cl == C_SPACE) {
			sp = 1;
			i++;
			continue;
		}
		if (cl <= C_LOWER) {
			const struct lex *L = &nolex;
			int ok;

			lx = -1;
			if (n - i >= 16)	/* 16 letters or more */
				ok = 0;
			else {	/* the end of the text: a padded copy */
				unsigned char tail[16] = { 0 };

				memcpy(tail, u + i, n - i);
				ok = word_swar(tail, 16, &j, &k0, &k1, &upper);
			}
			if (!ok)
				word_slow(u, i, n, &j, &k0, &k1, &upper);
			j += i;
			fl = (sp ? TF_SP : 0) | (c <= 'Z' ? TF_CAP : 0) |
			    (upper && j - i > 1 ? TF_UPPER : 0);
			/* a word glued to a non-ASCII letter is foreign */
			if ((j < n && u[j] >= 0xC3 && u[j] <= 0xDF) ||
			    (!sp && nt >= 1 && (tk[nt - 1].fl & TF_LETTER)))
				fl |= TF_NONASCII;
			if (j - i < 16 && !(fl & TF_NONASCII)) {
				/* lower case: bit 6 (every letter) to bit 5 */
				k0 |= (k0 >> 1) & 0x2020202020202020ULL;
				k1 |= (k1 >> 1) & 0x2020202020202020ULL;
				lx = wlookup(d, k0, k1);
				L = lx >= 0 ? &d->lex[lx] : &nolex;
			}
			tk[nt++] = (struct tok){ .s = i, .e = j, .lex = lx,
			    .kind = K_WORD, .fl = (uint8_t)fl, .fid = L->fid,
			    .trig = L->trig };
			/* one space after a token: taken here, not by another
			 * turn of the loop */
			sp = j < n && u[j] == ' ';
			i = j + (size_t)sp;
			continue;
		}
		if (cl == C_DIGIT) {
			uint32_t val = 0;

			j = i;
			while (j < n && bclass[u[j]] == C_DIGIT) {
				if (val < 100000000)
					val = val * 10 + (uint32_t)(u[j] - '0');
				else
					val = 999999999;
				j++;
			}
			t = tok_push(tk, &nt, i, j, K_NUM, (sp ? TF_SP : 0) |
			    (num_clean_before(tk, nt, sp) ? TF_CLEANB : 0), 0);
			t->num = val;
			t->nd = (uint8_t)(j - i > 200 ? 200 : j - i);
			t->trig = T_ALWAYS | T_STRONG;
			sp = j < n && u[j] == ' ';
			i = j + (size_t)sp;
			continue;
		}
		if (cl == C_PUNCT) {
			tok_push(tk, &nt, i, i + 1, K_PUNCT, sp ? TF_SP : 0,
			    (char)c);
			i++;
			sp = i < n && u[i] == ' ';
			i += (size_t)sp;
			continue;
		}
		/* a byte above 0x7F: every one starts a token here */
		if (i < d->asciilen)
			d->asciilen = i;
		len = u8_decode(s + i, s + n, &cp);
		if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
		    cp == 0x202F || cp == 0x3000) {
			sp = 1;
			i += (size_t)len;
			continue;
		}
		if (cp == 0x2018 || cp == 0x2019)
			tok_push(tk, &nt, i, i + (size_t)len, K_PUNCT,
			    sp ? TF_SP : 0, '\'');
		else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013)
			tok_push(tk, &nt, i, i + (size_t)len, K_PUNCT,
			    sp ? TF_SP : 0, '-');
		else
			tok_push(tk, &nt, i, i + (size_t)len, K_OTHER,
			    (sp ? TF_SP : 0) | (len == 2 && u[i] >= 0xC3 &&
			    u[i] <= 0xDF ? TF_LETTER : 0), 0);
		i += (size_t)len;
		sp = 0;
	}
	d->ntok = nt;
	d->tpos = i;
	d->tsp = sp;
	/* sentinels after the window (see TOK_PAD): over the slots an
	 * earlier record or window left dirty, those the new tokens did not
	 * overwrite */
	for (j = d->ntok; j < d->tokhi; j++)
		tok_sentinel(&d->tok[j]);
	d->tokhi = d->ntok;
}
