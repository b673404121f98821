/*
 * tag-money -- read records, write one row per amount of money:
 * KEYS... LINE START END CURRENCY AMOUNT SURFACE (DESIGN §4).
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "money.h"
#include "out.h"
#include "record.h"

enum { OPT_DOLLAR = CLI_FILTER_BASE };

#define SURFACE_MAX	256	/* longer surfaces are written apart */

static const char synopsis[] =
    "[-Hhr] [--dollar=CUR] [--header] [--line-buffered] [file ...]";
static const char help[] =
    "  -r, --raw             treat each whole line as text\n"
    "  -H, -h                always / never prefix the file name as a key\n"
    "      --dollar=CUR      read a bare $ (and dollars, cents) as CUR (default USD)\n"
    "      --header          print the column names first\n"
    "      --line-buffered   flush after every input record\n"
    "      --help, --version\n";

/*
 * A row is built in one buffer and written at once: the code and amount
 * hold no TAB, CR or LF; in the surface they become spaces, as
 * out_field() makes them.  A long surface goes through out_field().
 */
static void
tag(struct money *m, const struct record *rec)
{
	const struct money_row *rows;
	char buf[3 * OUT_UINT_MAX + 4 + MONEY_AMOUNT_MAX + 8 + SURFACE_MAX], *p;
	const char *s;
	size_t i, n, k;

	n = money_scan(m, rec->text, rec->textlen, &rows);
	for (i = 0; i < n; i++) {
		out_keys(rec);
		p = out_put_uint(buf, rec->lineno);
		*p++ = '\t';
		p = out_put_uint(p, rows[i].start);
		*p++ = '\t';
		p = out_put_uint(p, rows[i].end);
		*p++ = '\t';
		k = strnlen(rows[i].cur, sizeof(rows[i].cur));
		memcpy(p, rows[i].cur, k);
		p += k;
		*p++ = '\t';
		k = strnlen(rows[i].amount, sizeof(rows[i].amount));
		memcpy(p, rows[i].amount, k);
		p += k;
		*p++ = '\t';
		s = rec->text + rows[i].bstart;
		k = rows[i].bend - rows[i].bstart;
		if (k < SURFACE_MAX) {
			p = out_put_field(p, s, k);
			*p++ = '\n';
			out_raw(buf, (size_t)(p - buf));
		} else {
			out_raw(buf, (size_t)(p - buf));
			out_field(s, k);
			out_nl();
		}
	}
}

int
main(int argc, char *argv[])
{
	static struct option longopts[] = {
		{ "dollar", required_argument, NULL, OPT_DOLLAR },
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli cli;
	struct reader rd;
	struct record rec;
	struct money *m;
	const char *dollar = "USD";
	int ch, i, k, rc, rval = 0;

	cli_init(&cli, synopsis, help);
	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS, longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_DOLLAR:
			/* hkd is taken as HKD */
			for (k = 0; optarg[k] != '\0' && k < 3; k++)
				if (optarg[k] >= 'a' && optarg[k] <= 'z')
					optarg[k] = (char)(optarg[k] - 32);
			if (!money_valid_code(optarg)) {
				fprintf(stderr, "tag-money: --dollar: not an ISO 4217 "
				    "code (three letters): %s\n", optarg);
				cli_usage(&cli);
			}
			dollar = optarg;
			break;
		default:
			cli_option(&cli, ch);
		}
	}
	cli_files(&cli, argc - optind, argv + optind);
	m = money_new(dollar);
	if (cli.header)
		out_header("LINE\tSTART\tEND\tCURRENCY\tAMOUNT\tSURFACE");
	for (i = 0; i < cli.nfiles; i++) {
		if (cli_open(&cli, i, &rd) == -1) {
			rval = 1;
			continue;
		}
		while ((rc = reader_next(&rd, &rec)) == 1) {
			tag(m, &rec);
			out_record_done();
		}
		if (rc == -1)
			rval = 1;
		reader_close(&rd);
	}
	money_free(m);
	return out_close() | rval;
}
