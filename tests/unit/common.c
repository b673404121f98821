/*
 * Unit tests of common/: records, documents, UTF-8, PCRE2 iteration,
 * word sets, number words, calendar arithmetic, month/weekday/zone words,
 * the article's URL in a line and its slug.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "calendar.h"
#include "calwords.h"
#include "cli.h"
#include "doc.h"
#include "numword.h"
#include "out.h"
#include "para.h"
#include "record.h"
#include "rx.h"
#include "u8.h"
#include "unit.h"
#include "url.h"
#include "wordlist.h"

static void
test_record_split(void)
{
	struct record r;

	record_split(&r, "plain text", 10);
	CHECK(r.nkeys == 0);
	CHECK_MEM(r.text, r.textlen, "plain text");
	record_split(&r, "doc1\t7\tHello there", 18);
	CHECK(r.nkeys == 2);
	CHECK_MEM(r.keys, r.keyslen, "doc1\t7");
	CHECK_MEM(r.text, r.textlen, "Hello there");
	record_split(&r, "k\t", 2);
	CHECK(r.nkeys == 1);
	CHECK(r.textlen == 0);
	record_split(&r, "", 0);
	CHECK(r.nkeys == 0 && r.textlen == 0);
}

/* Paragraphs: lines joined by one space, the first line's keys. */
static void
test_para(void)
{
	struct para pa;
	struct record r;
	size_t i;

	para_init(&pa);
	record_split(&r, "d\t3\t  The vote  ", strlen("d\t3\t  The vote  "));
	r.lineno = 3;
	CHECK(!record_is_blank(&r));
	para_add(&pa, &r);
	record_split(&r, "d\t4\t", strlen("d\t4\t"));
	CHECK(record_is_blank(&r));
	record_split(&r, "e\t4\t\twas close. ", strlen("e\t4\t\twas close. "));
	r.lineno = 4;
	para_add(&pa, &r);
	CHECK(pa.nlines == 2);
	CHECK_MEM(pa.rec.keys, pa.rec.keyslen, "d\t3");
	CHECK_MEM(pa.rec.text, pa.rec.textlen, "The vote was close.");
	CHECK(pa.rec.lineno == 3 && pa.rec.nkeys == 2);
	para_clear(&pa);
	CHECK(pa.nlines == 0);
	/* a paragraph far larger than the first buffer */
	record_split(&r, "word", strlen("word"));
	for (i = 0; i < 100000; i++)
		para_add(&pa, &r);
	CHECK(pa.rec.textlen == 100000 * 5 - 1);
	CHECK(pa.rec.text[4] == ' ' && pa.rec.nkeys == 0);
	para_free(&pa);
}

/* A reader over the bytes in[0..n), as if read from a file named "mem". */
static FILE *
open_mem(struct reader *rd, char *in, size_t n)
{
	memset(rd, 0, sizeof(*rd));
	rd->fp = fmemopen(in, n, "r");
	rd->name = "mem";
	return rd->fp;
}

static void
test_reader(void)
{
	static char in[] = "\xEF\xBB\xBF" "a\tone\r\nb\ttwo\n\f\nlast";
	struct reader rd;
	struct record r;
	FILE *fp;

	fp = open_mem(&rd, in, sizeof(in) - 1);
	CHECK(reader_next(&rd, &r) == 1);
	CHECK_MEM(r.keys, r.keyslen, "a");
	CHECK_MEM(r.text, r.textlen, "one");
	CHECK(r.lineno == 1);
	CHECK(reader_next(&rd, &r) == 1);
	CHECK_MEM(r.text, r.textlen, "two");
	CHECK(reader_next(&rd, &r) == 1);
	CHECK(record_is_docbreak(&r));
	CHECK(reader_next(&rd, &r) == 1);
	CHECK_MEM(r.text, r.textlen, "last");
	CHECK(r.lineno == 4);
	CHECK(reader_next(&rd, &r) == 0);
	fclose(fp);
	free(rd.buf);
}

