/*
 * sentences -- the split-sentences engine (see sentences.h).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>
#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
#endif

#include "sentences.h"
#include "u8.h"
#include "wordlist.h"

WORDLIST(en_abbrev);
WORDLIST(en_starters);
WORDLIST(de_abbrev);
WORDLIST(de_starters);
WORDLIST(es_abbrev);
WORDLIST(es_starters);
WORDLIST(fr_abbrev);
WORDLIST(fr_starters);
WORDLIST(el_abbrev);
WORDLIST(el_starters);

static const struct lang {
	const char	*name;
	const char	*abbr;
	const size_t	*abbrlen;
	const char	*start;
	const size_t	*startlen;
} langs[] = {
	{ "de", wl_de_abbrev, &wl_de_abbrev_len, wl_de_starters, &wl_de_starters_len },
	{ "el", wl_el_abbrev, &wl_el_abbrev_len, wl_el_starters, &wl_el_starters_len },
	{ "en", wl_en_abbrev, &wl_en_abbrev_len, wl_en_starters, &wl_en_starters_len },
	{ "es", wl_es_abbrev, &wl_es_abbrev_len, wl_es_starters, &wl_es_starters_len },
	{ "fr", wl_fr_abbrev, &wl_fr_abbrev_len, wl_fr_starters, &wl_fr_starters_len },
};

/*
 * Abbreviation classes, the second field of an <lang>-abbrev.txt entry:
 *	T  a title before a name (Mr. Dr. Gen.): never ends a sentence
 *	X  never ends a sentence (e.g. i.e. vs. cf. approx.)
 *	N  before a number (No. 5, Vol. 2, p. 12): no end before a digit
 *	M  a month (Jan. 5): no end before a digit, else as A
 *	A  may end a sentence (Inc. Co. U.S. etc. a.m.): ends one only
 *	   when a word that often starts a sentence follows (The, He...)
 */
#define CAPFLAG	0x100		/* the entry is capitalised: so must the word be */

/* Longest word looked up in the lists, and how far a word is looked at. */
#define MAXWORD	32

static int
lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/*
 * A Bloom filter in front of the abbreviation set: two bits of an FNV-1a
 * hash of the word in lower case.  Most words before a period are no
 * abbreviation, and this says so without the set's hashing and probing.
 */
static uint64_t
word_hash(const char *w, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (uint64_t)lower_ascii((unsigned char)w[i]);
		h *= 1099511628211ULL;
	}
	return h;
}

#define BLOOMBITS	(sizeof ((struct splitter *)0)->bloom * 8)

static void
bloom_add(struct splitter *sp, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n), a = h % BLOOMBITS,
	    b = (h >> 32) % BLOOMBITS;

	sp->bloom[a / 64] |= (uint64_t)1 << (a % 64);
	sp->bloom[b / 64] |= (uint64_t)1 << (b % 64);
}

static int
bloom_has(const struct splitter *sp, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n), a = h % BLOOMBITS,
	    b = (h >> 32) % BLOOMBITS;

	return (sp->bloom[a / 64] >> (a % 64) & 1) &&
	    (sp->bloom[b / 64] >> (b % 64) & 1);
}

const char *
ss_languages(void)
{
	return "de el en es fr";
}

static void
load_abbrev(struct splitter *sp, const char *data, size_t len)
{
	struct wl_iter it;
	const char *line, *f, *c;
	size_t n, flen, clen;
	int val, old;

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n)) {
		if (!wl_field(line, n, 0, &f, &flen) || flen == 0)
			continue;
		val = 'A';
		if (wl_field(line, n, 1, &c, &clen) && clen > 0)
			val = (unsigned char)c[0];
		if (f[0] >= 'A' && f[0] <= 'Z')
			val |= CAPFLAG;
		/* "Vol" and "vol": either case matches */
		if (strset_get(&sp->abbr, f, flen, &old) && !(old & CAPFLAG))
			val &= ~CAPFLAG;
		strset_add(&sp->abbr, f, flen, val);
		bloom_add(sp, f, flen);
		if (flen > sp->abbrmax)
			sp->abbrmax = flen;
		if (flen < sizeof sp->abbrfirst / sizeof sp->abbrfirst[0])
			sp->abbrfirst[flen] |= (uint64_t)1 <<
			    (lower_ascii((unsigned char)f[0]) & 63);
	}
}

