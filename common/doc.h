/*
 * doc -- grouping records into documents (DESIGN §2).
 *
 * A document ends at the end of each input file, at a line that holds
 * only a form feed, and where the first key changes.  doc_next() copies
 * the records of one document into memory it owns (memory is bounded by
 * the largest document) and hands them over together.  The form-feed
 * line itself is not part of either document: doc->brk says it followed,
 * and a document-wise filter writes it through (out_record(&doc->brkrec))
 * after the document, so the next document-wise filter sees the same
 * boundaries.
 */
#ifndef COPYDESK_DOC_H
#define COPYDESK_DOC_H

#include <stddef.h>

#include "record.h"

struct doc {
	struct record	*recs;		/* the document's records, in order */
	size_t		 n;
	int		 brk;		/* a form-feed line ended the document */
	struct record	 brkrec;	/* that line, when brk */
	/* private */
	size_t		 cap;
	char		*arena;
	size_t		 arenalen, arenacap;
	size_t		*offs;		/* arena offset of each record's line */
	size_t		 offscap;
};

struct docreader {
	struct reader	*rd;
	struct record	 next;		/* a record read ahead, when havenext */
	int		 havenext;
	int		 failed;	/* a read error is still to be reported */
};

void	 docreader_init(struct docreader *dr, struct reader *rd);

/*
 * Read the next document of rd into *doc.  Returns 1 for a document (it
 * may have no records, when the input starts with a form feed or two
 * come together), 0 at the end of the input, -1 on a read error (warned).
 */
int	 doc_next(struct docreader *dr, struct doc *doc);

void	 docreader_free(struct docreader *dr);
void	 doc_free(struct doc *doc);

/*
 * doc_run -- the read-process-write loop of a filter that judges records
 * in their document: every input of cli in turn (cli_open(); one that
 * cannot be opened is warned about and skipped), split into documents,
 * handed to ops in one of two ways:
 *
 * doc:	  whole documents, as doc_next() reads them (strip-boilerplate,
 *	  dedupe-captions).  After each, the form-feed line that ended it
 *	  is written through and the output flushed with --line-buffered
 *	  (out_record_done()).
 * record: record by record as they are read, newdoc set on the first
 *	  record of each input and on each record whose first key field
 *	  differs from the one before (a tagger that keeps a little
 *	  document context, tag-dates).  A form-feed line is an ordinary
 *	  record here, and the file-name key does not count.  The output
 *	  is flushed after each record with --line-buffered.
 *
 * Exactly one of doc and record is set.  Returns 0, or 1 when an input
 * could not be opened or read (warned).
 */
struct cli;
struct doc_ops {
	void	(*doc)(void *arg, const struct doc *doc);
	void	(*record)(void *arg, const struct record *rec, int newdoc);
	void	*arg;
};

int	 doc_run(struct cli *cli, const struct doc_ops *ops);

/*
 * doc_run_rows -- doc_run() for a filter that writes a row of its own
 * per document (extract-meta) instead of the document's lines: the same
 * documents are handed to ops->doc, but the form-feed line that ended
 * one is not written through (it would be a row of the table).
 */
int	 doc_run_rows(struct cli *cli, const struct doc_ops *ops);

#endif
