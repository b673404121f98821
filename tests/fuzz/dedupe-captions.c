/*
 * fuzz/dedupe-captions -- libFuzzer harness for the dedupe-captions
 * engine.  The input is split into lines (one document); the first byte
 * picks the options (mode, scope, -a).  Besides memory safety it checks
 * the engine's promises and aborts when one is broken:
 *
 *	dc_detect	the caption proper [ks, ke) lies within the line
 *	dc_key		the key is no longer than needed (bounded), holds
 *			no TAB/LF, and keying the key gives it back
 *	dc_judge	with --mark nothing is dropped; by default a line
 *			that is not a caption is never dropped; the first
 *			copy of a caption is kept; judging is deterministic
 *			in document scope
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/dedupe-captions/captions.h"
#include "xalloc.h"

int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do {						\
	if (!(cond)) {							\
		fprintf(stderr, "%s:%d: check failed: %s\n",		\
		    __FILE__, __LINE__, #cond);				\
		abort();						\
	}								\
} while (0)

static struct dedupe *engines[3][2][2];
static unsigned long uses[3][2][2];

/*
 * The engine for these options, made on first use.  A --scope=stream
 * engine keeps every key it has seen, so it carries state from input to
 * input, as it should; it is made afresh every 4096 inputs, or its set
 * of keys would grow through a run of millions and hit the RSS limit.
 */
static struct dedupe *
engine(int mode, int scope, int anyline)
{
	if (scope == DC_SCOPE_STREAM && engines[mode][scope][anyline] != NULL &&
	    ++uses[mode][scope][anyline] % 4096 == 0) {
		dc_free(engines[mode][scope][anyline]);
		engines[mode][scope][anyline] = NULL;
	}
	if (engines[mode][scope][anyline] == NULL) {
		struct dc_opts o;

		o.mode = mode;
		o.scope = scope;
		o.any_line = anyline;
		engines[mode][scope][anyline] = dc_new(&o);
	}
	return engines[mode][scope][anyline];
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct dc_text *t;
	struct dc_verdict *v, *v2;
	struct dedupe *d;
	size_t n = 0, i, start, ks, ke, klen, klen2;
	const char *key;
	char *copy;
	int mode, scope, anyline;

	if (size == 0)
		return 0;
	mode = data[0] % 3;
	scope = (data[0] >> 2) & 1;
	anyline = (data[0] >> 3) & 1;
	s++;
	size--;
	d = engine(mode, scope, anyline);

	/* One slot per line (sized by the LFs, not the bytes: fewer pages). */
	for (start = 1, i = 0; i < size; i++)
		start += s[i] == '\n';
	t = xcalloc(start, sizeof(*t));
	for (start = 0, i = 0; i <= size; i++)
		if (i == size || s[i] == '\n') {
			if (i == size && start == size && n > 0)
				break;
			t[n].p = s + start;
			t[n].n = i - start;
			n++;
			start = i + 1;
		}
	for (i = 0; i < n; i++) {
		if (dc_detect(d, t[i].p, t[i].n, &ks, &ke))
			CHECK(ks <= ke && ke <= t[i].n);
		klen = dc_key(d, t[i].p, t[i].n, &key);
		CHECK(memchr(key, '\t', klen) == NULL);
		CHECK(memchr(key, '\n', klen) == NULL);
		copy = xmemdup(key, klen);
		klen2 = dc_key(d, copy, klen, &key);
		CHECK(klen2 == klen && memcmp(key, copy, klen) == 0);
		free(copy);
	}
	v = xcalloc(n, sizeof(*v));
	v2 = xcalloc(n, sizeof(*v2));
	dc_judge(d, t, n, v);
	for (i = 0; i < n; i++) {
		CHECK(v[i].reason <= DC_R_PULL_QUOTE);
		if (mode == DC_KEEP_ALL)
			CHECK(!v[i].drop);
		if (mode == DC_DROP_REPEATS && !anyline && !v[i].caption)
			CHECK(!v[i].drop);
		if (v[i].drop && mode != DC_DROP_ALL)
			CHECK(v[i].reason != DC_R_TEXT &&
			    v[i].reason != DC_R_CAPTION);
	}
	if (scope == DC_SCOPE_DOC) {
		dc_judge(d, t, n, v2);
		for (i = 0; i < n; i++)
			CHECK(v[i].drop == v2[i].drop &&
			    v[i].caption == v2[i].caption &&
			    v[i].reason == v2[i].reason);
	}
	free(v);
	free(v2);
	free(t);
	return 0;
}
