/*
 * detect -- the caption detector: is a line caption-shaped, and where is
 * the caption proper inside it (credits and labels taken off)?  Reads
 * the word sets and patterns of the lexicon (lexicon.h); hands dc_detect()
 * (captions.h) to the driver.
 *
 * A caption is told by its shape, never by a name alone: a credit at the
 * end of a short line ("... Photograph: Toby Melville/Reuters",
 * "(AP Photo/Gerald Herbert)", "... 2019. REUTERS/Kevin Lamarque",
 * "...Credit: Getty"), a line that is only a credit ("Getty Images",
 * "Alex Wong | Getty Images"), a label at its start ("FILE - ",
 * "Image caption ", "Pictured: "), a caption phrase ("in this file
 * photo"), or the shape of a photo's description: a person placed in
 * the picture ("Jane Doe, left, and ...") or a wire caption's weekday,
 * date and year ("..., Friday, Jan. 18, 2008.").  An agency named inside running text ("..., Reuters
 * reported.", "he told AFP.") is not a credit: a credit is a run of
 * name-like tokens (capitalised words, agency names, slashes, "via")
 * after a label, a sentence end or an opening parenthesis, and a bare
 * agency needs a slash, a bar or "via" next to it unless it stands
 * alone after a sentence end.
 *
 * Only the last WIN bytes and the first bytes of a line are searched for
 * credits, so detection costs the same on a 10 MB line as on a short
 * one; lines longer than CAP_MAX bytes are never captions.  Cheap gates
 * in C (could_end_credit(), could_hold_agency(), window_words() ...)
 * decide which patterns can match at all before any of them runs.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "ascii.h"
#include "calwords.h"

#include "dedupe.h"
#include "u8.h"

#define PHRASE_MAX	800	/* bytes: a caption told by a phrase alone */
#define WIN		320	/* bytes searched for a credit at the end */
#define LT_MAX		21	/* words: the longest credit a pattern takes, labels included */
#define WEAK_MAX	400	/* bytes before a weak credit ("(c) AP", ". AFP") */
#define MAX_CREDITS	3	/* "(Photo by X / AFP) (Photo credit should read ...)" */

/* Move i forward to the start of a character. */
static size_t
charstart(const char *s, size_t i, size_t n)
{
	while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/* The ASCII blanks of \s. */
static int
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/*
 * Eight bytes at a time: on a little-endian machine built by GCC or
 * Clang (their __builtin_ctzll() and __builtin_clzll() find a byte
 * from its bit), the loops below that find given bytes load eight bytes
 * at a time and go byte by byte only where one is; elsewhere they go
 * byte by byte throughout, with the same result.
 */
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define SWAR_LE	1
#else
#define SWAR_LE	0
#endif

/* Does the pattern match anywhere in s[0..n)? */
static int
has(struct rx *rx, const char *s, size_t n)
{
	size_t ms, me;

	return rx_match(rx, s, n, 0, &ms, &me) == 1;
}

/* Is the byte before s[i] a sentence end (or the start of the line)? */
static int
after_end(const char *s, size_t i)
{
	int32_t cp;

	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 1;
	(void)u8_decode_prev(s, s + i, &cp);
	return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
	    cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
	    cp == '|' || cp == 0x3002 || cp == ')' || cp == '-' ||
	    cp == 0x2013 || cp == 0x2014;
}

/* Is the word before s[i] capitalised (or a number)? */
static int
after_capword(const char *s, size_t i)
{
	size_t j;
	int32_t cp;
	utf8proc_category_t c;

	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	j = i;
	while (j > 0 && s[j - 1] != ' ' && s[j - 1] != '\t')
		j--;
	if (j == i)
		return 0;
	(void)u8_decode(s + j, s + i, &cp);
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT ||
	    c == UTF8PROC_CATEGORY_ND;
}

#define FW_RPAREN	"\xef\xbc\x89"	/* U+FF09 */

static int
ends_with(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);

	return n >= wl && memcmp(s + n - wl, w, wl) == 0;
}

/*
 * The start of the word (bytes other than ' ' and '\t') that ends at
 * s[i), at w at the earliest.  By eight bytes: m marks the blanks of
 * s[i - 8..i), and the last of them is where the word starts.
 */
