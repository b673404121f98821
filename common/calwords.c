/*
 * calwords -- month, weekday and zone words (see calwords.h).  Each
 * list is loaded once, on the first call, into a case-folding hash set
 * (a dateline reader asks for every word of the lines it reads); the
 * sets live until the program ends.
 */
#include <string.h>

#include "calwords.h"
#include "wordlist.h"

WORDLIST(months);
WORDLIST(weekdays);
WORDLIST(zones);

#define ABBR		0x100	/* the entry is an abbreviation */
#define NO_OFFSET	0x10000	/* a zone that does not give its offset */

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
 * Load list (data, len) into set, once: each entry's number, ABBR for an
 * entry flagged "abbr"; an entry flagged skip is left out.
 */
static void
load(struct strset *set, int *ready, const char *data, size_t len,
    const char *skip)
{
	struct wl_iter it;
	const char *line, *f;
	size_t ln, fn;

	if (*ready)
		return;
	*ready = 1;
	strset_init(set, 1);
	wl_init(&it, data, len);
	while (wl_next(&it, &line, &ln)) {
		if ((skip != NULL && wl_field_is(line, ln, 2, skip)) ||
		    !wl_field(line, ln, 0, &f, &fn))
			continue;
		strset_add(set, f, fn, field_num(line, ln) |
		    (wl_field_is(line, ln, 2, "abbr") ? ABBR : 0));
	}
}

/*
 * The number of the entry s[0..n) names: an abbreviation may have a
 * period after it.
 */
static int
lookup(const struct strset *set, const char *s, size_t n)
{
	int v;

	if (strset_get(set, s, n, &v))
		return v & 0xff;
	if (n > 1 && s[n - 1] == '.' && strset_get(set, s, n - 1, &v) &&
	    (v & ABBR))
		return v & 0xff;
	return 0;
}

int
month_from_word(const char *s, size_t n)
{
	static struct strset set;
	static int ready;

	load(&set, &ready, wl_months, wl_months_len, NULL);
	return lookup(&set, s, n);
}

int
weekday_from_word(const char *s, size_t n)
{
	static struct strset set;
	static int ready;

	load(&set, &ready, wl_weekdays, wl_weekdays_len, "plural");
	return lookup(&set, s, n);
}

int
zone_from_word(const char *s, size_t n, int *minutes)
{
	static struct strset set;
	static int ready;
	struct wl_iter it;
	const char *line, *f;
	size_t ln, fn;
	int v;

	if (!ready) {
		ready = 1;
		strset_init(&set, 1);
		wl_init(&it, wl_zones, wl_zones_len);
		while (wl_next(&it, &line, &ln)) {
			if (!wl_field(line, ln, 0, &f, &fn))
				continue;
			/* "+HH:MM" or "-HH:MM" */
			v = NO_OFFSET;
			if (wl_field(line, ln, 1, &f, &fn) && fn == 6 &&
			    (f[0] == '+' || f[0] == '-') && f[3] == ':') {
				v = ((f[1] - '0') * 10 + (f[2] - '0')) * 60 +
				    (f[4] - '0') * 10 + (f[5] - '0');
				if (f[0] == '-')
					v = -v;
			}
			wl_field(line, ln, 0, &f, &fn);
			strset_add(&set, f, fn, v);
		}
	}
	if (!strset_get(&set, s, n, &v))
		return 0;
	if (v == NO_OFFSET)
		return -1;
	*minutes = v;
	return 1;
}
