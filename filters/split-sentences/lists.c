/*
 * lists -- inline numbered and lettered lists: "1) Berlin 2) Munich",
 * "1.) Pack 2.) Lock", "a. red b. blue", "i. one ii. two", "• 7. Oranges
 * • 8. Lemons".  A sentence that starts with an item marker ends where
 * the marker of the next item in the same style begins (one higher
 * number, the next letter or Roman numeral), so each item is its own
 * sentence and keeps its marker.  sentences.c asks at each sentence
 * start (list_marker_at) and at each boundary (list_next_at).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "split.h"

static const char *const romans[] = {
	"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
	"xi", "xii",
};
#define NROMAN	(sizeof romans / sizeof romans[0])

/* The Roman numeral s[i..e) in lower case: its value, or 0. */
static int
roman_value(const char *s, size_t i, size_t e)
{
	size_t k;

	for (k = 1; k < NROMAN; k++)
		if (strlen(romans[k]) == e - i &&
		    memcmp(romans[k], s + i, e - i) == 0)
			return (int)k;
	return 0;
}

/* A bullet at s[i]: \u2022 \u2023 \u2043 \u25AA \u25E6 (three bytes each). */
static int
bullet_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s + i;

	if (i + 3 > len || u[0] != 0xE2)
		return 0;
	return (u[1] == 0x80 && (u[2] == 0xA2 || u[2] == 0xA3)) ||
	    (u[1] == 0x81 && u[2] == 0x83) || (u[1] == 0x96 && u[2] == 0xAA) ||
	    (u[1] == 0x97 && u[2] == 0xA6);
}

/*
 * An item marker at s[i]: an optional bullet (• \u2043 and the like, white
 * space after it or not),
 * then one or two digits, a lower-case letter or a lower-case Roman
 * numeral up to xii, then ".)", ")" or ".", then white space and more
 * text.  Returns the end of the marker (after its punctuation), or 0.
 */
size_t
list_marker_at(const char *s, size_t len, size_t i, struct marker *m)
{
	size_t j = i, b;

	m->start = i;
	m->bullet = 0;
	m->upper = 0;
	if (bullet_at(s, len, j)) {
		j = skip_ws(s, len, j + 3);
		m->bullet = j - i;
	} else if (j < len && s[j] == '(') {
		j++;
		m->bullet = 1;	/* "(a)", "(2)" */
	}
	b = j;
	if (j < len && is_digit((unsigned char)s[j])) {
		j = skip_digits(s, len, j, 3);
		if (j - b > 2)
			return 0;
		m->kind = 'd';
		m->value = s[b] - '0';
		if (j - b == 2)
			m->value = m->value * 10 + (s[b + 1] - '0');
	} else {
		char low[5];

		if (j < len && s[j] >= 'A' && s[j] <= 'Z')
			m->upper = 1;
		while (j < len && j - b < 5 && (m->upper ? s[j] >= 'A' &&
		    s[j] <= 'Z' : s[j] >= 'a' && s[j] <= 'z')) {
			low[j - b] = (char)lower_ascii((unsigned char)s[j]);
			j++;
		}
		if (j == b)
			return 0;
		if (j - b == 1) {
			m->kind = 'a';
			m->value = low[0] - 'a' + 1;
		} else if ((m->value = roman_value(low, 0, j - b)) > 0)
			m->kind = 'r';
		else
			return 0;
	}
	if (s[i] == '(' && (j >= len || s[j] != ')'))
		return 0;
	m->body = b;
	m->bodyend = j;
	if (j + 1 < len && s[j] == '.' && s[j + 1] == ')')
		j += 2;
	else if (j < len && (s[j] == ')' || s[j] == '.'))
		j++;
	else
		return 0;
	if (ws_at(s, len, j) == 0)
		return 0;
	b = skip_ws(s, len, j);
	if (b >= len)
		return 0;
	m->end = j;
	return j;
}

