/*
 * para -- paragraphs of hard-wrapped text (lynx -dump, fmt, e-mail,
 * e-books) as records: the lines between blank lines joined into one
 * record, each line break and the blanks around it made one space, the
 * keys, line number and file-name key those of the paragraph's first
 * line.  The caller reads records as usual, ends a paragraph where it
 * likes (a blank line, a form feed, a new first key, the end of a file)
 * and hands the paragraph on as an ordinary record.
 *
 *	para_init(&pa);
 *	while (reader_next(&rd, &rec) == 1) {
 *		if (record_is_blank(&rec)) { ...para_done(&pa)...; continue; }
 *		para_add(&pa, &rec);
 *	}
 *	...para_done(&pa)...
 *	para_free(&pa);
 *
 * Memory grows with the longest paragraph; pa->rec stays valid until
 * the next para_add() or para_clear().
 */
#ifndef COPYDESK_PARA_H
#define COPYDESK_PARA_H

#include <stddef.h>

#include "record.h"

struct para {
	struct record	 rec;		/* the paragraph so far */
	size_t		 nlines;	/* lines in it; 0: empty */
	/* private */
	char		*buf;		/* the first line's keys, then the text */
	size_t		 len, cap;
};

void	 para_init(struct para *pa);
/* Append rec's text to the paragraph (the first line gives its keys). */
void	 para_add(struct para *pa, const struct record *rec);
/* Empty the paragraph, keeping its memory. */
void	 para_clear(struct para *pa);
void	 para_free(struct para *pa);

/* Is rec's text empty or only blanks (space, TAB, CR, FF, VT)? */
int	 record_is_blank(const struct record *rec);

#endif
