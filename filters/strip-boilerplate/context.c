/*
 * context -- owns the document context: lines printed twice, list items
 * of several lines (teaser cards), lists of titles each with its summary
 * indented under it (teaser lists), stories embedded in the text,
 * comment threads, and jusText's revision of short and near-good lines
 * by their neighbours.  Reads each
 * line's class and flags from line.c; hands on the revised class (cls).
 */
#include <stdint.h>
#include <stdlib.h>

#include "sb-int.h"
#include "xalloc.h"

#define LONE_WORDS	8	/* see lone_furniture() */
#define EMBED_LINES	4	/* see teaser_embed() */

/*
 * The class a line shows its neighbours: -1 when they look past it
 * (blank lines, short lines, debris, and near-good lines when
 * ignore_near); a repeated line counts as bad, but a paragraph printed
 * twice is text in its first copy, and its later copies are looked past.
 */
static int
nbclass(const struct sb_line *l, int ignore_near)
{
	int c = l->cls;

	if (c == C_BLANK || c == C_SHORT || l->flags & F_SKIP)
		return -1;
	if (twice_told(l))
		return l->flags & F_AGAIN ? -1 : c;
	if (l->flags & F_DUP)
		return C_BAD;
	if (c == C_NEARGOOD && ignore_near)
		return -1;
	return c;
}

/*
 * For every line, the class of the nearest line before it (prev) and
 * after it (next) that shows one; the document's edges count as bad.
 * One pass each way, so a long run of short lines costs no more than
 * its length.
 */
static void
neighbours(const struct sb_line *v, size_t n, int ignore_near,
    const unsigned char *skip, unsigned char *prev, unsigned char *next)
{
	size_t i;
	int c, k;

	for (i = 0, c = C_BAD; i < n; i++) {
		if (prev != NULL)
			prev[i] = (unsigned char)c;
		if ((k = nbclass(&v[i], ignore_near)) >= 0 &&
		    (skip == NULL || !skip[i]))
			c = k;
	}
	for (i = n, c = C_BAD; i-- > 0; ) {
		if (next != NULL)
			next[i] = (unsigned char)c;
		if ((k = nbclass(&v[i], ignore_near)) >= 0 &&
		    (skip == NULL || !skip[i]))
			c = k;
	}
}

/*
 * Is the nearest line before (step -1) or after (+1) line i that shows
 * a class good or near-good?
 */
static int
textual(const struct sb_line *v, size_t n, size_t i, int step)
{
	int k;

	while ((step < 0 && i-- > 0) || (step > 0 && ++i < n))
		if ((k = nbclass(&v[i], 0)) >= 0)
			return k == C_GOOD || k == C_NEARGOOD;
	return 0;	/* the document's edge counts as bad */
}

/*
 * lone[i] is 1 for a short line of furniture (a share button, "Click
 * here to get the app", an advertisement's label) with text right above
 * and right below it: the article goes on around it, so near-good lines
 * look past it.  Such a line shows a class itself, so the scans from
 * one stop at the next: linear.
 */
static void
lone_furniture(const struct sb_line *v, size_t n, unsigned char *lone)
{
	size_t i;

	for (i = 0; i < n; i++)
		lone[i] = v[i].cls == C_BAD && v[i].flags & F_HARD &&
		    !(v[i].flags & (F_TEASER | F_COMMENT | F_END | F_ENDED |
		    F_CARD)) && v[i].words <= LONE_WORDS &&
		    textual(v, n, i, -1) && textual(v, n, i, 1);
}

/* Do two lines read the same, blanks and bullets before them aside? */
static int
same(const struct sb_line *a, const struct sb_line *b)
{
	return a->len - a->indent == b->len - b->indent &&
	    memcmp(a->text + a->indent, b->text + b->indent,
	    a->len - a->indent) == 0;
}

/*
 * Lines of four words or more whose text (blanks and bullets aside)
 * comes again in the document: teaser titles and picture captions that a
 * page prints twice.  They count as furniture for their neighbours.
 * Copies after the first are also marked F_AGAIN: the lines' hashes go
 * into an open-addressing table in document order, and a hash found
 * there is a copy of the line that put it there.
 */
