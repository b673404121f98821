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
#include "out.h"
#include "record.h"
#include "rx.h"
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
	struct reader rd;
	struct record rec;
	struct dates *dt;
	struct dates_ref ref = { 0, 0, 0, 0 }, rref;
	const struct dates_mention *men;
	struct u8_offsets off;
	enum dates_order order = DO_AUTO;
	long long refkey = 0;
	char *lastkey = NULL, *row = NULL, *o;
	size_t lastkeylen = 0, lastkeycap = 0, rowcap = 0, n, k, klen;
	const char *type;
	const char *kp;
	int ch, i, rc, rval = 0, first;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (ch) {
		case OPT_REF_DATE:
			if (dates_parse_ref(optarg, strlen(optarg), &ref) == -1) {
				fprintf(stderr, "tag-dates: --ref-date: not a "
				    "date (YYYY-MM-DD): %s\n", optarg);
				exit(2);
			}
			break;
		case OPT_REF_KEY:
			refkey = cli_number("--ref-key", optarg, 1, 1000000);
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
	if (refkey && ref.valid) {
		fprintf(stderr, "tag-dates: --ref-date and --ref-key "
		    "exclude each other\n");
		cli_usage(&cli);
	}
	cli_files(&cli, argc - optind, argv + optind);
	dt = dates_new(order);
	if (cli.header)
		out_header("LINE\tSTART\tEND\tTYPE\tVALUE\tSURFACE");
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		dates_doc_reset(dt);
		first = 1;
		while ((rc = reader_next(&rd, &rec)) == 1) {
			/* a new first key starts a new document */
			kp = rec.keys;
			klen = 0;
			if (rec.nkeys > 0) {
				const char *tab = memchr(kp, '\t', rec.keyslen);

				klen = tab != NULL ? (size_t)(tab - kp) :
				    rec.keyslen;
			}
			if (!first && (klen != lastkeylen ||
			    memcmp(kp, lastkey, klen) != 0))
				dates_doc_reset(dt);
			first = 0;
			xgrow((void **)&lastkey, &lastkeycap, klen + 1, 1);
			memcpy(lastkey, kp, klen);
			lastkeylen = klen;
			rref = ref;
			if (refkey) {
				rref.valid = 0;
				if (key_field(&rec, refkey, &kp, &klen))
					(void)dates_parse_ref(kp, klen, &rref);
			}
			n = dates_tag(dt, rec.text, rec.textlen, &rref, &men);
			u8_offsets_init(&off, rec.text);
			for (k = 0; k < n; k++) {
				type = dates_type_name(men[k].type);
				xgrow((void **)&row, &rowcap, 3 * OUT_UINT_MAX + 6 +
				    strlen(type) + strlen(men[k].value) +
				    (men[k].end - men[k].start), 1);
				o = out_put_uint(row, rec.lineno);
				*o++ = '\t';
				o = out_put_uint(o, u8_offsets_at(&off,
				    men[k].start));
				*o++ = '\t';
				o = out_put_uint(o, u8_offsets_at(&off, men[k].end));
				*o++ = '\t';
				o = out_put_field(o, type, strlen(type));
				*o++ = '\t';
				o = out_put_field(o, men[k].value,
				    strlen(men[k].value));
				*o++ = '\t';
				o = out_put_field(o, rec.text + men[k].start,
				    men[k].end - men[k].start);
				*o++ = '\n';
				out_keys(&rec);
				out_raw(row, (size_t)(o - row));
			}
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		reader_close(&rd);
	}
	free(lastkey);
	free(row);
	dates_free(dt);
	rx_cleanup();
	if (rx_failed())
		rval = 1;
	return out_close() | rval;
}
