/*
 * headline -- owns what extract-meta makes of the line strip-boilerplate's
 * finder marks as the headline (the finder chooses it; meta.c takes it):
 * the end of a headline without what the page glued to it (bracketed
 * debris, a furniture phrase from strip-boilerplate's lines.txt, read
 * where it is, not copied); a title the line states twice; the site's
 * name before or after a separator, known by the URL's host (and
 * whether words name the site, which byline.c asks of an outlet); HTML
 * character references (html-entities.txt) decoded.  Reads only the line
 * and the host.
 */
#include <string.h>

#include "meta.h"
#include "ascii.h"
#include "u8.h"
#include "wordlist.h"

WORDLIST(lines);		/* strip-boilerplate's furniture lines */
WORDLIST(html_entities);	/* name -> code point */

#define KEY_MAX		64	/* bytes of a phrase's key */
#define PHRASE_WORDS	5	/* the longest phrase looked for */

/* The phrases of two words or more as a set, loaded on first use;
 * line_set holds every entry, of one word too, and last_set the last
 * word of every entry, looked up first. */
static struct strset phrase_set, last_set, line_set;
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

/*
 * The separator at byte i of s[0..len) ("|", "-", "–", "—", ":", "::",
 * "»", "·", "•", "/"), blanks after it, a blank before it but for ':':
 * the byte after the blanks that follow it, or 0.
 */
static size_t
separator_at(const char *s, size_t len, size_t i)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 0, j;

	if (u[i] == '|' || u[i] == '-' || u[i] == '/' || u[i] == ':')
		n = u[i] == ':' && i + 1 < len && u[i + 1] == ':' ? 2 : 1;
	else if (i + 2 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
	    (u[i + 2] == 0x93 || u[i + 2] == 0x94 || u[i + 2] == 0xA2))
		n = 3;
	else if (i + 1 < len && u[i] == 0xC2 && (u[i + 1] == 0xBB ||
	    u[i + 1] == 0xB7))
		n = 2;
	if (n == 0 || (s[i] != ':' && (i == 0 ||
	    ascii_trim_end(s, i) == i)))
		return 0;
	j = ascii_skip_blanks(s, len, i + n);
	return j > i + n ? j : 0;
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
	strset_init(&line_set, 0);
	wl_init(&it, wl_lines, wl_lines_len);
	while (wl_next(&it, &e, &n)) {
		(void)wl_field(e, n, 0, &e, &n);
		if ((k = phrase_key(e, n, key, &nw)) == 0)
			continue;
		strset_add(&line_set, key, k, 0);
		if (nw >= 2)
			strset_add(&phrase_set, key, k, 0);
		for (n = k; n > 0 && key[n - 1] != ' '; n--)
			;
		strset_add(&last_set, key + n, k - n, 0);
	}
}

/* Is the key only numbers ("0", "0 0")? */
static int
numbers(const char *key, size_t k)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (key[i] != '0' && key[i] != ' ')
			return 0;
	return 1;
}