static void
test_documents(void)
{
	static char in[] = "a\t1\na\t2\nb\t3\n\f\nb\t4\nb\t5";
	struct reader rd;
	struct docreader dr;
	struct doc doc;
	FILE *fp;

	memset(&doc, 0, sizeof(doc));
	fp = open_mem(&rd, in, sizeof(in) - 1);
	docreader_init(&dr, &rd);
	CHECK(doc_next(&dr, &doc) == 1);
	CHECK(doc.n == 2 && !doc.brk);
	CHECK_MEM(doc.recs[1].text, doc.recs[1].textlen, "2");
	CHECK(doc_next(&dr, &doc) == 1);
	CHECK(doc.n == 1 && doc.brk);
	CHECK_MEM(doc.recs[0].text, doc.recs[0].textlen, "3");
	CHECK(doc.recs[0].lineno == 3);
	CHECK(doc_next(&dr, &doc) == 1);
	CHECK(doc.n == 2 && !doc.brk);
	CHECK_MEM(doc.recs[1].text, doc.recs[1].textlen, "5");
	CHECK(doc_next(&dr, &doc) == 0);
	doc_free(&doc);
	fclose(fp);
	free(rd.buf);
}

/*
 * A document's records point into its own copy of their lines, with the
 * keys, the key count and the text as reader_next() split them: two
 * keys, an empty text, a text with no key.
 */
static void
test_document_fields(void)
{
	static char in[] = "p1\tx\tFirst line\np1\ty\t\np1\tz\tThird\n"
	    "Keyless\n";
	struct reader rd;
	struct docreader dr;
	struct doc doc;
	FILE *fp;

	memset(&doc, 0, sizeof(doc));
	fp = open_mem(&rd, in, sizeof(in) - 1);
	docreader_init(&dr, &rd);
	CHECK(doc_next(&dr, &doc) == 1);
	CHECK(doc.n == 3);
	CHECK(doc.recs[0].nkeys == 2 && doc.recs[1].nkeys == 2);
	CHECK_MEM(doc.recs[0].keys, doc.recs[0].keyslen, "p1\tx");
	CHECK_MEM(doc.recs[0].text, doc.recs[0].textlen, "First line");
	CHECK_MEM(doc.recs[0].line, doc.recs[0].len, "p1\tx\tFirst line");
	CHECK_MEM(doc.recs[1].keys, doc.recs[1].keyslen, "p1\ty");
	CHECK(doc.recs[1].textlen == 0 &&
	    doc.recs[1].text == doc.recs[1].line + 5);
	CHECK_MEM(doc.recs[2].text, doc.recs[2].textlen, "Third");
	CHECK(doc.recs[2].lineno == 3);
	CHECK(doc_next(&dr, &doc) == 1);
	CHECK(doc.n == 1 && doc.recs[0].nkeys == 0 && doc.recs[0].keyslen == 0);
	CHECK_MEM(doc.recs[0].text, doc.recs[0].textlen, "Keyless");
	CHECK(doc.recs[0].keys == doc.recs[0].line &&
	    doc.recs[0].text == doc.recs[0].line);
	CHECK(doc_next(&dr, &doc) == 0);
	doc_free(&doc);
	fclose(fp);
	free(rd.buf);
}

/* doc_run() callbacks: note each record ("N" at a new document) or document. */
static void
note_record(void *arg, const struct record *rec, int newdoc)
{
	char *log = arg;

	strcat(log, newdoc ? "N" : "");
	strncat(log, rec->text, rec->textlen);
}

static void
note_doc(void *arg, const struct doc *doc)
{
	char *log = arg;
	size_t i;

	strcat(log, "[");
	for (i = 0; i < doc->n; i++)
		strncat(log, doc->recs[i].text, doc->recs[i].textlen);
	strcat(log, "]");
}

/* A file holding s, in a name that stays valid: the caller unlinks it. */
static char *
tmpfile_with(const char *s)
{
	static char names[2][32];
	static int n;
	char *name = names[n++ % 2];
	FILE *fp;
	int fd;

	strcpy(name, "/tmp/unit-docrun-XXXXXX");
	fd = mkstemp(name);
	fp = fdopen(fd, "w");
	fputs(s, fp);
	fclose(fp);
	return name;
}

