/*
 * trailers -- what stays with a sentence after its end: citation marks
 * ("[12]", "[citation needed]"), emoticons (":)"), footnote numbers
 * ("...rights. 4 Even though").  Static inline, for sentences.c alone:
 * ss_next() asks at every boundary and every candidate.
 */
#ifndef SPLIT_SENTENCES_TRAILERS_H
#define SPLIT_SENTENCES_TRAILERS_H

#include <stddef.h>
#include <string.h>

#include "split.h"

/*
 * A citation mark at s[i] that belongs to the sentence before it:
 * "[12]", or a short editorial note in lower case ("[citation needed]").
 * Returns its length, or 0.
 */
static inline size_t
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

/*
 * A parenthetical citation at s[i], "(Jones 12)", "(Smith et al. 4-5)",
 * followed by a full stop, comma or semicolon: it belongs to the
 * quotation before it.  Returns its length, or 0.
 */
static inline size_t
cite_paren_at(const char *s, size_t len, size_t i)
{
	size_t j = i + 1, d;

	if (i + 4 >= len || s[i] != '(' || s[j] < 'A' || s[j] > 'Z')
		return 0;
	while (j < len && j - i < 60 && (((s[j] | 0x20) >= 'a' &&
	    (s[j] | 0x20) <= 'z') || s[j] == ' ' || s[j] == '.' ||
	    s[j] == ',' || s[j] == '&' || s[j] == '\''))
		j++;
	if (j >= len || s[j - 1] != ' ' || (d = skip_digits(s, len, j, 5)) == j)
		return 0;
	if (d < len && s[d] == '-')
		d = skip_digits(s, len, d + 1, 5);
	if (d + 1 >= len || s[d] != ')' || strchr(".,;", s[d + 1]) == NULL ||
	    s[d + 1] == '\0')
		return 0;
	return d + 1 - i;
}

/* Bytes that can start an emoticon. */
static const unsigned char face_first[256] = {
	[':'] = 1, [';'] = 1, ['='] = 1, ['^'] = 1, ['<'] = 1, ['X'] = 1,
	['x'] = 1,
};

/* An emoticon token at s[i] (":)", ";-)", ":D", "^_^"...): its length. */
static inline size_t
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

/*
 * A footnote number after a sentence's end: "...rights. 4 Even though"
 * (a number of one to three digits, then a word that starts sentences).
 * Returns its length, or 0.
 */
static inline size_t
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

#endif
