/*
 * decimal -- exact decimal arithmetic for amounts (struct dec: up to
 * DEC_MAX digits times a power of ten, so 1.07 trillion is 107e10), and
 * the AMOUNT column: dec_format() writes the plain decimal of a row.
 * Reads nothing but its arguments; dec_push() is inline in engine.h.
 */
#include <string.h>

#include "engine.h"

void
dec_norm(struct dec *x)
{
	int i = 0;

	while (i < x->n && x->d[i] == 0)
		i++;
	if (i > 0) {
		memmove(x->d, x->d + i, (size_t)(x->n - i));
		x->n -= i;
	}
	while (x->n > 0 && x->d[x->n - 1] == 0) {
		x->n--;
		x->exp++;
	}
	if (x->n == 0)
		x->exp = 0;
}

void
dec_from_u64(struct dec *x, unsigned long long v)
{
	unsigned char buf[24];
	int k = 0;

	x->n = 0;
	x->exp = 0;
	while (v > 0) {
		buf[k++] = (unsigned char)(v % 10);
		v /= 10;
	}
	while (k > 0)
		x->d[x->n++] = buf[--k];
	dec_norm(x);
}

int
dec_add(struct dec *a, const struct dec *b)
{
	unsigned char r[DEC_MAX + 2];
	int e, la, lb, L, i, pos, carry = 0, v;

	if (b->n == 0)
		return 0;
	if (a->n == 0) {
		*a = *b;
		return 0;
	}
	e = a->exp < b->exp ? a->exp : b->exp;
	la = a->n + a->exp - e;
	lb = b->n + b->exp - e;
	L = (la > lb ? la : lb) + 1;
	if (L > DEC_MAX + 1)
		return -1;
	memset(r, 0, sizeof(r));
	for (i = 0; i < a->n; i++) {
		pos = (a->n - 1 - i) + (a->exp - e);
		r[L - 1 - pos] += a->d[i];
	}
	for (i = 0; i < b->n; i++) {
		pos = (b->n - 1 - i) + (b->exp - e);
		r[L - 1 - pos] += b->d[i];
	}
	for (i = L - 1; i >= 0; i--) {
		v = r[i] + carry;
		r[i] = (unsigned char)(v % 10);
		carry = v / 10;
	}
	i = 0;
	while (i < L && r[i] == 0)
		i++;
	while (L > i && r[L - 1] == 0) {
		L--;
		e++;
	}
	if (L - i > DEC_MAX)
		return -1;
	memcpy(a->d, r + i, (size_t)(L - i));
	a->n = L - i;
	a->exp = e;
	dec_norm(a);
	return 0;
}

/* Compare the values of two normalised decimals: -1, 0 or 1. */
int
dec_cmp(const struct dec *a, const struct dec *b)
{
	int ma, mb, i, da, db;

	if (a->n == 0 || b->n == 0)
		return (a->n != 0) - (b->n != 0);
	ma = a->n + a->exp;
	mb = b->n + b->exp;
	if (ma != mb)
		return ma < mb ? -1 : 1;
	for (i = 0; i < a->n || i < b->n; i++) {
		da = i < a->n ? a->d[i] : 0;
		db = i < b->n ? b->d[i] : 0;
		if (da != db)
			return da < db ? -1 : 1;
	}
	return 0;
}

/* Format as a plain decimal.  -1 when it does not fit. */
int
dec_format(const struct dec *x, char *buf, size_t size)
{
	size_t k = 0;
	int i, intlen;

	if (x->n == 0) {
		if (size < 2)
			return -1;
		memcpy(buf, "0", 2);
		return 0;
	}
	if (x->exp > 45 || x->exp < -45 || (size_t)x->n + 48 > size)
		return -1;
	if (x->exp >= 0) {
		for (i = 0; i < x->n; i++)
			buf[k++] = (char)('0' + x->d[i]);
		for (i = 0; i < x->exp; i++)
			buf[k++] = '0';
	} else {
		intlen = x->n + x->exp;
		if (intlen > 0) {
			for (i = 0; i < intlen; i++)
				buf[k++] = (char)('0' + x->d[i]);
			buf[k++] = '.';
			for (; i < x->n; i++)
				buf[k++] = (char)('0' + x->d[i]);
		} else {
			buf[k++] = '0';
			buf[k++] = '.';
			for (i = 0; i < -intlen; i++)
				buf[k++] = '0';
			for (i = 0; i < x->n; i++)
				buf[k++] = (char)('0' + x->d[i]);
		}
	}
	buf[k] = '\0';
	return 0;
}
