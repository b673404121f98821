/*
 * meta -- the driver: read a document's facts from its lines.
 *
 * strip-boilerplate's engine judges the lines, reads the article's URL
 * (the first line that labels one, "Source:", "URL:", "Read more at",
 * else a bare URL line at the top) and picks the headline, with the
 * URL's slug among its signals: one finder for both programs.  The
 * section is a breadcrumb above the headline.  Bylines
 * and datelines are read in a window around the headline, from lines
 * that are not article text, the nearest first (below the headline
 * before above it): a body sentence's date is never the article's.
 * With no date in the window, the URL's date is the publication date,
 * unless the page shows only an update whose day the URL's may be in
 * another zone (one_moment()).
 * A numeric date of either order ("05/09/2019") is read in the order
 * the page's other numeric dates show, or in the one that gives the
 * URL's date or another dateline's; else not at all.
 */
#include <stdlib.h>
#include <string.h>

#include "../strip-boilerplate/sb.h"
#include "calendar.h"
#include "meta.h"
#include "ascii.h"
#include "xalloc.h"

#define TOP_LINES	12	/* a breadcrumb up here */
#define ABOVE		10	/* the window: lines above the headline */
#define BELOW		25	/* and below it */
#define MAXANCHORS	4	/* the headline and lines that repeat it */
#define MAXDATELINES	8	/* datelines whose neighbours may be bylines */
#define DATELINE_MAX	160	/* bytes: a longer line is text */
#define LOWER_MAX	6	/* lower-case words: a line with more is a
				 * sentence (a caption's date is no dateline) */
#define LOWER_END	3	/* ... and with a full stop at the end */
#define KEPT_MAX	100	/* bytes: a kept line longer is article text */
#define BYLINE		"byline"	/* the rules' reason for a byline */
#define HEADLINE_BLOCK	"headline block"	/* the finder's reason for a
				 * line of the headline's block (headline.c) */

struct meta {
	struct sb	*sb;
	struct sb_line	*sl;
	size_t		 cap;
	char		*section, *byline, *scratch, *headline;
	size_t		 seccap, bycap, scrcap, headcap;
	long		 ref;
	int		 hasref;
};

struct meta *
meta_new(void)
{
	struct meta *m = xcalloc(1, sizeof(*m));

	m->sb = sb_new(0);
	return m;
}

void
meta_free(struct meta *m)
{
	if (m == NULL)
		return;
	sb_free(m->sb);
	free(m->sl);
	free(m->section);
	free(m->byline);
	free(m->scratch);
	free(m->headline);
	free(m);
}

void
meta_set_ref(struct meta *m, long ref)
{
	m->ref = ref;
	m->hasref = 1;
}

static int
blank(const struct meta_line *l)
{
	return ascii_skip_blanks(l->text, l->len, 0) == l->len;
}

/* Is line i article text (kept, and too long for a dateline)? */
static int
text_line(const struct meta *m, size_t i)
{
	return m->sl[i].keep && !m->sl[i].headline && m->sl[i].len > KEPT_MAX;
}

static void
find_section(struct meta *m, const struct meta_line *lines, size_t n,
    size_t h, struct meta_result *res)
{
	size_t i, k, seen = 0, len;

	res->section = "";
	res->sectionlen = 0;
	for (k = 0; k < 2; k++) {
		for (i = 0; i < n && (k == 1 ? i < h : seen < TOP_LINES); i++) {
			if (k == 1 && i + ABOVE < h)
				continue;
			if (blank(&lines[i]) || text_line(m, i) ||
			    (m->sl[i].headline))
				continue;
			seen++;
			xgrow((void **)&m->section, &m->seccap,
			    2 * lines[i].len + 16, 1);
			len = meta_breadcrumb(lines[i].text, lines[i].len,
			    m->section);
			if (len > 0) {
				res->section = m->section;
				res->sectionlen = len;
				return;
			}
		}
		if (h == n)
			break;
	}
}

/*
 * The words of s[0..len) that start with a lower-case ASCII letter (a
 * word starts the line or follows a space), counted eight bytes at a
 * time (every line of the window is asked); it stops once past
 * LOWER_MAX, so a count above LOWER_MAX means only "more".  In a 64-bit
 * word (ascii.h), a byte's top bit marks a space (sp) or a letter a-z
 * (lc); lc & (sp << 8) marks the letters right after a space, and carry
 * the last byte's space.
 */
static size_t
lower_words(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n = 0;
	int atword = 1;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x, sp, lc, carry = 0x80;

	for (; i + 8 <= len; i += 8) {
		x = ascii_word8(s + i);
		sp = ascii_eq8(x, ' ');
		lc = ascii_in8(x, 'a', 'z');
		for (lc &= (sp << 8) | carry; lc != 0; lc &= lc - 1)
			n++;
		if (n > LOWER_MAX)
			return n;
		carry = sp >> 56;
	}
	atword = carry != 0;
#endif
	for (; i < len; i++) {
		if (atword && p[i] >= 'a' && p[i] <= 'z' && ++n > LOWER_MAX)
			return n;
		atword = p[i] == ' ';
	}
	return n;
}

/*
 * Does the line read like a sentence: more than LOWER_MAX words that
 * start with a lower-case letter ("... speaks during a fundraiser for
 * the Nevada Democratic Party, Sunday, Nov. 17, 2019, in Las Vegas."),
 * or LOWER_END and a full stop at the end ("The bank paid $5 million on
 * 5 September 2019.", not "... at 11:04 a.m.")?
 */
static int
sentence(const struct meta_line *l)
{
	size_t lower, len = ascii_trim_end(l->text, l->len), w;

	if ((lower = lower_words(l->text, len)) > LOWER_MAX)
		return 1;
	if (lower < LOWER_END || len < 2 || (l->text[len - 1] != '.' &&
	    l->text[len - 1] != '!' && l->text[len - 1] != '?'))
		return 0;
	/* the last word: an abbreviation has a period inside it */
	for (w = len - 1; w > 0 && l->text[w - 1] != ' '; w--)
		if (l->text[w - 1] == '.')
			return 0;
	return 1;
}

/* The cost of line i as the article's dateline or byline: its distance
 * from the nearest anchor (the headline, and the lines that repeat it),
 * lines above it counting double; (size_t)-1 outside every window. */
static size_t
cost(size_t i, const size_t *a, size_t na)
{
	size_t k, c, best = (size_t)-1;

	for (k = 0; k < na; k++) {
		if (i >= a[k] ? i - a[k] >= BELOW : a[k] - i > ABOVE)
			continue;
		c = i >= a[k] ? i - a[k] : 2 * (a[k] - i) + 1;
		if (c < best)
			best = c;
	}
	return best;
}

/* The next (step 1) or previous (step -1) line from i that is not
 * blank, or n. */
static size_t
next_line(const struct meta_line *lines, size_t n, size_t i, int step)
{
	for (;;) {
		if ((step < 0 && i == 0) || (step > 0 && i + 1 >= n))
			return n;
		i = step > 0 ? i + 1 : i - 1;
		if (!blank(&lines[i]))
			return i;
	}
}

/*
 * Merge the lines u[0..nu) that are datelines without a date into the
 * datelines d[0..nd), both in line order, the first MAXDATELINES kept
 * (costs alongside).  Returns the new nd.
 */
static size_t
add_undated(const struct meta_line *lines, size_t *d, size_t *dc, size_t nd,
    const size_t *u, const size_t *uc, size_t nu)
{
	size_t md[MAXDATELINES], mc[MAXDATELINES], i = 0, j = 0, k = 0;

	while (k < MAXDATELINES && (i < nd || j < nu)) {
		if (j < nu && !meta_undated_dateline(lines[u[j]].text,
		    lines[u[j]].len))
			j++;
		else if (j < nu && (i == nd || u[j] < d[i])) {
			md[k] = u[j];
			mc[k++] = uc[j++];
		} else {
			md[k] = d[i];
			mc[k++] = dc[i++];
		}
	}
	memcpy(d, md, k * sizeof(*d));
	memcpy(dc, mc, k * sizeof(*dc));
	return k;
}

/* Is name[0..len) a line of its own, but for blanks, within ABOVE
 * lines of line i? */
static int
stated_alone(const struct meta_line *lines, size_t n, size_t i,
    const char *name, size_t len)
{
	size_t k, b, e;

	for (k = i > ABOVE ? i - ABOVE : 0; k < n && k <= i + ABOVE; k++) {
		e = ascii_trim_end(lines[k].text, lines[k].len);
		b = ascii_skip_blanks(lines[k].text, e, 0);
		if (k != i && e - b == len &&
		    memcmp(lines[k].text + b, name, len) == 0)
			return 1;
	}
	return 0;
}

/* Keep the byline in m->scratch[0..len) when it is nearer than *byc. */
static void
take_byline(struct meta *m, size_t len, size_t c, size_t *byc,
    size_t *bylen)
{
	if (len == 0 || c >= *byc)
		return;
	xgrow((void **)&m->byline, &m->bycap, len + 1, 1);
	memcpy(m->byline, m->scratch, len);
	*bylen = len;
	*byc = c;
}

/*
 * Does the line open with a date, a word before it at most ("Saturday
 * 12-Jan-2008 11:48 AM Was in development for months...": the page's
 * dateline glued to its deck)?
 */
#define DATED_BYTES	48	/* a date opening a line starts and ends
				 * in these */
static int
dated(const struct meta_line *l)
{
	struct meta_dateline dl;
	size_t i, words = 0, len = l->len < DATED_BYTES ? l->len : DATED_BYTES;

	/* a digit in the first two words (most lines are done here) */
	for (i = ascii_skip_blanks(l->text, len, 0); i < len &&
	    !ascii_isdigit((unsigned char)l->text[i]); i++)
		if (l->text[i] == ' ' && l->text[i - 1] != ' ' && ++words > 1)
			return 0;
	if (i == len || !meta_dateline(l->text, len, NULL, &dl))
		return 0;
	for (i = ascii_skip_blanks(l->text, dl.date_at, 0), words = 0;
	    i < dl.date_at; i++)
		if (l->text[i] == ' ' && l->text[i - 1] != ' ')
			words++;
	return words <= 1;
}

/*
 * The line whose text is the headline: the finder's (h), unless it is a
 * bare dateline or opens with a date; then the nearest line the finder
 * kept as its headline block, the title over a deck or under it, if
 * that is neither; else none for a bare dateline (n), the finder's line
 * for one that opens with a date.  (The finder takes no page field --
 * "Caption: ...", "Tags: ..." -- for a title: strip-boilerplate's
 * fields.txt.)  The finder's line stays the anchor of the datelines and
 * bylines.
 */
static size_t
headline_line(const struct meta *m, const struct meta_line *lines,
    size_t n, size_t h, int hbare)
{
	size_t i, lo, hi, best = n, d, bestd = (size_t)-1;

	if (!hbare && !dated(&lines[h]))
		return h;
	lo = h > ABOVE ? h - ABOVE : 0;
	hi = h + ABOVE < n ? h + ABOVE + 1 : n;
	for (i = lo; i < hi; i++) {
		if (i == h || m->sl[i].reason == NULL ||
		    strcmp(m->sl[i].reason, HEADLINE_BLOCK) != 0 ||
		    meta_bare_dateline(lines[i].text, lines[i].len) ||
		    dated(&lines[i]))
			continue;
		/* the nearest, above before below */
		d = i < h ? 2 * (h - i) : 2 * (i - h) + 1;
		if (d < bestd) {
			best = i;
			bestd = d;
		}
	}
	return best < n || hbare ? best : h;
}

/* Set the headline to line l, trimmed, without a bullet before it nor
 * the site's name (res->site) around it, its character references
 * decoded (into m->headline). */
static void
set_headline(struct meta *m, const struct meta_line *l,
    struct meta_result *res)
{
	size_t len = meta_headline_trim(l->text, l->len),
	    i = ascii_skip_blanks(l->text, len, 0);

	/* "• Title": an item of a list */
	if (i + 3 < len && memcmp(l->text + i, "\xe2\x80\xa2", 3) == 0)
		i = ascii_skip_blanks(l->text, len, i + 3);
	len = i + meta_headline_once(l->text + i, len - i);
	len = meta_headline_site(l->text, len, res->site, res->sitelen, &i);

	res->headline = l->text + i;
	res->headlinelen = len - i;
	if (memchr(res->headline, '&', res->headlinelen) != NULL) {
		xgrow((void **)&m->headline, &m->headcap, len - i + 1, 1);
		res->headlinelen = meta_headline_unescape(res->headline,
		    res->headlinelen, m->headline);
		res->headline = m->headline;
	}
}

static int
same_day(const struct meta_stamp *a, const struct meta_stamp *b)
{
	return a->y != 0 && a->y == b->y && a->m == b->m && a->d == b->d;
}

/*
 * The URL's date (url) and the day of the page's only dateline, an
 * update (upd), may be one moment's days in two zones: the page's own
 * day is then the one to give, as for an update alone.  The URL's day
 * is the update's day after (the update was on the page's day or
 * later, and so was the publication, or before: so the page's day),
 * or the day before, when the update, with its time and zone, is
 * still on that day in a zone to the west ("Updated 0339 GMT November
 * 19, 2019" under /2019/11/18/: 22:39 on the 18th in New York); the
 * furthest west is UTC-12.
 */
#define WEST_MOST	(-12 * 60)	/* minutes east of UTC */
static int
one_moment(const struct meta_stamp *url, const struct meta_stamp *upd)
{
	long du = cal_days_from_civil(url->y, url->m, url->d),
	    dd = cal_days_from_civil(upd->y, upd->m, upd->d);

	if (du == dd + 1)
		return 1;
	return du + 1 == dd && upd->has_time &&
	    upd->hh * 60 + upd->mm - upd->off + WEST_MOST < 0;
}

/*
 * The lines al[0..na) (costs ac[]) hold numeric dates of either order:
 * read them in the order the page's other numeric dates showed (seen),
 * else in the only one that gives a date the page states elsewhere (the
 * URL's, another dateline's), into *pub and *upd where they are nearer.
 */
static void
settle_order(const struct meta *m, const struct meta_line *lines,
    const size_t *al, const size_t *ac, size_t na, int seen,
    const struct meta_result *res, struct meta_stamp *pub, size_t *pubc,
    struct meta_stamp *upd, size_t *updc)
{
	struct meta_dateline dl;
	struct meta_stamp known[3];
	const long *ref = m->hasref ? &m->ref : NULL;
	size_t i, k, nk = 0;
	int o, order = 0, fits[2] = { 0, 0 };

	if (seen == META_DMY || seen == META_MDY)
		order = seen;
	else if (seen == 0) {
		if (res->urllen > 0 &&
		    meta_url_date(res->url, res->urllen, &known[nk]))
			nk++;
		if (pub->y != 0)
			known[nk++] = *pub;
		if (upd->y != 0)
			known[nk++] = *upd;
		for (i = 0; i < na; i++)
			for (o = 0; o < 2; o++) {
				(void)meta_dateline_order(lines[al[i]].text,
				    lines[al[i]].len, ref,
				    o == 0 ? META_DMY : META_MDY, &dl);
				for (k = 0; k < nk; k++)
					fits[o] |= same_day(&dl.published,
					    &known[k]) ||
					    same_day(&dl.updated, &known[k]);
			}
		if (fits[0] != fits[1])
			order = fits[0] ? META_DMY : META_MDY;
	}
	for (i = 0; order != 0 && i < na; i++) {
		if (!meta_dateline_order(lines[al[i]].text, lines[al[i]].len,
		    ref, order, &dl))
			continue;
		if (dl.published.y && ac[i] < *pubc) {
			*pub = dl.published;
			*pubc = ac[i];
		}
		if (dl.updated.y && ac[i] < *updc) {
			*upd = dl.updated;
			*updc = ac[i];
		}
	}
}

void
meta_doc(struct meta *m, const struct meta_line *lines, size_t n,
    struct meta_result *res)
{
	struct meta_dateline dl;
	struct meta_stamp pub, upd;
	size_t anchors[MAXANCHORS], na;
	size_t i, k, h = n, a = 0, lo, hi, c, pubc = (size_t)-1,
	    updc = (size_t)-1, byc = (size_t)-1, bylen = 0, len;
	size_t dlines[MAXDATELINES], dcost[MAXDATELINES], nd = 0;
	size_t ulines[MAXDATELINES], ucost[MAXDATELINES], nu = 0;
	size_t alines[MAXDATELINES], acost[MAXDATELINES], namb = 0;
	int hbare = 0;	/* the finder's headline is a bare dateline */
	int seen = 0;	/* the orders numeric dates showed */
	int dated;

	memset(res, 0, sizeof(*res));
	memset(&pub, 0, sizeof(pub));
	memset(&upd, 0, sizeof(upd));
	if (n > m->cap)
		xgrow((void **)&m->sl, &m->cap, n, sizeof(*m->sl));
	for (i = 0; i < n; i++) {
		m->sl[i].text = lines[i].text;
		m->sl[i].len = lines[i].len;
	}
	sb_judge(m->sb, m->sl, n);
	for (i = 0; i < n; i++)
		if (m->sl[i].headline) {
			h = i;
			break;
		}
	/* the URL the finder read its slug from */
	if (!sb_url(m->sb, &res->url, &res->urllen)) {
		res->url = "";
		res->urllen = 0;
	}
	if (res->urllen == 0 || !meta_site(res->url, res->urllen, &res->site,
	    &res->sitelen)) {
		res->site = "";
		res->sitelen = 0;
	}
	res->headline = "";
	if (h < n) {
		hbare = meta_bare_dateline(lines[h].text, lines[h].len);
		k = headline_line(m, lines, n, h, hbare);
		if (k < n)
			set_headline(m, &lines[k], res);
		a = h;
	} else
		for (a = 0; a < n && !m->sl[a].keep; a++)
			;
	find_section(m, lines, n, h, res);

	/* The headline, and the lines that repeat it: a page may show it
	 * twice (a gallery, a print header), its byline under either. */
	anchors[0] = a;
	na = 1;
	for (i = 0; h < n && i < n && na < MAXANCHORS; i++)
		if (i != h && lines[i].len == lines[h].len &&
		    memcmp(lines[i].text, lines[h].text, lines[h].len) == 0)
			anchors[na++] = i;
	lo = 0;
	hi = n;
	if (na == 1) {
		lo = a > ABOVE ? a - ABOVE : 0;
		hi = a + BELOW < n ? a + BELOW : n;
	}
	for (i = lo; i < hi; i++) {
		if ((c = cost(i, anchors, na)) == (size_t)-1)
			continue;
		/* the headline is no dateline, unless the finder took a
		 * bare dateline for it */
		if ((i == h && !hbare) || blank(&lines[i]) || text_line(m, i) ||
		    lines[i].len > DATELINE_MAX || sentence(&lines[i]))
			continue;
		/* the URL's line: its date is the URL's, read last */
		if (res->urllen > 0 && res->url >= lines[i].text &&
		    res->url < lines[i].text + lines[i].len)
			continue;
		dated = meta_dateline(lines[i].text, lines[i].len,
		    m->hasref ? &m->ref : NULL, &dl);
		seen |= dl.order;
		if (dl.ambiguous && namb < MAXDATELINES) {
			alines[namb] = i;
			acost[namb++] = c;
		}
		if (dated) {
			/* (a name next to a bare dateline taken for the
			 * headline is the headline) */
			if (nd < MAXDATELINES && i != h) {
				dlines[nd] = i;
				dcost[nd++] = c;
			}
			if (dl.published.y && c < pubc) {
				pub = dl.published;
				pubc = c;
			}
			if (dl.updated.y && c < updc) {
				upd = dl.updated;
				updc = c;
			}
		} else {
			dl.date_at = lines[i].len;
			/* a time ("Monday 6:30PM") has a colon: looked at
			 * below, when no byline is found */
			if (nu < MAXDATELINES && i != h &&
			    memchr(lines[i].text, ':', lines[i].len)) {
				ulines[nu] = i;
				ucost[nu++] = c;
			}
		}
		if (c >= byc || i == h)
			continue;
		xgrow((void **)&m->scratch, &m->scrcap, 2 * lines[i].len + 2,
		    1);
		len = meta_byline(lines[i].text, lines[i].len, dl.date_at,
		    m->scratch);
		/* "LinkNaija August 08, 2018": the site signs it */
		if (len == 0 && dated && dl.date_at > 0)
			len = meta_byline_site(lines[i].text, dl.date_at,
			    res->site, res->sitelen, m->scratch);
		/* "Jane DoeJane Doe": an author box, the name on a line
		 * of its own nearby too (not "Printer FriendlyPrinter
		 * Friendly", a link's picture and its text) */
		if (len == 0 && (len = meta_name_twice(lines[i].text,
		    lines[i].len, m->scratch)) > 0 &&
		    !stated_alone(lines, n, i, m->scratch, len))
			len = 0;
		/* "Editorial" under the headline */
		if (len == 0 && i > h && h < n)
			len = meta_unsigned_line(lines[i].text, lines[i].len,
			    m->scratch);
		/* "Keris Lahiff@kerisalison": a name and a handle */
		if (len == 0 && memchr(lines[i].text, '@', lines[i].len))
			len = meta_name_line(lines[i].text, lines[i].len,
			    m->scratch);
		/* "Jane Doe, AP National Security Writer" under the
		 * headline: a line strip-boilerplate's rules call a byline
		 * without an author word (a name, a comma, a role) */
		if (len == 0 && h < n && i > h && m->sl[i].reason != NULL &&
		    strcmp(m->sl[i].reason, BYLINE) == 0)
			len = meta_signature(lines[i].text, lines[i].len,
			    m->scratch);
		/* "By" alone, the names on the next line */
		if (len == 0 &&
		    meta_byline_intro(lines[i].text, lines[i].len) &&
		    (k = next_line(lines, n, i, 1)) < n) {
			xgrow((void **)&m->scratch, &m->scrcap,
			    2 * lines[k].len + 2, 1);
			len = meta_byline_names(lines[k].text, lines[k].len, 1,
			    m->scratch);
		}
		take_byline(m, len, c, &byc, &bylen);
	}
	/* A name alone on the line next to a dateline, the nearest
	 * dateline first; a line that gives a time and no date ("Monday
	 * 6:30PM") counts as a dateline here. */
	if (bylen == 0 && nu > 0)
		nd = add_undated(lines, dlines, dcost, nd, ulines, ucost, nu);
	for (c = 0; bylen == 0 && c < nd; c++) {
		for (k = c + 1; k < nd; k++)
			if (dcost[k] < dcost[c]) {
				i = dlines[k], dlines[k] = dlines[c],
				    dlines[c] = i;
				i = dcost[k], dcost[k] = dcost[c],
				    dcost[c] = i;
			}
		for (k = 0; k < 2 && bylen == 0; k++) {
			i = next_line(lines, n, dlines[c], k == 0 ? -1 : 1);
			if (i >= n || i == h)
				continue;
			xgrow((void **)&m->scratch, &m->scrcap,
			    2 * lines[i].len + 2, 1);
			take_byline(m, meta_name_line(lines[i].text,
			    lines[i].len, m->scratch), k, &byc, &bylen);
		}
	}
	/* "Jane Doe Harbour Ledger": the site's name after the author */
	if (bylen > 0)
		bylen = meta_byline_unsite(m->byline, bylen, res->site,
		    res->sitelen);
	res->byline = bylen > 0 ? m->byline : "";
	res->bylinelen = bylen;
	if (namb > 0)
		settle_order(m, lines, alines, acost, namb, seen, res, &pub,
		    &pubc, &upd, &updc);
	if (pub.y == 0 && res->urllen > 0 &&
	    meta_url_date(res->url, res->urllen, &pub) &&
	    upd.y != 0 && one_moment(&pub, &upd))
		pub.y = 0;
	/* A page that shows only when it was updated ("Updated 1:39 am
	 * EST, Wednesday, November 20, 2019", as wire stories are) was
	 * published that day or before, most often that day: its date,
	 * without the update's time. */
	if (pub.y == 0 && upd.y != 0) {
		pub = upd;
		pub.has_time = 0;
	}
	meta_stamp_iso(&pub, res->published);
	meta_stamp_iso(&upd, res->updated);
}
