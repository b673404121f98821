/*
 * Unit tests of the extract-meta engine, stage by stage: URL and site,
 * the URL's date, breadcrumbs, bylines, datelines, then whole documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/extract-meta/meta.h"
#include "calendar.h"
#include "unit.h"

static char buf[1024];

static const char *
site(const char *u)
{
	const char *p;
	size_t n;

	if (!meta_site(u, strlen(u), &p, &n))
		return "-";
	memcpy(buf, p, n);
	buf[n] = '\0';
	return buf;
}

static const char *
url_date(const char *u)
{
	struct meta_stamp st;

	if (!meta_url_date(u, strlen(u), &st))
		return "-";
	meta_stamp_iso(&st, buf);
	return buf;
}

static const char *
crumb(const char *line)
{
	size_t n = meta_breadcrumb(line, strlen(line), buf);

	buf[n] = '\0';
	return buf;
}

static const char *
byline(const char *line)
{
	struct meta_dateline dl;
	size_t n;

	meta_dateline(line, strlen(line), NULL, &dl);
	n = meta_byline(line, strlen(line), dl.date_at, buf);
	buf[n] = '\0';
	return buf;
}

static const char *
name_line(const char *line)
{
	size_t n = meta_name_line(line, strlen(line), buf);

	buf[n] = '\0';
	return buf;
}

static const char *
twice(const char *line)
{
	size_t n = meta_name_twice(line, strlen(line), buf);

	buf[n] = '\0';
	return buf;
}

static const char *
unsigned_line(const char *line)
{
	size_t n = meta_unsigned_line(line, strlen(line), buf);

	buf[n] = '\0';
	return buf;
}

/* the site's name before a dateline's date, the host given */
static const char *
site_byline(const char *line, const char *host)
{
	struct meta_dateline dl;
	size_t n = 0;

	if (meta_dateline(line, strlen(line), NULL, &dl))
		n = meta_byline_site(line, dl.date_at, host, strlen(host),
		    buf);
	buf[n] = '\0';
	return buf;
}

/* a byline without the site's name after an author */
static const char *
unsited_byline(const char *names, const char *host)
{
	size_t n = strlen(names);

	memcpy(buf, names, n);
	n = meta_byline_unsite(buf, n, host, strlen(host));
	buf[n] = '\0';
	return buf;
}

/* "PUBLISHED UPDATED", "-" for none */
static const char *
dateline(const char *line, const char *ref)
{
	struct meta_dateline dl;
	char p[META_STAMP_MAX], u[META_STAMP_MAX];
	long r;

	if (ref != NULL)
		meta_parse_ymd(ref, strlen(ref), &r);
	if (!meta_dateline(line, strlen(line), ref != NULL ? &r : NULL, &dl))
		return "";
	meta_stamp_iso(&dl.published, p);
	meta_stamp_iso(&dl.updated, u);
	snprintf(buf, sizeof(buf), "%s %s", *p ? p : "-", *u ? u : "-");
	return buf;
}

/* lists.c: the filter by first letter and length never hides an entry
 * (ASCII case folded, as the set compares), and rejects the rest. */
static void
test_lists(void)
{
	struct meta_list l;
	int v = 0;

	meta_list_init(&l);
	meta_list_add(&l, "Editor", 6, 1);
	meta_list_add(&l, "e", 1, 2);
	meta_list_add(&l, "reporter", 8, 3);
	meta_list_add(&l, "\xc3\xa9" "diteur", 8, 4);
	CHECK(meta_list_get(&l, "EDITOR", 6, &v) == 1 && v == 1);
	CHECK(meta_list_get(&l, "editor", 6, NULL) == 1);
	CHECK(meta_list_get(&l, "E", 1, &v) == 1 && v == 2);
	CHECK(meta_list_get(&l, "Reporter", 8, &v) == 1 && v == 3);
	CHECK(meta_list_get(&l, "\xc3\xa9" "diteur", 8, &v) == 1 && v == 4);
	CHECK(meta_list_get(&l, "\xc3\x89" "diteur", 8, NULL) == 0);
	CHECK(meta_list_get(&l, "Editors", 7, NULL) == 0);
	CHECK(meta_list_get(&l, "Edito", 5, NULL) == 0);
	CHECK(meta_list_get(&l, "Reporters", 9, NULL) == 0);
	CHECK(meta_list_get(&l, "deporter", 8, NULL) == 0);
	CHECK(meta_list_get(&l, "", 0, NULL) == 0);
	strset_free(&l.set);
}

static void
test_site(void)
{
	CHECK_STR(site("https://www.scmp.com/news"), "scmp.com");
	CHECK_STR(site("http://user@News.example.org:8080/x"),
	    "News.example.org");
	CHECK_STR(site("https://blog.comwrap.com"), "blog.comwrap.com");
	CHECK_STR(site("ftp://x.org/"), "-");
	CHECK_STR(site("https:///path"), "-");
}

static void
test_url_date(void)
{
	CHECK_STR(url_date("https://t.example/2019/11/18/new-york/"),
	    "2019-11-18");
	CHECK_STR(url_date("https://g.example/world/2019/nov/18/hong-kong"),
	    "2019-11-18");
	CHECK_STR(url_date("https://l.example/story/2019-11-19/gannett"),
	    "2019-11-19");
	CHECK_STR(url_date("https://q.example/tuft-cells-20191115/"),
	    "2019-11-15");
	CHECK_STR(url_date("https://s.example/columnists/"
	    "201911181077343476-royal/"), "2019-11-18");
	CHECK_STR(url_date("https://a.example/nasa-bid-191119041538885.html"),
	    "2019-11-19");
	CHECK_STR(url_date("http://n.example/en-180816.html"), "2018-08-16");
	CHECK_STR(url_date("https://n.example/news/november-19-2019-rates"),
	    "2019-11-19");
	/* year and month only; plain ids; the Unix time of a WSJ id */
	CHECK_STR(url_date("https://c.example/entertainment/2019/11/"
	    "doobie.html"), "-");
	CHECK_STR(url_date("https://c.example/article/Cat-14848175.php"), "-");
	CHECK_STR(url_date("https://w.example/articles/play-11574168580"), "-");
	CHECK_STR(url_date("https://w.example/2019/13/45/x"), "-");
	/* the host is no date */
	CHECK_STR(url_date("https://20191119.example/x"), "-");
	/* class "id in the query": a parameter's value of 6 to 11 digits
	 * is an id; a path, a stamp or a glued prefix there is a date */
	CHECK_STR(url_date("http://b.example/apps/news?pid=20601101&sid=aQ"),
	    "-");
	CHECK_STR(url_date("http://z.example/inner1.asp?aid=200604&sid=SHT"),
	    "-");
	CHECK_STR(url_date("http://t.example/apps/pbcs.dll/article?AID=/"
	    "20080102/SPORTS09/8010"), "2008-01-02");
	CHECK_STR(url_date("http://c.example/"
	    "Article.aspx?Type=top&File=080101062849.77i9.xml"), "2008-01-01");
	CHECK_STR(url_date("http://s.example/"
	    "?fSectionId=1&fArticleId=nw20071231121337812C8"), "2007-12-31");
}

