/*
 * tokens -- the tokenizer: reads the text as numbers (runs of ASCII
 * digits), words (letters and marks; "U.S." and "u.s" are one word),
 * currency signs (the money-symbols.txt table) and single punctuation
 * characters, with the white space before each.  Hands tokens to the
 * other stages through tok_next() (engine.h), which caches them.
 */
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "engine.h"
#include "u8.h"

/* Bytes of the white-space character at p, or 0. */
size_t
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
size_t
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
size_t
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
size_t
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

/* The token at p, uncached: tok_next() (engine.h) calls it. */
void
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

/* The word before byte p, as a token (type T_END when there is none). */
void
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