static void
test_doc_run(void)
{
	char *files[2], log[64];
	struct cli cli;
	struct doc_ops recs = { NULL, note_record, log },
	    docs = { note_doc, NULL, log };

	memset(&cli, 0, sizeof(cli));
	files[0] = tmpfile_with("a\t1\na\t2\nb\t3\nb\t4\n");
	files[1] = tmpfile_with("b\t5\nb\t6\n");
	cli.files = files;
	cli.nfiles = 2;
	/* record by record: a new document with each input and first key */
	log[0] = '\0';
	CHECK(doc_run(&cli, &recs) == 0);
	CHECK_STR(log, "N12N34N56");
	/* whole documents: the same boundaries */
	log[0] = '\0';
	CHECK(doc_run(&cli, &docs) == 0);
	CHECK_STR(log, "[12][34][56]");
	unlink(files[0]);
	unlink(files[1]);
}

static int
decode(const char *s, int32_t *cp)
{
	return u8_decode(s, s + strlen(s), cp);
}

static void
test_u8(void)
{
	int32_t cp;
	struct u8_offsets o;
	const char *s = "\xE2\x82\xAC" "12 caf\xC3\xA9 \xFF!";

	CHECK(decode("\xE2\x82\xAC", &cp) == 3 && cp == 0x20AC);
	CHECK(decode("\xC0\xAF", &cp) == 1 && cp == -1);		/* overlong */
	CHECK(decode("\xED\xA0\x80", &cp) == 1 && cp == -1);	/* surrogate */
	CHECK(decode("\xF0\x9F\x98", &cp) == 1 && cp == -1);	/* truncated */
	CHECK(decode("\x80", &cp) == 1 && cp == -1);		/* lone continuation */
	CHECK(u8_count(s, strlen(s)) == 11);
	CHECK(u8_valid("caf\xC3\xA9", 5));
	CHECK(!u8_valid("caf\xE9", 4));
	u8_offsets_init(&o, s);
	CHECK(u8_offsets_at(&o, 3) == 1);
	CHECK(u8_offsets_at(&o, 11) == 8);
	CHECK(u8_offsets_at(&o, 14) == 11);
	CHECK(u8_offsets_at(&o, 3) == 1);
	CHECK(u8_decode_prev(s, s + 3, &cp) == 3 && cp == 0x20AC);
	{
		size_t n;
		char *f = u8_fold("\xEF\xAC\x81" "NANCE \xE2\x80\x99", 12, &n);

		CHECK_MEM(f, n, "finance \xE2\x80\x99");
		free(f);
		f = u8_fold("A\xFF" "B", 3, &n);
		CHECK_MEM(f, n, "a\xEF\xBF\xBD" "b");
		free(f);
	}
}

static void
test_rx(void)
{
	struct rx *rx = rx_compile("x*", 0);
	struct rx_iter it;
	size_t ms, me, count = 0, nonempty = 0;
	const char *s = "axx\xE2\x82\xAC" "x";

	rx_iter_init(&it, rx, s, strlen(s));
	while (rx_next(&it, &ms, &me) == 1) {
		count++;
		if (me > ms)
			nonempty++;
	}
	/* "", "xx", "" (at the euro sign), "x", "" at the end. */
	CHECK(nonempty == 2);
	CHECK(count == 5);
	rx_free(rx);
	rx = rx_compile("[0-9]+", 0);
	CHECK(rx_match(rx, "caf\xE9 12,50", 10, 0, &ms, &me) == 1);
	CHECK(ms == 5 && me == 7);
	rx_free(rx);
	rx_cleanup();
}

static void
test_wordlists(void)
{
	static const char list[] = "# comment\nMr\tmister\n\nDr  \nSt\r\n";
	struct wl_iter it;
	struct strset set;
	const char *line, *f;
	size_t n, fl;
	int v;

	wl_init(&it, list, sizeof(list) - 1);
	CHECK(wl_next(&it, &line, &n) == 1);
	CHECK_MEM(line, n, "Mr\tmister");
	CHECK(wl_field(line, n, 1, &f, &fl) == 1);
	CHECK_MEM(f, fl, "mister");
	CHECK(wl_field(line, n, 2, &f, &fl) == 0);
	CHECK(wl_next(&it, &line, &n) == 1);
	CHECK_MEM(line, n, "Dr");
	CHECK(wl_next(&it, &line, &n) == 1);
	CHECK_MEM(line, n, "St");
	CHECK(wl_next(&it, &line, &n) == 0);
	strset_init(&set, 1);
	strset_load(&set, list, sizeof(list) - 1);
	CHECK(strset_get(&set, "dr", 2, &v) && v == 1);
	CHECK(strset_has(&set, "ST", 2));
	CHECK(!strset_has(&set, "mister", 6));
	strset_free(&set);
	CHECK(hash64("abc", 3) != hash64("abd", 3));
}

