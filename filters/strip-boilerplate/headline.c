/*
 * headline -- owns the headline finder: the features of each candidate
 * above the article's first paragraph, and the linear model that scores
 * them (sb-model.h, trained by tools/train-sb.py); the article's URL the
 * document states and its slug's words (common/url.c), which name the
 * title on many pages; the page's shape around the title that corrects
 * the model (a title over its deck, a title over the byline, pictures'
 * names under it).  Reads the classes and flags of the stages before
 * it and the article's run; hands on one line marked headline and kept,
 * the URL (sb_url()), and the features to sb_set_trace's callback.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "sb-int.h"

/*
 * The headline.  Of the lines above the article's first paragraph (and
 * between the article's start and that paragraph), each that could be a
 * title is described by a few features -- its words found again in the
 * first paragraphs, how far above them it stands, its shape, its
 * neighbours, how well its words match the URL's slug -- and scored by
 * a linear model learnt from marked pages (sb-model.h).  The best candidate is the headline if its score is
 * above HL_HEAD_CUT (sb-model.h: below the "no headline" choice of
 * training, 0, since a page nearly always has a title and one left out
 * is the failure users see); it is kept whatever its class, and lead
 * lines above it (share buttons taken for a standfirst) are dropped.
 */
#include "sb-model.h"

#define HL_WINDOW	40	/* non-blank lines looked at above the text */
#define HL_MAXWORDS	30	/* a headline is at most this long */
#define HL_BODYLINES	3	/* paragraphs whose words the headline shares */
#define HL_SET		512	/* slots of the body word set (a power of 2) */
#define HL_PREFIX	5	/* bytes of a word compared ("withdraw(n)") */
#define HL_BYTES	240	/* bytes of a line whose words are compared */
#define HL_URLTOP	12	/* a bare URL line among the first so many */
#define HL_SLUG		3.0	/* the slug features' scale */

enum {
	HF_BIAS, HF_OVERLAP, HF_MATCHED, HF_DISTANCE, HF_RANK, HF_TITLECASE,
	HF_TINY, HF_LONG, HF_FULLSTOP, HF_TERM, HF_REPEATED, HF_LISTLIKE,
	HF_META_BELOW, HF_KEPT, HF_HARD, HF_CAPS, HF_LABEL, HF_INSIDE,
	HF_TEASER, HF_COLON, HF_WORDS, HF_NOCONTENT, HF_STOPS, HF_DIGITS,
	HF_SENTENCES, HF_COMMAS, HF_QUOTED, HF_FIRST, HF_FOLLOWED,
	HF_UNDER_HEADING, HF_BRACKETS, HF_SLUG_LINE, HF_SLUG_COVER, HF_SLUG_HIT,
	HF_GLUED, HF_TOPMOST, HF_N
};

static const char *const hf_names[HF_N] = {
	"bias", "overlap", "matched", "distance", "rank", "titlecase",
	"tiny", "long", "fullstop", "term", "repeated", "listlike",
	"meta_below", "kept", "hard", "caps", "label", "inside",
	"teaser", "colon", "words", "nocontent", "stops", "digits",
	"sentences", "commas", "quoted", "first", "followed",
	"under_heading", "brackets", "slug_line", "slug_cover", "slug_hit",
	"glued", "topmost"
};

/* the block model's inputs after the features: side, score, gap to best */
enum { HB_BELOW = HF_N, HB_SCORE, HB_GAP, HB_N };

_Static_assert(sizeof(hl_weights) / sizeof(hl_weights[0]) == HF_N,
    "sb-model.h does not match the headline features: run make model");
_Static_assert(sizeof(hl_block_weights) / sizeof(hl_block_weights[0]) == HB_N,
    "sb-model.h does not match the block features: run make model");

/* A candidate as the finder met it: what hl_features needs again. */
struct hl_cand {
	size_t		 line;
	unsigned	 dist, rank;	/* non-blank lines above the text; headings */
	unsigned	 content, matched; /* its words; the first paragraphs' */
	int		 topmost;	/* the first of its block to share any */
	double		 score;
};

/*
 * Call fn on the hash of each content word of line l -- three bytes or
 * more, not a number, not a stopword -- in its first HL_BYTES bytes (a
 * title is shorter; of a paragraph, its opening words are enough).  Words
 * are runs of ASCII letters and digits and of non-ASCII bytes, ASCII
 * lower-cased; only their first HL_PREFIX bytes count ("withdraw(n)").
 * A light tokenizer of its own: sb_scan() would work out every feature again.
 * Returns how many words there are.
 */
static unsigned
hl_words(struct sb *sb, const struct sb_line *l,
    void (*fn)(struct sb *, uint64_t, void *), void *arg)
{
	const unsigned char *s = (const unsigned char *)l->text + l->indent;
	size_t len = l->len - l->indent, i = 0, a, wl;
	char w[WMAX];
	uint64_t ww[2];
	unsigned n = 0;
	int c;

	if (len > HL_BYTES)
		len = HL_BYTES;
	while (i < len) {
		c = s[i];
		if (!(c >= 0x80 || sb_bcls[c] & B_ALNUM)) {
			i++;
			continue;
		}
		/* General Punctuation (U+2000-U+203F: quotes, dashes) */
		if (c == 0xE2 && i + 2 < len && s[i + 1] == 0x80) {
			i += 3;
			continue;
		}
		for (a = i, wl = 0; i < len && (s[i] >= 0x80 ||
		    sb_bcls[s[i]] & B_ALNUM); i++)
			if (wl < WMAX)
				w[wl++] = (char)(sb_bcls[s[i]] & B_UPPER ?
				    s[i] | 0x20 : s[i]);
		if (i - a < 3 || sb_bcls[s[a]] & B_DIGIT)
			continue;
		if (i - a <= WMAX) {
			wwords(w, wl, ww);
			if (wget(sb, ww) & K_STOP)
				continue;
		}
		n++;
		fn(sb, phash(w, wl < HL_PREFIX ? wl : HL_PREFIX) | 1, arg);
	}
	return n;
}

static void
hl_add(struct sb *sb, uint64_t h, void *arg)
{
	size_t i;

	(void)arg;
	for (i = h & (HL_SET - 1); sb->hlset[i] != 0 && sb->hlset[i] != h;
	    i = (i + 1) & (HL_SET - 1))
		;
	if (sb->hlsetn < HL_SET / 2 && sb->hlset[i] == 0) {
		sb->hlset[i] = h;
		sb->hlsetn++;
	}
}

static void
hl_find(struct sb *sb, uint64_t h, void *arg)
{
	size_t i;

	for (i = h & (HL_SET - 1); sb->hlset[i] != 0;
	    i = (i + 1) & (HL_SET - 1))
		if (sb->hlset[i] == h) {
			(*(unsigned *)arg)++;
			return;
		}
}

/*
 * Is line l a paragraph of the body, of minwords words or more: good
 * text, not a byline, not repeated -- or, with told, the first copy of a
 * paragraph the page prints twice?
 */
static int
hl_paragraph(const struct sb_line *l, unsigned minwords, int told)
{
	return l->cls == C_GOOD && l->words >= minwords &&
	    !(l->flags & F_META) && (!(l->flags & F_DUP) ||
	    (told && twice_told(l) && !(l->flags & F_AGAIN)));
}

/*
 * Is s[0..n), its ends trimmed and its spaces collapsed, in set?  Longer
 * strings than any entry (HL_NAME bytes or HL_NAME_WORDS words) are not:
 * most candidates are told so without a lookup.
 */
#define HL_NAME		48
#define HL_NAME_WORDS	4
#define HL_TAIL		64	/* bytes of a line's end that may hold a credit */
static int
hl_in(const struct strset *set, const char *s, size_t n)
{
	char buf[HL_NAME];
	size_t i, k = 0;
	unsigned words = 1;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t') {
			if (k > 0 && buf[k - 1] != ' ') {
				buf[k++] = ' ';
				if (++words > HL_NAME_WORDS)
					break;
			}
		} else
			buf[k++] = s[i];
		if (k == sizeof(buf))
			return 0;
	}
	while (k > 0 && buf[k - 1] == ' ')
		k--;
	if (words > HL_NAME_WORDS && i < n)
		return 0;
	return k > 0 && strset_has(set, buf, k);
}

