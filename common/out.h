/*
 * out -- the copydesk stream: writing records and annotation rows.
 *
 * Everything goes to stdout through one large buffer.  Fields never
 * contain TAB, LF or CR: out_field() writes a space instead (DESIGN §1).
 * Write errors are not checked per call: out_close() checks them once,
 * at exit (sbase fshut, coreutils close_stdout).  SIGPIPE is left at its
 * default, so a closed pipe ends the program quietly.
 */
#ifndef COPYDESK_OUT_H
#define COPYDESK_OUT_H

#include <stddef.h>

struct record;

/* Set up stdout: a large buffer, or line buffering (--line-buffered). */
void	out_init(int line_buffered);

/* Write bytes as they are (the caller knows there is no TAB/LF/CR). */
void	out_raw(const char *p, size_t n);
/* Write one field: TAB, LF and CR become spaces. */
void	out_field(const char *p, size_t n);
void	out_str(const char *s);		/* out_field of a C string */
void	out_tab(void);
void	out_nl(void);
void	out_uint(unsigned long long n);

/*
 * A row built in memory and written with one out_raw(): each call writes
 * at o and returns the end.  put_uint writes at most OUT_UINT_MAX bytes;
 * put_field writes n bytes, TAB, LF and CR made spaces as by out_field().
 */
#define OUT_UINT_MAX	20
char	*out_put_uint(char *o, unsigned long long n);
char	*out_put_field(char *o, const char *p, size_t n);

/*
 * Write a record's keys, each followed by a TAB: the file-name key (when
 * the record has one), then the record's own keys.
 */
void	out_keys(const struct record *rec);

/* Write a whole record back: its keys, then text, then LF. */
void	out_record(const struct record *rec);

/*
 * Write a header line: the record's key columns are unknown in advance,
 * so the header names only the fixed columns, TAB-separated, e.g.
 * out_header("LINE\tSTART\tEND\tCURRENCY\tAMOUNT\tSURFACE").
 */
void	out_header(const char *columns);

/* After each input record with --line-buffered: flush. */
void	out_record_done(void);

/*
 * Flush and close stdout.  Returns 0, or 1 after reporting
 * "prog: write error: why" (a closed pipe is reported by nobody: SIGPIPE
 * ends the program first, and EPIPE is ignored when SIGPIPE is ignored).
 */
int	out_close(void);

#endif
