/*
 * captions -- the engine of dedupe-captions (see captions.h).
 *
 * A caption is told by its shape, never by a name alone: a credit at the
 * end of a short line ("... Photograph: Toby Melville/Reuters",
 * "(AP Photo/Gerald Herbert)", "... 2019. REUTERS/Kevin Lamarque",
 * "...Credit: Getty"), a line that is only a credit ("Getty Images",
 * "Alex Wong | Getty Images"), a label at its start ("FILE - ",
 * "Image caption ", "Pictured: "), or a caption phrase ("in this file
 * photo").  An agency named inside running text ("..., Reuters
 * reported.", "he told AFP.") is not a credit: a credit is a run of
 * name-like tokens (capitalised words, agency names, slashes, "via")
 * after a label, a sentence end or an opening parenthesis, and a bare
 * agency needs a slash, a bar or "via" next to it unless it stands
 * alone after a sentence end.
 *
 * Only the last WIN bytes and the first bytes of a line are searched for
 * credits, so detection costs the same on a 10 MB line as on a short
 * one; lines longer than CAP_MAX bytes are never captions.  Building
 * the key is linear in the line.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <utf8proc.h>

#include "captions.h"
#include "rx.h"
#include "u8.h"
#include "wordlist.h"
#include "xalloc.h"

WORDLIST(credits);
WORDLIST(labels);

#define CAP_MAX		2000	/* bytes: a longer line is not a caption */
#define PHRASE_MAX	800	/* bytes: a caption told by a phrase alone */
#define WIN		320	/* bytes searched for a credit at the end */
#define LT_MAX		21	/* words: the longest credit a pattern takes, labels included */
#define WEAK_MAX	400	/* bytes before a weak credit ("(c) AP", ". AFP") */
#define MAX_CREDITS	3	/* "(Photo by X / AFP) (Photo credit should read ...)" */
#define ALT_MIN		8	/* key bytes: shorter lines never match a caption */
#define CREDIT_SALT	0x5DEECE66DA3B9F21ull	/* credit keys apart from captions */
#define PFX_MIN		30	/* key bytes of a truncated copy */
#define PQ_MIN		40	/* key bytes of a pull quote */
#define PQ_MAX		1000
#define PQ_WINDOW	12	/* lines either side searched for the paragraph */
#define PQ_LONGER	20	/* the paragraph is at least this much longer */
#define PQ_PARA_MAX	65536	/* key bytes: longer lines are not searched */

#define AGSIG_BITS	4096	/* the bit set of agency word signatures */

/* A set of 64-bit hashes (open addressing; 0 marks an empty slot). */
struct hset {
	uint64_t	*v;
	size_t		 cap;
	size_t		 n;
};

struct dline {
	uint64_t	 key;
	uint64_t	 tkey;		/* prefix hash of a truncated copy */
	uint64_t	 p30;		/* hash of the first PFX_MIN bytes of the key */
	uint64_t	 p8;		/* its first ALT_MIN bytes */
	size_t		 koff;		/* the key in d->arena (with -a) */
	size_t		 klen;
	unsigned char	 shape;		/* caption-shaped */
	unsigned char	 credit;	/* only a credit */
	unsigned char	 trunc;		/* ends "...", "... more", "less" */
	unsigned char	 caption;
	unsigned char	 copy;		/* a truncated copy of a caption */
	unsigned char	 blank;		/* only white space */
	unsigned char	 near;		/* next to a credit line */
};

struct dedupe {
	struct dc_opts	 o;
	struct rx	*e_label;	/* "... Photo: NAME/AGENCY" */
	struct rx	*e_by;		/* "... Photo by NAME", "Image copyright X" */
	struct rx	*e_copy;	/* "... © 2019 AGENCY" */
	struct rx	*e_paren;	/* "... (INNER)" */
	struct rx	*e_tail;	/* "... 2019. REUTERS/Name" */
	struct rx	*e_slash;	/* "... Name Name/AGENCY via Getty" */
	struct rx	*c_adj;		/* an agency next to / | via */
	struct rx	*c_only;	/* nothing but agency names */
	struct rx	*c_alltok;	/* only credit-like tokens */
	struct rx	*c_plabel;	/* a label opening a parenthesis */
	struct rx	*s_start;	/* "FILE - ", "Image caption ", "Pictured: " */
	struct rx	*phrase;	/* "in this file photo" */
	struct rx	*e_cjk;		/* "...。新华社记者 张三 摄" */
	struct strset	 lower;		/* words a credit may hold in lower case */
	struct strset	 agfirst;	/* the first word of each agency name: its first in ag */
	struct agname {
		const char	*p;	/* in wl_credits */
		size_t		 n;
		size_t		 fw;	/* the first word: p[0..fw) */
		int		 next;	/* the next name with the same first word, or -1 */
	}		*ag;
	uint64_t	 agsig[AGSIG_BITS / 64];	/* ag_sig() of each word in agfirst */
	struct strset	 lfirst;	/* the first word of each label (and "FILE") */
	unsigned char	 lstart[256];	/* first bytes of labels */
	struct hset	 seen;		/* caption keys (and, with -a, line keys) */
	struct hset	 seenline;
	struct hset	 doccap;	/* caption keys of the current document */
	struct hset	 docpfx;	/* prefix hashes of its captions */
	struct hset	 docp30;	/* p30 of the keys in doccap */
	struct hset	 docp8;		/* p8 of those of ALT_MIN bytes or more */
	uint64_t	 p30lens;	/* bit i: a key in doccap has min(length, PFX_MIN) i */
	char		*kbuf;		/* the last key built */
	size_t		 kcap;
	struct dline	*lines;
	size_t		 lcap;
	char		*arena;		/* keys of the document (with -a) */
	size_t		 alen, acap;
	char		*pats[13];
};

/* -------------------------------------------------------------------- */
/* Hash sets */

static void
hset_clear(struct hset *h)
{
	if (h->cap > 1024 && h->n < h->cap / 16) {
		free(h->v);
		h->v = NULL;
		h->cap = 0;
	} else if (h->v != NULL)
		memset(h->v, 0, h->cap * sizeof(*h->v));
	h->n = 0;
}

static int
hset_has(const struct hset *h, uint64_t k)
{
	size_t i;

	if (h->cap == 0)
		return 0;
	if (k == 0)
		k = 1;
	for (i = k & (h->cap - 1); h->v[i] != 0; i = (i + 1) & (h->cap - 1))
		if (h->v[i] == k)
			return 1;
	return 0;
}

static void
hset_add(struct hset *h, uint64_t k)
{
	size_t i;

	if (k == 0)
		k = 1;
	if ((h->n + 1) * 2 > h->cap) {
		struct hset g;
		size_t j;

		g.cap = h->cap ? h->cap * 2 : 64;
		g.v = xcalloc(g.cap, sizeof(*g.v));
		g.n = 0;
		for (j = 0; j < h->cap; j++)
			if (h->v[j] != 0) {
				for (i = h->v[j] & (g.cap - 1); g.v[i] != 0;
				    i = (i + 1) & (g.cap - 1))
					;
				g.v[i] = h->v[j];
				g.n++;
			}
		free(h->v);
		*h = g;
	}
	for (i = k & (h->cap - 1); h->v[i] != 0; i = (i + 1) & (h->cap - 1))
		if (h->v[i] == k)
			return;
	h->v[i] = k;
	h->n++;
}

/* -------------------------------------------------------------------- */
/* Patterns */

struct sbuf {
	char	*p;
	size_t	 len, cap;
};

static void
sb_add(struct sbuf *b, const char *s, size_t n)
{
	xgrow((void **)&b->p, &b->cap, b->len + n + 1, 1);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static void
sb_str(struct sbuf *b, const char *s)
{
	sb_add(b, s, strlen(s));
}

/*
 * Append a word list entry as a pattern: ASCII punctuation is escaped,
 * a space matches any run of white space.
 */
static void
sb_literal(struct sbuf *b, const char *s, size_t n)
{
	size_t i;
	char esc[2] = { '\\', 0 };

	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == ' ')
			sb_str(b, "\\s+");
		else if (c < 0x80 && !(c >= '0' && c <= '9') &&
		    !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			esc[1] = (char)c;
			sb_add(b, esc, 2);
		} else
			sb_add(b, s + i, 1);
	}
}

/*
 * The entries of a word list as an alternation.  want: 0 every entry,
 * 1 only those without a second field, 2 every entry (start labels).
 */
static char *
alternation(const char *data, size_t len, int want)
{
	struct sbuf b = { NULL, 0, 0 };
	struct wl_iter it;
	const char *line, *f;
	size_t n, flen;
	int first = 1;

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n)) {
		if (want == 1 && wl_field(line, n, 1, &f, &flen))
			continue;
		(void)wl_field(line, n, 0, &f, &flen);
		if (!first)
			sb_str(&b, "|");
		sb_literal(&b, f, flen);
		first = 0;
	}
	return b.p;
}

