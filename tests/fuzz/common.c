/*
 * fuzz/common -- libFuzzer harness for common/: the record reader and
 * splitter, document grouping, the UTF-8 helpers, word lists and string
 * sets, number words and numerals, calendar words and arithmetic.
 *
 * Besides memory safety (ASan, UBSan) it checks the promises the headers
 * make, and aborts when one is broken, so that libFuzzer reports it:
 *
 *	reader		records + LF give back the input (less the CR before
 *			each LF and a BOM at the start); with raw set no TAB
 *			is left; line numbers count from 1
 *	record_split	keys TAB text == line; nkeys == the number of TABs
 *	doc_next	documents + form-feed lines hold every record, in
 *			order; a document never spans a change of first key
 *	u8		u8_count == the number of u8_decode steps;
 *			u8_decode_prev walks back the same steps; u8_offsets
 *			agrees with u8_count at every character boundary;
 *			u8_valid; u8_encode/u8_decode round trip; u8_fold
 *			returns valid UTF-8
 *	wordlist	entries lie inside the data, are not empty, hold no
 *			LF, do not start with '#' nor end in a blank; fields
 *	strset		finds every entry added (folded or not), agrees with
 *			a linear search
 *	numword		consumed bytes within the input, value <= 10^15, no
 *			trailing space, hyphen or "and"
 *	numeral		the value is the digits read, commas skipped
 *	calwords	month 0..12, weekday 0..7, a zone's offset within
 *			+-14 h; a word named with a trailing period names the
 *			same month or weekday, or none
 *	calendar	day number -> date -> day number round trip (a day
 *			number taken from the input bytes)
 *
 * The first input byte picks options (raw mode, fold, maxscale); the rest
 * is the data.  The record reader reads a FILE *, so the data goes
 * through fmemopen(3).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "calwords.h"
#include "doc.h"
#include "numword.h"
#include "record.h"
#include "u8.h"
#include "wordlist.h"
#include "xalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

/*
 * A reader over buf[0..n), as reader_open() would set it up.  Each of
 * the (at most two) open readers gets a static stdio buffer: a fresh
 * malloc'd one per run costs new pages under ASan's quarantine and made
 * the harness ten times slower.
 */
static int
mem_reader(struct reader *rd, const char *buf, size_t n, int raw, int slot)
{
	static char iobuf[2][4096];

	memset(rd, 0, sizeof(*rd));
	rd->name = "<fuzz>";
	rd->raw = raw;
	/* fmemopen() refuses a zero size: read an empty file instead. */
	rd->fp = n > 0 ? fmemopen((void *)buf, n, "r") : fopen("/dev/null", "r");
	if (rd->fp == NULL)
		return -1;
	setvbuf(rd->fp, iobuf[slot], _IOFBF, sizeof(iobuf[slot]));
	return 0;
}

/*
 * What the reader should hand over for the line s[0..n) (without its
 * LF): the CR before the LF dropped, a BOM dropped at the start of the
 * input, TABs turned into spaces when raw.  Writes into out; returns
 * its length.
 */
static size_t
expected_line(const char *s, size_t n, int first, int raw, char *out)
{
	size_t i;

	if (n > 0 && s[n - 1] == '\r')
		n--;
	if (first && n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
		s += 3;
		n -= 3;
	}
	for (i = 0; i < n; i++)
		out[i] = raw && s[i] == '\t' ? ' ' : s[i];
	return n;
}

static void
check_split(const struct record *rec)
{
	size_t i, tabs = 0;

	for (i = 0; i < rec->len; i++)
		tabs += rec->line[i] == '\t';
	CHECK(rec->nkeys == tabs);
	CHECK(memchr(rec->text, '\t', rec->textlen) == NULL);
	CHECK(rec->text >= rec->line &&
	    rec->text + rec->textlen == rec->line + rec->len);
	if (rec->nkeys == 0) {
		CHECK(rec->keyslen == 0 && rec->textlen == rec->len);
	} else {
		CHECK(rec->keys == rec->line);
		CHECK(rec->keyslen + 1 + rec->textlen == rec->len);
		CHECK(rec->line[rec->keyslen] == '\t');
	}
}

