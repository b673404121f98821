/*
 * line -- owns the line rules: a line on its own is blank, furniture (a
 * URL, a menu, a boilerplate phrase, a teaser or comment heading, a
 * byline, a signature, a dateline...) or still short, then bad,
 * near-good or good by its length and stopwords.  Reads the tally and
 * key of tokenize.c, the phrase table and the role words; hands on each
 * line's flags, reason and class (cf).
 */
#include <stdint.h>
#include <string.h>

#include "sb-int.h"

/* The kind bits of key[from..to), or 0. */
static int
lookup(const struct sb *sb, size_t from, size_t to)
{
	int val;

	if (to <= from)
		return 0;
	return pget(sb, sb->key + from, to - from, &val) ? val : 0;
}

/*
 * A horizontal rule: three or more dashes, underscores, equals signs,
 * asterisks, hashes, tildes or box-drawing lines, blanks between them
 * allowed ("-----", "* * *", "###", a dumper's line of U+2501).
 */
static int
hrule(const char *p, const char *end)
{
	int32_t cp;
	int l, marks = 0;

	for (; p < end; p += l) {
		if ((l = dec(p, end, &cp)) <= 0)
			return 0;
		if (isblank8(cp))
			continue;
		if (!(cp == '-' || cp == '_' || cp == '=' || cp == '*' ||
		    cp == '#' || cp == '~' || (cp >= 0x2010 && cp <= 0x2015) ||
		    (cp >= 0x2500 && cp <= 0x257F)))
			return 0;
		marks++;
	}
	return marks >= 3;
}

static int
isbullet(int32_t cp)
{
	switch (cp) {
	case '*': case '-': case 0x2022: case 0x25E6: case 0x25AA:
	case 0x25A1: case 0x2606: case 0x00B7: case 0x25BA: case 0x25B8:
	case 0x25CB: case 0x25CF: case 0x25A0: case 0x2013: case 0x2014:
	case 0x2043: case 0x2219: case 0x25AB: case 0x2605: case 0x2666:
	case 0x27A2: case 0x2023:
		return 1;
	}
	return 0;
}

static int
terminal(int32_t cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' ||
	    cp == 0x2026 || cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F ||
	    cp == 0xFF0E || cp == 0x061F || cp == 0x0964;
}

/* Does s[0..n) name a picture file ("AP_1234.jpg")? */
static int
imagefile(const char *s, size_t n)
{
	static const char *const ext[] = { ".jpg", ".jpeg", ".png", ".gif",
	    ".webp", ".JPG", ".JPEG", ".PNG", ".GIF" };
	const char *q;
	size_t i, l;

	for (q = s; (q = memchr(q, '.', n - (size_t)(q - s))) != NULL; q++)
		for (i = 0; i < sizeof(ext) / sizeof(ext[0]); i++) {
			l = strlen(ext[i]);
			if ((size_t)(s + n - q) >= l && memcmp(q, ext[i], l) == 0)
				return 1;
		}
	/* a lone slug: "milano-design-week-2018-flos-01" */
	if (memchr(s, ' ', n) == NULL && n >= 20) {
		for (i = 0, l = 0; i < n; i++)
			if (s[i] == '-' || s[i] == '_')
				l++;
		return l >= 3;
	}
	return 0;
}

/* Does s[0..n) hold a year: four digits 19xx or 20xx on their own? */
static int
hasyear(const char *s, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i = j + 1) {
		for (j = i; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			;
		if (j - i == 4 && ((s[i] == '1' && s[i + 1] == '9') ||
		    (s[i] == '2' && s[i + 1] == '0')))
			return 1;
	}
	return 0;
}

/*
 * Does s hold a time of day: a digit, then ':' and two digits ("8:54",
 * "13:42pm"), or a digit, a blank or none, then "am" or "pm" ("9 pm")?
 */
