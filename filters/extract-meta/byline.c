/*
 * byline -- the authors a byline names: "By Jane Smith and Li Wei",
 * "Posted by Michael David Smith on November 19, 2019", "By Tom
 * Krisher, AP Auto Writer", "Chris Davies - Nov 19, 2019".
 *
 * The names run from after the author word ("By", "Von", "Posted by")
 * to the first thing that is no name: a dash or bar, a handle, a digit,
 * a date.  They split at commas and "and"; in each part the name ends
 * at a job-title or desk word (common/byline-roles.txt) or a lower-case word.
 * A person is 2 to 5 capitalised words (one, after an explicit "By"),
 * its particles ("de la", "van der", "bin") not counted, a Spanish "y"
 * between two surnames one name ("de la Vega y Ortiz");
 * an agency (byline-agencies.txt) counts only when no person is named.
 * Besides: a signature's name before its comma and role ("Jane Doe,
 * Staff Reporter", a line strip-boilerplate calls a byline), a name an
 * author box states twice ("Jane DoeJane Doe"), the
 * credit of an unsigned piece (byline-unsigned.txt: "Editorial"), the
 * site's own name before a date, and the site's name cut after an
 * author's (the last two known by the URL's host: headline.c's
 * meta_names_host()).
 */
#include <string.h>

#include "calwords.h"
#include "meta.h"
#include "ascii.h"
#include "wordlist.h"

WORDLIST(byline_roles);		/* common/: strip-boilerplate reads it too */
WORDLIST(byline_agencies);
WORDLIST(byline_unsigned);

#define MAXWORDS	5	/* capitalised words of a person's name */
#define MAXPARTICLES	4	/* and its particles besides ("de la") */

/* The lists as case-folding sets (lists.c), loaded on first use. */
static struct meta_list role_list, agency_list, unsigned_list;
static int ready;

static void
load_list(struct meta_list *l, const char *data, size_t len)
{
	struct wl_iter it;
	const char *line, *f;
	size_t n, fn;
	int i = 0;

	meta_list_init(l);
	wl_init(&it, data, len);
	while (wl_next(&it, &line, &n))
		if (wl_field(line, n, 0, &f, &fn))
			meta_list_add(l, f, fn, i++);
}

static int
in_list(struct meta_list *l, const char *s, size_t n)
{
	if (!ready) {
		ready = 1;
		load_list(&role_list, wl_byline_roles, wl_byline_roles_len);
		load_list(&agency_list, wl_byline_agencies,
		    wl_byline_agencies_len);
		load_list(&unsigned_list, wl_byline_unsigned,
		    wl_byline_unsigned_len);
	}
	return meta_list_get(l, s, n, NULL);
}

static int
is_role(const char *s, size_t n)
{
	return in_list(&role_list, s, n);
}

static int
is_agency(const char *s, size_t n)
{
	return in_list(&agency_list, s, n);
}

/* A word and its length, so that a list is compared without strlen(). */
struct sized {
	const char	*w;
	size_t		 n;
};
#define SIZED(s)	{ s, sizeof(s) - 1 }

static const struct sized particles[] = {
	SIZED("de"), SIZED("da"), SIZED("do"), SIZED("dos"), SIZED("das"),
	SIZED("del"), SIZED("della"), SIZED("di"), SIZED("du"), SIZED("van"),
	SIZED("von"), SIZED("der"), SIZED("den"), SIZED("ter"), SIZED("la"),
	SIZED("le"), SIZED("bin"), SIZED("binti"), SIZED("al"), SIZED("el"),
	SIZED("ibn"), SIZED("st"), { NULL, 0 }
};

/* Is the word a particle of a name?  Every particle has 2 to 5
 * letters and starts with one of a b d e i l s t v. */
static int
particle(const char *s, size_t n)
{
	size_t k;

	if (n < 2 || n > 5 || s[0] == '\0' ||
	    strchr("abdeilstv", ascii_lower((unsigned char)s[0])) == NULL)
		return 0;
	for (k = 0; particles[k].w != NULL; k++)
		if (particles[k].n == n && ascii_same(s, particles[k].w, n))
			return 1;
	return 0;
}

/* A staff or wire credit after an outlet's name ("Jerusalem Post
 * Staff", "Detroit News wire services"): the whole is the byline. */
