/*
 * lexicon -- the word lists of each language: <lang>-abbrev.txt
 * (abbreviations and their classes: title, never, number, month,
 * ambiguous; see split.h) and <lang>-starters.txt (words that often
 * start a sentence), en-after-time.txt (capitalised words that go on a
 * sentence after "9 a.m.", with the months, weekdays and zones of
 * common/), en-nonfinal.txt (words that do not end a
 * sentence: "the", "is"), en-time-openers.txt ("At", "On" before "7 a.m."
 * at a sentence's start), loaded by ss_init(); is_starter() and
 * nonfinal_before() look one up.
 * A missing abbreviation ("U.S.", "Gen.") goes into the .txt lists.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "split.h"
#include "wordlist.h"

WORDLIST(en_abbrev);
WORDLIST(en_starters);
WORDLIST(en_after_time);
WORDLIST(en_nonfinal);
WORDLIST(en_time_openers);
WORDLIST(months);		/* common/: the calendar words of every program */
WORDLIST(weekdays);
WORDLIST(zones);
WORDLIST(de_abbrev);
WORDLIST(de_starters);
WORDLIST(es_abbrev);
WORDLIST(es_starters);
WORDLIST(fr_abbrev);
WORDLIST(fr_starters);
WORDLIST(el_abbrev);
WORDLIST(el_starters);

static const struct lang {
	const char	*name;
	const char	*abbr;
	const size_t	*abbrlen;
	const char	*start;
	const size_t	*startlen;
	const char	*aftertime;	/* these two or NULL */
	const size_t	*aftertimelen;
	const char	*nonfinal;
	const size_t	*nonfinallen;
	const char	*timeopen;
	const size_t	*timeopenlen;
} langs[] = {
	{ "de", wl_de_abbrev, &wl_de_abbrev_len, wl_de_starters, &wl_de_starters_len,
	    NULL, NULL, NULL, NULL, NULL, NULL },
	{ "el", wl_el_abbrev, &wl_el_abbrev_len, wl_el_starters, &wl_el_starters_len,
	    NULL, NULL, NULL, NULL, NULL, NULL },
	{ "en", wl_en_abbrev, &wl_en_abbrev_len, wl_en_starters, &wl_en_starters_len,
	    wl_en_after_time, &wl_en_after_time_len, wl_en_nonfinal,
	    &wl_en_nonfinal_len, wl_en_time_openers, &wl_en_time_openers_len },
	{ "es", wl_es_abbrev, &wl_es_abbrev_len, wl_es_starters, &wl_es_starters_len,
	    NULL, NULL, NULL, NULL, NULL, NULL },
	{ "fr", wl_fr_abbrev, &wl_fr_abbrev_len, wl_fr_starters, &wl_fr_starters_len,
	    NULL, NULL, NULL, NULL, NULL, NULL },
};

/* Add a word to the Bloom filter in front of the abbreviations. */
static void
bloom_add(struct splitter *sp, const char *w, size_t n)
{
	uint64_t h = word_hash(w, n), a = h % BLOOMBITS,
	    b = (h >> 32) % BLOOMBITS;

	sp->bloom[a / 64] |= (uint64_t)1 << (a % 64);
	sp->bloom[b / 64] |= (uint64_t)1 << (b % 64);
}

const char *
ss_languages(void)
{
	return "de el en es fr";
}