/* Build a pattern from pieces ending with NULL; kept in d, compiled by rx_get(). */
static struct rx *
compile(struct dedupe *d, int slot, const char *first, ...)
{
	struct sbuf b = { NULL, 0, 0 };
	va_list ap;
	const char *s;

	va_start(ap, first);
	for (s = first; s != NULL; s = va_arg(ap, const char *))
		sb_str(&b, s);
	va_end(ap);
	d->pats[slot] = b.p;
	return NULL;
}

/*
 * The pattern of a slot, compiled (and JIT-compiled) the first time it
 * is needed: most documents need only a few of them, and a corpus build
 * runs one process per article.
 */
static struct rx *
rx_get(struct dedupe *d, struct rx **rp, int slot)
{
	if (*rp == NULL)
		*rp = rx_compile(d->pats[slot], 0);
	return *rp;
}
#define RX(f, slot)	rx_get(d, &d->f, slot)

/* Not inside a word. */
#define NWB	"(?<![\\p{L}\\p{N}])"
#define NWA	"(?![\\p{L}\\p{N}])"
/* Words a credit may hold in lower case. */
#define CONN \
	"via|for|and|of|the|de|da|di|do|dos|das|del|della|van|von|der|den|" \
	"du|la|le|les|y|e|et|und|al|el|bin|by|courtesy|photo|photos|file|" \
	"files|handout|staff|pool|images|image|all|rights|reserved|" \
	"copyright|photographer|contributor|pic|picture|pictures|" \
	"illustration|should|read|credit|special|to|contributed"
/* Sentence ends and closing quotes before a credit. */
/* 摄 (shot by), 攝, 摄影: a Chinese photo credit ends with it. */
#define CJK_SHOT "(?<!\\x{62CD})[\\x{6444}\\x{651D}](?:\\x{5F71})?"
#define ENDP	"[.!?:;)\\]\"'\\x{201D}\\x{2019}\\x{00BB}|\\x{3002}]"
#define DASHES	"[-\\x{2013}\\x{2014}|\\x{2022}\\x{00B7}]"

/*
 * A cheap signature of an ASCII word, either case: its first, second
 * and last letters and its length.  A word whose bit is not set in
 * d->agsig is not in d->agfirst, without hashing it.
 */
static unsigned
ag_sig(const char *w, size_t n)
{
	unsigned a = (unsigned char)w[0] | 0x20, b = (unsigned char)w[n > 1] | 0x20,
	    z = (unsigned char)w[n - 1] | 0x20;

	return (((a * 31 + b) * 31 + z) * 31 + (unsigned)n) % AGSIG_BITS;
}

/*
 * The words a credit may hold in lower case: CONN and every word of every
 * agency name, for the cheap test of the last word of a line; and each
 * agency name indexed by its first word (d->agfirst, d->ag, d->agsig).
 */
static void
load_lower(struct dedupe *d)
{
	struct strset *set = &d->lower, *first = &d->agfirst;
	uint64_t *sig = d->agsig;
	size_t nag = 0, agcap = 0;
	int head;
	static const char conn[] = CONN;
	struct wl_iter it;
	const char *line, *p, *end;
	size_t n, i;

	strset_init(set, 1);
	strset_init(first, 1);
	for (p = conn; *p != '\0'; p += n + (p[n] == '|')) {
		n = strcspn(p, "|");
		strset_add(set, p, n, 0);
	}
	wl_init(&it, wl_credits, wl_credits_len);
	while (wl_next(&it, &line, &n)) {
		i = strcspn(line, " \t\n/-");
		if (i > n)
			i = n;
		if (n > 4 && strncasecmp(line, "the ", 4) == 0)
			;	/* "Associated Press" is listed too */
		else if (i > 0) {
			unsigned g = ag_sig(line, i);

			xgrow((void **)&d->ag, &agcap, nag + 1, sizeof(*d->ag));
			d->ag[nag].p = line;
			d->ag[nag].n = n;
			d->ag[nag].fw = i;
			d->ag[nag].next = strset_get(first, line, i, &head) ? head : -1;
			strset_add(first, line, i, (int)nag++);
			sig[g / 64] |= 1ull << (g % 64);
		}
		for (p = line, end = line + n; p < end; p = line + i + 1) {
			for (i = (size_t)(p - line); i < n &&
			    ((line[i] | 0x20) >= 'a' && (line[i] | 0x20) <= 'z'); i++)
				;
			if (line + i > p)
				strset_add(set, p, (size_t)(line + i - p), 0);
		}
	}
}

/*
 * The first bytes of the labels, either case, and of "FILE"; the first
 * words of the labels, and the words s_start takes before "caption".
 */
static void
load_lstart(unsigned char *t, struct strset *first)
{
	static const char extra[] = "FfIiMmPpVvCc";
	static const char *const words[] = { "file", "image", "media", "photo",
	    "video", NULL };
	struct wl_iter it;
	const char *line, *p;
	size_t n;
	int i;

	strset_init(first, 1);
	for (i = 0; words[i] != NULL; i++)
		strset_add(first, words[i], strlen(words[i]), 0);
	wl_init(&it, wl_labels, wl_labels_len);
	while (wl_next(&it, &line, &n)) {
		unsigned char c = (unsigned char)line[0];

		strset_add(first, line, strcspn(line, " \t\n") < n ?
		    strcspn(line, " \t\n") : n, 0);

		t[c] = 1;
		if (c >= 'a' && c <= 'z')
			t[c & ~0x20] = 1;
		if (c >= 0x80)		/* any case of a non-ASCII label */
			memset(t + 0xC0, 1, 0x40);
	}
	for (p = extra; *p != '\0'; p++)
		t[(unsigned char)*p] = 1;
}