static size_t
word_start(const char *s, size_t w, size_t i)
{
#if SWAR_LE
	uint64_t x, m;

	for (; i - w >= 8; i -= 8) {
		x = ascii_word8(s + i - 8);
		m = ascii_eq8(x, ' ') | ascii_eq8(x, '\t');
		if (m != 0)
			return i - 7 + ((size_t)(63 - __builtin_clzll(m)) >> 3);
	}
#endif
	while (i > w && s[i - 1] != ' ' && s[i - 1] != '\t')
		i--;
	return i;
}

/*
 * Before the blanks ending s[w..i).  The line's leading blanks, s[0..lead)
 * (dc_detect()), may be hundreds of bytes; a walk back into them ends at
 * w at once, as the byte loop would.
 */
static size_t
blanks_before(const char *s, size_t w, size_t i, size_t lead)
{
	if (i <= lead)
		return w < i ? w : i;
	while (i > w && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	return i;
}

/*
 * Can s[0..b) end in a credit?  Every credit ends in a closing
 * parenthesis or in a credit-like token: one that does not start with a
 * lower-case letter, or a word a credit may hold in lower case.  Most
 * body lines end in a lower-case word ("... the council said.") and are
 * done with here, before any pattern runs.  s[0..lead) are blanks.
 */
static int
could_end_credit(const struct dc_lex *lx, const char *s, size_t b,
    size_t lead)
{
	size_t e = b, t, i;
	int32_t cp;

	while (e > lead && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e <= lead)
		e = 0;		/* the walk would go on through s[0..lead) */
	for (i = e; i > 0 && s[i - 1] == '.'; i--)
		;
	if (e == 0 || (i > 0 && (s[i - 1] == ')' || s[i - 1] == ']')) ||
	    ends_with(s, e, FW_RPAREN) ||
	    ends_with(s, e, "\xe3\x80\x82"))
		return e > 0;
	for (t = e; t > 0 && s[t - 1] != ' ' && s[t - 1] != '\t'; t--)
		;
	/* the only ASCII lower-case letters (Ll) are 'a'..'z' */
	if ((unsigned char)s[t] < 0x80) {
		if (s[t] < 'a' || s[t] > 'z')
			return 1;
	} else {
		(void)u8_decode(s + t, s + e, &cp);
		if (cp < 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_LL)
			return 1;
	}
	for (i = t; i < e && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')); i++)
		;
	return i > t && wsig_may(&lx->lowsig, s + t, i - t) &&
	    strset_has(&lx->lower, s + t, i - t);
}

/*
 * Does s[j..b) go on as agency name a does after its first word, and
 * end there (the pattern's NWA)?  A blank in a name stands for a run of
 * blanks.  Any non-ASCII byte answers yes: it may be a blank (U+00A0),
 * or a letter that matches an ASCII one without case (U+212A KELVIN SIGN).
 */
static int
agency_rest(const struct agname *a, const char *s, size_t j, size_t b)
{
	size_t k;

	for (k = a->fw; k < a->n; k++, j++) {
		unsigned char c = (unsigned char)a->p[k];

		if (j >= b)
			return 0;
		if ((unsigned char)s[j] >= 0x80)
			return 1;
		if (c == ' ') {
			if (!ascii_space((unsigned char)s[j]))
				return 0;
			while (j + 1 < b && ascii_space((unsigned char)s[j + 1]))
				j++;
		} else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' ?
		    ((unsigned char)s[j] | 0x20) != (c | 0x20) : (unsigned char)s[j] != c)
			return 0;
	}
	return j >= b || (unsigned char)s[j] >= 0x80 || !ascii_alnum((unsigned char)s[j]);
}

/*
 * Can s[w..b) hold an agency name?  Looks up the first word of each name
 * among the ASCII words of the window, then the rest of the name; any
 * non-ASCII letter answers yes (the names in other scripts are few, and
 * the patterns check).  The blanks s[0..lead) hold no word: skipped.
 */
static int
could_hold_agency(const struct dc_lex *lx, const char *s, size_t w, size_t b,
    size_t lead)
{
	size_t i = w > lead ? w : lead, j;
	int an;

	while (i < b) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			int32_t cp;
			int k = u8_decode(s + i, s + b, &cp);

			/* a letter: maybe a name in another script */
			if (cp >= 0) {
				utf8proc_category_t cat = utf8proc_category(cp);

				if (cat >= UTF8PROC_CATEGORY_LU &&
				    cat <= UTF8PROC_CATEGORY_LO)
					return 1;
			}
			i += (size_t)k;
			continue;
		}
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			i++;
			continue;
		}
		for (j = i; j < b && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z');
		    j++)
			;
		if (wsig_may(&lx->agsig, s + i, j - i) &&
		    strset_get(&lx->agfirst, s + i, j - i, &an))
			for (; an >= 0; an = lx->ag[an].next)
				if (agency_rest(&lx->ag[an], s, j, b))
					return 1;
		i = j;
	}
	return 0;
}