void
sb_repeats(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i, j, m = 0, cap, mask;
	uint64_t h;

	for (i = 0; i < n; i++)
		if (v[i].words >= 4 && v[i].cf != C_BLANK)
			m++;
	if (m < 2)
		return;
	for (cap = 4; cap < 2 * m; cap *= 2)
		;
	if (sb->hlcap < cap)
		xgrow((void **)&sb->hl, &sb->hlcap, cap, sizeof(*sb->hl));
	mask = cap - 1;
	for (j = 0; j < cap; j++)
		sb->hl[j].i = SIZE_MAX;		/* empty */
	for (i = 0; i < n; i++) {
		if (v[i].words < 4 || v[i].cf == C_BLANK)
			continue;
		h = phash(v[i].text + v[i].indent, v[i].len - v[i].indent);
		for (j = h & mask; sb->hl[j].i != SIZE_MAX && sb->hl[j].h != h;
		    j = (j + 1) & mask)
			;
		if (sb->hl[j].i == SIZE_MAX) {
			sb->hl[j].h = h;
			sb->hl[j].i = i;
		} else {
			v[sb->hl[j].i].flags |= F_DUP;
			v[i].flags |= F_DUP | F_AGAIN;
		}
	}
}

/*
 * An item of a teaser list at line i: a title (no bullet, not a sentence,
 * a heading's length) with, on the very next line, a summary of eight
 * words or more at another indent -- a definition list as text dumpers
 * print it (<dt> the title, <dd> the summary indented), or a table of
 * stories whose cells the dumper lays out at their own columns.  An
 * article's subheading has its paragraph after a blank line, or at its
 * own indent.
 */
static int
titled_summary(const struct sb_line *v, size_t n, size_t i)
{
	const struct sb_line *t = &v[i], *s = &v[i + 1];

	return i + 1 < n && t->cf != C_BLANK && s->cf != C_BLANK &&
	    !(t->flags & (F_TERM | F_BULLET | F_NUMBERED)) &&
	    t->words >= 1 && t->words <= 20 &&
	    !(s->flags & (F_BULLET | F_NUMBERED)) && s->words >= 8 &&
	    s->indent != t->indent;
}

/*
 * Three or more such items in a row (at most two lines between one
 * summary and the next title) are a list of other stories: teasers,
 * however good their summaries read.
 */
static void
teaser_list(struct sb_line *v, size_t n)
{
	size_t i, j, k, items;

	for (i = 0; i + 1 < n; i++) {
		if (!titled_summary(v, n, i))
			continue;
		for (j = i, items = 1; ; items++) {
			for (k = j + 2; k < n && k <= j + 4 &&
			    !titled_summary(v, n, k); k++)
				;
			if (k >= n || k > j + 4)
				break;
			j = k;
		}
		if (items >= 3)
			for (k = i; k <= j + 1; k++) {
				if (v[k].cf == C_BLANK)
					continue;
				v[k].cf = C_BAD;
				v[k].flags |= F_HARD;
				v[k].reason = "teaser list";
			}
		i = j + 1;
	}
}


/*
 * A story embedded in the text (a box "Column: Why the rates went up"
 * with its section, picture and link, between two paragraphs): a title
 * -- a line of a heading's length that does not end like a sentence --
 * that the page prints again within EMBED_LINES lines, with no text and
 * no byline between the copies.  The title, its copy and the lines
 * between are teasers.  A line printed a third time is a list's label
 * ("Meal 1", "Serves 4"), not a title, and stays; so does a line with a
 * sentence's end inside, a photo's caption with its credit after it
 * ("... docks on Thursday. Photo: Jane Doe"), scraped twice: that is
 * dedupe-captions' to judge.
 */
