/*
 * url -- the article's own URL as a scraped page states it, and the words
 * of its slug.  strip-boilerplate's headline finder reads the slug (a
 * candidate whose words are the slug's is the title); extract-meta writes
 * the URL.  ASCII only: URLs and the labels before them are.
 */
#ifndef COPYDESK_URL_H
#define COPYDESK_URL_H

#include <stddef.h>

/*
 * The URL a line gives as the article's own address: "Source: URL",
 * "URL: URL", "Read more at URL", "canonical: URL", or a line that is
 * only a URL (bare set: accept that form).  1 and (*p, *n), or 0.
 */
int	 url_in_line(const char *s, size_t len, int bare, const char **p,
	    size_t *n);

/* The words of a URL's slug (lower case, digits alone left out). */
#define SLUG_WORDS	32
#define SLUG_WORD	24	/* bytes of a word compared */
struct slug {
	char	 word[SLUG_WORDS][SLUG_WORD];
	size_t	 len[SLUG_WORDS];
	size_t	 n;
};

/*
 * The slug of a URL: the last segment of its path when three of its
 * parts between - _ . hold a letter ("/sports/article/Nelson-s-OT-goal-
 * lifts-Isles-14848099.php"), its words into *sl.  1 when it has three
 * different words or more, else 0 (and sl->n is 0).
 */
int	 slug_of_url(const char *url, size_t len, struct slug *sl);

/*
 * How a line's words match the slug's: *words the line's words (runs of
 * ASCII letters and digits, lower-cased, an apostrophe inside one
 * skipped -- "Nelson's" is "nelsons" --, a run of digits alone no word),
 * *matched those that are slug words, *covered the slug words the line
 * holds.
 */
void	 slug_match(const struct slug *sl, const char *s, size_t len,
	    unsigned *words, unsigned *matched, unsigned *covered);

#endif