/*
 * Does s[0..p) end a sentence: its last byte, blanks aside, ".", "!" or
 * "?" after a word?
 */
static int
hl_sentence_before(const char *s, const char *p)
{
	while (p > s && p[-1] == ' ')
		p--;
	return p - s >= 2 && (p[-1] == '.' || p[-1] == '!' || p[-1] == '?') &&
	    sb_bcls[(unsigned char)p[-2]] & (B_ALNUM);
}

/*
 * Does line l end in a photo credit: an agency or picture library after
 * the last "/", "|", "(" or ":" ("... 2006 / AAP", "(Photo by
 * REUTERS)", "Jane Doe/Getty"), or alone on the line, or between "("
 * and the last "/" ("(AP Photo/Jane Doe)")?  Or a caption's
 * sentence and a credit to anyone in parentheses, one word and "by"
 * before the name ("... on Thursday. (Photo by Jane Doe)"): no title
 * ends a sentence and credits a photographer.
 */
static int
hl_credit(const struct sb *sb, const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p, *q;
	const char *lim;
	int sep;

	while (e > s && (e[-1] == ' ' || e[-1] == ')' || e[-1] == '.' ||
	    e[-1] == ']'))
		e--;
	/* a credit is short: the separator is among the last bytes */
	lim = e - s > HL_TAIL ? e - HL_TAIL : s;
	for (p = e; p > lim && p[-1] != '/' && p[-1] != '|' && p[-1] != '(' &&
	    p[-1] != ':'; p--)
		;
	if (p == lim && lim != s)
		return 0;
	sep = p > s ? p[-1] : 0;
	/* "(AP Photo/Jane Doe)": the agency before the name */
	if (sep == '/') {
		for (q = p - 1; q > lim && q[-1] != '('; q--)
			;
		if (q > lim && hl_in(&sb->credits, q, (size_t)(p - 1 - q)))
			return 1;
	}
	while (p < e && *p == ' ')
		p++;
	/* "Photo by X": one word and "by" before the name */
	q = memchr(p, ' ', (size_t)(e - p));
	if (q != NULL && e - q > 4 && memcmp(q, " by ", 4) == 0 &&
	    memchr(p, ' ', (size_t)(q - p)) == NULL) {
		if (sep == '(' && hl_sentence_before(s, p - 1))
			return 1;
		p = q + 4;
	}
	return hl_in(&sb->credits, p, (size_t)(e - p));
}

/*
 * Does line l hold HTML code: a closing tag, "/>", or a lower-case tag
 * name after "<" ("<p>", "<br", "<a href")?  Not "<The Title>", the
 * way some sites quote a work's name.  Or a link, "://": a logo's or a
 * share button's line that gives the article's own URL, whose path
 * holds the story's words, and no title does.
 */
static int
hl_markup(const struct sb_line *l)
{
	const char *e = l->text + l->len, *p, *q;

	for (p = l->text; (p = memchr(p, '<', (size_t)(e - p))) != NULL; p++) {
		if (p + 1 < e && p[1] == '/')
			return 1;
		for (q = p + 1; q < e && *q >= 'a' && *q <= 'z'; q++)
			;
		if (q > p + 1 && q < e && (*q == '>' || *q == ' ' || *q == '/'))
			return 1;
	}
	for (p = l->text; (p = memchr(p, '>', (size_t)(e - p))) != NULL; p++)
		if (p > l->text && p[-1] == '/')
			return 1;
	for (p = l->text; (p = memchr(p, ':', (size_t)(e - p))) != NULL; p++)
		if (e - p >= 3 && p[1] == '/' && p[2] == '/')
			return 1;
	return 0;
}

/* Is line l a page field: "Label: value" with a label of fields.txt? */
static int
hl_field(const struct sb *sb, const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p;

	p = memchr(s, ':', (size_t)(e - s) < HL_NAME ? (size_t)(e - s) :
	    HL_NAME);
	return p != NULL && hl_in(&sb->fields, s, (size_t)(p - s));
}

/* Does the token s[i..i+n) of s[0..len) stand alone, blanks around it? */
static int
hl_alone(const char *s, size_t len, size_t i, size_t n)
{
	return (i == 0 || s[i - 1] == ' ') && (i + n == len || s[i + n] == ' ');
}

/*
 * Page furniture a title is never shaped like (hl_furniture()).  A
 * breadcrumb: two separators or more standing alone (">", ">>", U+00BB,
 * U+203A), whatever phrase opens the line ("You are here: > Home >
 * News > ..."), the last step often the title itself.
 */
static int
hl_breadcrumb(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *p;
	size_t len = l->len - l->indent, i, n;
	unsigned seps = 0;

	/* ">" and ">>" */
	for (i = 0; (p = memchr(s + i, '>', len - i)) != NULL; i += n) {
		i = (size_t)(p - s);
		n = i + 1 < len && s[i + 1] == '>' ? 2 : 1;
		seps += hl_alone(s, len, i, n);
	}
	/* U+00BB, U+203A, by their last byte */
	for (i = 0; i < len && (p = memchr(s + i, 0xBB, len - i)) != NULL;
	    i = (size_t)(p - s) + 1)
		seps += p - s >= 1 && (unsigned char)p[-1] == 0xC2 &&
		    hl_alone(s, len, (size_t)(p - s) - 1, 2);
	for (i = 0; i < len && (p = memchr(s + i, 0xBA, len - i)) != NULL;
	    i = (size_t)(p - s) + 1)
		seps += p - s >= 2 && memcmp(p - 2, "\xe2\x80", 2) == 0 &&
		    hl_alone(s, len, (size_t)(p - s) - 2, 3);
	return seps >= 2;
}

/*
 * Is s[0..e) its first part s[0..p) twice, blanks aside: a title and
 * its copy glued on ("Night Buses Extended Night Buses Extended")?
 */
static int
hl_twice(const char *s, const char *p, const char *e)
{
	const char *m = p;

	while (e > p && e[-1] == ' ')
		e--;
	while (m > s && m[-1] == ' ')
		m--;
	return m - s == e - p && memcmp(s, p, (size_t)(e - p)) == 0;
}

/*
 * A navigation run: a menu's links on one line ("Home News Sport Arts
 * Home Video"), six words or more, every one capitalised, no stopword,
 * and a word of it twice (a menu's "Main" or "Home" heads each of its
 * groups); a title of such words has a stopword or no word twice, or
 * is the same words twice.
 */
#define HL_RUN		6
static int
hl_navrun(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p, *q;
	const char *w[HL_MAXWORDS];
	size_t nw = 0, j;

	if (l->words < HL_RUN || l->stops > 0 || l->capwords < l->words)
		return 0;
	for (p = s; p < e && nw < HL_MAXWORDS; p = q) {
		while (p < e && *p == ' ')
			p++;
		for (q = p; q < e && *q != ' '; q++)
			;
		if (q == p)
			break;
		if (!(sb_bcls[(unsigned char)*p] & B_ALNUM))
			continue;	/* "&", "-" */
		for (j = 0; j < nw; j++)
			if (strncmp(w[j], p, (size_t)(q - p)) == 0 &&
			    (w[j][q - p] == ' ' || w[j] + (q - p) == e))
				return !hl_twice(s, p, e);
		w[nw++] = p;
	}
	return 0;
}

/*
 * A dateline's place given as a page field: a label of one word, a
 * colon, then a place in capitals and a comma ("Location: HARBOURTON,
 * Valley County", "Dateline: PARIS, France"), as a story's dateline
 * opens ("HARBOURTON, Valley County -- ...").
 */
