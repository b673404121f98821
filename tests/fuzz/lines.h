/*
 * lines.h -- the harnesses' split of a fuzz input into lines at LF, for
 * the engines that judge a document's lines (strip-boilerplate,
 * extract-meta).  A last line without LF is a line; an input ending in
 * LF has no empty line after it.
 *
 *	cap = fuzz_count_lines(p, end);		(slots enough for every line)
 *	while (fuzz_next_line(&p, end, &text, &len))
 *		...
 */
#ifndef FUZZ_LINES_H
#define FUZZ_LINES_H

#include <stddef.h>
#include <string.h>

/* Lines p[0..end) may hold at the most: one more than its LFs. */
static inline size_t
fuzz_count_lines(const char *p, const char *end)
{
	size_t n = 1;

	for (; p < end; p++)
		if (*p == '\n')
			n++;
	return n;
}

/* The next line at *p as (*text, *len), *p moved past it; 0 at the end. */
static inline int
fuzz_next_line(const char **p, const char *end, const char **text,
    size_t *len)
{
	const char *nl;

	if (*p >= end)
		return 0;
	nl = memchr(*p, '\n', (size_t)(end - *p));
	if (nl == NULL)
		nl = end;
	*text = *p;
	*len = (size_t)(nl - *p);
	*p = nl < end ? nl + 1 : end;
	return 1;
}

#endif