static void
test_numwords(void)
{
	unsigned long long v = 0;
	int ord = 0;
	size_t n;

#define NW(s, max, used, val, o) do { \
	n = numword_parse(s, strlen(s), max, &v, &ord); \
	CHECK(n == (used)); \
	if (n) CHECK(v == (val) && ord == (o)); \
} while (0)
	NW("two million dollars", 0, 11, 2000000ull, 0);
	NW("two million dollars", 1000, 3, 2ull, 0);
	NW("twenty-five years", 0, 11, 25ull, 0);
	NW("one hundred and five", 0, 20, 105ull, 0);
	NW("one hundred and more", 0, 11, 100ull, 0);
	NW("a billion dollars", 0, 9, 1000000000ull, 0);
	NW("a dog", 0, 0, 0ull, 0);
	NW("Fifty cents", 0, 5, 50ull, 0);
	NW("twenty-first century", 0, 12, 21ull, 1);
	NW("third quarter", 0, 5, 3ull, 1);
	NW("five six", 0, 4, 5ull, 0);
	NW("none", 0, 0, 0ull, 0);
	NW("oneself", 0, 0, 0ull, 0);
	NW("three thousand two hundred", 0, 26, 3200ull, 0);
#undef NW
	CHECK(numeral_parse("1,250,000.5", 11, &v) == 9 && v == 1250000);
	CHECK(numeral_parse("1,25", 4, &v) == 1 && v == 1);
	CHECK(numeral_parse("1234,567", 8, &v) == 4 && v == 1234);
	CHECK(numeral_parse("12,3456", 7, &v) == 2 && v == 12);
	CHECK(numeral_parse("x", 1, &v) == 0);
}

/* Known dates, and every day of 1..9999 there and back again. */
static void
test_calendar(void)
{
	long z, bad = 0;
	int y, m, d, wy, wn, wd;

	CHECK(cal_days_from_civil(1970, 1, 1) == 0);
	CHECK(cal_days_from_civil(1969, 12, 31) == -1);
	CHECK(cal_days_from_civil(2019, 9, 5) == 18144);
	CHECK(cal_days_from_civil(1, 1, 1) == -719162);
	CHECK(cal_days_from_civil(9999, 12, 31) == 2932896);
	CHECK(cal_days_from_civil(2019, 2, 29) ==
	    cal_days_from_civil(2019, 3, 1));
	cal_civil_from_days(18144, &y, &m, &d);
	CHECK(y == 2019 && m == 9 && d == 5);
	wd = cal_weekday(-719162);
	for (z = -719162; z <= 2932896; z++) {
		cal_civil_from_days(z, &y, &m, &d);
		if (cal_days_from_civil(y, m, d) != z || d < 1 ||
		    d > cal_days_in_month(y, m) || cal_weekday(z) != wd)
			bad++;
		wd = wd % 7 + 1;
	}
	CHECK(bad == 0);
	CHECK(cal_weekday(0) == 4);		/* Thursday */
	CHECK(cal_weekday(-1) == 3);
	CHECK(cal_weekday(cal_days_from_civil(2024, 10, 3)) == 4);
	CHECK(cal_weekday(cal_days_from_civil(2019, 9, 8)) == 7);
	CHECK(cal_is_leap(2000) && cal_is_leap(2024) && !cal_is_leap(1900) &&
	    !cal_is_leap(2019));
	CHECK(cal_days_in_month(2000, 2) == 29);
	CHECK(cal_days_in_month(1900, 2) == 28);
	CHECK(cal_days_in_month(2023, 4) == 30);
	CHECK(cal_days_in_month(2023, 12) == 31);
	cal_iso_week(cal_days_from_civil(2019, 9, 5), &wy, &wn);
	CHECK(wy == 2019 && wn == 36);
	cal_iso_week(cal_days_from_civil(2019, 12, 30), &wy, &wn);
	CHECK(wy == 2020 && wn == 1);
	cal_iso_week(cal_days_from_civil(2021, 1, 3), &wy, &wn);
	CHECK(wy == 2020 && wn == 53);
	cal_iso_week(cal_days_from_civil(2016, 1, 1), &wy, &wn);
	CHECK(wy == 2015 && wn == 53);
	CHECK(cal_easter(2019) == cal_days_from_civil(2019, 4, 21));
	CHECK(cal_easter(2024) == cal_days_from_civil(2024, 3, 31));
	CHECK(cal_easter(2000) == cal_days_from_civil(2000, 4, 23));
	CHECK(cal_easter(1818) == cal_days_from_civil(1818, 3, 22));
	CHECK(cal_easter(2038) == cal_days_from_civil(2038, 4, 25));
}