static const struct sized credits[] = {
	SIZED("staff"), SIZED("staff reports"), SIZED("staff report"),
	SIZED("wire services"), SIZED("wire service"), SIZED("wire reports"),
	SIZED("news services"), SIZED("news service"), SIZED("news"),
	{ NULL, 0 }
};

/* The byte where a credit ends s[0..n), after capitalised words (an
 * outlet's name, not "Carrie Meathrell in News"); n when it does not
 * end in one. */
static size_t
credit_at(const char *s, size_t n)
{
	size_t j, k, cn, i = ascii_skip_blanks(s, n, 0);

	n = ascii_trim_end(s, n);
	for (k = 0; credits[k].w != NULL; k++) {
		cn = credits[k].n;
		if (n > i + cn + 1 && s[n - cn - 1] == ' ' &&
		    ascii_same(s + n - cn, credits[k].w, cn))
			break;
	}
	if (credits[k].w == NULL)
		return n;
	for (j = i; j < n - cn; j++)
		if ((j == i || s[j - 1] == ' ') && s[j] >= 'a' && s[j] <= 'z')
			return n;
	return n - cn;
}

/* The author words that open a byline, longest first. */
#define INTRO_MAX	12	/* bytes in the longest */
static const struct sized intros[] = {
	SIZED("posted by"), SIZED("written by"), SIZED("words by"),
	SIZED("story by"), SIZED("text by"), SIZED("reporting by"),
	SIZED("reported by"), SIZED("published by"), SIZED("by"),
	SIZED("von"), SIZED("por"), SIZED("par"), SIZED("oleh"), { NULL, 0 }
};

/* An author word at s[i] followed by a blank or ':': its length, or 0. */
static size_t
intro_at(const char *s, size_t len, size_t i)
{
	size_t k, n;
	int c;

	/* the first letters of the intros: p w s t r b v o */
	if (i >= len || strchr("pwstrbvoPWSTRBVO", s[i]) == NULL ||
	    s[i] == '\0')
		return 0;
	c = ascii_lower((unsigned char)s[i]);
	for (k = 0; intros[k].w != NULL; k++) {
		/* only the intros that start with the byte's letter */
		if (intros[k].w[0] != c)
			continue;
		n = intros[k].n;
		if (i + n < len && ascii_same(s + i, intros[k].w, n) &&
		    (s[i + n] == ' ' || s[i + n] == ':' ||
		    (unsigned char)s[i + n] == 0xC2)) {
			n = ascii_skip_blanks(s, len, i + n);
			if (n < len && s[n] == ':')
				n = ascii_skip_blanks(s, len, n + 1);
			return n - i;
		}
	}
	return 0;
}

/* Does a name stop at s[i]: a dash between blanks, a bar, a handle, a
 * digit, a bracket, a bullet? */
static int
stop_at(const char *s, size_t len, size_t i)
{
	unsigned char c = (unsigned char)s[i];

	if (ascii_isdigit(c) || c == '|' || c == '/' || c == '@' || c == '(' ||
	    c == '[' || c == ':' || c == '\t' || c == '<' || c == '#' ||
	    c == '"' || c == '!' || c == '?' || c == '=' || c == '+')
		return 1;
	if (c == '-' && i > 0 && s[i - 1] == ' ' && (i + 1 == len ||
	    s[i + 1] == ' '))
		return 1;
	/* – — • · between blanks or anywhere */
	if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x93 ||
	    (unsigned char)s[i + 2] == 0x94 ||
	    (unsigned char)s[i + 2] == 0xA2))
		return 1;
	if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xB7)
		return 1;
	return 0;
}

struct word {
	const char	*p;
	size_t		 n;
};

/*
 * Does a word end a name (a title, a weekday, a label, a lower-case
 * word)?  A month word does not: "Jan", "May", "June", "April" and
 * "August" are first names too, and a month word that starts a date
 * ("May 5", "June 2019") is cut off with the date by names_end().
 */
static int
ends_name(const struct word *w)
{
	unsigned char c = (unsigned char)w->p[0];

	if (particle(w->p, w->n))
		return 0;
	if (!(ascii_isupper(c) || c >= 0x80))
		return 1;
	return is_role(w->p, w->n) ||
	    (w->n >= 3 && weekday_from_word(w->p, w->n)) ||
	    meta_label_word(w->p, w->n);
}