static void
test_breadcrumb(void)
{
	CHECK_STR(crumb("Asia/ East Asia"), "Asia > East Asia");
	CHECK_STR(crumb("News > Business > Economy"),
	    "News > Business > Economy");
	CHECK_STR(crumb("Home \xc2\xbb Sport \xc2\xbb Football"),
	    "Sport > Football");
	CHECK_STR(crumb("BLOG > Nutrition > Meal Plans"),
	    "BLOG > Nutrition > Meal Plans");
	CHECK_STR(crumb("Home | World | Business | Sport"), "");
	CHECK_STR(crumb("11/19/2019"), "");
	CHECK_STR(crumb("TRD NATIONAL /"), "");
	CHECK_STR(crumb("Catherine Shu @catherineshu / 2 days"), "");
	CHECK_STR(crumb("Asia > East / Asia"), "");
	CHECK_STR(crumb("Asia"), "");
	CHECK_STR(crumb("The council voted on Tuesday to extend the service / "
	    "it said"), "");
	/* class "a line with no separator byte is no breadcrumb", the
	 * separator found wherever it stands: past the first eight bytes,
	 * in the last few, one of several UTF-8 bytes */
	CHECK_STR(crumb("International Affairs \xe2\x80\xba Asia"),
	    "International Affairs > Asia");
	CHECK_STR(crumb("Opinion Columnists\\Letters"),
	    "Opinion Columnists > Letters");
	CHECK_STR(crumb("World Economy Today>Asia"), "World Economy Today > Asia");
	CHECK_STR(crumb("Sport \xe2\x80\x94 Football and Rugby"), "");
	CHECK_STR(crumb("Sport Football Rugby"), "");
}

