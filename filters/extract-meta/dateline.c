/*
 * dateline -- the dates of a dateline: "Thu 3 Oct 2024 17.05 BST",
 * "Published: 5:21pm, 5 Sep, 2019 | Updated: ...", "November 19th, 2019
 * at 8:40 AM", "2019-11-18T20:51:19Z", "11/19/19 06:56 AM EST".
 *
 * The line is cut into tokens (numbers, words, single punctuation
 * bytes); a date is tried at each token, then a time.  A label word
 * (dateline-labels.txt) says whether the dates after it are published
 * or updated, until a | or ; ends its part of the line.  A time is the
 * date's when it stands right before or after it in the same part, and
 * it is written only when a zone gives its offset.
 */
#include <string.h>

#include "calendar.h"
#include "calwords.h"
#include "meta.h"
#include "ascii.h"
#include "wordlist.h"

WORDLIST(dateline_labels);
WORDLIST(dateline_months);

enum { T_NUM, T_WORD, T_PUNCT };
enum { L_NONE, L_PUB, L_UPD };

struct tok {
	size_t	 at, n;
	int	 kind;
	long	 val;		/* T_NUM: the value (capped); T_WORD: the
				 * month it names, once asked, else -1 */
};

#define MAXTOKS 128

/*
 * Does s[0..len) hold an ASCII digit?  Most lines of the window hold
 * none and are done here, eight bytes at a time (ascii.h).
 */
static int
has_digit(const char *s, size_t len)
{
	size_t i = 0;

	for (; i + 8 <= len; i += 8)
		if (ascii_in8(ascii_word8(s + i), '0', '9') != 0)
			return 1;
	for (; i < len; i++)
		if (ascii_isdigit((unsigned char)s[i]))
			return 1;
	return 0;
}

static size_t
tokenize(const char *s, size_t len, struct tok *t)
{
	size_t i = 0, j, k, nt = 0;
	unsigned char c;

	while (i < len && nt < MAXTOKS) {
		c = (unsigned char)s[i];
		if (c == ' ' || c == '\t') {
			i++;
			continue;
		}
		t[nt].at = i;
		if (ascii_isdigit(c)) {
			t[nt].kind = T_NUM;
			t[nt].val = 0;
			for (j = i; j < len &&
			    ascii_isdigit((unsigned char)s[j]); j++)
				if (t[nt].val < 100000000)
					t[nt].val = t[nt].val * 10 +
					    (s[j] - '0');
		} else if (ascii_isalpha(c) || c >= 0x80) {
			t[nt].kind = T_WORD;
			for (j = i; j < len &&
			    (ascii_isalpha((unsigned char)s[j]) ||
			    ((unsigned char)s[j] >= 0x80 &&
			    !((unsigned char)s[j] == 0xC2 && j + 1 < len &&
			    (unsigned char)s[j + 1] == 0xA0))); j++)
				;
			if (j == i)	/* a no-break space */
				j = i + 2;
			t[nt].val = -1;
			/* "ESTUpdated": two words glued, split after the
			 * capitals */
			for (k = i + 2; k + 1 < j; k++)
				if (ascii_isupper((unsigned char)s[k]) &&
				    ascii_isupper((unsigned char)s[k - 1]) &&
				    ascii_isupper((unsigned char)s[k - 2]) &&
				    s[k + 1] >= 'a' && s[k + 1] <= 'z') {
					j = k;
					break;
				}
		} else {
			t[nt].kind = T_PUNCT;
			j = i + 1;
		}
		t[nt].n = j - i;
		nt++;
		i = j;
	}
	return nt;
}

struct line {
	const char	*s;
	struct tok	*t;
	size_t		 nt;
	int		 order;		/* in: META_DMY, META_MDY or 0 */
	int		 seen;		/* out: the order a date showed */
	int		 ambiguous;	/* out: a date of either order */
};

static int
is_punct(const struct line *l, size_t i, char c)
{
	return i < l->nt && l->t[i].kind == T_PUNCT && l->s[l->t[i].at] == c;
}

