/*
 * cli -- the options every filter shares (DESIGN §3) and its usage text.
 *
 * A filter lists its own options next to CLI_LONGOPTS in its
 * getopt_long() table, passes every option it does not know to
 * cli_option(), and calls cli_files() to get its operands:
 *
 *	static struct option longopts[] = {
 *		{ "explain", no_argument, NULL, 'e' },
 *		CLI_LONGOPTS,
 *		{ NULL, 0, NULL, 0 }
 *	};
 *	...
 *	while ((ch = getopt_long(argc, argv, CLI_SHORTOPTS "e", longopts,
 *	    NULL)) != -1) {
 *		switch (ch) {
 *		case 'e': eflag = 1; break;
 *		default: cli_option(&cli, ch);	// exits on --help, --version, errors
 *		}
 *	}
 */
#ifndef COPYDESK_CLI_H
#define COPYDESK_CLI_H

#include <getopt.h>

#include "record.h"

#ifndef COPYDESK_VERSION
#define COPYDESK_VERSION "0.1.0"
#endif

enum {
	CLI_HELP = 0x100,
	CLI_VERSION,
	CLI_HEADER,
	CLI_LINE_BUFFERED,
	CLI_FILTER_BASE = 0x200		/* first value free for a filter's own long-only options */
};

#define CLI_SHORTOPTS	"Hhr"
#define CLI_LONGOPTS \
	{ "help", no_argument, NULL, CLI_HELP }, \
	{ "version", no_argument, NULL, CLI_VERSION }, \
	{ "header", no_argument, NULL, CLI_HEADER }, \
	{ "line-buffered", no_argument, NULL, CLI_LINE_BUFFERED }, \
	{ "raw", no_argument, NULL, 'r' }, \
	{ "with-filename", no_argument, NULL, 'H' }, \
	{ "no-filename", no_argument, NULL, 'h' }

struct cli {
	const char	*synopsis;	/* "[-Hhr] [--explain] [file ...]" */
	const char	*help;		/* option lines for --help */
	int		 raw;		/* -r */
	int		 header;	/* --header */
	int		 line_buffered;
	int		 filename;	/* -1 automatic, 0 -h, 1 -H */
	char		**files;	/* operands, or { "-" } */
	int		 nfiles;
};

/*
 * Start: set the program's usage text.  synopsis follows the program
 * name on the usage line; help is the option list printed by --help.
 */
void	 cli_init(struct cli *cli, const char *synopsis, const char *help);

/*
 * Handle a shared option (or '?' from getopt_long).  --help prints to
 * stdout and exits 0; --version exits 0; anything unknown prints the
 * usage to stderr and exits 2.
 */
void	 cli_option(struct cli *cli, int ch);

/* Print the usage line to stderr and exit 2. */
_Noreturn void cli_usage(const struct cli *cli);

/*
 * Take the operands left after getopt (argc/argv past optind), set up
 * stdout (out_init) and return.  Afterwards cli->files/nfiles list the
 * inputs ("-" when none).
 */
void	 cli_files(struct cli *cli, int argc, char **argv);

/* The file-name key for input i: NULL unless -H, or several files. */
const char *cli_fname(const struct cli *cli, int i);

/*
 * Open input i as a reader; warns and returns -1 when it cannot be
 * opened (the caller sets exit status 1 and goes on).
 */
int	 cli_open(const struct cli *cli, int i, struct reader *rd);

/*
 * Parse a non-negative decimal option argument in [min, max]; on a bad
 * value, "prog: --name: why: arg" and exit 2.
 */
long long cli_number(const char *name, const char *arg, long long min,
	    long long max);

#endif
