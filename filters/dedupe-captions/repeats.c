/*
 * repeats -- the repeat finder (see repeats.h).  Reads keys (key.h) and
 * the lines of the document as the driver set them up; keeps the key
 * sets in struct dedupe: the document's caption keys and prefixes, and
 * (--scope=stream) the keys seen so far.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dedupe.h"
#include "u8.h"
#include "xalloc.h"

/* -------------------------------------------------------------------- */
/* Hash sets */

void
hset_clear(struct hset *h)
{
	if (h->cap > 1024 && h->n < h->cap / 16) {
		free(h->v);
		h->v = NULL;
		h->cap = 0;
	} else if (h->v != NULL)
		memset(h->v, 0, h->cap * sizeof(*h->v));
	h->n = 0;
}


void
hset_add(struct hset *h, uint64_t k)
{
	size_t i;

	if (k == 0)
		k = 1;
	if ((h->n + 1) * 2 > h->cap) {
		struct hset g;
		size_t j;

		g.cap = h->cap ? h->cap * 2 : 64;
		g.v = xcalloc(g.cap, sizeof(*g.v));
		g.n = 0;
		for (j = 0; j < h->cap; j++)
			if (h->v[j] != 0) {
				for (i = h->v[j] & (g.cap - 1); g.v[i] != 0;
				    i = (i + 1) & (g.cap - 1))
					;
				g.v[i] = h->v[j];
				g.n++;
			}
		free(h->v);
		*h = g;
	}
	for (i = k & (h->cap - 1); h->v[i] != 0; i = (i + 1) & (h->cap - 1))
		if (h->v[i] == k)
			return;
	h->v[i] = k;
	h->n++;
}

/* -------------------------------------------------------------------- */
/* Keys of a document */


/*
 * Does hay[0..hn) contain pat[0..pn)?  Rabin-Karp: linear unless hashes
 * collide (memmem(3) is a GNU extension).
 */
static int
contains(const char *hay, size_t hn, const char *pat, size_t pn)
{
	const uint64_t B = 0x100000001B3ull;
	uint64_t hp = 0, hh = 0, pw = 1;
	size_t i;

	if (pn == 0)
		return 1;
	if (pn > hn)
		return 0;
	for (i = 0; i < pn; i++) {
		hp = hp * B + (unsigned char)pat[i];
		hh = hh * B + (unsigned char)hay[i];
		if (i > 0)
			pw *= B;
	}
	for (i = 0; ; i++) {
		if (hh == hp && memcmp(hay + i, pat, pn) == 0)
			return 1;
		if (i + pn >= hn)
			return 0;
		hh = (hh - pw * (unsigned char)hay[i]) * B +
		    (unsigned char)hay[i + pn];
	}
}

/* Is line i (with -a) a pull quote: part of a longer paragraph nearby? */
int
pull_quote(const struct dedupe *d, size_t i, size_t n)
{
	const struct dline *L = d->lines;
	size_t j, lo, hi;

	if (L[i].klen < PQ_MIN || L[i].klen > PQ_MAX)
		return 0;
	lo = i > PQ_WINDOW ? i - PQ_WINDOW : 0;
	hi = i + PQ_WINDOW < n ? i + PQ_WINDOW + 1 : n;
	for (j = lo; j < hi; j++) {
		if (j == i || L[j].caption || L[j].klen < L[i].klen + PQ_LONGER ||
		    L[j].klen > PQ_PARA_MAX)
			continue;
		if (contains(d->arena + L[j].koff, L[j].klen,
		    d->arena + L[i].koff, L[i].klen))
			return 1;
	}
	return 0;
}

/* FNV-1a, extended one byte at a time (for prefix hashes). */
#define FNV_START	0xCBF29CE484222325ull
#define FNV_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 0x100000001B3ull)

/* Insert the hash of every prefix of key of PFX_MIN bytes or more. */
void
add_prefixes(struct hset *set, const char *key, size_t klen)
{
	uint64_t h = FNV_START;
	size_t i;

	for (i = 0; i < klen; i++) {
		h = FNV_STEP(h, key[i]);
		if (i + 1 >= PFX_MIN)
			hset_add(set, h);
	}
}

/*
 * Take a truncation mark off the end of a key: "...", "more", "less",
 * "read more" (gallery captions cut short, "show less" toggles).
 * Returns the length left and sets *marked; the rest is trimmed.
 */
