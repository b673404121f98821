/*
 * words -- owns the word tables: the phrase table (whole normalised
 * lines, prefixes, phrases, with their K_ kinds) and the short-word table
 * (stopwords, dateline words, first words of phrases, with their W_
 * kinds); the two sets the headline finder looks its candidates up in
 * (agency names, field labels) and the set of a signature's role words
 * (line.c).  Reads the word lists (the .txt files beside it, and
 * common/months.txt, weekdays.txt, credits.txt and byline-roles.txt),
 * normalised by tokenize.c; hands on the tables that pget() and wget()
 * look up.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sb-int.h"
#include "wordlist.h"
#include "xalloc.h"

WORDLIST(stopwords);
WORDLIST(lines);
WORDLIST(prefixes);
WORDLIST(contains);
WORDLIST(teasers);
WORDLIST(comments);
WORDLIST(datewords);
WORDLIST(meta);
WORDLIST(endings);
WORDLIST(months);		/* common/: calwords.h reads them too */
WORDLIST(weekdays);
WORDLIST(credits);		/* common/: dedupe-captions reads it too */
WORDLIST(byline_roles);		/* common/: extract-meta reads it too */
WORDLIST(fields);

static void	 wadd(struct sb *, const char *, size_t, int);
static void	 wmark(struct sb *, const char *, size_t, int);
static void	 wmore(struct sb *);

static void
pput(struct pent *t, size_t cap, const struct pent *e)
{
	size_t i;

	for (i = e->h & (cap - 1); t[i].len != 0; i = (i + 1) & (cap - 1))
		;
	t[i] = *e;
}

/* Add s[0..n) (n > 0) with value val, or add the bits of val to its value. */
static void
padd(struct sb *sb, const char *s, size_t n, int val)
{
	struct pent e, *nt;
	size_t i, mask, ncap;

	if (n == 0)
		return;
	e.h = phash(s, n);
	if (sb->ptcap > 0) {
		mask = sb->ptcap - 1;
		for (i = e.h & mask; sb->pt[i].len != 0; i = (i + 1) & mask)
			if (sb->pt[i].h == e.h && sb->pt[i].len == n &&
			    memcmp(sb->pool + sb->pt[i].off, s, n) == 0) {
				sb->pt[i].val |= val;
				return;
			}
	}
	if ((sb->ptn + 1) * 2 > sb->ptcap) {
		ncap = sb->ptcap ? 2 * sb->ptcap : 4096;	/* the lists: 1,776 */
		nt = xcalloc(ncap, sizeof(*nt));
		for (i = 0; i < sb->ptcap; i++)
			if (sb->pt[i].len != 0)
				pput(nt, ncap, &sb->pt[i]);
		free(sb->pt);
		sb->pt = nt;
		sb->ptcap = ncap;
	}
	if (sb->poolcap < sb->pooln + n)
		xgrow((void **)&sb->pool, &sb->poolcap, sb->pooln + n, 1);
	memcpy(sb->pool + sb->pooln, s, n);
	e.off = (uint32_t)sb->pooln;
	e.len = (uint32_t)n;
	e.val = val;
	sb->pooln += n;
	if (sb->ptmax < n)
		sb->ptmax = n;
	pput(sb->pt, sb->ptcap, &e);
	sb->ptn++;
}

/* Add the entry e[0..elen), normalised like the lines, with bit kind. */
static void
add(struct sb *sb, const char *e, size_t elen, int kind)
{
	size_t klen, i;

	klen = sb_normalise(sb, e, elen);
	if (klen == 0)
		return;
	if (kind & (K_STOP | K_DATE)) {
		if (klen <= WMAX)
			wadd(sb, sb->key, klen, kind);
	} else
		wmark(sb, sb->key, tokend(sb, 1, klen),
		    kind == K_CONTAINS ? W_CFIRST : kind == K_META ?
		    W_PFIRST | W_MFIRST : W_PFIRST);
	if (kind == K_CONTAINS && sb->ntok >= 2)
		wmark(sb, sb->key + sb->tok[1], tokend(sb, 2, klen) -
		    sb->tok[1], W_CSECOND);
	padd(sb, sb->key, klen, kind);
	if (kind & (K_STOP | K_DATE))
		return;
	/* its shorter prefixes, so that lookups can stop early */
	for (i = 1; i < sb->ntok && i < MAXTOK; i++) {
		size_t pl = sb->tok[i] - 1;

		padd(sb, sb->key, pl, kind == K_CONTAINS ? K_CPART : K_PPART);
	}
}

