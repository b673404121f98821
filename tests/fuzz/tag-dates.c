/*
 * libFuzzer harness for the tag-dates engine: the first byte picks the
 * numeric-date order and whether a reference date is given; the rest is
 * the text.  Checks that mentions are in order, inside the text and do
 * not overlap.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/tag-dates/dates.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct dates *d[3];
	struct dates_ref ref = { 1, 2019, 9, 6 };
	const struct dates_mention *m;
	size_t n, i, last = 0;
	int o;

	if (size == 0)
		return 0;
	o = data[0] % 3;
	if (d[o] == NULL)
		d[o] = dates_new((enum dates_order)o);
	if (data[0] & 0x80)
		ref.valid = 0;
	if (data[0] & 0x40)
		dates_doc_reset(d[o]);
	n = dates_tag(d[o], (const char *)data + 1, size - 1, &ref, &m);
	for (i = 0; i < n; i++) {
		if (m[i].start < last || m[i].end <= m[i].start ||
		    m[i].end > size - 1 || m[i].value[0] == '\0' ||
		    memchr(m[i].value, '\t', strlen(m[i].value)) != NULL)
			abort();
		last = m[i].end;
	}
	return 0;
}