size_t
meta_headline_trim(const char *s, size_t len)
{
	char key[KEY_MAX];
	size_t i, k, nw, w, start[PHRASE_WORDS + 2], ns = 0, sep;

	len = ascii_trim_end(s, len);
	/* "... comes into force[s]": a bracket glued to the last word, an
	 * image's name or a link's debris; after a blank, an image's file
	 * name, one word with "_" ("... Day 2 [top_banner]"), not "[video]" */
	if (len > 2 && s[len - 1] == ']') {
		for (i = len - 1; i > 0 && s[i - 1] != '[' && s[i - 1] != ' ' &&
		    s[i - 1] != ']'; i--)
			;
		if (i > 1 && s[i - 1] == '[' && (s[i - 2] != ' ' ||
		    memchr(s + i, '_', len - 1 - i) != NULL) &&
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
	/* a furniture line ends in a word of last_set */
	if (ns == 0)
		return len;
	load_lists();
	k = phrase_key(s + start[0], len - start[0], key, &nw);
	if (k == 0 || !strset_has(&last_set, key, k))
		return len;
	/* "Rocket down Eagles - print", "... | Share on Facebook": after
	 * the last separator (among the last words), a furniture line of
	 * any length (a lone word glued on is as often the title's own),
	 * of words, not a number ("Palm Bay 18 - 70") */
	for (i = len, sep = 0; i > start[ns - 1]; i--)
		if ((k = separator_at(s, len, i - 1)) != 0) {
			sep = i - 1;
			if (sep > 0 && s[sep - 1] == ':')
				sep--;		/* "::" */
			break;
		}
	if (sep > 0 && ascii_trim_end(s, sep) > 0 &&
	    (k = phrase_key(s + k, len - k, key, &nw)) > 0 &&
	    !numbers(key, k) && strset_has(&line_set, key, k))
		return ascii_trim_end(s, sep);
	/* "Rocket down Eagles print this article": a phrase of two words
	 * or more that strip-boilerplate drops as a line, with two words
	 * left before it */
	if (ns < 4)
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

/* ---- the site's name ---- */

#define NAME_MAX	48	/* bytes of a site name's key */
#define NAME_WORDS	4	/* words of a site name, "the" aside */

static int
alnum(int c)
{
	return ascii_isalpha(c) || ascii_isdigit(c);
}

/*
 * The key of a name: its letters and digits in lower case, "the" before
 * it dropped; the number of its words in *nw; 0 when it is too long.
 */
static size_t
name_key(const char *s, size_t len, char *key, size_t *nw)
{
	size_t i = 0, k = 0;
	int inword = 0;

	*nw = 0;
	if (ascii_starts(s, len, "the ") || ascii_starts(s, len, "the\t"))
		i = ascii_skip_blanks(s, len, 4);
	for (; i < len; i++) {
		if (!alnum((unsigned char)s[i])) {
			if ((unsigned char)s[i] >= 0x80)
				return 0;	/* not an ASCII name */
			inword = 0;
			continue;
		}
		if (!inword)
			(*nw)++;
		inword = 1;
		if (k >= NAME_MAX || *nw > NAME_WORDS)
			return 0;
		key[k++] = (char)ascii_lower((unsigned char)s[i]);
	}
	return k;
}

/* Is key[0..n) a label of the host (lower case aside), not its last? */
static int
host_label(const char *host, size_t hlen, const char *key, size_t n)
{
	size_t i = 0, j;

	while (i < hlen) {
		for (j = i; j < hlen && host[j] != '.'; j++)
			;
		if (j == hlen)
			return 0;	/* the top-level domain */
		if (j - i == n) {
			size_t q;

			for (q = 0; q < n && ascii_lower((unsigned char)
			    host[i + q]) == key[q]; q++)
				;
			if (q == n)
				return 1;
		}
		i = j + 1;
	}
	return 0;
}

/* Do the words name the site (meta.h)?  byline.c asks it too. */
int
meta_names_host(const char *s, size_t len, const char *host, size_t hlen)
{
	char key[NAME_MAX], hkey[NAME_MAX];
	size_t k, hk, nw, i, j, w;

	if ((k = name_key(s, len, key, &nw)) == 0)
		return 0;
	if ((hk = name_key(host, hlen, hkey, &w)) == k &&
	    memcmp(key, hkey, k) == 0)
		return 1;
	if (k >= 3 && host_label(host, hlen, key, k))
		return 1;
	if (nw < 2)
		return 0;
	/* word by word (each fits: the whole key did) */
	i = 0;
	if (ascii_starts(s, len, "the ") || ascii_starts(s, len, "the\t"))
		i = 4;
	for (; i < len; i = j) {
		while (i < len && !alnum((unsigned char)s[i]))
			i++;
		for (j = i; j < len && alnum((unsigned char)s[j]); j++)
			key[j - i] = (char)ascii_lower((unsigned char)s[j]);
		if (j > i && !host_label(host, hlen, key, j - i))
			return 0;
	}
	return 1;
}

size_t
meta_headline_site(const char *s, size_t len, const char *host,
    size_t hlen, size_t *from)
{
	size_t i, j, first = 0, firstend = 0, last = 0, lastend = 0, end;
	int seps = 0;

	if (hlen == 0)
		return len;
	for (i = *from; i < len; i++)
		if ((j = separator_at(s, len, i)) != 0) {
			if (seps++ == 0) {
				first = i;
				firstend = j;
			}
			last = i;
			lastend = j;
			i = j - 1;
		}
	if (seps == 0)
		return len;
	/* "Night buses extended | The Harbour Ledger" */
	end = ascii_trim_end(s, last);
	if (end > *from && meta_names_host(s + lastend, len - lastend, host,
	    hlen)) {
		len = end;
		if (--seps == 0)
			return len;
	}
	/* "BBC News - Night buses extended" */
	end = ascii_trim_end(s, first);
	if (end > *from && firstend < len && meta_names_host(s + *from,
	    end - *from, host, hlen))
		*from = firstend;
	return len;
}

/* ---- character references ---- */

#define ENTITY_MAX	8	/* bytes of the longest name */

static struct strset entity_set;
static int entities_ready;

static void
load_entities(void)
{
	struct wl_iter it;
	const char *e, *f;
	size_t n, fn, i;
	int cp;

	if (entities_ready)
		return;
	entities_ready = 1;
	strset_init(&entity_set, 0);
	wl_init(&it, wl_html_entities, wl_html_entities_len);
	while (wl_next(&it, &e, &n)) {
		if (!wl_field(e, n, 1, &f, &fn))
			continue;
		for (cp = 0, i = 0; i < fn; i++)
			cp = cp * 16 + (ascii_isdigit((unsigned char)f[i]) ?
			    f[i] - '0' : ascii_lower((unsigned char)f[i]) -
			    'a' + 10);
		(void)wl_field(e, n, 0, &f, &fn);
		strset_add(&entity_set, f, fn, cp);
	}
}

/*
 * The code point of the reference at s[i] ('&'), *end past its ';', or
 * -1: "&amp;", "&#39;", "&#x2019;"; not a control character (a TAB or a
 * newline would break the row), a surrogate, past U+10FFFF.
 */
static long
reference(const char *s, size_t len, size_t i, size_t *end)
{
	size_t j = i + 1, k;
	long cp = 0;
	int val, hex;

	if (j < len && s[j] == '#') {
		hex = ++j < len && (s[j] == 'x' || s[j] == 'X');
		j += hex;
		for (k = j; k < len && k < j + 7; k++) {
			int c = (unsigned char)s[k];

			if (ascii_isdigit(c))
				cp = cp * (hex ? 16 : 10) + (c - '0');
			else if (hex && ascii_lower(c) >= 'a' &&
			    ascii_lower(c) <= 'f')
				cp = cp * 16 + (ascii_lower(c) - 'a' + 10);
			else
				break;
		}
		if (k == j || k >= len || s[k] != ';' || cp < 0x20 ||
		    (cp >= 0x7F && cp < 0xA0) || cp > 0x10FFFF ||
		    (cp >= 0xD800 && cp <= 0xDFFF))
			return -1;
		*end = k + 1;
		return cp;
	}
	for (k = j; k < len && k < j + ENTITY_MAX + 1 &&
	    (ascii_isalpha((unsigned char)s[k]) ||
	    ascii_isdigit((unsigned char)s[k])); k++)
		;
	if (k == j || k >= len || s[k] != ';')
		return -1;
	load_entities();
	if (!strset_get(&entity_set, s + j, k - j, &val))
		return -1;
	*end = k + 1;
	return val;
}

size_t
meta_headline_unescape(const char *s, size_t len, char *buf)
{
	size_t i, o = 0, end;
	long cp;
	char u[4];
	int n;

	for (i = 0; i < len; ) {
		if (s[i] == '&' && (cp = reference(s, len, i, &end)) >= 0 &&
		    (n = u8_encode((int32_t)cp, u)) > 0 &&
		    (size_t)n <= end - i) {
			memcpy(buf + o, u, (size_t)n);
			o += (size_t)n;
			i = end;
		} else
			buf[o++] = s[i++];
	}
	return o;
}
