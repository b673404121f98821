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

/* What judging a document needs, kept from one document to the next. */
struct run {
	struct dedupe		*d;
	int			 output;
	struct dc_text		*texts;
	struct dc_verdict	*v;
	size_t			 tcap, vcap;
};

/* Judge one document and write its lines (doc_run() calls it). */
static void
judge(void *arg, const struct doc *doc)
{
	struct run *r = arg;
	struct dc_verdict *v;
	size_t j;

	xgrow((void **)&r->texts, &r->tcap, doc->n + 1, sizeof(*r->texts));
	xgrow((void **)&r->v, &r->vcap, doc->n + 1, sizeof(*r->v));
	v = r->v;
	for (j = 0; j < doc->n; j++) {
		r->texts[j].p = doc->recs[j].text;
		r->texts[j].n = doc->recs[j].textlen;
	}
	dc_judge(r->d, r->texts, doc->n, v);
	for (j = 0; j < doc->n; j++) {
		const struct record *rec = &doc->recs[j];

		switch (r->output) {
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
}

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
	struct run r = { NULL, OUT_FILTER, NULL, NULL, 0, 0 };
	struct doc_ops ops = { judge, NULL, &r };
	int ch, rval, output = OUT_FILTER, drop_all = 0;

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
	r.d = dc_new(&opts);
	r.output = output;
	if (cli.header) {
		if (output == OUT_MARK)
			out_header("KIND\tTEXT");
		else if (output == OUT_EXPLAIN)
			out_header("VERDICT\tREASON\tTEXT");
		else
			out_header("TEXT");
	}
	rval = doc_run(&cli, &ops);
	free(r.texts);
	free(r.v);
	dc_free(r.d);
	rx_cleanup();
	if (rx_failed())
		rval = 1;
	return out_close() | rval;
}