static size_t
untruncate(const char *key, size_t klen, int *marked)
{
	static const char *const marks[] = { "...", "read more", "see more",
	    "show more", "show less", "more", "less", NULL };
	size_t n = klen, ml;
	int i, again = 1, rounds = 0;

	*marked = 0;
	while (again && rounds++ < 3) {
		again = 0;
		while (n > 0 && (key[n - 1] == ' ' || key[n - 1] == '.' ||
		    key[n - 1] == ',' || key[n - 1] == '\'' || key[n - 1] == ':'))
			if (key[--n] == '.' && n >= 2 && key[n - 1] == '.' &&
			    key[n - 2] == '.')
				*marked = again = 1;
		for (i = 0; marks[i] != NULL; i++) {
			ml = strlen(marks[i]);
			if (n >= ml && memcmp(key + n - ml, marks[i], ml) == 0 &&
			    (n == ml || key[n - ml - 1] == ' ' ||
			    key[n - ml - 1] == '.')) {
				n -= ml;
				*marked = again = 1;
				break;
			}
		}
	}
	return n;
}

/* Record a line's key (and, with -a, keep its bytes for pull quotes). */
void
set_key(struct dedupe *d, struct dline *l, const char *key, size_t klen)
{
	uint64_t h = FNV_START;
	size_t i;

	for (i = 0; i < klen && i < PFX_MIN; i++)
		h = FNV_STEP(h, key[i]);
	l->p30 = h;
	l->p8 = 0;
	if (klen >= ALT_MIN)
		memcpy(&l->p8, key, ALT_MIN);
	l->klen = klen;
	l->key = klen ? hash64(key, klen) : 0;
	if (d->o.any_line) {
		xgrow((void **)&d->arena, &d->acap, d->alen + klen + 1, 1);
		memcpy(d->arena + d->alen, key, klen);
		l->koff = d->alen;
		d->alen += klen;
	}
}

/*
 * Is a caption next to line i (the nearest non-blank line before or
 * after it) dropped as a repeat?
 */
int
next_to_repeat(const struct dline *L, const struct dc_verdict *v, size_t i,
    size_t n)
{
	size_t j;

	for (j = i; j > 0 && L[j - 1].blank; j--)
		;
	if (j > 0 && L[j - 1].caption && !L[j - 1].credit && v[j - 1].drop)
		return 1;
	for (j = i + 1; j < n && L[j].blank; j++)
		;
	return j < n && L[j].caption && !L[j].credit && v[j].drop;
}

/* Add the key of line i to the caption keys of the document. */
void
add_doccap(struct dedupe *d, const struct dline *l)
{
	hset_add(&d->doccap, l->key);
	hset_add(&d->docp30, l->p30);
	if (l->klen >= ALT_MIN)
		hset_add(&d->docp8, l->p8);
	d->p30lens |= 1ull << (l->klen < PFX_MIN ? l->klen : PFX_MIN);
}

/*
 * Could the key of s[0..n) be that of a caption of the document, or a
 * truncated copy of one?  Such a key is a whole caption key shorter
 * than PFX_MIN bytes, or it starts with the first PFX_MIN bytes of one
 * (a truncated copy keeps at least PFX_MIN); and either way its
 * first ALT_MIN bytes are those of a caption key.  So only the first
 * ALT_MIN, then PFX_MIN bytes of the key are built and looked up: most
 * lines of a document are long paragraphs, done with here without their
 * whole key.
 */
int
could_match(struct dedupe *d, const char *s, size_t n)
{
	struct kbuild k = { s, n, 0, 0, 0 };
	size_t st = 0, m, j;
	uint64_t h = FNV_START, p8 = 0;

	for (;;) {
		key_more(&d->keys, &k, st + ALT_MIN);
		st = key_start(&d->keys, st, k.len);
		if (k.len >= st + ALT_MIN || k.i >= n)
			break;
	}
	if (k.len < st + ALT_MIN)
		return 0;		/* a key shorter than ALT_MIN */
	memcpy(&p8, d->keys.kbuf + st, ALT_MIN);
	if (!hset_has(&d->docp8, p8))
		return 0;
	for (;;) {
		key_more(&d->keys, &k, st + PFX_MIN);
		st = key_start(&d->keys, st, k.len);
		if (k.len >= st + PFX_MIN || k.i >= n)
			break;
	}
	m = k.len - st < PFX_MIN ? k.len - st : PFX_MIN;
	for (j = 0; j < m; j++) {
		h = FNV_STEP(h, d->keys.kbuf[st + j]);
		if ((d->p30lens >> (j + 1) & 1) && hset_has(&d->docp30, h))
			return 1;
	}
	return 0;
}

/* The key of a line that is not caption-shaped, and its truncation. */
void
line_key(struct dedupe *d, struct dline *l, const char *s, size_t n)
{
	const char *key;
	size_t klen, tl, j;
	int marked;
	uint64_t h = FNV_START;

	klen = dc_key(d, s, n, &key);
	set_key(d, l, key, klen);
	if (klen < ALT_MIN)
		return;
	tl = untruncate(key, klen, &marked);
	if (marked && tl >= PFX_MIN) {
		for (j = 0; j < tl; j++)
			h = FNV_STEP(h, key[j]);
		l->trunc = 1;
		l->tkey = h;
	}
}

