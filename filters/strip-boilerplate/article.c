/*
 * article -- owns the article run: where the article ends (a comment
 * heading, "About the author", signed comments), the run of lines with
 * the most good text (a paragraph printed twice counted once), and the
 * lead above it.  Reads the classes of context.c; hands on keep
 * and reason for every line, and the run [art_a, art_b) to headline.c.
 */
#include <stddef.h>

#include "sb-int.h"

#define GAP_STEP	16	/* see sb_article() */
#define FIRST_WORDS	25	/* see first_part() */
#define BRIDGE_MAX	3	/* lines between two paragraphs, see bridges() */
#define LIST_MAX	12	/* ... when they are a list's items */

#define ABOVE_WORDS	12	/* see standfirst() */
#define TAIL_GAP	4	/* see tail_block() */
#define TAIL_LINES	2

static const char ABOVE[] = "above the text";	/* see standfirst() */

/*
 * The lead: walking back from the first line of the article's text over
 * bylines, share buttons and pictures, keep the standfirst, the summary
 * bullets and the headline above them (not a caption or a standfirst of
 * ABOVE_WORDS words or more: see standfirst()).
 */
static void
lead(struct sb_line *v, size_t n, size_t a, size_t b)
{
	size_t i, taken = 0, skipped = 0;
	int meta = 0;

	if (a >= b || a >= n)
		return;
	for (i = a; i-- > 0; ) {
		if (v[i].flags & F_META) {
			v[i].flags |= F_LEAD;
			meta = 1;
			continue;
		}
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		if (v[i].flags & F_HARD) {
			if (v[i].words <= 4 && !(v[i].flags & (F_TEASER |
			    F_COMMENT | F_CARD | F_END)))
				continue;	/* "Share on X", "Email" */
			break;
		}
		if (v[i].cls == C_GOOD) {
			/* a caption, a standfirst (see standfirst()) */
			v[i].flags |= F_LEAD;
			if (!(v[i].flags & (F_HEADING | F_BULLET | F_DUP)) &&
			    v[i].words >= ABOVE_WORDS)
				v[i].reason = ABOVE;
			continue;
		}
		if (v[i].flags & F_BULLET ? v[i].words < 5 : v[i].flags & F_HEADING ? v[i].words < 4 :
		    !(v[i].flags & F_TERM && v[i].words >= 8 &&
		    v[i].cf != C_BAD)) {
			if (v[i].words <= 3 && ++skipped <= 4)
				continue;
			break;
		}
		if (++taken > 6)
			break;
		v[i].cls = C_GOOD;
		v[i].flags |= F_LEAD;
		v[i].reason = "lead";
		if (v[i].flags & F_HEADING && !(v[i].flags & F_BULLET)) {
			if (!meta && v[i].capwords * 2 < v[i].words)
				v[i].flags |= F_UNSIGNED; /* hl_unsigned() */
			break;		/* the headline */
		}
	}
}

/*
 * The article's first paragraphs, cut from the rest by a box of furniture
 * (a table of figures, a list of other stories, a picture and its
 * credits): right under the last byline or dateline above the run [a, b),
 * a paragraph or more of text that ends before a.  They are kept as the
 * lead is, and the article starts with them: the lead and the headline
 * are looked for above them.  Returns the article's first line.
 */
static size_t
first_part(struct sb_line *v, size_t a)
{
	size_t i, m, start, end, lines = 0;
	unsigned long words = 0;
	int sentence = 0, skipped = 0;

	for (m = a; m-- > 0; )
		if (v[m].flags & F_META)
			break;
	if (m == (size_t)-1 || m + 1 >= a)
		return a;
	for (i = m + 1; i < a; i++) {
		if (v[i].cls == C_BLANK || v[i].flags & (F_SKIP | F_META))
			continue;
		if (v[i].cls != C_GOOD && v[i].words <= 3 && !skipped++)
			continue;	/* "Staff Writer", "CBC News" */
		break;
	}
	for (start = end = i; i < a; i++) {
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		if (v[i].cls != C_GOOD || v[i].flags & (F_META | F_DUP | F_LEAD))
			break;
		if (sentence && v[i].cf != C_GOOD && v[i].cf != C_NEARGOOD &&
		    !(v[i].flags & F_TERM))
			break;	/* "Videos" after the text: the box begins */
		words += v[i].words;
		lines++;
		sentence |= v[i].flags & F_TERM && v[i].words >= 15;
		end = i + 1;
	}
	if (lines == 0 || end >= a || !sentence || words < FIRST_WORDS)
		return a;
	for (i = start; i < end; i++)
		if (v[i].cls == C_GOOD) {
			v[i].flags |= F_LEAD;
			v[i].reason = "first part";
		}
	return start;
}

