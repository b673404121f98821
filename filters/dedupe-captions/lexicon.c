/*
 * lexicon -- the words and patterns captions are told by (see lexicon.h).
 * Reads the word lists compiled in (common/credits.txt, labels.txt); hands the
 * word sets and the pattern sources to the detector, which compiles each
 * pattern the first time it needs it (lex_rx()).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lexicon.h"
#include "xalloc.h"

WORDLIST(credits);
WORDLIST(labels);
WORDLIST(places);

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

/* Build a pattern from pieces ending with NULL; kept in lx, compiled by lex_rx(). */
static struct rx *
compile(struct dc_lex *lx, int slot, const char *first, ...)
{
	struct sbuf b = { NULL, 0, 0 };
	va_list ap;
	const char *s;

	va_start(ap, first);
	for (s = first; s != NULL; s = va_arg(ap, const char *))
		sb_str(&b, s);
	va_end(ap);
	lx->pats[slot] = b.p;
	return NULL;
}

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
 * The words a credit may hold in lower case: CONN and every word of every
 * agency name, for the cheap test of the last word of a line; and each
 * agency name indexed by its first word (lx->agfirst, lx->ag, lx->agsig).
 * Every word added to lower or agfirst goes into its signature set too.
 */
static void
load_lower(struct dc_lex *lx)
{
	struct strset *set = &lx->lower, *first = &lx->agfirst;
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
		wsig_add(&lx->lowsig, p, n);
	}
	wl_init(&it, wl_credits, wl_credits_len);
	while (wl_next(&it, &line, &n)) {
		i = strcspn(line, " \t\n/-");
		if (i > n)
			i = n;
		if (n > 4 && strncasecmp(line, "the ", 4) == 0)
			;	/* "Associated Press" is listed too */
		else if (i > 0) {
			xgrow((void **)&lx->ag, &agcap, nag + 1, sizeof(*lx->ag));
			lx->ag[nag].p = line;
			lx->ag[nag].n = n;
			lx->ag[nag].fw = i;
			lx->ag[nag].next = strset_get(first, line, i, &head) ? head : -1;
			strset_add(first, line, i, (int)nag++);
			wsig_add(&lx->agsig, line, i);
		}
		for (p = line, end = line + n; p < end; p = line + i + 1) {
			for (i = (size_t)(p - line); i < n &&
			    ((line[i] | 0x20) >= 'a' && (line[i] | 0x20) <= 'z'); i++)
				;
			if (line + i > p) {
				strset_add(set, p, (size_t)(line + i - p), 0);
				wsig_add(&lx->lowsig, p, (size_t)(line + i - p));
			}
		}
	}
}

/*
 * The first bytes of the labels, either case, and of "FILE"; the first
 * words of the labels, and the words s_start takes before "caption"
 * (in first, and their signatures in sig).
 */
static void
load_lstart(unsigned char *t, struct strset *first, struct wsig *sig)
{
	static const char extra[] = "FfIiMmPpVvCc";
	static const char *const words[] = { "file", "image", "media", "photo",
	    "video", NULL };
	struct wl_iter it;
	const char *line, *p;
	size_t n, fw;
	int i;

	strset_init(first, 1);
	for (i = 0; words[i] != NULL; i++) {
		strset_add(first, words[i], strlen(words[i]), 0);
		wsig_add(sig, words[i], strlen(words[i]));
	}
	wl_init(&it, wl_labels, wl_labels_len);
	while (wl_next(&it, &line, &n)) {
		unsigned char c = (unsigned char)line[0];

		fw = strcspn(line, " \t\n") < n ? strcspn(line, " \t\n") : n;
		strset_add(first, line, fw, 0);
		wsig_add(sig, line, fw);

		t[c] = 1;
		if (c >= 'a' && c <= 'z')
			t[c & ~0x20] = 1;
		if (c >= 0x80)		/* any case of a non-ASCII label */
			memset(t + 0xC0, 1, 0x40);
	}
	for (p = extra; *p != '\0'; p++)
		t[(unsigned char)*p] = 1;
}

/*
 * The places of a person in a picture (places.txt), and the first bytes
 * they start with.
 */
static void
load_places(struct dc_lex *lx)
{
	struct wl_iter it;
	const char *line;
	size_t n;

	strset_init(&lx->places, 1);
	wl_init(&it, wl_places, wl_places_len);
	while (wl_next(&it, &line, &n)) {
		strset_add(&lx->places, line, n, 0);
		lx->pstart[(unsigned char)line[0]] = 1;
	}
}

