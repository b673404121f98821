/*
 * period -- the full stop: is the word before it a plain word (the
 * sentence ends), an abbreviation of the lexicon ("Mr." never ends one,
 * "U.S." and "Inc." end one only before a sentence starter, "No." not
 * before a number), an initial ("J."), a list or section number ("1.",
 * "2.1."), a dotted acronym ("Ph.D")?  word_kind() says which;
 * period_ends() decides, with what follows (struct next).
 */
#include <stddef.h>
#include <stdint.h>

#include <utf8proc.h>

#include "split.h"
#include "u8.h"

/*
 * Classify the word w[0..n) before a single period.  first: the word
 * starts the sentence.
 */
int
word_kind(const struct splitter *sp, const char *w, size_t n, int first)
{
	size_t i, seg;
	int val, numdot, dotted, letters;

	if (n == 0)
		return W_WORD;
	if (n <= sp->abbrmax && (n >= sizeof sp->abbrfirst /
	    sizeof sp->abbrfirst[0] || (sp->abbrfirst[n] >> (lower_ascii(
	    (unsigned char)w[0]) & 63) & 1)) && bloom_has(sp, w, n) &&
	    strset_get(&sp->abbr, w, n, &val)) {
		/* a capitalised entry and a lower-case word: its own class */
		if ((val & CAPFLAG) && w[0] >= 'a' && w[0] <= 'z')
			val = val & LOWFLAG ? val >> LOWSHIFT & 0xFF : 0;
		if (val != 0) {
			switch (val & 0xFF) {
			case 'T': return W_TITLE;
			case 'X': return W_NEVER;
			case 'N': return W_NUMABBR;
			case 'M': return W_MONTH;
			case 'P': return W_TIME;
			case 'S': return W_STATE;
			default: return W_AMBIG;
			}
		}
	}
	/* list and section numbers: 1. 12. 2.1. 4.1.3. */
	numdot = is_digit((unsigned char)w[0]);
	for (i = 0, seg = 0; i < n && numdot; i++) {
		if (is_digit((unsigned char)w[i])) {
			if (++seg > 2)
				numdot = 0;
		} else if (w[i] == '.' && seg > 0)
			seg = 0;
		else
			numdot = 0;
	}
	if (first && ((numdot && seg > 0) || (n == 1 &&
	    is_letter_byte((unsigned char)w[0]))))
		return W_LIST;
	if (n == 1 && w[0] >= 'A' && w[0] <= 'Z')
		return W_INITIAL;
	/* a single lower-case letter: b. 1950, c. 300, (d. 1975) */
	if (n == 1 && w[0] >= 'a' && w[0] <= 'z')
		return W_AMBIG;
	/* single-letter initials in other scripts: one character */
	if ((unsigned char)w[0] >= 0x80) {
		int32_t cp;
		int l = u8_decode(w, w + n, &cp);

		if ((size_t)l == n && cp > 0 &&
		    utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)
			return W_INITIAL;
	}
	/* dotted: letters in short groups joined by periods (U.S, Ph.D) */
	dotted = 0;
	seg = 0;
	letters = 1;
	for (i = 0; i < n && letters; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c == '.') {
			if (seg == 0)
				letters = 0;
			dotted = 1;
			seg = 0;
		} else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
			if (++seg > 3)
				letters = 0;
		} else
			letters = 0;
	}
	if (letters && dotted && seg > 0 && n <= MAXWORD)
		return W_AMBIG;
	return W_WORD;
}

/* The start of the word that ends at s[e], back to white space. */
static size_t
word_start(const char *s, size_t st, size_t e)
{
	size_t b = e;

	while (b > st && e - b < MAXWORD && ws_before(s, st, b) == 0)
		b--;
	return b;
}

/*
 * Do only words that open a sentence before a time come between st and
 * the clock time at s[b]: en-time-openers.txt ("At", "Shortly after",
 * "On Friday at"), weekdays, months and numbers, at most six?
 */
static int
opening_time(const struct splitter *sp, const char *s, size_t st, size_t b)
{
	size_t e = b, w, k;
	int words = 0;

	for (;;) {
		while (e > st && (k = ws_before(s, st, e)) > 0)
			e -= k;
		if (e == st)
			return 1;
		if (++words > 6)
			return 0;
		if (s[e - 1] == ',')
			e--;
		w = word_start(s, st, e);
		if (w == e || (!strset_has(&sp->timeopen, s + w, e - w) &&
		    !strset_has(&sp->aftertime, s + w, e - w) &&
		    !is_digit((unsigned char)s[w])))
			return 0;
		e = w;
	}
}

/*
 * A time of day that ends a sentence: "...ended at 9 P.M. Reporters
 * were told", the abbreviation at s[t..) after a clock time ("9",
 * "10:30"), a capitalised word after it.  Not when the time opens the
 * sentence ("At 7 a.m. Mr. Lee arrived", opening_time), nor before a word that goes on a time (en-after-time.txt
 * and common/'s weekdays, months and time zones), nor a word before
 * "time".
 */
