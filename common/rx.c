/*
 * rx -- PCRE2 helpers (see rx.h).
 *
 * One match context for the process carries the JIT stack and the
 * limits.  The JIT stack may grow to 64 MB: scraped articles are often one
 * long line, and the default 32 KB fails on a 200 KB line with a simple
 * repeated group.  The match and depth limits stop a runaway pattern
 * (catastrophic backtracking) with an error instead of a hang.
 */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include "rx.h"
#include "xalloc.h"

#define JIT_STACK_START	(32 * 1024)
#define JIT_STACK_MAX	(64 * 1024 * 1024)
#define MATCH_LIMIT	50000000u
#define DEPTH_LIMIT	1000000u
#define HEAP_LIMIT	(256u * 1024)	/* in kibibytes: 256 MB */
/*
 * A pattern is JIT-compiled once the interpreter has been given
 * jit_after subject bytes (the compiled pattern's size / RX_JIT_DIV), or
 * at once for a subject of JIT_LONG bytes or more.  JIT-compiling costs
 * some 700 instructions per byte of compiled pattern (dedupe-captions'
 * patterns, which hold the list of agency names, are 1-5 KB: 0.6 to 4
 * million instructions each), and saves some 300 per subject byte
 * matched: a process that reads one article (a corpus build runs one per
 * article) seldom needs it, and a long input pays it once, early.  Long
 * subjects always get the JIT (its stack, not the interpreter's heap
 * frames).
 */
#define JIT_LONG	4096

static pcre2_match_context	*mctx;
static pcre2_jit_stack		*jstack;
static int			 failed;

static void
context_init(void)
{
	if (mctx != NULL)
		return;
	if ((mctx = pcre2_match_context_create(NULL)) == NULL)
		errx(1, "out of memory");
	pcre2_set_match_limit(mctx, MATCH_LIMIT);
	pcre2_set_depth_limit(mctx, DEPTH_LIMIT);
	pcre2_set_heap_limit(mctx, HEAP_LIMIT);
	jstack = pcre2_jit_stack_create(JIT_STACK_START, JIT_STACK_MAX, NULL);
	if (jstack != NULL)
		pcre2_jit_stack_assign(mctx, NULL, jstack);
}

struct rx *
rx_compile(const char *pattern, uint32_t extra)
{
	struct rx *rx;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];
	size_t size;
	int code;

	context_init();
	rx = xcalloc(1, sizeof(*rx));
	rx->pattern = pattern;
	rx->code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
	    PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | extra, &code, &off,
	    NULL);
	if (rx->code == NULL) {
		pcre2_get_error_message(code, msg, sizeof(msg));
		errx(2, "pattern: %s at offset %zu: %s", (char *)msg, (size_t)off,
		    pattern);
	}
	rx->md = pcre2_match_data_create_from_pattern(rx->code, NULL);
	if (rx->md == NULL)
		errx(1, "out of memory");
	if (pcre2_pattern_info(rx->code, PCRE2_INFO_SIZE, &size) != 0)
		size = 0;
	rx->jit_after = size / RX_JIT_DIV;
	return rx;
}

void
rx_free(struct rx *rx)
{
	if (rx == NULL)
		return;
	pcre2_match_data_free(rx->md);
	pcre2_code_free(rx->code);
	free(rx);
}

/*
 * JIT-compile rx when its time has come (see above).  Without JIT
 * (unsupported CPU, no executable memory) PCRE2 goes on interpreting.
 */
static void
maybe_jit(struct rx *rx, size_t n)
{
	if (rx->jit)
		return;
	if ((rx->seen += n) >= rx->jit_after || n >= JIT_LONG) {
		(void)pcre2_jit_compile(rx->code, PCRE2_JIT_COMPLETE);
		rx->jit = 1;
	}
}

/* Run one match; map errors to 1 / 0 / -1 as rx_match() documents. */
static int
run(struct rx *rx, const char *s, size_t len, size_t start, uint32_t opts)
{
	int rc;

	maybe_jit(rx, len - start);
	rc = pcre2_match(rx->code, (PCRE2_SPTR)s, len, start, opts, rx->md,
	    mctx);
	if (rc >= 0)
		return 1;
	if (rc == PCRE2_ERROR_NOMATCH || rc == PCRE2_ERROR_PARTIAL)
		return 0;
	if (!failed) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(rc, msg, sizeof(msg));
		warnx("pattern matching gave up on a record: %s", (char *)msg);
	}
	failed = 1;
	return -1;
}

int
rx_match(struct rx *rx, const char *s, size_t len, size_t start,
    size_t *ms, size_t *me)
{
	PCRE2_SIZE *ov;
	int rc;

	if (start > len)
		return 0;
	if ((rc = run(rx, s, len, start, 0)) != 1)
		return rc;
	ov = pcre2_get_ovector_pointer(rx->md);
	*ms = ov[0];
	*me = ov[1];
	return 1;
}

void
rx_group(const struct rx *rx, int i, ptrdiff_t *gs, ptrdiff_t *ge)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);

	if ((uint32_t)i >= pcre2_get_ovector_count(rx->md) ||
	    ov[2 * i] == PCRE2_UNSET) {
		*gs = *ge = -1;
		return;
	}
	*gs = (ptrdiff_t)ov[2 * i];
	*ge = (ptrdiff_t)ov[2 * i + 1];
}

void
rx_iter_init(struct rx_iter *it, struct rx *rx, const char *s, size_t len)
{
	it->rx = rx;
	it->s = s;
	it->len = len;
	it->pos = 0;
	it->last_empty = 0;
	it->done = 0;
}

/* Step over one whole UTF-8 character (or one invalid byte) at it->pos. */
static void
advance_char(struct rx_iter *it)
{
	const unsigned char *s = (const unsigned char *)it->s;

	it->pos++;
	while (it->pos < it->len && (s[it->pos] & 0xC0) == 0x80)
		it->pos++;
}

int
rx_next(struct rx_iter *it, size_t *ms, size_t *me)
{
	PCRE2_SIZE *ov;
	int rc;

	while (!it->done) {
		if (it->pos > it->len) {
			it->done = 1;
			break;
		}
		if (it->last_empty) {
			/* After an empty match, first look for a non-empty one here. */
			rc = run(it->rx, it->s, it->len, it->pos,
			    PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED);
			it->last_empty = 0;
			if (rc == -1) {
				it->done = 1;
				return -1;
			}
			if (rc == 0) {
				if (it->pos >= it->len) {
					it->done = 1;
					break;
				}
				advance_char(it);
				continue;
			}
		} else {
			rc = run(it->rx, it->s, it->len, it->pos, 0);
			if (rc != 1) {
				it->done = 1;
				return rc;
			}
		}
		ov = pcre2_get_ovector_pointer(it->rx->md);
		*ms = ov[0];
		*me = ov[1];
		if (*me < *ms) {
			/* \K in a lookaround can end a match before it starts. */
			it->done = 1;
			return 0;
		}
		it->pos = *me;
		it->last_empty = (*ms == *me);
		return 1;
	}
	return 0;
}

int
rx_failed(void)
{
	return failed;
}

void
rx_cleanup(void)
{
	if (mctx != NULL)
		pcre2_match_context_free(mctx);
	if (jstack != NULL)
		pcre2_jit_stack_free(jstack);
	mctx = NULL;
	jstack = NULL;
}
