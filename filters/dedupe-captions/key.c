/*
 * key -- the normaliser (see key.h).  Reads a line's bytes; writes its
 * key into kx->kbuf.  ASCII and the common typographic characters take
 * a fast path; other runs are folded by utf8proc (u8_fold()).  Building
 * a key is linear in the line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "dedupe.h"
#include "u8.h"
#include "xalloc.h"

static int
is_quote(int32_t cp)
{
	switch (cp) {
	case '"': case '`': case 0x00B4: case 0x2018: case 0x2019:
	case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E:
	case 0x201F: case 0x2032: case 0x2033: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E:
	case 0x300F:
		return 1;
	}
	return 0;
}

static int
is_dash(int32_t cp)
{
	return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
	    cp == 0xFE63;
}

static int
is_space(int32_t cp)
{
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
		return 1;
	if (cp < 0x80)
		return 0;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return 1;
	default:
		return cp == 0x85;
	}
}

/* Trimmed at the ends of a key: spaces, punctuation, '|'. */
static int
is_trim(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp == '|' || cp == '~' || cp == '^' || cp == '+' || cp == '=' ||
	    cp == '<' || cp == '>')
		return 1;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_ZS:
		return 1;
	default:
		return 0;
	}
}

/*
 * Box drawing, block elements, geometric shapes and miscellaneous
 * symbols (rules of U+2501 a thousand wide, U+25A1, U+2606 on scraped
 * pages): none decomposes, case folds, is ignorable, has a combining
 * class or takes part in a composition (utf8proc's tables; the unit
 * tests check every one).  So NFKC and case folding leave each as it
 * is, and nothing composes or reorders across one: folding a run that
 * holds one is folding the text before it and after it apart.
 */
static int
is_inert(int32_t cp)
{
	return cp >= 0x2500 && cp <= 0x26FF;
}

/*
 * Characters whose NFKC case fold is known without utf8proc, so that
 * English text with typographic quotes and dashes keeps the fast path.
 * 0: not known, take the slow path.
 */
enum { FC_ASCII = 1, FC_QUOTE, FC_DASH, FC_SPACE, FC_IGNORE, FC_ELLIPSIS,
    FC_SAME };

static int
fast_class(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
	case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A:
		return FC_QUOTE;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212:
		return FC_DASH;
	case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
	case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
	case 0x202F: case 0x205F: case 0x3000:
		return FC_SPACE;
	case 0x200B: case 0x00AD: case 0x200C: case 0x200D: case 0x2060:
	case 0xFEFF:
		return FC_IGNORE;
	case 0x2026:
		return FC_ELLIPSIS;
	case 0x2022: case 0x00A9: case 0x00AE: case 0x00B7: case 0x00B0:
		return FC_SAME;
	default:
		return is_inert(cp) ? FC_SAME : 0;
	}
}

/*
 * Append the key of the character at s[i] (ASCII or of fast_class())
 * to kb, which has room for it; returns its length in bytes.
 */
static size_t
fast_put(char *kb, size_t *len, int *space, const char *s, size_t i,
    size_t n)
{
	unsigned char c = (unsigned char)s[i];
	int k = 1, cls = FC_ASCII;
	int32_t cp;

	if (c >= 0x80) {
		k = u8_decode(s + i, s + n, &cp);
		cls = fast_class(cp);
	}
	if (cls == FC_IGNORE)
		return (size_t)k;
	if (cls == FC_SPACE || c == ' ' || (c >= 0x09 && c <= 0x0D)) {
		*space = 1;
		return (size_t)k;
	}
	if (*space && *len > 0)
		kb[(*len)++] = ' ';
	*space = 0;
	switch (cls) {
	case FC_QUOTE:
		kb[(*len)++] = '\'';
		break;
	case FC_DASH:
		kb[(*len)++] = '-';
		break;
	case FC_ELLIPSIS:
		memcpy(kb + *len, "...", 3);
		*len += 3;
		break;
	case FC_SAME:
		memcpy(kb + *len, s + i, (size_t)k);
		*len += (size_t)k;
		break;
	default:
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		else if (c == '"' || c == '`')
			c = '\'';
		kb[(*len)++] = (char)c;
	}
	return (size_t)k;
}

static void
key_put(struct dc_keys *kx, size_t *len, const char *p, size_t n)
{
	xgrow((void **)&kx->kbuf, &kx->kcap, *len + n + 1, 1);
	memcpy(kx->kbuf + *len, p, n);
	*len += n;
}

/*
 * Add one run of non-ASCII characters at k->s[k->i] to the key (or the
 * ASCII character there and the run after it).  ASCII and the characters
 * of fast_class() are mapped here.  A run holding a character that
 * fast_class() does not know is folded by utf8proc together with the
 * ASCII character before it (a mark may compose with it): NFKC and case
 * folding never reach across any other ASCII character, so the result
 * is that of folding the whole line.  Nor across an is_inert() one: a
 * run ends before it, and it makes a run of its own, so the key of a
 * rule a thousand characters wide is built only as far as it is needed
 * (could_match() wants 8 bytes of it).
 */