/*
 * Does a run of credit-like tokens hold a sentence end ("TUESDAY. (AP
 * Photo/...)" in a caption set in capitals)?  A word of four letters or
 * more before ". " ends a sentence; initials ("J. ") and abbreviations
 * ("U.S. ") do not.
 */
static int
sentence_break(const char *p, size_t n)
{
	size_t i, j;

	for (i = 1; i + 1 < n; i++) {
		if (p[i] != '.' || (p[i + 1] != ' ' && p[i + 1] != '\t'))
			continue;
		for (j = i; j > 0 && p[j - 1] != ' ' && p[j - 1] != '.' &&
		    p[j - 1] != '/'; j--)
			;
		if (i - j >= 4 && (j == 0 || p[j - 1] != '.'))
			return 1;
	}
	return 0;
}

/*
 * Where a search for a credit of at most k blank-separated words
 * (labels included) ending s[w..b) may start, for k = 0..LT_MAX, in
 * lt[k]: a little before the k-th word from the end, or w.  The patterns
 * bound their runs of words, so no match can start earlier; this keeps
 * the number of start positions small on long windows.  The word that
 * ends at lt[k] starts at ws[k] (k < LT_MAX), for tok_run_start().
 */
static void
last_tokens_all(const char *s, size_t w, size_t b, size_t lead, size_t *lt,
    size_t *ws)
{
	size_t i = b;
	int k;

	i = blanks_before(s, w, i, lead);
	lt[0] = i;
	for (k = 1; k <= LT_MAX && i > w; k++) {
		i = word_start(s, w, i);
		ws[k - 1] = i;
		i = blanks_before(s, w, i, lead);
		lt[k] = i;
	}
	/*
	 * Most lines have fewer words than LT_MAX: once at w, every further
	 * step stays there (blanks_before() of w is w), so the rest is w.
	 */
	for (; k <= LT_MAX; k++)
		ws[k - 1] = lt[k] = w;
}

/*
 * Where a run of credit-like tokens, (?&tok) of the patterns, ending
 * s[w..b) can start at the earliest: in the last blank-separated word
 * that cannot be such a token (a run may start inside it, after a
 * sentence end), or ntok words from the end (lt[ntok]).  The words are
 * those last_tokens_all() walked over: the k-th from the end is
 * s[ws[k]..lt[k]), so they are not sought again.
 * A word cannot be a token
 * when it starts with an ASCII lower-case letter and its letters are
 * not a word a credit may hold in lower case; a non-ASCII byte right
 * after them answers "may be" (U+017F LONG S matches 's' without case).
 */
static size_t
tok_run_start(const struct dc_lex *lx, const char *s, size_t w,
    const size_t *lt, const size_t *ws, int ntok)
{
	size_t e, t, i;
	int k;

	for (k = 0; k < ntok; k++) {
		e = lt[k];
		t = ws[k];
		if (t == w)
			return w;
		if (s[t] >= 'a' && s[t] <= 'z') {
			for (i = t; i < e && ((s[i] | 0x20) >= 'a' &&
			    (s[i] | 0x20) <= 'z'); i++)
				;
			if ((i == e || (unsigned char)s[i] < 0x80) &&
			    !(wsig_may(&lx->lowsig, s + t, i - t) &&
			    strset_has(&lx->lower, s + t, i - t)))
				return t;
		}
	}
	return lt[ntok];
}

/*
 * The start of the next run after a sentence end (or a spaced dash or
 * bar) in s(pos..b), blanks skipped; b when there is none.  The same
 * boundaries as ENDP and DASHES in the patterns.
 */