int
ss_init(struct splitter *sp, const char *lang)
{
	size_t i;

	if (lang == NULL)
		lang = "en";
	for (i = 0; i < sizeof langs / sizeof langs[0]; i++)
		if (strcmp(langs[i].name, lang) == 0)
			break;
	if (i == sizeof langs / sizeof langs[0])
		return -1;
	memset(sp, 0, sizeof *sp);
	strset_init(&sp->abbr, 1);
	strset_init(&sp->starters, 1);
	load_abbrev(sp, langs[i].abbr, *langs[i].abbrlen);
	strset_load(&sp->starters, langs[i].start, *langs[i].startlen);
	sp->semicolon_q = strcmp(lang, "el") == 0;
	sp->english = strcmp(lang, "en") == 0;
	return 0;
}

void
ss_free(struct splitter *sp)
{
	strset_free(&sp->abbr);
	strset_free(&sp->starters);
}

void
ss_iter_init(struct ss_iter *it, const struct splitter *sp, const char *s,
    size_t len)
{
	it->sp = sp;
	it->s = s;
	it->len = len;
	it->pos = 0;
}

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

/* Length of the white-space character at s[i], or 0. */
static size_t
ws_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (i >= len)
		return 0;
	if (u[0] > ' ' && u[0] < 0x80)
		return 0;
	switch (u[0]) {
	case ' ':
	case '\t':
	case '\n':
	case '\v':
	case '\f':
	case '\r':
		return 1;
	case 0xC2:
		return left >= 2 && u[1] == 0xA0 ? 2 : 0;	/* U+00A0 */
	case 0xE1:
		return left >= 3 && u[1] == 0x9A && u[2] == 0x80 ? 3 : 0;
	case 0xE2:
		if (left < 3)
			return 0;
		if (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) ||
		    u[2] == 0xA8 || u[2] == 0xA9 || u[2] == 0xAF))
			return 3;	/* U+2000-200A, U+2028, U+2029, U+202F */
		if (u[1] == 0x81 && u[2] == 0x9F)
			return 3;	/* U+205F */
		return 0;
	case 0xE3:
		return left >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0;
	}
	return 0;
}

/* Length of the white-space character that ends at s[i] (i > lo), or 0. */
static size_t
ws_before(const char *s, size_t lo, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i - lo; k++)
		if (((unsigned char)s[i - k] & 0xC0) != 0x80)
			return ws_at(s, i, i - k) == k ? k : 0;
	return 0;
}

static size_t
skip_ws(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i < len && (n = ws_at(s, len, i)) > 0)
		i += n;
	return i;
}

/* Length of a closing quote or bracket at s[i], or 0. */
static size_t
closer_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (i >= len)
		return 0;
	switch (u[0]) {
	case '"':
	case '\'':
	case ')':
	case ']':
	case '}':
	case '*':
		return 1;
	case 0xC2:		/* U+00BB » */
		return left >= 2 && u[1] == 0xBB ? 2 : 0;
	case 0xE2:
		if (left < 3)
			return 0;
		if (u[1] == 0x80 && (u[2] == 0x99 || u[2] == 0x9D ||
		    u[2] == 0xBA))
			return 3;	/* ' " > */
		return 0;
	case 0xE3:
		if (left >= 3 && u[1] == 0x80 && (u[2] == 0x8D ||
		    u[2] == 0x8F || u[2] == 0x8B || u[2] == 0x89 ||
		    u[2] == 0x91 || u[2] == 0x95))
			return 3;	/* 」 』 》 〉 】 〕 */
		return 0;
	case 0xEF:
		if (left >= 3 && u[1] == 0xBC && (u[2] == 0x89 ||
		    u[2] == 0xBD || u[2] == 0x82 || u[2] == 0x87))
			return 3;	/* ） ］ ＂ ＇ */
		if (left >= 3 && u[1] == 0xBD && u[2] == 0x9D)
			return 3;	/* ｝ */
		return 0;
	}
	return 0;
}