static void
load_abbrev(struct splitter *sp, const char *data, size_t len)
{
	struct wl_iter it;
	const char *line, *f, *c;
	size_t n, flen, clen;
	int val, old;

	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n)) {
		if (!wl_field(line, n, 0, &f, &flen) || flen == 0)
			continue;
		val = 'A';
		if (wl_field(line, n, 1, &c, &clen) && clen > 0)
			val = (unsigned char)c[0];
		if (f[0] >= 'A' && f[0] <= 'Z')
			val |= CAPFLAG;
		/*
		 * Both cases listed: "Vol" and "vol" (either case matches),
		 * "Mr" T and "mr" A (each case its class)
		 */
		if (strset_get(&sp->abbr, f, flen, &old)) {
			if ((old & CAPFLAG) && !(val & CAPFLAG))
				val = (old & ~(0xFF << LOWSHIFT)) | LOWFLAG |
				    (val & 0xFF) << LOWSHIFT;
			else if (!(old & CAPFLAG) && (val & CAPFLAG))
				val |= LOWFLAG | (old & 0xFF) << LOWSHIFT;
		}
		strset_add(&sp->abbr, f, flen, val);
		bloom_add(sp, f, flen);
		if (flen > sp->abbrmax)
			sp->abbrmax = flen;
		if (flen < sizeof sp->abbrfirst / sizeof sp->abbrfirst[0])
			sp->abbrfirst[flen] |= (uint64_t)1 <<
			    (lower_ascii((unsigned char)f[0]) & 63);
	}
}

int
ss_init(struct splitter *sp, const char *lang)
{
	size_t i;

	if (lang == NULL)
		lang = "en";
	for (i = 0; i < sizeof langs / sizeof langs[0]; i++)
		if (strcmp(langs[i].name, lang) == 0)
			break;
	if (i == sizeof langs / sizeof langs[0])
		return -1;
	memset(sp, 0, sizeof *sp);
	strset_init(&sp->abbr, 1);
	strset_init(&sp->starters, 1);
	strset_init(&sp->aftertime, 1);
	strset_init(&sp->nonfinal, 1);
	strset_init(&sp->timeopen, 1);
	load_abbrev(sp, langs[i].abbr, *langs[i].abbrlen);
	strset_load(&sp->starters, langs[i].start, *langs[i].startlen);
	if (langs[i].aftertime != NULL) {
		/* and the months, weekdays and time zones of common/ */
		strset_load(&sp->aftertime, langs[i].aftertime,
		    *langs[i].aftertimelen);
		strset_load(&sp->aftertime, wl_months, wl_months_len);
		strset_load(&sp->aftertime, wl_weekdays, wl_weekdays_len);
		strset_load(&sp->aftertime, wl_zones, wl_zones_len);
	}
	if (langs[i].timeopen != NULL)
		strset_load(&sp->timeopen, langs[i].timeopen,
		    *langs[i].timeopenlen);
	if (langs[i].nonfinal != NULL)
		strset_load(&sp->nonfinal, langs[i].nonfinal,
		    *langs[i].nonfinallen);
	sp->semicolon_q = strcmp(lang, "el") == 0;
	sp->english = strcmp(lang, "en") == 0;
	return 0;
}

void
ss_free(struct splitter *sp)
{
	strset_free(&sp->abbr);
	strset_free(&sp->starters);
	strset_free(&sp->aftertime);
	strset_free(&sp->nonfinal);
	strset_free(&sp->timeopen);
}

/*
 * Is the word before the white space before s[c0] one that does not end
 * a sentence (en-nonfinal.txt: "the", "is", "of")?
 */
int
nonfinal_before(const struct splitter *sp, const char *s, size_t st,
    size_t c0)
{
	size_t e = c0, b, k;

	while (e > st && (k = ws_before(s, st, e)) > 0)
		e -= k;
	for (b = e; b > st && e - b < MAXWORD &&
	    (s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z'; b--)
		;
	return b < e && (b == st || ws_before(s, st, b) > 0) &&
	    strset_has(&sp->nonfinal, s + b, e - b);
}

/* Is the word after a candidate one that often starts a sentence? */
int
is_starter(const struct splitter *sp, const char *s, const struct next *nx)
{
	if (nx->url)
		return 1;
	if (nx->cls != C_UPPER || nx->we == nx->w || nx->dotted)
		return 0;
	return strset_has(&sp->starters, s + nx->w, nx->we - nx->w);
}
