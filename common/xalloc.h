/*
 * xalloc -- allocators that never return NULL.
 *
 * On failure they print "prog: out of memory" and exit 1 (DESIGN §3:
 * a resource limit is a runtime error).  Sizes are checked for overflow.
 */
#ifndef COPYDESK_XALLOC_H
#define COPYDESK_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t n);
void	*xcalloc(size_t nmemb, size_t size);
void	*xrealloc(void *p, size_t n);
/* xreallocarray: realloc to nmemb * size bytes, failing on overflow. */
void	*xreallocarray(void *p, size_t nmemb, size_t size);
char	*xstrdup(const char *s);
/* xmemdup: a malloc'd copy of n bytes, NUL-terminated for convenience. */
char	*xmemdup(const void *p, size_t n);

/*
 * Grow *buf (capacity *cap elements of size elsize) so that it holds at
 * least need elements; capacity at least doubles, so appends are O(1)
 * amortised.
 */
void	 xgrow(void **buf, size_t *cap, size_t need, size_t elsize);

#endif
