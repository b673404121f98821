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

#endif