static size_t
next_boundary(const char *s, size_t pos, size_t b)
{
	size_t i = pos + 1;
	int32_t cp;

	while (i < b) {
		int k = u8_decode(s + i, s + b, &cp);
		int endp = cp == '.' || cp == '!' || cp == '?' || cp == ':' ||
		    cp == ';' || cp == ')' || cp == ']' || cp == '"' ||
		    cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
		    cp == '|' || cp == 0x3002;
		int dash = (cp == '-' || cp == 0x2013 || cp == 0x2014 ||
		    cp == '|' || cp == 0x2022 || cp == 0x00B7) &&
		    (s[i - 1] == ' ' || s[i - 1] == '\t') && i + (size_t)k < b &&
		    (s[i + k] == ' ' || s[i + k] == '\t');

		if (dash)
			return i;
		i += (size_t)k;
		if (endp) {
			while (i < b && (s[i] == ' ' || s[i] == '\t'))
				i++;
			if (i < b)
				return i;
		}
	}
	return b;
}

/* What the credit patterns need to find in a window (ASCII letters in any case). */
struct wwords {
	unsigned char colon, by, courtesy, copyright, pc, csign, longs;
	size_t mark;		/* where the first "copyright", "(c)" or U+00A9 starts */
};

/*
 * Can the square brackets closing s[w..e) hold a credit?  The pages'
 * text holds many bracketed link and image names ("[Search]",
 * "[spacer]"); a credit in brackets names its agency next to a slash, a
 * bar or "via", or after a label: the brackets must hold '/', '|', ':'
 * or "via" (the patterns decide the rest).
 */
static int
bracket_credit(const char *s, size_t w, size_t e)
{
	size_t o, i;

	for (o = e - 1; o > w && e - o <= 202 && s[o - 1] != '['; o--)
		;
	if (o == w || s[o - 1] != '[')
		return 0;
	for (i = o; i + 1 < e; i++)
		if (s[i] == '/' || s[i] == '|' || s[i] == ':' ||
		    ((s[i] | 0x20) == 'v' && i + 3 < e && (s[i + 1] | 0x20) == 'i' &&
		    (s[i + 2] | 0x20) == 'a' && s[i + 3] == ' '))
			return 1;
	return 0;
}

/*
 * Can the "by" at p[i] be that of "Photo by" (e_by): a word after a
 * photo word, with blanks either side?  Any non-ASCII byte next to it
 * may be a blank (U+00A0) or a letter that matches an ASCII one without
 * case (U+017F LONG S), so it answers yes.
 */
static int
photo_by(const char *p, size_t n, size_t i)
{
	static const char *const words[] = { "photo", "photos", "photograph",
	    "photographs", "picture", "pictures", "image", "images", "pic",
	    "pics", "illustration", "illustrations", "video", "videos", NULL };
	size_t e, j, k, wl;
	int w;

	if (i + 2 >= n || !(ascii_space((unsigned char)p[i + 2]) ||
	    (unsigned char)p[i + 2] >= 0x80))
		return 0;
	for (e = i; e > 0 && ascii_space((unsigned char)p[e - 1]); e--)
		;
	if (e == i && (i == 0 || (unsigned char)p[i - 1] < 0x80))
		return 0;		/* no blank before "by" */
	for (j = e; j > 0 && ((p[j - 1] | 0x20) >= 'a' && (p[j - 1] | 0x20) <= 'z'); j--)
		;
	if (j == 0 || (unsigned char)p[j - 1] >= 0x80 ||
	    (e > 0 && (unsigned char)p[e - 1] >= 0x80))
		return 1;		/* the window's edge, or not ASCII */
	for (w = 0; words[w] != NULL; w++) {
		wl = strlen(words[w]);
		if (e - j < wl)
			continue;
		for (k = 0; k < wl && (p[e - wl + k] | 0x20) == words[w][k]; k++)
			;
		if (k == wl)
			return 1;
	}
	return 0;
}

static int
ascii_ieq(const char *s, size_t n, size_t i, const char *w)
{
	size_t k;

	for (k = 0; w[k] != '\0'; k++) {
		char c;

		if (i + k >= n)
			return 0;
		c = s[i + k];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != w[k])
			return 0;
	}
	return 1;
}

/* Does p[0..n) hold "by", ASCII letters in any case? */
static int
has_by(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if ((p[i] | 0x20) == 'b' && (p[i + 1] | 0x20) == 'y')
			return 1;
	return 0;
}

/*
 * The bytes window_words() looks at: every other byte falls through its
 * switch doing nothing, so the loop passes it after one load from this
 * table (a switch on every byte was the detector's costliest line).
 */
static const unsigned char ww_byte[256] = {
	[':'] = 1, ['='] = 1, [0xEF] = 1, [0xC2] = 1, [0xC5] = 1, ['('] = 1,
	['b'] = 1, ['B'] = 1, ['c'] = 1, ['C'] = 1
};

