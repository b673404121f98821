/*
 * rx -- PCRE2 compiled once, JIT-compiled, matched with reused match data.
 *
 * Patterns are compiled with PCRE2_UTF | PCRE2_UCP |
 * PCRE2_MATCH_INVALID_UTF (an invalid byte is a barrier no match
 * crosses; it never fails the whole line).  All patterns share one match
 * context with one large JIT stack and match/depth/heap limits, so no
 * pattern can run away on a long record.  Remember that with UCP, \d and
 * \w match non-ASCII digits and letters: write [0-9] where a number will
 * be parsed.
 */
#ifndef COPYDESK_RX_H
#define COPYDESK_RX_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stddef.h>
#include <stdint.h>

struct rx {
	pcre2_code		*code;
	pcre2_match_data	*md;
	const char		*pattern;
	size_t			 seen;		/* subject bytes interpreted so far */
	size_t			 jit_after;	/* JIT-compile when seen reaches it */
	int			 jit;		/* JIT-compiled (or tried) */
};

/*
 * Patterns are JIT-compiled lazily: once PCRE2 has interpreted as many
 * subject bytes as the compiled pattern has bytes, divided by
 * RX_JIT_DIV (at once on a long subject).  Until then it interprets
 * them, with the same results.
 */
#ifndef RX_JIT_DIV
#define RX_JIT_DIV	2
#endif

/*
 * Compile pattern with the options above plus extra (e.g.
 * PCRE2_CASELESS).  A pattern that does not compile is a programming
 * error: "prog: pattern: message at offset N" and exit 2.
 */
struct rx *rx_compile(const char *pattern, uint32_t extra);
void	 rx_free(struct rx *rx);

/*
 * Match at or after byte offset start of s[0..len).  Returns 1 and sets
 * the match's byte offsets [*ms, *me), 0 for no match, or -1 when a
 * resource limit was hit (warned once per process; callers treat it as
 * no match and the program exits 1 at the end: see rx_failed()).
 */
int	 rx_match(struct rx *rx, const char *s, size_t len, size_t start,
	    size_t *ms, size_t *me);

/* Byte offsets of capture group i of the last match: -1 when unset. */
void	 rx_group(const struct rx *rx, int i, ptrdiff_t *gs, ptrdiff_t *ge);

/*
 * A global-match iterator (the pcre2demo loop of 10.42): it moves past an
 * empty match by retrying with NOTEMPTY_ATSTART|ANCHORED, then by one
 * whole UTF-8 character.
 *
 *	struct rx_iter it;
 *	rx_iter_init(&it, rx, s, len);
 *	while (rx_next(&it, &ms, &me) == 1) ...
 */
struct rx_iter {
	struct rx	*rx;
	const char	*s;
	size_t		 len;
	size_t		 pos;
	int		 last_empty;
	int		 done;
};
void	 rx_iter_init(struct rx_iter *it, struct rx *rx, const char *s,
	    size_t len);
int	 rx_next(struct rx_iter *it, size_t *ms, size_t *me);

/* Has any match hit a resource limit?  (For the exit status.) */
int	 rx_failed(void);

/* Free the shared match context and JIT stack (at exit, for LSan). */
void	 rx_cleanup(void);

#endif
