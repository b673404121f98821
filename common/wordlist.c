/*
 * wordlist -- compiled-in word lists and byte-string sets (see wordlist.h).
 */
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "wordlist.h"
#include "xalloc.h"

void
wl_init(struct wl_iter *it, const char *data, size_t len)
{
	it->p = data;
	it->end = data + len;
}

int
wl_next(struct wl_iter *it, const char **line, size_t *len)
{
	const char *s, *e, *nl;

	while (it->p < it->end) {
		s = it->p;
		nl = memchr(s, '\n', (size_t)(it->end - s));
		e = nl ? nl : it->end;
		it->p = nl ? nl + 1 : it->end;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (e == s || *s == '#')
			continue;
		*line = s;
		*len = (size_t)(e - s);
		return 1;
	}
	return 0;
}

int
wl_field(const char *line, size_t len, int i, const char **f, size_t *flen)
{
	const char *p = line, *end = line + len, *t;

	for (;;) {
		t = memchr(p, '\t', (size_t)(end - p));
		if (i == 0) {
			*f = p;
			*flen = (size_t)((t ? t : end) - p);
			return 1;
		}
		if (t == NULL)
			return 0;
		p = t + 1;
		i--;
	}
}

int
wl_field_is(const char *line, size_t len, int i, const char *word)
{
	const char *f;
	size_t n;

	return wl_field(line, len, i, &f, &n) && n == strlen(word) &&
	    memcmp(f, word, n) == 0;
}

/*
 * A 64-bit hash: 8 bytes at a time, multiply-xorshift mixing (in the
 * spirit of wyhash/murmur finalisers).  Not cryptographic; good spread.
 */
uint64_t
hash64(const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t h = 0x9E3779B97F4A7C15ull ^ (n * 0xFF51AFD7ED558CCDull);
	uint64_t k;

	while (n >= 8) {
		k = ascii_word8(p);
		k *= 0xC4CEB9FE1A85EC53ull;
		k ^= k >> 29;
		h = (h ^ k) * 0x9FB21C651E98DF25ull;
		h ^= h >> 32;
		p += 8;
		n -= 8;
	}
	k = 0;
	if (n > 0)
		memcpy(&k, p, n);
	h = (h ^ k ^ n) * 0xC4CEB9FE1A85EC53ull;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDull;
	h ^= h >> 33;
	return h;
}

/* Hash s for the set, folding ASCII case when asked. */
static uint64_t
set_hash(const struct strset *set, const char *s, size_t len)
{
	char buf[256];
	uint64_t h = 0;
	size_t i, chunk;

	if (!set->fold)
		return hash64(s, len);
	/* Fold in chunks so any length works without allocating. */
	while (len > 0) {
		chunk = len < sizeof(buf) ? len : sizeof(buf);
		for (i = 0; i < chunk; i++) {
			unsigned char c = (unsigned char)s[i];

			buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		h = hash64(buf, chunk) ^ (h * 0x9E3779B97F4A7C15ull);
		s += chunk;
		len -= chunk;
	}
	return h;
}

static int
same(const struct strset *set, const char *a, const char *b, size_t len)
{
	size_t i;

	if (!set->fold)
		return memcmp(a, b, len) == 0;
	for (i = 0; i < len; i++) {
		unsigned char x = (unsigned char)a[i], y = (unsigned char)b[i];

		if (x >= 'A' && x <= 'Z')
			x += 32;
		if (y >= 'A' && y <= 'Z')
			y += 32;
		if (x != y)
			return 0;
	}
	return 1;
}

void
strset_init(struct strset *set, int fold)
{
	memset(set, 0, sizeof(*set));
	set->fold = fold;
}

static struct strset_slot *
lookup(const struct strset *set, const char *s, size_t len, uint64_t h)
{
	size_t i, mask = set->cap - 1;
	struct strset_slot *slot;

	for (i = (size_t)h & mask;; i = (i + 1) & mask) {
		slot = &set->slots[i];
		if (slot->s == NULL)
			return slot;
		if (slot->hash == h && slot->len == len &&
		    same(set, slot->s, s, len))
			return slot;
	}
}

static void
rehash(struct strset *set)
{
	struct strset_slot *old = set->slots;
	size_t oldcap = set->cap, i;

	set->cap = oldcap ? oldcap * 2 : 64;
	set->slots = xcalloc(set->cap, sizeof(*set->slots));
	for (i = 0; i < oldcap; i++)
		if (old[i].s != NULL)
			*lookup(set, old[i].s, old[i].len, old[i].hash) = old[i];
	free(old);
}

void
strset_add(struct strset *set, const char *s, size_t len, int val)
{
	struct strset_slot *slot;
	uint64_t h;

	if ((set->n + 1) * 2 > set->cap)
		rehash(set);
	h = set_hash(set, s, len);
	slot = lookup(set, s, len, h);
	if (slot->s == NULL) {
		slot->s = xmemdup(s, len);
		slot->len = len;
		slot->hash = h;
		set->n++;
	}
	slot->val = val;
}

int
strset_get(const struct strset *set, const char *s, size_t len, int *val)
{
	struct strset_slot *slot;

	if (set->n == 0)
		return 0;
	slot = lookup(set, s, len, set_hash(set, s, len));
	if (slot->s == NULL)
		return 0;
	if (val != NULL)
		*val = slot->val;
	return 1;
}

int
strset_has(const struct strset *set, const char *s, size_t len)
{
	return strset_get(set, s, len, NULL);
}

void
strset_free(struct strset *set)
{
	size_t i;

	for (i = 0; i < set->cap; i++)
		free(set->slots[i].s);
	free(set->slots);
	memset(set, 0, sizeof(*set));
}

void
strset_load(struct strset *set, const char *data, size_t len)
{
	struct wl_iter it;
	const char *line, *f;
	size_t n, flen;
	int i = 0;

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n)) {
		wl_field(line, n, 0, &f, &flen);
		strset_add(set, f, flen, i++);
	}
}
