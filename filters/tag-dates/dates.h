/*
 * dates -- the tag-dates engine: find date and time expressions in a
 * text buffer and normalise them to TIMEX3 values (TimeML).
 *
 * No I/O: dates_tag() reads a buffer and fills an array of mentions owned
 * by the engine (reused from call to call, so a steady stream does no
 * allocation per record).  Offsets are bytes; the caller converts them to
 * code points (dates_ascii_len() says up to where they are the same).
 *
 * State kept across calls (a document's context, see dates_doc_reset()):
 * the order of numeric dates the document has shown (day-first or
 * month-first) and the last quarter it named ("the third quarter ... a
 * year earlier").  Nothing else carries over from one record to the next.
 */
#ifndef TAG_DATES_DATES_H
#define TAG_DATES_DATES_H

#include <stddef.h>

enum dates_type { DT_DATE, DT_TIME, DT_DURATION, DT_SET };

enum dates_order {		/* numeric dates such as 05/09/2019 */
	DO_AUTO,		/* unambiguous ones, or as the document showed */
	DO_DMY,
	DO_MDY
};

/* The reference date relative expressions resolve against. */
struct dates_ref {
	int	valid;		/* 0: leave relative values unresolved */
	int	y, m, d;
};

struct dates_mention {
	size_t	start, end;	/* byte offsets, end exclusive */
	int	type;		/* enum dates_type */
	char	value[40];	/* the TIMEX3 value, NUL-terminated */
};

struct dates;

/* Build an engine (word lists are loaded once here). */
struct dates *dates_new(enum dates_order order);
void	 dates_free(struct dates *d);

/* Forget the document context: call where a new document starts. */
void	 dates_doc_reset(struct dates *d);

/*
 * Tag text[0..len).  ref may be NULL (same as !ref->valid).  Returns the
 * number of mentions and points *out at them, in text order, without
 * overlaps; they stay valid until the next call.
 */
size_t	 dates_tag(struct dates *d, const char *text, size_t len,
	    const struct dates_ref *ref, const struct dates_mention **out);

/*
 * How far the text of the last dates_tag() call is ASCII: the offset of
 * its first byte above 0x7F, or its length.  A byte offset up to there
 * is its code point offset too, with nothing to count.
 */
size_t	 dates_ascii_len(const struct dates *d);

/*
 * Parse YYYY-MM-DD (a valid Gregorian date, year 1..9999) at s[0..n).
 * Returns 0 and fills *ref (valid = 1), or -1.
 */
int	 dates_parse_ref(const char *s, size_t n, struct dates_ref *ref);

/* "DATE", "TIME", "DURATION", "SET". */
const char *dates_type_name(int type);

#endif
