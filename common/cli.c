/*
 * cli -- shared options, usage and inputs (see cli.h).
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "out.h"

extern char *program_invocation_short_name;	/* glibc; set by crt */

static const char common_help[] =
    "  -r, --raw             treat each whole line as text (TABs become spaces)\n"
    "  -H, --with-filename   prefix the file name as the first key\n"
    "  -h, --no-filename     never prefix the file name (default for one input)\n"
    "      --header          print the column names first\n"
    "      --line-buffered   flush the output after every input record\n"
    "      --help            print this help and exit\n"
    "      --version         print the version and exit\n";

static char *stdin_only[] = { "-", NULL };

void
cli_init(struct cli *cli, const char *synopsis, const char *help)
{
	memset(cli, 0, sizeof(*cli));
	cli->synopsis = synopsis;
	cli->help = help;
	cli->filename = -1;
	opterr = 1;
}

_Noreturn void
cli_usage(const struct cli *cli)
{
	fprintf(stderr, "usage: %s %s\n", program_invocation_short_name,
	    cli->synopsis);
	fprintf(stderr, "Try '%s --help' for more information.\n",
	    program_invocation_short_name);
	exit(2);
}

static _Noreturn void
help_exit(const struct cli *cli)
{
	printf("usage: %s %s\n\n", program_invocation_short_name, cli->synopsis);
	if (cli->help != NULL)
		fputs(cli->help, stdout);
	fputs(common_help, stdout);
	printf("\nSee %s(1) for the details.\n", program_invocation_short_name);
	exit(out_close());
}

void
cli_option(struct cli *cli, int ch)
{
	switch (ch) {
	case 'H':
		cli->filename = 1;
		break;
	case 'h':
		cli->filename = 0;
		break;
	case 'r':
		cli->raw = 1;
		break;
	case CLI_HEADER:
		cli->header = 1;
		break;
	case CLI_LINE_BUFFERED:
		cli->line_buffered = 1;
		break;
	case CLI_HELP:
		help_exit(cli);
	case CLI_VERSION:
		printf("%s (copydesk) %s\n", program_invocation_short_name,
		    COPYDESK_VERSION);
		exit(out_close());
	default:
		cli_usage(cli);
	}
}

void
cli_files(struct cli *cli, int argc, char **argv)
{
	if (argc > 0) {
		cli->files = argv;
		cli->nfiles = argc;
	} else {
		cli->files = stdin_only;
		cli->nfiles = 1;
	}
	if (cli->filename == -1)
		cli->filename = cli->nfiles > 1;
	out_init(cli->line_buffered);
}

const char *
cli_fname(const struct cli *cli, int i)
{
	if (!cli->filename)
		return NULL;
	return cli->files[i];
}

int
cli_open(const struct cli *cli, int i, struct reader *rd)
{
	return reader_open(rd, cli->files[i], cli_fname(cli, i), cli->raw);
}

long long
cli_number(const char *name, const char *arg, long long min, long long max)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(arg, &end, 10);
	if (end == arg || *end != '\0' || errno == ERANGE)
		errx(2, "%s: invalid number: %s", name, arg);
	if (v < min)
		errx(2, "%s: too small: %s", name, arg);
	if (v > max)
		errx(2, "%s: too large: %s", name, arg);
	return v;
}
