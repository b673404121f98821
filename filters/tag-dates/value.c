/*
 * value -- owns the TIMEX3 value formatter: dates, weeks, durations
 * (P3D, PT2H30M), written with a fast subset of snprintf().  Reads
 * numbers and units; hands on NUL-terminated values (struct hit's v).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "calendar.h"
#include "dates-int.h"

/*
 * The subset of vsnprintf() the values need: literal text, %s, and %d,
 * %u (with l or ll) with an optional 0 flag and width.  Returns -1,
 * having written nothing useful, on anything else.
 */
static int
fmt_fast(char *dst, size_t cap, const char *fmt, va_list ap)
{
	char *o = dst, *lim = dst + cap - 1, num[24], *p;
	const char *f, *str;
	unsigned long long x;
	int zero, width, prec, lng, neg, len;

	for (f = fmt; *f != '\0'; f++) {
		if (*f != '%') {
			if (o < lim)
				*o++ = *f;
			continue;
		}
		f++;
		zero = width = lng = neg = 0;
		prec = -1;
		if (*f == '0') {
			zero = 1;
			f++;
		}
		while (ascii_isdigit(*f))
			width = width * 10 + (*f++ - '0');
		if (*f == '.') {
			f++;
			prec = 0;
			while (ascii_isdigit(*f))
				prec = prec * 10 + (*f++ - '0');
		}
		while (*f == 'l') {
			lng++;
			f++;
		}
		if (*f == 's' && !zero && lng == 0) {
			str = va_arg(ap, const char *);
			len = prec >= 0 ? (int)strnlen(str, (size_t)prec) :
			    (int)strlen(str);
			for (; width > len; width--)
				if (o < lim)
					*o++ = ' ';
			for (; len > 0 && o < lim; len--)
				*o++ = *str++;
			continue;
		}
		if (prec >= 0)
			return -1;
		if (*f == 'd') {
			long long sv = lng == 0 ? va_arg(ap, int) : lng == 1 ?
			    va_arg(ap, long) : va_arg(ap, long long);

			neg = sv < 0;
			x = neg ? 0ULL - (unsigned long long)sv :
			    (unsigned long long)sv;
		} else if (*f == 'u')
			x = lng == 0 ? va_arg(ap, unsigned) : lng == 1 ?
			    va_arg(ap, unsigned long) :
			    va_arg(ap, unsigned long long);
		else
			return -1;
		p = num + sizeof num;
		do
			*--p = (char)('0' + x % 10);
		while ((x /= 10) != 0);
		len = (int)(num + sizeof num - p) + neg;
		if (!zero)
			for (; width > len; width--)
				if (o < lim)
					*o++ = ' ';
		if (neg && o < lim)
			*o++ = '-';
		if (zero)
			for (; width > len; width--)
				if (o < lim)
					*o++ = '0';
		while (p < num + sizeof num && o < lim)
			*o++ = *p++;
	}
	*o = '\0';
	return 0;
}

void
sfmt(char *dst, size_t cap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	if (fmt_fast(dst, cap, fmt, ap) == -1) {
		va_end(ap);
		va_start(ap, fmt);
		vsnprintf(dst, cap, fmt, ap);
	}
	va_end(ap);
}

void
hset(struct hit *h, int end, int type, const char *fmt, ...)
{
	va_list ap;

	h->end = end;
	h->type = type;
	h->gran = G_OTHER;
	va_start(ap, fmt);
	if (fmt_fast(h->v, sizeof h->v, fmt, ap) == -1) {
		va_end(ap);
		va_start(ap, fmt);
		vsnprintf(h->v, sizeof h->v, fmt, ap);
	}
	va_end(ap);
}

void
fmt_day(char *v, size_t cap, long z)
{
	int y, m, d;

	cal_civil_from_days(z, &y, &m, &d);
	if (y < 0 || y > 9999)
		sfmt(v, cap, "XXXX-XX-XX");
	else
		sfmt(v, cap, "%04d-%02d-%02d", y, m, d);
}

void
fmt_dur(char *v, size_t cap, long n, int half, int unit)
{
	const char *u = "D", *t = "";
	long mul = 1;
	char num[48];

	switch (unit) {
	case U_S: u = "S"; t = "T"; break;
	case U_MI: u = "M"; t = "T"; break;
	case U_H: u = "H"; t = "T"; break;
	case U_D: u = "D"; break;
	case U_W: u = "W"; break;
	case U_FN: u = "W"; mul = 2; break;
	case U_WE: u = "D"; mul = 2; break;
	case U_M: u = "M"; break;
	case U_Q: u = "Q"; break;
	case U_Y: u = "Y"; break;
	case U_DE: u = "Y"; mul = 10; break;
	case U_C: u = "Y"; mul = 100; break;
	case U_ML: u = "Y"; mul = 1000; break;
	}
	if (n < 0) {
		if (unit == U_DE)
			u = "DE";
		else if (unit == U_C)
			u = "C";
		else if (unit == U_Q)
			u = "Q";
		sfmt(v, cap, "P%sX%s", t, u);
		return;
	}
	if (half && unit == U_H && mul == 1) {
		sfmt(v, cap, "PT%ldH30M", n);
		return;
	}
	if (half && unit == U_MI) {
		sfmt(v, cap, "PT%ldM30S", n);
		return;
	}
	if (half && unit == U_Y) {
		sfmt(v, cap, "P%ldY6M", n);
		return;
	}
	if (half && unit == U_D) {
		sfmt(v, cap, "P%ldDT12H", n);
		return;
	}
	/* "P" t number u, the number with ".5" for a half of a unit that
	 * has no smaller one here */
	{
		char *o = num, *p;
		long x = half && mul > 1 ? n * mul + mul / 2 : n * mul;
		unsigned long ux = x < 0 ? 0UL - (unsigned long)x :
		    (unsigned long)x;
		char dig[24];

		*o++ = 'P';
		while (*t != '\0')
			*o++ = *t++;
		if (x < 0)
			*o++ = '-';
		p = dig + sizeof dig;
		do
			*--p = (char)('0' + ux % 10);
		while ((ux /= 10) != 0);
		memcpy(o, p, (size_t)(dig + sizeof dig - p));
		o += dig + sizeof dig - p;
		if (half && mul == 1) {
			*o++ = '.';
			*o++ = '5';
		}
		while (*u != '\0')
			*o++ = *u++;
		*o = '\0';
		sfmt(v, cap, "%s", num);
	}
}