/*
 * One pass over p[0..n) for ':', '=', U+FF1A, U+FF1D, "by", "courtesy",
 * "copyright", "(c)" and U+00A9; "by" only after a photo word (photo_by()).
 * p[0..from) are blanks, in which none of these is: the pass starts after.
 */
static void
window_words(const char *p, size_t n, size_t from, struct wwords *ww)
{
	size_t i;

	memset(ww, 0, sizeof(*ww));
	ww->mark = SIZE_MAX;
	for (i = from; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		if (!ww_byte[c])
			continue;
		switch (c) {
		case ':': case '=':
			ww->colon = 1;
			break;
		case 0xEF:
			if (i + 2 < n && (unsigned char)p[i + 1] == 0xBC &&
			    ((unsigned char)p[i + 2] == 0x9A ||
			    (unsigned char)p[i + 2] == 0x9D))
				ww->colon = 1;
			break;
		case 0xC2:
			if (i + 1 < n && (unsigned char)p[i + 1] == 0xA9) {
				ww->csign = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		case 0xC5:	/* U+017F LONG S: "courteſy" matches too */
			if (i + 1 < n && (unsigned char)p[i + 1] == 0xBF)
				ww->longs = 1;
			break;
		case '(':
			if (ascii_ieq(p, n, i + 1, "c)")) {
				ww->pc = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		case 'b': case 'B':
			if (!ww->by && i + 1 < n && (p[i + 1] | 0x20) == 'y' &&
			    photo_by(p, n, i))
				ww->by = 1;
			break;
		case 'c': case 'C':
			if (i + 1 >= n || (p[i + 1] | 0x20) != 'o')
				;
			else if (ascii_ieq(p, n, i + 1, "ourtesy"))
				ww->courtesy = 1;
			else if (ascii_ieq(p, n, i + 1, "opyright")) {
				ww->copyright = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		default:
			break;
		}
	}
}

/*
 * Find a credit that ends s[0..b) and starts at or after a.  Returns 1
 * and its start in *cs.  The credit starting leftmost wins.
 */
static int
end_credit(struct dc_lex *lx, const char *s, size_t a, size_t b, size_t lead,
    size_t *cs)
{
	size_t w, ms, me, best = b, pos, e, tr, lt[LT_MAX + 1], ws[LT_MAX];
	ptrdiff_t gs, ge;
	int found = 0;
	struct wwords ww;

	if (b <= a)
		return 0;
	w = b - a > WIN ? charstart(s, b - WIN, b) : a;
	/*
	 * Every credit pattern but e_paren and e_cjk matches within the last
	 * LT_MAX words, and what window_words() seeks is part of the match.
	 */
	last_tokens_all(s, w, b, lead, lt, ws);
	window_words(s + lt[LT_MAX], b - lt[LT_MAX],
	    lead > lt[LT_MAX] ? (lead < b ? lead : b) - lt[LT_MAX] : 0, &ww);
	if (ww.colon && rx_match(RX(e_label, 0), s, b, lt[20], &ms, &me) == 1 &&
	    ms < best) {
		best = ms;
		found = 1;
	}
	/*
	 * e_by may also match "courteſy" (U+017F); that was sought when the
	 * window held a "by", as it always was before "by" had to follow a
	 * photo word.
	 */
	if ((ww.by || ww.courtesy || ww.copyright || (ww.longs &&
	    has_by(s + w, b - w))) &&
	    rx_match(RX(e_by, 1), s, b, lt[21], &ms, &me) == 1 && ms < best) {
		best = ms;
		found = 1;
	}
	/* "(c)" and the like need an agency or '@' after them, at most WEAK_MAX in */
	if ((ww.copyright || ww.pc || ww.csign) && lt[LT_MAX] + ww.mark <= WEAK_MAX &&
	    (could_hold_agency(lx, s, lt[19], b, lead) ||
	    memchr(s + lt[19], '@', b - lt[19]) != NULL) &&
	    rx_match(RX(e_copy, 2), s, b, lt[19], &ms, &me) == 1 && ms < best &&
	    ms <= WEAK_MAX) {
		best = ms;
		found = 1;
	}
	/* A parenthesis or a square bracket closing the line. */
	e = b;
	while (e > w && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == '\t'))
		e--;
	if (e > w && (s[e - 1] == ')' || (s[e - 1] == ']' &&
	    bracket_credit(s, w, e)) || ((unsigned char)s[e - 1] >= 0x80 &&
	    ends_with(s + w, e - w, FW_RPAREN))) &&
	    rx_match(RX(e_paren, 3), s, b, w, &ms, &me) == 1 && ms < best) {
		const char *in;
		size_t inlen;

		rx_group(lx->e_paren, 1, &gs, &ge);
		in = s + gs;
		inlen = (size_t)(ge - gs);
		if (has(RX(c_plabel, 9), in, inlen) ||
		    (has(RX(c_alltok, 8), in, inlen) && (has(RX(c_adj, 6), in, inlen) ||
		    (has(RX(c_only, 7), in, inlen) && after_end(s, ms))))) {
			best = ms;
			found = 1;
		}
	}
	/* A Chinese credit: "...。新华社记者 张三 摄" */
	if (e > w && (unsigned char)s[e - 1] >= 0x80 &&
	    (ends_with(s + w, e - w, "\xe6\x91\x84") ||
	    ends_with(s + w, e - w, "\xe6\x94\x9d") ||
	    ends_with(s + w, e - w, "\xe5\xbd\xb1")) &&
	    rx_match(RX(e_cjk, 12), s, b, w, &ms, &me) == 1 && ms < best) {
		best = ms;
		found = 1;
	}
	/* Both patterns below need an agency (c_adj, c_only) after their start. */
	tr = tok_run_start(lx, s, w, lt, ws, 13);
	if (!could_hold_agency(lx, s, tr < lt[9] ? tr : lt[9], b, lead))
		goto out;
	/*
	 * A run of credit-like tokens after a sentence end.  One search
	 * finds the leftmost such run; every later sentence end inside it
	 * starts a shorter run.  Walk those in C: the first without a
	 * sentence break inside is where a credit with an agency next to a
	 * slash could start (if that one has none, no shorter run has);
	 * a run of agencies alone ("... Heading. REUTERS") may start later.
	 */
	if (rx_match(RX(e_tail, 4), s, b, tr, &ms, &me) == 1 && ms < best) {
		int adj = -1;

		rx_group(lx->e_tail, 1, &gs, &ge);
		for (pos = (size_t)gs; pos < best; pos = next_boundary(s, pos, b)) {
			if (sentence_break(s + pos, b - pos))
				continue;
			if (adj == -1)
				adj = has(RX(c_adj, 6), s + pos, b - pos);
			if (adj || (pos <= WEAK_MAX &&
			    has(RX(c_only, 7), s + pos, b - pos))) {
				best = pos;
				found = 1;
				break;
			}
		}
	}
	/* A name glued to an agency by a slash, after a capitalised word. */
	if (memchr(s + lt[9], '/', b - lt[9]) != NULL &&
	    rx_match(RX(e_slash, 5), s, b, lt[9], &ms, &me) == 1 && ms < best) {
		e = b;
		while (e > ms && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		if (s[e - 1] != '.' && has(RX(c_adj, 6), s + ms, b - ms) &&
		    (after_end(s, ms) || after_capword(s, ms))) {
			best = ms;
			found = 1;
		}
	}
out:
	if (found)
		*cs = best;
	return found;
}

/*
 * Can s[0..n) start with a label ("FILE - ", "Image caption ")?  The
 * first byte after the blanks and bullets the pattern allows must start
 * some label.  s[0..lead) are blanks, which the loop would skip.
 */
static int
could_start_label(const struct dc_lex *lx, const char *s, size_t n,
    size_t lead)
{
	size_t i = lead < n ? lead : n, j;

	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '*' ||
		    s[i] == '>' || s[i] == '-'))
			i++;
		else if (i + 1 < n && s[i] == '\xc2' && s[i + 1] == '\xb7')
			i += 2;			/* U+00B7 */
		else if (i + 2 < n && s[i] == '\xe2' && ((s[i + 1] == '\x80' &&
		    s[i + 2] == '\xa2') || (s[i + 1] == '\x96' && s[i + 2] == '\xa1')))
			i += 3;			/* U+2022, U+25A1 */
		else
			break;
	}
	if (i >= n || !lx->lstart[(unsigned char)s[i]])
		return 0;
	/*
	 * A label follows no other letter: the ASCII word here must start
	 * one.  A non-ASCII byte may be a blank the pattern skips, or a
	 * letter of a label.
	 */
	if ((unsigned char)s[i] >= 0x80)
		return 1;
	for (j = i; j < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++)
		;
	return (j < n && (unsigned char)s[j] >= 0x80) ||
	    (wsig_may(&lx->lfsig, s + i, j - i) &&
	    strset_has(&lx->lfirst, s + i, j - i));
}