static int
hl_placefield(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p, *q;

	for (p = s; p < e && sb_bcls[(unsigned char)*p] & (B_UPPER | B_LOWER);
	    p++)
		;
	if (p == s || p + 2 >= e || p[0] != ':' || p[1] != ' ')
		return 0;
	for (p += 2; p < e && *p == ' '; p++)
		;
	for (q = p; q < e && (sb_bcls[(unsigned char)*q] & B_UPPER ||
	    (q > p && (*q == ' ' || *q == '.' || *q == '-') && q + 1 < e &&
	    sb_bcls[(unsigned char)q[1]] & B_UPPER)); q++)
		;
	return q - p >= 3 && q < e && *q == ',';
}

/*
 * Is line l page furniture by its shape: one word (a section's name,
 * "Politics": no title of the marked pages is one word), a breadcrumb,
 * a navigation run, a dateline's place as a field?
 */
static int
hl_furniture(const struct sb_line *l)
{
	return l->words < 2 || hl_breadcrumb(l) || hl_navrun(l) ||
	    hl_placefield(l);
}

/*
 * Could line l be a title at all?  Not blank, not too long, not a byline,
 * list item or comment; and not a photo credit, a page field, HTML
 * code or a link, which stand next to titles on many pages.
 */
static int
hl_candidate(const struct sb *sb, const struct sb_line *l)
{
	return !(l->cls == C_BLANK || l->words == 0 || l->words > HL_MAXWORDS ||
	    l->flags & (F_SKIP | F_META | F_BULLET | F_NUMBERED | F_SAYS |
	    F_NOTTITLE) || hl_field(sb, l) || hl_credit(sb, l) ||
	    hl_markup(l));
}

/* Does line l look like a heading (for its neighbours' list-likeness)? */
static int
hl_headingish(const struct sb_line *l)
{
	return l->flags & F_HEADING && l->words >= 2 && l->words <= 15 &&
	    !(l->flags & F_META);
}

/* The last non-blank byte of line l, or 0. */
static int
hl_lastbyte(const struct sb_line *l)
{
	size_t e = l->len;

	while (e > 0 && (l->text[e - 1] == ' ' || l->text[e - 1] == '\t'))
		e--;
	return e > 0 ? (unsigned char)l->text[e - 1] : 0;
}

/*
 * Punctuation inside line l: sentence ends followed by a space (". ",
 * "? ", "! ") and commas; and whether it opens with a quotation mark.
 */
static void
hl_punct(const struct sb_line *l, unsigned *ends, unsigned *commas,
    int *quoted)
{
	const unsigned char *s = (const unsigned char *)l->text + l->indent;
	size_t i, n = l->len - l->indent;

	*ends = *commas = 0;
	for (i = 0; i + 1 < n; i++) {
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ')
			(*ends)++;
		*commas += s[i] == ',';
	}
	/* " ' and U+201C, U+2018, U+00AB */
	*quoted = n > 0 && (s[0] == '"' || s[0] == '\'' || (n >= 3 &&
	    s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x9C || s[2] == 0x98)) ||
	    (n >= 2 && s[0] == 0xC2 && s[1] == 0xAB));
}

/* The nearest line before (dir -1) or after (+1) i that is not blank. */
static const struct sb_line *
hl_next(const struct sb_line *v, size_t n, size_t i, int dir)
{
	while (dir < 0 ? i-- > 0 : ++i < n)
		if (v[i].cls != C_BLANK && !(v[i].flags & F_SKIP))
			return &v[i];
	return NULL;
}

/*
 * An image's placeholder glued to a link's words: "]" then a letter
 * ("[favicon]Add to Newsvine") or a letter then "[" ("Sponsored
 * By[logo_88x31]"): an icon or a logo next to a link, furniture.
 */
static int
hl_glued(const struct sb_line *l)
{
	const unsigned char *s = (const unsigned char *)l->text;
	size_t i;

	for (i = 0; i + 1 < l->len; i++)
		if ((s[i] == ']' && sb_bcls[s[i + 1]] & (B_UPPER | B_LOWER)) ||
		    (s[i + 1] == '[' && sb_bcls[s[i]] & (B_UPPER | B_LOWER)))
			return 1;
	return 0;
}

/* "Label: ..." -- a word or two and a colon, then the title. */
static int
hl_label(const struct sb_line *l)
{
	const char *s = l->text + l->indent, *e = l->text + l->len, *p;
	int spaces = 0;

	for (p = s; p < e && p - s < 24; p++) {
		if (*p == ':')
			return p > s && p + 1 < e && p[1] == ' ';
		if (*p == ' ' && ++spaces > 2)
			return 0;
	}
	return 0;
}

/*
 * The top of a title block: a candidate that shares words with the first
 * paragraphs while the candidate just above it (HL_ABOVE non-blank
 * lines) does not, or is not title-shaped: a heading of three words or
 * more, not furniture, not "Label: ..." (a breadcrumb, a field).  A
 * deck, a standfirst or a score line under the title shares more of the
 * story's words than the title, whose words are few and often a pun;
 * the title stands at the top.  c is ordered from the text up.
 */
#define HL_ABOVE	1
static void
hl_topmost(const struct sb_line *v, struct hl_cand *c, size_t nc)
{
	size_t k, j;

	for (k = 0; k < nc; k++) {
		if (c[k].matched == 0)
			continue;
		c[k].topmost = 1;
		for (j = k + 1; j < nc && c[j].dist <= c[k].dist + HL_ABOVE; j++)
			if (c[j].matched > 0 && v[c[j].line].words >= 3 &&
			    hl_headingish(&v[c[j].line]) &&
			    !(v[c[j].line].flags & F_HARD) &&
			    !hl_label(&v[c[j].line])) {
				c[k].topmost = 0;
				break;
			}
	}
}

/*
 * Does line l read unlike a title: it ends with a full stop, or holds a
 * sentence's end (". ": a deck of two sentences, a dateline's "Sat. 12
 * Jan", a score line's "No. 4"), or two commas and is not title case (a
 * deck, a caption)?  A title's "A, B, and More" in title case does not.
 */
static int
hl_untitled(const struct sb_line *l)
{
	unsigned ends, commas;
	int quoted;

	hl_punct(l, &ends, &commas, &quoted);
	return hl_lastbyte(l) == '.' || ends > 0 ||
	    (commas >= 2 && 2 * l->capwords < l->words);
}

/*
 * A title next to the chosen line: does candidate k, the nearest one
 * above or below candidate b in the title's block (the next non-blank
 * line, or the one past a photo credit between them), look more like
 * the title?  b reads unlike a title (a deck, a caption, a score line,
 * a dateline's sentence) and k does not; k is three words or more, not
 * much longer than b (two words), not furniture, a teaser or "Label:
 * ..."; and it shares the first paragraphs' words, for its length a
 * quarter as many as b at least (a title's words are few, and often a
 * pun).  c is ordered from the text up.
 */
static int
hl_rival(const struct sb *sb, const struct sb_line *v, size_t n,
    const struct hl_cand *c, size_t k, size_t b)
{
	const struct sb_line *lk = &v[c[k].line], *lb = &v[c[b].line], *m;

	if (k + 1 != b && b + 1 != k)
		return 0;
	if (c[k].dist + 2 == c[b].dist || c[b].dist + 2 == c[k].dist) {
		/* the line between them: a photo credit */
		m = hl_next(v, n, c[k].line < c[b].line ? c[k].line :
		    c[b].line, 1);
		if (m == NULL || !hl_credit(sb, m))
			return 0;
	} else if (c[k].dist + 1 != c[b].dist && c[b].dist + 1 != c[k].dist)
		return 0;
	if (lk->words < 3 || lk->words > lb->words + 2 ||
	    lk->flags & (F_HARD | F_TEASER) || hl_label(lk) ||
	    !hl_untitled(lb) || hl_untitled(lk))
		return 0;
	return c[k].matched > 0 &&
	    4 * c[k].matched * lb->words >= c[b].matched * lk->words;
}

