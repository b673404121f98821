/*
 * headline -- owns what extract-meta makes of the line strip-boilerplate's
 * finder marks as the headline (the finder chooses it; meta.c takes it):
 * the end of a headline without what the page glued to it (bracketed
 * debris, a furniture phrase from strip-boilerplate's lines.txt, read
 * where it is, not copied); a title the line states twice.  Reads only
 * the line.
 */
#include <string.h>

#include "meta.h"
#include "ascii.h"
#include "wordlist.h"

WORDLIST(lines);		/* strip-boilerplate's furniture lines */

#define KEY_MAX		64	/* bytes of a phrase's key */
#define PHRASE_WORDS	5	/* the longest phrase looked for */

/* The phrases as a set, loaded on first use; last_set holds the last
 * word of every phrase, looked up first. */
static struct strset phrase_set, last_set;
static int ready;

static int
wordbyte(unsigned char c)
{
	return ascii_isalpha(c) || ascii_isdigit(c) || c >= 0x80;
}

/*
 * The key of the words of s[0..len) (as strip-boilerplate's: lower case,
 * anything but a letter or digit a single space between words, a run of
 * digits "0") into key (KEY_MAX bytes); its length and the number of
 * words in *nw, or 0 when it does not fit.
 */
static size_t
phrase_key(const char *s, size_t len, char *key, size_t *nw)
{
	size_t i = 0, k = 0;

	*nw = 0;
	while (i < len) {
		if (!wordbyte((unsigned char)s[i])) {
			i++;
			continue;
		}
		if (*nw > 0) {
			if (k >= KEY_MAX)
				return 0;
			key[k++] = ' ';
		}
		(*nw)++;
		for (; i < len && wordbyte((unsigned char)s[i]); i++) {
			if (k >= KEY_MAX)
				return 0;
			if (ascii_isdigit((unsigned char)s[i])) {
				key[k++] = '0';
				while (i + 1 < len &&
				    ascii_isdigit((unsigned char)s[i + 1]))
					i++;
			} else
				key[k++] =
				    (char)ascii_lower((unsigned char)s[i]);
		}
	}
	return k;
}

static void
load_lists(void)
{
	struct wl_iter it;
	const char *e;
	char key[KEY_MAX];
	size_t n, k, nw;

	if (ready)
		return;
	ready = 1;
	/* the phrases of two words or more: one word glued to a title
	 * ("... Video", "... Help") is as often the title's own */
	strset_init(&phrase_set, 0);
	strset_init(&last_set, 0);
	wl_init(&it, wl_lines, wl_lines_len);
	while (wl_next(&it, &e, &n)) {
		(void)wl_field(e, n, 0, &e, &n);
		if ((k = phrase_key(e, n, key, &nw)) > 0 && nw >= 2) {
			strset_add(&phrase_set, key, k, 0);
			for (n = k; key[n - 1] != ' '; n--)
				;
			strset_add(&last_set, key + n, k - n, 0);
		}
	}
}

size_t
meta_headline_trim(const char *s, size_t len)
{
	char key[KEY_MAX];
	size_t i, k, nw, w, start[PHRASE_WORDS + 2], ns = 0;

	len = ascii_trim_end(s, len);
	/* "... comes into force[s]": a bracket glued to the last word, an
	 * image's name or a link's debris */
	if (len > 2 && s[len - 1] == ']') {
		for (i = len - 1; i > 0 && s[i - 1] != '[' && s[i - 1] != ' ' &&
		    s[i - 1] != ']'; i--)
			;
		if (i > 1 && s[i - 1] == '[' && s[i - 2] != ' ' &&
		    s[i - 2] != '[' && ascii_skip_blanks(s, i - 1, 0) < i - 1)
			len = ascii_trim_end(s, i - 1);
	}
	/* the starts of the last PHRASE_WORDS + 2 words, last first */
	for (i = len; i > 0 && ns < PHRASE_WORDS + 2; ) {
		while (i > 0 && !wordbyte((unsigned char)s[i - 1]))
			i--;
		if (i == 0)
			break;
		while (i > 0 && wordbyte((unsigned char)s[i - 1]))
			i--;
		start[ns++] = i;
	}
	/* "Rocket down Eagles print this article": a phrase of two words
	 * or more that strip-boilerplate drops as a line, with two words
	 * left before it */
	if (ns < 4)
		return len;
	load_lists();
	k = phrase_key(s + start[0], len - start[0], key, &nw);
	if (k == 0 || !strset_has(&last_set, key, k))
		return len;
	for (w = PHRASE_WORDS; w >= 2; w--) {
		if (w + 2 > ns)
			continue;
		k = phrase_key(s + start[w - 1], len - start[w - 1], key, &nw);
		if (k > 0 && strset_has(&phrase_set, key, k))
			return ascii_trim_end(s, start[w - 1]);
	}
	return len;
}

size_t
meta_headline_once(const char *s, size_t len)
{
	size_t i = len / 2, left, right;

	/* "Night buses extended Night buses extended": the page's title
	 * and its heading run together (a link's text, an image's alt
	 * text), the same bytes twice; the middle byte is in the blanks
	 * between them.  Not one word twice ("Bye Bye", "Sing Sing"): a
	 * name, not a glued copy */
	if (len < 3)
		return len;
	if ((unsigned char)s[i] == 0xA0 && (unsigned char)s[i - 1] == 0xC2)
		i--;
	right = ascii_skip_blanks(s, len, i);
	left = ascii_trim_end(s, i);
	if (right > i && left > 0 && len - right == left &&
	    memchr(s, ' ', left) != NULL && memcmp(s, s + right, left) == 0)
		return left;
	return len;
}
