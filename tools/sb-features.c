/*
 * sb-features -- print the features of strip-boilerplate's headline
 * candidates, for tools/train-sb.py (make model).
 *
 *	sb-features FILE...
 *
 * Each FILE is one document.  One line per headline candidate:
 *	FILE TAB LINE TAB feature... TAB TEXT
 * where LINE is the 1-based line number; a first line names the columns.
 *
 *	sb-features --lines FILE...
 *
 * The same, one line per line the rules judged (not blank, not the
 * headline or its block, not the lead above the article, not a byline or
 * dateline), with the features of a line model that would correct the
 * rules' keep and drop (tools/train-sb.py --lines): the line's own, the
 * rules' verdict and classes, where it stands in the article's run, and
 * its neighbours' verdicts.  They are worked out here, after sb_judge(),
 * from the engine's private header: the model did not beat the rules
 * (train-sb.py says by how much), so the engine does not compute them.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "record.h"
#include "sb.h"
#include "sb-int.h"
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

/* --- the line model's features ------------------------------------- */

enum {
	LF_BIAS, LF_KEPT, LF_GOOD, LF_CF_GOOD, LF_CF_NEARGOOD, LF_CF_SHORT,
	LF_CF_BAD, LF_SHORT_TEXT, LF_GOOD_DROPPED, LF_HARD, LF_HEADING,
	LF_TERM, LF_TEASER, LF_ENDED, LF_BULLET, LF_DUP, LF_LEAD, LF_CAPS,
	LF_COLON, LF_NONLATIN, LF_INSIDE, LF_ABOVE, LF_EDGE, LF_POSITION,
	LF_WORDS, LF_LONG, LF_STOPS, LF_TITLECASE, LF_DIGITS, LF_PREV_KEPT,
	LF_NEXT_KEPT, LF_NEAR_KEPT, LF_PREV_GOOD, LF_NEXT_GOOD, LF_TO_START,
	LF_TO_END, LF_TEXT_BEFORE, LF_TEXT_AFTER, LF_N
};

static const char *const lf_names[LF_N] = {
	"bias", "kept", "good", "cf_good", "cf_neargood", "cf_short",
	"cf_bad", "short_text", "good_dropped", "hard", "heading",
	"term", "teaser", "ended", "bullet", "dup", "lead", "caps",
	"colon", "nonlatin", "inside", "above", "edge", "position",
	"words", "long", "stops", "titlecase", "digits", "prev_kept",
	"next_kept", "near_kept", "prev_good", "next_good", "to_start",
	"to_end", "text_before", "text_after"
};

#define LN_NEAR		3	/* non-blank lines each side for near_kept */
#define LN_EDGE		50	/* lines from the run's edge that count */

/* Does the model judge line l at all? */
static int
ln_judged(const struct sb_line *l)
{
	return !(l->cls == C_BLANK || l->headline ||
	    (l->reason != NULL && strcmp(l->reason, "headline block") == 0) ||
	    l->flags & (F_META | F_LEAD));
}

/*
 * The features of line i.  rk[] holds the rules' keep of every line and
 * nbi[] the indexes of the non-blank lines (k: i's place among them);
 * tw[k] counts the words of the lines the rules kept before the k-th.
 */