static int
hastime(const char *s, size_t n)
{
	size_t i, j;

	for (i = 0; i + 1 < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			continue;
		if (s[i + 1] == ':' && i + 3 < n && s[i + 2] >= '0' &&
		    s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9')
			return 1;
		j = i + 1 + (s[i + 1] == ' ');
		if (j + 1 < n && ((s[j] | 0x20) == 'a' || (s[j] | 0x20) == 'p') &&
		    (s[j + 1] | 0x20) == 'm' && (j + 2 == n ||
		    (s[j + 2] | 0x20) < 'a' || (s[j + 2] | 0x20) > 'z'))
			return 1;
	}
	return 0;
}

/*
 * Does s hold a form's control as a text dumper prints it: a check box
 * ("[ ]", "[X]", "[*]") or a text field ("[          ]")?
 */
static int
formctl(const char *s, size_t n)
{
	const char *q, *e = s + n;
	size_t blank;

	while ((q = memchr(s, '[', (size_t)(e - s))) != NULL) {
		for (s = q + 1, blank = 0; s < e && *s == ' '; s++)
			blank++;
		if (s < e && *s == ']' && blank > 0)
			return 1;
		if (blank == 0 && s + 1 < e && (*s == 'X' || *s == 'x' ||
		    *s == '*') && s[1] == ']')
			return 1;
	}
	return 0;
}

/* Are the first maxk tokens of the key figures alone ("#")? */
static int
numbers(const struct sb *sb, size_t klen, size_t maxk)
{
	size_t i, a;

	for (i = 0; i < maxk; i++) {
		a = sb->tok[i];
		if (tokend(sb, i + 1, klen) != a + 1 || sb->key[a] != '#')
			return 0;
	}
	return 1;
}

/*
 * Is "comments" a word of the key after its first ("Your comments",
 * "Read comments (3)", "Thanks for your comments")?  A comments.txt
 * entry that starts the line is found by the lookup; this finds the word
 * anywhere in a short heading.
 */
static int
comments(const struct sb *sb, size_t klen, size_t maxk)
{
	size_t i, a;

	for (i = 1; i < maxk; i++) {
		if (!(sb->tkind[i] & W_PFIRST))
			continue;	/* (a first word of comments.txt) */
		a = sb->tok[i];
		if (tokend(sb, i + 1, klen) - a == 8 &&
		    memcmp(sb->key + a, "comments", 8) == 0)
			return 1;
	}
	return 0;
}

/* Does the key start "about " (or the same in a few other languages)? */
static int
about(const char *k, size_t n)
{
	static const char *const w[] = { "about ", "sobre ", "\303\274ber ",
	    "tentang ", "acerca de " };
	size_t i, l;

	for (i = 0; i < sizeof(w) / sizeof(w[0]); i++) {
		l = strlen(w[i]);
		if (n > l && memcmp(k, w[i], l) == 0)
			return 1;
	}
	return 0;
}

/* The end of the blank-separated word at w (before end). */
static const char *
wordend(const char *w, const char *end)
{
	while (w < end && !(sb_bcls[(unsigned char)*w] & B_BLANK))
		w++;
	return w;
}

/* The first non-blank at or after w (before end). */
static const char *
wordnext(const char *w, const char *end)
{
	while (w < end && sb_bcls[(unsigned char)*w] & B_BLANK)
		w++;
	return w;
}

/* Is w[0..n) a word that joins a role's words ("Chief of Correspondents",
 * "Science and Technology Editor")? */
static int
joiner(const char *w, size_t n)
{
	return (n == 1 && *w == '&') || (n == 2 && memcmp(w, "of", 2) == 0) ||
	    (n == 3 && (memcmp(w, "and", 3) == 0 || memcmp(w, "for", 3) == 0 ||
	    memcmp(w, "the", 3) == 0));
}

#define SIG_NAME	4	/* capitalised words of a signature's name */
#define SIG_ROLE	6	/* words of its role */

/*
 * A signature: a capitalised name of 2 to SIG_NAME words, short
 * lower-case particles inside it ("Jan de Vries"), a comma, then a role
 * of 1 to SIG_ROLE words that ends in a role word of byline-roles.txt
 * ("Jane Doe, AP National Security Writer", "Jo Roe, Economics
 * correspondent"), or in an agency of credits.txt after one ("Jane Doe,
 * Staff Writer, Reuters").  The role's other words are capitalised, role
 * words or joiners ("of", "and"): a lower-case word of any other kind
 * is a clause ("Jane Doe, left, ...", "Jane Doe, who writes ..."), a
 * digit a date or an address; a word with a colon makes the line a
 * field ("Sources: Jane Doe, Staff").  p[0..end) starts with an ASCII
 * capital; only such short lines with two capitalised words get here.
 */
static int
signature(const struct sb *sb, const char *p, const char *end)
{
	const char *c, *w, *e, *t, *after = NULL;
	unsigned name = 0, role = 0;
	int cap = 0, isrole = 0, hadrole = 0;

	if ((c = memchr(p, ',', (size_t)(end - p))) == NULL || c + 1 == end ||
	    !(sb_bcls[(unsigned char)c[1]] & B_BLANK))
		return 0;
	for (w = p; w < c; w = wordnext(e, c)) {
		e = wordend(w, c);
		cap = (sb_bcls[(unsigned char)*w] & B_UPPER) != 0;
		if (e[-1] == ':')
			return 0;	/* a label: "Sources: ..." */
		if (cap)
			name++;
		else if (!(sb_bcls[(unsigned char)*w] & B_LOWER) ||
		    e - w > 3 || name == 0)
			return 0;
	}
	if (!cap || name < 2 || name > SIG_NAME)
		return 0;
	for (w = wordnext(c + 1, end); w < end; w = wordnext(e, end)) {
		e = wordend(w, end);
		t = e > w + 1 && e[-1] == ',' ? e - 1 : e;
		if (++role > SIG_ROLE)
			return 0;
		if (t < e)
			after = wordnext(e, end);	/* after a comma */
		hadrole |= isrole;
		isrole = strset_has(&sb->roles, w, (size_t)(t - w));
		if (isrole || sb_bcls[(unsigned char)*w] & B_UPPER ||
		    joiner(w, (size_t)(t - w)))
			continue;
		return 0;
	}
	return isrole || (hadrole && after != NULL && after < end &&
	    strset_has(&sb->credits, after, (size_t)(end - after)));
}

/*
 * Features of one line and its context-free class.
 */
void
sb_features(struct sb *sb, struct sb_line *ln)
{
	const char *s = ln->text, *end = s + ln->len, *p, *q;
	const char *tend;
	struct tally ta;
	unsigned words, lower, upper, urls, pipes, seps, cjks, numtok, slash;
	unsigned brackets, outside, chars, dates, ktok, stops, capwords;
	unsigned letters, nonlatin;
	int32_t cp, last, first;
	int l, depth, copyright;
	size_t klen, i, e;
	int v;

	ln->flags = 0;
	ln->words = ln->chars = ln->stops = ln->capwords = ln->numwords = 0;
	/* Trim blanks, then a bullet and the blanks after it. */
	p = s;
	while (p < end && (l = dec(p, end, &cp)) > 0 && isblank8(cp))
		p += l;
	ln->indent = (unsigned)(p - s);
	for (q = p; q < end && *q >= '0' && *q <= '9'; q++)
		;
	if (q > p && q - p <= 3 && q + 1 < end && *q == '.' && q[1] == ' ') {
		ln->flags |= F_NUMBERED;
		p = q + 1;
		while (p < end && (l = dec(p, end, &cp)) > 0 &&
		    isblank8(cp))
			p += l;
	} else if (p < end) {
		l = dec(p, end, &cp);
		if (isbullet(cp) && (p + l == end || (dec(p + l, end,
		    &first), isblank8(first)))) {
			ln->flags |= F_BULLET;
			p += l;
			while (p < end && (l = dec(p, end, &cp)) > 0 &&
			    isblank8(cp))
				p += l;
		}
	}
	tend = end;
	while (tend > p && (l = u8_decode_prev(p, tend, &cp)) > 0 &&
	    isblank8(cp))
		tend -= l;
	if (p == tend) {
		ln->cf = (ln->flags & F_BULLET) ? C_BAD : C_BLANK;
		ln->reason = (ln->flags & F_BULLET) ? "no words" : "blank";
		if (ln->flags & F_BULLET)
			ln->flags |= F_HARD | F_SKIP;
		return;
	}

	/* Blank-separated tokens, and the normalised key. */
	klen = sb_scan(sb, p, (size_t)(tend - p), &ta);
	words = ta.words;
	chars = ta.chars;
	capwords = ta.capwords;
	numtok = ta.numtok;
	cjks = ta.cjks;
	letters = ta.letters;
	lower = ta.lower;
	upper = ta.upper;
	nonlatin = ta.nonlatin;
	urls = ta.urls;
	pipes = ta.pipes;
	seps = ta.seps;
	slash = ta.slash;
	brackets = ta.brackets;
	outside = ta.outside;
	depth = ta.depth;
	copyright = ta.copyright;
	last = ta.last;
	ln->chars = chars;
	ln->capwords = capwords;
	ln->numwords = numtok;
	ln->words = words + cjks / 2;
	if (cjks == 1 && words == 0)
		ln->words = 1;
	if (terminal(last))
		ln->flags |= F_TERM;
	if (last == ':' || last == 0xFF1A)
		ln->flags |= F_COLON;
	if (nonlatin * 2 > letters || cjks * 2 > words)
		ln->flags |= F_NONLATIN;

	ktok = (unsigned)sb->ntok;
	stops = sb->nstops;
	dates = sb->ndates;
	ln->stops = stops;

	if (ln->words == 0) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_SKIP;
		if (hrule(s + ln->indent, end))
			ln->flags |= F_RULE;
		ln->reason = "no words";
		return;
	}
	if (brackets > 0 && depth == 0 && outside < 12) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_SKIP;
		ln->reason = "debris";
		return;
	}
	/* "[ ]I agree to get the newsletter", "Search [      ] Go" */
	if (brackets > 0 && formctl(p, (size_t)(tend - p))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD;
		ln->reason = "form";
		return;
	}
	if (urls > 0 && (urls * 2 >= words || (words - urls <= 2 &&
	    !(ln->flags & F_TERM)))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "URL";
		return;
	}
	/* "Jane Doe can be reached at jdoe@paper.com": a contact line */
	if (ta.mails > 0 && words <= PHRASE_WORDS) {
		ln->cf = C_BAD;
		ln->flags |= F_NOTTITLE | F_END;
		ln->reason = "contact";
		return;
	}
	if (words <= 6 && imagefile(p, (size_t)(tend - p))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "picture file";
		return;
	}
	/*
	 * A copyright notice.  One that starts the line and has four words
	 * or more ("Copyright 2008 Associated Press. All rights reserved.")
	 * or a year ("(c) 2007 ANI") closes a story, so after the article's
	 * text it ends the article, as "About the author" does; a picture's
	 * credit is shorter and has no year ("(c) Getty Images"), or follows
	 * its caption ("The depot at night. (c) 2024 Jane Doe").
	 */
	if ((words <= PHRASE_WORDS && copyright) || (klen >= 9 &&
	    memcmp(sb->key, "copyright", 9) == 0) || (tend - p >= 2 &&
	    memcmp(p, "\xc2\xa9", 2) == 0)) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		if (((tend - p >= 2 && memcmp(p, "\xc2\xa9", 2) == 0) || (klen >= 9 &&
		    memcmp(sb->key, "copyright", 9) == 0)) && (words >= 4 ||
		    hasyear(p, (size_t)(tend - p))))
			ln->flags |= F_END;
		ln->reason = "copyright";
		return;
	}
	if (words <= PHRASE_WORDS && ktok > 0) {
		size_t maxk = ktok < MAXTOK ? ktok : MAXTOK;
		int whole = 0, pre = 0, f0;

		f0 = sb->tkind[0];
		if (f0 & W_PFIRST) {
			whole = lookup(sb, 0, klen);
			for (i = 1; i <= maxk && i <= 6; i++) {
				v = lookup(sb, 0, tokend(sb, i, klen));
				pre |= v & (i < ktok ? ~(K_LINE | K_STOP | K_DATE) :
				    ~0);
				if (!(v & K_PPART))
					break;
			}
		}
		if (!(ln->flags & (F_BULLET | F_NUMBERED | F_TERM)) &&
		    ((whole & K_END) || (words <= 5 && (pre & K_END)) ||
		    (words >= 3 && words <= 4 && capwords + 1 >= words &&
		    capwords >= 2 && about(sb->key, klen))))
			ln->flags |= F_END;
		if ((whole & K_COMMENT) || (words <= HEAD_WORDS &&
		    !(ln->flags & F_TERM) && ((pre & K_COMMENT) ||
		    (!(ln->flags & (F_BULLET | F_NUMBERED)) &&
		    !((whole | pre) & K_TEASER) && comments(sb, klen, maxk))))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD | F_COMMENT;
			ln->reason = "comments";
			return;
		}
		if ((whole & K_TEASER) || (words <= HEAD_WORDS &&
		    (pre & K_TEASER) && !(ln->flags & F_TERM))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD | F_TEASER;
			ln->reason = "teaser heading";
			return;
		}
		if ((whole & K_LINE) || (words <= PREFIX_WORDS &&
		    (pre & K_PREFIX))) {
			ln->cf = C_BAD;
			ln->flags |= F_HARD;
			ln->reason = "boilerplate phrase";
			return;
		}
		/* Phrases anywhere: every run of 2 to 4 tokens. */
		for (i = 0; i < maxk; i++) {
			size_t j;
			if (!(sb->tkind[i] & W_CFIRST) || i + 2 > maxk ||
			    !(sb->tkind[i + 1] & W_CSECOND))
				continue;	/* no phrase starts so */
			for (j = i + 2; j <= i + 4 && j <= maxk; j++) {
				e = tokend(sb, j, klen);
				v = lookup(sb, sb->tok[i], e);
				if (!(v & (K_CONTAINS | K_CPART)))
					break;
				if (v & K_CONTAINS) {
					ln->cf = C_BAD;
					ln->flags |= F_HARD;
					ln->reason = "boilerplate phrase";
					return;
				}
			}
		}
		/* Commenters: "1. jdoe says:", "Jane wrote:". */
		if (last == ':' && ktok >= 2 && (ktok <= 4 ||
		    (ln->flags & F_NUMBERED && ktok <= 7))) {
			size_t a = sb->tok[(ktok <= MAXTOK ? ktok : MAXTOK) - 1];
			if ((klen - a == 4 && memcmp(sb->key + a, "says", 4) == 0) ||
			    (klen - a == 5 && memcmp(sb->key + a, "wrote", 5) == 0))
				ln->flags |= F_SAYS;
		}
		/*
		 * Bylines: "By Jane Smith and John Doe"; names in lower case
		 * when a date or time follows ("Posted by: jdoe on 4:05pm Tue
		 * 1 Jan 08").
		 */
		for (i = 1; i <= 2 && i < maxk && (f0 & W_MFIRST); i++) {
			if (lookup(sb, 0, tokend(sb, i, klen)) & K_META) {
				if (words - i >= 1 && words - i <= 14 &&
				    (capwords * 2 >= words - i ||
				    (numtok > 0 && dates >= 3)) &&
				    !(ln->flags & F_TERM && last != ':')) {
					ln->cf = C_BAD;
					ln->flags |= F_META | F_BYLINE;
					ln->reason = "byline";
					return;
				}
			}
		}
		/* Signatures: "Jane Doe, AP National Security Writer". */
		if (words >= 3 && words <= SIG_NAME + SIG_ROLE + 1 &&
		    capwords >= 2 && !(ln->flags & (F_TERM | F_BULLET |
		    F_NUMBERED)) && sb_bcls[(unsigned char)*p] & B_UPPER &&
		    signature(sb, p, tend)) {
			ln->cf = C_BAD;
			ln->flags |= F_META | F_BYLINE;
			ln->reason = "byline";
			return;
		}
		/*
		 * Datelines: dates, times and the words around them.  Figures
		 * alone ("58.2%", "1.755", a table's cells) are no date
		 * without a year or a time's colon.
		 */
		if (words <= 15 && numtok > 0 && ((dates == ktok &&
		    (!numbers(sb, klen, maxk) || hasyear(p, (size_t)(tend - p)) ||
		    memchr(p, ':', (size_t)(tend - p)) != NULL)) ||
		    (dates >= 2 && ktok - dates <= 5 && capwords + 1 >= ktok -
		    dates && last != '.' && (!(ln->flags & F_BULLET) ||
		    (ktok - dates <= 3 && hastime(p, (size_t)(tend - p)))) &&
		    hasyear(p, (size_t)(tend - p))))) {
			ln->cf = C_BAD;
			ln->flags |= F_META;
			ln->reason = "dateline";
			return;
		}
	}
	/* Menus and breadcrumbs. */
	if (pipes >= 2 || (seps >= 2 && words <= 3 * (seps + 1))) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD | F_NOTTITLE;
		ln->reason = "navigation";
		return;
	}
	if ((slash >= 1 || seps >= 1) && words <= 8 && !(ln->flags & F_TERM)) {
		ln->cf = C_BAD;
		ln->flags |= F_HARD;
		ln->reason = "breadcrumb";
		return;
	}
	if (letters > 0 && lower == 0 && upper >= 2)
		ln->flags |= F_CAPS;
	if (!(ln->flags & F_TERM) && ln->words <= 20)
		ln->flags |= F_HEADING;
}


