/*
 * doc -- grouping records into documents (see doc.h).
 *
 * The records of a document are copied into one arena; their pointers
 * are set once the document is complete, because the arena may move
 * while it grows.  A record read ahead (the first of the next document)
 * stays in the reader's buffer, which getline() does not touch until the
 * next doc_next() call.
 */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "xalloc.h"

void
docreader_init(struct docreader *dr, struct reader *rd)
{
	memset(dr, 0, sizeof(*dr));
	dr->rd = rd;
}

void
docreader_free(struct docreader *dr)
{
	dr->havenext = 0;
}

void
doc_free(struct doc *doc)
{
	free(doc->recs);
	free(doc->arena);
	free(doc->offs);
	memset(doc, 0, sizeof(*doc));
}

/* The last record of the document so far, split afresh from the arena. */
static void
last_record(const struct doc *doc, struct record *rec)
{
	size_t i = doc->n - 1;

	record_split(rec, doc->arena + doc->offs[i], doc->recs[i].len);
	rec->fname = doc->recs[i].fname;
}

static void
append(struct doc *doc, const struct record *rec)
{
	xgrow((void **)&doc->recs, &doc->cap, doc->n + 1, sizeof(*doc->recs));
	xgrow((void **)&doc->offs, &doc->offscap, doc->n + 1,
	    sizeof(*doc->offs));
	xgrow((void **)&doc->arena, &doc->arenacap,
	    doc->arenalen + rec->len + 1, 1);
	if (rec->len > 0)
		memcpy(doc->arena + doc->arenalen, rec->line, rec->len);
	doc->offs[doc->n] = doc->arenalen;
	doc->recs[doc->n] = *rec;
	doc->arenalen += rec->len;
	doc->n++;
}

/* Point every record into the arena, now that it no longer moves. */
static void
settle(struct doc *doc)
{
	size_t i;

	for (i = 0; i < doc->n; i++) {
		struct record *r = &doc->recs[i];
		const char *fname = r->fname;
		unsigned long long lineno = r->lineno;

		record_split(r, doc->arena + doc->offs[i], r->len);
		r->fname = fname;
		r->lineno = lineno;
	}
}

int
doc_next(struct docreader *dr, struct doc *doc)
{
	struct record rec, last;
	int rc, any = 0;

	doc->n = 0;
	doc->arenalen = 0;
	doc->brk = 0;
	if (dr->failed) {
		dr->failed = 0;
		return -1;
	}
	for (;;) {
		if (dr->havenext) {
			rec = dr->next;
			dr->havenext = 0;
			rc = 1;
		} else
			rc = reader_next(dr->rd, &rec);
		if (rc != 1) {
			if (rc == -1) {
				if (doc->n == 0 && !any)
					return -1;
				dr->failed = 1;
			}
			settle(doc);
			return any;
		}
		any = 1;
		if (record_is_docbreak(&rec)) {
			doc->brk = 1;
			doc->brkrec = rec;
			doc->brkrec.line = doc->brkrec.text = "\f";
			doc->brkrec.keys = "";
			settle(doc);
			return 1;
		}
		if (doc->n > 0) {
			last_record(doc, &last);
			if (!record_same_first_key(&last, &rec)) {
				dr->next = rec;
				dr->havenext = 1;
				settle(doc);
				return 1;
			}
		}
		append(doc, &rec);
	}
}