static void
test_byline(void)
{
	CHECK_STR(byline("By Jane Smith and Li Wei"), "Jane Smith; Li Wei");
	CHECK_STR(byline("By Stefan Becket, Kathryn Watson, Grace Segers"),
	    "Stefan Becket; Kathryn Watson; Grace Segers");
	CHECK_STR(byline("By Tom Krisher, AP Auto Writer"), "Tom Krisher");
	CHECK_STR(byline("By Sandee LaMotte, CNN"), "Sandee LaMotte");
	CHECK_STR(byline("By Jonathan GarberFOXBusiness"), "Jonathan Garber");
	CHECK_STR(byline("By Andy Sahadeo | Fox News"), "Andy Sahadeo");
	CHECK_STR(byline("By Tess Bonn - 11/19/19 06:56 AM EST"), "Tess Bonn");
	CHECK_STR(byline("Posted by Michael David Smith on November 19, 2019, "
	    "6:21 AM EST"),
	    "Michael David Smith");
	CHECK_STR(byline("Von Moritz Bachmann publiziert am 25. September "
	    "2018"),
	    "Moritz Bachmann");
	CHECK_STR(byline("by Regan September 15, 2014"), "Regan");
	CHECK_STR(byline("By Staff Reports -"), "Staff Reports");
	CHECK_STR(byline("By FEDERICA LUSIARDI - 2019-04-10"),
	    "FEDERICA LUSIARDI");
	CHECK_STR(byline("Rachael Link, MS, RD \xe2\x80\x94 November 19, 2019"),
	    "Rachael Link");
	CHECK_STR(byline("11/19/2019 by Lars Brandle"), "Lars Brandle");
	/* class "an author word inside the line": found at any byte, the
	 * "by" at every offset in an 8-byte stretch */
	{
		static const char *const at[] = {
			"Nov 9, 2019 by Lars Brandle",
			"May 19, 2019 by Lars Brandle",
			"June 19, 2019 by Lars Brandle",
			"March 19, 2019 by Lars Brandle",
			"Sept. 19, 2019 by Lars Brandle",
			"5/19/2019 by Lars Brandle", "Jan 9, 2019 by Lars Brandle",
			"11/19/2019 By Lars Brandle", "Oct. 19, 2019 by Lars Brandle",
			"2019-11-19 | By Lars Brandle",
			"December 9, 2019 by Lars Brandle",
			"October 9, 2019 by Lars Brandle", NULL
		};
		int k;

		for (k = 0; at[k] != NULL; k++)
			CHECK_STR(byline(at[k]), "Lars Brandle");
	}
	CHECK_STR(byline("Chris Davies - Nov 19, 2019, 10:31 pm CST"),
	    "Chris Davies");
	CHECK_STR(byline("[Associated] Associated Press November 19, 2019, "
	    "9:02 AM"),
	    "Associated Press");
	CHECK_STR(byline("AFP"), "");
	/* class "list words in any case": a role or an agency is found
	 * whatever the case of its first letter (the lists' length and
	 * first-letter filter folds as the sets do) */
	CHECK_STR(byline("By Tom Krisher, ap auto WRITER"), "Tom Krisher");
	CHECK_STR(byline("By Jane Whitfield CORRESPONDENT"), "Jane Whitfield");
	CHECK_STR(byline("By reuters"), "reuters");
	CHECK_STR(byline("By Jane Smith, afp"), "Jane Smith");
	CHECK_STR(byline("By AFP"), "AFP");
	CHECK_STR(byline("By Jane Smith, Reuters"), "Jane Smith");
	CHECK_STR(byline("By Matthew Digby , Minh Do on Monday, November 18th, "
	    "2019"),
	    "Matthew Digby; Minh Do");
	CHECK_STR(byline("Eric SongBy Eric Song, IGN Staff"), "Eric Song");
	/* no byline: a caption's "by", a label, a sentence */
	CHECK_STR(byline("Photo by John Locher"), "");
	CHECK_STR(byline("Published November 20th, 2019 - 07:29 GMT"), "");
	CHECK_STR(byline("Last Updated : Nov 20, 2019 01:41 PM IST"), "");
	CHECK_STR(byline("Thu 3 Oct 2024 17.05 BST"), "");
	CHECK_STR(byline("By"), "");
	CHECK(meta_byline_intro("By", 2) == 1);
	CHECK(meta_byline_intro("  By: ", 6) == 1);
	CHECK(meta_byline_intro("By Jane", 7) == 0);
	/* class "every author word, any case, whole": alone on its line
	 * or before the names */
	CHECK(meta_byline_intro("REPORTING BY:", 13) == 1);
	CHECK(meta_byline_intro("Oleh", 4) == 1);
	CHECK(meta_byline_intro("Ole", 3) == 0);
	CHECK(meta_byline_intro("Posted b", 8) == 0);
	CHECK_STR(byline("Words by Jane Smith"), "Jane Smith");
	CHECK_STR(byline("PUBLISHED BY: Jane Smith"), "Jane Smith");
	CHECK_STR(byline("Par Jeanne Martin"), "Jeanne Martin");
	CHECK_STR(byline("Paris Jeanne Martin"), "");
	/* class "names joined by a word" in several languages, any case */
	CHECK_STR(byline("Von Anna Becker und Max Braun"),
	    "Anna Becker; Max Braun");
	CHECK_STR(byline("Par Jeanne Martin ET Luc Petit"),
	    "Jeanne Martin; Luc Petit");
	CHECK_STR(byline("Por Ana Ruiz y Luis Gil"), "Ana Ruiz; Luis Gil");
	CHECK_STR(name_line("Jane Whitfield Economics correspondent"),
	    "Jane Whitfield");
	CHECK_STR(name_line("  \xe2\x80\xa2 Debbie White"), "Debbie White");
	CHECK_STR(name_line("Robert Burns, Ap National Security Writer"),
	    "Robert Burns");
	CHECK_STR(name_line("Keris Lahiff@kerisalison"), "Keris Lahiff");
	CHECK_STR(name_line("PTI"), "PTI");
	/* a name line that opens with "By" is a byline: the names only */
	CHECK_STR(name_line("By Mei-ling Chau, Ledger Business"),
	    "Mei-ling Chau");
	CHECK_STR(name_line("Regan"), "");
	CHECK_STR(name_line("the people who cross it"), "");
	CHECK_STR(name_line("Image 1 of 23"), "");
	/* class "a particle inside a name" (de, van, bin ... in any case)
	 * keeps the name going; a longer or shorter word is no particle */
	CHECK_STR(byline("By Rosa DE LA Cruz"), "Rosa DE LA Cruz");
	CHECK_STR(byline("By Pieter van der Berg"), "Pieter van der Berg");
	CHECK_STR(byline("By Ahmad bin Ismail"), "Ahmad bin Ismail");
	CHECK_STR(byline("By Rosa dela Cruz"), "Rosa");
	/* class "staff or wire credit": an outlet's name and "Staff",
	 * "wire services", "News" is kept whole, as an agency is; after a
	 * person it is dropped; not after lower-case words */
	CHECK_STR(byline("By HARBOUR LEDGER STAFF  "), "HARBOUR LEDGER STAFF");
	CHECK_STR(byline("By Jane Smith, Harbour Ledger Staff"), "Jane Smith");
	CHECK_STR(name_line("Valley Courier wire services"),
	    "Valley Courier wire services");
	CHECK_STR(name_line("Harbour TV News"), "Harbour TV News");
	CHECK_STR(name_line("Mei-ling Chau in News"), "");
	CHECK_STR(byline("By Mei-ling Chau in News | Link | Comments (1)"),
	    "Mei-ling Chau");
	/* class "credit after the dateline": the last part behind a / or |
	 * names an outlet or a person, not a single word */
	CHECK_STR(byline("Updated on: November 19, 2019 / 10:07 AM / Harbour "
	    "TV News"),
	    "Harbour TV News");
	CHECK_STR(byline("November 19, 2019 / 10:07 AM / Jane Smith"),
	    "Jane Smith");
	CHECK_STR(byline("January 8, 2008 | Permalink"), "");
	CHECK_STR(byline("Published: 5:21pm, 5 Sep, 2019 | Updated: 6:42pm, 5 "
	    "Sep, 2019"), "");
	/* class "a first name that is a month word" (Jan, May, June,
	 * April, August): a name, unless a day or a year follows it */
	CHECK_STR(byline("By Jan van der Berg"), "Jan van der Berg");
	CHECK_STR(byline("By April Lindqvist and August Moreau"),
	    "April Lindqvist; August Moreau");
	CHECK_STR(byline("By Tomas Ferreira and June Okoro-Bell"),
	    "Tomas Ferreira; June Okoro-Bell");
	CHECK_STR(byline("By Jane Whitfield May 5, 2019"), "Jane Whitfield");
	CHECK_STR(byline("By Jane Whitfield, Jan. 5, 2019"), "Jane Whitfield");
	CHECK_STR(byline("By Jane Whitfield June 2019"), "Jane Whitfield");
	CHECK_STR(byline("By May Lindqvist, June 3, 2019"), "May Lindqvist");
	CHECK_STR(name_line("Jan Kowalczyk"), "Jan Kowalczyk");
	/* class "names with particles joined by a word": both kept */
	CHECK_STR(byline("By Rosa de la Cruz and Jan van der Berg"),
	    "Rosa de la Cruz; Jan van der Berg");
	CHECK_STR(byline("By Ana dos Santos e Rui da Costa"),
	    "Ana dos Santos; Rui da Costa");
	CHECK_STR(byline("By Omar bin Khalid and Lena von der Heide"),
	    "Omar bin Khalid; Lena von der Heide");
	/* ... and particles do not count among a name's five words */
	CHECK_STR(byline("By Maria del Carmen de la Vega"),
	    "Maria del Carmen de la Vega");
	CHECK_STR(byline("By Maria del Carmen de la Vega and Jan van der Berg"),
	    "Maria del Carmen de la Vega; Jan van der Berg");
	CHECK_STR(byline("By Anna Maria Luisa Teresa Sofia Rossi"), "");
}