/*
 * Bylines after the article's text has begun ("Posted by: jdoe | Jan 10,
 * 2008"): two or more of them sign readers' comments (or teasers), so the
 * article's run [a, b) ends at the first.  Returns the run's new end.
 */
static size_t
late_bylines(struct sb_line *v, size_t n, size_t a, size_t b)
{
	size_t i, first = b;
	unsigned long good = 0;
	unsigned late = 0;

	for (i = a; i < n; i++) {
		if (v[i].flags & F_BYLINE && good >= 60 && late++ == 0)
			first = i;
		if (v[i].cls == C_GOOD)
			good += v[i].words;
	}
	if (late < 2 || first >= b)
		return b;
	for (i = first; i < b; i++)
		if (v[i].cls != C_BLANK) {
			v[i].reason = "comments";
			v[i].flags |= F_ENDED;
		}
	return first;
}

/*
 * A later copy of a line longer than a heading that the page prints more
 * than once: a paragraph printed twice (twice_told()), a picture's caption
 * under the picture and again in a gallery, a teaser's title and summary
 * in two lists.  The first copy is judged like any line (dedupe-captions
 * decides about captions); a repeated heading stays for the context and
 * the headline to judge.
 */
static int
again(const struct sb_line *l)
{
	return l->flags & F_AGAIN && l->cls == C_GOOD && l->words > HEAD_WORDS;
}

/*
 * A line the article's own paragraphs enclose: not furniture by any rule
 * of its own (no phrase, no byline, no contact line, no repeat), only too
 * short or too poor in stopwords to be text alone -- a subheading, a list
 * item, a product and its price, a line of a schedule.
 */
static int
bridgeable(const struct sb_line *l)
{
	return l->cls != C_GOOD && l->cls != C_BLANK &&
	    !(l->flags & (F_HARD | F_META | F_DUP | F_SKIP | F_ENDED |
	    F_TEASER | F_COMMENT | F_LEAD | F_NOTTITLE)) &&
	    (l->cf == C_SHORT || l->cf == C_BAD || l->cf == C_NEARGOOD);
}

/* A paragraph of the article's text, good on its own or by its context. */
static int
body(const struct sb_line *l)
{
	return l->cls == C_GOOD && !(l->flags & (F_LEAD | F_META | F_SKIP)) &&
	    !(l->flags & F_AGAIN);
}

/*
 * Inside the article's run [a, b), a few such lines in a row (blank lines
 * between them allowed) with a paragraph of text right above and right
 * below are the article's.
 */
static void
bridges(struct sb_line *v, size_t a, size_t b)
{
	size_t i, j, k, m, max;
	int items;

	for (i = a; i < b; i++) {
		if (!body(&v[i]))
			continue;
		for (j = i + 1, m = 0, items = 1; j < b; j++) {
			if (v[j].cls == C_BLANK)
				continue;
			if (!bridgeable(&v[j]))
				break;
			items = items && v[j].flags & (F_BULLET | F_NUMBERED);
			if (++m > (items ? LIST_MAX : BRIDGE_MAX))
				break;
		}
		max = items ? LIST_MAX : BRIDGE_MAX;
		if (m == 0 || j >= b || m > max || !body(&v[j]))
			continue;
		for (k = i + 1; k < j; k++)
			if (v[k].cls != C_BLANK) {
				v[k].cls = C_GOOD;
				v[k].reason = "between paragraphs";
			}
		i = j - 1;
	}
}

/*
 * Does the line start with a dash and a blank ("\xe2\x80\x94 Jane Doe
 * (@jdoe) November 18, 2019")?  line.c takes the dashes for bullets.
 */
static int
dashed(const struct sb_line *l)
{
	const unsigned char *s = (const unsigned char *)l->text + l->indent;
	size_t left = l->len - l->indent;

	return l->flags & F_BULLET && left >= 4 && s[0] == 0xe2 &&
	    s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94 || s[2] == 0x95) &&
	    (s[3] == ' ' || s[3] == '\t');
}