static int
sentence_inside(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p;

	for (p = s + 1; p + 2 < e; p++)
		if ((*p == '.' || *p == '?' || *p == '!') && p[1] == ' ' &&
		    sb_bcls[(unsigned char)p[2]] & B_UPPER &&
		    sb_bcls[(unsigned char)p[-1]] & B_LOWER)
			return 1;
	return 0;
}

static void
teaser_embed(struct sb_line *v, size_t n)
{
	size_t i, j, k, m;

	for (i = 0; i < n; i++) {
		if (!(v[i].flags & F_DUP) || v[i].flags & (F_AGAIN | F_TERM |
		    F_META) || v[i].words > 20 || v[i].cf == C_BLANK ||
		    sentence_inside(&v[i]))
			continue;
		for (j = i + 1, m = 0; j < n; j++) {
			if (v[j].cf == C_BLANK)
				continue;
			if (v[j].flags & F_AGAIN && same(&v[i], &v[j]))
				break;
			if (v[j].cf == C_GOOD || v[j].flags & F_META ||
			    ++m > EMBED_LINES)
				break;
		}
		if (j >= n || !(v[j].flags & F_AGAIN && same(&v[i], &v[j])))
			continue;
		for (k = j + 1; k < n; k++)
			if (v[k].flags & F_AGAIN && same(&v[i], &v[k]))
				break;
		if (k < n)
			continue;	/* a third copy: a list's label */
		for (k = i; k <= j; k++) {
			if (v[k].cf == C_BLANK)
				continue;
			v[k].cf = C_BAD;
			v[k].flags |= F_HARD;
			v[k].reason = "embedded teaser";
		}
		i = j;
	}
}

/*
 * Page structure that text dumpers keep: a list item of several lines of
 * text (a teaser card: picture, title, author, summary), a list of titles
 * with summaries (teaser_list()), a story embedded in the text
 * (teaser_embed()), and a run of "name says:" lines (a
 * comment thread).
 */
void
sb_structure(struct sb_line *v, size_t n)
{
	size_t i, j, last, nsays = 0;
	unsigned long good = 0, cardgood;
	unsigned cont;

	for (i = 0; i < n; i++) {
		if (v[i].cf == C_GOOD)
			good += v[i].words;
		if (v[i].flags & F_SAYS)
			nsays++;
	}
	if (nsays >= 2)
		for (i = 0; i < n; i++)
			if (v[i].flags & F_SAYS)
				v[i].flags |= F_COMMENT;
	for (i = 0; i < n; i++) {
		if (!(v[i].flags & (F_BULLET | F_NUMBERED)))
			continue;
		cont = 0;
		last = i;
		cardgood = v[i].cf == C_GOOD ? v[i].words : 0;
		for (j = i + 1; j < n && j < i + MAXCARD; j++) {
			if (v[j].cf == C_BLANK)
				continue;
			if (v[j].indent <= v[i].indent)
				break;
			if (!(v[j].flags & (F_BULLET | F_NUMBERED)))
				cont++;
			if (v[j].cf == C_GOOD)
				cardgood += v[j].words;
			last = j;
		}
		if (cont >= 2 && cardgood * 10 < good * 4) {
			for (j = i; j <= last; j++) {
				if (v[j].cf == C_BLANK)
					continue;
				v[j].cf = C_BAD;
				v[j].flags |= F_HARD | F_CARD;
				v[j].reason = "teaser card";
			}
			i = last;
		}
	}
	teaser_list(v, n);
	teaser_embed(v, n);
}

/*
 * Runs of near-good and good lines (short lines, blank lines and debris
 * between them allowed): run[i] is 1 for the lines of a run long enough
 * to be text on its own (three lines, 50 words).  Sites that print one
 * sentence a paragraph have no "good" lines at all.
 */
static void
goodruns(const struct sb_line *v, size_t n, unsigned char *run)
{
	size_t i, j, start, lines;
	unsigned long words;
	int in;

	for (i = 0; i < n; ) {
		start = i;
		lines = 0;
		words = 0;
		for (j = i; j < n; j++) {
			in = v[j].cls == C_NEARGOOD || v[j].cls == C_GOOD;
			if (in) {
				words += v[j].words;
				lines++;
			} else if (!(v[j].cls == C_BLANK || v[j].cf == C_SHORT ||
			    v[j].flags & F_SKIP))
				break;
		}
		for (; i < j; i++)
			run[i] = lines >= 3 && words >= 50;
		if (i < n)
			run[i++] = 0;
		(void)start;
	}
}