struct dedupe *
dc_new(const struct dc_opts *opts)
{
	struct dedupe *d = xcalloc(1, sizeof(*d));
	char *ag, *lab, *slab;
	struct sbuf defs = { NULL, 0, 0 }, dtok = { NULL, 0, 0 },
	    dptok = { NULL, 0, 0 };

	d->o = *opts;
	load_lower(d);
	load_lstart(d->lstart, &d->lfirst);
	ag = alternation(wl_credits, wl_credits_len, 0);
	lab = alternation(wl_labels, wl_labels_len, 1);
	slab = alternation(wl_labels, wl_labels_len, 2);

	/*
	 * Shared pieces, defined once at the end of each pattern and called
	 * as subroutines, so the long alternation of agencies is compiled
	 * (and JIT-compiled) once per pattern, not once per use:
	 * (?&ag) an agency name, as a whole word; (?&tok) a credit-like
	 * token: it starts with a capital, a letter of a script without case,
	 * a digit, @ or (c); or it is a word a credit may hold in lower case,
	 * an agency, or punctuation; (?&ptok) the same inside parentheses.
	 * A pattern gets only the pieces it calls (defs: ag; dtok: ag and
	 * tok; dptok: ag and ptok): each piece costs JIT-compile time.
	 */
	sb_str(&defs, "(?(DEFINE)(?<ag>" NWB "(?i:");
	sb_str(&defs, ag);
	sb_str(&defs, ")" NWA ")");
	sb_add(&dtok, defs.p, defs.len);
	sb_add(&dptok, defs.p, defs.len);
	sb_str(&defs, ")");
	sb_str(&dtok,
	    "(?<tok>(?>[\\p{Lu}\\p{Lt}\\p{Lo}\\p{Lm}\\p{N}@\\x{00A9}#(\\[\"'"
	    "\\x{201C}\\x{2018}\\x{00AB}]\\S*+|(?&ag)\\S*+|(?i:" CONN ")" NWA
	    "\\S*+|[^\\s\\p{L}\\p{N}]++)))");
	sb_str(&dptok,
	    "(?<ptok>(?>[\\p{Lu}\\p{Lt}\\p{Lo}\\p{Lm}\\p{N}@\\x{00A9}#\\[\"'"
	    "\\x{201C}\\x{2018}\\x{00AB}][^\\s()]*+|(?&ag)[^\\s()]*+|(?i:" CONN
	    ")" NWA "[^\\s()]*+|[^\\s\\p{L}\\p{N}()]++)))");

#define AG	"(?&ag)"
#define TOK	"(?&tok)"
#define PTOK	"(?&ptok)"
#define TAIL	TOK "(?:\\s+" TOK "){0,15}\\s*$"
	/* "Photograph: Toby Melville/Reuters", "...Credit: Getty" */
	d->e_label = compile(d, 0,
	    "(?:" NWB "(?i:", lab, ")|(?<=[\\p{Ll}.!?)\\x{201D}\\x{2019}])"
	    "(?:Credit|Photo|Photograph|Picture|Image|Photos|Pictures))"
	    "\\s*[:\\x{FF1A}=\\x{FF1D}]\\s*" TAIL, dtok.p, NULL);
	/* "Image copyright Getty Images", ". Photo by Jason Kempin/Getty Images" */
	d->e_by = compile(d, 1,
	    "(?:" NWB "(?i:image\\s+copyright|(?:image|photo|picture)s?\\s+"
	    "courtesy(?:\\s+of)?)|(?:^|(?<=" ENDP ")|(?<=\\s)(?=" DASHES "\\s))\\s*"
	    "(?:" DASHES "\\s*)?(?i:(?:photo(?:graph)?s?|pictures?|images?|pics?|"
	    "illustrations?|videos?)\\s+by|courtesy(?:\\s+of)?))\\s+" TAIL,
	    dtok.p, NULL);
	/* "(c) REUTERS / POOL", "Copyright 2019 The Associated Press." */
	d->e_copy = compile(d, 2,
	    NWB "(?:(?i:copyright)(?:\\s*(?:\\x{00A9}|\\((?i:c)\\)))?|\\x{00A9}|"
	    "\\((?i:c)\\))\\s*(?=.{0,200}?(?:" AG "|@))" TAIL, dtok.p, NULL);
	/* "(AP Photo/Gerald Herbert)", "(Image: GETTY )" */
	d->e_paren = compile(d, 3, "[(\\x{FF08}]([^()\\x{FF08}\\x{FF09}]{1,200})"
	    "[)\\x{FF09}][\\s.\\x{3002}]*$", NULL);
	/* "... 2019. REUTERS/Kevin Lamarque", "Getty Images" */
	d->e_tail = compile(d, 4,
	    "(?:^|(?<=" ENDP ")|(?<=\\s)(?=" DASHES "\\s))\\s*("
	    TOK "(?:\\s+" TOK "){0,11})\\s*$", dtok.p, NULL);
	/* "... on Monday Anthony Wallace/AFP via Getty Images" */
	d->e_slash = compile(d, 5,
	    "(?<=[\\s.!?])(?:[\\p{Lu}\\p{Lt}]\\S*\\s+)?[^\\s/]*/\\S*(?:\\s+"
	    TOK "){0,6}\\s*$", dtok.p, NULL);
	/* An agency next to a slash, a bar or "via". */
	d->c_adj = compile(d, 6,
	    AG "\\s*[/|]|[/|]\\s*" AG "|" NWB "(?i:via|for)\\s+" AG "|"
	    AG "\\s+(?i:via)" NWA, defs.p, NULL);
	/* Nothing but agencies ("Getty Images", "AFP/Getty Images"). */
	d->c_only = compile(d, 7,
	    "^[\\s(\\[\\x{00A9}]*" AG "(?:[\\s/|,&+]*(?:" AG
	    "|(?i:via|file|files|pool|handout|photos?|images?|staff)" NWA
	    "))*[\\s)\\].]*$", defs.p, NULL);
	d->c_alltok = compile(d, 8,
	    "^\\s*" PTOK "(?:\\s+" PTOK "){0,14}\\s*$", dptok.p, NULL);
	d->c_plabel = compile(d, 9,
	    "^\\s*(?i:", lab, "|pictured)" NWA "|" CJK_SHOT "\\s*$", NULL);
	d->s_start = compile(d, 10,
	    "^[\\s\\x{2022}\\x{00B7}*>\\x{25A1}-]*(?:FILE(?:\\s+PHOTO)?\\s*"
	    "[-\\x{2013}\\x{2014}:]\\s*|(?i:", slab, ")\\s*[:\\x{FF1A}]\\s*|"
	    "(?i:image|media|photo|video)\\s+caption\\s+)", NULL);
	/* "...。新华社记者 张三 摄" */
	d->e_cjk = compile(d, 12,
	    "(?:^|(?<=[\\x{3002}\\x{FF01}\\x{FF1F}\\x{FF09})]))\\s*"
	    "[^\\x{3002}\\x{FF01}\\x{FF1F}]{0,40}?(?:\\s|[\\x{8BB0}\\x{8A18}]"
	    "\\x{8005}[^\\x{3002}\\x{FF01}\\x{FF1F}]{0,20}?)" CJK_SHOT "\\s*$",
	    NULL);
	d->phrase = compile(d, 11,
	    NWB "(?i:in\\s+this\\s+(?:\\S+\\s+){0,5}?(?:file|undated|handout|"
	    "aerial|combination|satellite|still)\\s+(?:photo|picture|image|"
	    "photograph|handout|video|frame)|in\\s+this\\s+(?:photo|picture|"
	    "image|photograph|handout)\\s+(?:taken|released|provided|made|"
	    "obtained|distributed|shot|from|courtesy)|poses?\\s+for\\s+(?:a\\s+)?"
	    "(?:photo|picture|portrait)s?)" NWA, NULL);
#undef AG
#undef TOK
#undef PTOK
#undef TAIL
	free(ag);
	free(lab);
	free(slab);
	free(defs.p);
	free(dtok.p);
	free(dptok.p);
	return d;
}

void
dc_free(struct dedupe *d)
{
	size_t i;

	if (d == NULL)
		return;
	rx_free(d->e_label);
	rx_free(d->e_by);
	rx_free(d->e_copy);
	rx_free(d->e_paren);
	rx_free(d->e_tail);
	rx_free(d->e_slash);
	rx_free(d->c_adj);
	rx_free(d->c_only);
	rx_free(d->c_alltok);
	rx_free(d->c_plabel);
	rx_free(d->s_start);
	rx_free(d->phrase);
	rx_free(d->e_cjk);
	for (i = 0; i < sizeof(d->pats) / sizeof(d->pats[0]); i++)
		free(d->pats[i]);
	strset_free(&d->lower);
	strset_free(&d->agfirst);
	free(d->ag);
	strset_free(&d->lfirst);
	free(d->seen.v);
	free(d->seenline.v);
	free(d->doccap.v);
	free(d->docpfx.v);
	free(d->docp30.v);
	free(d->docp8.v);
	free(d->kbuf);
	free(d->lines);
	free(d->arena);
	free(d);
}

/* -------------------------------------------------------------------- */
/* Detection */

/* Move i forward to the start of a character. */
static size_t
charstart(const char *s, size_t i, size_t n)
{
	while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80)
		i++;
	return i;
}

/* The ASCII blanks of \s. */
static int
ascii_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static int
ascii_alnum(unsigned char c)
{
	return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Does the pattern match anywhere in s[0..n)? */
static int
has(struct rx *rx, const char *s, size_t n)
{
	size_t ms, me;

	return rx_match(rx, s, n, 0, &ms, &me) == 1;
}

/* Is the byte before s[i] a sentence end (or the start of the line)? */
static int
after_end(const char *s, size_t i)
{
	int32_t cp;

	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	if (i == 0)
		return 1;
	(void)u8_decode_prev(s, s + i, &cp);
	return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
	    cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
	    cp == '|' || cp == 0x3002 || cp == ')' || cp == '-' ||
	    cp == 0x2013 || cp == 0x2014;
}

/* Is the word before s[i] capitalised (or a number)? */
static int
after_capword(const char *s, size_t i)
{
	size_t j;
	int32_t cp;
	utf8proc_category_t c;

	while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	j = i;
	while (j > 0 && s[j - 1] != ' ' && s[j - 1] != '\t')
		j--;
	if (j == i)
		return 0;
	(void)u8_decode(s + j, s + i, &cp);
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT ||
	    c == UTF8PROC_CATEGORY_ND;
}

#define FW_RPAREN	"\xef\xbc\x89"	/* U+FF09 */

static int
ends_with(const char *s, size_t n, const char *w)
{
	size_t wl = strlen(w);

	return n >= wl && memcmp(s + n - wl, w, wl) == 0;
}

/*
 * Can s[0..b) end in a credit?  Every credit ends in a closing
 * parenthesis or in a credit-like token: one that does not start with a
 * lower-case letter, or a word a credit may hold in lower case.  Most
 * body lines end in a lower-case word ("... the council said.") and are
 * done with here, before any pattern runs.
 */
static int
could_end_credit(const struct dedupe *d, const char *s, size_t b)
{
	size_t e = b, t, i;
	int32_t cp;
	utf8proc_category_t c;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	for (i = e; i > 0 && s[i - 1] == '.'; i--)
		;
	if (e == 0 || (i > 0 && s[i - 1] == ')') || ends_with(s, e, FW_RPAREN) ||
	    ends_with(s, e, "\xe3\x80\x82"))
		return e > 0;
	for (t = e; t > 0 && s[t - 1] != ' ' && s[t - 1] != '\t'; t--)
		;
	(void)u8_decode(s + t, s + e, &cp);
	if (cp < 0)
		return 1;
	c = utf8proc_category(cp);
	if (c != UTF8PROC_CATEGORY_LL)
		return 1;
	for (i = t; i < e && (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')); i++)
		;
	return i > t && strset_has(&d->lower, s + t, i - t);
}

/*
 * Does s[j..b) go on as agency name a does after its first word, and
 * end there (the pattern's NWA)?  A blank in a name stands for a run of
 * blanks.  Any non-ASCII byte answers yes: it may be a blank (U+00A0),
 * or a letter that matches an ASCII one without case (U+212A KELVIN SIGN).
 */
static int
agency_rest(const struct agname *a, const char *s, size_t j, size_t b)
{
	size_t k;

	for (k = a->fw; k < a->n; k++, j++) {
		unsigned char c = (unsigned char)a->p[k];

		if (j >= b)
			return 0;
		if ((unsigned char)s[j] >= 0x80)
			return 1;
		if (c == ' ') {
			if (!ascii_space((unsigned char)s[j]))
				return 0;
			while (j + 1 < b && ascii_space((unsigned char)s[j + 1]))
				j++;
		} else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' ?
		    ((unsigned char)s[j] | 0x20) != (c | 0x20) : (unsigned char)s[j] != c)
			return 0;
	}
	return j >= b || (unsigned char)s[j] >= 0x80 || !ascii_alnum((unsigned char)s[j]);
}

/*
 * Can s[w..b) hold an agency name?  Looks up the first word of each name
 * among the ASCII words of the window, then the rest of the name; any
 * non-ASCII letter answers yes (the names in other scripts are few, and
 * the patterns check).
 */
static int
could_hold_agency(const struct dedupe *d, const char *s, size_t w, size_t b)
{
	size_t i = w, j;
	unsigned g;
	int an;

	while (i < b) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x80) {
			int32_t cp;
			int k = u8_decode(s + i, s + b, &cp);

			/* a letter: maybe a name in another script */
			if (cp >= 0 && utf8proc_category(cp) >= UTF8PROC_CATEGORY_LU &&
			    utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO)
				return 1;
			i += (size_t)k;
			continue;
		}
		if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
			i++;
			continue;
		}
		for (j = i; j < b && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z');
		    j++)
			;
		g = ag_sig(s + i, j - i);
		if ((d->agsig[g / 64] >> (g % 64) & 1) &&
		    strset_get(&d->agfirst, s + i, j - i, &an))
			for (; an >= 0; an = d->ag[an].next)
				if (agency_rest(&d->ag[an], s, j, b))
					return 1;
		i = j;
	}
	return 0;
}