/* The features of candidate c; body is the first paragraph's line. */
static void
hl_features(struct sb *sb, const struct sb_line *v, size_t n,
    const struct hl_cand *c, size_t body, double *f)
{
	size_t i = c->line;
	unsigned dist = c->dist, rank = c->rank;
	unsigned content = c->content, matched = c->matched;
	const struct sb_line *l = &v[i];
	const struct sb_line *nb;
	unsigned near = 0, seen, ends, commas;
	size_t j;
	int last, quoted;

	memset(f, 0, HF_N * sizeof(*f));
	f[HF_BIAS] = 1;
	f[HF_OVERLAP] = content ? (double)matched / content : 0;
	f[HF_MATCHED] = (matched < 5 ? matched : 5) / 5.0;
	f[HF_NOCONTENT] = content == 0;
	f[HF_DISTANCE] = log1p(dist) / log1p(HL_WINDOW);
	f[HF_RANK] = log1p(rank) / log1p(HL_WINDOW);
	f[HF_TITLECASE] = (double)l->capwords / l->words;
	f[HF_TINY] = l->words <= 2;
	f[HF_LONG] = l->words > 20;
	f[HF_WORDS] = l->words / (double)HL_MAXWORDS;
	last = hl_lastbyte(l);
	f[HF_FULLSTOP] = last == '.';
	f[HF_TERM] = (l->flags & F_TERM) != 0;
	f[HF_COLON] = (l->flags & F_COLON) != 0;
	f[HF_REPEATED] = (l->flags & F_DUP) != 0;
	f[HF_KEPT] = l->cls == C_GOOD;
	f[HF_HARD] = (l->flags & F_HARD) != 0;
	f[HF_CAPS] = (l->flags & F_CAPS) != 0;
	f[HF_LABEL] = hl_label(l);
	f[HF_INSIDE] = i >= sb->art_a;
	f[HF_TEASER] = (l->flags & (F_TEASER | F_COMMENT | F_CARD)) != 0;
	f[HF_STOPS] = (double)l->stops / l->words;
	f[HF_DIGITS] = (double)l->numwords / l->words;
	hl_punct(l, &ends, &commas, &quoted);
	f[HF_SENTENCES] = ends > 0;
	f[HF_COMMAS] = commas >= 2;
	f[HF_QUOTED] = quoted;
	/* the first of a block: furniture (or nothing) above it */
	nb = hl_next(v, n, i, -1);
	f[HF_FIRST] = nb == NULL || nb->flags & (F_HARD | F_META) ||
	    nb->cls != C_GOOD;
	f[HF_UNDER_HEADING] = nb != NULL && hl_headingish(nb) &&
	    !(nb->flags & F_HARD);
	f[HF_BRACKETS] = memchr(l->text, '[', l->len) != NULL;
	f[HF_GLUED] = f[HF_BRACKETS] != 0 && hl_glued(l);
	f[HF_TOPMOST] = c->topmost;
	/*
	 * Its words the slug's, the slug's words in it, and both (7 in 10
	 * of its words, half the slug's, three at least): on a scale of
	 * HL_SLUG, not 1, so that the L2 penalty of training shrinks their
	 * weights less than the others' (tools/train-sb.py says what it
	 * gives).
	 */
	if (sb->slug.n > 0) {
		unsigned sw, sm, sc;

		slug_match(&sb->slug, l->text, l->len, &sw, &sm, &sc);
		f[HF_SLUG_LINE] = sw ? HL_SLUG * sm / sw : 0;
		f[HF_SLUG_COVER] = HL_SLUG * sc / sb->slug.n;
		f[HF_SLUG_HIT] = sm >= 3 && 10 * sm >= 7 * sw &&
		    2 * sc >= sb->slug.n ? HL_SLUG : 0;
	}
	/* something to head: text or a heading follows it */
	nb = hl_next(v, n, i, 1);
	f[HF_FOLLOWED] = nb != NULL && (nb->cls == C_GOOD || hl_headingish(nb));
	/* list-like: heading-shaped lines next to it, two each side */
	for (j = i, seen = 0; j-- > 0 && seen < 2; )
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			near += hl_headingish(&v[j]);
		}
	for (j = i + 1, seen = 0; j < n && j < body && seen < 2; j++)
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			near += hl_headingish(&v[j]);
		}
	f[HF_LISTLIKE] = near / 4.0;
	for (j = i + 1, seen = 0; j < body && seen < 4; j++)
		if (v[j].cls != C_BLANK && !(v[j].flags & F_SKIP)) {
			seen++;
			if (v[j].flags & F_META) {
				f[HF_META_BELOW] = 1;
				break;
			}
		}
}

static double
hl_score(const double *f, const double *w, size_t n)
{
	double score = 0;
	size_t j;

	for (j = 0; j < n; j++)
		score += w[j] * f[j];
	return score;
}

static int hl_menuglued(const struct sb_line *);

/*
 * The headline block.  A marked headline is often two lines, the title
 * and a deck under it, and the finder may have chosen either: the
 * non-blank line just above and just below the headline join it when the
 * block model (sb-model.h, trained like the headline model) says they
 * belong -- from their own features, their side, their headline score
 * and its gap to the best.  They are kept as "headline block" and
 * flagged F_BLOCK.  Not a menu's items glued into one word
 * ("HomeNewsLocal", hl_menuglued()): furniture.
 */
static void
hl_block(struct sb *sb, struct sb_line *v, size_t n, size_t body,
    const struct hl_cand *c, size_t nc, size_t best)
{
	double f[HB_N];
	size_t k;

	for (k = 0; k < nc; k++) {
		if ((c[k].dist + 1 != c[best].dist &&
		    c[k].dist != c[best].dist + 1) ||
		    hl_menuglued(&v[c[k].line]))
			continue;
		hl_features(sb, v, n, &c[k], body, f);
		f[HB_BELOW] = c[k].dist < c[best].dist;
		f[HB_SCORE] = c[k].score;
		f[HB_GAP] = c[best].score - c[k].score;
		if (hl_score(f, hl_block_weights, HB_N) > HL_BLOCK_CUT) {
			v[c[k].line].keep = 1;
			v[c[k].line].flags |= F_BLOCK;
			v[c[k].line].reason = "headline block";
		}
	}
}

/*
 * The article's URL (sb.h, sb_url()) and its slug's words: the first
 * line that labels a URL, else a bare URL line near the top.
 */
static void
hl_url(struct sb *sb, const struct sb_line *v, size_t n)
{
	size_t i, seen = 0;

	sb->urllen = 0;
	sb->slug.n = 0;
	for (i = 0; i < n; i++)
		if (url_in_line(v[i].text, v[i].len, 0, &sb->url, &sb->urllen))
			break;
	for (i = 0; sb->urllen == 0 && i < n && seen < HL_URLTOP; i++)
		if (v[i].cf != C_BLANK) {
			seen++;
			(void)url_in_line(v[i].text, v[i].len, 1, &sb->url,
			    &sb->urllen);
		}
	if (sb->urllen > 0)
		(void)slug_of_url(sb->url, sb->urllen, &sb->slug);
}

int
sb_url(const struct sb *sb, const char **p, size_t *n)
{
	if (sb->urllen == 0)
		return 0;
	*p = sb->url;
	*n = sb->urllen;
	return 1;
}

/* Line i becomes the headline, and the headline at head its block. */
static void
hl_swap(struct sb_line *v, size_t head, size_t i)
{
	v[i].headline = 1;
	v[i].reason = "headline";
	v[i].flags = (v[i].flags | F_LEAD) & ~(unsigned)F_BLOCK;
	v[head].headline = 0;
	v[head].flags |= F_BLOCK;
	v[head].reason = "headline block";
}

/*
 * A kicker: a headline whose whole text opens the line of its block just
 * under it ("Dare to Play" over "Dare to Play 3 / October pack") is a
 * series' or section's name; that line is the title.
 */
