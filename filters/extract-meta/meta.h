/*
 * meta -- the extract-meta engine: the facts a scraped news page states
 * about its article (URL, site, section, headline, byline, dates), read
 * from the lines of one document.  Plain functions over buffers, no I/O.
 *
 * The stages, one file each:
 *   lists.c	the word lists of byline.c and dateline.c as sets that
 *		reject most words before hashing them;
 *   url.c	the URL's site, a date in its path (the URL in a line:
 *		common/url.c);
 *   section.c	a breadcrumb line ("Asia/ East Asia") as its parts;
 *   byline.c	the authors of a byline ("By Jane Smith and Li Wei");
 *   dateline.c	the dates of a dateline ("Thu 3 Oct 2024 17.05 BST"),
 *		labelled published or updated;
 *   headline.c	what is glued to a headline: debris at its end, the
 *		site's name, a second copy;
 *   meta.c	the driver: strip-boilerplate's engine finds the headline
 *		and the URL (sb.h), and the lines around it are read for
 *		the rest.
 */
#ifndef META_H
#define META_H

#include <stddef.h>
#include <stdint.h>

#include "wordlist.h"

/* A date, or a date and time with its offset from UTC. */
struct meta_stamp {
	int	 y, m, d;	/* y == 0: no date */
	int	 hh, mm;	/* when has_time */
	int	 has_time;	/* a time with a known offset */
	int	 off;		/* minutes east of UTC */
};

/* Write the stamp as ISO 8601 ("2019-09-05", "2024-10-03T17:05+01:00"). */
#define META_STAMP_MAX	32
size_t	 meta_stamp_iso(const struct meta_stamp *st, char *buf);

/* ---- lists.c ---- */

/* A case-folding set (ASCII) with a filter: lens[c] has bit n set when
 * an entry of n bytes (63: 63 or more) starts with c, folded. */
struct meta_list {
	struct strset	 set;
	uint64_t	 lens[256];
};

void	 meta_list_init(struct meta_list *l);
void	 meta_list_add(struct meta_list *l, const char *s, size_t n, int val);
/* As strset_get(): 1 and *val (val may be NULL) when s is in the list. */
int	 meta_list_get(const struct meta_list *l, const char *s, size_t n,
	    int *val);

/* ---- url.c ---- */

/* The host of url without "www." (and port, user): 1 and (*p, *n), or 0. */
int	 meta_site(const char *url, size_t len, const char **p, size_t *n);

/*
 * The publication date a URL's path holds: /2019/11/19/, /2019/nov/18/,
 * /2019-11-19..., -20191115, november-19-2019, an id that starts with
 * YYMMDD or YYYYMMDD (-191119041538885.html).  1 and *st, or 0.
 */
int	 meta_url_date(const char *url, size_t len, struct meta_stamp *st);

/* ---- section.c ---- */

/*
 * A breadcrumb: 2 to 6 short parts separated by one of > › » / (a
 * leading "Home" dropped), written into buf (at least len + 16 bytes)
 * joined by " > ".  Returns the length written, or 0 when the line is no
 * breadcrumb.
 */
size_t	 meta_breadcrumb(const char *s, size_t len, char *buf);

/* ---- byline.c ---- */

/*
 * The authors of a byline line, "; "-separated, into buf (at least
 * len + 1 bytes): "By" and job titles, outlets after a person, dates and
 * handles dropped.  explicit: the line is known to be a byline (it
 * started with "By"), so a lone lower-case account name counts.
 * Returns the length, 0 when the text names nobody.
 */
size_t	 meta_byline_names(const char *s, size_t len, int explicit, char *buf);

/*
 * Does the line state a byline?  1 with the authors in buf (as
 * meta_byline_names), when it starts with an author word ("By",
 * "Posted by", "Von") or holds one after a date or a separator ("...
 * 2019 by Lars Brandle"), or names a person before a dateline's date
 * (date_at: the byte where a date starts, or len for none).
 */