static void
test_dateline(void)
{
	/* class "no digit, no date" (unless relative to a reference day):
	 * a line is rejected on its bytes alone, a digit anywhere in it,
	 * in its first bytes or its last, makes it read */
	CHECK_STR(dateline("Updated Wednesday, November", NULL), "");
	CHECK_STR(dateline("Published on Wednesday, November 20, 2019",
	    NULL), "2019-11-20 -");
	CHECK_STR(dateline("2019-11-20", NULL), "2019-11-20 -");
	CHECK_STR(dateline("Thu 3 Oct 2024 17.05 BST", NULL),
	    "2024-10-03T17:05+01:00 -");
	CHECK_STR(dateline("Published: 5:21pm, 5 Sep, 2019", NULL),
	    "2019-09-05 -");
	CHECK_STR(dateline("November 19th, 2019 at 8:40 AM", NULL),
	    "2019-11-19 -");
	CHECK_STR(dateline("Nov 19, 2019, 10:31 pm CST", NULL),
	    "2019-11-19T22:31-06:00 -");
	/* day-month-year with hyphens, the month a word */
	CHECK_STR(dateline("Saturday 14-Nov-2026 11:48 AM", NULL),
	    "2026-11-14 -");
	CHECK_STR(dateline("Posted 3-Oct-2024", NULL), "2024-10-03 -");
	CHECK_STR(dateline("Published: 9:15am, 14 Nov 2026 | Updated: 6:42pm, "
	    "14 Nov 2026", NULL),
	    "2026-11-14 2026-11-14");
	CHECK_STR(dateline("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: "
	    "11:05, Tue, Nov 19, 2019", NULL),
	    "2019-11-19 2019-11-19");
	CHECK_STR(dateline("Updated 1:39 am EST, Wednesday, November 20, "
	    "2019", NULL),
	    "- 2019-11-20T01:39-05:00");
	CHECK_STR(dateline("Last modified on Fri 4 Oct 2024 09.12 BST", NULL),
	    "- 2024-10-04T09:12+01:00");
	CHECK_STR(dateline("By Mike Wall 2019-11-18T20:51:19Z Science", NULL),
	    "2019-11-18T20:51+00:00 -");
	CHECK_STR(dateline("21:17 18.11.2019Get short URL", NULL),
	    "2019-11-18 -");
	CHECK_STR(dateline("By Tess Bonn - 11/19/19 06:56 AM EST", NULL),
	    "2019-11-19T06:56-05:00 -");
	CHECK_STR(dateline("Carlos Nadalim 27/09/2018 Comente!", NULL),
	    "2018-09-27 -");
	CHECK_STR(dateline("Nov 15, 20195:45 AM", NULL), "2019-11-15 -");
	CHECK_STR(dateline("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, "
	    "Nov 19 20197:16 AM EST", NULL),
	    "2019-11-19T07:05-05:00 2019-11-19T07:16-05:00");
	CHECK_STR(dateline("Published 11:11 PM EST Nov 19, 2019", NULL),
	    "2019-11-19T23:11-05:00 -");
	CHECK_STR(dateline("19 Nov 2019 05:44 GMT", NULL),
	    "2019-11-19T05:44+00:00 -");
	CHECK_STR(dateline("November 20, 2019 12:04AM ET", NULL),
	    "2019-11-20 -");
	CHECK_STR(dateline("Nov. 18th 2019 8:54 am PT", NULL), "2019-11-18 -");
	CHECK_STR(dateline("25. September 2018", NULL), "2018-09-25 -");
	CHECK_STR(dateline("Von Moritz Bachmann publiziert am 30. Juli "
	    "2018", NULL),
	    "2018-07-30 -");
	CHECK_STR(dateline("sexta-feira, 22 de outubro de 2010 \xc3\xa0s "
	    "20:13", NULL),
	    "2010-10-22 -");
	CHECK_STR(dateline("Posted on Maret 30, 2015 by Admin", NULL),
	    "2015-03-30 -");
	CHECK_STR(dateline("Publi\xc3\xa9 le 5 ao\xc3\xbbt 2019", NULL),
	    "2019-08-05 -");
	CHECK_STR(dateline("10:00 GMT+8 3 Oct 2024", NULL),
	    "2024-10-03T10:00+08:00 -");
	/* class "a time of four digits with a zone" ("0339 GMT"); not
	 * without a zone, not past 23:59 */
	CHECK_STR(dateline("Updated 0339 GMT November 19, 2019", NULL),
	    "- 2019-11-19T03:39+00:00");
	CHECK_STR(dateline("Updated 1545 November 19, 2019", NULL),
	    "- 2019-11-19");
	CHECK_STR(dateline("Updated 2475 GMT November 19, 2019", NULL),
	    "- 2019-11-19");
	/* day or month first: unknown; no year; a weekday; a version */
	CHECK_STR(dateline("05/09/2019", NULL), "");
	CHECK_STR(dateline("Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 "
	    "AM", NULL), "");
	CHECK_STR(dateline("Monday 6:30PM", NULL), "");
	CHECK_STR(dateline("Version 1.2.2019.4", NULL), "");
	CHECK_STR(dateline("February 30, 2019", NULL), "");
	/* relative: only with a reference date */
	CHECK_STR(dateline("Published 22 hours ago", NULL), "");
	CHECK_STR(dateline("Published 22 hours ago", "2019-11-20"),
	    "2019-11-20 -");
	CHECK_STR(dateline("Updated 3 days ago", "2019-11-20"), "- 2019-11-17");
	CHECK_STR(dateline("an hour ago", "2019-11-20"), "2019-11-20 -");
}

static void
test_doc(void)
{
	static const char *const page[] = {
		"Source: The Harbour Ledger",
		"https://www.harbourledger.example/asia/east-asia/ferry-2026",
		"Asia/ East Asia",
		"Skip to main content",
		"Home | World | Business | Markets",
		"Ferry operator bets on electric fleet as fares rise",
		"By Mei-ling Chau and Daniel Okafor",
		"Published: 9:15am, 14 Nov 2026 | Updated: 6:42pm, 14 Nov 2026",
		"Share on Facebook",
		("Harbour Star Ferries said on Thursday it would spend "
		"HK$3.5 billion to replace its entire diesel fleet with "
		"battery-powered vessels, the largest green investment by a "
		"private transport operator in the city."),
		("The company, which carried 38 million passengers last "
		"year, expects its fuel bill to fall by half once the whole "
		"fleet runs on electricity."),
		"Most read",
	};
	struct meta_line v[12];
	struct meta_result r;
	struct meta *m = meta_new();
	size_t i;

	for (i = 0; i < 12; i++) {
		v[i].text = page[i];
		v[i].len = strlen(page[i]);
	}
	meta_doc(m, v, 12, &r);
	CHECK_MEM(r.url, r.urllen,
	    "https://www.harbourledger.example/asia/east-asia/ferry-2026");
	CHECK_MEM(r.site, r.sitelen, "harbourledger.example");
	CHECK_MEM(r.section, r.sectionlen, "Asia > East Asia");
	CHECK_MEM(r.headline, r.headlinelen,
	    "Ferry operator bets on electric fleet as fares rise");
	CHECK_MEM(r.byline, r.bylinelen, "Mei-ling Chau; Daniel Okafor");
	CHECK_STR(r.published, "2026-11-14");
	CHECK_STR(r.updated, "2026-11-14");
	/* an empty document, and a document of blank lines */
	meta_doc(m, v, 0, &r);
	CHECK(r.urllen == 0 && r.headlinelen == 0 && r.bylinelen == 0 &&
	    r.published[0] == '\0');
	v[0].text = "   ";
	v[0].len = 3;
	meta_doc(m, v, 1, &r);
	CHECK(r.urllen == 0 && r.sectionlen == 0 && r.published[0] == '\0');
	meta_free(m);
}

/* Two paragraphs of article text, for the pages below. */
#define BODY1 ("The council voted on Tuesday to extend the night bus service " \
	"to the eastern districts, after a year of complaints from shift " \
	"workers who said they had no way of getting home.")
#define BODY2 ("The new routes will start in January and cost about two " \
	"million a year, which the council said it would pay for by " \
	"trimming its own travel budget and by raising parking fees.")

static struct meta_result res;

/* Read a page of lines (NULL-terminated); the result in res. */
static void
doc(const char *const *page)
{
	static struct meta *m;
	static struct meta_line v[64];
	size_t n;

	if (m == NULL)
		m = meta_new();
	for (n = 0; page[n] != NULL && n < 64; n++) {
		v[n].text = page[n];
		v[n].len = strlen(page[n]);
	}
	meta_doc(m, v, n, &res);
}

