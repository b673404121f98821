/*
 * lists -- the engine's word lists as case-folding sets that reject
 * most words before hashing them: every word of a byline and every
 * token of a dateline is looked up, and most are in no list.  A table
 * by first byte (ASCII case folded, as the sets compare) holds a bit
 * for each length an entry starting with that byte has (63: 63 bytes
 * or more); a word whose bit is clear is in no entry.  byline.c and
 * dateline.c keep their lists here.
 */
#include <string.h>

#include "meta.h"
#include "ascii.h"

static uint64_t
len_bit(size_t n)
{
	return (uint64_t)1 << (n < 63 ? n : 63);
}

void
meta_list_init(struct meta_list *l)
{
	memset(l->lens, 0, sizeof(l->lens));
	strset_init(&l->set, 1);
}

void
meta_list_add(struct meta_list *l, const char *s, size_t n, int val)
{
	strset_add(&l->set, s, n, val);
	if (n > 0)
		l->lens[ascii_lower((unsigned char)s[0])] |= len_bit(n);
}

int
meta_list_get(const struct meta_list *l, const char *s, size_t n, int *val)
{
	if (n > 0 && !(l->lens[ascii_lower((unsigned char)s[0])] & len_bit(n)))
		return 0;
	return strset_get(&l->set, s, n, val);
}