static int
is_word(const struct line *l, size_t i, const char *w)
{
	return i < l->nt && l->t[i].kind == T_WORD &&
	    ascii_is(l->s + l->t[i].at, l->t[i].n, w);
}

static int
is_num(const struct line *l, size_t i, size_t minn, size_t maxn)
{
	return i < l->nt && l->t[i].kind == T_NUM && l->t[i].n >= minn &&
	    l->t[i].n <= maxn;
}

/*
 * Load a word list of word<TAB>value entries into set, once: each word
 * with value(its second field).
 */
static void
load_words(struct meta_list *set, int *ready, const char *data, size_t len,
    int (*value)(const char *f, size_t n))
{
	struct wl_iter it;
	const char *e, *f, *v;
	size_t en, fn, vn;

	if (*ready)
		return;
	*ready = 1;
	meta_list_init(set);
	wl_init(&it, data, len);
	while (wl_next(&it, &e, &en))
		if (wl_field(e, en, 0, &f, &fn) && wl_field(e, en, 1, &v, &vn))
			meta_list_add(set, f, fn, value(v, vn));
}

static int
month_value(const char *f, size_t n)
{
	return n == 1 ? f[0] - '0' : (f[0] - '0') * 10 + (f[1] - '0');
}

static int
label_value(const char *f, size_t n)
{
	return ascii_is(f, n, "updated") ? L_UPD : L_PUB;
}

/* The month a word names: English (calwords.h), else another language's
 * (dateline-months.txt: "30. Juli 2018", "22 de outubro de 2010"). */
static int
month_at(const struct line *l, size_t i)
{
	static struct meta_list months;	/* name -> month */
	static int ready;
	int m;

	if (i >= l->nt || l->t[i].kind != T_WORD || l->t[i].n < 3)
		return 0;
	/* a date is tried at every token: each word is looked up once */
	if (l->t[i].val >= 0)
		return (int)l->t[i].val;
	if ((m = month_from_word(l->s + l->t[i].at, l->t[i].n)) == 0) {
		load_words(&months, &ready, wl_dateline_months,
		    wl_dateline_months_len, month_value);
		if (!meta_list_get(&months, l->s + l->t[i].at, l->t[i].n,
		    &m))
			m = 0;
	}
	l->t[i].val = m;
	return m;
}

static int
label_at(const struct line *l, size_t i)
{
	static struct meta_list labels;	/* label -> L_PUB or L_UPD */
	static int ready;
	int v;

	load_words(&labels, &ready, wl_dateline_labels,
	    wl_dateline_labels_len, label_value);
	if (i >= l->nt || l->t[i].kind != T_WORD ||
	    !meta_list_get(&labels, l->s + l->t[i].at, l->t[i].n, &v))
		return L_NONE;
	return v;
}

static int
valid(int y, int m, int d)
{
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= cal_days_in_month(y, m);
}

static int
year_of(const struct tok *t)
{
	if (t->n == 4)
		return (int)t->val;
	if (t->n == 2)
		return (int)(t->val < 70 ? 2000 + t->val : 1900 + t->val);
	return 0;
}

/* An ordinal suffix after a day number: st nd rd th. */
static int
ordinal(const struct line *l, size_t i)
{
	return is_word(l, i, "st") || is_word(l, i, "nd") ||
	    is_word(l, i, "rd") || is_word(l, i, "th");
}

/*
 * A date starting at token i: 1, the date in *st and the first token
 * after it in *end; or 0.  *glued is set to the hour when the year ran
 * into the time ("Nov 15, 20195:45 AM"), else -1.
 */
