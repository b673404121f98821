/*
 * split -- what the stages of the split-sentences engine share: the
 * word classes, struct next (what follows a candidate boundary), the
 * hot helpers that cross files (static inline here), and each stage's
 * interface.
 *
 * The stages (sentences.c is the driver):
 *	lexicon.c	the <lang>-abbrev.txt and <lang>-starters.txt lists:
 *			abbreviations with their classes, sentence starters
 *	chars.c		characters: white space, opening and closing quotes
 *			and brackets, letter case in any script, URLs; the
 *			word after a candidate (look_next)
 *	sentences.c	the scanner (candidate boundaries: . ? ! ... and their
 *			CJK, Devanagari, Arabic, Armenian, Ethiopic and Greek
 *			kin), the rules per punctuation class (decide: ? and
 *			!, ellipses, closing quotes and brackets; the full
 *			stop goes to period.c) and the driver, ss_next()
 *	period.c	the full stop: is the word before it an abbreviation
 *			("U.S.", "Inc.", "Mr."), an initial, a list number?
 *	lists.c		inline lists: "1) Berlin 2) Munich", "a. red b. blue"
 *			(each item its own sentence, its marker kept)
 *	openings.h	boundaries at a sentence's start without a terminator:
 *			captions, datelines, letter closings ("Thanks,")
 *	breaks.c	boundaries inside a paragraph without a terminator:
 *			e-mail time stamps, broken-off utterances ("--")
 *	trailers.h	what stays with a sentence after its end: citations
 *			("[12]"), emoticons, footnote numbers
 * openings.h and trailers.h are static inline, for sentences.c alone, as
 * are the helpers below that the scanner calls at every candidate, and
 * decide() is static in sentences.c: out of line, those calls cost some
 * 5% more instructions.
 */
#ifndef SPLIT_SENTENCES_SPLIT_H
#define SPLIT_SENTENCES_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "sentences.h"

/*
 * Abbreviation classes, the second field of an <lang>-abbrev.txt entry:
 *	T  a title before a name (Mr. Dr. Gen.): never ends a sentence
 *	X  never ends a sentence (e.g. i.e. vs. cf. approx.)
 *	N  before a number (No. 5, Vol. 2, p. 12): no end before a digit
 *	M  a month (Jan. 5): no end before a digit, else as A
 *	A  may end a sentence (Inc. Co. U.S. etc.): ends one only
 *	   when a word that often starts a sentence follows (The, He...)
 *	P  a time of day (a.m. P.M.): after a clock time that does not open
 *	   the sentence, ends one before a capitalised word, else as A
 *	S  a state (Ariz. Conn.): after "City," ends one before a
 *	   capitalised word, else as A
 */
#define CAPFLAG	0x100		/* the entry is capitalised: so must the word be */
#define LOWFLAG	0x200		/* with CAPFLAG: the lower-case form has a */
#define LOWSHIFT 16		/* class of its own, in bits 16-23 ("Mr" T, "mr" A) */

/* Longest word looked up in the lists, and how far a word is looked at. */
#define MAXWORD	32

static inline int
lower_ascii(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/*
 * A Bloom filter in front of the abbreviation set: two bits of an FNV-1a
 * hash of the word in lower case.  Most words before a period are no
 * abbreviation, and this says so without the set's hashing and probing.
 */
static inline uint64_t
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

static inline int
bloom_has(const struct splitter *sp, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n), a = h % BLOOMBITS,
	    b = (h >> 32) % BLOOMBITS;

	return (sp->bloom[a / 64] >> (a % 64) & 1) &&
	    (sp->bloom[b / 64] >> (b % 64) & 1);
}

/* Does s[i..len) start with word (ASCII, ignoring case)? */
static inline int
prefix_at(const char *s, size_t len, size_t i, const char *word)
{
	size_t k;

	for (k = 0; word[k] != '\0'; k++)
		if (i + k >= len || lower_ascii((unsigned char)s[i + k]) !=
		    (unsigned char)word[k])
			return 0;
	return 1;
}

/* Character classes (char_class in chars.c): letters by case, digits. */
enum { C_OTHER, C_UPPER, C_LOWER, C_DIGIT };