/*
 * Can the 's' (or 'S') at s[q] be that of "in this" or of a "pose" that
 * starts a word (ASCII letters in any case)?  A non-ASCII byte next to
 * them may be a blank (U+00A0) or a letter, so it answers yes; odd: the
 * line holds U+017F LONG S, which matches 's' without case, and then
 * "this" or "pose" anywhere will do.
 */
static int
phrase_at(const char *s, size_t n, size_t q, int odd)
{
	size_t j;

	/* the letter before the 's' of either is an 'o' or an 'i' */
	if (q < 2 || (((s[q - 1] | 0x20) != 'o') && ((s[q - 1] | 0x20) != 'i')))
		return 0;
	if (ascii_ieq(s, n, q - 2, "pose") &&
	    (odd || q == 2 || !ascii_alnum((unsigned char)s[q - 3])))
		return 1;
	if (q < 3 || !ascii_ieq(s, n, q - 3, "this"))
		return 0;
	if (odd)
		return 1;
	for (j = q - 3; j > 0 && ascii_space((unsigned char)s[j - 1]); j--)
		;
	if (j > 0 && (unsigned char)s[j - 1] >= 0x80)
		return 1;
	return j < q - 3 && j >= 2 && (s[j - 2] | 0x20) == 'i' &&
	    (s[j - 1] | 0x20) == 'n';
}

