/*
 * fuzz/extract-meta -- libFuzzer harness for the engine (filters/
 * extract-meta/).  The input is one document, split at LF into lines;
 * the first byte picks whether a reference date is set.  Besides memory
 * safety it checks what meta.h promises: URL and HEADLINE point into
 * the document's lines (HEADLINE may be a decoded copy when the input
 * holds a '&'), SITE into URL; PUBLISHED and UPDATED are empty
 * or ISO 8601 dates (YYYY-MM-DD, maybe with THH:MM+HH:MM); no field
 * holds a TAB or LF where the input had none; each parser alone
 * stays inside its line; and a bare dateline holds a date.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/extract-meta/meta.h"
#include "lines.h"
#include "url.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct meta *engines[2];

/* Is p[0..n) inside the input buffer? */
static int
inside(const char *p, size_t n, const uint8_t *data, size_t size)
{
	return n == 0 || ((const uint8_t *)p >= data &&
	    (const uint8_t *)p + n <= data + size);
}

static int
iso(const char *s)
{
	size_t n = strlen(s), i;
	static const char shape[] = "dddd-dd-ddTdd:dd+dd:dd";

	if (n == 0)
		return 1;
	if (n != 10 && n != 22)
		return 0;
	for (i = 0; i < n; i++)
		if (shape[i] == 'd' ? !(s[i] >= '0' && s[i] <= '9') :
		    shape[i] == '+' ? !(s[i] == '+' || s[i] == '-') :
		    s[i] != shape[i])
			return 0;
	return 1;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct meta_line *v;
	struct meta_result res;
	struct meta_dateline dl;
	struct slug sl;
	unsigned sw, sm, sc;
	const char *p, *end, *u;
	char *buf;
	size_t n = 0, i, cap, un;
	int ref;

	if (size == 0)
		return 0;
	ref = data[0] & 1;
	if (engines[ref] == NULL) {
		engines[ref] = meta_new();
		if (ref)
			meta_set_ref(engines[ref], 18219);	/* 2019-11-19 */
	}
	p = (const char *)data + 1;
	end = (const char *)data + size;
	cap = fuzz_count_lines(p, end);
	v = calloc(cap, sizeof(*v));
	buf = malloc(2 * size + 32);
	if (v == NULL || buf == NULL)
		abort();
	while (fuzz_next_line(&p, end, &v[n].text, &v[n].len))
		n++;
	meta_doc(engines[ref], v, n, &res);
	if (!inside(res.url, res.urllen, data, size) ||
	    (!inside(res.headline, res.headlinelen, data, size) &&
	    (memchr(data, '&', size) == NULL || res.headlinelen > size)) ||
	    (memchr(res.headline, '\t', res.headlinelen) != NULL &&
	    memchr(data, '\t', size) == NULL) ||
	    (res.sitelen > 0 && (res.site < res.url ||
	    res.site + res.sitelen > res.url + res.urllen)) ||
	    !iso(res.published) || !iso(res.updated) ||
	    memchr(res.url, '\n', res.urllen) != NULL ||
	    memchr(res.headline, '\n', res.headlinelen) != NULL ||
	    memchr(res.byline, '\n', res.bylinelen) != NULL ||
	    memchr(res.section, '\n', res.sectionlen) != NULL)
		abort();
	for (i = 0; i < n; i++) {
		if (meta_dateline(v[i].text, v[i].len, NULL, &dl) &&
		    dl.date_at >= v[i].len)
			abort();
		if (meta_byline(v[i].text, v[i].len, dl.date_at, buf) >
		    2 * v[i].len + 2)
			abort();
		if (meta_breadcrumb(v[i].text, v[i].len, buf) > v[i].len + 16)
			abort();
		if (meta_name_line(v[i].text, v[i].len, buf) > 2 * v[i].len + 2)
			abort();
		/* a bare dateline holds a date */
		if (meta_bare_dateline(v[i].text, v[i].len) &&
		    !meta_dateline(v[i].text, v[i].len, NULL, &dl))
			abort();
		(void)meta_undated_dateline(v[i].text, v[i].len);
		/* a slug has 3 to SLUG_WORDS words; a line matches
		 * no more of them than it has words */
		if (slug_of_url(v[i].text, v[i].len, &sl)) {
			if (sl.n < 3 || sl.n > SLUG_WORDS)
				abort();
			slug_match(&sl, v[0].text, v[0].len, &sw, &sm, &sc);
			if (sm > sw || sc > sl.n || sc > sm)
				abort();
		}
		/* a headline's trim, its second copy, its site's name,
		 * its references only shorten it; a reference never
		 * decodes to a TAB or LF */
		if (meta_headline_trim(v[i].text, v[i].len) > v[i].len ||
		    meta_headline_once(v[i].text, v[i].len) > v[i].len)
			abort();
		un = 0;
		if (meta_headline_site(v[i].text, v[i].len, v[0].text,
		    v[0].len, &un) > v[i].len || un > v[i].len)
			abort();
		un = meta_headline_unescape(v[i].text, v[i].len, buf);
		if (un > v[i].len || (memchr(buf, '\t', un) != NULL &&
		    memchr(v[i].text, '\t', v[i].len) == NULL) ||
		    memchr(buf, '\n', un) != NULL)
			abort();
		if (url_in_line(v[i].text, v[i].len, 1, &u, &un) &&
		    !inside(u, un, data, size))
			abort();
	}
	free(buf);
	free(v);
	return 0;
}