/* The classes of pages the labelled sets taught, one page each. */
static void
test_doc_classes(void)
{
	/* only an update date (a wire story): its day, not its time */
	static const char *const updated_only[] = {
		"Night buses extended to the east",
		"Updated 5:27 am CST, Wednesday, November 20, 2019",
		BODY1, BODY2, NULL
	};

	/* the headline finder took a bare dateline for the headline: its
	 * date is read, and the line above is no byline */
	static const char *const dateline_headline[] = {
		"Menu",
		"",
		"sexta-feira, 22 de outubro de 2010 \xc3\xa0s 20:13",
		BODY1, BODY2, NULL
	};

	static const char *const undated[] = {
		"Night buses extended to the east",
		"",
		"Mei-ling Chau",
		"Monday 6:30PM",
		BODY1, BODY2, NULL
	};

	/* class "a caption's date is no dateline": more than six words
	 * that start lower-case make a line a sentence, counted over the
	 * whole line (a word's start falls on every byte of an 8-byte
	 * stretch in one line or the other); six do not */
	static const char *const caption7[] = {
		"Night buses extended to the east",
		"Pictured: voters wait in a line at school, Nov 19, 2019",
		BODY1, BODY2, NULL
	};
	static const char *const caption6[] = {
		"Night buses extended to the east",
		"Pictured: voters wait in a line at Polk School, Nov 19, 2019",
		BODY1, BODY2, NULL
	};
	static const char *const caption7b[] = {
		"Night buses extended to the east",
		"Seen here: a few of us wait at the end, Dec 2, 2019",
		BODY1, BODY2, NULL
	};

	doc(caption7);
	CHECK(res.published[0] == '\0');
	doc(caption6);
	CHECK_STR(res.published, "2019-11-19");
	doc(caption7b);
	CHECK(res.published[0] == '\0');
	doc(updated_only);
	CHECK_STR(res.published, "2019-11-20");
	CHECK_STR(res.updated, "2019-11-20T05:27-06:00");
	doc(dateline_headline);
	CHECK(res.headlinelen == 0);	/* a dateline is no headline */
	CHECK_STR(res.published, "2010-10-22");
	CHECK(meta_bare_dateline("Thursday, November 20, 2008 10:13 AM "
	    "EST", 40) == 1);
	CHECK(meta_bare_dateline("Posted: Nov 19, 2019 at 8:40 AM", 31) == 1);
	CHECK(meta_bare_dateline("Election results, November 5, "
	    "2008", 35) == 0);
	CHECK(meta_bare_dateline("Milan Design Week 2018", 22) == 0);
	/* class "name next to a dateline without a date": a weekday and a
	 * time, a relative date */
	doc(undated);
	CHECK_MEM(res.byline, res.bylinelen, "Mei-ling Chau");
	CHECK(res.published[0] == '\0');
	CHECK(meta_undated_dateline("Monday 6:30PM", 13) == 1);
	CHECK(meta_undated_dateline("Posted: 2 hours ago", 19) == 1);
	CHECK(meta_undated_dateline("Updated at 10:07 AM EST", 23) == 1);
	CHECK(meta_undated_dateline("Monday", 6) == 0);
	CHECK(meta_undated_dateline("Kick-off: 7:45pm at Anfield", 27) == 0);
	CHECK(meta_undated_dateline("Score: 3:1", 10) == 0);
}

static const char *
trimmed(const char *line)
{
	return line + meta_headline_trim(line, strlen(line));
}

#define CHECK_TRIM(line, want) \
	CHECK_MEM(line, meta_headline_trim(line, strlen(line)), want)
#define CHECK_ONCE(line, want) \
	CHECK_MEM(line, meta_headline_once(line, strlen(line)), want)

/* The headline line with its character references decoded. */
static const char *
unescaped(const char *line)
{
	size_t n = meta_headline_unescape(line, strlen(line), buf);

	buf[n] = '\0';
	return buf;
}

/* The headline line without the name of the site on host. */
static const char *
unsited(const char *line, const char *host)
{
	size_t from = 0, end;

	end = meta_headline_site(line, strlen(line), host, strlen(host),
	    &from);
	snprintf(buf, sizeof(buf), "%.*s", (int)(end - from), line + from);
	return buf;
}