static int
date_at(const struct line *l, size_t i, struct meta_stamp *st, size_t *end,
    long *glued)
{
	const struct tok *t = l->t;
	int y = 0, m = 0, d = 0;
	size_t k;
	char sep;

	*glued = -1;
	memset(st, 0, sizeof(*st));
	/* 2019-11-19, 2019/11/19, 2019.11.19 */
	if (is_num(l, i, 4, 4) && is_num(l, i + 2, 1, 2) &&
	    is_num(l, i + 4, 1, 2) && i + 3 < l->nt &&
	    t[i + 1].kind == T_PUNCT && t[i + 3].kind == T_PUNCT &&
	    (sep = l->s[t[i + 1].at]) == l->s[t[i + 3].at] &&
	    (sep == '-' || sep == '/' || sep == '.')) {
		y = (int)t[i].val;
		m = (int)t[i + 2].val;
		d = (int)t[i + 4].val;
		k = i + 5;
	/* 19 Nov 2019, 25. September 2018, 5 Sep, 2019, 22 de outubro
	 * de 2010, 12-Jan-2008 */
	} else if (is_num(l, i, 1, 2) && ((m = month_at(l, i + 1)) ||
	    ((is_punct(l, i + 1, '.') || ordinal(l, i + 1) ||
	    is_word(l, i + 1, "de") || (is_punct(l, i + 1, '-') &&
	    is_punct(l, i + 3, '-'))) && (m = month_at(l, i + 2))))) {
		d = (int)t[i].val;
		k = i + 1;
		while (k < l->nt && !month_at(l, k))
			k++;
		k++;
		if (is_punct(l, k, '.') || (is_punct(l, k, '-') &&
		    is_punct(l, i + 1, '-')))
			k++;
		if (is_punct(l, k, ',') || is_word(l, k, "de"))
			k++;
		if (!is_num(l, k, 4, 4))
			return 0;
		y = (int)t[k].val;
		k++;
	/* Nov 19, 2019; November 19th, 2019; Nov. 18th 2019 */
	} else if ((m = month_at(l, i))) {
		k = i + 1;
		if (is_punct(l, k, '.'))
			k++;
		if (!is_num(l, k, 1, 2))
			return 0;
		d = (int)t[k].val;
		k++;
		if (ordinal(l, k))
			k++;
		if (is_punct(l, k, ','))
			k++;
		if (is_num(l, k, 4, 4))
			y = (int)t[k].val;
		else if (is_num(l, k, 5, 6) && is_punct(l, k + 1, ':') &&
		    (t[k].val / (t[k].n == 5 ? 10 : 100)) >= 1900) {
			y = (int)(t[k].val / (t[k].n == 5 ? 10 : 100));
			*glued = t[k].val % (t[k].n == 5 ? 10 : 100);
		} else
			return 0;
		k++;
	/* 18.11.2019, 11/19/19, 27/09/2018 */
	} else if (is_num(l, i, 1, 2) && is_num(l, i + 2, 1, 2) &&
	    (is_num(l, i + 4, 4, 4) || is_num(l, i + 4, 2, 2)) &&
	    t[i + 1].kind == T_PUNCT && t[i + 3].kind == T_PUNCT &&
	    (sep = l->s[t[i + 1].at]) == l->s[t[i + 3].at] &&
	    (sep == '-' || sep == '/' || sep == '.')) {
		int a = (int)t[i].val, b = (int)t[i + 2].val;

		y = year_of(&t[i + 4]);
		if (sep == '.' || (a > 12 && b <= 12)) {
			d = a;
			m = b;
			if (sep != '.')
				((struct line *)l)->seen |= META_DMY;
		} else if (b > 12 && a <= 12) {
			m = a;
			d = b;
			((struct line *)l)->seen |= META_MDY;
		} else if (a != b && l->order == META_DMY) {
			d = a;
			m = b;
		} else if (a != b && l->order == META_MDY) {
			m = a;
			d = b;
		} else if (a == b) {
			m = d = a;	/* 05/05/2019: either way */
		} else {
			/* day or month first: unknown, unless the page's
			 * other dates settle it (meta_dateline_order) */
			if (!(is_punct(l, i + 5, sep) &&
			    is_num(l, i + 6, 1, 9)) && valid(y, a, b) &&
			    valid(y, b, a))
				((struct line *)l)->ambiguous = 1;
			return 0;
		}
		k = i + 5;
		/* a version number or a score, not a date */
		if (is_punct(l, k, sep) && is_num(l, k + 1, 1, 9))
			return 0;
	} else
		return 0;
	if (!valid(y, m, d))
		return 0;
	st->y = y;
	st->m = m;
	st->d = d;
	*end = k;
	return 1;
}