static void
ln_features(const struct sb *sb, const struct sb_line *v, size_t i,
    const unsigned char *rk, const size_t *nbi, const unsigned long *tw,
    size_t nnb, size_t k, double *f)
{
	const struct sb_line *l = &v[i];
	size_t j, seen, edge;
	unsigned w = l->words ? l->words : 1, kept;

	memset(f, 0, LF_N * sizeof(*f));
	f[LF_BIAS] = 1;
	f[LF_KEPT] = rk[i];
	f[LF_GOOD] = l->cls == C_GOOD;
	f[LF_CF_GOOD] = l->cf == C_GOOD;
	f[LF_CF_NEARGOOD] = l->cf == C_NEARGOOD;
	f[LF_CF_SHORT] = l->cf == C_SHORT;
	f[LF_CF_BAD] = l->cf == C_BAD;
	f[LF_SHORT_TEXT] = l->cf == C_SHORT && l->cls == C_GOOD;
	f[LF_GOOD_DROPPED] = l->cls == C_GOOD && !rk[i];
	f[LF_HARD] = (l->flags & F_HARD) != 0;
	f[LF_HEADING] = (l->flags & F_HEADING) != 0;
	f[LF_TERM] = (l->flags & F_TERM) != 0;
	f[LF_TEASER] = (l->flags & (F_TEASER | F_CARD)) != 0;
	f[LF_ENDED] = (l->flags & (F_ENDED | F_COMMENT | F_END)) != 0;
	f[LF_BULLET] = (l->flags & (F_BULLET | F_NUMBERED)) != 0;
	f[LF_DUP] = (l->flags & F_DUP) != 0;
	f[LF_LEAD] = (l->flags & F_LEAD) != 0;
	f[LF_CAPS] = (l->flags & F_CAPS) != 0;
	f[LF_COLON] = (l->flags & F_COLON) != 0;
	f[LF_NONLATIN] = (l->flags & F_NONLATIN) != 0;
	f[LF_INSIDE] = i >= sb->art_a && i < sb->art_b;
	f[LF_ABOVE] = i < sb->art_a;
	/* non-blank lines to the edges of the article's run */
	edge = 0;
	if (f[LF_INSIDE] != 0) {
		for (j = k, seen = 0; j-- > 0 && nbi[j] >= sb->art_a &&
		    seen < LN_EDGE; )
			seen++;
		edge = seen;
		f[LF_TO_START] = log1p((double)seen) / log1p(LN_EDGE);
		for (j = k + 1, seen = 0; j < nnb && nbi[j] < sb->art_b &&
		    seen < LN_EDGE; j++)
			seen++;
		f[LF_TO_END] = log1p((double)seen) / log1p(LN_EDGE);
		if (seen < edge)
			edge = seen;
	}
	f[LF_EDGE] = log1p((double)edge) / log1p(LN_EDGE);
	/* the share of the kept words above and below the line */
	if (tw[nnb] > 0) {
		f[LF_TEXT_BEFORE] = (double)tw[k] / tw[nnb];
		f[LF_TEXT_AFTER] = (double)(tw[nnb] - tw[k + 1]) / tw[nnb];
	}
	f[LF_POSITION] = nnb > 1 ? (double)k / (double)(nnb - 1) : 0;
	f[LF_WORDS] = log1p(l->words) / log1p(200);
	f[LF_LONG] = l->words >= 20;
	f[LF_STOPS] = (double)l->stops / w;
	f[LF_TITLECASE] = (double)l->capwords / w;
	f[LF_DIGITS] = (double)l->numwords / w;
	if (k > 0) {
		f[LF_PREV_KEPT] = rk[nbi[k - 1]];
		f[LF_PREV_GOOD] = v[nbi[k - 1]].cls == C_GOOD;
	}
	if (k + 1 < nnb) {
		f[LF_NEXT_KEPT] = rk[nbi[k + 1]];
		f[LF_NEXT_GOOD] = v[nbi[k + 1]].cls == C_GOOD;
	}
	kept = 0;
	seen = 0;
	for (j = k > LN_NEAR ? k - LN_NEAR : 0; j < nnb && j <= k + LN_NEAR; j++)
		if (j != k) {
			kept += rk[nbi[j]];
			seen++;
		}
	f[LF_NEAR_KEPT] = seen ? (double)kept / seen : 0;
}

/* Print the line features of the n lines of a judged document. */
static void
print_lines(const struct sb *sb, const char *file, const struct sb_line *v,
    size_t n)
{
	unsigned char *rk = xcalloc(n + 1, 1);
	size_t *nbi = xcalloc(n + 1, sizeof(*nbi));
	unsigned long *tw = xcalloc(n + 2, sizeof(*tw));
	double f[LF_N];
	size_t i, j, k, nnb;

	for (i = 0, nnb = 0; i < n; i++) {
		rk[i] = v[i].keep != 0;
		if (v[i].cls != C_BLANK) {
			tw[nnb + 1] = tw[nnb] + (rk[i] ? v[i].words : 0);
			nbi[nnb++] = i;
		}
	}
	for (k = 0; k < nnb; k++) {
		i = nbi[k];
		if (!ln_judged(&v[i]))
			continue;
		ln_features(sb, v, i, rk, nbi, tw, nnb, k, f);
		printf("%s\t%zu", file, i + 1);
		for (j = 0; j < LF_N; j++)
			printf("\t%.6g", f[j]);
		putchar('\t');
		for (j = 0; j < v[i].len; j++)
			putchar(v[i].text[j] == '\t' ? ' ' : v[i].text[j]);
		putchar('\n');
	}
	free(rk);
	free(nbi);
	free(tw);
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
	int i, rc, first = 1, lines_mode = 0;

	if (argc > 1 && strcmp(argv[1], "--lines") == 0) {
		lines_mode = 1;
		first = 2;
		names = lf_names;
		t.nfeat = LF_N;
	} else
		sb_set_trace(sb, print_candidate, &t);
	printf("file\tline");
	for (j = 0; j < t.nfeat; j++)
		printf("\t%s", names[j]);
	printf("\ttext\n");
	for (i = first; i < argc; i++) {
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
			if (lines_mode)
				print_lines(sb, argv[i], lines, doc.n);
		}
		docreader_free(&dr);
		reader_close(&rd);
	}
	doc_free(&doc);
	free(lines);
	sb_free(sb);
	return 0;
}