size_t	 meta_byline(const char *s, size_t len, size_t date_at, char *buf);

/* Is the line only an author word ("By"), the names on the next line? */
int	 meta_byline_intro(const char *s, size_t len);

/*
 * A line that is only a person's name, with maybe an outlet or a title
 * after a comma and a handle after it ("Trevor Daugherty", "Robert
 * Burns, Ap National Security Writer", "Keris Lahiff@kerisalison"):
 * the name into buf (at least 2 * len + 2 bytes) and its length, or 0.
 */
size_t	 meta_name_line(const char *s, size_t len, char *buf);

/*
 * A signature, a line strip-boilerplate's rules call a byline though it
 * has no author word: a name, a comma, a role ("Jane Doe, Harbour
 * Ledger Transport Correspondent").  The name before the comma (two
 * words or more, as meta_name_line() reads it) into buf (at least
 * 2 * len + 2 bytes) and its length, or 0.
 */
size_t	 meta_signature(const char *s, size_t len, char *buf);

/*
 * A line that states a person's name twice, run together or a blank
 * between ("Jane DoeJane Doe": an author box's picture and its link),
 * as meta_name_line() reads one half; else 0.
 */
size_t	 meta_name_twice(const char *s, size_t len, char *buf);

/*
 * A line that is only the credit of an unsigned piece
 * (byline-unsigned.txt: "Editorial", "The Editorial Board"): it into
 * buf (len bytes at least) as written, and its length; else 0.
 */
size_t	 meta_unsigned_line(const char *s, size_t len, char *buf);

/*
 * The site's own name before a dateline's date (s[0..date_at)), a
 * separator after it at most ("LinkNaija August 08, 2018" on
 * linknaija.com: meta_names_host()), as the byline of an unsigned page:
 * into buf, its length; else 0.  host[0..hlen): SITE, hlen 0 for none.
 */
size_t	 meta_byline_site(const char *s, size_t date_at, const char *host,
	    size_t hlen, char *buf);

/*
 * A byline buf[0..n) without the site's name after an author's first
 * and last name ("Jane Doe Harbour Ledger" on harbourledger.example →
 * "Jane Doe"; meta_names_host()).  Returns the new length.
 */
size_t	 meta_byline_unsite(char *buf, size_t n, const char *host,
	    size_t hlen);

/* ---- dateline.c ---- */

/* The order of a numeric date's day and month. */
#define META_DMY	1	/* 05/09/2019 is 5 September */
#define META_MDY	2	/* 05/09/2019 is May 9 */

struct meta_dateline {
	struct meta_stamp published;	/* y == 0 when none */
	struct meta_stamp updated;
	size_t	 date_at;	/* byte where the first date starts, or len */
	int	 order;		/* the orders (META_DMY | META_MDY) its
				 * numeric dates with a part over 12 show */
	int	 ambiguous;	/* it has a numeric date of either order,
				 * not read ("05/09/2019") */
};

/*
 * Read the dates of a dateline.  A date ("19 Nov 2019", "Nov 19th,
 * 2019", "2019-11-19T12:48:14Z", "18.11.2019", "12-Jan-2008",
 * "11/19/19"; a numeric
 * date that could be either day-first or month-first is not read, and
 * dl->ambiguous says so), with
 * the time next to it when the line gives a zone; a "Updated"/"Last
 * modified" label before it makes it the update date.  A relative date
 * ("2 hours ago") counts only when ref (days since 1970) is not NULL.
 * Returns 1 when the line holds a date.
 */
int	 meta_dateline(const char *s, size_t len, const long *ref,
	    struct meta_dateline *dl);

/*
 * meta_dateline(), with the order (META_DMY or META_MDY) the page's
 * other dates settle for a numeric date of either order; 0: not read.
 */
int	 meta_dateline_order(const char *s, size_t len, const long *ref,
	    int order, struct meta_dateline *dl);

