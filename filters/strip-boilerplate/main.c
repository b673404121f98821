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

/* What judging a document needs, kept from one document to the next. */
struct run {
	struct sb	*sb;
	int		 explain;
	struct sb_line	*lines;
	size_t		 cap;
};

/* Judge one document and write its lines (doc_run() calls it). */
static void
judge(void *arg, const struct doc *doc)
{
	struct run *r = arg;
	struct sb_line *lines;
	size_t j;

	if (doc->n > r->cap)
		xgrow((void **)&r->lines, &r->cap, doc->n, sizeof(*r->lines));
	lines = r->lines;
	for (j = 0; j < doc->n; j++) {
		lines[j].text = doc->recs[j].text;
		lines[j].len = doc->recs[j].textlen;
	}
	sb_judge(r->sb, lines, doc->n);
	for (j = 0; j < doc->n; j++) {
		if (r->explain) {
			out_keys(&doc->recs[j]);
			out_str(lines[j].keep ? "KEEP" : "DROP");
			out_tab();
			out_str(lines[j].reason);
			out_tab();
			out_field(doc->recs[j].text, doc->recs[j].textlen);
			out_nl();
		} else if (lines[j].keep)
			out_record(&doc->recs[j]);
	}
}

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
	struct run r = { NULL, 0, NULL, 0 };
	struct doc_ops ops = { judge, NULL, &r };
	int ch, rval, explain = 0, keep_meta = 0;

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
	r.sb = sb_new(keep_meta);
	r.explain = explain;
	if (cli.header && explain)
		out_header("VERDICT\tREASON\tTEXT");
	rval = doc_run(&cli, &ops);
	free(r.lines);
	sb_free(r.sb);
	return out_close() | rval;
}