static void
hl_kicker(struct sb_line *v, size_t n, size_t head)
{
	const struct sb_line *h = &v[head], *nb;
	size_t hl, i;

	nb = hl_next(v, n, head, 1);
	if (nb == NULL || !(nb->flags & F_BLOCK))
		return;
	hl = h->len - h->indent;
	while (hl > 0 && h->text[h->indent + hl - 1] == ' ')
		hl--;
	if (hl == 0 || nb->len - nb->indent <= hl + 1 ||
	    strncasecmp(h->text + h->indent, nb->text + nb->indent, hl) != 0 ||
	    nb->text[nb->indent + hl] != ' ')
		return;
	i = (size_t)(nb - v);
	hl_swap(v, head, i);
}

/*
 * Stacked headlines: a title with its deck (a sub-headline, a standfirst)
 * in one block, the title on top.  The finder may choose the deck, whose
 * words the story repeats, and the title above it -- short, often a pun
 * -- is left as furniture; or it chooses the title and the deck under it
 * is left.  The block's shape tells them apart, and a word they share
 * (with each other or the first paragraphs: one story) tells them from
 * furniture next to a title:
 *
 *  - a title is short (HL_STACK_MIN to HL_STACK_MAX words, fewer than
 *    the deck's), reads like a title (hl_untitled() says no, no colon or
 *    comma at its end, not opening in lower case, not half numbers as a
 *    score line, not a row of fields split by "/" or "|", no image's
 *    "[placeholder]", no menu glued into one word), is not furniture, a
 *    teaser, "Label: ..." or all capitals, and stands at the top of its
 *    block: not under two title-shaped lines, as in a list of teasers,
 *    where every line is a short title;
 *  - a deck is the line under the title, HL_DECK_MIN words or more (a
 *    credit, "Staff and agencies", or a section's name is fewer), not
 *    opening in lower case (a caption's tag, "harbour ferries"), not
 *    furniture or a teaser, and the byline or dateline that ends the
 *    block is under it (at most two lines down): a caption or a teaser
 *    under the title has the text, not a byline, after it.
 */
#define HL_STACK_MIN	3	/* words of a title, at least */
#define HL_STACK_MAX	14	/* words of a title, at most */
#define HL_PUN_MAX	6	/* words of a title that shares none */
#define HL_DECK_MIN	4	/* words of a deck, at least */
#define HL_STACK_WORDS	32	/* content words of a deck compared */
#define HL_STAND	15	/* words of a standfirst, at least */

/*
 * Does line l hold a word of three capitalised words glued
 * ("HomeSportLatest"): a menu's items whose spaces the scrape lost?
 * "McGrattan", "LucasArts" glue two at most.
 */
static int
hl_menuglued(const struct sb_line *l)
{
	const unsigned char *s = (const unsigned char *)l->text;
	size_t i;
	unsigned humps = 0;

	for (i = 1; i < l->len; i++)
		if (!(sb_bcls[s[i]] & (B_UPPER | B_LOWER)))
			humps = 0;
		else if (sb_bcls[s[i]] & B_UPPER && sb_bcls[s[i - 1]] & B_LOWER &&
		    ++humps >= 2)
			return 1;
	return 0;
}

/* Is line l shaped like a title (not where it stands)? */
static int
hl_titleish(const struct sb *sb, const struct sb_line *l)
{
	const char *p, *e;
	int last, seps = 0;

	if (l->words < HL_STACK_MIN || l->words > HL_STACK_MAX ||
	    2 * l->numwords >= l->words ||
	    sb_bcls[(unsigned char)l->text[l->indent]] & B_LOWER ||
	    l->flags & (F_HARD | F_TEASER | F_COMMENT | F_CARD | F_CAPS) ||
	    !hl_candidate(sb, l) || hl_label(l) || hl_untitled(l))
		return 0;
	last = hl_lastbyte(l);
	if (last == ':' || last == ',')
		return 0;
	/*
	 * "12 May 2019 / 0 Comments / by admin": fields, not a title; nor
	 * "[logo] Online Offers", an image's placeholder and a link
	 */
	for (p = l->text, e = l->text + l->len; p < e; p++)
		if (((*p == '/' || *p == '|') && ++seps >= 2) || *p == '[')
			return 0;
	return !hl_menuglued(l);
}

/*
 * Is line l at the top of its block: not under two title-shaped lines,
 * as in a list of teasers (one is a kicker: "First Test, day four")?
 */
static int
hl_blocktop(const struct sb *sb, const struct sb_line *v, size_t n,
    const struct sb_line *l)
{
	const struct sb_line *u = hl_next(v, n, (size_t)(l - v), -1);

	if (u == NULL || !hl_titleish(sb, u))
		return 1;
	u = hl_next(v, n, (size_t)(u - v), -1);
	return u == NULL || !hl_titleish(sb, u);
}

/* The content words of a line (hl_words()), for hl_shares(). */
struct hl_bag {
	uint64_t	 h[HL_STACK_WORDS];
	unsigned	 n, hits;
};

static void
hl_bag_add(struct sb *sb, uint64_t h, void *arg)
{
	struct hl_bag *b = arg;

	(void)sb;
	if (b->n < HL_STACK_WORDS)
		b->h[b->n++] = h;
}

static void
hl_bag_find(struct sb *sb, uint64_t h, void *arg)
{
	struct hl_bag *b = arg;
	unsigned k;

	for (k = 0; k < b->n; k++)
		if (b->h[k] == h) {
			b->hits++;
			return;
		}
	hl_find(sb, h, &b->hits);
}

/*
 * Does line t share a content word with line h or with the first
 * paragraphs (the body's word set)?  A title and its deck tell one
 * story, a name or a word of it in both; furniture above a deck
 * ("Watch Live", share buttons) shares none.
 */
static int
hl_shares(struct sb *sb, const struct sb_line *t, const struct sb_line *h)
{
	struct hl_bag b;

	b.n = b.hits = 0;
	(void)hl_words(sb, h, hl_bag_add, &b);
	(void)hl_words(sb, t, hl_bag_find, &b);
	return b.hits > 0;
}

/*
 * The title over a chosen deck: the nearest line above the headline
 * (past one the block joined to it that is no title: a score line; or
 * past a picture's name, two capitalised words, over a caption the
 * finder chose; a title-shaped one the block joined is left as it is,
 * for a short caption over the title looks the same), title-shaped,
 * shorter, at the top of its block, sharing a word with the deck or the
 * body, is the headline; the deck its block.  A title that shares none
 * (a pun: "Podium for ...") is taken only right under the page's byline
 * or dateline, HL_PUN_MAX words at most, with a stopword (a menu has
 * none).
 */
static size_t
hl_stack_up(struct sb *sb, struct sb_line *v, size_t n, size_t head)
{
	const struct sb_line *h = &v[head], *t, *u;
	size_t i;

	t = hl_next(v, n, head, -1);
	if (t != NULL && t->flags & F_BLOCK) {
		/* the block holds it: a title, or a caption over one */
		if (hl_titleish(sb, t))
			return head;
		t = hl_next(v, n, (size_t)(t - v), -1);
	} else if (t != NULL && t->words == 2 && t->capwords == 2 &&
	    t->numwords == 0 && !(t->flags & (F_META | F_CAPS | F_HARD)))
		/* a picture's name ("Jane Doe") over its caption */
		t = hl_next(v, n, (size_t)(t - v), -1);
	if (t == NULL || t->words >= h->words || !hl_titleish(sb, t) ||
	    !hl_blocktop(sb, v, n, t))
		return head;
	u = hl_next(v, n, (size_t)(t - v), -1);
	if (!(u != NULL && u->flags & F_META && t->stops > 0 &&
	    t->words <= HL_PUN_MAX) && !hl_shares(sb, t, h))
		return head;
	i = (size_t)(t - v);
	v[i].keep = 1;
	hl_swap(v, head, i);
	return i;
}

/*
 * Line i, a deck or a standfirst under the headline, joins its block
 * when the byline or dateline that ends the title block is at most two
 * lines under it and it shares a word with the headline or the first
 * paragraphs.
 */