/*
 * Does a run of credit-like tokens hold a sentence end ("TUESDAY. (AP
 * Photo/...)" in a caption set in capitals)?  A word of four letters or
 * more before ". " ends a sentence; initials ("J. ") and abbreviations
 * ("U.S. ") do not.
 */
static int
sentence_break(const char *p, size_t n)
{
	size_t i, j;

	for (i = 1; i + 1 < n; i++) {
		if (p[i] != '.' || (p[i + 1] != ' ' && p[i + 1] != '\t'))
			continue;
		for (j = i; j > 0 && p[j - 1] != ' ' && p[j - 1] != '.' &&
		    p[j - 1] != '/'; j--)
			;
		if (i - j >= 4 && (j == 0 || p[j - 1] != '.'))
			return 1;
	}
	return 0;
}

/*
 * Where a search for a credit of at most k blank-separated words
 * (labels included) ending s[w..b) may start, for k = 0..LT_MAX, in
 * lt[k]: a little before the k-th word from the end, or w.  The patterns
 * bound their runs of words, so no match can start earlier; this keeps
 * the number of start positions small on long windows.
 */
static void
last_tokens_all(const char *s, size_t w, size_t b, size_t *lt)
{
	size_t i = b;
	int k;

	while (i > w && (s[i - 1] == ' ' || s[i - 1] == '\t'))
		i--;
	lt[0] = i;
	for (k = 1; k <= LT_MAX; k++) {
		while (i > w && s[i - 1] != ' ' && s[i - 1] != '\t')
			i--;
		while (i > w && (s[i - 1] == ' ' || s[i - 1] == '\t'))
			i--;
		lt[k] = i;
	}
}

/*
 * Where a run of credit-like tokens, (?&tok) of the patterns, ending
 * s[w..b) can start at the earliest: in the last blank-separated word
 * that cannot be such a token (a run may start inside it, after a
 * sentence end), or ntok words from the end (ltn, from last_tokens_all()).
 * A word cannot be a token
 * when it starts with an ASCII lower-case letter and its letters are
 * not a word a credit may hold in lower case; a non-ASCII byte right
 * after them answers "may be" (U+017F LONG S matches 's' without case).
 */