/* jusText's context-sensitive revision, for lines. */
void
sb_context(struct sb *sb, struct sb_line *v, size_t n)
{
	unsigned char *pg, *ng, *pn, *nn;
	size_t i, j, dist;
	int p, nx, c, kc, list;

	if (sb->nbcap < 4 * n)
		xgrow((void **)&sb->nb, &sb->nbcap, 4 * n, 1);
	pg = sb->nb;		/* good or bad before: near-good ignored */
	ng = pg + n;		/* ... after */
	pn = ng + n;		/* good, near-good or bad before */
	nn = pn + n;		/* ... after */

	for (i = 0; i < n; i++)
		v[i].cls = v[i].cf;
	/*
	 * A short heading right above good text (a byline or a picture
	 * between them at most) is text.
	 */
	for (i = 0; i < n; i++) {
		if (v[i].cls != C_SHORT || !(v[i].flags & F_HEADING))
			continue;
		for (j = i + 1, dist = 0; j < n; j++) {
			if (v[j].cls == C_BLANK || v[j].flags & F_SKIP)
				continue;
			if (v[j].cls == C_GOOD) {
				v[i].cls = C_GOOD;
				v[i].reason = "heading";
				break;
			}
			if (!(v[j].flags & F_META) || ++dist > 2)
				break;
		}
	}
	/* Short lines take the class of their neighbours. */
	neighbours(v, n, 1, NULL, pg, ng);
	neighbours(v, n, 0, NULL, pn, nn);
	for (i = 0; i < n; i++) {
		if (v[i].cls != C_SHORT)
			continue;
		p = pg[i];
		nx = ng[i];
		if (p == C_GOOD && nx == C_GOOD)
			v[i].cf = C_GOOD;
		else if (p == C_BAD && nx == C_BAD)
			v[i].cf = C_BAD;
		else if ((p == C_BAD && pn[i] == C_NEARGOOD) ||
		    (nx == C_BAD && nn[i] == C_NEARGOOD))
			v[i].cf = C_GOOD;
		else if (v[i].flags & F_TERM && !(v[i].flags & F_BULLET && 0))
			v[i].cf = C_GOOD;
		else
			v[i].cf = C_BAD;
		/* cf is free now: it carries the new class until all are done */
	}
	for (i = 0; i < n; i++)
		if (v[i].cls == C_SHORT) {
			v[i].cls = v[i].cf;
			v[i].cf = C_SHORT;
			v[i].reason = v[i].cls == C_GOOD ? "short, in text" :
			    "short, among furniture";
		}
	/*
	 * Near-good lines are good unless bad lines surround them (in
	 * place, as jusText: a near-good line decided counts for the next).
	 */
	lone_furniture(v, n, nn);
	neighbours(v, n, 1, nn, NULL, ng);
	goodruns(v, n, pn);
	for (i = 0, c = C_BAD; i < n; i++) {
		if (v[i].cls != C_NEARGOOD) {
			if ((kc = nbclass(&v[i], 1)) >= 0 && !nn[i])
				c = v[i].flags & F_META &&
				    !(v[i].flags & F_DUP) ? C_GOOD : kc;
			continue;
		}
		p = c;
		nx = ng[i];
		if (p == C_BAD && nx == C_BAD && !pn[i]) {
			v[i].cls = C_BAD;
			v[i].reason = v[i].cf == C_SHORT || (v[i].flags & F_HEADING) ?
			    "heading, among furniture" : "near-good, among furniture";
		} else {
			v[i].cls = C_GOOD;
			if (v[i].cf == C_NEARGOOD)
				v[i].reason = "near-good, in text";
		}
		if ((kc = nbclass(&v[i], 1)) >= 0)
			c = kc;
	}
	/*
	 * A list or table that continues the text: right after good text
	 * (and an intro line or a heading), a tight run of three or more
	 * lines with no blank line between them and no furniture in them;
	 * after a line that ends with a colon its items may be bullets
	 * that do not end like sentences ("Key features:", then specs),
	 * and labels of a word or two may stand between its lines when
	 * half of them hold figures (a schedule: "Saturday", then games
	 * and times).
	 */
	for (i = 0; i < n; i++) {
		size_t k, first, run, end, tiny, labels, figures;
		size_t run0 = 0, end0 = 0;
		const struct sb_line *prev;
		int colon;

		if (v[i].cls != C_GOOD)
			continue;
		first = i + 1;
		while (first < n && v[first].cls == C_BLANK)
			first++;
		colon = v[i].flags & F_COLON;
		if (colon)
			k = first;	/* "Key features:", then bullets */
		else if (first < n && v[first].cls != C_GOOD &&
		    v[first].flags & F_HEADING && !(v[first].flags & F_HARD) &&
		    first + 1 < n && (v[first + 1].cls != C_BLANK ||
		    (first + 2 < n && v[first + 2].cls != C_BLANK)))
			k = v[first + 1].cls != C_BLANK ? first + 1 :
			    first + 2;	/* "Tour dates" */
		else if (v[i].flags & F_COLON)
			k = first;	/* "The dates are:" */
		else
			continue;
		for (j = k, run = 0, end = k, tiny = labels = figures = 0,
		    prev = NULL; j < n; j++) {
			if (v[j].cls == C_BLANK) {
				if (j + 1 < n && v[j + 1].cls == C_BLANK)
					break;
				continue;
			}
			if (v[j].flags & (F_HARD | F_META) ||
			    (v[j].flags & F_BULLET && !(v[j].flags & F_TERM) &&
			    !colon) || (v[j].flags & F_AGAIN && prev != NULL &&
			    same(prev, &v[j])))
				break;	/* a title printed twice: teasers */
			prev = &v[j];
			if (v[j].words < 3) {
				/* a label ("Saturday", "Meal 2"), not two in a row */
				if (tiny++ > 0)
					break;
				if (labels++ == 0) {
					run0 = run;
					end0 = end;
				}
				continue;
			}
			tiny = 0;
			figures += v[j].numwords > 0;
			run++;
			end = j + 1;
		}
		/* with labels, a schedule or a recipe: figures in half its lines */
		if (labels > 0 && figures * 2 < run) {
			run = run0;
			end = end0;
		}
		if (run < 3)
			continue;
		if (k > first && v[first].cls != C_GOOD) {
			v[first].cls = C_GOOD;
			v[first].reason = "heading";
		}
		for (j = k; j < end; j++)
			if (v[j].cls != C_GOOD && v[j].cls != C_BLANK) {
				v[j].cls = C_GOOD;
				v[j].reason = "list in text";
			}
		i = end - 1;
	}
	/*
	 * A teaser heading: the short lines under it are teasers, and so are
	 * the items of a list right under it, however long ("Related", then
	 * "1. A worker on the line at a car plant. Two traders say where to
	 * invest next").
	 */
	for (i = 0; i < n; i++) {
		if (!(v[i].flags & F_TEASER) || v[i].flags & F_BULLET)
			continue;
		for (j = i + 1, list = 1; j < n; j++) {
			if (v[j].cls == C_BLANK || v[j].flags & F_META)
				continue;
			if (v[j].flags & F_SKIP)
				continue;
			list = list && v[j].flags & (F_NUMBERED | F_BULLET);
			if (v[j].flags & (F_TEASER | F_COMMENT) || (!list &&
			    (v[j].cf == C_GOOD || (v[j].flags & F_TERM &&
			    v[j].words >= 10))))
				break;
			if (v[j].cls != C_BAD) {
				v[j].cls = C_BAD;
				v[j].reason = "teaser";
			}
		}
	}
}
