/*
 * calwords -- month, weekday and zone words (see calwords.h).  Each call
 * walks its word list (27 entries at most): datelines ask a few times a
 * document, so no table is built.
 */
#include <string.h>

#include "calwords.h"
#include "wordlist.h"

WORDLIST(months);
WORDLIST(weekdays);
WORDLIST(zones);

/* Does field 0 of the entry equal s[0..n), ASCII case-insensitively? */
static int
word_is(const char *line, size_t len, const char *s, size_t n)
{
	const char *f;
	size_t fn, i;
	int a, b;

	if (!wl_field(line, len, 0, &f, &fn) || fn != n)
		return 0;
	for (i = 0; i < n; i++) {
		a = (unsigned char)f[i];
		b = (unsigned char)s[i];
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

/* Field 1 of the entry as a small number. */
static int
field_num(const char *line, size_t len)
{
	const char *f;
	size_t fn, i;
	int v = 0;

	if (!wl_field(line, len, 1, &f, &fn))
		return 0;
	for (i = 0; i < fn && f[i] >= '0' && f[i] <= '9' && v < 100; i++)
		v = v * 10 + (f[i] - '0');
	return v;
}

/*
 * The number of the entry of list (data, len) that s[0..n) names: an
 * entry flagged "abbr" may have a period after it, one flagged skip is
 * never named.
 */
static int
list_lookup(const char *data, size_t len, const char *s, size_t n,
    const char *skip)
{
	struct wl_iter it;
	const char *line;
	size_t ln;
	int dot = n > 1 && s[n - 1] == '.';

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &ln)) {
		if (skip != NULL && wl_field_is(line, ln, 2, skip))
			continue;
		if (word_is(line, ln, s, n) || (dot &&
		    wl_field_is(line, ln, 2, "abbr") &&
		    word_is(line, ln, s, n - 1)))
			return field_num(line, ln);
	}
	return 0;
}

int
month_from_word(const char *s, size_t n)
{
	return list_lookup(wl_months, wl_months_len, s, n, NULL);
}

int
weekday_from_word(const char *s, size_t n)
{
	return list_lookup(wl_weekdays, wl_weekdays_len, s, n, "plural");
}

int
zone_from_word(const char *s, size_t n, int *minutes)
{
	struct wl_iter it;
	const char *line, *f;
	size_t ln, fn;

	wl_init(&it, wl_zones, wl_zones_len);
	while (wl_next(&it, &line, &ln)) {
		if (!word_is(line, ln, s, n))
			continue;
		/* "+HH:MM" or "-HH:MM" */
		if (!wl_field(line, ln, 1, &f, &fn) || fn != 6 ||
		    (f[0] != '+' && f[0] != '-') || f[3] != ':')
			return -1;
		*minutes = ((f[1] - '0') * 10 + (f[2] - '0')) * 60 +
		    (f[4] - '0') * 10 + (f[5] - '0');
		if (f[0] == '-')
			*minutes = -*minutes;
		return 1;
	}
	return 0;
}