/* Length of an opening quote or bracket (or ¿ ¡) at s[i], or 0. */
static size_t
opener_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;
	size_t left = len - i;

	if (i >= len)
		return 0;
	switch (u[0]) {
	case '"':
	case '\'':
	case '(':
	case '[':
	case '{':
	case '`':
	case '*':
		return 1;
	case 0xC2:		/* U+00AB « U+00BF ¿ U+00A1 ¡ */
		return left >= 2 && (u[1] == 0xAB || u[1] == 0xBF ||
		    u[1] == 0xA1) ? 2 : 0;
	case 0xE2:
		if (left >= 3 && u[1] == 0x80 && (u[2] == 0x98 ||
		    u[2] == 0x9C || u[2] == 0xB9))
			return 3;	/* ' " < */
		return 0;
	case 0xE3:
		if (left >= 3 && u[1] == 0x80 && (u[2] == 0x8C ||
		    u[2] == 0x8E || u[2] == 0x8A || u[2] == 0x88 ||
		    u[2] == 0x90 || u[2] == 0x94))
			return 3;	/* 「 『 《 〈 【 〔 */
		return 0;
	}
	return 0;
}



/* Does s[i..len) start with word (ASCII, ignoring case)? */
static int
prefix_at(const char *s, size_t len, size_t i, const char *word)
{
	size_t k;

	for (k = 0; word[k] != '\0'; k++)
		if (i + k >= len || lower_ascii((unsigned char)s[i + k]) !=
		    (unsigned char)word[k])
			return 0;
	return 1;
}

/* Does a URL start at s[i]? */
static int
url_at(const char *s, size_t len, size_t i)
{
	if (i >= len)
		return 0;
	if ((s[i] | 0x20) != 'h' && (s[i] | 0x20) != 'w')
		return 0;
	return prefix_at(s, len, i, "http://") ||
	    prefix_at(s, len, i, "https://") || prefix_at(s, len, i, "www.");
}

/* End of the token (run of non-white space) that starts at s[i]. */
static size_t
token_end(const char *s, size_t len, size_t i, size_t max)
{
	size_t j = i;

	while (j < len && j - i < max && ws_at(s, len, j) == 0)
		j++;
	return j;
}

/* Bytes that can start an emoticon, or the closing of a letter. */
static const unsigned char face_first[256] = {
	[':'] = 1, [';'] = 1, ['='] = 1, ['^'] = 1, ['<'] = 1, ['X'] = 1,
	['x'] = 1,
};
static const unsigned char closing_first[256] = {
	['A'] = 1, ['a'] = 1, ['B'] = 1, ['b'] = 1, ['C'] = 1, ['c'] = 1,
	['K'] = 1, ['k'] = 1, ['L'] = 1, ['l'] = 1, ['M'] = 1, ['m'] = 1,
	['R'] = 1, ['r'] = 1, ['S'] = 1, ['s'] = 1, ['T'] = 1, ['t'] = 1,
	['W'] = 1, ['w'] = 1, ['Y'] = 1, ['y'] = 1,
};

/* An emoticon token at s[i] (":)", ";-)", ":D", "^_^"...): its length. */
static size_t
emoticon_at(const char *s, size_t len, size_t i)
{
	static const char *const faces[] = {
		":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P",
		":-P", ":p", ":-p", ":/", ":-/", ":o", ":O", ":|", "=)", "=(",
		":')", ":'(", "^_^", "^^", "<3", "XD", "xD", ":]", ":[",
		":))", ":)))", ":((", ";))",
	};
	size_t k, e, n;

	if (i >= len || !face_first[(unsigned char)s[i]])
		return 0;
	e = token_end(s, len, i, 8);
	n = e - i;
	if (n < 2 || n > 5 || (e < len && ws_at(s, len, e) == 0))
		return 0;
	for (k = 0; k < sizeof faces / sizeof faces[0]; k++)
		if (strlen(faces[k]) == n && memcmp(faces[k], s + i, n) == 0)
			return n;
	return 0;
}

enum { C_OTHER, C_UPPER, C_LOWER, C_DIGIT };

