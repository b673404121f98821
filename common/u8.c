/*
 * u8 -- UTF-8 helpers (see u8.h for the invalid-byte policy).
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ascii.h"
#include "u8.h"
#include "xalloc.h"

int
u8_decode(const char *p, const char *end, int32_t *cp)
{
	const unsigned char *s = (const unsigned char *)p;
	size_t avail = (size_t)(end - p);
	unsigned char c = s[0], lo = 0x80, hi = 0xBF;
	int32_t v;
	int n, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2;
		v = c & 0x1F;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		v = c & 0x0F;
		if (c == 0xE0)
			lo = 0xA0;	/* overlong */
		else if (c == 0xED)
			hi = 0x9F;	/* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		v = c & 0x07;
		if (c == 0xF0)
			lo = 0x90;	/* overlong */
		else if (c == 0xF4)
			hi = 0x8F;	/* above U+10FFFF */
	} else {
		*cp = -1;
		return 1;
	}
	if (avail < (size_t)n || s[1] < lo || s[1] > hi) {
		*cp = -1;
		return 1;
	}
	v = (v << 6) | (s[1] & 0x3F);
	for (i = 2; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	*cp = v;
	return n;
}

int
u8_decode_prev(const char *start, const char *p, int32_t *cp)
{
	const char *q;
	int32_t c;
	int k;

	/* Try the longest candidate first: a lead byte up to 3 bytes back. */
	for (k = 2; k <= 4; k++) {
		if (p - start < k)
			break;
		q = p - k;
		if ((((const unsigned char *)q)[0] & 0xC0) == 0x80)
			continue;
		if (u8_decode(q, p, &c) == k) {
			*cp = c;
			return k;
		}
		break;
	}
	c = ((const unsigned char *)p)[-1];
	*cp = c < 0x80 ? c : -1;
	return 1;
}

size_t
u8_count(const char *p, size_t n)
{
	const char *end;
	size_t count = 0;
	int32_t cp;

	if (n == 0)		/* p may be NULL, and NULL + 0 is undefined */
		return 0;
	end = p + n;
	while (p < end) {
		/* Eight ASCII bytes at a time: no byte has its top bit set. */
		while (end - p >= 8) {
			uint64_t w;

			w = ascii_word8(p);
			if (w & ASCII_HIGHS)
				break;
			p += 8;
			count += 8;
		}
		if (p >= end)
			break;
		if ((unsigned char)*p < 0x80) {
			p++;
		} else
			p += u8_decode(p, end, &cp);
		count++;
	}
	return count;
}

int
u8_valid(const char *p, size_t n)
{
	const char *end;
	int32_t cp;

	if (n == 0)
		return 1;
	end = p + n;
	while (p < end) {
		p += u8_decode(p, end, &cp);
		if (cp < 0)
			return 0;
	}
	return 1;
}

void
u8_offsets_init(struct u8_offsets *o, const char *text)
{
	o->text = text;
	o->byte = 0;
	o->cp = 0;
}

size_t
u8_offsets_at(struct u8_offsets *o, size_t byte)
{
	if (byte < o->byte) {
		o->byte = 0;
		o->cp = 0;
	}
	o->cp += u8_count(o->text + o->byte, byte - o->byte);
	o->byte = byte;
	return o->cp;
}

int
u8_encode(int32_t cp, char *buf)
{
	unsigned char *b = (unsigned char *)buf;

	if (cp < 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		cp = 0xFFFD;
	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xC0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xE0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	b[0] = (unsigned char)(0xF0 | (cp >> 18));
	b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	b[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

void
u8_append(char **buf, size_t *len, size_t *cap, int32_t cp)
{
	xgrow((void **)buf, cap, *len + 4, 1);
	*len += (size_t)u8_encode(cp, *buf + *len);
}

char *
u8_fold(const char *p, size_t n, size_t *outlen)
{
	const char *src = p, *end = n ? p + n : p;
	char *repaired = NULL;
	utf8proc_uint8_t *out = NULL;
	utf8proc_ssize_t r;
	int32_t cp;

	if (!u8_valid(p, n)) {
		size_t len = 0, cap = 0;
		const char *q = p;

		while (q < end) {
			int k = u8_decode(q, end, &cp);

			u8_append(&repaired, &len, &cap, cp < 0 ? 0xFFFD : cp);
			q += k;
		}
		src = repaired;
		n = len;
	}
	r = utf8proc_map((const utf8proc_uint8_t *)(src ? src : ""),
	    (utf8proc_ssize_t)n, &out, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
	    UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
	free(repaired);
	if (r < 0) {
		/* Only an out-of-memory error is possible on repaired input. */
		if (r == UTF8PROC_ERROR_NOMEM)
			errx(1, "out of memory");
		free(out);
		*outlen = n;
		return xmemdup(p, n);
	}
	*outlen = (size_t)r;
	return (char *)out;
}