static size_t
tok_run_start(const struct dedupe *d, const char *s, size_t w, size_t b,
    int ntok, size_t ltn)
{
	size_t e = b, t, i;
	int k;

	for (k = 0; k < ntok; k++) {
		while (e > w && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		for (t = e; t > w && s[t - 1] != ' ' && s[t - 1] != '\t'; t--)
			;
		if (t == w)
			return w;
		if (s[t] >= 'a' && s[t] <= 'z') {
			for (i = t; i < e && ((s[i] | 0x20) >= 'a' &&
			    (s[i] | 0x20) <= 'z'); i++)
				;
			if ((i == e || (unsigned char)s[i] < 0x80) &&
			    !strset_has(&d->lower, s + t, i - t))
				return t;
		}
		e = t;
	}
	return ltn;
}

/*
 * The start of the next run after a sentence end (or a spaced dash or
 * bar) in s(pos..b), blanks skipped; b when there is none.  The same
 * boundaries as ENDP and DASHES in the patterns.
 */
static size_t
next_boundary(const char *s, size_t pos, size_t b)
{
	size_t i = pos + 1;
	int32_t cp;

	while (i < b) {
		int k = u8_decode(s + i, s + b, &cp);
		int endp = cp == '.' || cp == '!' || cp == '?' || cp == ':' ||
		    cp == ';' || cp == ')' || cp == ']' || cp == '"' ||
		    cp == '\'' || cp == 0x201D || cp == 0x2019 || cp == 0x00BB ||
		    cp == '|' || cp == 0x3002;
		int dash = (cp == '-' || cp == 0x2013 || cp == 0x2014 ||
		    cp == '|' || cp == 0x2022 || cp == 0x00B7) &&
		    (s[i - 1] == ' ' || s[i - 1] == '\t') && i + (size_t)k < b &&
		    (s[i + k] == ' ' || s[i + k] == '\t');

		if (dash)
			return i;
		i += (size_t)k;
		if (endp) {
			while (i < b && (s[i] == ' ' || s[i] == '\t'))
				i++;
			if (i < b)
				return i;
		}
	}
	return b;
}

/* What the credit patterns need to find in a window (ASCII letters in any case). */
struct wwords {
	unsigned char colon, by, courtesy, copyright, pc, csign, longs;
	size_t mark;		/* where the first "copyright", "(c)" or U+00A9 starts */
};

/*
 * Can the "by" at p[i] be that of "Photo by" (e_by): a word after a
 * photo word, with blanks either side?  Any non-ASCII byte next to it
 * may be a blank (U+00A0) or a letter that matches an ASCII one without
 * case (U+017F LONG S), so it answers yes.
 */
static int
photo_by(const char *p, size_t n, size_t i)
{
	static const char *const words[] = { "photo", "photos", "photograph",
	    "photographs", "picture", "pictures", "image", "images", "pic",
	    "pics", "illustration", "illustrations", "video", "videos", NULL };
	size_t e, j, k, wl;
	int w;

	if (i + 2 >= n || !(ascii_space((unsigned char)p[i + 2]) ||
	    (unsigned char)p[i + 2] >= 0x80))
		return 0;
	for (e = i; e > 0 && ascii_space((unsigned char)p[e - 1]); e--)
		;
	if (e == i && (i == 0 || (unsigned char)p[i - 1] < 0x80))
		return 0;		/* no blank before "by" */
	for (j = e; j > 0 && ((p[j - 1] | 0x20) >= 'a' && (p[j - 1] | 0x20) <= 'z'); j--)
		;
	if (j == 0 || (unsigned char)p[j - 1] >= 0x80 ||
	    (e > 0 && (unsigned char)p[e - 1] >= 0x80))
		return 1;		/* the window's edge, or not ASCII */
	for (w = 0; words[w] != NULL; w++) {
		wl = strlen(words[w]);
		if (e - j < wl)
			continue;
		for (k = 0; k < wl && (p[e - wl + k] | 0x20) == words[w][k]; k++)
			;
		if (k == wl)
			return 1;
	}
	return 0;
}

static int
ascii_ieq(const char *s, size_t n, size_t i, const char *w)
{
	size_t k;

	for (k = 0; w[k] != '\0'; k++) {
		char c;

		if (i + k >= n)
			return 0;
		c = s[i + k];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		if (c != w[k])
			return 0;
	}
	return 1;
}

/* Does p[0..n) hold "by", ASCII letters in any case? */
static int
has_by(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if ((p[i] | 0x20) == 'b' && (p[i + 1] | 0x20) == 'y')
			return 1;
	return 0;
}

/*
 * One pass over p[0..n) for ':', '=', U+FF1A, U+FF1D, "by", "courtesy",
 * "copyright", "(c)" and U+00A9; "by" only after a photo word (photo_by()).
 */
static void
window_words(const char *p, size_t n, struct wwords *ww)
{
	size_t i;

	memset(ww, 0, sizeof(*ww));
	ww->mark = SIZE_MAX;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		switch (c) {
		case ':': case '=':
			ww->colon = 1;
			break;
		case 0xEF:
			if (i + 2 < n && (unsigned char)p[i + 1] == 0xBC &&
			    ((unsigned char)p[i + 2] == 0x9A ||
			    (unsigned char)p[i + 2] == 0x9D))
				ww->colon = 1;
			break;
		case 0xC2:
			if (i + 1 < n && (unsigned char)p[i + 1] == 0xA9) {
				ww->csign = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		case 0xC5:	/* U+017F LONG S: "courteſy" matches too */
			if (i + 1 < n && (unsigned char)p[i + 1] == 0xBF)
				ww->longs = 1;
			break;
		case '(':
			if (ascii_ieq(p, n, i + 1, "c)")) {
				ww->pc = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		case 'b': case 'B':
			if (!ww->by && i + 1 < n && (p[i + 1] | 0x20) == 'y' &&
			    photo_by(p, n, i))
				ww->by = 1;
			break;
		case 'c': case 'C':
			if (i + 1 >= n || (p[i + 1] | 0x20) != 'o')
				;
			else if (ascii_ieq(p, n, i + 1, "ourtesy"))
				ww->courtesy = 1;
			else if (ascii_ieq(p, n, i + 1, "opyright")) {
				ww->copyright = 1;
				ww->mark = i < ww->mark ? i : ww->mark;
			}
			break;
		default:
			break;
		}
	}
}

/*
 * Find a credit that ends s[0..b) and starts at or after a.  Returns 1
 * and its start in *cs.  The credit starting leftmost wins.
 */
static int
end_credit(struct dedupe *d, const char *s, size_t a, size_t b, size_t *cs)
{
	size_t w, ms, me, best = b, pos, e, tr, lt[LT_MAX + 1];
	ptrdiff_t gs, ge;
	int found = 0;
	struct wwords ww;

	if (b <= a)
		return 0;
	w = b - a > WIN ? charstart(s, b - WIN, b) : a;
	/*
	 * Every credit pattern but e_paren and e_cjk matches within the last
	 * LT_MAX words, and what window_words() seeks is part of the match.
	 */
	last_tokens_all(s, w, b, lt);
	window_words(s + lt[LT_MAX], b - lt[LT_MAX], &ww);
	if (ww.colon && rx_match(RX(e_label, 0), s, b, lt[20], &ms, &me) == 1 &&
	    ms < best) {
		best = ms;
		found = 1;
	}
	/*
	 * e_by may also match "courteſy" (U+017F); that was sought when the
	 * window held a "by", as it always was before "by" had to follow a
	 * photo word.
	 */
	if ((ww.by || ww.courtesy || ww.copyright || (ww.longs &&
	    has_by(s + w, b - w))) &&
	    rx_match(RX(e_by, 1), s, b, lt[21], &ms, &me) == 1 && ms < best) {
		best = ms;
		found = 1;
	}
	/* "(c)" and the like need an agency or '@' after them, at most WEAK_MAX in */
	if ((ww.copyright || ww.pc || ww.csign) && lt[LT_MAX] + ww.mark <= WEAK_MAX &&
	    (could_hold_agency(d, s, lt[19], b) ||
	    memchr(s + lt[19], '@', b - lt[19]) != NULL) &&
	    rx_match(RX(e_copy, 2), s, b, lt[19], &ms, &me) == 1 && ms < best &&
	    ms <= WEAK_MAX) {
		best = ms;
		found = 1;
	}
	/* A parenthesis closing the line. */
	e = b;
	while (e > w && (s[e - 1] == ' ' || s[e - 1] == '.' || s[e - 1] == '\t'))
		e--;
	if (e > w && (s[e - 1] == ')' || ((unsigned char)s[e - 1] >= 0x80 &&
	    ends_with(s + w, e - w, FW_RPAREN))) &&
	    rx_match(RX(e_paren, 3), s, b, w, &ms, &me) == 1 && ms < best) {
		const char *in;
		size_t inlen;

		rx_group(d->e_paren, 1, &gs, &ge);
		in = s + gs;
		inlen = (size_t)(ge - gs);
		if (has(RX(c_plabel, 9), in, inlen) ||
		    (has(RX(c_alltok, 8), in, inlen) && (has(RX(c_adj, 6), in, inlen) ||
		    (has(RX(c_only, 7), in, inlen) && after_end(s, ms))))) {
			best = ms;
			found = 1;
		}
	}
	/* A Chinese credit: "...。新华社记者 张三 摄" */
	if (e > w && (unsigned char)s[e - 1] >= 0x80 &&
	    (ends_with(s + w, e - w, "\xe6\x91\x84") ||
	    ends_with(s + w, e - w, "\xe6\x94\x9d") ||
	    ends_with(s + w, e - w, "\xe5\xbd\xb1")) &&
	    rx_match(RX(e_cjk, 12), s, b, w, &ms, &me) == 1 && ms < best) {
		best = ms;
		found = 1;
	}
	/* Both patterns below need an agency (c_adj, c_only) after their start. */
	tr = tok_run_start(d, s, w, b, 13, lt[13]);
	if (!could_hold_agency(d, s, tr < lt[9] ? tr : lt[9], b))
		goto out;
	/*
	 * A run of credit-like tokens after a sentence end.  One search
	 * finds the leftmost such run; every later sentence end inside it
	 * starts a shorter run.  Walk those in C: the first without a
	 * sentence break inside is where a credit with an agency next to a
	 * slash could start (if that one has none, no shorter run has);
	 * a run of agencies alone ("... Heading. REUTERS") may start later.
	 */
	if (rx_match(RX(e_tail, 4), s, b, tr, &ms, &me) == 1 && ms < best) {
		int adj = -1;

		rx_group(d->e_tail, 1, &gs, &ge);
		for (pos = (size_t)gs; pos < best; pos = next_boundary(s, pos, b)) {
			if (sentence_break(s + pos, b - pos))
				continue;
			if (adj == -1)
				adj = has(RX(c_adj, 6), s + pos, b - pos);
			if (adj || (pos <= WEAK_MAX &&
			    has(RX(c_only, 7), s + pos, b - pos))) {
				best = pos;
				found = 1;
				break;
			}
		}
	}
	/* A name glued to an agency by a slash, after a capitalised word. */
	if (memchr(s + lt[9], '/', b - lt[9]) != NULL &&
	    rx_match(RX(e_slash, 5), s, b, lt[9], &ms, &me) == 1 && ms < best) {
		e = b;
		while (e > ms && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		if (s[e - 1] != '.' && has(RX(c_adj, 6), s + ms, b - ms) &&
		    (after_end(s, ms) || after_capword(s, ms))) {
			best = ms;
			found = 1;
		}
	}
out:
	if (found)
		*cs = best;
	return found;
}

/*
 * Can s[0..n) start with a label ("FILE - ", "Image caption ")?  The
 * first byte after the blanks and bullets the pattern allows must start
 * some label.
 */
static int
could_start_label(const struct dedupe *d, const char *s, size_t n)
{
	size_t i = 0, j;

	for (;;) {
		if (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '*' ||
		    s[i] == '>' || s[i] == '-'))
			i++;
		else if (i + 1 < n && s[i] == '\xc2' && s[i + 1] == '\xb7')
			i += 2;			/* U+00B7 */
		else if (i + 2 < n && s[i] == '\xe2' && ((s[i + 1] == '\x80' &&
		    s[i + 2] == '\xa2') || (s[i + 1] == '\x96' && s[i + 2] == '\xa1')))
			i += 3;			/* U+2022, U+25A1 */
		else
			break;
	}
	if (i >= n || !d->lstart[(unsigned char)s[i]])
		return 0;
	/*
	 * A label follows no other letter: the ASCII word here must start
	 * one.  A non-ASCII byte may be a blank the pattern skips, or a
	 * letter of a label.
	 */
	if ((unsigned char)s[i] >= 0x80)
		return 1;
	for (j = i; j < n && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z'); j++)
		;
	return (j < n && (unsigned char)s[j] >= 0x80) ||
	    strset_has(&d->lfirst, s + i, j - i);
}

/*
 * Can the phrase pattern match s[0..n)?  It needs "in this" or a "pose"
 * that starts a word (ASCII letters in any case).  A non-ASCII byte
 * next to them may be a blank (U+00A0) or a letter, so it answers yes;
 * and a line with U+017F LONG S, which matches 's' without case, only
 * needs "this" or "pose" somewhere.
 */
static int
could_be_phrase(const char *s, size_t n)
{
	const char *p, *end = s + n;
	size_t q, j;
	int pass, odd = 0;

	for (p = s; (p = memchr(p, 0xC5, (size_t)(end - p))) != NULL; p++)
		if (p + 1 < end && (unsigned char)p[1] == 0xBF)
			odd = 1;
	/* both words have an 's': look only there */
	for (pass = 0; pass < 2; pass++)
		for (p = s; (p = memchr(p, pass ? 'S' : 's', (size_t)(end - p))) != NULL;
		    p++) {
			q = (size_t)(p - s);
			if (q >= 2 && ascii_ieq(s, n, q - 2, "pose") &&
			    (odd || q == 2 || !ascii_alnum((unsigned char)s[q - 3])))
				return 1;
			if (q < 3 || !ascii_ieq(s, n, q - 3, "this"))
				continue;
			if (odd)
				return 1;
			for (j = q - 3; j > 0 && ascii_space((unsigned char)s[j - 1]); j--)
				;
			if (j > 0 && (unsigned char)s[j - 1] >= 0x80)
				return 1;
			if (j < q - 3 && j >= 2 && (s[j - 2] | 0x20) == 'i' &&
			    (s[j - 1] | 0x20) == 'n')
				return 1;
		}
	return 0;
}

int
dc_detect(struct dedupe *d, const char *s, size_t n, size_t *ks, size_t *ke)
{
	size_t a = 0, b = n, cs, ms, me;
	int found = 0, i;

	*ks = 0;
	*ke = n;
	if (n > CAP_MAX || n == 0)
		return 0;
	for (i = 0; i < MAX_CREDITS; i++) {
		if (!could_end_credit(d, s, b) || !end_credit(d, s, 0, b, &cs))
			break;
		b = cs;
		found = 1;
	}
	if (could_start_label(d, s, b) &&
	    rx_match(RX(s_start, 10), s, b, 0, &ms, &me) == 1 && me > 0) {
		a = me;
		found = 1;
	}
	if (!found && n <= PHRASE_MAX && could_be_phrase(s, n) &&
	    has(RX(phrase, 11), s, n))
		found = 1;
	if (found) {
		*ks = a;
		*ke = b;
	}
	return found;
}

/* -------------------------------------------------------------------- */
/* Keys */

static int
is_quote(int32_t cp)
{
	switch (cp) {
	case '"': case '`': case 0x00B4: case 0x2018: case 0x2019:
	case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E:
	case 0x201F: case 0x2032: case 0x2033: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A: case 0x300C: case 0x300D: case 0x300E:
	case 0x300F:
		return 1;
	}
	return 0;
}

static int
is_dash(int32_t cp)
{
	return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 || cp == 0xFE58 ||
	    cp == 0xFE63;
}

static int
is_space(int32_t cp)
{
	if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D))
		return 1;
	if (cp < 0x80)
		return 0;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_ZS:
	case UTF8PROC_CATEGORY_ZL:
	case UTF8PROC_CATEGORY_ZP:
		return 1;
	default:
		return cp == 0x85;
	}
}