static int
time_ends(const struct splitter *sp, const char *s, size_t len, size_t st,
    size_t t, const struct next *nx)
{
	size_t e, b, k;

	e = t;
	while (e > st && (k = ws_before(s, st, e)) > 0)
		e -= k;
	if (e == t || e == st || !is_digit((unsigned char)s[e - 1]))
		return 0;
	b = word_start(s, st, e);
	if (opening_time(sp, s, st, b))
		return 0;
	if (strset_has(&sp->aftertime, s + nx->w, nx->we - nx->w))
		return 0;
	return !prefix_at(s, len, nx->we, " time") || (nx->we + 5 < len &&
	    is_letter_byte((unsigned char)s[nx->we + 5]));
}

/*
 * A state after a city, "Phoenix, Ariz.": the word at s[t] comes after
 * ", " and a capitalised word.
 */
static int
city_before(const char *s, size_t st, size_t t)
{
	size_t b;

	if (t < st + 3 || s[t - 1] != ' ' || s[t - 2] != ',')
		return 0;
	b = word_start(s, st, t - 2);
	return b < t - 2 && s[b] >= 'A' && s[b] <= 'Z';
}

/*
 * Does the sentence end at the single full stop at s[c0], with nx what
 * follows it?  By the word before it: never after a title ("Mr.") or a
 * list number; after an abbreviation that may end a sentence ("U.S.",
 * "Inc.") or an initial only when a sentence starter follows.
 */
int
period_ends(const struct splitter *sp, const char *s, size_t len, size_t st,
    size_t c0, const struct next *nx)
{
	size_t t, w = c0, k;
	int kind;

	/* the word before the period: back to white space, bounded */
	t = c0;
	while (t > st && c0 - t <= 4 * MAXWORD) {
		unsigned char b = (unsigned char)s[t - 1];

		if ((b <= ' ' || b >= 0x80) && ws_before(s, st, t) > 0)
			break;
		t--;
	}
	if (c0 - t > 4 * MAXWORD)
		kind = W_WORD;
	else {
		w = t;
		for (k = 0; k < 4 && w < c0; k++) {
			size_t ol = opener_at(s, c0, w);

			if (ol == 0)
				break;
			w += ol;
		}
		kind = word_kind(sp, s + w, c0 - w, t == st);
	}
	switch (kind) {
	case W_TITLE:
	case W_NEVER:
	case W_LIST:
		return 0;
	case W_NUMABBR:
		return nx->cls != C_DIGIT && nx->cls != C_LOWER;
	case W_TIME:
		if (nx->cls == C_UPPER && !nx->opened &&
		    time_ends(sp, s, len, st, w, nx))
			return 1;
		goto ambiguous;
	case W_STATE:
		if (nx->cls == C_UPPER && !nx->opened && nx->we > nx->w &&
		    city_before(s, st, w))
			return 1;
		goto ambiguous;
	case W_MONTH:
	case W_AMBIG:
	ambiguous:
		if (nx->cls == C_DIGIT)
			return 0;
		/* ...said Jane Roe of ABC Ltd. "Banks are safe." */
		if (nx->quoted && nx->cls == C_UPPER)
			return 1;
		return is_starter(sp, s, nx);
	case W_INITIAL:
		return is_starter(sp, s, nx);
	}
	return 1;
}

/*
 * A full stop at s[c0] with no space after it that ends a sentence, in
 * scraped text ("Shares fell.Investors sold", "closed at 2,500.Trading
 * was thin"): a plain word of two or more letters that is no
 * abbreviation, or a number, from white space; then a capitalised word.
 * Not inside a URL, a file or domain name ("example.com", "a/b.Txt"), a
 * decimal or a dotted abbreviation ("U.S.Army").
 */
int
period_glued(const struct splitter *sp, const char *s, size_t len, size_t st,
    size_t c0)
{
	size_t b = c0, e;

	if (c0 + 2 >= len || s[c0 + 1] < 'A' || s[c0 + 1] > 'Z' ||
	    s[c0 + 2] < 'a' || s[c0 + 2] > 'z' || c0 == st)
		return 0;
	if (s[c0 - 1] >= 'a' && s[c0 - 1] <= 'z') {
		while (b > st && c0 - b <= MAXWORD &&
		    (s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z')
			b--;
		if (c0 - b < 2 || c0 - b > MAXWORD ||
		    word_kind(sp, s + b, c0 - b, b == st) != W_WORD)
			return 0;
	} else if (is_digit((unsigned char)s[c0 - 1])) {
		while (b > st && c0 - b <= MAXWORD &&
		    (is_digit((unsigned char)s[b - 1]) || s[b - 1] == ','))
			b--;
		if (!is_digit((unsigned char)s[b]))
			return 0;
	} else
		return 0;
	if (b > st && ws_before(s, st, b) == 0)
		return 0;
	/* a domain name: "Newsfeed.Com" */
	for (e = c0 + 1; e < len && e - c0 < 8 && ((s[e] | 0x20) >= 'a' &&
	    (s[e] | 0x20) <= 'z'); e++)
		;
	if (e - c0 == 4 && (prefix_at(s, len, c0 + 1, "com") ||
	    prefix_at(s, len, c0 + 1, "net") || prefix_at(s, len, c0 + 1, "org")))
		return 0;
	/* the rest of the token: no URL, path or address */
	for (e = c0 + 1; e < len && e - c0 < 64 && ws_at(s, len, e) == 0; e++)
		if (s[e] == '/' || s[e] == '@' || s[e] == ':' || s[e] == '_' ||
		    s[e] == '\\')
			return 0;
	return 1;
}
