/*
 * extract-meta -- write one TSV row per document: the article's URL,
 * site, section, headline, byline, publication and update dates.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "doc.h"
#include "meta.h"
#include "out.h"
#include "record.h"
#include "rx.h"
#include "xalloc.h"

enum { OPT_REF_DATE = CLI_FILTER_BASE };

static const char synopsis[] =
    "[-Hhr] [--ref-date YYYY-MM-DD] [--header] [--line-buffered] [file ...]";
static const char help[] =
    "      --ref-date DATE   read relative datelines (\"2 hours ago\")\n"
    "                        against DATE (YYYY-MM-DD)\n"
    "  -r, --raw             treat each whole line as text\n"
    "  -H, -h                always / never prefix the file name as a key\n"
    "      --header          print the column names first\n"
    "      --line-buffered   flush after every document\n"
    "      --help, --version\n";

/* What reading a document needs, kept from one document to the next. */
struct run {
	struct meta	*m;
	struct meta_line *lines;
	size_t		 cap;
};

/* Read one document and write its row (doc_run_rows() calls it). */
static void
extract(void *arg, const struct doc *doc)
{
	struct run *r = arg;
	struct meta_result res;
	size_t j;

	/* an empty document (two form feeds in a row) still has its row, so
	 * that rows and documents can be counted off together */
	if (doc->n > r->cap)
		xgrow((void **)&r->lines, &r->cap, doc->n, sizeof(*r->lines));
	for (j = 0; j < doc->n; j++) {
		r->lines[j].text = doc->recs[j].text;
		r->lines[j].len = doc->recs[j].textlen;
	}
	meta_doc(r->m, r->lines, doc->n, &res);
	if (doc->n > 0)
		out_keys(&doc->recs[0]);
	out_field(res.url, res.urllen);
	out_tab();
	out_field(res.site, res.sitelen);
	out_tab();
	out_field(res.section, res.sectionlen);
	out_tab();
	out_field(res.headline, res.headlinelen);
	out_tab();
	out_field(res.byline, res.bylinelen);
	out_tab();
	out_str(res.published);
	out_tab();
	out_str(res.updated);
	out_nl();
}

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "ref-date", required_argument, NULL, OPT_REF_DATE },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct run r = { NULL, NULL, 0 };
	struct doc_ops ops = { extract, NULL, &r };
	long ref = 0;
	int ch, rval, hasref = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_REF_DATE:
			if (meta_parse_ymd(optarg, strlen(optarg),
			    &ref) == -1) {
				fprintf(stderr, "extract-meta: --ref-date: "
				    "not a date (YYYY-MM-DD): %s\n", optarg);
				exit(2);
			}
			hasref = 1;
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	cli_files(&cli, argc - optind, argv + optind);
	r.m = meta_new();
	if (hasref)
		meta_set_ref(r.m, ref);
	if (cli.header)
		out_header("URL\tSITE\tSECTION\tHEADLINE\tBYLINE\tPUBLISHED\t"
		    "UPDATED");
	rval = doc_run_rows(&cli, &ops);
	free(r.lines);
	meta_free(r.m);
	rx_cleanup();
	if (rx_failed())
		rval = 1;
	return out_close() | rval;
}