/* Trimmed at the ends of a key: spaces, punctuation, '|'. */
static int
is_trim(int32_t cp)
{
	if (cp < 0)
		return 0;
	if (cp == '|' || cp == '~' || cp == '^' || cp == '+' || cp == '=' ||
	    cp == '<' || cp == '>')
		return 1;
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD:
	case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
	case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF:
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_ZS:
		return 1;
	default:
		return 0;
	}
}

/*
 * Characters whose NFKC case fold is known without utf8proc, so that
 * English text with typographic quotes and dashes keeps the fast path.
 * 0: not known, take the slow path.
 */
enum { FC_ASCII = 1, FC_QUOTE, FC_DASH, FC_SPACE, FC_IGNORE, FC_ELLIPSIS,
    FC_SAME };

static int
fast_class(int32_t cp)
{
	switch (cp) {
	case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x201C:
	case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
	case 0x2039: case 0x203A:
		return FC_QUOTE;
	case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
	case 0x2015: case 0x2212:
		return FC_DASH;
	case 0x00A0: case 0x2002: case 0x2003: case 0x2004: case 0x2005:
	case 0x2006: case 0x2007: case 0x2008: case 0x2009: case 0x200A:
	case 0x202F: case 0x205F: case 0x3000:
		return FC_SPACE;
	case 0x200B: case 0x00AD: case 0x200C: case 0x200D: case 0x2060:
	case 0xFEFF:
		return FC_IGNORE;
	case 0x2026:
		return FC_ELLIPSIS;
	case 0x2022: case 0x00A9: case 0x00AE: case 0x00B7: case 0x00B0:
		return FC_SAME;
	default:
		return 0;
	}
}

/*
 * Append the key of the character at s[i] (ASCII or of fast_class())
 * to kb, which has room for it; returns its length in bytes.
 */
static size_t
fast_put(char *kb, size_t *len, int *space, const char *s, size_t i,
    size_t n)
{
	unsigned char c = (unsigned char)s[i];
	int k = 1, cls = FC_ASCII;
	int32_t cp;

	if (c >= 0x80) {
		k = u8_decode(s + i, s + n, &cp);
		cls = fast_class(cp);
	}
	if (cls == FC_IGNORE)
		return (size_t)k;
	if (cls == FC_SPACE || c == ' ' || (c >= 0x09 && c <= 0x0D)) {
		*space = 1;
		return (size_t)k;
	}
	if (*space && *len > 0)
		kb[(*len)++] = ' ';
	*space = 0;
	switch (cls) {
	case FC_QUOTE:
		kb[(*len)++] = '\'';
		break;
	case FC_DASH:
		kb[(*len)++] = '-';
		break;
	case FC_ELLIPSIS:
		memcpy(kb + *len, "...", 3);
		*len += 3;
		break;
	case FC_SAME:
		memcpy(kb + *len, s + i, (size_t)k);
		*len += (size_t)k;
		break;
	default:
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		else if (c == '"' || c == '`')
			c = '\'';
		kb[(*len)++] = (char)c;
	}
	return (size_t)k;
}

static void
key_put(struct dedupe *d, size_t *len, const char *p, size_t n)
{
	xgrow((void **)&d->kbuf, &d->kcap, *len + n + 1, 1);
	memcpy(d->kbuf + *len, p, n);
	*len += n;
}

/* A key being built: s[0..n) read up to i, d->kbuf[0..len) written. */
struct kbuild {
	const char	*s;
	size_t		 n, i, len;
	int		 space;		/* a blank is due before the next character */
};

/*
 * Add one run of non-ASCII characters at k->s[k->i] to the key (or the
 * ASCII character there and the run after it).  ASCII and the characters
 * of fast_class() are mapped here.  A run holding a character that
 * fast_class() does not know is folded by utf8proc together with the
 * ASCII character before it (a mark may compose with it): NFKC and case
 * folding never reach across any other ASCII character, so the result
 * is that of folding the whole line.
 */
static void
key_run(struct dedupe *d, struct kbuild *k)
{
	const char *s = k->s, *p, *end;
	char *fold;
	size_t n = k->n, i = k->i, j, flen;
	int slow = 0;
	int32_t cp;

	j = (unsigned char)s[i] < 0x80 ? i + 1 : i;
	while (j < n && (unsigned char)s[j] >= 0x80) {
		j += (size_t)u8_decode(s + j, s + n, &cp);
		if (fast_class(cp) == 0)
			slow = 1;
	}
	if (!slow) {
		while (i < j) {
			/* room for a blank and "..." (U+2026) */
			if (k->len + 5 > d->kcap)
				xgrow((void **)&d->kbuf, &d->kcap, k->len + 5, 1);
			i += fast_put(d->kbuf, &k->len, &k->space, s, i, j);
		}
		k->i = j;
		return;
	}
	fold = u8_fold(s + i, j - i, &flen);
	for (p = fold, end = fold + flen; p < end; ) {
		int kl = u8_decode(p, end, &cp);

		if (is_space(cp))
			k->space = 1;
		else {
			if (k->space && k->len > 0)
				key_put(d, &k->len, " ", 1);
			k->space = 0;
			if (is_quote(cp))
				key_put(d, &k->len, "'", 1);
			else if (is_dash(cp))
				key_put(d, &k->len, "-", 1);
			else
				key_put(d, &k->len, p, (size_t)kl);
		}
		p += kl;
	}
	free(fold);
	k->i = j;
}

/*
 * Build more of a key: until it holds stop bytes or the text ends.  The
 * key bytes of a piece of text do not depend on what follows it, so a
 * key can be built in steps.  ASCII characters not followed by non-ASCII
 * ones are mapped here: letters lower-cased, blanks collapsed, '"' and
 * '`' made '\''; key_run() does the rest.
 */