static inline int
is_letter_byte(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

static inline int
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

/* What the word before a full stop is (word_kind in period.c). */
enum { W_WORD, W_TITLE, W_NEVER, W_NUMABBR, W_MONTH, W_AMBIG, W_INITIAL,
	W_LIST, W_TIME, W_STATE };

/* Skip digits at s[i..) (at most max); returns the new position. */
static inline size_t
skip_digits(const char *s, size_t len, size_t i, size_t max)
{
	size_t j = i;

	while (j < len && j - i < max && is_digit((unsigned char)s[j]))
		j++;
	return j;
}

size_t	 ws_at(const char *s, size_t len, size_t i);

/* Length of the white-space character that ends at s[i] (i > lo), or 0. */
static inline size_t
ws_before(const char *s, size_t lo, size_t i)
{
	size_t k;

	for (k = 1; k <= 3 && k <= i - lo; k++)
		if (((unsigned char)s[i - k] & 0xC0) != 0x80)
			return ws_at(s, i, i - k) == k ? k : 0;
	return 0;
}

static inline size_t
skip_ws(const char *s, size_t len, size_t i)
{
	size_t n;

	while (i < len && (n = ws_at(s, len, i)) > 0)
		i += n;
	return i;
}

/*
 * Length of a closing quote or bracket at s[i], or 0.  (With chars.c in
 * spirit; inline because the scanner asks at every candidate.)
 */
static inline size_t
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

/* ---- lexicon.c ---- */

/* Is the word after a candidate one that often starts a sentence? */
int	 is_starter(const struct splitter *sp, const char *s,
	    const struct next *nx);
int	 nonfinal_before(const struct splitter *sp, const char *s, size_t st,
	    size_t c0);

/* ---- chars.c ---- */

size_t	 opener_at(const char *s, size_t len, size_t i);
int	 url_at(const char *s, size_t len, size_t i);
size_t	 token_end(const char *s, size_t len, size_t i, size_t max);
int	 char_class(const char *s, size_t len, size_t i, int *clen);
void	 look_next(const char *s, size_t len, size_t n, struct next *nx);

/* ---- period.c ---- */

int	 word_kind(const struct splitter *sp, const char *w, size_t n,
	    int first);
int	 period_ends(const struct splitter *sp, const char *s, size_t len,
	    size_t st, size_t c0, const struct next *nx);
int	 period_glued(const struct splitter *sp, const char *s, size_t len,
	    size_t st, size_t c0);

/*
 * Is the word before the period at s[p] a plain word of ASCII letters
 * (two or more) that is no abbreviation?  Then the period ends the
 * sentence whatever follows.
 */
static inline int
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

/* ---- lists.c ---- */

/* An item marker of an inline list: "1.)", "2)", "b.", "IV.", "• 3.", "(a)" */
struct marker {
	size_t		 start;		/* the bullet, bracket or body */
	size_t		 bullet;	/* length of "• " or "(" before the body */
	size_t		 body, bodyend;	/* the number, letter or numeral */
	size_t		 end;		/* after ".)", ")" or "." */
	int		 kind;		/* 'd' digits, 'a' letter, 'r' Roman */
	int		 upper;		/* a letter or numeral in upper case */
	int		 value;
};

size_t	 list_marker_at(const char *s, size_t len, size_t i,
	    struct marker *m);
size_t	 list_next_at(const char *s, size_t len, size_t from, size_t to,
	    const struct marker *m);

/* ---- breaks.c ---- */

int	 timestamp_at(const char *s, size_t len, size_t st, size_t p,
	    size_t *ds, size_t *te);
int	 ends_sentence(const char *s, size_t st, size_t p);
int	 word_before_is(const char *s, size_t st, size_t p, const char *word);

/* A dash that can break off an utterance at s[i]: -- or an em/en dash. */
static inline size_t
dash_at(const char *s, size_t len, size_t i)
{
	if (s[i] == '-')
		return i + 1 < len && s[i + 1] == '-' ? 2 : 0;
	if (prefix_at(s, len, i, "\xe2\x80\x94") ||
	    prefix_at(s, len, i, "\xe2\x80\x93"))
		return 3;
	return 0;
}

#endif