static void
test_calwords(void)
{
	int min = 0;

#define MW(s) month_from_word(s, strlen(s))
#define WW(s) weekday_from_word(s, strlen(s))
	CHECK(MW("January") == 1 && MW("october") == 10 &&
	    MW("DECEMBER") == 12);
	CHECK(MW("Oct") == 10 && MW("Oct.") == 10 && MW("Sept") == 9 &&
	    MW("Sept.") == 9 && MW("sep") == 9 && MW("May") == 5);
	CHECK(MW("October.") == 0 && MW("Octo") == 0 && MW("Oc") == 0 &&
	    MW("") == 0 && MW(".") == 0 && MW("Sept..") == 0);
	CHECK(month_from_word("Octobers", 7) == 10);	/* s[0..n) only */
	CHECK(WW("Thu") == 4 && WW("Thu.") == 4 && WW("thurs") == 4 &&
	    WW("Sunday") == 7 && WW("MON") == 1 && WW("Tues.") == 2);
	CHECK(WW("Mondays") == 0 && WW("Monday.") == 0 && WW("Th") == 0 &&
	    WW("") == 0);
#undef MW
#undef WW
	CHECK(zone_from_word("BST", 3, &min) == 1 && min == 60);
	CHECK(zone_from_word("est", 3, &min) == 1 && min == -300);
	CHECK(zone_from_word("IST", 3, &min) == 1 && min == 330);
	CHECK(zone_from_word("UTC", 3, &min) == 1 && min == 0);
	CHECK(zone_from_word("AEDT", 4, &min) == 1 && min == 660);
	CHECK(zone_from_word("ET", 2, &min) == -1);
	CHECK(zone_from_word("XYZ", 3, &min) == 0);
	CHECK(zone_from_word("BST.", 4, &min) == 0);
	/* a dateline, as extract-meta reads one: "Thu 3 Oct 2024 17.05 BST" */
	CHECK(weekday_from_word("Thu", 3) ==
	    cal_weekday(cal_days_from_civil(2024, month_from_word("Oct", 3),
	    3)));
	CHECK(zone_from_word("BST", 3, &min) == 1 && min == 60);
}

/*
 * The writer: every TAB, LF and CR inside a field becomes a space (in keys
 * only LF and CR), wherever it falls in the word-at-a-time scan.  Each
 * field is written to stdout, which points at a temporary file here.
 */
static void
test_writer(void)
{
	static const char marks[] = "\t\n\r\x01\x0d\x0e\x80";
	char field[40], want[64], got[64], built[40];
	struct record rec = { 0 };	/* record_split() leaves fname */
	FILE *tmp;
	size_t len, pos, m, n;
	int saved;

	fflush(stdout);
	if ((tmp = tmpfile()) == NULL || (saved = dup(1)) == -1) {
		CHECK(!"a temporary file for the writer test");
		return;
	}
	dup2(fileno(tmp), 1);
	out_init(0);
	for (len = 1; len < sizeof(field); len++)
		for (pos = 0; pos < len; pos++)
			for (m = 0; m < sizeof(marks) - 1; m++) {
				memset(field, 'x', len);
				field[pos] = marks[m];
				field[len - 1] = m % 2 ? '\r' : 'y';
				out_field(field, len);
				out_nl();
				fflush(stdout);
				memcpy(want, field, len);
				for (n = 0; n < len; n++)
					if (want[n] == '\t' || want[n] == '\n' ||
					    want[n] == '\r')
						want[n] = ' ';
				want[len] = '\n';
				CHECK(out_put_field(built, field, len) ==
				    built + len && memcmp(built, want, len) == 0);
				rewind(tmp);
				n = fread(got, 1, sizeof(got), tmp);
				CHECK(n == len + 1 && memcmp(got, want, n) == 0);
				rewind(tmp);
				if (ftruncate(fileno(tmp), 0) == -1)
					CHECK(!"ftruncate");
			}
	record_split(&rec, "k\r1\tk2\ttext", 11);
	out_keys(&rec);
	out_nl();
	fflush(stdout);
	rewind(tmp);
	n = fread(got, 1, sizeof(got), tmp);
	CHECK_MEM(got, n, "k 1\tk2\t\n");
	CHECK_MEM(built, (size_t)(out_put_uint(built, 18446744073709551615ULL) -
	    built), "18446744073709551615");
	dup2(saved, 1);
	close(saved);
	fclose(tmp);
}

