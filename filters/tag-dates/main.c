/*
 * tag-dates -- write one TSV row per date or time expression in the text:
 * line, start, end (code points), TIMEX3 type and value, the surface text.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "dates.h"
#include "doc.h"
#include "out.h"
#include "record.h"
#include "u8.h"
#include "xalloc.h"

static const char synopsis[] =
    "[-Hhr] [--dmy | --mdy] [--header] [--line-buffered]\n"
    "                 [--ref-date YYYY-MM-DD | --ref-key N] [file ...]";
static const char help[] =
    "      --ref-date DATE   resolve relative dates against DATE (YYYY-MM-DD)\n"
    "      --ref-key N       take the reference date from key field N of\n"
    "                        each record (1 = the first key)\n"
    "      --dmy, --mdy      read numeric dates such as 05/09/2019 day first\n"
    "                        or month first (default: only unambiguous ones,\n"
    "                        or in the order the document already showed)\n";

enum {
	OPT_REF_DATE = CLI_FILTER_BASE,
	OPT_REF_KEY,
	OPT_DMY,
	OPT_MDY
};

/* Key field n (1-based) of rec: 1 and (*p, *len), or 0. */
static int
key_field(const struct record *rec, long long n, const char **p, size_t *len)
{
	const char *s = rec->keys, *end = rec->keys + rec->keyslen, *q;
	long long i;

	if ((size_t)n > rec->nkeys)
		return 0;
	for (i = 1; i < n; i++) {
		if ((q = memchr(s, '\t', (size_t)(end - s))) == NULL)
			return 0;
		s = q + 1;
	}
	q = memchr(s, '\t', (size_t)(end - s));
	*p = s;
	*len = (size_t)((q != NULL ? q : end) - s);
	return 1;
}

/* What tagging a record needs, kept from one record to the next. */
struct run {
	struct dates	*dt;
	struct dates_ref ref;		/* --ref-date */
	long long	 refkey;	/* --ref-key */
	char		*row;
	size_t		 rowcap;
};

/* Tag one record and write its rows (doc_run() calls it). */
static void
tag(void *arg, const struct record *rec, int newdoc)
{
	struct run *r = arg;
	struct dates_ref rref;
	const struct dates_mention *men;
	struct u8_offsets off;
	const char *type, *kp;
	char *o;
	size_t n, k, klen, asc, tlen, vlen, lnlen = 0;
	char ln[OUT_UINT_MAX];

	if (newdoc)
		dates_doc_reset(r->dt);
	rref = r->ref;
	if (r->refkey) {
		rref.valid = 0;
		if (key_field(rec, r->refkey, &kp, &klen))
			(void)dates_parse_ref(kp, klen, &rref);
	}
	n = dates_tag(r->dt, rec->text, rec->textlen, &rref, &men);
	asc = dates_ascii_len(r->dt);	/* offsets up to it need no count */
	u8_offsets_init(&off, rec->text);
	if (n > 0)	/* the LINE of every row */
		lnlen = (size_t)(out_put_uint(ln, rec->lineno) - ln);
	for (k = 0; k < n; k++) {
		type = dates_type_name(men[k].type);
		tlen = strlen(type);
		vlen = strlen(men[k].value);
		xgrow((void **)&r->row, &r->rowcap, 3 * OUT_UINT_MAX + 6 +
		    tlen + vlen + (men[k].end - men[k].start), 1);
		memcpy(r->row, ln, lnlen);
		o = r->row + lnlen;
		*o++ = '\t';
		o = out_put_uint(o, men[k].start <= asc ? men[k].start :
		    u8_offsets_at(&off, men[k].start));
		*o++ = '\t';
		o = out_put_uint(o, men[k].end <= asc ? men[k].end :
		    u8_offsets_at(&off, men[k].end));
		*o++ = '\t';
		memcpy(o, type, tlen);	/* a name: nothing to clean */
		o += tlen;
		*o++ = '\t';
		o = out_put_field(o, men[k].value, vlen);
		*o++ = '\t';
		o = out_put_field(o, rec->text + men[k].start,
		    men[k].end - men[k].start);
		*o++ = '\n';
		out_keys(rec);
		out_raw(r->row, (size_t)(o - r->row));
	}
}

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "ref-date", required_argument, NULL, OPT_REF_DATE },
		{ "ref-key", required_argument, NULL, OPT_REF_KEY },
		{ "dmy", no_argument, NULL, OPT_DMY },
		{ "mdy", no_argument, NULL, OPT_MDY },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct run r = { NULL, { 0, 0, 0, 0 }, 0, NULL, 0 };
	struct doc_ops ops = { NULL, tag, &r };
	enum dates_order order = DO_AUTO;
	int ch, rval;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_REF_DATE:
			if (dates_parse_ref(optarg, strlen(optarg), &r.ref) == -1) {
				fprintf(stderr, "tag-dates: --ref-date: not a "
				    "date (YYYY-MM-DD): %s\n", optarg);
				exit(2);
			}
			break;
		case OPT_REF_KEY:
			r.refkey = cli_number("--ref-key", optarg, 1, 1000000);
			break;
		case OPT_DMY:
			order = DO_DMY;
			break;
		case OPT_MDY:
			order = DO_MDY;
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	if (r.refkey && r.ref.valid) {
		fprintf(stderr, "tag-dates: --ref-date and --ref-key "
		    "exclude each other\n");
		cli_usage(&cli);
	}
	cli_files(&cli, argc - optind, argv + optind);
	r.dt = dates_new(order);
	if (cli.header)
		out_header("LINE\tSTART\tEND\tTYPE\tVALUE\tSURFACE");
	rval = doc_run(&cli, &ops);
	free(r.row);
	dates_free(r.dt);
	return out_close() | rval;
}