/*
 * Can the phrase pattern match s[0..n)?  It needs "in this" or "pose",
 * and both have an 's': phrase_at() is asked at each 's' and 'S' (the
 * bytes b with b | 0x20 == 's') after an 'i' or an 'o', which are found
 * eight at a time: the word (x | 0x20..) ^ 's'.. has a zero byte exactly
 * where s has one.
 * s[0..lead) are blanks, which hold neither an 's' nor U+017F: the scans
 * start after them.
 */
static int
could_be_phrase(const char *s, size_t n, size_t lead)
{
	const char *p, *end = s + n;
	size_t q = lead;
	int odd = 0;

	for (p = s + lead; (p = memchr(p, 0xC5, (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && (unsigned char)p[1] == 0xBF)
			odd = 1;
#if SWAR_LE
	{
		uint64_t x, y, m;

		for (; n - q >= 8; q += 8) {
			x = ascii_word8(s + q);
			/* y: the byte before each of x (phrase_at()'s first test) */
			y = x << 8 | (q > 0 ? (unsigned char)s[q - 1] : 0);
			x |= 0x20 * ASCII_ONES;
			y |= 0x20 * ASCII_ONES;
			m = ascii_eq8(x, 's') &
			    (ascii_eq8(y, 'i') | ascii_eq8(y, 'o'));
			for (; m != 0; m &= m - 1)
				if (phrase_at(s, n, q +
				    ((size_t)__builtin_ctzll(m) >> 3), odd))
					return 1;
		}
	}
#endif
	for (; q < n; q++)
		if (((unsigned char)s[q] | 0x20) == 's' && phrase_at(s, n, q, odd))
			return 1;
	return 0;
}

/* Does s[i..n) hold a date's "D, YYYY" and a sentence end or a credit ("." "(")? */
static int
day_year_end(const char *s, size_t n, size_t i)
{
	size_t k;

	for (k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '9'; k++)
		i++;
	if (k == 0 || i + 6 > n || s[i] != ',' || !ascii_space((unsigned char)s[i + 1]))
		return 0;
	i = blanks_fwd(s, i + 1, n);
	if (i + 4 > n || !((s[i] == '1' && (s[i + 1] == '8' || s[i + 1] == '9')) ||
	    (s[i] == '2' && s[i + 1] == '0')) || s[i + 2] < '0' || s[i + 2] > '9' ||
	    s[i + 3] < '0' || s[i + 3] > '9')
		return 0;
	i = blanks_fwd(s, i + 4, n);
	return i < n && (s[i] == '.' || s[i] == '(');
}

/*
 * Is the comma at s[i] that of a wire caption's date, "...day, Month D,
 * YYYY." ("in Madrid, Friday, Jan. 18, 2008.")?  The weekday and the
 * month are those of common/weekdays.txt and months.txt (calwords.h);
 * the month is written as the wires write it beside a day, a long one
 * abbreviated ("Jan.", "Sept.", "March"), and text comes before the
 * weekday (a line that is only a date is a dateline).  Running text
 * gives a weekday with a year only in a picture's caption.
 */
static int
wire_date(const char *s, size_t n, size_t i, size_t lead)
{
	size_t j, k;

	for (j = i; j > lead && i - j < 10 && ((s[j - 1] | 0x20) >= 'a' &&
	    (s[j - 1] | 0x20) <= 'z'); j--)
		;
	/* the date ends a description: some text comes before it */
	if (j <= lead + 1 || weekday_from_word(s + j, i - j) == 0)
		return 0;
	j = blanks_fwd(s, i + 1, n);
	for (k = j; k < n && k - j < 10 && ((s[k] | 0x20) >= 'a' &&
	    (s[k] | 0x20) <= 'z'); k++)
		;
	/* a wire caption abbreviates the long months: "Jan.", "Sept.", "March" */
	if (k == j || k - j > 5 || s[j] < 'A' || s[j] > 'Z')
		return 0;
	if (k < n && s[k] == '.')
		k++;
	if (month_from_word(s + j, k - j) == 0)
		return 0;
	return day_year_end(s, n, blanks_fwd(s, k, n));
}

/*
 * Is the comma at s[i] one before a place in the picture (places.txt)
 * after a capitalised word: "Jane Doe, left, and ...", "..., second
 * from right, ..."?  The place runs to the next comma.
 */
static int
picture_place(const struct dc_lex *lx, const char *s, size_t n, size_t i,
    size_t lead)
{
	size_t j, k;

	for (j = i; j > lead && !ascii_space((unsigned char)s[j - 1]); j--)
		;
	if (j == i || !((s[j] >= 'A' && s[j] <= 'Z') || (unsigned char)s[j] >= 0x80))
		return 0;
	j = i + 2;
	for (k = j; k < n && k - j < 24 && s[k] != ','; k++)
		;
	return k < n && s[k] == ',' && strset_has(&lx->places, s + j, k - j);
}

/*
 * Does s[0..n) have the shape of a photo's description: a wire date
 * (wire_date()) or a person placed in the picture (picture_place())?
 * Both hold a comma and a blank: only those are visited (memchr()).
 */
static int
is_shape(const struct dc_lex *lx, const char *s, size_t n, size_t lead)
{
	const char *p, *end = s + n;
	size_t i;

	for (p = s + lead; (p = memchr(p, ',', (size_t)(end - p))) != NULL; p++) {
		i = (size_t)(p - s);
		if (i + 2 >= n || !ascii_space((unsigned char)s[i + 1]))
			continue;
		if (i >= 6 && s[i - 1] == 'y' && s[i - 2] == 'a' && s[i - 3] == 'd') {
			if (wire_date(s, n, i, lead))
				return 1;
		} else if (lx->pstart[(unsigned char)s[i + 2]] &&
		    picture_place(lx, s, n, i, lead))
			return 1;
	}
	return 0;
}

int
dc_detect(struct dedupe *d, const char *s, size_t n, size_t *ks, size_t *ke)
{
	struct dc_lex *lx = &d->lex;
	size_t a = 0, b = n, cs, ms, me, lead;
	int found = 0, i;

	*ks = 0;
	*ke = n;
	if (n > CAP_MAX || n == 0)
		return 0;
	lead = blanks_fwd(s, 0, n);	/* the indent of scraped pages */
	for (i = 0; i < MAX_CREDITS; i++) {
		if (!could_end_credit(lx, s, b, lead) ||
		    !end_credit(lx, s, 0, b, lead, &cs))
			break;
		b = cs;
		found = 1;
	}
	/*
	 * s_start is anchored and opens with a run of blanks and bullets,
	 * and no label starts with a blank: every match takes in all of
	 * s[0..lead), so it is sought after them (the interpreter tried
	 * the labels once per leading blank on its way back).
	 */
	if (could_start_label(lx, s, b, lead) && lead < b &&
	    rx_match(RX(s_start, 10), s + lead, b - lead, 0, &ms, &me) == 1 &&
	    lead + me > 0) {
		a = lead + me;
		found = 1;
	}
	if (!found && n <= PHRASE_MAX && could_be_phrase(s, n, lead) &&
	    has(RX(phrase, 11), s, n))
		found = 1;
	if (!found && is_shape(lx, s, n, lead))
		found = 1;
	if (found) {
		*ks = a;
		*ke = b;
	}
	return found;
}