static void
hl_join_deck(struct sb *sb, struct sb_line *v, size_t n, size_t i,
    size_t head)
{
	const struct sb_line *m = hl_next(v, n, i, 1);

	if (m != NULL && !(m->flags & F_META))
		m = hl_next(v, n, (size_t)(m - v), 1);
	if (m == NULL || !(m->flags & F_META) ||
	    !hl_shares(sb, &v[i], &v[head]))
		return;
	v[i].keep = 1;
	v[i].flags |= F_BLOCK;
	v[i].reason = "headline block";
}

/*
 * The deck under a chosen title: the nearest line under the headline,
 * deck-shaped, sharing a word with the title or the body, with a byline
 * or a dateline at most two lines under it (the block's end), is its
 * block.
 */
static void
hl_stack_down(struct sb *sb, struct sb_line *v, size_t n, size_t head)
{
	const struct sb_line *d = hl_next(v, n, head, 1);

	if (d == NULL || d->words < HL_DECK_MIN || d->words > HL_STACK_MAX ||
	    d->flags & (F_BLOCK | F_HARD | F_TEASER | F_COMMENT | F_CARD) ||
	    sb_bcls[(unsigned char)d->text[d->indent]] & B_LOWER ||
	    !hl_candidate(sb, d) || hl_label(d))
		return;
	hl_join_deck(sb, v, n, (size_t)(d - v), head);
}

/*
 * A standfirst behind a caption: under the headline a picture's short
 * caption (HL_STACK_MIN words at most, opening in lower case or joined
 * to the block: "harbour ferries"), and past it a standfirst of
 * HL_STAND to HL_STAND_MAX words, not furniture, a teaser or a repeat,
 * sharing a word with the title or the first paragraphs, with the
 * byline or dateline that ends the title block at most two lines under
 * it: the standfirst joins the block.  (A long line right under the
 * title, no caption between, is left to the rules: on many pages it is
 * a teaser's blurb or a caption.)
 */
#define HL_STAND_MAX	60	/* words of a standfirst, at most */
static void
hl_stack_stand(struct sb *sb, struct sb_line *v, size_t n, size_t head)
{
	const struct sb_line *d = hl_next(v, n, head, 1);

	if (d == NULL || d->words > HL_STACK_MIN || !(d->flags & F_BLOCK ||
	    sb_bcls[(unsigned char)d->text[d->indent]] & B_LOWER))
		return;
	d = hl_next(v, n, (size_t)(d - v), 1);
	if (d == NULL || d->words < HL_STAND || d->words > HL_STAND_MAX ||
	    d->flags & (F_BLOCK | F_HARD | F_TEASER | F_COMMENT | F_CARD |
	    F_META | F_DUP | F_SKIP | F_BULLET | F_NUMBERED | F_SAYS) ||
	    sb_bcls[(unsigned char)d->text[d->indent]] & B_LOWER ||
	    hl_markup(d) || hl_label(d))
		return;
	hl_join_deck(sb, v, n, (size_t)(d - v), head);
}

/*
 * The page's title bar: among its first HL_BARTOP non-blank lines, the
 * first that holds " | ", of two to HL_BARPARTS parts ("<Site> | <host>
 * | <Title>", "<Title> | <Site>"; a menu has more).  A line between it
 * and the first paragraph (body) that could be a title and is one of its
 * parts of three words or more, alone on its line (case and blanks at
 * the ends aside), is the title the page names twice, whatever the model
 * scored it and however far above the text (a repeat "short, among
 * furniture" over a list of teasers): its index, else body.
 */
#define HL_BARTOP	3
#define HL_BARPARTS	4
static size_t
hl_titlebar(const struct sb *sb, const struct sb_line *v, size_t body)
{
	const char *s, *e, *p, *q, *part[HL_BARPARTS + 1];
	size_t i, j, np = 0, seen = 0, len[HL_BARPARTS];
	unsigned words;
	int titled = 0;

	for (i = 0; i < body && seen < HL_BARTOP && np == 0; i++) {
		if (v[i].cls == C_BLANK)
			continue;
		seen++;
		s = v[i].text + v[i].indent;
		e = v[i].text + v[i].len;
		for (p = s; (q = memchr(p, '|', (size_t)(e - p))) != NULL;
		    p = q + 1) {
			if (q == s || q[-1] != ' ' || q + 1 >= e || q[1] != ' ')
				continue;
			if (np == 0)
				part[np++] = s;
			if (np == HL_BARPARTS)
				return body;
			part[np++] = q + 1;
		}
		part[np] = e + 1;
	}
	if (np < 2)
		return body;
	/* the parts of three words or more, trimmed */
	for (j = 0; j < np; j++) {
		p = part[j];
		q = part[j + 1] - 1;		/* at its "|" or the end */
		while (p < q && *p == ' ')
			p++;
		while (q > p && q[-1] == ' ')
			q--;
		for (s = p, words = 1; s < q; s++)
			words += *s == ' ' && s[-1] != ' ';
		part[j] = p;
		len[j] = words >= 3 ? (size_t)(q - p) : 0;
		titled |= len[j] > 0;
	}
	for (; titled && i < body; i++) {
		if (v[i].cls == C_BLANK || v[i].words < 3)
			continue;
		s = v[i].text + v[i].indent;
		e = v[i].text + v[i].len;
		while (e > s && e[-1] == ' ')
			e--;
		for (j = 0; j < np; j++)
			if (len[j] > 0 && (size_t)(e - s) == len[j] &&
			    strncasecmp(s, part[j], len[j]) == 0 &&
			    hl_candidate(sb, &v[i]))
				return i;
	}
	return body;
}

/* Does the URL's slug name line l (the slug_hit feature)? */
static int
hl_slug_hit(const struct sb *sb, const struct sb_line *l)
{
	unsigned sw, sm, sc;

	if (sb->slug.n == 0)
		return 0;
	slug_match(&sb->slug, l->text, l->len, &sw, &sm, &sc);
	return sm >= 3 && 10 * sm >= 7 * sw && 2 * sc >= sb->slug.n;
}

/*
 * Names over the byline: the chosen line, right over the byline or
 * dateline, is the last of a run of title-shaped lines with no stopword
 * ("Jane Doe Northside", a picture's subject and her school, one for
 * each picture of a gallery); the line above the run's others, the
 * first of the run, is the title.  Returns it, or NULL when the run is
 * longer than HL_NAMES lines.
 */
#define HL_NAMES	6
static const struct sb_line *
hl_names_top(const struct sb *sb, const struct sb_line *v, size_t n,
    const struct sb_line *l)
{
	const struct sb_line *u;
	unsigned k;

	for (k = 0; k < HL_NAMES; k++) {
		u = hl_next(v, n, (size_t)(l - v), -1);
		if (u == NULL || !hl_titleish(sb, u))
			return l;
		if (u->stops > 0)
			return u;
		l = u;
	}
	return NULL;
}

/*
 * The names under the headline: two lines or more, title-shaped with no
 * stopword, between the headline and the byline or dateline right under
 * them (hl_names_top() passed them) are pictures' names, not its deck
 * or a standfirst: dropped.
 */
static void
hl_names_drop(const struct sb *sb, struct sb_line *v, size_t n, size_t head)
{
	const struct sb_line *l;
	size_t i;
	unsigned k = 0;

	for (l = hl_next(v, n, head, 1); l != NULL && !(l->flags & F_META);
	    l = hl_next(v, n, (size_t)(l - v), 1))
		if (l->stops > 0 || !hl_titleish(sb, l) || ++k > HL_NAMES)
			return;
	if (l == NULL || k < 2)
		return;
	for (i = head + 1; i < (size_t)(l - v); i++)
		if (v[i].keep && v[i].cls != C_BLANK) {
			v[i].keep = 0;
			v[i].flags &= ~(unsigned)F_BLOCK;
			v[i].reason = "picture's name";
		}
}

