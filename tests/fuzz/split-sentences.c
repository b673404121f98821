/*
 * libFuzzer harness for the split-sentences engine: the first byte picks
 * the language, the rest is one record's text.  Checks that sentences
 * come in order, are never empty, never start or end with ASCII white
 * space, and that only white space lies between them.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/split-sentences/sentences.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct splitter sp[5];

/* Can b be part of white space (ASCII, or a byte of U+00A0, U+2000...)? */
static int
spacey(unsigned char b)
{
	return b == ' ' || (b >= '\t' && b <= '\r') || b >= 0x80;
}

static int
ascii_space(unsigned char b)
{
	return b == ' ' || (b >= '\t' && b <= '\r');
}
static int ready;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[5] = { "en", "de", "el", "es", "fr" };
	const char *s;
	struct ss_iter it;
	size_t st, e, last = 0, i;
	int k;

	if (!ready) {
		for (k = 0; k < 5; k++)
			if (ss_init(&sp[k], names[k]) == -1)
				abort();
		ready = 1;
	}
	if (size == 0)
		return 0;
	k = data[0] % 5;
	s = (const char *)data + 1;
	size--;
	ss_iter_init(&it, &sp[k], s, size);
	while (ss_next(&it, &st, &e)) {
		if (st < last || e <= st || e > size)
			abort();
		if (ascii_space((unsigned char)s[st]) ||
		    ascii_space((unsigned char)s[e - 1]))
			abort();
		for (i = last; i < st; i++)
			if (!spacey((unsigned char)s[i]))
				abort();
		last = e;
	}
	for (i = last; i < size; i++)
		if (!spacey((unsigned char)s[i]))
			abort();
	return 0;
}