/* The line the finder marks as the headline, read as a title. */
static void
test_headline(void)
{
	/* class "debris glued to the headline's end": a bracket on the
	 * last word, a furniture phrase strip-boilerplate drops as a line */
	CHECK_TRIM("Night buses run from Monday[s]",
	    "Night buses run from Monday");
	CHECK_TRIM("Night buses run from Monday[IMG_0412_]  ",
	    "Night buses run from Monday");
	/* class "an image's file name after the headline": one bracketed
	 * word with "_" after a blank */
	CHECK_TRIM("Night buses run from Monday [route_map]",
	    "Night buses run from Monday");
	CHECK_TRIM("Night buses: day 2 [hdr_logo2] ", "Night buses: day 2");
	CHECK_TRIM("Night buses run from Monday [night bus_map]",
	    "Night buses run from Monday [night bus_map]");
	CHECK_TRIM("Ferry fares rise print this article", "Ferry fares rise");
	CHECK_TRIM("Ferry fares rise Print This Article", "Ferry fares rise");
	CHECK_TRIM("Ferry fares rise  email this story", "Ferry fares rise");
	/* kept: a bracket after a blank, a bracketed title, one word of
	 * furniture, a phrase with less than two words before it */
	CHECK_TRIM("Night buses run from Monday [video]",
	    "Night buses run from Monday [video]");
	CHECK_TRIM("[Review] The night bus", "[Review] The night bus");
	CHECK_TRIM("Gang member taunts police in video",
	    "Gang member taunts police in video");
	CHECK_TRIM("Buses print this article", "Buses print this article");
	CHECK_TRIM("[s]", "[s]");
	CHECK(*trimmed("Night buses  ") == ' ');
	/* class "furniture after a separator": any furniture line of
	 * strip-boilerplate's, one word too; kept: a number, a phrase of
	 * the title's own, a lone word with no separator */
	CHECK_TRIM("Rocket down Eagles - print", "Rocket down Eagles");
	CHECK_TRIM("Night buses extended | Share on Facebook ",
	    "Night buses extended");
	CHECK_TRIM("Night buses extended :: Print this article",
	    "Night buses extended");
	CHECK_TRIM("Night buses \xe2\x80\x94 Video", "Night buses");
	CHECK_TRIM("Palm Bay 18 22 - 70", "Palm Bay 18 22 - 70");
	CHECK_TRIM("Night buses - the fares", "Night buses - the fares");
	CHECK_TRIM("Night buses extended print", "Night buses extended print");
	CHECK_TRIM("Night buses extended-print", "Night buses extended-print");
	/* class "the title twice on its line": a heading and a link's or
	 * an image's text run together; kept: one word twice, halves that
	 * differ */
	CHECK_ONCE("Night buses extended Night buses extended",
	    "Night buses extended");
	CHECK_ONCE("Ferry fares rise  \xc2\xa0" "Ferry fares rise",
	    "Ferry fares rise");
	CHECK_ONCE("Bye Bye", "Bye Bye");
	CHECK_ONCE("Night buses Night bus", "Night buses Night bus");
	CHECK_ONCE("Night buses night buses", "Night buses night buses");
	CHECK_ONCE("Night buses", "Night buses");
	CHECK_ONCE("", "");

	/* class "the site's name glued to the title", known by the URL's
	 * host: after the last separator or before the first, as the
	 * host's letters, one of its labels, or words that all are */
	CHECK_STR(unsited("Night buses extended | The Harbour Ledger",
	    "harbourledger.example"), "Night buses extended");
	CHECK_STR(unsited("Night buses extended - Harbour Ledger",
	    "harbourledger.example"), "Night buses extended");
	CHECK_STR(unsited("Night buses extended : HarbourLedger",
	    "harbourledger.example"), "Night buses extended");
	CHECK_STR(unsited("Harbour Ledger \xe2\x80\x94 Night buses extended",
	    "harbourledger.example"), "Night buses extended");
	CHECK_STR(unsited("LEDGER.example: Night buses extended",
	    "ledger.example"), "Night buses extended");
	CHECK_STR(unsited("Ledger News \xc2\xbb Night buses - Ledger",
	    "news.ledger.co.uk"), "Night buses");
	CHECK_STR(unsited("Night buses: the fares | Harbour Ledger",
	    "harbourledger.example"), "Night buses: the fares");
	/* kept: a kicker or a section that is not the host's, a name the
	 * host only holds part of, a title's own dash, no host, the name
	 * alone */
	CHECK_STR(unsited("Ask Ledger | Night buses extended",
	    "harbourledger.example"), "Ask Ledger | Night buses extended");
	CHECK_STR(unsited("Premier League - Rovers win at home",
	    "harbourledger.example"), "Premier League - Rovers win at home");
	CHECK_STR(unsited("Night buses extended - Ledger",
	    "harbourledger.example"), "Night buses extended - Ledger");
	CHECK_STR(unsited("Night buses extended-Harbour Ledger",
	    "harbourledger.example"), "Night buses extended-Harbour Ledger");
	CHECK_STR(unsited("Night buses extended | Harbour Ledger", ""),
	    "Night buses extended | Harbour Ledger");
	CHECK_STR(unsited("Harbour Ledger", "harbourledger.example"),
	    "Harbour Ledger");
	CHECK_STR(unsited("Night buses | Example", "harbourledger.example"),
	    "Night buses | Example");

	/* class "HTML character references left in the text": named
	 * (html-entities.txt), decimal, hex; kept: unknown names, no ';',
	 * control characters (a TAB or newline in a row), bare '&' */
	CHECK_STR(unescaped("Fish &amp; chips: it&#39;s the council&rsquo;s"
	    " &quot;plan&quot;"),
	    "Fish & chips: it's the council\xe2\x80\x99s \"plan\"");
	CHECK_STR(unescaped("Caf&eacute; &#x2014; &#X2014; &nbsp;"),
	    "Caf\xc3\xa9 \xe2\x80\x94 \xe2\x80\x94 \xc2\xa0");
	CHECK_STR(unescaped("R&D &foo; &amp &#10; &#9; &#; &#xD800; &"),
	    "R&D &foo; &amp &#10; &#9; &#; &#xD800; &");
	CHECK_STR(unescaped("&#1114112; &#99999999; &AMP;"),
	    "&#1114112; &#99999999; &AMP;");
}

/* class "furniture next to the headline": a page field ("Tags: ...",
 * "Caption: ...") is never the headline; the finder (strip-boilerplate's
 * fields.txt) takes the title next to it. */
static void
test_doc_headline(void)
{
	static const char *const tags[] = {
		"Menu",
		"",
		"Night buses extended to the east",
		"Tags: buses, council, night district routes",
		"",
		BODY1, BODY2, NULL
	};
	static const char *const caption[] = {
		"Menu",
		"",
		"Night buses to the eastern districts",
		"Caption: The council voted on Tuesday to extend the night bus "
		"service",
		"",
		BODY1, BODY2, NULL
	};

	/* class "a dateline glued to the deck": the finder's line opens
	 * with a date; the title of its block is the headline */
	static const char *const dated[] = {
		"Menu",
		"",
		"Night buses extended to the east",
		"",
		"Saturday 14-Nov-2026 11:48 AM Council votes on night bus "
		"service for eastern districts",
		"",
		BODY1, BODY2, NULL
	};

	/* class "the site's name glued to the title" */
	static const char *const sited[] = {
		"URL: https://www.harbourledger.example/local/4411.html",
		"Menu",
		"",
		"Night buses extended to the east | The Harbour Ledger",
		"",
		BODY1, BODY2, NULL
	};
	/* class "HTML character references left in the text" */
	static const char *const escaped[] = {
		"Menu",
		"",
		"Night buses &amp; trams extended to the east",
		"",
		BODY1, BODY2, NULL
	};
	/* class "the title twice on its line" */
	static const char *const twice[] = {
		"Menu",
		"",
		"Night buses extended to the east Night buses extended to "
		"the east",
		"",
		BODY1, BODY2, NULL
	};

	doc(dated);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(twice);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(sited);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(escaped);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses & trams extended to the east");
	doc(tags);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(caption);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses to the eastern districts");
}

/* class "the URL's slug names the headline": the finder's slug
 * features (strip-boilerplate), taken as they are */
/* class "a numeric date of either order" (05/09/2019): read only when
 * a part is over 12, both parts are the same, or the page settles the
 * order: its other numeric dates, or the URL's or another dateline's
 * date that one order gives; else PUBLISHED stays empty */
