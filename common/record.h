/*
 * record -- the copydesk stream: reading records (DESIGN §1, §3).
 *
 * A record is one input line.  The reader drops the LF, a CR before it,
 * and a UTF-8 byte-order mark at the very start of each input.  A last
 * line without LF is still a record.  The last TAB-separated field is the
 * text, the fields before it are the keys.  With raw set, the whole line
 * is the text and every TAB in it becomes a space.
 *
 * Record data is (pointer, length), never a C string: NUL bytes survive.
 * Invalid UTF-8 is passed through byte for byte (see u8.h for how it
 * counts in offsets).  A record's pointers stay valid until the next
 * reader_next() call on the same reader.
 */
#ifndef COPYDESK_RECORD_H
#define COPYDESK_RECORD_H

#include <stddef.h>
#include <stdio.h>

struct record {
	const char	*line;		/* the whole line, without LF/CR */
	size_t		 len;
	const char	*keys;		/* keys with their separating TABs, */
	size_t		 keyslen;	/* without the TAB before the text */
	size_t		 nkeys;		/* number of key fields */
	const char	*text;		/* the last field */
	size_t		 textlen;
	unsigned long long lineno;	/* 1-based within its input file */
	const char	*fname;		/* file-name key, or NULL for none */
};

struct reader {
	FILE		*fp;
	const char	*name;		/* "-" or the path, for messages */
	const char	*fname;		/* the file-name key to attach, or NULL */
	char		*buf;
	size_t		 cap;
	unsigned long long lineno;
	int		 raw;
	int		 eof;
};

/*
 * Open path ("-" means standard input) for reading.  fname is the key to
 * attach to every record (NULL for none), raw as described above.
 * Returns 0, or -1 after warning "prog: path: why".
 */
int	 reader_open(struct reader *rd, const char *path, const char *fname,
	    int raw);

/*
 * Read the next record into *rec.  Returns 1 for a record, 0 at end of
 * input, -1 on a read error (already warned).
 */
int	 reader_next(struct reader *rd, struct record *rec);

/* Close the input (not stdin) and free the buffer. */
void	 reader_close(struct reader *rd);

/*
 * Split line[0..len) into keys and text, as the reader does.  Exposed for
 * fuzzers and for filters that build records themselves.
 */
void	 record_split(struct record *rec, const char *line, size_t len);

/* Does the record's line hold only a form feed (a document break)? */
int	 record_is_docbreak(const struct record *rec);

/*
 * Compare the first key of two records (the file-name key counts as the
 * first key when present).  Returns 1 when both have the same first key,
 * or neither has keys.
 */
int	 record_same_first_key(const struct record *a, const struct record *b);

#endif