static void
key_more(struct dedupe *d, struct kbuild *k, size_t stop)
{
	const char *s = k->s;
	char *kb = d->kbuf;	/* in locals: a store to kb may alias d or k */
	size_t n = k->n, i = k->i, len = k->len, cap = d->kcap;
	int space = k->space;

	while (i < n && len < stop) {
		unsigned char c = (unsigned char)s[i], o;

		if (len + 2 > cap) {
			xgrow((void **)&d->kbuf, &d->kcap, len + 2, 1);
			kb = d->kbuf;
			cap = d->kcap;
		}
		if (c >= 0x80 || (i + 1 < n && (unsigned char)s[i + 1] >= 0x80)) {
			k->i = i;
			k->len = len;
			k->space = space;
			key_run(d, k);
			i = k->i;
			len = k->len;
			space = k->space;
			kb = d->kbuf;
			cap = d->kcap;
			continue;
		}
		i++;
		if (c > ' ' && c != '"' && c != '`')
			o = (unsigned char)(c | ((unsigned)(c - 'A') < 26) << 5);
		else if (c == ' ' || (c >= '\t' && c <= '\r')) {
			space = 1;
			continue;
		} else
			o = c == '"' || c == '`' ? '\'' : c;
		if (space && len > 0)
			kb[len++] = ' ';
		space = 0;
		kb[len++] = (char)o;
	}
	k->i = i;
	k->len = len;
	k->space = space;
}

/* Trimmed at the ends of a key: punctuation, quotes, blanks. */
static int
key_trims(const char *p, const char *end, int32_t *cp, int fwd)
{
	int k = fwd ? u8_decode(p, end, cp) : u8_decode_prev(p, end, cp);

	return is_trim(*cp) || *cp == '\'' || *cp == ' ' ? k : 0;
}

/* Where the key in d->kbuf[0..len) starts, leading punctuation trimmed. */
static size_t
key_start(const struct dedupe *d, size_t st, size_t len)
{
	int32_t cp;
	int k;

	while (st < len && (k = key_trims(d->kbuf + st, d->kbuf + len, &cp,
	    1)) > 0)
		st += (size_t)k;
	return st;
}

size_t
dc_key(struct dedupe *d, const char *s, size_t n, const char **key)
{
	struct kbuild k = { s, n, 0, 0, 0 };
	size_t st, en;
	int32_t cp;
	int kl;

	xgrow((void **)&d->kbuf, &d->kcap, n + n / 3 * 3 + 1, 1);
	key_more(d, &k, SIZE_MAX);
	/* Trim punctuation at both ends. */
	st = key_start(d, 0, k.len);
	en = k.len;
	while (en > st && (kl = key_trims(d->kbuf + st, d->kbuf + en, &cp,
	    0)) > 0)
		en -= (size_t)kl;
	*key = d->kbuf + st;
	return en - st;
}

/* -------------------------------------------------------------------- */
/* Judging a document */

const char *
dc_reason_name(int reason)
{
	switch (reason) {
	case DC_R_CAPTION:	return "caption";
	case DC_R_REPEAT:	return "repeat";
	case DC_R_ALT_TEXT:	return "alt-text";
	case DC_R_REPEAT_LINE:	return "repeat-line";
	case DC_R_PULL_QUOTE:	return "pull-quote";
	default:		return "text";
	}
}

/*
 * Does hay[0..hn) contain pat[0..pn)?  Rabin-Karp: linear unless hashes
 * collide (memmem(3) is a GNU extension).
 */
static int
contains(const char *hay, size_t hn, const char *pat, size_t pn)
{
	const uint64_t B = 0x100000001B3ull;
	uint64_t hp = 0, hh = 0, pw = 1;
	size_t i;

	if (pn == 0)
		return 1;
	if (pn > hn)
		return 0;
	for (i = 0; i < pn; i++) {
		hp = hp * B + (unsigned char)pat[i];
		hh = hh * B + (unsigned char)hay[i];
		if (i > 0)
			pw *= B;
	}
	for (i = 0; ; i++) {
		if (hh == hp && memcmp(hay + i, pat, pn) == 0)
			return 1;
		if (i + pn >= hn)
			return 0;
		hh = (hh - pw * (unsigned char)hay[i]) * B +
		    (unsigned char)hay[i + pn];
	}
}

/* Is line i (with -a) a pull quote: part of a longer paragraph nearby? */
static int
pull_quote(const struct dedupe *d, size_t i, size_t n)
{
	const struct dline *L = d->lines;
	size_t j, lo, hi;

	if (L[i].klen < PQ_MIN || L[i].klen > PQ_MAX)
		return 0;
	lo = i > PQ_WINDOW ? i - PQ_WINDOW : 0;
	hi = i + PQ_WINDOW < n ? i + PQ_WINDOW + 1 : n;
	for (j = lo; j < hi; j++) {
		if (j == i || L[j].caption || L[j].klen < L[i].klen + PQ_LONGER ||
		    L[j].klen > PQ_PARA_MAX)
			continue;
		if (contains(d->arena + L[j].koff, L[j].klen,
		    d->arena + L[i].koff, L[i].klen))
			return 1;
	}
	return 0;
}

/* FNV-1a, extended one byte at a time (for prefix hashes). */
#define FNV_START	0xCBF29CE484222325ull
#define FNV_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 0x100000001B3ull)

/* Insert the hash of every prefix of key of PFX_MIN bytes or more. */
static void
add_prefixes(struct hset *set, const char *key, size_t klen)
{
	uint64_t h = FNV_START;
	size_t i;

	for (i = 0; i < klen; i++) {
		h = FNV_STEP(h, key[i]);
		if (i + 1 >= PFX_MIN)
			hset_add(set, h);
	}
}

/*
 * Take a truncation mark off the end of a key: "...", "more", "less",
 * "read more" (gallery captions cut short, "show less" toggles).
 * Returns the length left and sets *marked; the rest is trimmed.
 */
static size_t
untruncate(const char *key, size_t klen, int *marked)
{
	static const char *const marks[] = { "...", "read more", "see more",
	    "show more", "show less", "more", "less", NULL };
	size_t n = klen, ml;
	int i, again = 1, rounds = 0;

	*marked = 0;
	while (again && rounds++ < 3) {
		again = 0;
		while (n > 0 && (key[n - 1] == ' ' || key[n - 1] == '.' ||
		    key[n - 1] == ',' || key[n - 1] == '\'' || key[n - 1] == ':'))
			if (key[--n] == '.' && n >= 2 && key[n - 1] == '.' &&
			    key[n - 2] == '.')
				*marked = again = 1;
		for (i = 0; marks[i] != NULL; i++) {
			ml = strlen(marks[i]);
			if (n >= ml && memcmp(key + n - ml, marks[i], ml) == 0 &&
			    (n == ml || key[n - ml - 1] == ' ' ||
			    key[n - ml - 1] == '.')) {
				n -= ml;
				*marked = again = 1;
				break;
			}
		}
	}
	return n;
}

static int
is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Record a line's key (and, with -a, keep its bytes for pull quotes). */
static void
set_key(struct dedupe *d, struct dline *l, const char *key, size_t klen)
{
	uint64_t h = FNV_START;
	size_t i;

	for (i = 0; i < klen && i < PFX_MIN; i++)
		h = FNV_STEP(h, key[i]);
	l->p30 = h;
	l->p8 = 0;
	if (klen >= ALT_MIN)
		memcpy(&l->p8, key, ALT_MIN);
	l->klen = klen;
	l->key = klen ? hash64(key, klen) : 0;
	if (d->o.any_line) {
		xgrow((void **)&d->arena, &d->acap, d->alen + klen + 1, 1);
		memcpy(d->arena + d->alen, key, klen);
		l->koff = d->alen;
		d->alen += klen;
	}
}

/*
 * Is a caption next to line i (the nearest non-blank line before or
 * after it) dropped as a repeat?
 */
static int
next_to_repeat(const struct dline *L, const struct dc_verdict *v, size_t i,
    size_t n)
{
	size_t j;

	for (j = i; j > 0 && L[j - 1].blank; j--)
		;
	if (j > 0 && L[j - 1].caption && !L[j - 1].credit && v[j - 1].drop)
		return 1;
	for (j = i + 1; j < n && L[j].blank; j++)
		;
	return j < n && L[j].caption && !L[j].credit && v[j].drop;
}

/* Are lines i and j the same line of text, not caption-shaped? */
static int
near_pair(const struct dline *L, size_t i, size_t j)
{
	return !L[i].shape && !L[j].shape && L[i].klen >= ALT_MIN &&
	    L[i].klen == L[j].klen && L[i].key == L[j].key;
}

/* Add the key of line i to the caption keys of the document. */
static void
add_doccap(struct dedupe *d, const struct dline *l)
{
	hset_add(&d->doccap, l->key);
	hset_add(&d->docp30, l->p30);
	if (l->klen >= ALT_MIN)
		hset_add(&d->docp8, l->p8);
	d->p30lens |= 1ull << (l->klen < PFX_MIN ? l->klen : PFX_MIN);
}