static void
test_numeric_order(void)
{
	struct meta_dateline dl;
	static const char *const alone[] = {
		"Night buses extended to the east", "Published 5/9/2019",
		BODY1, BODY2, NULL
	};
	static const char *const url_dmy[] = {
		"URL: https://www.ledger.example/2019/09/05/night-buses/",
		"Night buses extended to the east", "05/09/2019 10:31 AM EST",
		BODY1, BODY2, NULL
	};
	static const char *const url_mdy[] = {
		"URL: https://www.ledger.example/2019/05/09/night-buses/",
		"Night buses extended to the east", "05/09/2019 10:31 AM EST",
		BODY1, BODY2, NULL
	};
	static const char *const other_dmy[] = {
		"Night buses extended to the east", "Published 5/9/2019",
		"Updated 14/9/2019", BODY1, BODY2, NULL
	};
	static const char *const other_mdy[] = {
		"Night buses extended to the east", "Published 5/9/2019",
		"Updated 5/13/2019", BODY1, BODY2, NULL
	};
	static const char *const worded[] = {
		"Night buses extended to the east", "Published 5/9/2019",
		"Updated May 9, 2019", BODY1, BODY2, NULL
	};

	CHECK_STR(dateline("05/05/2019", NULL), "2019-05-05 -");
	CHECK_STR(dateline("13/09/2019", NULL), "2019-09-13 -");
	CHECK(meta_dateline("5/9/2019", 8, NULL, &dl) == 0 && dl.ambiguous);
	CHECK(meta_dateline("13/9/2019", 9, NULL, &dl) == 1 &&
	    dl.order == META_DMY && !dl.ambiguous);
	CHECK(meta_dateline("9/13/2019", 9, NULL, &dl) == 1 &&
	    dl.order == META_MDY);
	CHECK(meta_dateline("18.11.2019", 10, NULL, &dl) == 1 &&
	    dl.order == 0);
	CHECK(meta_dateline_order("5/9/2019", 8, NULL, META_DMY, &dl) == 1 &&
	    dl.published.m == 9 && dl.published.d == 5);
	CHECK(meta_dateline_order("5/9/2019", 8, NULL, META_MDY, &dl) == 1 &&
	    dl.published.m == 5 && dl.published.d == 9);
	/* a version number stays none */
	CHECK(meta_dateline("Version 1.2.2019.4", 18, NULL, &dl) == 0 &&
	    !dl.ambiguous);
	doc(alone);
	CHECK_STR(res.published, "");
	doc(url_dmy);
	CHECK_STR(res.published, "2019-09-05T10:31-05:00");
	doc(url_mdy);
	CHECK_STR(res.published, "2019-05-09T10:31-05:00");
	doc(other_dmy);
	CHECK_STR(res.published, "2019-09-05");
	CHECK_STR(res.updated, "2019-09-14");
	doc(other_mdy);
	CHECK_STR(res.published, "2019-05-09");
	doc(worded);
	CHECK_STR(res.published, "2019-05-09");
}

static void
test_doc_slug(void)
{
	/* the finder's headline is a deck; the title matches the slug */
	static const char *const deck[] = {
		"URL: https://www.ledger.example/local/"
		"night-buses-extended-to-the-east-4411.html",
		"Night buses extended to the east",
		"Menu",
		"Home",
		"News",
		"Local",
		"",
		"Council votes on night bus service for eastern districts",
		"",
		BODY1, BODY2, NULL
	};
	/* a print header repeats the URL: no headline; the title is */
	static const char *const print[] = {
		"URL: https://www.ledger.example/local/"
		"night-buses-extended-to-the-east-4411.html",
		"[print] https://www.ledger.example/local/"
		"night-buses-extended-to-the-east-4411.html",
		"",
		"Night buses extended to the east",
		"",
		"Ferry fares rise again",
		"",
		BODY1, BODY2, NULL
	};
	/* of two titles that match the slug, the finder takes the one
	 * whose words the slug holds (strip-boilerplate's slug features) */
	static const char *const own[] = {
		"URL: https://www.ledger.example/local/"
		"night-buses-extended-to-the-east-4411.html",
		"Night buses extended to the east",
		"",
		"Council extends night buses east",
		"",
		BODY1, BODY2, NULL
	};

	/* the title the slug names anchors the byline and the dateline
	 * under it, out of the finder's window */
	static const char *const far[] = {
		"URL: https://www.ledger.example/local/"
		"night-buses-extended-to-the-east-4411.html",
		"Night buses extended to the east",
		"By Mei-ling Chau",
		"14 November 2026",
		"Menu", "Home", "News", "Local", "Sport", "Business",
		"Weather", "Travel", "Opinion", "Video", "Photos", "Events",
		"",
		"Council votes on night bus service for eastern districts",
		"",
		BODY1, BODY2, NULL
	};

	doc(far);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	CHECK_MEM(res.byline, res.bylinelen, "Mei-ling Chau");
	CHECK_STR(res.published, "2026-11-14");
	doc(deck);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(print);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(own);
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
}

/* The byline classes of issue #16. */
static void
test_byline_classes(void)
{
	/* class "a Spanish y or a Portuguese e between two surnames joins
	 * one name"; two people have a given name each; an agency after
	 * it is no surname */
	CHECK_STR(byline("By Juan Carlos de la Vega y Ortiz"),
	    "Juan Carlos de la Vega y Ortiz");
	CHECK_STR(byline("Por Mar\xc3\xad" "a Fern\xc3\xa1ndez y Olmos, "
	    "Madrid"), "Mar\xc3\xad" "a Fern\xc3\xa1ndez y Olmos");
	CHECK_STR(byline("Por Ana Souza e Silva - 19/11/2019"),
	    "Ana Souza e Silva");
	CHECK_STR(byline("Por Ana L\xc3\xb3pez y Pablo Ruiz"),
	    "Ana L\xc3\xb3pez; Pablo Ruiz");
	CHECK_STR(byline("Por Ana L\xc3\xb3pez y EFE"), "Ana L\xc3\xb3pez");

	/* class "an author box states the name twice": a picture's text
	 * and the link run together, or a blank between; not halves that
	 * differ, one word, a lower-case phrase */
	CHECK_STR(twice("Mei-ling ChauMei-ling Chau"), "Mei-ling Chau");
	CHECK_STR(twice("Daniel Okafor Daniel Okafor "), "Daniel Okafor");
	CHECK_STR(twice("Daniel OkaforDaniel Okafer"), "");
	CHECK_STR(twice("ChauChau"), "");
	CHECK_STR(twice("read moreread more"), "");

	/* class "an unsigned piece's credit": the line is the credit */
	CHECK_STR(unsigned_line("Editorial"), "Editorial");
	CHECK_STR(unsigned_line("  THE EDITORIAL BOARD "),
	    "THE EDITORIAL BOARD");
	CHECK_STR(unsigned_line("Editorial: night buses"), "");
	CHECK_STR(unsigned_line("Editorials"), "");

	/* class "the site signs the page": its name before the date, as
	 * the host spells it; not another name, not without a host */
	CHECK_STR(site_byline("HarbourLedger November 14, 2026",
	    "harbourledger.example"), "HarbourLedger");
	CHECK_STR(site_byline("Harbour Ledger | 14 Nov 2026",
	    "news.harbourledger.example"), "Harbour Ledger");
	CHECK_STR(site_byline("Valley Courier November 14, 2026",
	    "harbourledger.example"), "");
	CHECK_STR(site_byline("HarbourLedger November 14, 2026", ""), "");
	/* nothing but a separator before the date: the lead skipped
	 * reaches past the trimmed end (a fuzzer's read past the line) */
	{
		char line[] = "| November 14, 2026";

		CHECK(meta_byline_site(line, 2, "harbourledger.example", 21,
		    buf) == 0);
	}

	/* class "the paper's name after the author", known by the host:
	 * cut when a first and a last name are left, for each author */
	CHECK_STR(unsited_byline("Mei-ling Chau Harbour Ledger",
	    "www.harbourledger.example"), "Mei-ling Chau");
	CHECK_STR(unsited_byline("Jane Doe Harbour Ledger; Daniel Okafor",
	    "harbourledger.example"), "Jane Doe; Daniel Okafor");
	CHECK_STR(unsited_byline("Daniel Okafor; Jane Doe HarbourLedger",
	    "harbourledger.example"), "Daniel Okafor; Jane Doe");
	CHECK_STR(unsited_byline("Jane Doe Valley Courier",
	    "harbourledger.example"), "Jane Doe Valley Courier");
	CHECK_STR(unsited_byline("Harbour Ledger", "harbourledger.example"),
	    "Harbour Ledger");
	CHECK_STR(unsited_byline("Jane Harbour Ledger",
	    "harbourledger.example"), "Jane Harbour Ledger");
	CHECK_STR(unsited_byline("Jane Doe Harbour Ledger", ""),
	    "Jane Doe Harbour Ledger");
}