/* The context-free class from length and stopwords. */
void
sb_classify(struct sb *sb, struct sb_line *ln)
{
	double sd;

	if (ln->cf != C_SHORT)
		return;
	if (ln->chars < LEN_LOW) {
		ln->reason = "short";
		return;
	}
	sd = (double)ln->stops / ln->words;
	if (sb->unknown_lang || ln->flags & F_NONLATIN) {
		if ((ln->flags & F_TERM) && ln->chars > LEN_MID)
			ln->cf = C_GOOD, ln->reason = "good";
		else if (ln->flags & F_TERM || ln->chars > LEN_HIGH)
			ln->cf = C_NEARGOOD, ln->reason = "near-good";
		else
			ln->cf = C_BAD, ln->reason = "not prose";
		return;
	}
	if ((sd >= STOP_HIGH && ln->chars > LEN_HIGH) ||
	    ((ln->flags & F_TERM) && sd >= 0.18 && ln->chars > LEN_MID))
		ln->cf = C_GOOD, ln->reason = "good";
	else if (sd >= STOP_LOW || ((ln->flags & F_TERM) &&
	    (sd >= 0.10 || ln->words >= 12)))
		ln->cf = C_NEARGOOD, ln->reason = "near-good";
	else
		ln->cf = C_BAD, ln->reason = "few stopwords";
}