/* Is w[k] a "y" or "e" inside a name, a surname after it ("de la Vega
 * y Ortiz": meta_byline_names() kept the part whole)? */
static int
joins_surnames(const struct word *w, size_t nw, size_t k)
{
	return k > 0 && k + 1 < nw && w[k].n == 1 &&
	    (w[k].p[0] == 'y' || w[k].p[0] == 'e') &&
	    (ascii_isupper((unsigned char)w[k + 1].p[0]) ||
	    (unsigned char)w[k + 1].p[0] >= 0x80);
}

/*
 * One comma-separated part: the name at its start into buf at *o (with
 * "; " before it when *o > 0).  Returns its kind: 3 an agency, 2 a
 * person, 1 a word after a person (an outlet, a credential), 0 none.
 */
static int
part_name(const char *s, size_t n, int explicit, int lone, int later,
    char *buf, size_t *o)
{
	struct word w[MAXWORDS + MAXPARTICLES + 1];
	size_t i = 0, nw = 0, nc = 0, k, start, end;
	int agency;

	n = ascii_trim_end(s, n);
	i = ascii_skip_blanks(s, n, 0);
	if (i == n)
		return 0;
	/* a staff or wire credit: kept whole, as an agency is */
	if (credit_at(s + i, n - i) < n - i) {
		if (*o > 0) {
			memcpy(buf + *o, "; ", 2);
			*o += 2;
		}
		memcpy(buf + *o, s + i, n - i);
		*o += n - i;
		return 3;
	}
	/* an agency, maybe with a title after it ("AP Auto Writer") */
	for (agency = 0, k = i; k <= n && !agency; k++)
		if (k == n || s[k] == ' ')
			agency = is_agency(s + i, k - i);
	while (i < n && nc <= MAXWORDS && nw <= MAXWORDS + MAXPARTICLES) {
		for (k = i; k < n && s[k] != ' ' &&
		    !((unsigned char)s[k] == 0xC2 && k + 1 < n &&
		    (unsigned char)s[k + 1] == 0xA0); k++)
			;
		w[nw].p = s + i;
		w[nw].n = k - i;
		/* strip a period or quote that ends it, keep initials' */
		while (w[nw].n > 1 && (w[nw].p[w[nw].n - 1] == ',' ||
		    w[nw].p[w[nw].n - 1] == '\''))
			w[nw].n--;
		nc += !particle(w[nw].p, w[nw].n) &&
		    !(w[nw].n == 1 && (w[nw].p[0] == 'y' || w[nw].p[0] == 'e'));
		nw++;
		i = ascii_skip_blanks(s, n, k);
	}
	if (nc > MAXWORDS || nw > MAXWORDS + MAXPARTICLES)
		return 0;
	for (k = 0; k < nw && (!ends_name(&w[k]) || joins_surnames(w, nw,
	    k)); k++)
		;
	if (k < nw && !agency) {
		/* "Staff Reports", "admin": a credit, after "By" only */
		if (k == 0 && explicit && lone && nw <= 3)
			k = nw;
		else
			nw = k;
	}
	while (nw > 0 && !ascii_isupper((unsigned char)w[nw - 1].p[0]) &&
	    particle(w[nw - 1].p, w[nw - 1].n))
		nw--;
	if (nw == 0 || (nw == 1 && !explicit && !agency))
		return 0;
	start = (size_t)(w[0].p - s);
	end = (size_t)(w[nw - 1].p - s) + w[nw - 1].n;
	if (*o > 0) {
		memcpy(buf + *o, "; ", 2);
		*o += 2;
	}
	memcpy(buf + *o, s + start, end - start);
	*o += end - start;
	/* one word after a person's name: an outlet or a credential
	 * ("Sandee LaMotte, CNN", "Rachael Link, MS, RD") */
	return agency ? 3 : later && nw == 1 ? 1 : nw >= 2 || explicit ? 2 : 0;
}

/*
 * A date's start when the digit at s[d] follows a month word ("May 5",
 * "Jan. 2019", "June, 2019"): the byte where that word starts, else d.
 */