/* The class of the character at s[i]: letters by case, digits, other. */
static int
char_class(const char *s, size_t len, size_t i, int *clen)
{
	unsigned char c = (unsigned char)s[i];
	int32_t cp;

	if (c < 0x80) {
		*clen = 1;
		if (c >= 'A' && c <= 'Z')
			return C_UPPER;
		if (c >= 'a' && c <= 'z')
			return C_LOWER;
		if (c >= '0' && c <= '9')
			return C_DIGIT;
		return C_OTHER;
	}
	*clen = u8_decode(s + i, s + len, &cp);
	if (cp < 0)
		return C_OTHER;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LO:	/* CJK, Arabic...: no case, may start */
		return C_UPPER;
	case UTF8PROC_CATEGORY_LL:
		return C_LOWER;
	case UTF8PROC_CATEGORY_ND:
		return C_DIGIT;
	default:
		return C_OTHER;
	}
}

static int
is_letter_byte(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * What follows a candidate boundary: the class of its first letter or
 * digit (after opening quotes and brackets), the word there, and what
 * comes right after that word.
 */
struct next {
	int		 cls;		/* C_* of the first character */
	int		 url;		/* a URL starts there */
	int		 opened;	/* opening quotes/brackets came first */
	int		 quoted;	/* an opening quote came first */
	size_t		 w, we;		/* the word [w, we): letters only */
	int		 dotted;	/* the word is followed by '.' */
};

static void
look_next(const char *s, size_t len, size_t n, struct next *nx)
{
	size_t i = n, k;
	int clen, cls;

	nx->opened = nx->quoted = 0;
	nx->url = url_at(s, len, n);
	for (k = 0; k < 4 && i < len; k++) {
		size_t ol = opener_at(s, len, i);

		if (ol == 0)
			break;
		nx->opened = 1;
		if (s[i] == '"' || s[i] == '\'' || (ol == 3 && s[i + 1] ==
		    '\x80') || (ol == 2 && s[i + 1] == '\xab'))
			nx->quoted = 1;	/* " ' “ ‘ « (not brackets) */
		i += ol;
	}
	nx->w = nx->we = i;
	nx->dotted = 0;
	if (i >= len) {
		nx->cls = C_OTHER;
		return;
	}
	nx->cls = char_class(s, len, i, &clen);
	if (nx->cls != C_UPPER && nx->cls != C_LOWER)
		return;
	/* the word: letters of one class run, bounded */
	while (i < len && i - nx->w < MAXWORD) {
		unsigned char c = (unsigned char)s[i];

		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
			i++;
			continue;
		}
		if (c < 0x80)
			break;
		cls = char_class(s, len, i, &clen);
		if (cls != C_UPPER && cls != C_LOWER)
			break;
		i += clen;
	}
	nx->we = i;
	if (i < len && s[i] == '.')
		nx->dotted = 1;
	if (nx->url)
		nx->cls = C_UPPER;
	/* the pronoun "i" starts sentences in informal text */
	if (nx->cls == C_LOWER && i - nx->w == 1 && s[nx->w] == 'i' &&
	    (i >= len || !is_letter_byte((unsigned char)s[i])))
		nx->cls = C_UPPER;
}

static int
is_starter(const struct splitter *sp, const char *s, const struct next *nx)
{
	if (nx->url)
		return 1;
	if (nx->cls != C_UPPER || nx->we == nx->w || nx->dotted)
		return 0;
	return strset_has(&sp->starters, s + nx->w, nx->we - nx->w);
}

enum { W_WORD, W_TITLE, W_NEVER, W_NUMABBR, W_MONTH, W_AMBIG, W_INITIAL,
	W_LIST };

/*
 * Classify the word w[0..n) before a single period.  first: the word
 * starts the sentence.
 */
