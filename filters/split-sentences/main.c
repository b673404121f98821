/*
 * split-sentences -- write each record's text one sentence a line, each
 * line with the record's keys (and, with -n, the record's line number
 * and the sentence's number within the record).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"
#include "record.h"
#include "sentences.h"

enum { OPT_LANG = CLI_FILTER_BASE };

static const char synopsis[] =
    "[-Hhnr] [--header] [--lang lang] [--line-buffered] [file ...]";
static const char help[] =
    "  -n, --number          add two keys: the record's line number and the\n"
    "                        sentence's number within the record\n"
    "      --lang LANG       word lists for LANG: de el en es fr (default en)\n";

static int	 nflag;		/* -n: number the sentences */

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

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "number", no_argument, NULL, 'n' },
		{ "lang", required_argument, NULL, OPT_LANG },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct reader rd;
	struct record rec;
	struct splitter sp;
	struct ss_iter it;
	const char *lang = "en";
	unsigned long long k;
	size_t s, e;
	int ch, clean, i, rc, rval = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "n", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'n':
			nflag = 1;
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
	if (cli.header)
		out_header(nflag ? "LINE\tSENTENCE\tTEXT" : "TEXT");
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		while ((rc = reader_next(&rd, &rec)) == 1) {
			/* A document break goes through as it is, for the
			 * document-wise filters further down the pipe. */
			if (record_is_docbreak(&rec)) {
				out_record(&rec);
				out_record_done();
				continue;
			}
			clean = memchr(rec.text, '\r', rec.textlen) == NULL &&
			    memchr(rec.text, '\t', rec.textlen) == NULL;
			ss_iter_init(&it, &sp, rec.text, rec.textlen);
			for (k = 0; ss_next(&it, &s, &e); )
				put_sentence(&rec, ++k, rec.text + s, e - s,
				    clean);
			/* a blank record stays: one empty sentence */
			if (k == 0)
				put_sentence(&rec, 1, rec.text, 0, 1);
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		reader_close(&rd);
	}
	ss_free(&sp);
	return out_close() | rval;
}