void
lex_init(struct dc_lex *lx)
{
	char *ag, *lab, *slab;
	struct sbuf defs = { NULL, 0, 0 }, dtok = { NULL, 0, 0 },
	    dptok = { NULL, 0, 0 };

	load_lower(lx);
	load_places(lx);
	load_lstart(lx->lstart, &lx->lfirst, &lx->lfsig);
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
	lx->e_label = compile(lx, 0,
	    "(?:" NWB "(?i:", lab, ")|(?<=[\\p{Ll}.!?)\\x{201D}\\x{2019}])"
	    "(?:Credit|Photo|Photograph|Picture|Image|Photos|Pictures))"
	    "\\s*[:\\x{FF1A}=\\x{FF1D}]\\s*" TAIL, dtok.p, NULL);
	/*
	 * "Image copyright Getty Images", ". Photo by Jason Kempin/Getty Images",
	 * "STAFF PHOTO BY ANN LEE"
	 */
	lx->e_by = compile(lx, 1,
	    "(?:" NWB "(?i:image\\s+copyright|(?:image|photo|picture)s?\\s+"
	    "courtesy(?:\\s+of)?)|(?:^|(?<=" ENDP ")|(?<=\\s)(?=" DASHES "\\s))\\s*"
	    "(?:" DASHES "\\s*)?(?i:(?:(?:staff|file|submitted|contributed)\\s+)?"
	    "(?:photo(?:graph)?s?|pictures?|images?|pics?|"
	    "illustrations?|videos?)\\s+by|courtesy(?:\\s+of)?))\\s+" TAIL,
	    dtok.p, NULL);
	/* "(c) REUTERS / POOL", "Copyright 2019 The Associated Press." */
	lx->e_copy = compile(lx, 2,
	    NWB "(?:(?i:copyright)(?:\\s*(?:\\x{00A9}|\\((?i:c)\\)))?|\\x{00A9}|"
	    "\\((?i:c)\\))\\s*(?=.{0,200}?(?:" AG "|@))" TAIL, dtok.p, NULL);
	/* "(AP Photo/Gerald Herbert)", "(Image: GETTY )", "[Ann Lee via NASA]" */
	lx->e_paren = compile(lx, 3, "(?|[(\\x{FF08}]([^()\\x{FF08}\\x{FF09}]{1,200})"
	    "[)\\x{FF09}]|\\[([^\\[\\]]{1,200})\\])[\\s.\\x{3002}]*$", NULL);
	/* "... 2019. REUTERS/Kevin Lamarque", "Getty Images" */
	lx->e_tail = compile(lx, 4,
	    "(?:^|(?<=" ENDP ")|(?<=\\s)(?=" DASHES "\\s))\\s*("
	    TOK "(?:\\s+" TOK "){0,11})\\s*$", dtok.p, NULL);
	/* "... on Monday Anthony Wallace/AFP via Getty Images" */
	lx->e_slash = compile(lx, 5,
	    "(?<=[\\s.!?])(?:[\\p{Lu}\\p{Lt}]\\S*\\s+)?[^\\s/]*/\\S*(?:\\s+"
	    TOK "){0,6}\\s*$", dtok.p, NULL);
	/* An agency next to a slash, a bar or "via". */
	lx->c_adj = compile(lx, 6,
	    AG "\\s*[/|]|[/|]\\s*" AG "|" NWB "(?i:via|for)\\s+" AG "|"
	    AG "\\s+(?i:via)" NWA, defs.p, NULL);
	/* Nothing but agencies ("Getty Images", "AFP/Getty Images"). */
	lx->c_only = compile(lx, 7,
	    "^[\\s(\\[\\x{00A9}]*" AG "(?:[\\s/|,&+]*(?:" AG
	    "|(?i:via|file|files|pool|handout|photos?|images?|staff)" NWA
	    "))*[\\s)\\].]*$", defs.p, NULL);
	lx->c_alltok = compile(lx, 8,
	    "^\\s*" PTOK "(?:\\s+" PTOK "){0,14}\\s*$", dptok.p, NULL);
	lx->c_plabel = compile(lx, 9,
	    "^\\s*(?i:", lab, "|pictured)" NWA "|" CJK_SHOT "\\s*$", NULL);
	lx->s_start = compile(lx, 10,
	    "^[\\s\\x{2022}\\x{00B7}*>\\x{25A1}-]*(?:FILE(?:\\s+PHOTO)?\\s*"
	    "[-\\x{2013}\\x{2014}:]\\s*|(?i:", slab, ")\\s*[:\\x{FF1A}]\\s*|"
	    "(?i:image|media|photo|video)\\s+caption\\s+)", NULL);
	/* "...。新华社记者 张三 摄" */
	lx->e_cjk = compile(lx, 12,
	    "(?:^|(?<=[\\x{3002}\\x{FF01}\\x{FF1F}\\x{FF09})]))\\s*"
	    "[^\\x{3002}\\x{FF01}\\x{FF1F}]{0,40}?(?:\\s|[\\x{8BB0}\\x{8A18}]"
	    "\\x{8005}[^\\x{3002}\\x{FF01}\\x{FF1F}]{0,20}?)" CJK_SHOT "\\s*$",
	    NULL);
	lx->phrase = compile(lx, 11,
	    NWB "(?i:in\\s+this\\s+(?:\\S+\\s+){0,5}?(?:file|undated|handout|"
	    "aerial|combination|combined|satellite|still)\\s+(?:photo|picture|image|"
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
}

void
lex_free(struct dc_lex *lx)
{
	size_t i;

	rx_free(lx->e_label);
	rx_free(lx->e_by);
	rx_free(lx->e_copy);
	rx_free(lx->e_paren);
	rx_free(lx->e_tail);
	rx_free(lx->e_slash);
	rx_free(lx->c_adj);
	rx_free(lx->c_only);
	rx_free(lx->c_alltok);
	rx_free(lx->c_plabel);
	rx_free(lx->s_start);
	rx_free(lx->phrase);
	strset_free(&lx->places);
	rx_free(lx->e_cjk);
	for (i = 0; i < sizeof(lx->pats) / sizeof(lx->pats[0]); i++)
		free(lx->pats[i]);
	strset_free(&lx->lower);
	strset_free(&lx->agfirst);
	free(lx->ag);
	strset_free(&lx->lfirst);
}
