/*
 * split-sentences -- write each record's text one sentence a line, each
 * line with the record's keys (and, with -n, the record's line number
 * and the sentence's number within the record); with -p, a record is a
 * paragraph of hard-wrapped lines (common/para.h).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"
#include "para.h"
#include "record.h"
#include "sentences.h"

enum { OPT_LANG = CLI_FILTER_BASE };

static const char synopsis[] =
    "[-Hhnpr] [--header] [--lang lang] [--line-buffered] [file ...]";
static const char help[] =
    "  -n, --number          add two keys: the record's line number and the\n"
    "                        sentence's number within the record\n"
    "  -p, --paragraphs      hard-wrapped text: join the lines up to a blank\n"
    "                        line into one record (keys from its first line)\n"
    "      --lang LANG       word lists for LANG: de el en es fr (default en)\n";

static int	 nflag;		/* -n: number the sentences */
static struct splitter sp;

/*
 * Write one sentence with the record's keys.  clean: the text holds no
 * TAB, LF or CR, so it can be written as it is (the last field never
 * holds a TAB or LF; only a CR needs out_field's care).
 */
static void
put_sentence(const struct record *rec, unsigned long long k, const char *p,
    size_t n, int clean)
{
	out_keys(rec);
	if (nflag) {
		out_uint(rec->lineno);
		out_tab();
		out_uint(k);
		out_tab();
	}
	if (clean)
		out_raw(p, n);
	else
		out_field(p, n);
	out_nl();
}

/* Write the sentences of one record. */
static void
split_record(const struct record *rec)
{
	struct ss_iter it;
	unsigned long long k;
	size_t s, e;
	int clean;

	clean = memchr(rec->text, '\r', rec->textlen) == NULL &&
	    memchr(rec->text, '\t', rec->textlen) == NULL;
	ss_iter_init(&it, &sp, rec->text, rec->textlen);
	for (k = 0; ss_next(&it, &s, &e); )
		put_sentence(rec, ++k, rec->text + s, e - s, clean);
	/* a blank record stays: one empty sentence */
	if (k == 0)
		put_sentence(rec, 1, rec->text, 0, 1);
	out_record_done();
}

/* -p: split the paragraph gathered so far, if any, and empty it. */
static void
para_done(struct para *pa)
{
	if (pa->nlines > 0)
		split_record(&pa->rec);
	para_clear(pa);
}

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "number", no_argument, NULL, 'n' },
		{ "paragraphs", no_argument, NULL, 'p' },
		{ "lang", required_argument, NULL, OPT_LANG },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct reader rd;
	struct record rec;
	struct para pa;
	const char *lang = "en";
	int ch, i, rc, pflag = 0, rval = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "np", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			nflag = 1;
			break;
		case 'p':
			pflag = 1;
			break;
		case OPT_LANG:
			lang = optarg;
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	if (ss_init(&sp, lang) == -1) {
		fprintf(stderr, "%s: --lang: unknown language: %s (known: %s)\n",
		    "split-sentences", lang, ss_languages());
		cli_usage(&cli);
	}
	cli_files(&cli, argc - optind, argv + optind);
	para_init(&pa);
	if (cli.header)
		out_header(nflag ? "LINE\tSENTENCE\tTEXT" : "TEXT");
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		while ((rc = reader_next(&rd, &rec)) == 1) {
			/*
			 * -p: a paragraph ends at a blank line, a form feed
			 * and a new first key (a new document)
			 */
			if (pflag && (record_is_blank(&rec) ||
			    record_is_docbreak(&rec) || (pa.nlines > 0 &&
			    !record_same_first_key(&pa.rec, &rec))))
				para_done(&pa);
			/* A document break goes through as it is, for the
			 * document-wise filters further down the pipe. */
			if (record_is_docbreak(&rec)) {
				out_record(&rec);
				out_record_done();
			} else if (pflag && !record_is_blank(&rec))
				para_add(&pa, &rec);
			else
				split_record(&rec);
		}
		if (pflag)
			para_done(&pa);
		if (rc == -1)
			rval = 1;
		reader_close(&rd);
	}
	para_free(&pa);
	ss_free(&sp);
	return out_close() | rval;
}
