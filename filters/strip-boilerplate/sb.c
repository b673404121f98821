/*
 * sb -- the strip-boilerplate engine's driver (see sb.h): owns sb_new(),
 * sb_free(), sb_set_trace() and sb_judge(), which runs the stages of
 * sb-int.h over a document in turn and decides from its lines' stopwords
 * whether the stopword lists know its language.  Reads the caller's
 * lines; hands on keep, headline and reason to the caller.
 */
#include <stdlib.h>

#include "sb-int.h"
#include "xalloc.h"

struct sb *
sb_new(int keep_meta)
{
	struct sb *sb;

	sb = xcalloc(1, sizeof(*sb));
	sb->keep_meta = keep_meta;
	sb_bcls_init();
	sb_words_load(sb);
	return sb;
}

void
sb_free(struct sb *sb)
{
	if (sb == NULL)
		return;
	free(sb->pt);
	free(sb->pool);
	free(sb->key);
	free(sb->hl);
	free(sb->nb);
	strset_free(&sb->credits);
	strset_free(&sb->roles);
	strset_free(&sb->fields);
	free(sb);
}

void
sb_set_trace(struct sb *sb, sb_trace_fn *fn, void *arg)
{
	sb->trace = fn;
	sb->trace_arg = arg;
}

void
sb_judge(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i;
	unsigned long words = 0, stops = 0;

	sb->urllen = 0;		/* (sb_url() of an empty document) */
	if (n == 0)
		return;

	for (i = 0; i < n; i++) {
		v[i].keep = 0;
		v[i].headline = 0;
		v[i].reason = NULL;
		v[i].cf = C_SHORT;	/* until decided */
		sb_features(sb, &v[i]);
		if (v[i].reason == NULL && v[i].chars >= LEN_LOW) {
			words += v[i].words;
			stops += v[i].stops;
		}
	}
	/* A language the stopword lists do not know: judge by form. */
	sb->unknown_lang = words < 30 || stops * 100 < words * 12;
	for (i = 0; i < n; i++) {
		if (v[i].reason == NULL)
			sb_classify(sb, &v[i]);
	}
	sb_repeats(sb, v, n);
	sb_structure(v, n);
	sb_context(sb, v, n);
	sb_article(sb, v, n);
	sb_headline(sb, v, n);
}
