/*
 * strip-boilerplate -- keep the article of a scraped news page, drop the
 * page around it (menus, bylines, share rows, teasers, comments).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "doc.h"
#include "out.h"
#include "record.h"
#include "rx.h"
#include "sb.h"
#include "xalloc.h"

enum { OPT_EXPLAIN = CLI_FILTER_BASE, OPT_KEEP_META };

static const char synopsis[] =
    "[-Hhr] [--explain] [--keep-meta] [--header] [--line-buffered] [file ...]";
static const char help[] =
    "      --explain         write every line as KEEP|DROP, reason, text\n"
    "      --keep-meta       keep bylines and datelines\n"
    "  -r, --raw             treat each whole line as text\n"
    "  -H, -h                always / never prefix the file name as a key\n"
    "      --header          print the column names first (with --explain)\n"
    "      --line-buffered   flush after every document\n"
    "      --help, --version\n";

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "keep-meta", no_argument, NULL, OPT_KEEP_META },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct reader rd;
	struct docreader dr;
	struct doc doc = { 0 };
	struct sb *sb;
	struct sb_line *lines = NULL;
	size_t cap = 0, j;
	int ch, i, rc, rval = 0, explain = 0, keep_meta = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_EXPLAIN:
			explain = 1;
			break;
		case OPT_KEEP_META:
			keep_meta = 1;
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	cli_files(&cli, argc - optind, argv + optind);
	sb = sb_new(keep_meta);
	if (cli.header && explain)
		out_header("VERDICT\tREASON\tTEXT");
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		docreader_init(&dr, &rd);
		while ((rc = doc_next(&dr, &doc)) == 1) {
			if (doc.n > cap)
				xgrow((void **)&lines, &cap, doc.n,
				    sizeof(*lines));
			for (j = 0; j < doc.n; j++) {
				lines[j].text = doc.recs[j].text;
				lines[j].len = doc.recs[j].textlen;
			}
			sb_judge(sb, lines, doc.n);
			for (j = 0; j < doc.n; j++) {
				if (explain) {
					out_keys(&doc.recs[j]);
					out_str(lines[j].keep ? "KEEP" : "DROP");
					out_tab();
					out_str(lines[j].reason);
					out_tab();
					out_field(doc.recs[j].text,
					    doc.recs[j].textlen);
					out_nl();
				} else if (lines[j].keep)
					out_record(&doc.recs[j]);
			}
			if (doc.brk)
				out_record(&doc.brkrec);
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		docreader_free(&dr);
		reader_close(&rd);
	}
	doc_free(&doc);
	free(lines);
	sb_free(sb);
	rx_cleanup();
	if (rx_failed())
		rval = 1;
	return out_close() | rval;
}