/* Add every entry of a list of strip-boilerplate's own with bit kind. */
static void
load(struct sb *sb, const char *data, size_t len, int kind)
{
	struct wl_iter it;
	const char *e;
	size_t elen;

	wl_init(&it, data, len);
	while (wl_next(&it, &e, &elen))
		add(sb, e, elen, kind);
}

/*
 * Add the names of a calendar list of common/ (name<TAB>number<TAB>flags)
 * as dateline words, but those flagged skip.
 */
static void
load_names(struct sb *sb, const char *data, size_t len, const char *skip)
{
	struct wl_iter it;
	const char *e, *f;
	size_t elen, flen;

	wl_init(&it, data, len);
	while (wl_next(&it, &e, &elen))
		if ((skip == NULL || !wl_field_is(e, elen, 2, skip)) &&
		    wl_field(e, elen, 0, &f, &flen))
			add(sb, f, flen, K_DATE);
}

static void
wadd(struct sb *sb, const char *s, size_t n, int kind)
{
	struct wslot e, t;
	size_t i, tries;

	memset(&e, 0, sizeof(e));
	wwords(s, n, e.w);
	for (tries = 0; tries < 2; tries++) {
		i = wslot(e.w, (int)tries);
		if (sb->wtab[i].w[0] == e.w[0] && sb->wtab[i].w[1] == e.w[1]) {
			sb->wtab[i].kind |= (unsigned char)kind;
			return;
		}
	}
	/* Put it in its first slot; whatever was there moves to its other. */
	e.kind = (unsigned char)kind;
	i = wslot(e.w, 0);
	for (tries = 0; tries < WTAB; tries++) {
		t = sb->wtab[i];
		sb->wtab[i] = e;
		if (t.kind == 0)
			return;
		e = t;
		i = i == wslot(e.w, 0) ? wslot(e.w, 1) : wslot(e.w, 0);
	}
	abort();	/* the lists outgrew WTAB (they fill about a quarter) */
}

/*
 * Once every word is in: mark the first slot of each word that lies in
 * its second (wget() reads a second slot only then).
 */
static void
wmore(struct sb *sb)
{
	size_t i, first;

	for (i = 0; i < WTAB; i++)
		sb->wtab[i].more = 0;
	for (i = 0; i < WTAB; i++)
		if (sb->wtab[i].kind != 0 &&
		    (first = wslot(sb->wtab[i].w, 0)) != i)
			sb->wtab[first].more = 1;
}

/*
 * Mark a first or second word of the phrases with a W_ kind: in the
 * table, or if it is too long for that, every long word may be one.
 */
static void
wmark(struct sb *sb, const char *s, size_t n, int kind)
{
	if (n <= WMAX)
		wadd(sb, s, n, kind);
	else
		sb->longkind |= (unsigned char)kind;
}

void
sb_words_load(struct sb *sb)
{
	load(sb, wl_stopwords, wl_stopwords_len, K_STOP);
	load(sb, wl_datewords, wl_datewords_len, K_DATE);
	/* "Thu 3 Oct": not "Mondays", which no dateline says */
	load_names(sb, wl_months, wl_months_len, NULL);
	load_names(sb, wl_weekdays, wl_weekdays_len, "plural");
	load(sb, wl_lines, wl_lines_len, K_LINE);
	load(sb, wl_prefixes, wl_prefixes_len, K_PREFIX);
	load(sb, wl_contains, wl_contains_len, K_CONTAINS);
	load(sb, wl_teasers, wl_teasers_len, K_TEASER);
	load(sb, wl_comments, wl_comments_len, K_COMMENT);
	load(sb, wl_meta, wl_meta_len, K_META);
	load(sb, wl_endings, wl_endings_len, K_END);
	wadd(sb, "#", 1, K_DATE);	/* a number */
	wmore(sb);
	/* the headline finder's: looked up on its few candidates only */
	strset_init(&sb->credits, 1);
	strset_load(&sb->credits, wl_credits, wl_credits_len);
	/* line.c's: looked up on short lines of a name and a comma */
	strset_init(&sb->roles, 1);
	strset_load(&sb->roles, wl_byline_roles, wl_byline_roles_len);
	strset_init(&sb->fields, 1);
	strset_load(&sb->fields, wl_fields, wl_fields_len);
}