static void
key_run(struct dc_keys *kx, struct kbuild *k)
{
	const char *s = k->s, *p, *end;
	char *fold;
	size_t n = k->n, i = k->i, j, flen;
	int slow = 0;
	int32_t cp;

	j = (unsigned char)s[i] < 0x80 ? i + 1 : i;
	while (j < n && (unsigned char)s[j] >= 0x80) {
		int kl = u8_decode(s + j, s + n, &cp);

		if (is_inert(cp)) {
			if (j == i || (j == i + 1 && (unsigned char)s[i] < 0x80))
				j += (size_t)kl;	/* the run's first */
			break;
		}
		j += (size_t)kl;
		if (fast_class(cp) == 0)
			slow = 1;
	}
	if (!slow) {
		while (i < j) {
			/* room for a blank and "..." (U+2026) */
			if (k->len + 5 > kx->kcap)
				xgrow((void **)&kx->kbuf, &kx->kcap, k->len + 5, 1);
			i += fast_put(kx->kbuf, &k->len, &k->space, s, i, j);
		}
		k->i = j;
		return;
	}
	fold = u8_fold(s + i, j - i, &flen);
	for (p = fold, end = fold + flen; p < end; ) {
		int kl = u8_decode(p, end, &cp);

		if (is_space(cp))
			k->space = 1;
		else {
			if (k->space && k->len > 0)
				key_put(kx, &k->len, " ", 1);
			k->space = 0;
			if (is_quote(cp))
				key_put(kx, &k->len, "'", 1);
			else if (is_dash(cp))
				key_put(kx, &k->len, "-", 1);
			else
				key_put(kx, &k->len, p, (size_t)kl);
		}
		p += kl;
	}
	free(fold);
	k->i = j;
}

/*
 * Build more of a key: until it holds stop bytes or the text ends.  The
 * key bytes of a piece of text do not depend on what follows it, so a
 * key can be built in steps.  ASCII characters not followed by non-ASCII
 * ones are mapped here: letters lower-cased, blanks collapsed, '"' and
 * '`' made '\''; key_run() does the rest.
 */
void
key_more(struct dc_keys *kx, struct kbuild *k, size_t stop)
{
	const char *s = k->s;
	char *kb = kx->kbuf;	/* in locals: a store to kb may alias kx or k */
	size_t n = k->n, i = k->i, len = k->len, cap = kx->kcap;
	int space = k->space;

	while (i < n && len < stop) {
		unsigned char c = (unsigned char)s[i], o;

		if (len + 2 > cap) {
			xgrow((void **)&kx->kbuf, &kx->kcap, len + 2, 1);
			kb = kx->kbuf;
			cap = kx->kcap;
		}
		if (c >= 0x80 || (i + 1 < n && (unsigned char)s[i + 1] >= 0x80)) {
			k->i = i;
			k->len = len;
			k->space = space;
			key_run(kx, k);
			i = k->i;
			len = k->len;
			space = k->space;
			kb = kx->kbuf;
			cap = kx->kcap;
			continue;
		}
		i++;
		if (c > ' ' && c != '"' && c != '`')
			o = (unsigned char)(c | ((unsigned)(c - 'A') < 26) << 5);
		else if (c == ' ' || (c >= '\t' && c <= '\r')) {
			/*
			 * The rest of a run of blanks, but for a blank
			 * right before a non-ASCII byte: key_run() takes
			 * that one with the run after it.
			 */
			i = blanks_fwd(s, i, n);
			if (i < n && (unsigned char)s[i] >= 0x80 &&
			    (s[i - 1] == ' ' || s[i - 1] == '\t'))
				i--;
			space = 1;
			continue;
		} else
			o = c == '"' || c == '`' ? '\'' : c;
		if (space && len > 0)
			kb[len++] = ' ';
		space = 0;
		kb[len++] = (char)o;
	}
	k->i = i;
	k->len = len;
	k->space = space;
}

/* Trimmed at the ends of a key: punctuation, quotes, blanks. */
static int
key_trims(const char *p, const char *end, int32_t *cp, int fwd)
{
	int k = fwd ? u8_decode(p, end, cp) : u8_decode_prev(p, end, cp);

	return is_trim(*cp) || *cp == '\'' || *cp == ' ' ? k : 0;
}

/* Where the key in kx->kbuf[0..len) starts, leading punctuation trimmed. */
size_t
key_start(const struct dc_keys *kx, size_t st, size_t len)
{
	int32_t cp;
	int k;

	while (st < len && (k = key_trims(kx->kbuf + st, kx->kbuf + len, &cp,
	    1)) > 0)
		st += (size_t)k;
	return st;
}

size_t
dc_key(struct dedupe *d, const char *s, size_t n, const char **key)
{
	struct dc_keys *kx = &d->keys;
	struct kbuild k = { s, n, 0, 0, 0 };
	size_t st, en;
	int32_t cp;
	int kl;

	xgrow((void **)&kx->kbuf, &kx->kcap, n + n / 3 * 3 + 1, 1);
	key_more(kx, &k, SIZE_MAX);
	/* Trim punctuation at both ends. */
	st = key_start(kx, 0, k.len);
	en = k.len;
	while (en > st && (kl = key_trims(kx->kbuf + st, kx->kbuf + en, &cp,
	    0)) > 0)
		en -= (size_t)kl;
	*key = kx->kbuf + st;
	return en - st;
}

void
keys_free(struct dc_keys *kx)
{
	free(kx->kbuf);
}