/* Read buf with the record reader and compare with what it should give. */
static void
fuzz_reader(const char *buf, size_t n, int raw)
{
	struct reader rd;
	struct record rec;
	const char *p = buf, *end = buf + n, *nl;
	char *exp;
	size_t explen;
	unsigned long long lineno = 0;
	int rc;

	if (mem_reader(&rd, buf, n, raw, 0) == -1)
		return;
	exp = xmalloc(n + 1);
	while ((rc = reader_next(&rd, &rec)) == 1) {
		CHECK(p < end);		/* no record after the end */
		nl = memchr(p, '\n', (size_t)(end - p));
		explen = expected_line(p, (size_t)((nl ? nl : end) - p),
		    p == buf, raw, exp);
		CHECK(rec.len == explen);
		CHECK(explen == 0 || memcmp(rec.line, exp, explen) == 0);
		CHECK(rec.lineno == ++lineno);
		CHECK(rec.fname == NULL);
		check_split(&rec);
		p = nl ? nl + 1 : end;
	}
	CHECK(rc == 0);
	CHECK(p == end);		/* no record lost */
	CHECK(reader_next(&rd, &rec) == 0);	/* and the end stays the end */
	free(exp);
	reader_close(&rd);
}

/*
 * Group buf into documents and check them against a plain read of the
 * same input: every record is in exactly one document or is a form-feed
 * line, in order, and the first key is the same within a document.
 */
static void
fuzz_docs(const char *buf, size_t n, int raw)
{
	struct reader rd, plain;
	struct docreader dr;
	struct doc doc;
	struct record rec;
	size_t i;
	int rc, prc;

	if (mem_reader(&rd, buf, n, raw, 0) == -1)
		return;
	if (mem_reader(&plain, buf, n, raw, 1) == -1) {
		reader_close(&rd);
		return;
	}
	/* Two files: record pointers into the plain reader stay valid. */
	memset(&doc, 0, sizeof(doc));
	docreader_init(&dr, &rd);
	while ((rc = doc_next(&dr, &doc)) == 1) {
		for (i = 0; i < doc.n; i++) {
			prc = reader_next(&plain, &rec);
			CHECK(prc == 1);
			CHECK(doc.recs[i].len == rec.len);
			CHECK(rec.len == 0 ||
			    memcmp(doc.recs[i].line, rec.line, rec.len) == 0);
			CHECK(doc.recs[i].lineno == rec.lineno);
			CHECK(!record_is_docbreak(&doc.recs[i]));
			check_split(&doc.recs[i]);
			if (i > 0)
				CHECK(record_same_first_key(&doc.recs[0],
				    &doc.recs[i]));
		}
		if (doc.brk) {
			prc = reader_next(&plain, &rec);
			CHECK(prc == 1);
			CHECK(record_is_docbreak(&rec));
			CHECK(record_is_docbreak(&doc.brkrec));
			CHECK(doc.brkrec.lineno == rec.lineno);
		}
	}
	CHECK(rc == 0);
	CHECK(reader_next(&plain, &rec) == 0);	/* every record was seen */
	doc_free(&doc);
	docreader_free(&dr);
	reader_close(&rd);
	reader_close(&plain);
}

static void
fuzz_u8(const char *s, size_t n)
{
	const char *end = s + n, *p;
	size_t count = 0, i, nseg = 0, *seg;
	struct u8_offsets o;
	int32_t cp, cp2;
	int k, invalid = 0;
	char enc[4], *folded;
	size_t foldlen;

	/* Forward: the boundaries of each character. */
	seg = xmalloc((n + 1) * sizeof(*seg));
	for (p = s; p < end; p += k) {
		k = u8_decode(p, end, &cp);
		CHECK(k >= 1 && k <= 4 && p + k <= end);
		CHECK(cp >= -1 && cp <= 0x10FFFF);
		CHECK(!(cp >= 0xD800 && cp <= 0xDFFF));
		if (cp < 0) {
			CHECK(k == 1);
			invalid = 1;
		} else {
			/* A valid character encodes back to the same bytes. */
			CHECK(u8_encode(cp, enc) == k);
			CHECK(memcmp(enc, p, (size_t)k) == 0);
		}
		seg[nseg++] = (size_t)(p - s);
		count++;
	}
	seg[nseg] = n;
	CHECK(u8_count(s, n) == count);
	CHECK(u8_valid(s, n) == !invalid);

	/* Backward: the same characters, from the end. */
	for (i = nseg; i > 0; i--) {
		k = u8_decode_prev(s, s + seg[i], &cp);
		CHECK((size_t)k == seg[i] - seg[i - 1]);
		u8_decode(s + seg[i - 1], end, &cp2);
		CHECK(cp == cp2);
	}

	/* Incremental offsets at every other boundary, then a restart. */
	u8_offsets_init(&o, s);
	for (i = 0; i <= nseg; i += 1 + (i & 1))
		CHECK(u8_offsets_at(&o, seg[i]) == i);
	if (nseg > 0)
		CHECK(u8_offsets_at(&o, seg[nseg / 2]) == nseg / 2);
	free(seg);

	/* The normalised copy is valid UTF-8. */
	folded = u8_fold(s, n, &foldlen);
	CHECK(u8_valid(folded, foldlen));
	free(folded);
}

