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

#include "cli.h"
#include "doc.h"
#include "out.h"
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

/*
 * Point r, split when it was read, at its copy in the arena: the same
 * bytes, so its lengths and key count stand and no TAB is looked for
 * again.
 */
static void
rebase(struct record *r, const char *line)
{
	r->line = line;
	r->keys = line;
	r->text = r->nkeys > 0 ? line + r->keyslen + 1 : line;
}

/* The last record of the document so far, in the arena. */
static void
last_record(const struct doc *doc, struct record *rec)
{
	size_t i = doc->n - 1;

	*rec = doc->recs[i];
	rebase(rec, doc->arena + doc->offs[i]);
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

	for (i = 0; i < doc->n; i++)
		rebase(&doc->recs[i], doc->arena + doc->offs[i]);
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

/* Every input, whole documents at a time; see doc_run(). */
static int
run_docs(struct cli *cli, const struct doc_ops *ops, int breaks)
{
	struct reader rd;
	struct docreader dr;
	struct doc doc;
	int i, rc, rval = 0;

	memset(&doc, 0, sizeof(doc));
	for (i = 0; i < cli->nfiles; i++) {
		if (cli_open(cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		docreader_init(&dr, &rd);
		while ((rc = doc_next(&dr, &doc)) == 1) {
			ops->doc(ops->arg, &doc);
			if (doc.brk && breaks)
				out_record(&doc.brkrec);
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		docreader_free(&dr);
		reader_close(&rd);
	}
	doc_free(&doc);
	return rval;
}

/* The first key field of rec (the file-name key aside), or "" for none. */
static size_t
first_field(const struct record *rec, const char **p)
{
	const char *tab;

	*p = rec->keys;
	if (rec->nkeys == 0)
		return 0;
	tab = memchr(rec->keys, '\t', rec->keyslen);
	return tab != NULL ? (size_t)(tab - rec->keys) : rec->keyslen;
}

/* Every input, record by record; see doc_run(). */
static int
run_records(struct cli *cli, const struct doc_ops *ops)
{
	struct reader rd;
	struct record rec;
	char *last = NULL;
	size_t lastlen = 0, lastcap = 0, klen;
	const char *kp;
	int i, rc, rval = 0, first;

	for (i = 0; i < cli->nfiles; i++) {
		if (cli_open(cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		first = 1;
		while ((rc = reader_next(&rd, &rec)) == 1) {
			klen = first_field(&rec, &kp);
			ops->record(ops->arg, &rec, first || klen != lastlen ||
			    memcmp(kp, last, klen) != 0);
			first = 0;
			xgrow((void **)&last, &lastcap, klen + 1, 1);
			memcpy(last, kp, klen);
			lastlen = klen;
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		reader_close(&rd);
	}
	free(last);
	return rval;
}

int
doc_run(struct cli *cli, const struct doc_ops *ops)
{
	return ops->doc != NULL ? run_docs(cli, ops, 1) : run_records(cli, ops);
}

int
doc_run_rows(struct cli *cli, const struct doc_ops *ops)
{
	return run_docs(cli, ops, 0);
}
