/*
 * url -- the article's URL in a line, and its slug's words (url.h).
 */
#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "url.h"

/* The URL starting at s[i]: its length, or 0 when none starts there. */
static size_t
url_at(const char *s, size_t len, size_t i)
{
	size_t j, host;

	if (ascii_starts(s + i, len - i, "https://"))
		host = i + 8;
	else if (ascii_starts(s + i, len - i, "http://"))
		host = i + 7;
	else
		return 0;
	for (j = host; j < len && s[j] != ' ' && s[j] != '\t' &&
	    s[j] != '"' && s[j] != '<' && s[j] != '>'; j++)
		;
	/* A sentence's period or a closing bracket is not the URL's. */
	while (j > host && (s[j - 1] == '.' || s[j - 1] == ',' ||
	    s[j - 1] == ')' || s[j - 1] == ']'))
		j--;
	if (j == host || s[host] == '/' || s[host] == '.')
		return 0;
	return j - i;
}

/* The labels that put the article's own URL on a line. */
static const char *const labels[] = {
	"source:", "url:", "link:", "canonical:", "canonical url:",
	"permalink:", "read more at", "read more:", "originally published at",
	"read the original at", "article url:", NULL
};

int
url_in_line(const char *s, size_t len, int bare, const char **p, size_t *n)
{
	size_t i, k, u;

	/* a label or a bare URL opens the line: a l o p r s u, c, h;
	 * and every URL has a colon: most lines are done here */
	i = ascii_skip_blanks(s, len, 0);
	if (i == len)
		return 0;
	switch (s[i] | 0x20) {
	case 'a': case 'l': case 'o': case 'p': case 'c': case 'r': case 's':
	case 'u': case 'h':
		break;
	default:
		return 0;
	}
	if (memchr(s + i, ':', len - i) == NULL)
		return 0;
	for (k = 0; labels[k] != NULL; k++)
		if (ascii_lower((unsigned char)s[i]) == labels[k][0] &&
		    ascii_starts(s + i, len - i, labels[k])) {
			i = ascii_skip_blanks(s, len, i + strlen(labels[k]));
			break;
		}
	if (labels[k] == NULL && !bare)
		return 0;
	if ((u = url_at(s, len, i)) == 0)
		return 0;
	/* The URL must end the line (a period and blanks aside). */
	k = i + u;
	while (k < len && (s[k] == '.' || s[k] == ',' || s[k] == ')'))
		k++;
	if (ascii_skip_blanks(s, len, k) != len)
		return 0;
	*p = s + i;
	*n = u;
	return 1;
}

/*
 * The words of a slug or of a line, as url.h says; calls fn on each and
 * stops when it returns 0.
 */
static void
slug_words(const char *s, size_t len, int (*fn)(void *, const char *,
    size_t), void *arg)
{
	char w[SLUG_WORD];
	size_t i = 0, k;
	int alpha;

	while (i < len) {
		if (!ascii_isalpha((unsigned char)s[i]) &&
		    !ascii_isdigit((unsigned char)s[i])) {
			i++;
			continue;
		}
		for (k = 0, alpha = 0; i < len; ) {
			unsigned char c = (unsigned char)s[i];

			if (ascii_isalpha(c) || ascii_isdigit(c)) {
				if (k < sizeof(w))
					w[k++] = (char)ascii_lower(c);
				alpha |= ascii_isalpha(c);
				i++;
			} else if (c == '\'')
				i++;
			else if (c == 0xE2 && i + 2 < len &&
			    (unsigned char)s[i + 1] == 0x80 &&
			    (unsigned char)s[i + 2] == 0x99)
				i += 3;
			else
				break;
		}
		if (alpha && !fn(arg, w, k))
			return;
	}
}

static int
slug_add(void *arg, const char *w, size_t n)
{
	struct slug *sl = arg;
	size_t j;

	for (j = 0; j < sl->n; j++)
		if (sl->len[j] == n && memcmp(sl->word[j], w, n) == 0)
			return 1;
	if (sl->n == SLUG_WORDS)
		return 0;
	memcpy(sl->word[sl->n], w, n);
	sl->len[sl->n++] = n;
	return 1;
}

int
slug_of_url(const char *url, size_t len, struct slug *sl)
{
	size_t i, a, b, parts = 0;
	int alpha = 0;
	const char *p;

	sl->n = 0;
	/* the path: after "scheme://host", up to '?' or '#' */
	i = 0;
	if ((p = memchr(url, ':', len)) != NULL && (size_t)(p - url) + 2 < len &&
	    p[1] == '/' && p[2] == '/') {
		i = (size_t)(p - url) + 3;
		while (i < len && url[i] != '/')
			i++;
	}
	for (b = i; b < len && url[b] != '?' && url[b] != '#'; b++)
		;
	/* its last segment that is not empty */
	while (b > i && url[b - 1] == '/')
		b--;
	for (a = b; a > i && url[a - 1] != '/'; a--)
		;
	if (a == i && (a >= len || url[a] != '/'))
		return 0;	/* no path */
	/* three parts between - _ . that hold a letter */
	for (i = a; i <= b; i++) {
		if (i == b || url[i] == '-' || url[i] == '_' || url[i] == '.') {
			parts += alpha;
			alpha = 0;
		} else
			alpha |= ascii_isalpha((unsigned char)url[i]);
	}
	if (parts < 3)
		return 0;
	slug_words(url + a, b - a, slug_add, sl);
	if (sl->n < 3) {
		sl->n = 0;
		return 0;
	}
	return 1;
}

struct match {
	const struct slug *sl;
	unsigned words, matched;
	uint32_t seen;		/* the slug words found, a bit each */
};

static int
match_word(void *arg, const char *w, size_t n)
{
	struct match *mt = arg;
	size_t j;

	mt->words++;
	for (j = 0; j < mt->sl->n; j++)
		if (mt->sl->len[j] == n && memcmp(mt->sl->word[j], w, n) == 0) {
			mt->matched++;
			mt->seen |= (uint32_t)1 << j;
			break;
		}
	return 1;
}

void
slug_match(const struct slug *sl, const char *s, size_t len,
    unsigned *words, unsigned *matched, unsigned *covered)
{
	struct match mt = { sl, 0, 0, 0 };
	unsigned c = 0;
	uint32_t x;

	slug_words(s, len, match_word, &mt);
	for (x = mt.seen; x != 0; x &= x - 1)
		c++;
	*words = mt.words;
	*matched = mt.matched;
	*covered = c;
}
