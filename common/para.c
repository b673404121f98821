/*
 * para -- joining hard-wrapped lines into paragraph records (para.h).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "para.h"
#include "xalloc.h"

static int
blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

void
para_init(struct para *pa)
{
	memset(pa, 0, sizeof *pa);
}

/* Make room for n more bytes. */
static void
reserve(struct para *pa, size_t n)
{
	size_t cap = pa->cap > 0 ? pa->cap : 4096;

	if (n <= pa->cap - pa->len)
		return;
	while (cap - pa->len < n) {
		if (cap > SIZE_MAX / 2)
			cap = SIZE_MAX;	/* xrealloc fails on it */
		else
			cap *= 2;
	}
	pa->buf = xrealloc(pa->buf, cap);
	pa->cap = cap;
}

void
para_add(struct para *pa, const struct record *rec)
{
	const char *t = rec->text;
	size_t n = rec->textlen, keyslen;

	/* the line without the blanks around it */
	while (n > 0 && blank((unsigned char)t[0])) {
		t++;
		n--;
	}
	while (n > 0 && blank((unsigned char)t[n - 1]))
		n--;
	if (pa->nlines == 0) {
		pa->len = 0;
		reserve(pa, rec->keyslen + n);
		memcpy(pa->buf, rec->keys, rec->keyslen);
		pa->len = rec->keyslen;
		pa->rec = *rec;
	} else if (n > 0) {
		reserve(pa, n + 1);
		pa->buf[pa->len++] = ' ';
	}
	if (n > 0)
		memcpy(pa->buf + pa->len, t, n);
	pa->len += n;
	pa->nlines++;
	/* the record over the buffer, which may have moved */
	keyslen = pa->rec.keyslen;
	pa->rec.keys = pa->buf;
	pa->rec.text = pa->buf + keyslen;
	pa->rec.textlen = pa->len - keyslen;
	pa->rec.line = pa->buf;
	pa->rec.len = pa->len;
}

void
para_clear(struct para *pa)
{
	pa->nlines = 0;
	pa->len = 0;
}

void
para_free(struct para *pa)
{
	free(pa->buf);
	para_init(pa);
}

int
record_is_blank(const struct record *rec)
{
	size_t i;

	for (i = 0; i < rec->textlen; i++)
		if (!blank((unsigned char)rec->text[i]))
			return 0;
	return 1;
}
