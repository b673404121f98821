/*
 * dedupe-captions -- keep one copy of each photo caption in a document.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "captions.h"
#include "cli.h"
#include "doc.h"
#include "out.h"
#include "record.h"
#include "rx.h"
#include "xalloc.h"

static const char synopsis[] =
    "[-aHhr] [--drop-all | --mark | --explain] [--scope=doc|stream] "
    "[--header] [--line-buffered] [file ...]";
static const char help[] =
    "  -a, --any-line        also drop repeats of any line, and pull quotes\n"
    "      --drop-all        drop every caption (keep body text only)\n"
    "      --mark            keep every line; add a first key: caption or text\n"
    "      --explain         keep every line; add KEEP|DROP and a reason\n"
    "      --scope=doc|stream  look for repeats in each document (default)\n"
    "                        or across the whole input\n"
    "  -r, --raw             treat each whole line as text\n"
    "  -H, -h                always / never prefix the file name as a key\n"
    "      --header          print the column names first\n"
    "      --line-buffered   flush after every document\n"
    "      --help, --version\n";

enum {
	OPT_DROP_ALL = CLI_FILTER_BASE,
	OPT_MARK,
	OPT_EXPLAIN,
	OPT_SCOPE
};

enum { OUT_FILTER, OUT_MARK, OUT_EXPLAIN };

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "any-line", no_argument, NULL, 'a' },
		{ "drop-all", no_argument, NULL, OPT_DROP_ALL },
		{ "mark", no_argument, NULL, OPT_MARK },
		{ "explain", no_argument, NULL, OPT_EXPLAIN },
		{ "scope", required_argument, NULL, OPT_SCOPE },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct dc_opts opts = { DC_DROP_REPEATS, DC_SCOPE_DOC, 0 };
	struct dedupe *d;
	struct reader rd;
	struct docreader dr;
	struct doc doc;
	struct dc_text *texts = NULL;
	struct dc_verdict *v = NULL;
	size_t tcap = 0, vcap = 0, j;
	int ch, i, rc, rval = 0, output = OUT_FILTER, drop_all = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "a", longopts,
	    NULL)) != -1) {
		switch (ch) {
		case 'a':
			opts.any_line = 1;
			break;
		case OPT_DROP_ALL:
			drop_all = 1;
			break;
		case OPT_MARK:
			if (output == OUT_EXPLAIN)
				cli_usage(&cli);
			output = OUT_MARK;
			break;
		case OPT_EXPLAIN:
			if (output == OUT_MARK)
				cli_usage(&cli);
			output = OUT_EXPLAIN;
			break;
		case OPT_SCOPE:
			if (strcmp(optarg, "doc") == 0 ||
			    strcmp(optarg, "document") == 0)
				opts.scope = DC_SCOPE_DOC;
			else if (strcmp(optarg, "stream") == 0)
				opts.scope = DC_SCOPE_STREAM;
			else
				cli_usage(&cli);
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	if (drop_all && output == OUT_MARK)
		cli_usage(&cli);
	if (drop_all)
		opts.mode = DC_DROP_ALL;
	if (output == OUT_MARK)
		opts.mode = DC_KEEP_ALL;
	cli_files(&cli, argc - optind, argv + optind);
	d = dc_new(&opts);
	if (cli.header) {
		if (output == OUT_MARK)
			out_header("KIND\tTEXT");
		else if (output == OUT_EXPLAIN)
			out_header("VERDICT\tREASON\tTEXT");
		else
			out_header("TEXT");
	}
	memset(&doc, 0, sizeof(doc));
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		docreader_init(&dr, &rd);
		while ((rc = doc_next(&dr, &doc)) == 1) {
			xgrow((void **)&texts, &tcap, doc.n + 1, sizeof(*texts));
			xgrow((void **)&v, &vcap, doc.n + 1, sizeof(*v));
			for (j = 0; j < doc.n; j++) {
				texts[j].p = doc.recs[j].text;
				texts[j].n = doc.recs[j].textlen;
			}
			dc_judge(d, texts, doc.n, v);
			for (j = 0; j < doc.n; j++) {
				const struct record *rec = &doc.recs[j];

				switch (output) {
				case OUT_MARK:
					out_str(v[j].caption ? "caption" : "text");
					out_tab();
					out_record(rec);
					break;
				case OUT_EXPLAIN:
					out_keys(rec);
					out_str(v[j].drop ? "DROP" : "KEEP");
					out_tab();
					out_str(dc_reason_name(v[j].reason));
					out_tab();
					out_field(rec->text, rec->textlen);
					out_nl();
					break;
				default:
					if (!v[j].drop)
						out_record(rec);
				}
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
	free(texts);
	free(v);
	dc_free(d);
	rx_cleanup();
	if (rx_failed())
		rval = 1;
	return out_close() | rval;
}
