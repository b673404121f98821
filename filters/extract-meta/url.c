/*
 * url -- the article's site and a date in its URL's path (the URL
 * itself: common/url.c, as strip-boilerplate's finder reads it).
 */
#include <string.h>

#include "calendar.h"
#include "calwords.h"
#include "meta.h"
#include "ascii.h"

int
meta_site(const char *url, size_t len, const char **p, size_t *n)
{
	size_t i, j, at;

	if (ascii_starts(url, len, "https://"))
		i = 8;
	else if (ascii_starts(url, len, "http://"))
		i = 7;
	else
		return 0;
	for (j = i; j < len && url[j] != '/' && url[j] != '?' &&
	    url[j] != '#'; j++)
		;
	for (at = j; at > i; at--)
		if (url[at - 1] == '@') {
			i = at;
			break;
		}
	for (at = i; at < j && url[at] != ':'; at++)
		;
	j = at;
	if (ascii_starts(url + i, j - i, "www."))
		i += 4;
	if (j == i)
		return 0;
	*p = url + i;
	*n = j - i;
	return 1;
}

static int
valid(int y, int m, int d)
{
	return y >= 1990 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= cal_days_in_month(y, m);
}

static int
num(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

static int
set(struct meta_stamp *st, int y, int m, int d)
{
	if (!valid(y, m, d))
		return 0;
	memset(st, 0, sizeof(*st));
	st->y = y;
	st->m = m;
	st->d = d;
	return 1;
}

/*
 * The path's pieces, split at / - _ . and the like; each a run of digits
 * or of letters.
 */
struct piece {
	const char	*p;
	size_t		 n;
	int		 digits;
	char		 sep;	/* the byte before it */
	int		 query;	/* after the '?' */
};

#define MAXPIECES 64

int
meta_url_date(const char *url, size_t len, struct meta_stamp *st)
{
	struct piece pc[MAXPIECES];
	size_t i, j, np = 0;
	const char *host;
	size_t hostn;
	int y, m, d, query = 0;
	char sep = 0;

	if (!meta_site(url, len, &host, &hostn))
		return 0;
	i = (size_t)(host - url) + hostn;
	while (i < len && np < MAXPIECES) {
		if (ascii_isdigit((unsigned char)url[i]) ||
		    ascii_isalpha((unsigned char)url[i])) {
			int dg = ascii_isdigit((unsigned char)url[i]);

			for (j = i; j < len && (dg ?
			    ascii_isdigit((unsigned char)url[j]) :
			    ascii_isalpha((unsigned char)url[j])); j++)
				;
			pc[np].p = url + i;
			pc[np].n = j - i;
			pc[np].digits = dg;
			pc[np].sep = sep;
			pc[np].query = query;
			np++;
			sep = 0;
			i = j;
		} else {
			if (url[i] == '?')
				query = 1;
			sep = url[i++];
		}
	}
	for (i = 0; i < np; i++) {
		/* /2019/11/19/, /2019-11-19, /2019/nov/18/ */
		if (pc[i].digits && pc[i].n == 4 && i + 2 < np &&
		    pc[i + 2].digits && pc[i + 2].n <= 2 &&
		    pc[i + 1].sep == pc[i + 2].sep &&
		    pc[i + 1].sep != 0) {
			y = num(pc[i].p, 4);
			m = pc[i + 1].digits && pc[i + 1].n <= 2 ?
			    num(pc[i + 1].p, pc[i + 1].n) : pc[i + 1].digits ?
			    0 : month_from_word(pc[i + 1].p, pc[i + 1].n);
			d = num(pc[i + 2].p, pc[i + 2].n);
			if (set(st, y, m, d))
				return 1;
		}
		/* november-19-2019 */
		if (!pc[i].digits && i + 2 < np && pc[i + 1].digits &&
		    pc[i + 1].n <= 2 && pc[i + 2].digits && pc[i + 2].n == 4 &&
		    pc[i].n >= 3 && (m = month_from_word(pc[i].p, pc[i].n)) &&
		    set(st, num(pc[i + 2].p, 4), m, num(pc[i + 1].p,
		    pc[i + 1].n)))
			return 1;
		/* a parameter's value that is a number of 6 to 11 digits is
		 * an id (?pid=20601101, ?aid=200604), not a date; a path or
		 * a stamp there still is (?AID=/20080102/SPORTS09,
		 * ?File=080101062849.77i9bh87.xml, ?ID=IER20080106232211) */
		if (!pc[i].digits || (pc[i].query && pc[i].sep == '=' &&
		    pc[i].n < 12))
			continue;
		/* -20191115, an id 201911181077343476 */
		if ((pc[i].n == 8 || pc[i].n >= 12) && set(st,
		    num(pc[i].p, 4), num(pc[i].p + 4, 2), num(pc[i].p + 6, 2)))
			return 1;
		/* -191119041538885.html, en-180816.html */
		if ((pc[i].n == 6 || pc[i].n >= 12) && set(st,
		    2000 + num(pc[i].p, 2), num(pc[i].p + 2, 2),
		    num(pc[i].p + 4, 2)))
			return 1;
	}
	return 0;
}

/* Write v as nd digits (v >= 0 and below 10^nd) at p. */
static char *
digits(char *p, int v, int nd)
{
	int k;

	for (k = nd - 1; k >= 0; k--, v /= 10)
		p[k] = (char)('0' + v % 10);
	return p + nd;
}

/* Formatted by hand: snprintf() took 1,600 instructions a stamp. */
size_t
meta_stamp_iso(const struct meta_stamp *st, char *buf)
{
	int off;
	char *p = buf;

	if (st->y == 0) {
		buf[0] = '\0';
		return 0;
	}
	off = st->off < 0 ? -st->off : st->off;
	/* a year before 0 or after 9999 (a relative date far from
	 * --ref-date) has no ISO 8601 form of four digits */
	if (st->y < 0 || st->y > 9999 || st->m < 0 || st->m > 99 ||
	    st->d < 0 || st->d > 99 || (st->has_time && (st->hh < 0 ||
	    st->hh > 99 || st->mm < 0 || st->mm > 99 || off > 99 * 60))) {
		buf[0] = '\0';
		return 0;
	}
	p = digits(p, st->y, 4);
	*p++ = '-';
	p = digits(p, st->m, 2);
	*p++ = '-';
	p = digits(p, st->d, 2);
	if (st->has_time) {
		*p++ = 'T';
		p = digits(p, st->hh, 2);
		*p++ = ':';
		p = digits(p, st->mm, 2);
		*p++ = st->off < 0 ? '-' : '+';
		p = digits(p, off / 60, 2);
		*p++ = ':';
		p = digits(p, off % 60, 2);
	}
	*p = '\0';
	return (size_t)(p - buf);
}