/* class "the URL's day and an update's, one moment in two zones": the
 * page's own day when the update is on the URL's day in a zone to the
 * west (UTC-12 at the furthest), or the URL's day is the update's day
 * after; else the URL's */
static void
test_doc_zones(void)
{
	static const char *page[] = {
		NULL,
		"Night buses extended to the east",
		"",
		NULL,
		BODY1, BODY2, NULL
	};
	static const struct {
		const char *url, *dateline, *want;
	} cases[] = {
		{ "/2026/11/13/", "Updated 0339 GMT November 14, 2026",
		    "2026-11-14" },
		{ "/2026/11/13/", "Updated 11:39 GMT November 14, 2026",
		    "2026-11-14" },
		{ "/2026/11/13/", "Updated 12:00 GMT November 14, 2026",
		    "2026-11-13" },
		{ "/2026/11/13/", "Updated 19:39 HKT November 14, 2026",
		    "2026-11-14" },
		{ "/2026/11/13/", "Updated November 14, 2026", "2026-11-13" },
		{ "/2026/11/15/", "Updated November 14, 2026", "2026-11-14" },
		{ "/2026/11/12/", "Updated 0339 GMT November 14, 2026",
		    "2026-11-12" },
		{ "/2026/11/16/", "Updated November 14, 2026", "2026-11-16" },
		{ NULL, NULL, NULL }
	};
	static char url[128];
	int k;

	for (k = 0; cases[k].url != NULL; k++) {
		snprintf(url, sizeof(url), "URL: https://ledger.example%s"
		    "night-buses-extended-to-the-east", cases[k].url);
		page[0] = url;
		page[3] = cases[k].dateline;
		doc(page);
		CHECK_STR(res.published, cases[k].want);
	}
}

static void
test_doc_bylines(void)
{
	/* the classes above on whole pages */
	static const char *const paper[] = {
		"URL: https://www.valleycourier.example/story/night-buses/",
		"Night buses extended to the east",
		"",
		"Mei-ling Chau Valley Courier",
		"Published 2:16 AM EST Nov 20, 2026",
		BODY1, BODY2, NULL
	};
	static const char *const sitesigned[] = {
		"URL: https://www.valleycourier.example/2026/11/night-buses.html",
		"Night buses extended to the east",
		"",
		"ValleyCourier November 14, 2026",
		BODY1, BODY2, NULL
	};
	static const char *const editorial[] = {
		"URL: https://valleycourier.example/opinion/2026/nov/14/"
		    "night-buses-extended-to-the-east",
		"Opinion",
		"Night buses extended to the east",
		"",
		"Editorial",
		"The council should pay for them from its own travel budget",
		"",
		"Sat 14 Nov 2026 18.54 GMT",
		BODY1, BODY2, NULL
	};
	/* "Editorial" above the headline is a section's name */
	static const char *const section[] = {
		"Editorial",
		"Night buses extended to the east",
		"",
		"Sat 14 Nov 2026 18.54 GMT",
		BODY1, BODY2, NULL
	};
	static const char *const authorbox[] = {
		"Night buses extended to the east",
		"",
		"Share",
		"Daniel OkaforDaniel Okafor",
		"",
		"Daniel Okafor",
		"",
		BODY1, BODY2, NULL
	};
	static const char *const linkbox[] = {
		"Night buses extended to the east",
		"",
		"Share",
		"Printer FriendlyPrinter Friendly",
		"",
		BODY1, BODY2, NULL
	};

	/* a signature without "By" under the headline, no dateline near:
	 * the name, its role cut */
	static const char *const signed_wire[] = {
		"Night buses extended to the east",
		"",
		"Mei-ling Chau, Valley Courier Transport Correspondent",
		"",
		BODY1, BODY2, NULL
	};
	static const char *const signed_caps[] = {
		"Night buses extended to the east",
		"DANIEL OKAFOR, Senior Transport Writer",
		BODY1, BODY2, NULL
	};
	/* ... but a caption's name and a quote's attribution are none */
	static const char *const lookalikes[] = {
		"Night buses extended to the east",
		"",
		"Mei-ling Chau, left, with the first night driver",
		"Daniel Okafor, Chief Economist at Harbour Bank",
		"",
		BODY1, BODY2, NULL
	};

	doc(signed_wire);
	CHECK_MEM(res.byline, res.bylinelen, "Mei-ling Chau");
	CHECK_MEM(res.headline, res.headlinelen,
	    "Night buses extended to the east");
	doc(signed_caps);
	CHECK_MEM(res.byline, res.bylinelen, "DANIEL OKAFOR");
	doc(lookalikes);
	CHECK_MEM(res.byline, res.bylinelen, "");
	doc(paper);
	CHECK_MEM(res.byline, res.bylinelen, "Mei-ling Chau");
	doc(sitesigned);
	CHECK_MEM(res.byline, res.bylinelen, "ValleyCourier");
	doc(editorial);
	CHECK_MEM(res.byline, res.bylinelen, "Editorial");
	doc(section);
	CHECK_MEM(res.byline, res.bylinelen, "");
	doc(authorbox);
	CHECK_MEM(res.byline, res.bylinelen, "Daniel Okafor");
	doc(linkbox);
	CHECK_MEM(res.byline, res.bylinelen, "");
}

int
main(void)
{
	test_lists();
	test_site();
	test_url_date();
	test_breadcrumb();
	test_byline();
	test_byline_classes();
	test_dateline();
	test_doc();
	test_doc_classes();
	test_headline();
	test_doc_headline();
	test_doc_slug();
	test_numeric_order();
	test_doc_bylines();
	test_doc_zones();
	return UNIT_DONE();
}