/*
 * The title over the byline.  A news page's head reads title, (deck),
 * byline or dateline, then the body; what stands between the byline and
 * the first paragraph is the page's furniture around the story (a video
 * player with its own title, a picture's caption, a related story), and
 * what stands far above the title is a list of teasers.  So when a
 * title-shaped line (hl_titleish()) sharing words with the first
 * paragraphs stands just above the byline or dateline nearest the text
 * -- past other bylines and datelines, share buttons, labels of a word
 * or two ("Editorial", the outlet's name) and one deck -- it is the
 * headline, if the finder chose a line below that byline, or one above
 * the title with only such a label between them (not the line just over
 * it: a title over its deck; a title over the byline that shares no word
 * with the body, a pun, is taken over a teaser above it only).  Not when
 * the chosen line stands right under the byline (a page that prints the
 * date over its title), nor when the URL's slug names it and not the
 * line over the byline; of two-word labels (a menu's items) one only is
 * passed.  Returns the index in c of the headline.
 */
#define HL_META_UP	8	/* non-blank lines walked up from the byline */
static size_t
hl_over_byline(struct sb *sb, const struct sb_line *v, size_t n,
    const struct hl_cand *c, size_t nc, size_t best, size_t body)
{
	const struct sb_line *l, *t = NULL;
	size_t i, m, k, head = c[best].line;
	unsigned seen, decks = 0, labels = 0;

	for (i = body, seen = 0; i-- > 0 && seen < HL_WINDOW; ) {
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		seen++;
		if (v[i].flags & F_META)
			break;
	}
	if (i >= body || !(v[i].flags & F_META))
		return best;
	m = i;
	for (l = hl_next(v, n, m, -1), seen = 0; l != NULL &&
	    seen < HL_META_UP; l = hl_next(v, n, (size_t)(l - v), -1), seen++) {
		if (l->flags & F_META || (l->flags & F_BULLET && l->words <= 4))
			continue;
		if (l->words == 1 || (l->words == 2 && labels++ == 0))
			continue;
		/* the chosen line is the title, or its block's (the cheap way out) */
		if ((size_t)(l - v) == head && l->stops == 0 &&
		    !hl_blocktop(sb, v, n, l)) {
			t = hl_names_top(sb, v, n, l);
			break;
		}
		if ((size_t)(l - v) <= head && head < m)
			return best;
		if (hl_titleish(sb, l)) {
			t = l;
			break;
		}
		if (l->words < HL_DECK_MIN || decks++ > 0)
			break;
	}
	if (t == NULL)
		return best;
	/* right under the byline: a page that prints it over the title */
	if (head > m && hl_next(v, n, m, 1) == &v[head])
		return best;
	/* the URL's slug names the chosen line, not the one over the byline */
	if (hl_slug_hit(sb, &v[head]) && !hl_slug_hit(sb, t))
		return best;
	/* above the title: only a label (the outlet's name) between them */
	if (head < (size_t)(t - v)) {
		l = hl_next(v, n, head, 1);
		if (l == t)
			return best;
		for (; l != t; l = hl_next(v, n, (size_t)(l - v), 1))
			if (l->words > 2 || l->flags & F_META)
				return best;
	}
	for (k = 0; k < nc && c[k].line != (size_t)(t - v); k++)
		;
	if (k == nc || (c[k].matched == 0 && (head > m ||
	    !(hl_next(v, n, c[k].line, 1)->flags & F_META))))
		return best;
	return k;
}

/*
 * The title over the byline.  A page's title block ends with its byline
 * or dateline; when the finder chose a line under the last byline or
 * dateline above the text (a subhead, a deck past the share buttons, a
 * link to a box of figures), with no byline or dateline of its own
 * between it and the first paragraph, and furniture (one line at least,
 * nothing good: a line right under a blog's dateline is its post's
 * title) between that byline and it, the title is over the byline: the
 * nearest line above it (past more bylines and datelines, buttons of
 * one word, page fields -- "Courtesy: ..." -- and one author's name of
 * two or three capitalised words) if it reads like a title, else, when that line is a standfirst (HL_STAND
 * words or more), the title-shaped line over it, the standfirst its
 * block.  The title is three to HL_STACK_MAX words, not furniture, a
 * teaser or all capitals, does not read like a sentence, a caption or a
 * list, and shares a word with the chosen line, its standfirst or the
 * first paragraphs (a site's name over a dateline at the page's top
 * shares none).  Its index, with *stand the standfirst's (or n); else
 * head.
 */
#define HL_OVER_GAP	16	/* furniture lines between byline and head */
static int
hl_overtitle(const struct sb *sb, const struct sb_line *t)
{
	int last;

	if (t->words < HL_STACK_MIN || t->words > HL_STACK_MAX ||
	    t->cls == C_BLANK || 2 * t->numwords >= t->words ||
	    sb_bcls[(unsigned char)t->text[t->indent]] & B_LOWER ||
	    t->flags & (F_HARD | F_TEASER | F_COMMENT | F_CARD | F_CAPS) ||
	    !hl_candidate(sb, t) || hl_furniture(t) || hl_untitled(t))
		return 0;
	last = hl_lastbyte(t);
	return last != ':' && last != ',';
}

/* An author's name alone: two or three capitalised words, no more. */
static int
hl_name(const struct sb_line *l)
{
	return l->words >= 2 && l->words <= 3 && l->capwords == l->words &&
	    l->stops == 0 && l->numwords == 0 && !(l->flags & F_CAPS) &&
	    !hl_untitled(l) && hl_lastbyte(l) != ':';
}

static size_t
hl_overmeta(struct sb *sb, const struct sb_line *v, size_t n, size_t head,
    size_t body, size_t *stand)
{
	const struct sb_line *u, *t, *d = NULL;
	size_t i;
	unsigned gap = 0, names = 0;

	*stand = n;
	for (i = head + 1; i < body; i++)
		if (v[i].flags & F_META)
			return head;
	for (u = hl_next(v, n, head, -1); u != NULL && !(u->flags & F_META);
	    u = hl_next(v, n, (size_t)(u - v), -1))
		if (u->cls == C_GOOD || ++gap > HL_OVER_GAP)
			return head;
	if (u == NULL || gap == 0)
		return head;
	/* past the byline block: bylines, datelines, share buttons of a
	 * word, page fields, and one author's name */
	for (t = u; t != NULL; t = hl_next(v, n, (size_t)(t - v), -1)) {
		if (t->flags & F_META || t->words < 2 || hl_field(sb, t))
			continue;
		if (names++ > 0 || !hl_name(t))
			break;
	}
	if (t == NULL)
		return head;
	if (t->words >= HL_STAND && t->cf >= C_NEARGOOD &&
	    !(t->flags & (F_HARD | F_TEASER | F_DUP))) {
		d = t;
		t = hl_next(v, n, (size_t)(t - v), -1);
		if (t == NULL)
			return head;
	}
	if (!hl_overtitle(sb, t) || !(hl_shares(sb, t, &v[head]) ||
	    (d != NULL && hl_shares(sb, t, d))))
		return head;
	if (d != NULL)
		*stand = (size_t)(d - v);
	return (size_t)(t - v);
}

/*
 * A title next to its author's name.  A byline may be the author's name
 * alone, two or three capitalised words, no stopword, no number,
 * nothing after the last word.  A line that reads like a title, in
 * sentence case (a word in lower case: a site's or a section's name,
 * "City Sun", and a credit's name are in title case), two words to
 * HL_STACK_MAX, over such a name in capitals right above the first
 * paragraph, or right under such a name in title case and over the
 * chosen line (a standfirst, longer), is the title, even a pun sharing
 * no word ("Rough crossing").  Its index, else head.
 */
static int
hl_author(const struct sb_line *l)
{
	int last = hl_lastbyte(l);

	return l->words >= 2 && l->words <= 3 && l->capwords == l->words &&
	    l->stops == 0 && l->numwords == 0 && last < 0x80 &&
	    sb_bcls[last] & (B_UPPER | B_LOWER);
}

static int
hl_puntitle(const struct sb *sb, const struct sb_line *t)
{
	int last;

	if (t->words < 2 || t->words > HL_STACK_MAX ||
	    t->capwords == t->words ||
	    2 * t->numwords >= t->words ||
	    sb_bcls[(unsigned char)t->text[t->indent]] & B_LOWER ||
	    t->flags & (F_HARD | F_TEASER | F_COMMENT | F_CARD | F_CAPS |
	    F_META | F_DUP) || !hl_candidate(sb, t) ||
	    hl_breadcrumb(t) || hl_navrun(t) || hl_untitled(t) || hl_label(t))
		return 0;
	last = hl_lastbyte(t);
	return last != ':' && last != ',';
}