static size_t
date_start(const char *s, size_t d)
{
	size_t e = d, b;

	while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == ','))
		e--;
	if (e > 0 && s[e - 1] == '.')
		e--;
	for (b = e; b > 0 && ascii_isalpha((unsigned char)s[b - 1]); b--)
		;
	if (e - b >= 3 && (b == 0 || s[b - 1] == ' ' || s[b - 1] == ',') &&
	    month_from_word(s + b, e - b))
		return b;
	return d;
}

/* The byte where the names end: a stop, or a month word before a digit. */
static size_t
names_end(const char *s, size_t len)
{
	size_t i, k;

	for (i = 0; i < len; i++) {
		if (stop_at(s, len, i))
			return ascii_isdigit((unsigned char)s[i]) ?
			    date_start(s, i) : i;
		/* "GarberFOXBusiness", "HiltzikBusiness": a second word
		 * glued on (not McDonald, DeArdo, LaMotte) */
		if (ascii_isupper((unsigned char)s[i]) && i >= 4 &&
		    s[i - 1] >= 'a' && s[i - 1] <= 'z') {
			for (k = i; k > 0 &&
			    ascii_isalpha((unsigned char)s[k - 1]); k--)
				;
			if (i - k >= 4)
				return i;
		}
	}
	return len;
}

/*
 * Is the part after a Spanish "y" or a Portuguese "e" at s[at] one
 * capitalised word, its particles aside, and no agency ("Juan Carlos de
 * la Vega y Ortiz", "Ana Souza e Silva")?  Then the word joins two
 * surnames of one name: two people have a given name each ("Ana López
 * y Pablo Ruiz").
 */
static int
lone_surname(const char *s, size_t len, size_t at)
{
	size_t i = ascii_skip_blanks(s, len, at), k, first = i, words = 0;

	if (i == len || !(ascii_isupper((unsigned char)s[i]) ||
	    (unsigned char)s[i] >= 0x80))
		return 0;
	while (i < len && s[i] != ',' && s[i] != ';' && s[i] != '&') {
		for (k = i; k < len && s[k] != ' ' && s[k] != ','; k++)
			;
		if (!particle(s + i, k - i) && ++words > 1)
			return 0;
		i = ascii_skip_blanks(s, len, k);
	}
	return words == 1 && !is_agency(s + first,
	    ascii_trim_end(s + first, i - first));
}

size_t
meta_byline_names(const char *s, size_t len, int explicit, char *buf)
{
	static const struct sized joins[] = { SIZED("and "), SIZED("und "),
	    SIZED("dan "), SIZED("et "), SIZED("y "), SIZED("e "), { NULL, 0 } };
	size_t i, j, k, o = 0, olast, cut, nparts = 0;
	int kind, want, persons = 0, agencies = 0;
	size_t keep[16], at[16], np = 0;

	len = names_end(s, len);
	i = 0;
	while (i < len && np < 16) {
		/* parts end at , ; & and "and" */
		for (j = i; j < len; j++) {
			if (s[j] == ',' || s[j] == ';' || s[j] == '&')
				break;
			if (j > i && s[j - 1] == ' ') {
				for (k = 0; joins[k].w != NULL; k++)
					if (len - j >= joins[k].n &&
					    ascii_same(s + j, joins[k].w,
					    joins[k].n))
						break;
				/* "de la Vega y Ortiz": one name */
				if (joins[k].w != NULL && !(joins[k].n == 2 &&
				    lone_surname(s, len, j + 2)))
					break;
			}
		}
		cut = j;
		olast = o;
		kind = part_name(s + i, cut - i, explicit, nparts == 0 &&
		    cut == len, nparts > 0, buf, &o);
		nparts++;
		at[np] = olast;
		keep[np] = (size_t)kind;
		np++;
		persons += kind == 2;
		agencies += kind == 3;
		if (cut == len)
			break;
		i = cut;
		if (s[i] == ',' || s[i] == ';' || s[i] == '&')
			i++;
		i = ascii_skip_blanks(s, len, i);
		for (k = 0; joins[k].w != NULL; k++)
			if (len - i >= joins[k].n && ascii_same(s + i,
			    joins[k].w, joins[k].n)) {
				i += joins[k].n;
				break;
			}
	}
	/* With a person named, drop agencies and outlets after them; with
	 * an agency and no person, the rest ("PTI, Washington"). */
	want = persons > 0 ? 2 : agencies > 0 ? 3 : 0;
	if (want > 0) {
		size_t w = 0, from, to;

		for (k = 0; k < np; k++) {
			from = at[k];
			to = k + 1 < np ? at[k + 1] : o;
			if (keep[k] != (size_t)want || from == to)
				continue;
			if (from > 0 && buf[from] == ';')
				from += 2;
			if (w > 0) {
				memmove(buf + w, "; ", 2);
				w += 2;
			}
			memmove(buf + w, buf + from, to - from);
			w += to - from;
		}
		o = w;
	}
	return o;
}