/* Copy the Roman numeral r (1..NROMAN-1) to buf, in upper case if upper. */
static size_t
put_roman(char *buf, int r, int upper)
{
	size_t k, n = strlen(romans[r]);

	for (k = 0; k < n; k++)
		buf[k] = (char)(upper ? romans[r][k] - ('a' - 'A') :
		    romans[r][k]);
	return n;
}

/*
 * The body of the marker after m (the next number, letter or Roman
 * numeral, in m's case), written to buf; its length, or 0.  A single
 * i, v or x may be a letter or a Roman numeral: alt gets the other
 * reading's body.
 */
static size_t
successor(const struct marker *m, char *buf, char *alt, size_t *altlen)
{
	int v = m->value + 1;

	*altlen = 0;
	switch (m->kind) {
	case 'd':
		if (v >= 100)
			return 0;
		if (v >= 10) {
			buf[0] = (char)('0' + v / 10);
			buf[1] = (char)('0' + v % 10);
			return 2;
		}
		buf[0] = (char)('0' + v);
		return 1;
	case 'a':
		/* i, v, x: also the Roman 1, 5, 10 */
		if (m->value == 'i' - 'a' + 1)
			*altlen = put_roman(alt, 2, m->upper);
		else if (m->value == 'v' - 'a' + 1)
			*altlen = put_roman(alt, 6, m->upper);
		else if (m->value == 'x' - 'a' + 1)
			*altlen = put_roman(alt, 11, m->upper);
		if (v > 26)
			return 0;
		buf[0] = (char)((m->upper ? 'A' : 'a') + v - 1);
		return 1;
	case 'r':
		if ((size_t)v >= NROMAN)
			return 0;
		return put_roman(buf, v, m->upper);
	}
	return 0;
}

/* Does the marker like m, with body b[0..bn), stand at s[f]? */
static int
marker_is(const char *s, size_t len, size_t f, const struct marker *m,
    const char *b, size_t bn)
{
	size_t pl = m->end - m->bodyend, j;

	if (f + m->bullet + bn + pl >= len ||
	    memcmp(s + f, s + m->start, m->bullet) != 0)
		return 0;
	j = f + m->bullet;
	if (memcmp(s + j, b, bn) != 0 ||
	    memcmp(s + j + bn, s + m->bodyend, pl) != 0)
		return 0;
	return ws_at(s, len, j + bn + pl) > 0;
}

/* The first marker like m with body b[0..bn) in s[from..to), or 0. */
static size_t
find_marker(const char *s, size_t len, size_t from, size_t to,
    const struct marker *m, const char *b, size_t bn)
{
	unsigned char first = (unsigned char)(m->bullet > 0 ? s[m->start] :
	    b[0]);
	const char *hit;
	size_t f;

	for (f = from + 1; f < to; f++) {
		if ((hit = memchr(s + f, first, to - f)) == NULL)
			break;
		f = (size_t)(hit - s);
		/* "1) that ... and 2) that ...": a list in running prose */
		if (ws_before(s, from, f) > 0 && marker_is(s, len, f, m, b, bn) &&
		    !word_before_is(s, from, f, "and") &&
		    !word_before_is(s, from, f, "or"))
			return f;
	}
	return 0;
}

/*
 * Where, in s[from..to), the item after marker m begins: the next
 * marker in the same style, after white space.  Returns its position,
 * or 0 when there is none.  The caller bounds to by the sentence's end,
 * so every byte is looked at a bounded number of times.
 */
size_t
list_next_at(const char *s, size_t len, size_t from, size_t to,
    const struct marker *m)
{
	char b[8], alt[8];
	size_t bn, an, f = 0, g = 0;

	bn = successor(m, b, alt, &an);
	if (bn > 0)
		f = find_marker(s, len, from, to, m, b, bn);
	if (an > 0)
		g = find_marker(s, len, from, f > 0 ? f : to, m, alt, an);
	return g > 0 ? g : f;
}