/*
 * Is the line a dateline and nothing else: a date, and no capitalised
 * word but month and weekday names, labels, zones and am/pm ("sexta-
 * feira, 22 de outubro de 2010 às 20:13", "Thursday, November 20, 2008
 * 10:13 AM"), not a headline that holds a date ("Election results,
 * November 5, 2008")?
 */
int	 meta_bare_dateline(const char *s, size_t len);

/*
 * Is the line a dateline that gives no date: a time or a relative date,
 * with weekday names, labels and zones ("Monday 6:30PM", "Posted: 2
 * hours ago")?  A name next to it is a byline as next to any dateline.
 */
int	 meta_undated_dateline(const char *s, size_t len);

/* Parse YYYY-MM-DD into a day number (calendar.h): 0, or -1. */
int	 meta_parse_ymd(const char *s, size_t len, long *days);

/* Is the word a dateline label ("Published", "Updated", "Posted")? */
int	 meta_label_word(const char *s, size_t n);

/* ---- headline.c ---- */

/*
 * Does s[0..len) name the site whose host is host[0..hlen)?  Its key is
 * the host's ("Ledger.example"), or a label of it of three letters or
 * more ("The Harbour Ledger" on harbourledger.example), or each of its
 * words, "the" aside, is a label ("BBC News" on news.bbc.co.uk).
 * (byline.c asks it too: an outlet after an author's name.)
 */
int	 meta_names_host(const char *s, size_t len, const char *host,
	    size_t hlen);

/*
 * The length of a headline line without blanks at its end, nor what the
 * page glued there: a bracket on the last word ("... comes into
 * force[s]") and a furniture phrase of two words or more that
 * strip-boilerplate drops as a line ("Rocket down Eagles print this
 * article"), when two words are left before it.
 */
size_t	 meta_headline_trim(const char *s, size_t len);

/*
 * The length of the first half of a headline line that states its title
 * of two words or more twice, blanks between ("Night buses Night
 * buses"); else len.
 */
size_t	 meta_headline_once(const char *s, size_t len);

/*
 * A headline line s[*from..len) without the site's name before its first
 * separator or after its last (| - – — : :: » · • / between blanks, ':'
 * glued to the word before it too): a name whose letters and digits are
 * the host's ("Ledger.example"), or one of its labels but the last ("The
 * Harbour Ledger" on harbourledger.example), or whose words all are
 * ("BBC News" on news.bbc.co.uk).  host: SITE (meta_site()), hlen 0 for
 * none.  Returns the new end, and moves *from past a name cut before.
 */
size_t	 meta_headline_site(const char *s, size_t len, const char *host,
	    size_t hlen, size_t *from);

/*
 * Decode the HTML character references of s[0..len) ("&amp;", "&rsquo;"
 * of html-entities.txt, "&#39;", "&#x2019;") into buf (len bytes at
 * least); others stay as written.  Returns the length.
 */
size_t	 meta_headline_unescape(const char *s, size_t len, char *buf);

/* ---- meta.c ---- */

struct meta_line {
	const char	*text;
	size_t		 len;
};

struct meta_result {
	const char	*url;		/* into a line; urllen 0 for none */
	size_t		 urllen;
	const char	*site;
	size_t		 sitelen;
	const char	*section;	/* into the engine's buffers */
	size_t		 sectionlen;
	const char	*headline;	/* into a line, trimmed, or into m when
					   references were decoded */
	size_t		 headlinelen;
	const char	*byline;
	size_t		 bylinelen;
	char		 published[META_STAMP_MAX];	/* "" for none */
	char		 updated[META_STAMP_MAX];
};

struct meta;

struct meta *meta_new(void);
void	 meta_free(struct meta *m);
/* Resolve relative datelines against day number ref (see calendar.h). */
void	 meta_set_ref(struct meta *m, long ref);

/*
 * Read the n lines of one document.  The result points into the lines
 * and into m, and is valid until the next call.
 */
void	 meta_doc(struct meta *m, const struct meta_line *lines, size_t n,
	    struct meta_result *res);

#endif