/*
 * An attribution: a short line that starts with a dash right under a
 * kept paragraph signs the quote or the post above it (an embedded
 * tweet's author and date) and is kept with it.
 */
static void
attributions(struct sb_line *v, size_t n)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		if (v[i].keep || v[i].cls == C_BLANK || !dashed(&v[i]) ||
		    v[i].words > HEAD_WORDS + 4 || v[i].flags & (F_HARD |
		    F_META | F_ENDED | F_DUP | F_SKIP | F_TEASER | F_COMMENT))
			continue;
		for (j = i; j-- > 0; )
			if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP))
				break;
		if (j == (size_t)-1 || !v[j].keep || v[j].cls != C_GOOD ||
		    v[j].flags & (F_META | F_LEAD))
			continue;
		v[i].keep = 1;
		v[i].cls = C_GOOD;
		v[i].reason = "attribution";
	}
}

/*
 * Above the text: a good line of ABOVE_WORDS words or more between the
 * headline and the text's byline -- a picture's caption, a long
 * standfirst -- is not the article's (neither development set's gold
 * holds them).  lead() marks those above the article's run; here, one or
 * two such lines at the top of the run [a, b), right above its byline or
 * dateline, with text under it.  A first paragraph that the page prints
 * again below (F_DUP) stays: its later copy goes as printed twice.
 */
static void
standfirst(struct sb_line *v, size_t n, size_t a, size_t b)
{
	size_t i, m, lines = 0, words = 0;

	for (m = a; m < b && m < n; m++) {
		if (v[m].cls == C_BLANK || v[m].flags & F_SKIP)
			continue;
		if (v[m].flags & F_META)
			break;
		if (!v[m].keep || v[m].flags & F_HEADING)
			continue;	/* the headline */
		if (v[m].cls != C_GOOD || v[m].flags & F_DUP ||
		    v[m].words < ABOVE_WORDS)
			return;
		lines++;
		words += v[m].words;
	}
	if (m >= b || lines == 0 || lines > 2 || words > 60)
		return;
	for (i = m + 1; i < b; i++)
		if (v[i].keep && v[i].cls == C_GOOD && !(v[i].flags & F_META))
			break;
	if (i >= b)
		return;
	for (i = a; i < m; i++)
		if (v[i].keep && !(v[i].flags & (F_META | F_HEADING))) {
			v[i].keep = 0;
			v[i].reason = ABOVE;
		}
}

/*
 * The run [a, b) ends in a block of text that a break cuts from the rest:
 * a horizontal rule, or TAIL_GAP lines or more of furniture with no text
 * between, then at most TAIL_LINES paragraphs (blank lines and debris
 * between them allowed), fewer words than half the run's text above the
 * break -- what a page puts under its article: a company's "about"
 * paragraphs under a press release, the author's bio, a newsletter's
 * offer.  The run ends at the break.  Returns the run's new end.
 */
static size_t
tail_block(struct sb_line *v, size_t a, size_t b)
{
	size_t i, t, g, gap = 0, lines = 0;
	unsigned long words = 0, above = 0;
	int rule = 0;

	for (t = b; t > a; t--) {
		i = t - 1;
		if (v[i].flags & F_RULE)
			break;
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		if (v[i].cls != C_GOOD || v[i].flags & (F_META | F_LEAD) ||
		    ++lines > TAIL_LINES)
			break;
		words += v[i].words;
	}
	if (lines == 0 || lines > TAIL_LINES)
		return b;
	while (t < b && v[t].cls == C_BLANK)
		t++;		/* the block starts at its first line */
	for (g = t; g > a; g--) {
		i = g - 1;
		rule |= (v[i].flags & F_RULE) != 0;
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		if (v[i].cls == C_GOOD)
			break;
		gap++;
	}
	if (g <= a || (!rule && gap < TAIL_GAP))
		return b;
	for (i = a; i < g; i++)
		if (v[i].cls == C_GOOD)
			above += v[i].words;
	if (words * 2 >= above)
		return b;
	for (i = t; i < b; i++)
		if (v[i].cls == C_GOOD) {
			v[i].flags |= F_ENDED;
			v[i].reason = "after a break";
		}
	return g;
}

/*
 * The article: a comment heading after good text ends it; then the run
 * of lines with the most good text is kept.
 */
