/*
 * sentences -- the scanner and the driver of the split-sentences engine
 * (sentences.h): ss_next() walks the text to each candidate boundary
 * (scan_stop over the stop[] bytes; term_at: . ? ! ... and their CJK,
 * Devanagari, Arabic, Armenian, Ethiopic and Greek kin), takes the run
 * of terminators and the closers after it, decides by the rule of its
 * punctuation class (decide(); the full stop in period.c), asks the
 * openings, breaks and trailers, and hands back the sentence.
 * The stages are listed in split.h.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "openings.h"
#include "split.h"
#include "trailers.h"
#include "u8.h"

void
ss_iter_init(struct ss_iter *it, const struct splitter *sp, const char *s,
    size_t len)
{
	it->sp = sp;
	it->s = s;
	it->len = len;
	it->pos = 0;
}

/* ---- the scanner ---- */

/* Bytes the scanner must stop at: terminators and their lead bytes. */
static const unsigned char stop[256] = {
	['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1, [':'] = 1, ['-'] = 1,
	[0xCD] = 1,			/* U+037E GREEK QUESTION MARK */
	[0xD6] = 1,			/* U+0589 ARMENIAN FULL STOP */
	[0xD8] = 1,			/* U+061F ARABIC QUESTION MARK */
	[0xDB] = 1,			/* U+06D4 ARABIC FULL STOP */
	[0xE0] = 1,			/* U+0964, U+0965 DEVANAGARI DANDA */
	[0xE1] = 1,			/* U+1362 ETHIOPIC FULL STOP */
	[0xE2] = 1,			/* U+2026 ... U+203C !! U+2047 ?? etc. */
	[0xE3] = 1,			/* U+3002 IDEOGRAPHIC FULL STOP */
	[0xEF] = 1,			/* U+FF01 U+FF0E U+FF1F U+FF61 */
};

enum { T_NONE, T_PERIOD, T_QE, T_ELL, T_CJK };

/*
 * Is the character before s[i] a Greek letter?  Then a ';' after it is
 * the Greek question mark, typed as a semicolon.
 */
static int
greek_before(const char *s, size_t i)
{
	int32_t cp;

	if (i == 0 || (unsigned char)s[i - 1] < 0x80)
		return 0;
	(void)u8_decode_prev(s, s + i, &cp);
	return (cp >= 0x0370 && cp <= 0x03FF) || (cp >= 0x1F00 && cp <= 0x1FFF);
}

/* The terminator at s[i], its length in *tl; T_NONE when there is none. */
static int
term_at(const struct splitter *sp, const char *s, size_t len, size_t i,
    size_t *tl)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	*tl = 1;
	switch (u[0]) {
	case '.':
		return T_PERIOD;
	case '!':
	case '?':
		return T_QE;
	case ';':
		return sp->semicolon_q || greek_before(s, i) ? T_QE : T_NONE;
	}
	*tl = 2;
	if (left >= 2) {
		if ((u[0] == 0xCD && u[1] == 0xBE) ||	/* U+037E */
		    (u[0] == 0xD6 && u[1] == 0x89) ||	/* U+0589 */
		    (u[0] == 0xD8 && u[1] == 0x9F) ||	/* U+061F */
		    (u[0] == 0xDB && u[1] == 0x94))	/* U+06D4 */
			return T_QE;
	}
	*tl = 3;
	if (left >= 3) {
		if (u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xA6)
			return T_ELL;			/* U+2026 */
		if (u[0] == 0xE2 && ((u[1] == 0x80 && (u[2] == 0xBC ||
		    u[2] == 0xBD)) || (u[1] == 0x81 && u[2] >= 0x87 &&
		    u[2] <= 0x89)))
			return T_QE;			/* U+203C U+203D U+2047-9 */
		if (u[0] == 0xE0 && u[1] == 0xA5 && (u[2] == 0xA4 ||
		    u[2] == 0xA5))
			return T_QE;			/* U+0964 U+0965 */
		if (u[0] == 0xE1 && u[1] == 0x8D && u[2] == 0xA2)
			return T_QE;			/* U+1362 */
		if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x82)
			return T_CJK;			/* U+3002 */
		if (u[0] == 0xEF && ((u[1] == 0xBC && (u[2] == 0x81 ||
		    u[2] == 0x8E || u[2] == 0x9F)) || (u[1] == 0xBD &&
		    u[2] == 0xA1)))
			return T_CJK;			/* U+FF01 U+FF0E U+FF1F U+FF61 */
	}
	*tl = 0;
	return T_NONE;
}