static char ubuf[1024];

/* The URL a line gives, or "-". */
static const char *
url(const char *line, int bare)
{
	const char *p;
	size_t n;

	if (!url_in_line(line, strlen(line), bare, &p, &n))
		return "-";
	memcpy(ubuf, p, n);
	ubuf[n] = '\0';
	return ubuf;
}

static void
test_url(void)
{
	CHECK_STR(url("Source: https://scmp.com/news/asia/article/3025905/x", 0),
	    "https://scmp.com/news/asia/article/3025905/x");
	CHECK_STR(url("URL: http://example.org/a?b=1", 0), "http://example.org/a?b=1");
	CHECK_STR(url("Read more at https://www.x.example/2019/11/19/y/.", 0),
	    "https://www.x.example/2019/11/19/y/");
	CHECK_STR(url("https://www.x.example/a/b", 1), "https://www.x.example/a/b");
	CHECK_STR(url("https://www.x.example/a/b", 0), "-");
	CHECK_STR(url("See https://www.x.example/a for more", 1), "-");
	CHECK_STR(url("Source: The Harbour Ledger", 0), "-");
	CHECK_STR(url("Source: https://", 0), "-");
}

/* The words of a URL's slug, space-separated, or "-" for no slug. */
static const char *
slug(const char *u)
{
	struct slug sl;
	size_t i, k = 0;

	if (!slug_of_url(u, strlen(u), &sl))
		return "-";
	for (i = 0; i < sl.n; i++) {
		if (i > 0)
			ubuf[k++] = ' ';
		memcpy(ubuf + k, sl.word[i], sl.len[i]);
		k += sl.len[i];
	}
	ubuf[k] = '\0';
	return ubuf;
}

/* class "the URL's slug names the headline" */
static void
test_slug(void)
{
	static const char u[] =
	    "https://www.ledger.example/local/night-buses-extended-to-the-east-20261114.html?ref=top";
	struct slug sl;
	unsigned w, mt, cv;

	CHECK_STR(slug(u), "night buses extended to the east html");
	CHECK_STR(slug("http://ledger.example/Council_Votes_On-Buses-77.php"),
	    "council votes on buses php");
	/* no slug: an id, two words, a category, no path */
	CHECK_STR(slug("http://ledger.example/article/ALeqM5jT32avvU"), "-");
	CHECK_STR(slug("http://ledger.example/news/local-news/"), "-");
	CHECK_STR(slug("http://ledger.example/a-b-c/123456"), "-");
	CHECK_STR(slug("http://ledger.example"), "-");
	CHECK_STR(slug("night-buses-extended"), "-");
	CHECK(slug_of_url(u, strlen(u), &sl) == 1);
	slug_match(&sl, "Night Buses Extended To The East", 32, &w, &mt, &cv);
	CHECK(w == 6 && mt == 6 && cv == 6);
	/* an apostrophe inside a word is skipped, digits alone are no word */
	slug_match(&sl, "East\xe2\x80\x99s 24 night buses",
	    strlen("East\xe2\x80\x99s 24 night buses"), &w, &mt, &cv);
	CHECK(w == 3 && mt == 2 && cv == 2);
	slug_match(&sl, "", 0, &w, &mt, &cv);
	CHECK(w == 0 && mt == 0 && cv == 0);
}

int
main(void)
{
	test_writer();
	test_record_split();
	test_reader();
	test_para();
	test_documents();
	test_document_fields();
	test_doc_run();
	test_u8();
	test_rx();
	test_wordlists();
	test_numwords();
	test_calendar();
	test_calwords();
	test_url();
	test_slug();
	return UNIT_DONE();
}
