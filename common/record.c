/*
 * record -- reading the copydesk stream (see record.h).
 */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "record.h"

int
reader_open(struct reader *rd, const char *path, const char *fname, int raw)
{
	memset(rd, 0, sizeof(*rd));
	rd->name = path;
	rd->fname = fname;
	rd->raw = raw;
	if (strcmp(path, "-") == 0) {
		rd->fp = stdin;
		rd->name = "<stdin>";
	} else if ((rd->fp = fopen(path, "r")) == NULL) {
		warn("%s", path);
		return -1;
	}
	return 0;
}

void
record_split(struct record *rec, const char *line, size_t len)
{
	const char *tab, *p;
	size_t nkeys = 0;

	rec->line = line;
	rec->len = len;
	/* The text is the last field: everything after the last TAB. */
	tab = NULL;
	for (p = line; (p = memchr(p, '\t', len - (size_t)(p - line))) != NULL;
	    p++) {
		tab = p;
		nkeys++;
	}
	rec->nkeys = nkeys;
	if (tab == NULL) {
		rec->keys = line;
		rec->keyslen = 0;
		rec->text = line;
		rec->textlen = len;
	} else {
		rec->keys = line;
		rec->keyslen = (size_t)(tab - line);
		rec->text = tab + 1;
		rec->textlen = len - rec->keyslen - 1;
	}
}

int
reader_next(struct reader *rd, struct record *rec)
{
	ssize_t n;
	size_t len;
	char *p;

	if (rd->eof)
		return 0;
	errno = 0;
	if ((n = getline(&rd->buf, &rd->cap, rd->fp)) == -1) {
		rd->eof = 1;
		if (ferror(rd->fp)) {
			warn("%s", rd->name);
			return -1;
		}
		if (errno == ENOMEM)
			errx(1, "%s: out of memory", rd->name);
		return 0;
	}
	len = (size_t)n;
	p = rd->buf;
	if (len > 0 && p[len - 1] == '\n')
		len--;
	if (len > 0 && p[len - 1] == '\r')
		len--;
	/* A byte-order mark is dropped at the start of an input only. */
	if (rd->lineno == 0 && len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		p += 3;
		len -= 3;
	}
	rd->lineno++;
	if (rd->raw) {
		char *t;

		for (t = p; (t = memchr(t, '\t', len - (size_t)(t - p))) != NULL;
		    t++)
			*t = ' ';
	}
	record_split(rec, p, len);
	rec->lineno = rd->lineno;
	rec->fname = rd->fname;
	return 1;
}

void
reader_close(struct reader *rd)
{
	if (rd->fp != NULL && rd->fp != stdin)
		fclose(rd->fp);
	else if (rd->fp == stdin)
		clearerr(stdin);
	free(rd->buf);
	rd->buf = NULL;
	rd->cap = 0;
	rd->fp = NULL;
}

int
record_is_docbreak(const struct record *rec)
{
	return rec->len == 1 && rec->line[0] == '\f';
}

/* The first key of rec as (pointer, length); 0 when it has none. */
static int
first_key(const struct record *rec, const char **k, size_t *klen)
{
	const char *tab;

	if (rec->fname != NULL) {
		*k = rec->fname;
		*klen = strlen(rec->fname);
		return 1;
	}
	if (rec->nkeys == 0)
		return 0;
	*k = rec->keys;
	tab = memchr(rec->keys, '\t', rec->keyslen);
	*klen = tab ? (size_t)(tab - rec->keys) : rec->keyslen;
	return 1;
}

int
record_same_first_key(const struct record *a, const struct record *b)
{
	const char *ka = NULL, *kb = NULL;
	size_t la = 0, lb = 0;
	int ha, hb;

	ha = first_key(a, &ka, &la);
	hb = first_key(b, &kb, &lb);
	if (!ha && !hb)
		return 1;
	if (ha != hb)
		return 0;
	return la == lb && memcmp(ka, kb, la) == 0;
}