/*
 * The first byte at or after s[p] that the scanner must look at (stop[]),
 * or len.  With SSE2, sixteen bytes at a time: ASCII stops by compare,
 * bytes >= 0x80 through the table.
 */
static size_t
scan_stop(const char *s, size_t len, size_t p)
{
#if defined(__SSE2__) && defined(__GNUC__)
	const __m128i dot = _mm_set1_epi8('.'), exc = _mm_set1_epi8('!'),
	    qst = _mm_set1_epi8('?'), sem = _mm_set1_epi8(';'),
	    col = _mm_set1_epi8(':'), dsh = _mm_set1_epi8('-');
	__m128i v, w, m;
	unsigned int mask, hi;
	char pad[33];
	const char *b;

	while (p < len) {
		if (p + 17 <= len)
			b = s + p;
		else {
			/* the tail, copied into a buffer padded with NULs */
			memset(pad, 0, sizeof pad);
			memcpy(pad, s + p, len - p);
			b = pad;
		}
		v = _mm_loadu_si128((const __m128i *)(const void *)b);
		w = _mm_loadu_si128((const __m128i *)(const void *)(b + 1));
		/* ". ! ? ; :" and the first '-' of "--" */
		m = _mm_or_si128(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, exc)),
		    _mm_or_si128(_mm_cmpeq_epi8(v, qst),
		    _mm_cmpeq_epi8(v, sem))), _mm_or_si128(
		    _mm_cmpeq_epi8(v, col), _mm_and_si128(
		    _mm_cmpeq_epi8(v, dsh), _mm_cmpeq_epi8(w, dsh))));
		mask = (unsigned int)_mm_movemask_epi8(m);
		hi = (unsigned int)_mm_movemask_epi8(v);
		while (hi != 0) {
			unsigned int bit = hi & -hi;

			if (!stop[(unsigned char)b[__builtin_ctz(bit)]])
				hi &= ~bit;
			else
				break;
		}
		mask |= hi;
		if (mask != 0) {
			p += (size_t)__builtin_ctz(mask);
			return p < len ? p : len;
		}
		p += 16;
	}
	return len;
#else
	while (p < len && !stop[(unsigned char)s[p]])
		p++;
	return p;
#endif
}

/* ---- the rules per punctuation class ---- */