static void
fuzz_encode(const char *s, size_t n)
{
	char buf[4], *app = NULL;
	size_t applen = 0, appcap = 0, i;
	int32_t cp, back;
	int k;

	for (i = 0; i + 4 <= n && i < 64; i += 4) {
		memcpy(&cp, s + i, 4);
		k = u8_encode(cp, buf);
		CHECK(k >= 1 && k <= 4);
		CHECK(u8_decode(buf, buf + k, &back) == k);
		if (cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF))
			CHECK(back == cp);
		else
			CHECK(back == 0xFFFD);
		u8_append(&app, &applen, &appcap, cp);
	}
	CHECK(app == NULL || u8_valid(app, applen));
	free(app);
}

static int
fold_eq(const char *a, const char *b, size_t n, int fold)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (fold && x >= 'A' && x <= 'Z')
			x += 32;
		if (fold && y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
	}
	return 1;
}

static void
fuzz_wordlist(const char *s, size_t n, int fold)
{
	struct wl_iter it;
	struct strset set, seen;
	const char *line, *f, **ent;
	size_t len, flen, *entlen, nent = 0, i, total;
	int val, nf;

	/* At most one entry per two bytes: room for all of them. */
	ent = xmalloc((n / 2 + 1) * sizeof(*ent));
	entlen = xmalloc((n / 2 + 1) * sizeof(*entlen));
	strset_init(&set, fold);
	wl_init(&it, s, n);
	while (wl_next(&it, &line, &len)) {
		CHECK(line >= s && line + len <= s + n);
		CHECK(len > 0 && line[0] != '#');
		CHECK(memchr(line, '\n', len) == NULL);
		CHECK(line[len - 1] != ' ' && line[len - 1] != '\t' &&
		    line[len - 1] != '\r');
		/* Fields cover the entry, TABs between them. */
		total = 0;
		for (nf = 0; wl_field(line, len, nf, &f, &flen); nf++) {
			CHECK(f >= line && f + flen <= line + len);
			CHECK(memchr(f, '\t', flen) == NULL);
			total += flen;
			if (nf > (int)len)
				break;
		}
		CHECK(nf >= 1 && total + (size_t)nf - 1 == len);
		wl_field(line, len, 0, &f, &flen);
		CHECK(nent < n / 2 + 1);
		/* Adding a key again replaces its value. */
		strset_add(&set, f, flen, (int)nent);
		ent[nent] = f;
		entlen[nent++] = flen;
	}
	/*
	 * Every entry is found, and its value is the last index added for
	 * it: walking backwards, the first time a key shows up is that index.
	 */
	strset_init(&seen, fold);
	for (i = nent; i-- > 0;) {
		CHECK(strset_get(&set, ent[i], entlen[i], &val));
		CHECK(val >= 0 && (size_t)val < nent);
		CHECK(entlen[val] == entlen[i] &&
		    fold_eq(ent[val], ent[i], entlen[i], fold));
		if (strset_has(&seen, ent[i], entlen[i]))
			CHECK((size_t)val > i);
		else {
			CHECK((size_t)val == i);
			strset_add(&seen, ent[i], entlen[i], 0);
		}
	}
	CHECK(seen.n == set.n);
	strset_free(&seen);
	/* Every prefix of the data: present exactly when an entry equals it. */
	for (len = 0; len <= n && len < 40; len++) {
		int want = 0;

		for (i = 0; i < nent && !want; i++)
			want = entlen[i] == len && fold_eq(ent[i], s, len, fold);
		CHECK(strset_has(&set, s, len) == want);
	}
	CHECK(hash64(s, n) == hash64(s, n));
	strset_free(&set);
	free(ent);
	free(entlen);
}

