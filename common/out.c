/*
 * out -- writing the copydesk stream (see out.h).
 *
 * Writes are checked as they happen (a flush that fails stops the program
 * at once instead of reading the rest of a large input for nothing) and
 * once more at exit.  A closed pipe ends the program quietly, whether it
 * arrives as SIGPIPE (the default) or as EPIPE (SIGPIPE ignored by the
 * parent): exit status 1, no message.  Any other write error is reported
 * as "prog: write error: why" with exit status 1.
 */
#include <err.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "out.h"
#include "record.h"

static int line_buffered;

/* A byte that may not appear inside a field. */
static const unsigned char special[256] = { ['\t'] = 1, ['\n'] = 1, ['\r'] = 1 };
/* In keys the TABs between fields stay. */
static const unsigned char special_key[256] = { ['\n'] = 1, ['\r'] = 1 };

static _Noreturn void
write_failed(int e)
{
	if (e == EPIPE)
		exit(1);
	errno = e;
	err(1, "write error");
}

void
out_init(int lb)
{
	line_buffered = lb;
	if (lb)
		setvbuf(stdout, NULL, _IOLBF, 0);
	else
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
}

void
out_raw(const char *p, size_t n)
{
	if (n > 0 && fwrite(p, 1, n, stdout) != n)
		write_failed(errno);
}

/*
 * The length of the run at the start of s[0..n) with no byte marked in
 * table.  Both tables mark only bytes below 0x0E (TAB, LF, CR), so eight
 * bytes at a time are skipped while none of them is below 0x0E (the
 * "has a byte less than" word trick); only a word that has one is looked
 * at byte by byte.  Text fields are long and rarely hold such a byte.
 */
static size_t
clean_run(const unsigned char *s, size_t n, const unsigned char *table)
{
	uint64_t w;
	size_t i = 0, j;

	for (; i + 8 <= n; i += 8) {
		w = ascii_word8(s + i);
		if (((w - ASCII_ONES * 0x0E) & ~w & ASCII_HIGHS) == 0)
			continue;
		for (j = i; j < i + 8; j++)
			if (table[s[j]])
				return j;
	}
	for (; i < n; i++)
		if (table[s[i]])
			return i;
	return n;
}

/* Write p[0..n), each byte marked in table replaced by a space. */
static void
out_clean(const char *p, size_t n, const unsigned char *table)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t run;

	while (n > 0) {
		run = clean_run(s, n, table);
		out_raw((const char *)s, run);
		if (run == n)
			break;
		if (putchar(' ') == EOF)
			write_failed(errno);
		s += run + 1;
		n -= run + 1;
	}
}

void
out_field(const char *p, size_t n)
{
	out_clean(p, n, special);
}

void
out_str(const char *s)
{
	out_field(s, strlen(s));
}

void
out_tab(void)
{
	if (putchar('\t') == EOF)
		write_failed(errno);
}

void
out_nl(void)
{
	if (putchar('\n') == EOF)
		write_failed(errno);
}

char *
out_put_uint(char *o, unsigned long long n)
{
	char buf[OUT_UINT_MAX], *p = buf + sizeof(buf);
	size_t k;

	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n > 0);
	k = (size_t)(buf + sizeof(buf) - p);
	memcpy(o, p, k);
	return o + k;
}

char *
out_put_field(char *o, const char *p, size_t n)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t run;

	memcpy(o, p, n);
	for (run = clean_run(s, n, special); run < n;
	    run += 1 + clean_run(s + run + 1, n - run - 1, special))
		o[run] = ' ';
	return o + n;
}

void
out_uint(unsigned long long n)
{
	char buf[OUT_UINT_MAX];

	out_raw(buf, (size_t)(out_put_uint(buf, n) - buf));
}

void
out_keys(const struct record *rec)
{
	if (rec->fname != NULL) {
		out_str(rec->fname);
		out_tab();
	}
	if (rec->nkeys > 0) {
		/* Keys hold no LF; a CR inside one becomes a space. */
		out_clean(rec->keys, rec->keyslen, special_key);
		out_tab();
	}
}

void
out_record(const struct record *rec)
{
	out_keys(rec);
	out_field(rec->text, rec->textlen);
	out_nl();
}

void
out_header(const char *columns)
{
	out_raw(columns, strlen(columns));
	out_nl();
}

void
out_record_done(void)
{
	if (line_buffered && fflush(stdout) == EOF)
		write_failed(errno);
}

int
out_close(void)
{
	if (fflush(stdout) == EOF || ferror(stdout)) {
		if (errno == EPIPE)
			return 1;
		warn("write error");
		return 1;
	}
	if (fclose(stdout) == EOF) {
		if (errno == EPIPE)
			return 1;
		warn("write error");
		return 1;
	}
	return 0;
}
