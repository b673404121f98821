/*
 * fuzz/strip-boilerplate -- libFuzzer harness for the engine (sb.h).
 *
 * The input is one document, split at LF into lines.  The first byte
 * picks --keep-meta.  Besides memory safety it checks what sb.h
 * promises: every line gets a verdict of 0 or 1 and a reason, a blank
 * line is never kept, and judging the same lines twice gives the same
 * verdicts (the engine keeps no state between documents).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/strip-boilerplate/sb.h"
#include "lines.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct sb *engines[2];

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sb_line *v;
	const char *p, *end;
	unsigned char *first;
	size_t n = 0, i, cap;
	int meta;

	if (size == 0)
		return 0;
	meta = data[0] & 1;
	if (engines[meta] == NULL)
		engines[meta] = sb_new(meta);
	p = (const char *)data + 1;
	end = (const char *)data + size;
	cap = fuzz_count_lines(p, end);
	v = calloc(cap, sizeof(*v));
	first = calloc(cap, 1);
	if (v == NULL || first == NULL)
		abort();
	while (fuzz_next_line(&p, end, &v[n].text, &v[n].len))
		n++;
	sb_judge(engines[meta], v, n);
	for (i = 0; i < n; i++) {
		if ((v[i].keep != 0 && v[i].keep != 1) || v[i].reason == NULL)
			abort();
		if (v[i].keep && strcmp(v[i].reason, "blank") == 0)
			abort();
		first[i] = (unsigned char)v[i].keep;
	}
	sb_judge(engines[meta], v, n);
	for (i = 0; i < n; i++)
		if (first[i] != v[i].keep)
			abort();
	free(first);
	free(v);
	return 0;
}