/* A zone named by the word at token i (EST, GMT, UTC+8, BST): 1 and *off. */
static int
zone_at(const struct line *l, size_t i, int *off, size_t *end)
{
	const struct tok *t = l->t;
	const char *w;
	size_t n;
	int sign, h, mi, minutes;

	if (i < l->nt && t[i].kind == T_WORD) {
		w = l->s + t[i].at;
		n = t[i].n;
		if (n == 1 && (w[0] == 'Z' || w[0] == 'z')) {
			*off = 0;
			*end = i + 1;
			return 1;
		}
		if (zone_from_word(w, n, &minutes) != 1)
			return 0;
		*off = minutes;
		*end = i + 1;
		/* GMT+8, UTC+01:00, GMT-5 */
		if ((ascii_is(w, n, "gmt") || ascii_is(w, n, "utc")) &&
		    (is_punct(l, i + 1, '+') || is_punct(l, i + 1, '-')) &&
		    is_num(l, i + 2, 1, 4)) {
			sign = l->s[t[i + 1].at] == '-' ? -1 : 1;
			if (t[i + 2].n <= 2) {
				h = (int)t[i + 2].val;
				mi = is_punct(l, i + 3, ':') &&
				    is_num(l, i + 4, 2, 2) ?
				    (int)t[i + 4].val : 0;
				*end = mi || is_punct(l, i + 3, ':') ?
				    i + 5 : i + 3;
			} else {
				h = (int)t[i + 2].val / 100;
				mi = (int)t[i + 2].val % 100;
				*end = i + 3;
			}
			if (h > 14 || mi > 59)
				return 0;
			*off = sign * (h * 60 + mi);
		}
		return 1;
	}
	/* +0800, -05:00 */
	if ((is_punct(l, i, '+') || is_punct(l, i, '-')) &&
	    (is_num(l, i + 1, 4, 4) || (is_num(l, i + 1, 2, 2) &&
	    is_punct(l, i + 2, ':') && is_num(l, i + 3, 2, 2)))) {
		sign = l->s[t[i].at] == '-' ? -1 : 1;
		if (t[i + 1].n == 4) {
			h = (int)t[i + 1].val / 100;
			mi = (int)t[i + 1].val % 100;
			*end = i + 2;
		} else {
			h = (int)t[i + 1].val;
			mi = (int)t[i + 3].val;
			*end = i + 4;
		}
		if (h > 14 || mi > 59)
			return 0;
		*off = sign * (h * 60 + mi);
		return 1;
	}
	return 0;
}

struct clock {
	int	 hh, mm;
	int	 zoned;		/* off is known */
	int	 off;
};

/*
 * A time at token i ("17:05", "5:21pm", "10:31 pm CST", "17.05 BST",
 * "11:04 a.m.", "0339 GMT"), or the minutes of a glued year when hour >= 0: 1, the
 * time in *c and the token after it in *end; or 0.
 */
static int
time_at(const struct line *l, size_t i, long hour, struct clock *c,
    size_t *end)
{
	const struct tok *t = l->t;
	size_t k;
	int h, mi, pm = -1, dot;

	memset(c, 0, sizeof(*c));
	/* "0339 GMT": four digits, a time only with a zone after them */
	if (hour < 0 && is_num(l, i, 4, 4) && t[i].val % 100 < 60 &&
	    t[i].val / 100 < 24 && zone_at(l, i + 1, &c->off, end)) {
		c->hh = (int)(t[i].val / 100);
		c->mm = (int)(t[i].val % 100);
		c->zoned = 1;
		return 1;
	}
	if (hour >= 0) {
		h = (int)hour;
		k = i;		/* at the ':' */
	} else {
		if (!is_num(l, i, 1, 2))
			return 0;
		h = (int)t[i].val;
		k = i + 1;
	}
	dot = is_punct(l, k, '.');
	if (!(is_punct(l, k, ':') || dot) || !is_num(l, k + 1, 2, 2))
		return 0;
	mi = (int)t[k + 1].val;
	k += 2;
	if (is_punct(l, k, ':') && is_num(l, k + 1, 2, 2))
		k += 2;			/* seconds */
	if (is_punct(l, k, '.') && is_num(l, k + 1, 1, 9))
		k += 2;			/* fractions */
	if (is_word(l, k, "am") || is_word(l, k, "pm")) {
		pm = ascii_lower((unsigned char)l->s[t[k].at]) == 'p';
		k++;
	} else if ((is_word(l, k, "a") || is_word(l, k, "p")) &&
	    is_punct(l, k + 1, '.') && is_word(l, k + 2, "m")) {
		pm = ascii_lower((unsigned char)l->s[t[k].at]) == 'p';
		k += is_punct(l, k + 3, '.') ? 4 : 3;
	}
	if (pm >= 0) {
		if (h < 1 || h > 12)
			return 0;
		h = h % 12 + (pm ? 12 : 0);
	}
	if (h > 23 || mi > 59)
		return 0;
	c->hh = h;
	c->mm = mi;
	c->zoned = zone_at(l, k, &c->off, end);
	if (!c->zoned)
		*end = k;
	/* "17.05" is a time only with am/pm or a zone after it */
	if (dot && pm < 0 && !c->zoned)
		return 0;
	return 1;
}