/*
 * Could the key of s[0..n) be that of a caption of the document, or a
 * truncated copy of one?  Such a key is a whole caption key shorter
 * than PFX_MIN bytes, or it starts with the first PFX_MIN bytes of one
 * (a truncated copy keeps at least PFX_MIN); and either way its
 * first ALT_MIN bytes are those of a caption key.  So only the first
 * ALT_MIN, then PFX_MIN bytes of the key are built and looked up: most
 * lines of a document are long paragraphs, done with here without their
 * whole key.
 */
static int
could_match(struct dedupe *d, const char *s, size_t n)
{
	struct kbuild k = { s, n, 0, 0, 0 };
	size_t st = 0, m, j;
	uint64_t h = FNV_START, p8 = 0;

	for (;;) {
		key_more(d, &k, st + ALT_MIN);
		st = key_start(d, st, k.len);
		if (k.len >= st + ALT_MIN || k.i >= n)
			break;
	}
	if (k.len < st + ALT_MIN)
		return 0;		/* a key shorter than ALT_MIN */
	memcpy(&p8, d->kbuf + st, ALT_MIN);
	if (!hset_has(&d->docp8, p8))
		return 0;
	for (;;) {
		key_more(d, &k, st + PFX_MIN);
		st = key_start(d, st, k.len);
		if (k.len >= st + PFX_MIN || k.i >= n)
			break;
	}
	m = k.len - st < PFX_MIN ? k.len - st : PFX_MIN;
	for (j = 0; j < m; j++) {
		h = FNV_STEP(h, d->kbuf[st + j]);
		if ((d->p30lens >> (j + 1) & 1) && hset_has(&d->docp30, h))
			return 1;
	}
	return 0;
}

/* The key of a line that is not caption-shaped, and its truncation. */
static void
line_key(struct dedupe *d, struct dline *l, const char *s, size_t n)
{
	const char *key;
	size_t klen, tl, j;
	int marked;
	uint64_t h = FNV_START;

	klen = dc_key(d, s, n, &key);
	set_key(d, l, key, klen);
	if (klen < ALT_MIN)
		return;
	tl = untruncate(key, klen, &marked);
	if (marked && tl >= PFX_MIN) {
		for (j = 0; j < tl; j++)
			h = FNV_STEP(h, key[j]);
		l->trunc = 1;
		l->tkey = h;
	}
}

void
dc_judge(struct dedupe *d, const struct dc_text *t, size_t n,
    struct dc_verdict *v)
{
	struct dline *L;
	const char *key;
	size_t i, j, k, ks, ke, klen;
	int anyline = d->o.any_line, keys, filter;

	xgrow((void **)&d->lines, &d->lcap, n ? n : 1, sizeof(*d->lines));
	L = d->lines;
	d->alen = 0;
	hset_clear(&d->doccap);
	hset_clear(&d->docpfx);
	hset_clear(&d->docp30);
	hset_clear(&d->docp8);
	d->p30lens = 0;

	/* Shapes, and the keys of the captions. */
	for (i = 0; i < n; i++) {
		L[i].shape = (unsigned char)dc_detect(d, t[i].p, t[i].n, &ks, &ke);
		L[i].caption = L[i].shape;
		L[i].credit = L[i].trunc = L[i].copy = L[i].near = 0;
		L[i].blank = is_blank(t[i].p, t[i].n);
		L[i].klen = 0;
		L[i].key = 0;
		if (!L[i].shape)
			continue;
		klen = dc_key(d, t[i].p + ks, ke - ks, &key);
		if (klen == 0) {			/* only a credit */
			klen = dc_key(d, t[i].p, t[i].n, &key);
			L[i].credit = 1;
		}
		set_key(d, &L[i], key, klen);
		if (klen > 0) {
			add_doccap(d, &L[i]);
			if (!L[i].credit)
				add_prefixes(&d->docpfx, key, klen);
		}
	}
	/* The two non-blank lines either side of each credit line. */
	for (i = 0; i < n; i++) {
		if (!L[i].credit)
			continue;
		for (j = i, k = 0; j > 0 && k < 2; j--)
			if (!L[j - 1].blank) {
				L[j - 1].near = 1;
				k++;
			}
		for (j = i + 1, k = 0; j < n && k < 2; j++)
			if (!L[j].blank) {
				L[j].near = 1;
				k++;
			}
	}
	/*
	 * The keys of the other lines, when something can match them: a
	 * caption of the document or of the stream, or -a.  A line much
	 * longer than any caption cannot be its alt-text copy.  The lines
	 * next to a credit line come first: two equal ones ("X", "X",
	 * "Getty Images": the figure caption and its alt text) are a
	 * caption too.  Then, when only the captions of this document can
	 * match, a line gets its whole key only if could_match().
	 */
	keys = anyline || d->doccap.n > 0 ||
	    (d->o.scope == DC_SCOPE_STREAM && d->seen.n > 0);
	filter = !anyline && d->o.scope == DC_SCOPE_DOC;
	for (i = 0; keys && i < n; i++)
		if (L[i].near && !L[i].shape && !L[i].blank &&
		    (anyline || t[i].n <= 4 * CAP_MAX))
			line_key(d, &L[i], t[i].p, t[i].n);
	for (i = 0; i < n; i++) {
		size_t p[2], q[2];

		if (!L[i].credit)
			continue;
		for (j = i, k = 0; j > 0 && k < 2; j--)
			if (!L[j - 1].blank)
				p[k++] = j - 1;
		if (k == 2 && near_pair(L, p[0], p[1]))
			add_doccap(d, &L[p[0]]);
		for (j = i + 1, k = 0; j < n && k < 2; j++)
			if (!L[j].blank)
				q[k++] = j;
		if (k == 2 && near_pair(L, q[0], q[1]))
			add_doccap(d, &L[q[0]]);
	}
	for (i = 0; keys && i < n; i++)
		if (!L[i].near && !L[i].shape && !L[i].blank &&
		    (anyline || t[i].n <= 4 * CAP_MAX) &&
		    (!filter || could_match(d, t[i].p, t[i].n)))
			line_key(d, &L[i], t[i].p, t[i].n);
	/* A line without credit equal to a caption is its alt-text copy. */
	for (i = 0; i < n; i++) {
		if (L[i].shape || L[i].klen < ALT_MIN)
			continue;
		if (hset_has(&d->doccap, L[i].key) ||
		    (d->o.scope == DC_SCOPE_STREAM && hset_has(&d->seen, L[i].key)))
			L[i].caption = 1;
		else if (L[i].trunc && hset_has(&d->docpfx, L[i].tkey))
			L[i].caption = L[i].copy = 1;
	}
	/* Verdicts, in order. */
	for (i = 0; i < n; i++) {
		v[i].caption = L[i].caption;
		v[i].drop = 0;
		v[i].reason = DC_R_TEXT;
		if (L[i].credit)
			v[i].reason = DC_R_CAPTION;	/* decided below */
		else if (L[i].caption) {
			v[i].reason = L[i].shape ? DC_R_CAPTION : DC_R_ALT_TEXT;
			if (d->o.mode == DC_DROP_ALL || L[i].copy)
				v[i].drop = 1;
			else if (L[i].klen == 0)
				;	/* nothing to compare */
			else if (hset_has(&d->seen, L[i].key)) {
				v[i].drop = 1;
				if (L[i].shape)
					v[i].reason = DC_R_REPEAT;
			} else
				hset_add(&d->seen, L[i].key);
		} else if (anyline && L[i].klen > 0) {
			if (hset_has(&d->seenline, L[i].key)) {
				v[i].drop = 1;
				v[i].reason = DC_R_REPEAT_LINE;
			} else if (pull_quote(d, i, n)) {
				v[i].drop = 1;
				v[i].reason = DC_R_PULL_QUOTE;
			} else
				hset_add(&d->seenline, L[i].key);
		}
	}
	/*
	 * A line that is only a credit ("Getty Images") goes when the same
	 * credit was seen before and the caption next to it goes: two
	 * different photos from Getty Images keep their credits.
	 */
	for (i = 0; i < n; i++) {
		uint64_t ck = L[i].key ^ CREDIT_SALT;

		if (!L[i].credit)
			continue;
		if (d->o.mode == DC_DROP_ALL)
			v[i].drop = 1;
		else if (L[i].klen == 0)
			;
		else if (hset_has(&d->seen, ck)) {
			if (next_to_repeat(L, v, i, n)) {
				v[i].drop = 1;
				v[i].reason = DC_R_REPEAT;
			}
		} else
			hset_add(&d->seen, ck);
	}
	if (d->o.mode == DC_KEEP_ALL)
		for (i = 0; i < n; i++)
			v[i].drop = 0;
	if (d->o.scope == DC_SCOPE_DOC) {
		hset_clear(&d->seen);
		hset_clear(&d->seenline);
	}
}