/* Verbs of saying: "Why?" he asked. */
static int
said_after(const char *s, size_t len, const struct next *nx)
{
	static const char *const verbs[] = {
		"said", "says", "asked", "asks", "cried", "replied", "shouted",
		"whispered", "called", "added", "exclaimed", "answered",
		"yelled", "wrote", "thought", "muttered", "continued",
		"insisted", "explained", "laughed", "screamed", "demanded",
		"sighed", "snapped", "wondered", "responded", "admitted",
		"began", "started", "howled", "roared", "murmured", "told",
	};
	size_t i = nx->we, j, k, n;

	if (nx->we == nx->w || nx->we - nx->w > MAXWORD || i >= len ||
	    s[i] != ' ')
		return 0;
	for (j = ++i; j < len && j - i < 12 && s[j] >= 'a' && s[j] <= 'z'; j++)
		;
	n = j - i;
	if (j < len && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'))
		return 0;
	for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
		if (strlen(verbs[k]) == n && memcmp(verbs[k], s + i, n) == 0)
			return 1;
	return 0;
}

/*
 * Was the quotation that closes before s[c0] introduced inside the
 * sentence, 'He asked, "Is it over?"'?  Then its speaker was named
 * already, and a capitalised word after it starts a new sentence.  An
 * opening quote after white space, looked for back from c0 (bounded).
 */
static int
quote_introduced(const char *s, size_t st, size_t c0)
{
	size_t i;

	for (i = c0; i > st + 1 && c0 - i < 400; i--) {
		unsigned char c = (unsigned char)s[i - 1];

		if (c == '"' || c == '\'') {
			if (ws_before(s, st, i - 1) > 0)
				return 1;
		} else if ((c == 0x9C || c == 0x98) && i >= st + 3 &&
		    s[i - 2] == '\x80' && s[i - 3] == '\xe2')
			return i - 3 > st;	/* U+201C, U+2018 */
	}
	return 0;
}

/*
 * A name with '!' inside a sentence, "works at Yahoo! in": the word
 * before s[c0] is capitalised and is not the sentence's first.
 */
static int
name_before(const char *s, size_t st, size_t c0)
{
	size_t b = c0;

	while (b > st && c0 - b <= MAXWORD &&
	    (s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z')
		b--;
	return c0 - b >= 2 && s[b] >= 'A' && s[b] <= 'Z' && s[b + 1] >= 'a' &&
	    s[b + 1] <= 'z' && b > st + 1 && ws_before(s, st, b) > 0;
}

/*
 * An omission marked by a spaced-out ellipsis, " . . . ": exactly three
 * dots at s[c0..ce), a space or the sentence's start before.  It leaves
 * the sentence open; an omission at a sentence's end has four dots.
 */
static int
spaced_omission(const char *s, size_t st, size_t c0, size_t ce)
{
	return ce - c0 == 5 && memcmp(s + c0, ". . .", 5) == 0 &&
	    (c0 == st || ws_before(s, st, c0) > 0);
}

/*
 * Decide whether the sentence ends after the terminator run [c0, ce)
 * and closers [ce, q), with the next word at n (past white space), by
 * the rule of the run's class: ? ! (and the Greek, Arabic, Devanagari,
 * Armenian and Ethiopic question marks and full stops), ellipses,
 * closing quotes and brackets ("Why?" he asked.), and a single full
 * stop (period.c).  A CJK full stop always ends one: ss_next() does not
 * ask.
 */
static int
decide(const struct ss_iter *it, size_t st, size_t c0, size_t ce, size_t q,
    size_t n, int qe, int ell)
{
	const struct splitter *sp = it->sp;
	const char *s = it->s;
	size_t len = it->len;
	struct next nx;
	int closed = q > ce;

	look_next(s, len, n, &nx);
	if (nx.url)
		return 1;
	/* "Prices [...] will adjust" (Jones 12). */
	if (closed && cite_paren_at(s, len, n) > 0)
		return 0;
	if (qe) {
		if (nx.cls == C_LOWER && closed)
			return 0;
		/* "Is it him?" Anne asked. */
		if (closed && nx.cls == C_UPPER && !nx.opened &&
		    said_after(s, len, &nx) && !quote_introduced(s, st, c0))
			return 0;
		/* He joined Yahoo! in 2004. */
		if (!closed && nx.cls == C_LOWER && sp->english &&
		    ce - c0 == 1 && s[c0] == '!' && name_before(s, st, c0))
			return 0;
		return 1;
	}
	if (ell) {
		/* "the thing is . . . I didn't mean it" */
		if (!closed && sp->english && spaced_omission(s, st, c0, ce) &&
		    (c0 == st || !is_starter(sp, s, &nx) ||
		    nonfinal_before(sp, s, st, c0)))
			return 0;
		/*
		 * "We must weigh ... China's view": an ellipsis set apart
		 * by spaces, then a name, goes on
		 */
		if (!closed && sp->english && !nx.opened && c0 > st &&
		    ws_before(s, st, c0) > 0 && ce - c0 == 3 &&	/* ... or … */
		    !is_starter(sp, s, &nx))
			return 0;
		return nx.cls == C_UPPER && !(closed && !nx.opened &&
		    said_after(s, len, &nx) && !quote_introduced(s, st, c0));
	}
	if (closed)
		return nx.cls != C_LOWER;

	/* a single full stop: "U.S.", "Mr.", "J.", "1." (period.c) */
	return period_ends(sp, s, len, st, c0, &nx);
}

/* ---- the driver ---- */

/*
 * Can a list marker start at s[st]?  A cheap first look: most sentences
 * start with a capitalised word, and only "A." "B)" "IV." go on.
 */
static inline int
may_mark(const char *s, size_t len, size_t st)
{
	unsigned char c = (unsigned char)s[st], d;

	if (c >= 'A' && c <= 'Z') {
		if (st + 1 >= len)
			return 0;
		d = (unsigned char)s[st + 1];
		return d == '.' || d == ')' || d == 'I' || d == 'V' || d == 'X';
	}
	return (c >= 'a' && c <= 'z') || is_digit(c) || c == 0xE2 || c == '(';
}

int
ss_next(struct ss_iter *it, size_t *start, size_t *end)
{
	const char *s = it->s;
	size_t len = it->len, p, st, c0, q, n, tl, e, ds, te;
	int type, qe, ell, cjk, prev, listed, cls;
	struct next nx;
	struct marker mk;

	p = skip_ws(s, len, it->pos);
	if (p >= len) {
		it->pos = len;
		return 0;
	}
	st = p;
	/* an item of an inline list: "1) Berlin 2) Munich" (lists.c) */
	listed = may_mark(s, len, st) && it->sp->english &&
	    list_marker_at(s, len, st, &mk) > 0;
	if (listed)
		p = mk.end;
	if (it->pos == 0 && (e = caption_at(s, len, st)) > 0) {
		if (ws_at(s, len, e) > 0 && (n = skip_ws(s, len, e)) < len) {
			/* "Figure 1.3 This map shows..." */
			look_next(s, len, n, &nx);
			if (nx.cls == C_UPPER || nx.opened)
				goto boundary;
		} else if (e + 1 < len && s[e] == '.' &&
		    ws_at(s, len, e + 1) > 0)
			p = e + 1;	/* "Figure 2. The plan." */
	}
	if (it->pos == 0 && it->sp->english && (e = dateline_at(s, len, st)) > 0 &&
	    (n = skip_ws(s, len, e)) < len) {
		look_next(s, len, n, &nx);
		if (nx.cls == C_UPPER)
			goto boundary;
	}
	/* the closing of a letter: "Thanks, ||| Anne" */
	if ((e = closing_at(s, len, st)) > 0 &&
	    (n = skip_ws(s, len, e + 1)) > e + 1 && n < len) {
		look_next(s, len, n, &nx);
		if (nx.cls == C_UPPER) {
			e++;
			goto boundary;
		}
	}
	while (p < len) {
		p = scan_stop(s, len, p);
		if (p >= len)
			break;
		/*
		 * The common case, decided at once: "word. Next", "so? Yes"
		 * (what decide() would say for a plain word before a period
		 * or for a question or exclamation without closers).
		 */
		if ((s[p] == '.' || s[p] == '?' || s[p] == '!') &&
		    p + 2 < len && s[p + 1] == ' ' &&
		    (unsigned char)s[p + 2] > ' ' && s[p + 2] != s[p] &&
		    s[p + 2] != '.' && (s[p] != '.' ?
		    s[p] == '?' || s[p + 2] < 'a' || s[p + 2] > 'z' :
		    plain_word_before(it->sp, s, st, p))) {
			e = p + 1;
			n = p + 2;
			goto absorb;
		}
		if (s[p] == ':' && p + 2 < len && s[p + 1] == '/' &&
		    s[p + 2] == '/') {
			/* a URL: skip it; a list of URLs is a list of lines */
			size_t ue = token_end(s, len, p, len), tend = ue;

			/* punctuation at its end is not part of it */
			while (ue > p + 3 && s[ue - 1] != '\0' &&
			    strchr(".,;:!?)]\"'", s[ue - 1]) != NULL)
				ue--;
			n = skip_ws(s, len, ue);
			if (ue == tend && ue < len && n > ue && n < len &&
			    it->sp->english) {
				look_next(s, len, n, &nx);
				if (nx.url || (is_starter(it->sp, s, &nx) &&
				    nx.we - nx.w > 1)) {
					e = ue;
					goto boundary;
				}
			}
			p = ue;
			continue;
		}
		if (s[p] == ':') {
			if (timestamp_at(s, len, st, p, &ds, &te)) {
				if (ds > st && !word_before_is(s, st, ds, "on") &&
				    !word_before_is(s, st, ds, "at")) {
					/* a name, then the stamp: end before */
					e = ds;
					while (e > st && (tl = ws_before(s, st,
					    e)) > 0)
						e -= tl;
					n = ds;
					goto boundary;
				}
				n = skip_ws(s, len, te);
				if (n < len) {
					e = te;
					goto boundary;
				}
			}
			/* "Details are at: http://x.org/a.pdf." -- a URL after
			 * a colon stays in its sentence */
			p++;
			continue;
		}
		if ((tl = dash_at(s, len, p)) > 0) {
			/* a broken-off utterance: "Oh that's -- Well thanks" */
			if (p > st && ws_before(s, st, p) > 0 &&
			    ws_at(s, len, p + tl) > 0 && !ends_sentence(s, st, p)) {
				n = skip_ws(s, len, p + tl);
				look_next(s, len, n, &nx);
				if (n < len && it->sp->english && !nx.opened &&
				    nx.we - nx.w > 1 && is_starter(it->sp, s, &nx)) {
					e = p + tl;
					goto boundary;
				}
			}
			p += tl;
			continue;
		}
		if ((type = term_at(it->sp, s, len, p, &tl)) == T_NONE) {
			p++;
			continue;
		}
		/* the run of terminators, also spaced out: ". . ." "? ? ?" */
		c0 = p;
		qe = ell = cjk = prev = 0;
		do {
			switch (type) {
			case T_PERIOD:
				if (prev == T_PERIOD)
					ell = 1;
				break;
			case T_QE: qe = 1; break;
			case T_ELL: ell = 1; break;
			case T_CJK: cjk = 1; break;
			}
			prev = type;
			p += tl;
			if (type != T_CJK && p + 1 < len && s[p] == ' ' &&
			    s[p + 1] == s[p - 1] && (p + 2 >= len ||
			    ws_at(s, len, p + 2) > 0)) {
				if (type == T_PERIOD)
					ell = 1;
				p++;
			}
		} while (p < len && (type = term_at(it->sp, s, len, p, &tl)) !=
		    T_NONE);
		/* closing quotes and brackets */
		q = p;
		while (q < len && (tl = closer_at(s, len, q)) > 0)
			q += tl;
		if (q < len && !cjk && (tl = citation_at(s, len, q)) > 0)
			q += tl;
		if (q >= len)
			break;
		if (cjk) {
			n = skip_ws(s, len, q);
			if (n >= len)
				break;
			e = q;
			goto boundary;
		}
		if (ws_at(s, len, q) == 0) {
			/* "Shares fell.Investors sold." (period.c) */
			if (q == p && p == c0 + 1 && s[c0] == '.' &&
			    it->sp->english && period_glued(it->sp, s, len, st,
			    c0)) {
				e = n = p;
				goto boundary;
			}
			p = q;
			continue;
		}
		n = skip_ws(s, len, q);
		if (n >= len)
			break;
		/*
		 * "...compounds. . . . The practice": a full stop, then an
		 * ellipsis that starts the next sentence
		 */
		if (p - c0 == 7 && q == p && memcmp(s + c0, ". . . .", 7) == 0 &&
		    c0 > st && ws_before(s, st, c0) == 0 && it->sp->english &&
		    char_class(s, len, n, &cls) == C_UPPER) {
			e = c0 + 1;
			n = c0 + 2;
			goto boundary;
		}
		if (!decide(it, st, c0, p, q, n, qe, ell)) {
			p = n;
			continue;
		}
		e = q;
absorb:
		/* citation marks and smileys after the end belong to it */
		for (;;) {
			if ((tl = citation_at(s, len, n)) == 0 &&
			    (tl = emoticon_at(s, len, n)) == 0 &&
			    (tl = footnote_at(it->sp, s, len, n)) == 0)
				break;
			e = n + tl;
			n = skip_ws(s, len, e);
		}
		goto boundary;
	}
	/* the rest of the text is the last sentence */
	e = len;
	while (e > st && (tl = ws_before(s, st, e)) > 0)
		e -= tl;
	n = len;
boundary:
	if (listed && (ds = list_next_at(s, len, mk.end, n < len ? n + 1 :
	    len, &mk)) > 0) {
		/* the next item's marker ends this one */
		e = ds;
		while (e > st && (tl = ws_before(s, st, e)) > 0)
			e -= tl;
		n = ds;
	}
	*start = st;
	*end = e;
	it->pos = n;
	return 1;
}