static int
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
		if (!(val & CAPFLAG) || (w[0] >= 'A' && w[0] <= 'Z') ||
		    (unsigned char)w[0] >= 0x80) {
			switch (val & 0xFF) {
			case 'T': return W_TITLE;
			case 'X': return W_NEVER;
			case 'N': return W_NUMABBR;
			case 'M': return W_MONTH;
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

/*
 * A citation mark at s[i] that belongs to the sentence before it:
 * "[12]", or a short editorial note in lower case ("[citation needed]").
 * Returns its length, or 0.
 */
static size_t
citation_at(const char *s, size_t len, size_t i)
{
	size_t j = i + 1;

	if (i >= len || s[i] != '[' || j >= len)
		return 0;
	if (prefix_at(s, len, i, "[...]"))
		return 5;
	if (prefix_at(s, len, i, "[\xe2\x80\xa6]"))
		return 5;
	if (is_digit((unsigned char)s[j])) {
		while (j < len && j - i <= 4 && is_digit((unsigned char)s[j]))
			j++;
	} else if (s[j] >= 'a' && s[j] <= 'z') {
		while (j < len && j - i <= 40 && ((s[j] >= 'a' &&
		    s[j] <= 'z') || s[j] == ' '))
			j++;
	} else
		return 0;
	if (j >= len || s[j] != ']')
		return 0;
	return j + 1 - i;
}

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
 * Decide whether the sentence ends after the terminator run [c0, ce)
 * and closers [ce, q), with the next word at n (past white space).
 */
static int
decide(const struct ss_iter *it, size_t st, size_t c0, size_t ce, size_t q,
    size_t n, int qe, int ell)
{
	const struct splitter *sp = it->sp;
	const char *s = it->s;
	size_t len = it->len, t, w, k;
	struct next nx;
	int closed = q > ce, kind;

	look_next(s, len, n, &nx);
	if (nx.url)
		return 1;
	if (qe) {
		if (nx.cls == C_LOWER && closed)
			return 0;
		/* "Is it him?" Anne asked. */
		if (closed && nx.cls == C_UPPER && !nx.opened &&
		    said_after(s, len, &nx))
			return 0;
		return 1;
	}
	if (ell)
		return nx.cls == C_UPPER && !(closed && !nx.opened &&
		    said_after(s, len, &nx));
	if (closed)
		return nx.cls != C_LOWER;

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
		return nx.cls != C_DIGIT;
	case W_MONTH:
	case W_AMBIG:
		if (nx.cls == C_DIGIT)
			return 0;
		/* ...said Jane Roe of ABC Ltd. "Banks are safe." */
		if (nx.quoted && nx.cls == C_UPPER)
			return 1;
		return is_starter(sp, s, &nx);
	case W_INITIAL:
		return is_starter(sp, s, &nx);
	}
	return 1;
}

/* Skip digits at s[i..) (at most max); returns the new position. */
static size_t
skip_digits(const char *s, size_t len, size_t i, size_t max)
{
	size_t j = i;

	while (j < len && j - i < max && is_digit((unsigned char)s[j]))
		j++;
	return j;
}

/*
 * An e-mail header time stamp around the ':' at s[p]: "11/27/2000 10:25
 * AM".  Returns 1 and the date's start in *ds and the stamp's end in *te.
 */
static int
timestamp_at(const char *s, size_t len, size_t st, size_t p, size_t *ds,
    size_t *te)
{
	size_t i, j, slashes;

	/* hh:mm[:ss] AM */
	j = skip_digits(s, len, p + 1, 3);
	if (j - p != 3)
		return 0;
	if (j < len && s[j] == ':') {
		i = skip_digits(s, len, j + 1, 3);
		if (i - j != 3)
			return 0;
		j = i;
	}
	if (j + 3 > len || s[j] != ' ' || !(prefix_at(s, len, j + 1, "am") ||
	    prefix_at(s, len, j + 1, "pm")) || (j + 3 < len &&
	    ws_at(s, len, j + 3) == 0))
		return 0;
	*te = j + 3;
	/* the hour, a space, mm/dd/yyyy */
	for (i = p; i > st && p - i < 2 && is_digit((unsigned char)s[i - 1]); )
		i--;
	if (i == p || i < st + 2 || s[i - 1] != ' ')
		return 0;
	i--;
	for (slashes = 0, j = i; j > st && i - j < 10 &&
	    (is_digit((unsigned char)s[j - 1]) || s[j - 1] == '/'); j--)
		slashes += s[j - 1] == '/';
	if (slashes != 2 || !is_digit((unsigned char)s[j]) ||
	    (j > st && ws_before(s, st, j) == 0))
		return 0;
	*ds = j;
	return 1;
}

/* Is the text [a, b) a closing of a letter ("Thanks", "Best regards")? */
static int
is_closing(const char *s, size_t a, size_t b)
{
	static const char *const closings[] = {
		"thanks", "regards", "best", "best regards",
		"kind regards", "warm regards", "cheers", "sincerely",
		"yours", "yours truly", "love", "thx", "respectfully",
		"many thanks", "all the best", "best wishes",
	};
	size_t k, n = b - a, i;

	if (n > 16 || n < 3)
		return 0;
	for (k = 0; k < sizeof closings / sizeof closings[0]; k++) {
		if (strlen(closings[k]) != n)
			continue;
		for (i = 0; i < n; i++)
			if (lower_ascii((unsigned char)s[a + i]) !=
			    (unsigned char)closings[k][i])
				break;
		if (i == n)
			return 1;
	}
	return 0;
}

/*
 * A caption's label at the start of a paragraph: "Figure 1.3", "Table
 * 2", "Fig. 4b".  Returns the end of the number, or 0.
 */
static size_t
caption_at(const char *s, size_t len, size_t st)
{
	static const char *const labels[] = {
		"figure ", "fig. ", "table ", "image ", "photo ", "map ",
		"chart ", "plate ", "exhibit ",
	};
	size_t k, i;

	if (strchr("CEFIMPT", s[st]) == NULL || s[st] == '\0')
		return 0;
	for (k = 0; k < sizeof labels / sizeof labels[0]; k++)
		if (prefix_at(s, len, st, labels[k]))
			break;
	if (k == sizeof labels / sizeof labels[0] || (s[st] < 'A' ||
	    s[st] > 'Z'))
		return 0;
	i = st + strlen(labels[k]);
	if (i >= len || !is_digit((unsigned char)s[i]))
		return 0;
	while (i < len && i - st < 24 && (is_digit((unsigned char)s[i]) ||
	    (s[i] == '.' && i + 1 < len && is_digit((unsigned char)s[i + 1])) ||
	    (s[i] >= 'a' && s[i] <= 'z')))
		i++;
	return i;
}

/*
 * A news dateline at the start of a paragraph: "WASHINGTON (CNN) --",
 * "NEW DELHI -", "KABUL:".  Returns the end of the dash or colon, or 0.
 */
static size_t
dateline_at(const char *s, size_t len, size_t st)
{
	size_t i = st, caps = 0, d;

	while (i < len && s[i] >= 'A' && s[i] <= 'Z')
		i++, caps++;
	if (caps < 3 || i >= len)
		return 0;
	if (s[i] == ':' && i + 1 < len && s[i + 1] == ' ')
		return i + 1;
	for (; i < len && i - st < 40; i++) {
		if (s[i] != ' ')
			continue;
		d = i + 1;
		if (d < len && s[d] == '-') {
			d++;
			if (d < len && s[d] == '-')
				d++;
		} else if (prefix_at(s, len, d, "\xe2\x80\x94") ||
		    prefix_at(s, len, d, "\xe2\x80\x93"))
			d += 3;
		else
			continue;
		if (d < len && s[d] == ' ')
			return d;
		return 0;
	}
	return 0;
}

/* A dash that can break off an utterance at s[i]: -- or an em/en dash. */
static size_t
dash_at(const char *s, size_t len, size_t i)
{
	if (s[i] == '-')
		return i + 1 < len && s[i + 1] == '-' ? 2 : 0;
	if (prefix_at(s, len, i, "\xe2\x80\x94") ||
	    prefix_at(s, len, i, "\xe2\x80\x93"))
		return 3;
	return 0;
}

/* Does the text before the white space before s[p] end a sentence? */
static int
ends_sentence(const char *s, size_t st, size_t p)
{
	size_t tl;
	unsigned char c;

	while (p > st && (tl = ws_before(s, st, p)) > 0)
		p -= tl;
	if (p == st)
		return 1;
	c = (unsigned char)s[p - 1];
	return c == '.' || c == '!' || c == '?' || c == ':' || c == ';';
}

/* Is the word before the white space before s[p] the given word? */
static int
word_before_is(const char *s, size_t st, size_t p, const char *word)
{
	size_t tl, n = strlen(word);

	while (p > st && (tl = ws_before(s, st, p)) > 0)
		p -= tl;
	if (p - st < n || !prefix_at(s, p, p - n, word))
		return 0;
	return p - n == st || ws_before(s, st, p - n) > 0;
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

/*
 * Is the word before the period at s[p] a plain word of ASCII letters
 * (two or more) that is no abbreviation?  Then the period ends the
 * sentence whatever follows.
 */
static int
plain_word_before(const struct splitter *sp, const char *s, size_t st,
    size_t p)
{
	size_t t = p;

	while (t > st && p - t <= MAXWORD &&
	    ((s[t - 1] | 0x20) >= 'a' && (s[t - 1] | 0x20) <= 'z'))
		t--;
	if (p - t < 2 || p - t > MAXWORD || (t > st && s[t - 1] != ' '))
		return 0;
	return word_kind(sp, s + t, p - t, t == st) == W_WORD;
}

/* Could a letter's closing start at s[st]?  (Its first three letters.) */
#define K3(a, b, c)	((uint32_t)(a) << 16 | (uint32_t)(b) << 8 | (uint32_t)(c))
static int
may_be_closing(const char *s, size_t len, size_t st)
{
	if (st + 3 > len)
		return 0;
	switch (K3(lower_ascii((unsigned char)s[st]),
	    lower_ascii((unsigned char)s[st + 1]),
	    lower_ascii((unsigned char)s[st + 2]))) {
	case K3('t', 'h', 'a'): case K3('t', 'h', 'x'): case K3('r', 'e', 'g'):
	case K3('b', 'e', 's'): case K3('k', 'i', 'n'): case K3('w', 'a', 'r'):
	case K3('c', 'h', 'e'): case K3('s', 'i', 'n'): case K3('y', 'o', 'u'):
	case K3('l', 'o', 'v'): case K3('r', 'e', 's'): case K3('m', 'a', 'n'):
	case K3('a', 'l', 'l'):
		return 1;
	}
	return 0;
}

/*
 * A footnote number after a sentence's end: "...rights. 4 Even though"
 * (a number of one to three digits, then a word that starts sentences).
 * Returns its length, or 0.
 */
static size_t
footnote_at(const struct splitter *sp, const char *s, size_t len, size_t n)
{
	struct next nx;
	size_t j = skip_digits(s, len, n, 4);

	if (j == n || j - n > 3 || j + 1 >= len || s[j] != ' ' || !sp->english)
		return 0;
	look_next(s, len, j + 1, &nx);
	if (nx.opened || nx.we - nx.w < 2 || !is_starter(sp, s, &nx))
		return 0;
	return j - n;
}

int
ss_next(struct ss_iter *it, size_t *start, size_t *end)
{
	const char *s = it->s;
	size_t len = it->len, p, st, c0, q, n, tl, e, ds, te;
	int type, qe, ell, cjk, prev;
	struct next nx;

	p = skip_ws(s, len, it->pos);
	if (p >= len) {
		it->pos = len;
		return 0;
	}
	st = p;
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
	e = st;
	if (closing_first[(unsigned char)s[st]] && may_be_closing(s, len, st)) {
		/* one or two words of letters, then the comma */
		int words = 1;

		while (e < len && e - st <= 16) {
			if (((s[e] | 0x20) >= 'a' && (s[e] | 0x20) <= 'z'))
				e++;
			else if (s[e] == ' ' && words++ == 1)
				e++;
			else
				break;
		}
	}
	if (e > st && e < len && s[e] == ',' && is_closing(s, st, e) &&
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
		    s[p + 2] != '.' && (s[p] != '.' ||
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
			n = skip_ws(s, len, p + 1);
			if (n > p + 1 && n < len && url_at(s, len, n)) {
				e = p + 1;
				goto boundary;
			}
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
			p = q;
			continue;
		}
		n = skip_ws(s, len, q);
		if (n >= len)
			break;
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
	*start = st;
	*end = e;
	it->pos = n;
	return 1;
}