/* The words of a relative date: unit<TAB>days it stands for. */
static const struct {
	const char *w;
	int days;
} units[] = {
	{ "second", 0 }, { "seconds", 0 }, { "sec", 0 }, { "secs", 0 },
	{ "minute", 0 }, { "minutes", 0 }, { "min", 0 }, { "mins", 0 },
	{ "hour", 0 }, { "hours", 0 }, { "hr", 0 }, { "hrs", 0 },
	{ "day", 1 }, { "days", 1 }, { "week", 7 }, { "weeks", 7 },
	{ NULL, 0 }
};

/* "2 hours ago", "an hour ago", "1 day ago": 1 and the days back. */
static int
relative_at(const struct line *l, size_t i, long *back, size_t *end)
{
	long n;
	size_t u;

	if (is_num(l, i, 1, 3))
		n = l->t[i].val;
	else if (is_word(l, i, "a") || is_word(l, i, "an"))
		n = 1;
	else
		return 0;
	for (u = 0; units[u].w != NULL; u++)
		if (is_word(l, i + 1, units[u].w))
			break;
	if (units[u].w == NULL || !is_word(l, i + 2, "ago"))
		return 0;
	*back = n * units[u].days;
	*end = i + 3;
	return 1;
}

static void
keep(struct meta_dateline *dl, int label, const struct meta_stamp *st)
{
	struct meta_stamp *to = label == L_UPD ? &dl->updated : &dl->published;

	if (to->y == 0)
		*to = *st;
}

/* Give st the time c when it has a zone. */
static void
stamp_time(struct meta_stamp *st, const struct clock *c)
{
	if (!c->zoned)
		return;
	st->has_time = 1;
	st->hh = c->hh;
	st->mm = c->mm;
	st->off = c->off;
}

int
meta_dateline(const char *s, size_t len, const long *ref,
    struct meta_dateline *dl)
{
	return meta_dateline_order(s, len, ref, 0, dl);
}

int
meta_dateline_order(const char *s, size_t len, const long *ref, int order,
    struct meta_dateline *dl)
{
	struct tok t[MAXTOKS];
	struct line l;
	struct meta_stamp st;
	struct clock c, before = { 0, 0, 0, 0 };
	size_t i, k, end;
	long glued, back;
	int label = L_NONE, lb, havebefore = 0, found = 0;