/* The length of the word (letters) at s[i]. */
static size_t
word_len(const char *s, size_t len, size_t i)
{
	size_t k;

	for (k = i; k < len && ascii_isalpha((unsigned char)s[k]); k++)
		;
	return k - i;
}

/* Skip bullets, dashes, bars and "[picture]" groups at s[i]. */
static size_t
skip_lead(const char *s, size_t len, size_t i)
{
	const char *q;

	for (;;) {
		i = ascii_skip_blanks(s, len, i);
		if (i < len && (s[i] == '-' || s[i] == '|' || s[i] == '*'))
			i++;
		else if (i + 2 < len && (unsigned char)s[i] == 0xE2 &&
		    (unsigned char)s[i + 1] <= 0x97)
			i += 3;		/* • – — □ */
		else if (i < len && s[i] == '[' &&
		    (q = memchr(s + i, ']', len - i)) != NULL)
			i = (size_t)(q - s) + 1;
		else
			return i;
	}
}

size_t
meta_byline(const char *s, size_t len, size_t date_at, char *buf)
{
	size_t i, k, n;

	if (len > 300)
		return 0;
	i = skip_lead(s, len, 0);
	if ((n = intro_at(s, len, i)) > 0)
		return meta_byline_names(s + i + n, len - i - n, 1, buf);
	/* "... 2019 by Lars Brandle", "/by jdadmin", "SongBy Eric Song" */
	for (k = i + 1; k + 3 < len; k++) {
		/* eight bytes without a b or B at once (ascii.h) */
		if (k + 8 <= len && ascii_eq8(ascii_word8(s + k) |
		    0x20 * ASCII_ONES, 'b') == 0) {
			k += 7;
			continue;
		}
		if (!((s[k] == 'b' || s[k] == 'B') &&
		    (s[k + 1] == 'y' || s[k + 1] == 'Y')))
			continue;
		if (!(s[k - 1] == ' ' || s[k - 1] == '/' || s[k - 1] == '|' ||
		    (s[k] == 'B' && s[k - 1] >= 'a' && s[k - 1] <= 'z')))
			continue;
		if (date_at >= len && s[k - 1] == ' ' &&
		    !meta_label_word(s + i, word_len(s, len, i)))
			continue;
		if ((n = intro_at(s, len, k)) > 0 && (n = meta_byline_names(
		    s + k + n, len - k - n, 1, buf)) > 0)
			return n;
	}
	/* "Chris Davies - Nov 19, 2019": a name before the date */
	if (date_at < len && date_at > i &&
	    (n = meta_byline_names(s + i, date_at - i, 0, buf)) > 0)
		return n;
	/* "November 19, 2019 / 10:07 AM / CBS News": a credit after the
	 * date, the last part behind a slash or bar between blanks */
	for (k = len; date_at < len && k > date_at + 2; k--)
		if ((s[k - 2] == '/' || s[k - 2] == '|') && s[k - 1] == ' ' &&
		    s[k - 3] == ' ')
			return meta_byline_names(s + k, len - k, 0, buf);
	return 0;
}

int
meta_byline_intro(const char *s, size_t len)
{
	size_t i, k;

	len = ascii_trim_end(s, len);
	i = skip_lead(s, len, 0);
	if (len > i && s[len - 1] == ':')
		len--;
	if (len - i > INTRO_MAX)
		return 0;
	for (k = 0; intros[k].w != NULL; k++)
		if (intros[k].n == len - i && ascii_same(s + i, intros[k].w,
		    len - i))
			return 1;
	return 0;
}

