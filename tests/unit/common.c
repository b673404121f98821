/*
 * Unit tests of common/: records, documents, UTF-8, PCRE2 iteration,
 * word sets, number words.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "doc.h"
#include "numword.h"
#include "out.h"
#include "record.h"
#include "rx.h"
#include "u8.h"
#include "unit.h"
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

static void
test_reader(void)
{
	static char in[] = "\xEF\xBB\xBF" "a\tone\r\nb\ttwo\n\f\nlast";
	struct reader rd;
	struct record r;
	FILE *fp;

	fp = fmemopen(in, sizeof(in) - 1, "r");
	memset(&rd, 0, sizeof(rd));
	rd.fp = fp;
	rd.name = "mem";
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
	fp = fmemopen(in, sizeof(in) - 1, "r");
	memset(&rd, 0, sizeof(rd));
	rd.fp = fp;
	rd.name = "mem";
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
	struct record rec;
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

int
main(void)
{
	test_writer();
	test_record_split();
	test_reader();
	test_documents();
	test_doc_run();
	test_u8();
	test_rx();
	test_wordlists();
	test_numwords();
	return UNIT_DONE();
}