	memset(dl, 0, sizeof(*dl));
	dl->date_at = len;
	/* a date has a digit (a relative one may say "an hour ago") */
	if (ref == NULL && !has_digit(s, len))
		return 0;
	l.s = s;
	l.t = t;
	l.order = order;
	l.seen = l.ambiguous = 0;
	l.nt = tokenize(s, len, t);
	for (i = 0; i < l.nt; ) {
		if (is_punct(&l, i, '|') || is_punct(&l, i, ';')) {
			label = L_NONE;
			havebefore = 0;
			i++;
			continue;
		}
		if ((lb = label_at(&l, i)) != L_NONE) {
			label = lb;
			havebefore = 0;
			i++;
			continue;
		}
		if (date_at(&l, i, &st, &end, &glued)) {
			if (!found)
				dl->date_at = t[i].at;
			found = 1;
			/* a time after it: "Nov 19, 2019, 10:31 pm CST" */
			k = end;
			if (is_punct(&l, k, ',') || is_punct(&l, k, '/') ||
			    is_punct(&l, k, '-') || is_word(&l, k, "at") ||
			    is_word(&l, k, "um") || is_word(&l, k, "t"))
				k++;
			if (glued >= 0 ? time_at(&l, end, glued, &c, &k) :
			    time_at(&l, k, -1, &c, &k)) {
				stamp_time(&st, &c);
				end = k;
			} else if (havebefore)
				stamp_time(&st, &before);
			keep(dl, label, &st);
			havebefore = 0;
			i = end;
			continue;
		}
		if (time_at(&l, i, -1, &c, &end)) {
			before = c;
			havebefore = 1;
			i = end;
			continue;
		}
		if (ref != NULL && relative_at(&l, i, &back, &end)) {
			memset(&st, 0, sizeof(st));
			cal_civil_from_days(*ref - back, &st.y, &st.m, &st.d);
			if (!found)
				dl->date_at = t[i].at;
			found = 1;
			keep(dl, label, &st);
			i = end;
			continue;
		}
		i++;
	}
	dl->order = l.seen;
	dl->ambiguous = l.ambiguous;
	return found;
}

int
meta_undated_dateline(const char *s, size_t len)
{
	struct tok t[MAXTOKS];
	struct line l;
	struct clock c;
	size_t i, end;
	long back;
	int min, when = 0;

	if (len > 80 || memchr(s, ':', len) == NULL)
		return 0;
	l.s = s;
	l.t = t;
	l.nt = tokenize(s, len, t);
	for (i = 0; i < l.nt; ) {
		if (time_at(&l, i, -1, &c, &end) ||
		    relative_at(&l, i, &back, &end)) {
			when = 1;
			i = end;
		} else if (t[i].kind == T_PUNCT || (t[i].kind == T_WORD &&
		    (weekday_from_word(s + t[i].at, t[i].n) ||
		    label_at(&l, i) || is_word(&l, i, "at") ||
		    is_word(&l, i, "on") ||
		    zone_from_word(s + t[i].at, t[i].n, &min) == 1)))
			i++;
		else
			return 0;
	}
	return when;
}

int
meta_bare_dateline(const char *s, size_t len)
{
	struct tok t[MAXTOKS];
	struct line l;
	struct meta_dateline dl;
	size_t i;
	int min;

	/* a date has four digits at least (1/1/08); then the words: a
	 * headline's first is capitalised, and most are done there */
	for (i = 0, min = 0; i < len && min < 4; i++)
		min += ascii_isdigit((unsigned char)s[i]);
	if (min < 4)
		return 0;
	l.s = s;
	l.t = t;
	l.nt = tokenize(s, len, t);
	for (i = 0; i < l.nt; i++)
		if (t[i].kind == T_WORD &&
		    ascii_isupper((unsigned char)s[t[i].at]) &&
		    !month_at(&l, i) && !label_at(&l, i) &&
		    !weekday_from_word(s + t[i].at, t[i].n) &&
		    zone_from_word(s + t[i].at, t[i].n, &min) != 1 &&
		    !is_word(&l, i, "am") && !is_word(&l, i, "pm") &&
		    !is_word(&l, i, "at") && !is_word(&l, i, "on"))
			return 0;
	return meta_dateline(s, len, NULL, &dl);
}

int
meta_label_word(const char *s, size_t n)
{
	struct tok t = { 0, n, T_WORD, -1 };
	struct line l = { s, &t, 1, 0, 0, 0 };

	return label_at(&l, 0) != L_NONE;
}

int
meta_parse_ymd(const char *s, size_t len, long *days)
{
	int y, m, d, i;

	if (len != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !ascii_isdigit((unsigned char)s[i]))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (m < 1 || m > 12 || d < 1 || d > cal_days_in_month(y, m))
		return -1;
	*days = cal_days_from_civil(y, m, d);
	return 0;
}