size_t
meta_name_line(const char *s, size_t len, char *buf)
{
	size_t i, k, cut, n, words;

	len = ascii_trim_end(s, len);
	i = skip_lead(s, len, 0);
	if (len - i > 80 || len == i)
		return 0;
	/* "By Jane Doe, Outlet" next to a dateline: a byline after all */
	if ((n = intro_at(s, len, i)) > 0)
		return meta_byline_names(s + i + n, len - i - n, 1, buf);
	for (cut = i; cut < len && s[cut] != '@'; cut++)
		;
	/* lower-case words may end it in a credit ("... wire services") */
	words = i + credit_at(s + i, cut - i);
	for (k = i; k < cut; k++) {
		if (ascii_isdigit((unsigned char)s[k]))
			return 0;
		if ((k == i || s[k - 1] == ' ') && k < words &&
		    !(ascii_isupper((unsigned char)s[k]) ||
		    (unsigned char)s[k] >= 0x80 || s[k] == '&') &&
		    !particle(s + k, word_len(s, len, k)) &&
		    !ascii_is(s + k, word_len(s, len, k), "and") &&
		    !is_role(s + k,
		    word_len(s, len, k)))
			return 0;
	}
	n = meta_byline_names(s + i, cut - i, 0, buf);
	return n > 0 && (memchr(buf, ' ', n) != NULL || is_agency(buf, n)) ?
	    n : 0;
}

size_t
meta_signature(const char *s, size_t len, char *buf)
{
	const char *c = memchr(s, ',', len);

	return c == NULL ? 0 : meta_name_line(s, (size_t)(c - s), buf);
}

size_t
meta_name_twice(const char *s, size_t len, char *buf)
{
	size_t half;

	len = ascii_trim_end(s, len);
	if (len < 7 || len > 161)
		return 0;
	half = len / 2;
	/* "Jane DoeJane Doe", "Jane Doe Jane Doe" */
	if ((len % 2 == 1 && s[half] != ' ') ||
	    memcmp(s, s + len - half, half) != 0)
		return 0;
	return meta_name_line(s, half, buf);
}

size_t
meta_unsigned_line(const char *s, size_t len, char *buf)
{
	size_t i;

	len = ascii_trim_end(s, len);
	i = skip_lead(s, len, 0);
	if (i == len || !in_list(&unsigned_list, s + i, len - i))
		return 0;
	memcpy(buf, s + i, len - i);
	return len - i;
}

size_t
meta_byline_site(const char *s, size_t date_at, const char *host,
    size_t hlen, char *buf)
{
	size_t i, k, end;

	if (hlen == 0)
		return 0;
	i = skip_lead(s, date_at, 0);
	end = ascii_trim_end(s, date_at);
	/* a separator between the name and the date (the lead skipped may
	 * reach past the trimmed end: "- " right before the date) */
	while (end > i && (s[end - 1] == '|' || s[end - 1] == '-' ||
	    s[end - 1] == ',' || s[end - 1] == ' '))
		end--;
	if (end <= i || !ascii_isupper((unsigned char)s[i]))
		return 0;
	for (k = i; k < end; k++)
		if (!ascii_isalpha((unsigned char)s[k]) && s[k] != ' ' &&
		    s[k] != '.')
			return 0;
	if (!meta_names_host(s + i, end - i, host, hlen))
		return 0;
	memcpy(buf, s + i, end - i);
	return end - i;
}

size_t
meta_byline_unsite(char *buf, size_t n, const char *host, size_t hlen)
{
	size_t i, j, e, o = 0, w[MAXWORDS + MAXPARTICLES + 2], nw, t;

	if (hlen == 0)
		return n;
	for (i = 0; i < n; i = e + 2) {
		/* one author: buf[i..e) */
		for (e = i; e < n && buf[e] != ';'; e++)
			;
		for (nw = 0, j = i; j < e && nw < sizeof(w) / sizeof(w[0]);
		    j++)
			if (j == i || buf[j - 1] == ' ')
				w[nw++] = j;
		/* the longest outlet that leaves a first and a last name */
		for (t = 2; t < nw; t++)
			if (meta_names_host(buf + w[t], e - w[t], host, hlen))
				break;
		j = t < nw ? ascii_trim_end(buf, w[t]) : e;
		if (o > 0) {
			memmove(buf + o, "; ", 2);
			o += 2;
		}
		memmove(buf + o, buf + i, j - i);
		o += j - i;
		if (e >= n)
			break;
	}
	return o;
}
