/*
 * sb-features -- print the features of strip-boilerplate's headline
 * candidates, for tools/train-sb.py (make model).
 *
 *	sb-features FILE...
 *
 * Each FILE is one document.  One line per headline candidate:
 *	FILE TAB LINE TAB feature... TAB TEXT
 * where LINE is the 1-based line number; a first line names the columns.
 */
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "record.h"
#include "sb.h"
#include "xalloc.h"

struct trace {
	const char		*file;
	const struct sb_line	*lines;
	size_t			 nfeat;
};

static void
print_candidate(void *arg, size_t line, const double *feat)
{
	const struct trace *t = arg;
	const struct sb_line *l = &t->lines[line];
	size_t i;

	printf("%s\t%zu", t->file, line + 1);
	for (i = 0; i < t->nfeat; i++)
		printf("\t%.6g", feat[i]);
	putchar('\t');
	for (i = 0; i < l->len; i++)
		putchar(l->text[i] == '\t' ? ' ' : l->text[i]);
	putchar('\n');
}

int
main(int argc, char *argv[])
{
	struct reader rd;
	struct docreader dr;
	struct doc doc = { 0 };
	struct sb *sb = sb_new(0);
	struct sb_line *lines = NULL;
	struct trace t;
	const char *const *names = sb_feature_names(&t.nfeat);
	size_t cap = 0, j;
	int i, rc;

	printf("file\tline");
	for (j = 0; j < t.nfeat; j++)
		printf("\t%s", names[j]);
	printf("\ttext\n");
	sb_set_trace(sb, print_candidate, &t);
	for (i = 1; i < argc; i++) {
		if (reader_open(&rd, argv[i], NULL, 1) == -1)
			return 1;
		docreader_init(&dr, &rd);
		while ((rc = doc_next(&dr, &doc)) == 1) {
			if (doc.n > cap)
				xgrow((void **)&lines, &cap, doc.n, sizeof(*lines));
			for (j = 0; j < doc.n; j++) {
				lines[j].text = doc.recs[j].text;
				lines[j].len = doc.recs[j].textlen;
			}
			t.file = argv[i];
			t.lines = lines;
			sb_judge(sb, lines, doc.n);
		}
		docreader_free(&dr);
		reader_close(&rd);
	}
	doc_free(&doc);
	free(lines);
	sb_free(sb);
	return 0;
}
