/*
 * captions -- the driver of the dedupe-captions engine (see captions.h,
 * and dedupe.h for the stages).  Reads the texts of one document; asks
 * the detector for each line's shape, the normaliser for keys and the
 * repeat finder for what was seen; hands back a verdict per line.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dedupe.h"
#include "xalloc.h"

struct dedupe *
dc_new(const struct dc_opts *opts)
{
	struct dedupe *d = xcalloc(1, sizeof(*d));

	d->o = *opts;
	lex_init(&d->lex);
	return d;
}

void
dc_free(struct dedupe *d)
{
	if (d == NULL)
		return;
	lex_free(&d->lex);
	keys_free(&d->keys);
	free(d->seen.v);
	free(d->seenline.v);
	free(d->doccap.v);
	free(d->docpfx.v);
	free(d->docp30.v);
	free(d->docp8.v);
	free(d->lines);
	free(d->arena);
	free(d);
}

const char *
dc_reason_name(int reason)
{
	switch (reason) {
	case DC_R_CAPTION:	return "caption";
	case DC_R_REPEAT:	return "repeat";
	case DC_R_ALT_TEXT:	return "alt-text";
	case DC_R_REPEAT_LINE:	return "repeat-line";
	case DC_R_PULL_QUOTE:	return "pull-quote";
	default:		return "text";
	}
}

static int
is_blank(const char *s, size_t n)
{
	return blanks_fwd(s, 0, n) == n;
}

void
dc_judge(struct dedupe *d, const struct dc_text *t, size_t n,
    struct dc_verdict *v)
{
	struct dline *L;
	const char *key;
	size_t i, j, k, ks, ke, klen;
	int anyline = d->o.any_line, keys, filter;

	xgrow((void **)&d->lines, &d->lcap, n ? n : 1, sizeof(*d->lines));
	L = d->lines;
	d->alen = 0;
	hset_clear(&d->doccap);
	hset_clear(&d->docpfx);
	hset_clear(&d->docp30);
	hset_clear(&d->docp8);
	d->p30lens = 0;

	/* Shapes, and the keys of the captions. */
	for (i = 0; i < n; i++) {
		L[i].shape = (unsigned char)dc_detect(d, t[i].p, t[i].n, &ks, &ke);
		L[i].caption = L[i].shape;
		L[i].credit = L[i].trunc = L[i].copy = L[i].near = 0;
		L[i].blank = is_blank(t[i].p, t[i].n);
		L[i].klen = 0;
		L[i].key = 0;
		if (!L[i].shape)
			continue;
		klen = dc_key(d, t[i].p + ks, ke - ks, &key);
		if (klen == 0) {			/* only a credit */
			klen = dc_key(d, t[i].p, t[i].n, &key);
			L[i].credit = 1;
		}
		set_key(d, &L[i], key, klen);
		if (klen > 0) {
			add_doccap(d, &L[i]);
			if (!L[i].credit)
				add_prefixes(&d->docpfx, key, klen);
		}
	}
	/* The two non-blank lines either side of each credit line. */
	for (i = 0; i < n; i++) {
		if (!L[i].credit)
			continue;
		for (j = i, k = 0; j > 0 && k < 2; j--)
			if (!L[j - 1].blank) {
				L[j - 1].near = 1;
				k++;
			}
		for (j = i + 1, k = 0; j < n && k < 2; j++)
			if (!L[j].blank) {
				L[j].near = 1;
				k++;
			}
	}
	/*
	 * The keys of the other lines, when something can match them: a
	 * caption of the document or of the stream, or -a.  A line much
	 * longer than any caption cannot be its alt-text copy.  The lines
	 * next to a credit line come first: two equal ones ("X", "X",
	 * "Getty Images": the figure caption and its alt text) are a
	 * caption too.  Then, when only the captions of this document can
	 * match, a line gets its whole key only if could_match().
	 */
	keys = anyline || d->doccap.n > 0 ||
	    (d->o.scope == DC_SCOPE_STREAM && d->seen.n > 0);
	filter = !anyline && d->o.scope == DC_SCOPE_DOC;
	for (i = 0; keys && i < n; i++)
		if (L[i].near && !L[i].shape && !L[i].blank &&
		    (anyline || t[i].n <= 4 * CAP_MAX))
			line_key(d, &L[i], t[i].p, t[i].n);
	for (i = 0; i < n; i++) {
		size_t p[2], q[2];

		if (!L[i].credit)
			continue;
		for (j = i, k = 0; j > 0 && k < 2; j--)
			if (!L[j - 1].blank)
				p[k++] = j - 1;
		if (k == 2 && near_pair(L, p[0], p[1]))
			add_doccap(d, &L[p[0]]);
		for (j = i + 1, k = 0; j < n && k < 2; j++)
			if (!L[j].blank)
				q[k++] = j;
		if (k == 2 && near_pair(L, q[0], q[1]))
			add_doccap(d, &L[q[0]]);
	}
	for (i = 0; keys && i < n; i++)
		if (!L[i].near && !L[i].shape && !L[i].blank &&
		    (anyline || t[i].n <= 4 * CAP_MAX) &&
		    (!filter || could_match(d, t[i].p, t[i].n)))
			line_key(d, &L[i], t[i].p, t[i].n);
	/* A line without credit equal to a caption is its alt-text copy. */
	for (i = 0; i < n; i++) {
		if (L[i].shape || L[i].klen < ALT_MIN)
			continue;
		if (hset_has(&d->doccap, L[i].key) ||
		    (d->o.scope == DC_SCOPE_STREAM && hset_has(&d->seen, L[i].key)))
			L[i].caption = 1;
		else if (L[i].trunc && hset_has(&d->docpfx, L[i].tkey))
			L[i].caption = L[i].copy = 1;
	}
	/* Verdicts, in order. */
	for (i = 0; i < n; i++) {
		v[i].caption = L[i].caption;
		v[i].drop = 0;
		v[i].reason = DC_R_TEXT;
		if (L[i].credit)
			v[i].reason = DC_R_CAPTION;	/* decided below */
		else if (L[i].caption) {
			v[i].reason = L[i].shape ? DC_R_CAPTION : DC_R_ALT_TEXT;
			if (d->o.mode == DC_DROP_ALL || L[i].copy)
				v[i].drop = 1;
			else if (L[i].klen == 0)
				;	/* nothing to compare */
			else if (hset_has(&d->seen, L[i].key)) {
				v[i].drop = 1;
				if (L[i].shape)
					v[i].reason = DC_R_REPEAT;
			} else
				hset_add(&d->seen, L[i].key);
		} else if (anyline && L[i].klen > 0) {
			if (hset_has(&d->seenline, L[i].key)) {
				v[i].drop = 1;
				v[i].reason = DC_R_REPEAT_LINE;
			} else if (pull_quote(d, i, n)) {
				v[i].drop = 1;
				v[i].reason = DC_R_PULL_QUOTE;
			} else
				hset_add(&d->seenline, L[i].key);
		}
	}
	/*
	 * A line that is only a credit ("Getty Images") goes when the same
	 * credit was seen before and the caption next to it goes: two
	 * different photos from Getty Images keep their credits.
	 */
	for (i = 0; i < n; i++) {
		uint64_t ck = L[i].key ^ CREDIT_SALT;

		if (!L[i].credit)
			continue;
		if (d->o.mode == DC_DROP_ALL)
			v[i].drop = 1;
		else if (L[i].klen == 0)
			;
		else if (hset_has(&d->seen, ck)) {
			if (next_to_repeat(L, v, i, n)) {
				v[i].drop = 1;
				v[i].reason = DC_R_REPEAT;
			}
		} else
			hset_add(&d->seen, ck);
	}
	if (d->o.mode == DC_KEEP_ALL)
		for (i = 0; i < n; i++)
			v[i].drop = 0;
	if (d->o.scope == DC_SCOPE_DOC) {
		hset_clear(&d->seen);
		hset_clear(&d->seenline);
	}
}
