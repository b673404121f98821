/*
 * fuzz/tag-money -- libFuzzer harness for the tag-money engine.
 *
 * Besides memory safety (ASan, UBSan) it checks what money.h promises,
 * and aborts when a promise is broken:
 *	rows are in order and do not overlap, lie inside the text, are not
 *	empty, and their code-point offsets agree with u8_count();
 *	CURRENCY is three capital letters; AMOUNT is a plain decimal (digits,
 *	at most one point, no leading zero before other digits, no trailing
 *	zero after the point).
 * The first input byte picks the bare-dollar currency; the rest is the
 * text.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/tag-money/money.h"
#include "u8.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

static void
check_amount(const char *a)
{
	size_t n = strlen(a), i, dots = 0;

	CHECK(n > 0);
	for (i = 0; i < n; i++) {
		CHECK((a[i] >= '0' && a[i] <= '9') || a[i] == '.');
		dots += a[i] == '.';
	}
	CHECK(dots <= 1);
	CHECK(!(a[0] == '0' && n > 1 && a[1] != '.'));
	if (dots) {
		CHECK(a[0] != '.' && a[n - 1] != '.' && a[n - 1] != '0');
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct money *m[2];
	const struct money_row *r;
	const char *text;
	size_t n, i, len;
	int which;

	if (m[0] == NULL) {
		m[0] = money_new(NULL);
		m[1] = money_new("HKD");
	}
	if (size == 0)
		return 0;
	which = data[0] & 1;
	text = (const char *)data + 1;
	len = size - 1;
	n = money_scan(m[which], text, len, &r);
	for (i = 0; i < n; i++) {
		CHECK(r[i].bstart < r[i].bend && r[i].bend <= len);
		CHECK(i == 0 || r[i - 1].bend <= r[i].bstart);
		CHECK(r[i].start == u8_count(text, r[i].bstart));
		CHECK(r[i].end == u8_count(text, r[i].bend));
		CHECK(strlen(r[i].cur) == 3);
		CHECK(r[i].cur[0] >= 'A' && r[i].cur[0] <= 'Z');
		check_amount(r[i].amount);
	}
	return 0;
}