static size_t
hl_byname(const struct sb *sb, const struct sb_line *v, size_t n,
    size_t head, size_t body)
{
	const struct sb_line *u, *t;

	/* over the name over the text */
	u = hl_next(v, n, body, -1);
	if (u != NULL && hl_author(u) && u->flags & F_CAPS && (t = hl_next(v, n,
	    (size_t)(u - v), -1)) != NULL && (size_t)(t - v) > head &&
	    hl_puntitle(sb, t))
		return (size_t)(t - v);
	/* under the name, over the chosen line */
	t = hl_next(v, n, head, -1);
	if (t != NULL && t->words < v[head].words && hl_puntitle(sb, t) &&
	    (u = hl_next(v, n, (size_t)(t - v), -1)) != NULL && hl_author(u) &&
	    !(u->flags & F_CAPS))
		return (size_t)(t - v);
	return head;
}

/*
 * The first paragraph of the article's lines [a, b): good text of ten
 * words or more that ends like a sentence (hl_paragraph()), and either
 * prose by its own shape (its class before context near-good or good)
 * or a short lede: no question (a title's shape), followed by a
 * paragraph that ends like a sentence or in a photo credit (not a
 * quote's attribution, "-- Jane Doe on Sunday in ...").  A short line
 * that the text around it made good, alone among short lines -- a promo
 * box's "Free bets and best odds, register now." -- is no first paragraph:
 * measured against it, the title under the box would be out of the
 * finder's reach and the furniture above it chosen.  Failing one, the
 * first good paragraph; b if none.
 */
#define HL_NEXTWORDS	8	/* words of the paragraph after a short one */
static size_t
hl_body(const struct sb *sb, const struct sb_line *v, size_t a, size_t b,
    int told)
{
	const struct sb_line *nb;
	size_t i, first = b;

	for (i = a; i < b; i++)
		if (hl_paragraph(&v[i], 10, told) && v[i].flags & F_TERM) {
			if (v[i].cf >= C_NEARGOOD)
				return i;
			nb = hl_next(v, b, i, 1);
			if (nb != NULL && hl_paragraph(nb, HL_NEXTWORDS, told) &&
			    (nb->flags & F_TERM || hl_credit(sb, nb)) &&
			    hl_lastbyte(&v[i]) != '?')
				return i;
			if (first == b)
				first = i;
		}
	return first;
}

/*
 * The line lead() (article.c) took for the title, when the headline is
 * another line above it, it has no byline or dateline under it and fewer
 * than half its words capitalised, is a second title: a video's or
 * another story's between the headline and the text, a picture's, a row
 * of buttons.  A title over a byline, or in Title Case, stays: the
 * headline finder may have taken a line above the page's true title.
 */
static void
hl_unsigned(struct sb_line *v, size_t n, size_t head)
{
	size_t i;

	for (i = head + 1; i < n; i++)
		if (v[i].keep && v[i].flags & F_UNSIGNED &&
		    !(v[i].flags & F_BLOCK)) {
			v[i].keep = 0;
			v[i].reason = "second title";
		}
}

void
sb_headline(struct sb *sb, struct sb_line *v, size_t n)
{
	double f[HF_N], score;
	struct hl_cand c[HL_WINDOW + 1];	/* and the title bar's */
	size_t a = sb->art_a, b = sb->art_b, body, i, k, head, nc = 0, best, bar;
	size_t title, stand;
	unsigned dist, rank, taken;
	int told;

	hl_url(sb, v, n);
	if (a >= b || b > n)
		return;
	/*
	 * The first paragraph: good text that ends like a sentence, not a
	 * repeated line (a caption printed twice); failing that, the first
	 * copy of an article the page prints twice.
	 */
	for (told = 0; told < 2; told++)
		if ((body = hl_body(sb, v, a, b, told)) < b)
			break;
	if (body == b)
		return;
	memset(sb->hlset, 0, sizeof(sb->hlset));
	sb->hlsetn = 0;
	for (i = body, taken = 0; i < b && taken < HL_BODYLINES; i++)
		if (hl_paragraph(&v[i], 8, told)) {
			(void)hl_words(sb, &v[i], hl_add, NULL);
			taken++;
		}
	for (i = body, dist = 0, rank = 0; i-- > 0 && dist < HL_WINDOW; ) {
		if (v[i].cls == C_BLANK || v[i].flags & F_SKIP)
			continue;
		dist++;
		if (!hl_candidate(sb, &v[i]))
			continue;
		c[nc] = (struct hl_cand){ i, dist - 1, rank, 0, 0, 0, 0 };
		c[nc].content = hl_words(sb, &v[i], hl_find, &c[nc].matched);
		nc++;
		if (hl_headingish(&v[i]))
			rank++;
	}
	hl_topmost(v, c, nc);
	best = nc;
	for (k = 0; k < nc; k++) {
		hl_features(sb, v, n, &c[k], body, f);
		c[k].score = score = hl_score(f, hl_weights, HF_N);
		if (sb->trace != NULL)
			sb->trace(sb->trace_arg, c[k].line, f);
		/* furniture by its shape is scored (and trained on), never
		 * chosen; looked for only in a line that would be */
		if ((best == nc || score > c[best].score) &&
		    !hl_furniture(&v[c[k].line]))
			best = k;
	}
	/* the title bar's title, a candidate (or one past the window) */
	if ((bar = hl_titlebar(sb, v, body)) < body) {
		for (best = 0; best < nc && c[best].line != bar; best++)
			;
		if (best == nc)
			c[nc++] = (struct hl_cand){ bar, HL_WINDOW, rank, 0, 0,
			    0, 0 };
	} else if (best == nc || c[best].score <= HL_HEAD_CUT)
		return;
	for (k = 0; k < nc && bar == body; k++)
		if (k != best && hl_rival(sb, v, n, c, k, best)) {
			best = k;
			break;
		}
	if (bar == body)	/* the title bar's title stands, as above */
		best = hl_over_byline(sb, v, n, c, nc, best, body);
	head = c[best].line;
	if (bar == body &&
	    (title = hl_overmeta(sb, v, n, head, body, &stand)) != head) {
		for (best = 0; best < nc && c[best].line != title; best++)
			;
		if (best == nc)
			c[nc++] = (struct hl_cand){ title, HL_WINDOW, rank, 0, 0,
			    0, 0 };
		head = title;
		if (stand < n) {
			v[stand].keep = 1;
			v[stand].flags |= F_BLOCK;
			v[stand].reason = "headline block";
		}
	} else if (bar == body &&
	    (title = hl_byname(sb, v, n, head, body)) != head) {
		for (best = 0; best < nc && c[best].line != title; best++)
			;
		if (best == nc)
			c[nc++] = (struct hl_cand){ title, HL_WINDOW, rank, 0, 0,
			    0, 0 };
		if (title < head) {
			v[head].keep = 1;
			v[head].flags |= F_BLOCK;
			v[head].reason = "headline block";
		}
		head = title;
	}
	v[head].keep = 1;
	v[head].headline = 1;
	v[head].flags |= F_LEAD;
	v[head].reason = "headline";
	for (i = 0; i < head; i++)
		if (v[i].keep && v[i].flags & F_LEAD) {
			v[i].keep = 0;
			v[i].reason = "above the headline";
		}
	hl_block(sb, v, n, body, c, nc, best);
	head = hl_stack_up(sb, v, n, head);
	hl_stack_down(sb, v, n, head);
	hl_stack_stand(sb, v, n, head);
	hl_kicker(v, n, head);
	hl_names_drop(sb, v, n, head);
	hl_unsigned(v, n, head);
}

const char *const *
sb_feature_names(size_t *n)
{
	*n = HF_N;
	return hf_names;
}