static int
is_alpha(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void
fuzz_numbers(const char *s, size_t n, unsigned long long maxscale)
{
	unsigned long long v, want;
	size_t used, i, start;
	int ord;

	/* Try at the start and after every space: as a tagger would. */
	for (start = 0; start < n; start++) {
		if (start > 0 && s[start - 1] != ' ')
			continue;
		ord = -1;
		used = numword_parse(s + start, n - start, maxscale, &v, &ord);
		CHECK(used <= n - start);
		if (used > 0) {
			CHECK(v <= 1000000000000000ull);
			CHECK(ord == 0 || ord == 1);
			CHECK(is_alpha(s[start + used - 1]));
			CHECK(!(used >= 4 && s[start + used - 4] == ' ' &&
			    (s[start + used - 3] | 32) == 'a' &&
			    (s[start + used - 2] | 32) == 'n' &&
			    (s[start + used - 1] | 32) == 'd'));
		}
		used = numeral_parse(s + start, n - start, &v);
		CHECK(used <= n - start);
		if (used > 0) {
			CHECK(s[start] >= '0' && s[start] <= '9');
			CHECK(s[start + used - 1] >= '0' &&
			    s[start + used - 1] <= '9');
			CHECK(v <= 1000000000000000000ull);
			want = 0;
			for (i = start; i < start + used; i++) {
				if (s[i] == ',')
					continue;
				CHECK(s[i] >= '0' && s[i] <= '9');
				want = want * 10 + (unsigned long long)(s[i] - '0');
			}
			CHECK(v == want);
		}
	}
}

/* Each space-separated word of s[0..n) through the calendar words. */
static void
fuzz_calwords(const char *s, size_t n)
{
	size_t i = 0, j, k;
	int m, w, z, min, y, mo, d;
	long day = 0;

	while (i < n) {
		for (j = i; j < n && s[j] != ' '; j++)
			;
		m = month_from_word(s + i, j - i);
		w = weekday_from_word(s + i, j - i);
		CHECK(m >= 0 && m <= 12 && w >= 0 && w <= 7);
		if (j - i > 1 && s[j - 1] == '.') {
			CHECK(m == 0 || m == month_from_word(s + i, j - i - 1));
			CHECK(w == 0 ||
			    w == weekday_from_word(s + i, j - i - 1));
		}
		min = 12345;
		z = zone_from_word(s + i, j - i, &min);
		CHECK(z >= -1 && z <= 1);
		CHECK(z != 1 || (min >= -14 * 60 && min <= 14 * 60));
		i = j + 1;
	}
	/* a day number within about 10,000 years of 1970 */
	for (k = 0; k < n && k < 4; k++)
		day = day * 256 + (unsigned char)s[k];
	day = day % 7304000 - 3652000;
	cal_civil_from_days(day, &y, &mo, &d);
	CHECK(mo >= 1 && mo <= 12 && d >= 1 && d <= cal_days_in_month(y, mo));
	CHECK(cal_days_from_civil(y, mo, d) == day);
	CHECK(cal_weekday(day) >= 1 && cal_weekday(day) <= 7);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned long long scales[] = { 0, 100, 1000, 1000000 };
	const char *s;
	size_t n;
	char *line;
	struct record rec;
	uint8_t opt;

	if (size == 0)
		return 0;
	opt = data[0];
	s = (const char *)data + 1;
	n = size - 1;

	fuzz_reader(s, n, opt & 1);
	fuzz_docs(s, n, opt & 1);

	/* record_split on an exact-size copy, so ASan sees any overread. */
	line = xmalloc(n ? n : 1);
	memcpy(line, s, n);
	record_split(&rec, line, n);
	rec.fname = NULL;
	check_split(&rec);
	(void)record_is_docbreak(&rec);
	CHECK(record_same_first_key(&rec, &rec));

	fuzz_u8(line, n);
	fuzz_encode(line, n);
	fuzz_wordlist(line, n, (opt >> 1) & 1);
	fuzz_numbers(line, n, scales[(opt >> 2) & 3]);
	fuzz_calwords(line, n);
	free(line);
	return 0;
}