void
sb_article(struct sb *sb, struct sb_line *v, size_t n)
{
	size_t i, j, best_a = 0, best_b = 0, a = 0, firstmeta = (size_t)-1;
	size_t nb, tail, first;
	long good = 0, sum = 0, best = 0, s;
	size_t gap = 0;		/* furniture lines since the last good one */

	for (i = 0; i < n; i++) {
		if (v[i].flags & (F_COMMENT | F_END) && good >= 60) {
			const char *why = v[i].flags & F_COMMENT ? "comments" :
			    "after the article";
			for (j = i; j < n; j++) {
				v[j].cls = C_BAD;
				v[j].flags |= F_ENDED;
				/* a contact line, a notice: its own reason */
				if (v[j].cf != C_BLANK && !(j == i &&
				    v[j].cf == C_BAD && v[j].flags & F_NOTTITLE))
					v[j].reason = why;
			}
			break;
		}
		if (v[i].cls == C_GOOD)
			good += v[i].words;
	}
	/*
	 * Kadane: good words gain, furniture costs.  Text in the last tenth
	 * of a long page gains half: that is where footers are.  Furniture
	 * costs more the longer it runs without text (the k-th line in a row
	 * GAP_STEP + k over GAP_STEP times its cost): an advertisement or a
	 * share bar inside the article is a few lines, but the related links,
	 * the site's sections and menus between the article and a footer's
	 * disclaimer or another story's summaries are many.  A line printed
	 * twice costs as furniture, unless the context judged it text (a
	 * timetable's line under every day): then it costs nothing.
	 */
	for (i = 0, nb = 0; i < n; i++)
		if (v[i].cls != C_BLANK)
			nb++;
	tail = n;
	if (nb >= 50)
		for (i = n, j = 0; i-- > 0; )
			if (v[i].cls != C_BLANK && ++j == nb / 10) {
				tail = i;
				break;
			}
	for (i = 0; i < n; i++) {
		if (v[i].flags & F_META) {
			/* the first byline block is free, later ones are teasers' */
			if (firstmeta == (size_t)-1)
				firstmeta = i;
			s = i <= firstmeta + 6 ? 0 : -5;
		} else if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			s = 0;
		else if (twice_told(&v[i]) && v[i].flags & F_AGAIN)
			s = 0;
		else if (v[i].flags & F_DUP && !twice_told(&v[i]))
			s = v[i].cls == C_GOOD ? 0 :
			    -(long)(v[i].words < 20 ? v[i].words : 20);
		else if (v[i].cls == C_GOOD)
		{
			s = (long)v[i].words + 1;
			if (i >= tail)
				s /= 2;
			if (v[i].cf != C_GOOD)
				s = (s + 1) / 2;	/* good by its context only */
		}
		else {
			s = -(long)(v[i].words < 4 ? 3 : v[i].words < 20 ?
			    v[i].words : 20);
			s = s * (long)(GAP_STEP + ++gap) / GAP_STEP;
		}
		if (s > 0)
			gap = 0;
		if (sum <= 0) {
			sum = 0;
			a = i;
		}
		sum += s;
		if (sum > best) {
			best = sum;
			best_a = a;
			best_b = i + 1;
		}
	}
	best_b = late_bylines(v, n, best_a, best_b);
	best_b = tail_block(v, best_a, best_b);
	first = first_part(v, best_a);
	lead(v, n, first, best_b);
	bridges(v, best_a, best_b);
	sb->art_a = first;
	sb->art_b = best_b;
	for (i = 0; i < n; i++) {
		if (v[i].cls == C_BLANK) {
			v[i].keep = 0;
			continue;
		}
		if (again(&v[i])) {
			v[i].keep = 0;
			v[i].reason = "printed twice";
			continue;
		}
		if ((i < best_a && (!(v[i].flags & F_LEAD) ||
		    v[i].reason == ABOVE)) || i >= best_b) {
			if (v[i].cls == C_GOOD && !(v[i].flags & F_ENDED) &&
			    v[i].reason != ABOVE)
				v[i].reason = "outside the article";
			v[i].keep = 0;
			continue;
		}
		if (v[i].flags & F_META)
			v[i].keep = sb->keep_meta;
		else
			v[i].keep = v[i].cls == C_GOOD;
	}
	standfirst(v, n, best_a, best_b);
	attributions(v, n);
}
