/*
 * unit/strip-boilerplate -- the engine (sb.h) on small documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../filters/strip-boilerplate/sb-int.h"
#include "unit.h"

#define MAXL 128

static struct sb_line lines[MAXL];
static size_t nlines;

/* Split doc at LF into lines and judge them. */
static void
judge(struct sb *sb, const char *doc)
{
	const char *p = doc, *nl;

	nlines = 0;
	while (*p != '\0' && nlines < MAXL) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		lines[nlines].text = p;
		lines[nlines].len = (size_t)(nl - p);
		nlines++;
		p = *nl ? nl + 1 : nl;
	}
	sb_judge(sb, lines, nlines);
}

/* The verdict on the first line whose text starts with s: 1, 0, -1 absent. */
static int
kept(const char *s)
{
	size_t i, n = strlen(s);

	for (i = 0; i < nlines; i++)
		if (lines[i].len >= n && memcmp(lines[i].text, s, n) == 0)
			return lines[i].keep;
	return -1;
}

static const char *
why(const char *s)
{
	size_t i, n = strlen(s);

	for (i = 0; i < nlines; i++)
		if (lines[i].len >= n && memcmp(lines[i].text, s, n) == 0)
			return lines[i].reason;
	return "";
}

static const char body[] =
    "The council voted on Tuesday to extend the night bus service to the "
    "eastern districts, after a year of complaints from shift workers who "
    "said they had no way of getting home.\n"
    "\n"
    "The new routes will start in January and cost about 2 million a year, "
    "which the council said it would pay for by trimming its own travel "
    "budget and by raising parking fees in the centre.\n";

static const char sample[] =
    "Source: Valley Courier\n"
    "https://www.valleycourier.example/news/2024/10/03/night-buses\n"
    "Home | News | Sport | Business | Opinion\n"
    "News > Local > Transport\n"
    "\n"
    "Night buses to reach eastern districts from January\n"
    "\n"
    "  \xe2\x80\xa2 The council approved three new routes on Tuesday.\n"
    "  \xe2\x80\xa2 Parking fees in the centre will rise to pay for them.\n"
    "\n"
    "By Tom Hughes\n"
    "Thu 3 Oct 2024 17.05 BST\n"
    "Share\n"
    "[night-bus.jpg]\n"
    "A night bus waits at the depot on Green Lane before its first run of "
    "the evening. Photo: AP\n"
    "\n"
    "The council voted on Tuesday to extend the night bus service to the "
    "eastern districts, after a year of complaints from shift workers who "
    "said they had no way of getting home.\n"
    "\n"
    "WHO WILL PAY\n"
    "\n"
    "The new routes will start in January and cost about 2 million a year, "
    "which the council said it would pay for by trimming its own travel "
    "budget and by raising parking fees in the centre.\n"
    "\n"
    "Most read\n"
    "Mayor opens the new library on Station Road\n"
    "Five things to do this weekend\n"
    "\n"
    "Sign up for our daily newsletter\n"
    "Copyright 2024 Valley Courier. All rights reserved.\n"
    "3 Comments\n"
    "I have been waiting for this bus for years and I am glad the council "
    "finally listened to the people who work nights.\n";

/* How many lines the engine marked as the headline. */
static int
headlines(void)
{
	size_t i;
	int h = 0;

	for (i = 0; i < nlines; i++)
		h += lines[i].headline;
	return h;
}

/* The body that the headline tests put under their headline. */
#define FERRY_BODY \
    "Harbour ferry fares will rise by ten per cent in December, the " \
    "operator said on Thursday, blaming fuel costs that have climbed for " \
    "a third year in a row.\n" \
    "\n" \
    "The operator said fuel now made up a third of its running costs and " \
    "that it had no choice but to pass some of the rise on to the people " \
    "who ride its boats every day.\n" \
    "\n" \
    "Passenger groups said the fares had risen faster than wages and asked " \
    "the government to look again at the subsidy it pays for the routes.\n"

/* Teasers under the article: many short Title Case lines. */
#define TEASERS \
    "\n" \
    "Most read\n" \
    "Mayor Opens New Library On Station Road\n" \
    "Five Things To Do This Weekend\n" \
    "Harbour Tunnel Tolls To Change In Spring\n" \
    "Night Market Returns To The Waterfront\n" \
    "Local Team Wins Cup After Penalties\n"

/* The trace's value of feature tfeat for each candidate line, else -1. */
static double traced[MAXL];
static size_t tfeat;

static void
trace_feature(void *arg, size_t line, const double *feat)
{
	(void)arg;
	if (line < MAXL)
		traced[line] = feat[tfeat];
}

/* Judge doc with the trace on, recording feature name; 0 if none such. */
static int
judge_traced(struct sb *sb, const char *doc, const char *name)
{
	const char *const *names;
	size_t i, n;

	names = sb_feature_names(&n);
	for (tfeat = 0; tfeat < n && strcmp(names[tfeat], name) != 0; tfeat++)
		;
	if (tfeat == n)
		return 0;
	for (i = 0; i < MAXL; i++)
		traced[i] = -1;
	sb_set_trace(sb, trace_feature, NULL);
	judge(sb, doc);
	sb_set_trace(sb, NULL, NULL);
	return 1;
}

/*
 * The tokenizer (sb_scan()): plain words (ASCII letters, no capital but
 * the first, a blank after them) take a short way of their own; every
 * other token the long one.  Both must tally a line alike.
 */
struct scanned {
	struct tally	 ta;
	char		 key[256];
	size_t		 klen, ntok;
	unsigned	 nstops, ndates;
	unsigned char	 tkind[MAXTOK + 1];
};

static void
scan(struct sb *sb, const char *s, struct scanned *out)
{
	memset(out, 0, sizeof(*out));
	out->klen = sb_scan(sb, s, strlen(s), &out->ta);
	memcpy(out->key, sb->key, out->klen < 255 ? out->klen : 255);
	out->ntok = sb->ntok;
	out->nstops = sb->nstops;
	out->ndates = sb->ndates;
	memcpy(out->tkind, sb->tkind, sb->ntok <= MAXTOK ? sb->ntok : MAXTOK);
}

static int
same_scan(const struct scanned *a, const struct scanned *b)
{
	return memcmp(&a->ta, &b->ta, sizeof(a->ta)) == 0 &&
	    a->klen == b->klen && strcmp(a->key, b->key) == 0 &&
	    a->ntok == b->ntok && a->nstops == b->nstops &&
	    a->ndates == b->ndates &&
	    memcmp(a->tkind, b->tkind, sizeof(a->tkind)) == 0;
}

static void
check_tokenizer(struct sb *sb)
{
	struct scanned a, b;

	/*
	 * Plain words end at an ASCII blank; ended by a blank beyond ASCII
	 * (no-break space, ideographic space, zero-width space) the same
	 * words take the long way, and count the same.
	 */
	scan(sb, "The Mayor opened a new library on Station Road in May", &a);
	CHECK(a.ta.words == 11 && a.ta.capwords == 5 && a.ta.upper == 5);
	CHECK(a.ta.letters == 43 && a.ta.lower == 38 && a.ta.outside == 43);
	CHECK(a.ta.chars == 53 && a.ta.last == 'y' && a.nstops >= 4);
	CHECK_STR(a.key, "the mayor opened a new library on station road in may");
	scan(sb, "The\xc2\xa0Mayor\xc2\xa0opened a\xe3\x80\x80new library on"
	    "\xe2\x80\x8bStation Road\tin May", &b);
	CHECK(same_scan(&a, &b));
	scan(sb, "The Mayor opened a new library on Station Road in May\xc2\xa0",
	    &b);
	CHECK(same_scan(&a, &b));

	/*
	 * A comma, a full stop, a colon, a semicolon, '!' or '?' after a
	 * plain word only separates, and ends the line as its last
	 * character; "www." is an address all the same.
	 */
	scan(sb, "Police said, in May. Then: calm; rain! Why?", &a);
	CHECK(a.ta.words == 8 && a.ta.chars == 43 && a.ta.last == '?');
	CHECK_STR(a.key, "police said in may then calm rain why");
	scan(sb, "Police said,\xc2\xa0" "in May.\xc2\xa0" "Then:\xc2\xa0"
	    "calm;\xc2\xa0" "rain!\xc2\xa0" "Why?\xc2\xa0", &b);
	CHECK(same_scan(&a, &b));
	scan(sb, "visit www. today", &a);
	CHECK(a.ta.urls == 1 && a.ta.words == 3);
	scan(sb, "visit wwww. today", &a);
	CHECK(a.ta.urls == 0 && a.ta.words == 3);

	/* Letters inside brackets are not outside them, plain or not. */
	scan(sb, "[a photo of the harbour] The ferry", &a);
	CHECK(a.ta.letters == 26 && a.ta.outside == 8 && a.ta.brackets == 1);
	CHECK(a.ta.words == 7 && a.ta.capwords == 1 && a.ta.depth == 0);

	/*
	 * A word longer than the 16 bytes the short way reads at once, and
	 * words within 16 bytes of the line's end: the key and the
	 * stopwords are the same.
	 */
	scan(sb, "the internationalisation of", &a);
	CHECK_STR(a.key, "the internationalisation of");
	CHECK(a.ntok == 3 && a.nstops == 2);
	CHECK(a.tkind[0] & W_STOP && !(a.tkind[1] & W_STOP) &&
	    a.tkind[2] & W_STOP);
	scan(sb, "of", &a);
	CHECK(a.ntok == 1 && a.nstops == 1 && a.ta.chars == 2);

	/* Not plain words: capitals inside, digits, punctuation. */
	scan(sb, "BBC iPhone 42 said: done.", &a);
	CHECK_STR(a.key, "bbc iphone # said done");
	CHECK(a.ta.words == 5 && a.ta.capwords == 1 && a.ta.numtok == 1);
	CHECK(a.ta.upper == 4 && a.ta.last == '.');
}

/*
 * Lines of four words or more printed again (blanks before them aside)
 * are marked F_DUP, and every copy after the first in the document's
 * order F_AGAIN, however the copies interleave; shorter lines are not.
 */
static void
check_repeats(struct sb *sb)
{
	judge(sb, "Five Things To Do This Weekend\n"
	    "The harbour ferry runs again today\n"
	    "Five Things To Do This Weekend\n"
	    "A line of its own and no other\n"
	    "  Five Things To Do This Weekend\n"
	    "The harbour ferry runs again today\n"
	    "Sign in\n"
	    "Sign in\n");
	CHECK(nlines == 8);
	CHECK(lines[0].flags & F_DUP && !(lines[0].flags & F_AGAIN));
	CHECK(lines[1].flags & F_DUP && !(lines[1].flags & F_AGAIN));
	CHECK(lines[2].flags & F_DUP && lines[2].flags & F_AGAIN);
	CHECK(!(lines[3].flags & (F_DUP | F_AGAIN)));
	CHECK(lines[4].flags & F_DUP && lines[4].flags & F_AGAIN);
	CHECK(lines[5].flags & F_DUP && lines[5].flags & F_AGAIN);
	CHECK(!(lines[6].flags & (F_DUP | F_AGAIN)));
	CHECK(!(lines[7].flags & (F_DUP | F_AGAIN)));
}

/*
 * The short-word table: every word in it is found by wget() (in its
 * first slot or, when that slot says so, its second), with its kinds;
 * words not in it are not.
 */
static void
check_wordtable(struct sb *sb)
{
	uint64_t w[2];
	size_t i, words = 0, found = 0;

	for (i = 0; i < WTAB; i++)
		if (sb->wtab[i].kind != 0) {
			words++;
			found += wget(sb, sb->wtab[i].w) == sb->wtab[i].kind;
		}
	CHECK(words > 500 && found == words);
	wwords("the", 3, w);
	CHECK(wget(sb, w) & W_STOP);
	wwords("monday", 6, w);
	CHECK(wget(sb, w) & W_DATE);
	wwords("harbourmaster", 13, w);
	CHECK(wget(sb, w) == 0);
}

int
main(void)
{
	struct sb *sb, *meta;
	size_t i;
	int ok;

	sb = sb_new(0);
	meta = sb_new(1);

	check_tokenizer(sb);
	check_repeats(sb);
	check_wordtable(sb);

	/* The sample-article shape. */
	judge(sb, sample);
	CHECK(kept("Source:") == 0);
	CHECK(kept("https://") == 0);
	CHECK(kept("Home | News") == 0);
	CHECK(kept("News > Local") == 0);
	CHECK(kept("Night buses to reach") == 1);
	CHECK(kept("  \xe2\x80\xa2 The council approved") == 1);
	CHECK(kept("  \xe2\x80\xa2 Parking fees") == 1);
	CHECK(kept("By Tom Hughes") == 0);
	CHECK_STR(why("By Tom Hughes"), "byline");
	CHECK(kept("Thu 3 Oct") == 0);
	CHECK_STR(why("Thu 3 Oct"), "dateline");
	CHECK(kept("Share") == 0);
	CHECK(kept("[night-bus.jpg]") == 0);
	CHECK(kept("A night bus waits") == 1);
	CHECK(kept("The council voted") == 1);
	CHECK(kept("WHO WILL PAY") == 1);
	CHECK(kept("The new routes") == 1);
	CHECK(kept("Most read") == 0);
	CHECK(kept("Mayor opens") == 0);
	CHECK(kept("Five things") == 0);
	CHECK(kept("Sign up for") == 0);
	CHECK(kept("Copyright") == 0);
	CHECK(kept("3 Comments") == 0);
	CHECK(kept("I have been waiting") == 0);
	ok = 1;
	for (i = 0; i < nlines; i++)
		if (lines[i].reason == NULL)
			ok = 0;
	CHECK(ok);

	/* --keep-meta keeps the byline and the dateline. */
	judge(meta, sample);
	CHECK(kept("By Tom Hughes") == 1);
	CHECK(kept("Thu 3 Oct") == 1);
	CHECK(kept("Share") == 0);

	/* A short line between two paragraphs is text. */
	judge(sb, "The council voted on Tuesday to extend the night bus service "
	    "to the eastern districts, after a year of complaints from shift "
	    "workers who said they had no way of getting home.\n"
	    "It was close.\n"
	    "The new routes will start in January and cost about 2 million a "
	    "year, which the council said it would pay for by trimming its own "
	    "travel budget.\n");
	CHECK(kept("It was close.") == 1);

	/* Blank lines are dropped, the paragraphs kept. */
	judge(sb, body);
	CHECK(nlines == 3);
	CHECK(lines[0].keep == 1 && lines[1].keep == 0 && lines[2].keep == 1);
	CHECK_STR(lines[1].reason, "blank");

	/* An empty document. */
	sb_judge(sb, lines, 0);
	CHECK(1);

	/* Only furniture: nothing kept. */
	judge(sb, "Home | World | Sport\nSubscribe\nSign in\n\xc2\xa9 2024 X\n");
	CHECK(kept("Home") == 0 && kept("Subscribe") == 0 && kept("Sign in") == 0);

	/* A language without spaces is judged by its form. */
	judge(sb, "\xe3\x83\x9b\xe3\x83\xbc\xe3\x83\xa0\n"
	    "\xe6\x98\xa8\xe6\x97\xa5\xe3\x80\x81\xe5\xb8\x82\xe8\xad\xb0\xe4\xbc"
	    "\x9a\xe3\x81\xaf\xe5\xa4\x9c\xe9\x96\x93\xe3\x83\x90\xe3\x82\xb9\xe3"
	    "\x81\xae\xe8\xb7\xaf\xe7\xb7\x9a\xe3\x82\x92\xe6\x9d\xb1\xe9\x83\xa8"
	    "\xe3\x81\xbe\xe3\x81\xa7\xe5\xbb\xb6\xe9\x95\xb7\xe3\x81\x99\xe3\x82"
	    "\x8b\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92\xe6\xb1\xba\xe3\x82\x81\xe3"
	    "\x81\x9f\xe3\x80\x82\xe6\x96\xb0\xe3\x81\x97\xe3\x81\x84\xe8\xb7\xaf"
	    "\xe7\xb7\x9a\xe3\x81\xaf\xe4\xb8\x80\xe6\x9c\x88\xe3\x81\xab\xe5\xa7"
	    "\x8b\xe3\x81\xbe\xe3\x82\x8a\xe3\x80\x81\xe5\xb9\xb4\xe9\x96\x93\xe3"
	    "\x81\x8a\xe3\x82\x88\xe3\x81\x9d\xe4\xba\x8c\xe7\x99\xbe\xe4\xb8\x87"
	    "\xe3\x81\xae\xe8\xb2\xbb\xe7\x94\xa8\xe3\x81\x8c\xe3\x81\x8b\xe3\x81"
	    "\x8b\xe3\x82\x8b\xe8\xa6\x8b\xe9\x80\x9a\xe3\x81\x97\xe3\x81\xa0\xe3"
	    "\x80\x82\xe5\xb8\x82\xe3\x81\xaf\xe9\xa7\x90\xe8\xbb\x8a\xe6\x96\x99"
	    "\xe9\x87\x91\xe3\x82\x92\xe4\xb8\x8a\xe3\x81\x92\xe3\x81\xa6\xe8\xb2"
	    "\xbb\xe7\x94\xa8\xe3\x82\x92\xe8\xb3\x84\xe3\x81\x86\xe3\x81\xa8\xe3"
	    "\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x80\x82\n");
	CHECK(nlines == 2 && lines[1].keep == 1);

	/* Invalid UTF-8 and NUL bytes are judged, not tripped over. */
	{
		static const char bad[] = "The council voted \xff\xfe on Tuesday "
		    "to extend the night \0 bus service to the eastern districts, "
		    "after a year of complaints from shift workers who said they "
		    "had no way of getting home at night.";
		lines[0].text = bad;
		lines[0].len = sizeof(bad) - 1;
		sb_judge(sb, lines, 1);
		CHECK(lines[0].keep == 1);
	}

	/* A comment thread of "name says:" lines ends the article. */
	judge(sb, "The council voted on Tuesday to extend the night bus service "
	    "to the eastern districts, after a year of complaints from shift "
	    "workers who said they had no way of getting home.\n"
	    "The new routes will start in January and cost about 2 million a "
	    "year, which the council said it would pay for by trimming its own "
	    "travel budget and by raising parking fees in the centre of town.\n"
	    "Drivers' representatives said they welcomed the extra shifts but "
	    "wanted the council to guarantee that the new posts would be "
	    "permanent rather than seasonal.\n"
	    "1. busfan says:\n"
	    "    About time too, the last bus leaves far too early for anyone on "
	    "a late shift to catch it home.\n"
	    "2. nightowl says:\n"
	    "    I agree with this and I hope they keep the routes running all "
	    "through the winter months.\n");
	CHECK(kept("The new routes") == 1);
	CHECK(kept("1. busfan") == 0);
	CHECK(kept("    About time") == 0);

	/* A short line with more than 64 key tokens (hyphens split them). */
	judge(sb, "a-b-c-d e-f-g-h i-j-k-l m-n-o-p q-r-s-t u-v-w-x y-z-a-b "
	    "c-d-e-f g-h-i-j k-l-m-n o-p-q-r s-t-u-v w-x-y-z a-b-c-d e-f-g-h "
	    "i-j-k-l m-n-o-p q-r-s-t u-v-w-x y-z-a-b all-rights-reserved\n");
	CHECK(nlines == 1 && lines[0].keep == 0 && lines[0].reason != NULL);

	/* Numbers in the phrase lists: "12 Comments", "3 min read". */
	judge(sb, "12 Comments\n3 min read\n");
	CHECK_STR(why("12 Comments"), "comments");
	CHECK_STR(why("3 min read"), "boilerplate phrase");

	/*
	 * List words longer than the short-word table holds (16 bytes):
	 * "Комментарии" is 22.  They must still start a heading.
	 */
	judge(sb, "\xd0\x9a\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb5\xd0\xbd"
	    "\xd1\x82\xd0\xb0\xd1\x80\xd0\xb8\xd0\xb8\n");
	CHECK_STR(why("\xd0\x9a"), "comments");

	/* A phrase in the middle of a short line, in any case, after a number. */
	judge(sb, "Read 3 articles free then Sign Up For Our plan today\n");
	CHECK_STR(why("Read 3"), "boilerplate phrase");
	judge(sb, "Read 3 articles free then sign up for a plan today\n");
	CHECK(strcmp(why("Read 3"), "boilerplate phrase") != 0);

	/*
	 * Headlines: kept whatever the furniture rules say of a short line
	 * with no full stop, and said to be the headline; one per document.
	 */
	/* Title Case, right below the navigation, above the byline. */
	judge(sb, "Home | News | Sport | Business\n"
	    "Subscribe\n"
	    "Sign in\n"
	    "\n"
	    "Ferry Fares To Rise Again As Fuel Costs Climb\n"
	    "By Ann Lee\n"
	    "\n"
	    FERRY_BODY TEASERS);
	CHECK(kept("Ferry Fares To Rise") == 1);
	CHECK_STR(why("Ferry Fares To Rise"), "headline");
	CHECK(headlines() == 1);
	CHECK(kept("Mayor Opens") == 0 && kept("Night Market") == 0);

	/* Sentence case with a "Label:" prefix, a dateline under it. */
	judge(sb, "Sign in   Subscribe\n"
	    "\n"
	    "Ferry operator: fares must rise to cover fuel\n"
	    "Thu 3 Oct 2024 17.05 BST\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Ferry operator: fares") == 1);
	CHECK_STR(why("Ferry operator: fares"), "headline");
	CHECK(headlines() == 1);

	/* Between "Sign in  Subscribe" and the standfirst (Guardian-like). */
	judge(sb, "Sign in   Subscribe\n"
	    "News   Opinion   Sport   Culture\n"
	    "\n"
	    "Harbour ferry fares to rise by a tenth\n"
	    "\n"
	    "The operator blames fuel costs, and passenger groups ask for a "
	    "bigger subsidy.\n"
	    "\n"
	    "Ann Lee Transport correspondent\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Harbour ferry fares to rise") == 1);
	CHECK_STR(why("Harbour ferry fares to rise"), "headline");
	CHECK(kept("The operator blames") == 1);
	CHECK(headlines() == 1);

	/*
	 * A good line of twelve words or more above the text -- a picture's
	 * caption, a long standfirst -- between the headline and the byline
	 * is not the article's; the headline stays.
	 */
	judge(sb, "Valley Courier\n"
	    "Night buses to reach eastern districts from January\n"
	    "\n"
	    "A night bus waits at the depot on the eastern side of the city "
	    "before its first run of the evening, as the council votes on new "
	    "routes.\n"
	    "\n"
	    "By Tom Hughes\n"
	    "Thu 3 Oct 2024 17.05 BST\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Night buses to reach") == 1);
	CHECK(kept("A night bus waits") == 0);
	CHECK_STR(why("A night bus waits"), "above the text");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	/* ... and so above the lead, cut from the text by furniture */
	judge(sb, "A night bus waits at the depot on the eastern side of the city "
	    "before its first run of the evening, as the council votes on new "
	    "routes.\n"
	    "Share on Facebook\nShare on Twitter\nEmail\nPrint\n"
	    "Night buses to reach eastern districts from January\n"
	    "By Tom Hughes\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("A night bus waits") == 0);
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	/* ... but a first paragraph that the page prints again below stays */
	judge(sb, "Night buses to reach eastern districts from January\n"
	    "\n"
	    "Harbour ferry fares will rise by ten per cent in December, the "
	    "operator said on Thursday, blaming fuel costs that have climbed for "
	    "a third year in a row.\n"
	    "\n"
	    "By Tom Hughes\n"
	    "Thu 3 Oct 2024 17.05 BST\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Harbour ferry fares") == 1);
	CHECK(strcmp(why("Harbour ferry fares"), "above the text") != 0);
	CHECK(kept("Passenger groups") == 1);

	/* Share buttons that the lead took, above the headline, go. */
	judge(sb, "Print this article   Email this article\n"
	    "\n"
	    "Ferry Fares To Rise Again As Fuel Costs Climb\n"
	    "\n"
	    FERRY_BODY);
	CHECK_STR(why("Ferry Fares To Rise"), "headline");
	CHECK(kept("Print this article") == 0);

	/*
	 * The headline block: a title and the deck under it are both kept,
	 * one of them as the headline, whichever the finder chose; a line
	 * of furniture next to the headline is not.
	 */
	judge(sb, "Home | News | Sport | Business\n"
	    "Subscribe\n"
	    "\n"
	    "Fuel bill sinks ferries\n"
	    "\n"
	    "Operator says harbour fares will rise a tenth as costs climb\n"
	    "\n"
	    "By Ann Lee\n"
	    "\n"
	    FERRY_BODY TEASERS);
	CHECK(kept("Fuel bill sinks ferries") == 1);
	CHECK(kept("Operator says harbour fares") == 1);
	CHECK(headlines() == 1);
	CHECK(strcmp(why("Fuel bill sinks"), "headline") == 0 ||
	    strcmp(why("Operator says harbour"), "headline") == 0);
	judge(sb, "Home | News | Sport | Business\n"
	    "Sign in   Subscribe\n"
	    "\n"
	    "Ferry Fares To Rise Again As Fuel Costs Climb\n"
	    "Passenger groups say the subsidy must grow\n"
	    "\n"
	    "Share on Facebook   Share on Twitter\n"
	    "\n"
	    FERRY_BODY);
	CHECK_STR(why("Ferry Fares To Rise"), "headline");
	CHECK_STR(why("Passenger groups say"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Email this article   Print this article\n"
	    "Ferry Fares To Rise Again As Fuel Costs Climb\n"
	    "Text size: A A A\n"
	    "\n"
	    FERRY_BODY);
	CHECK_STR(why("Ferry Fares To Rise"), "headline");
	CHECK(kept("Email this article") == 0 && kept("Text size") == 0);

	/*
	 * Lines that stand next to titles on many pages and are never one,
	 * however many of the body's words they hold: a page field ("Tags:
	 * ...", "Caption: ..."), a line that ends in a photo credit, HTML
	 * code, a line that holds a link ("://": a logo's line that gives
	 * the article's own URL, its path full of the story's words).  The
	 * title is found past them, even a short one.
	 */
	{
		static const char *const furniture[] = {
			"Tags: Harbour Ferry Fares, Fuel Costs, Operator",
			"Caption: Harbour ferry fares will rise as fuel costs climb",
			"Harbour ferry fares to rise as fuel costs climb / Reuters",
			"Ferry fares rise with fuel costs (Photo by AFP)",
			"<p>Harbour ferry fares will rise as fuel costs climb</p>",
		};
		char doc[2048];
		size_t k;

		for (k = 0; k < sizeof(furniture) / sizeof(furniture[0]); k++) {
			snprintf(doc, sizeof(doc), "Fare rise ahead\n%s\n\n%s",
			    furniture[k], FERRY_BODY);
			judge(sb, doc);
			CHECK_STR(why("Fare rise ahead"), "headline");
			CHECK(headlines() == 1);
		}
	}

	/*
	 * Class "page furniture by its shape": a breadcrumb (two ">" or
	 * more, whatever phrase opens it), a navigation run (capitalised
	 * words, no stopword, one of them twice) and a section's name of
	 * one word are scored but never chosen, however many of the
	 * body's words they hold; the title past them is the headline.
	 * A title stated twice on its line is no navigation run.
	 */
	judge(sb, "You are here: > Home > News > Harbour ferry fares to rise\n\n"
	    "Print\n\nFerry operators feel the pinch\n\nBy Ann Lee\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Ferry operators feel"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "You are here: \xc2\xbb News \xc2\xbb Harbour ferry fares\n\n"
	    "Print\n\nFerry operators feel the pinch\n\nBy Ann Lee\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Ferry operators feel"), "headline");
	judge(sb, "Main Harbour News Ferry Fares Main Sport Travel\n\n"
	    "Share\n\nOperators feel the pinch\n\n" FERRY_BODY);
	CHECK_STR(why("Operators feel the pinch"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Arts\n[nav_div]\nFares\n[nav_div]\nSport\n\n"
	    "A sea of troubles\n\n" FERRY_BODY);
	CHECK_STR(why("A sea of troubles"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nHarbour Ferry Fares Harbour Ferry "
	    "Fares\n\n" FERRY_BODY);
	CHECK_STR(why("Harbour Ferry Fares Harbour"), "headline");
	/* and a dateline's place given as a field ("Location: PLACE, ...")
	 * is never the headline, however many of the body's words it holds */
	judge(sb, "Home\n\nSea change\n\n"
	    "Location: HARBOUR, Valley Harbour Ferry Fares\n\n" FERRY_BODY);
	CHECK(strcmp(why("Location: HARBOUR"), "headline") != 0);
	CHECK(headlines() <= 1);

	/*
	 * Class "the title bar's title": a part of three words or more of
	 * the page's title bar (its first lines, "<Site> | <host> |
	 * <Title>" or "<Title> | <Site>"), alone on a line above the text,
	 * is the headline, over a deck nearer the text and however far
	 * above the text it stands (past a list of teasers).
	 */
	judge(sb, "Ferry operators feel the pinch | Valley Courier\n\nHome\n\n"
	    "Ferry operators feel the pinch\n\nMore Harbour Wire\n\n"
	    "Harbour ferry fares to rise as fuel costs climb, operator says"
	    "\n\n" FERRY_BODY);
	CHECK(lines[4].headline == 1);
	CHECK(headlines() == 1);
	{
		char doc[4096];
		size_t k, o;

		o = (size_t)snprintf(doc, sizeof(doc), "Valley Courier | "
		    "valleycourier.example | Ferry operators feel the pinch\n\n"
		    "Home\n\nFerry operators feel the pinch\nStory Tools\n\n"
		    "More Harbour Wire\n");
		for (k = 0; k < 40; k++)
			o += (size_t)snprintf(doc + o, sizeof(doc) - o,
			    "  \xe2\x80\xa2 Mayor opens new library %zu\n", k);
		snprintf(doc + o, sizeof(doc) - o, "\n%s", FERRY_BODY);
		judge(sb, doc);
		CHECK(lines[4].headline == 1);
		CHECK(headlines() == 1);
	}

	judge(sb, "Home | News | Sport\n\n"
	    "Print header logo https://www.harbour.example/news/article/"
	    "Harbour-ferry-fares-will-rise-by-ten-per-cent-14848175.php\n\n"
	    "Fare rise ahead\n\n" FERRY_BODY);
	CHECK_STR(why("Fare rise ahead"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "a kicker over the title": a series' or section's name
	 * above the title that opens with it is the headline block, the
	 * title the headline, whichever the model scored higher.
	 */
	judge(sb, "Home | News | Sport\n\nHarbour ferry fares\n\n"
	    "Harbour ferry fares 3 / a guide to October\n\nBy Ann Lee\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Harbour ferry fares 3"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nFuel costs\n\n"
	    "Fuel costs 2 / what changes in winter\n\nBy Ann Lee\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Fuel costs 2"), "headline");
	/* (the first line that opens so: the kicker) */
	CHECK_STR(why("Fuel costs"), "headline block");
	CHECK(headlines() == 1);

	/*
	 * Class "a line of the title's block that reads unlike a title":
	 * when the model chose a deck of two sentences or a sentence-case
	 * line with two commas, and the line next to it in the block is a
	 * title -- shorter, no full stop, sharing the body's words -- the
	 * title is the headline and the deck its block.  A title that is a
	 * title-case list ("A, B, C") stays the headline.
	 */
	judge(sb, "Home | News | Sport\n\nFuel bill sinks ferry budgets\n\n"
	    "Harbour ferry fares to rise ten per cent in December. "
	    "Operator blames fuel costs\n\n" FERRY_BODY);
	CHECK_STR(why("Fuel bill sinks"), "headline");
	CHECK_STR(why("Harbour ferry fares to rise"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nFuel bill sinks ferry budgets\n\n"
	    "Harbour ferry fares 10, fuel costs 3, wages 2\n\n" FERRY_BODY);
	CHECK_STR(why("Fuel bill sinks"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nHarbour Ferry Fares Rise Ten Per "
	    "Cent, Fuel Costs Climb, Operator Says\n\n"
	    "The operator blames fuel costs\n\n" FERRY_BODY);
	CHECK_STR(why("Harbour Ferry Fares Rise"), "headline");
	CHECK_STR(why("The operator blames"), "headline block");
	CHECK(headlines() == 1);

	/*
	 * The same class, a title of few shared words (a pun: a quarter of
	 * the deck's share is enough), and a caption under a picture's
	 * credit, the title above the credit.
	 */
	judge(sb, "Home | News | Sport\n\nSea change for fares\n\n"
	    "Harbour ferry fares will rise by ten per cent in December. "
	    "Operator blames fuel costs\n\n" FERRY_BODY);
	CHECK_STR(why("Sea change"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nFerry fares to climb again\n\n"
	    "[ferry]\n\nJohn Smith/Reuters\n\nA harbour ferry leaves the "
	    "quay on Thursday. Operator blames fuel costs\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry fares to climb"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "a stacked headline, the deck chosen": the finder chose the
	 * deck, which shares more of the story's words, and the line above
	 * it is a title -- shorter, reads like one, shares a word with the
	 * deck or the body, at the top of its block: the title is the
	 * headline, the deck its block.  Not when the line above the title
	 * is title-shaped too (a list of teasers), nor when the line above
	 * the deck shares none of its words (furniture).
	 */
	judge(sb, "Home | News | Sport\nPublished: 3 October 2024\n\n"
	    "What Sank The Ferry Budget?\n\n"
	    "Operator Says Harbour Fares Will Rise As Fuel Costs Climb\n\n"
	    "By Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("What Sank The Ferry"), "headline");
	CHECK_STR(why("Operator Says Harbour"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n"
	    "Mayor Opens New Library On Station Road\n"
	    "Five Things To Do This Weekend\n"
	    "What Sank The Ferry Budget?\n\n"
	    "Operator Says Harbour Fares Will Rise As Fuel Costs Climb\n\n"
	    "By Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Operator Says Harbour"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\nSign in\n\n"
	    "Watch Our Live Stream\n\n"
	    "Operator Says Harbour Fares Will Rise As Fuel Costs Climb\n\n"
	    "By Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Operator Says Harbour"), "headline");
	CHECK(kept("Watch Our Live") == 0);
	CHECK(headlines() == 1);

	/*
	 * The same class, the title further up or sharing no word: past a
	 * score line the block joined (half its words numbers: no title),
	 * past a picture's name over its caption; a short title with a
	 * stopword right under the dateline, a pun that shares no word.
	 * A row of menu items glued together ("HomeNewsLocal") is no title.
	 */
	judge(sb, "Home | News | Sport\n\nFuel bill sinks ferries\n\n"
	    "Fares 12 & 10; fuel 8 & 6\n\n"
	    "Harbour ferry fares to rise by a tenth in December\n\n"
	    "By Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Fuel bill sinks"), "headline");
	CHECK_STR(why("Fares 12 & 10"), "headline block");
	CHECK_STR(why("Harbour ferry fares to rise"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nFerry fares climb again\n\n"
	    "Ann Lee\n\nThe operator says harbour fares will rise a tenth as "
	    "fuel costs climb\n\nBy Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry fares climb again"), "headline");
	CHECK_STR(why("The operator says harbour"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\nPublished: 3 October 2024\n\n"
	    "A Costly Winter For Riders\n\n"
	    "Operator says harbour fares will rise a tenth as fuel costs "
	    "climb\n\nBy Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("A Costly Winter"), "headline");
	CHECK_STR(why("Operator says harbour"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\nSubscribe\nHomeNewsLocal Ferry News\n\n"
	    "Operator says harbour fares will rise a tenth as fuel costs "
	    "climb\n\nBy Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Operator says harbour"), "headline");
	CHECK(kept("HomeNewsLocal") == 0);
	CHECK(headlines() == 1);

	/*
	 * Class "a stacked headline, the title chosen": the line under the
	 * headline, four words or more, sharing a word with it or the body,
	 * with the byline or dateline under it, is its deck and joins its
	 * block.
	 */
	judge(sb, "Home | News | Sport\nSign in\nSubscribe\n\n"
	    "Harbour ferry fares to rise as fuel costs climb\n\n"
	    "Angry Riders Fume At Operator\n\n"
	    "By Ann Lee\nThu 3 Oct 2024 17.05 BST\nPrint\n\n" FERRY_BODY);
	CHECK_STR(why("Harbour ferry fares to rise"), "headline");
	CHECK_STR(why("Angry Riders Fume"), "headline block");
	CHECK(headlines() == 1);

	/*
	 * Class "the title over the byline": a news page reads title,
	 * byline or dateline, then the body.  A title-shaped line just
	 * above the byline (past datelines, share buttons and a one-word
	 * label) beats what the finder chose below the byline (a video
	 * player's title) or far above the title (the last of a list of
	 * teasers, the outlet's name between).  Not when the chosen line
	 * stands right under the dateline (a page that prints the date
	 * over its title), nor when the line over the byline is one of a
	 * menu's items (two-word labels around it).
	 */
	judge(sb, "Home | News | Sport\nSign in\n\n"
	    "Ferry Riders Face Another Costly Winter\n\n"
	    "By Ann Lee\nThu 3 Oct 2024 17.05 BST\n\nShare\nPrint\n\n"
	    "Watch: operator explains why harbour ferry fares will rise\n"
	    "Replay\nMore Videos\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry Riders Face"), "headline");
	CHECK(kept("Watch: operator") == 0);
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nMost read\n\n"
	    "Mayor opens the new library on Station Road\n\n"
	    "Five things to do in the harbour this weekend\n\n"
	    "Why harbour ferry fares rise every December\n\nCourier\n\n"
	    "A Costly Winter On The Water\n\nBy Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("A Costly Winter"), "headline");
	CHECK(kept("Why harbour ferry") == 0);
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\n"
	    "Ferry Riders Face Another Costly Winter\n\n"
	    "Thu 3 Oct 2024 17.05 BST\n\n"
	    "Why harbour ferry fares will rise in December\n\n" FERRY_BODY);
	CHECK_STR(why("Why harbour ferry"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nTop Stories\nLocal News\n"
	    "Ferry Riders Face Another Costly Winter\nCoaching Changes\n"
	    "Team News\n\nBy Ann Lee\n\nShare\n\n"
	    "Why harbour ferry fares will rise in December\nPrint\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Why harbour ferry"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "pictures' names over the byline": the finder chose the
	 * last of a run of title-shaped lines with no stopword right over
	 * the dateline (a gallery's subjects, "First Last School"); the
	 * run's first line is the title, and the names are dropped.
	 */
	judge(sb, "Home | News | Sport\n\n2024 Harbour Ferry Fares Review\n\n"
	    "Jane Doe Northside Ferries\n\nAnn Lee Castle Point\n\n"
	    "Tom Park Harbour Operator\n\n"
	    "Posted: Thu 3 Oct 2024 17.05 BST\n\n" FERRY_BODY);
	CHECK_STR(why("2024 Harbour Ferry"), "headline");
	CHECK(kept("Ann Lee Castle") == 0 && kept("Tom Park Harbour") == 0);
	CHECK(headlines() == 1);

	/*
	 * Class "the first paragraph is prose by its own shape": a promo
	 * box's short sentence at the article's start, made good by the
	 * text around it, is no first paragraph; measured against the
	 * real one, the title under the box is the headline, not the
	 * furniture above the box.
	 */
	judge(sb, "Home | News | Sport\n\nHarbour Wire\n\n"
	    "Win a trip for two on a cruise, enter the free draw now.\n"
	    "Free entry.\nDaily prizes\n\n"
	    "Ferry operators feel the pinch\n\nBy Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry operators feel"), "headline");
	CHECK(headlines() == 1);
	/* a short question is a title's shape, no lede */
	judge(sb, "Home | News | Sport\n\n"
	    "Why do our ferry fares rise so much faster than our pay?\n\n"
	    FERRY_BODY);
	CHECK_STR(why("Why do our ferry fares"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "a caption with a photographer's credit": a sentence and
	 * a credit to anyone in parentheses ("... (Photo by NAME)"), not
	 * only to an agency of credits.txt, is no title, however many of
	 * the body's words it holds; the title above it is the headline.
	 */
	judge(sb, "Home | News | Sport\n\nSea change for riders\n\nPrint\n\n"
	    "Harbour ferry fares will rise again, the operator said. "
	    "(Photo by John Smith)\n\n" FERRY_BODY);
	CHECK_STR(why("Sea change for riders"), "headline");
	CHECK(headlines() == 1);
	/* and an agency before the photographer: "(AP Photo/NAME)" */
	judge(sb, "Home | News | Sport\n\nSea change for riders\n\nPrint\n\n"
	    "Harbour ferry fares will rise again, the operator said. "
	    "(AP Photo/John Smith)\n\n" FERRY_BODY);
	CHECK_STR(why("Sea change for riders"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "the title over the byline": the finder chose a line under
	 * the page's byline or dateline, past share buttons or a section's
	 * label (a subhead, a deck), with no byline of its own under it;
	 * the title-shaped line over the byline block is the headline (a
	 * pun too, if it shares a word), and a standfirst between it and
	 * the dateline its block.  A title right under a blog's dateline
	 * stays the headline: the tagline over the dateline is no title.
	 */
	judge(sb, "Home | News | Sport\n\nSea change for harbour riders\n\n"
	    "By Ann Lee\nThu 3 Oct 2024\nPrint\nEmail\nShare\n\n"
	    "Harbour ferry fares will rise ten per cent as fuel costs climb"
	    "\n\n" FERRY_BODY);
	CHECK_STR(why("Sea change for harbour"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Home | News | Sport\n\nSea change for harbour riders\n\n"
	    "The operator says fares on every route will rise by a tenth in "
	    "December, and riders groups want the subsidy looked at again\n\n"
	    "Published: 3 October 2024\n\nThe issue\n\n"
	    "Fuel costs and fares\n\n" FERRY_BODY);
	CHECK_STR(why("Sea change for harbour"), "headline");
	CHECK_STR(why("The operator says fares"), "headline block");
	CHECK(headlines() == 1);
	judge(sb, "Valley Courier, harbour news from our riders to yours\n\n"
	    "03/10/2024 (6:00 pm)\n\n"
	    "Ferry fares to rise as fuel costs climb\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry fares to rise"), "headline");
	CHECK(headlines() == 1);

	/*
	 * Class "a standfirst behind a caption": a picture's short caption
	 * under the title, then a standfirst of fifteen words or more, then
	 * the byline: the standfirst joins the headline block, not the
	 * caption.
	 */
	judge(sb, "Home | News | Sport\n\n"
	    "Ferry fares to rise as fuel costs climb\n\nharbour ferries\n\n"
	    "The operator says fares on every route will rise by a tenth in "
	    "December, and riders groups want the subsidy looked at again, "
	    "3 October\n\nBy Ann Lee\nThu 3 Oct 2024\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry fares to rise"), "headline");
	CHECK_STR(why("The operator says fares"), "headline block");
	CHECK(kept("harbour ferries") == 0);
	CHECK(headlines() == 1);

	/*
	 * Class "a title next to its author's name": a byline that is the
	 * name alone (in capitals right above the text, or capitalised over
	 * the title) stands next to a sentence-case title, a pun sharing no
	 * word: it is the headline, not the site's name far above, nor the
	 * standfirst under it, which joins its block.
	 */
	judge(sb, "Harbour Courier\n\nHome\nNews\nSport\nLetters\n\n"
	    "Rough crossing\n\nANN LEE\n\n" FERRY_BODY);
	CHECK_STR(why("Rough crossing"), "headline");
	CHECK(headlines() == 1);
	judge(sb, "Harbour Courier\n\nHome\nNews\nLetters\n\nAnn Lee\n\n"
	    "Rough crossing\n\nThe harbour ferry fares rise is a blow to "
	    "every rider who works nights and has no other way home\n\n"
	    "Ann Lee\n\n" FERRY_BODY);
	CHECK_STR(why("Rough crossing"), "headline");
	CHECK_STR(why("The harbour ferry fares rise"), "headline block");
	CHECK(headlines() == 1);

	/*
	 * Class "the URL's slug names the title": a page that states its
	 * URL ("URL: ...", "Source: ...", or a bare URL at the top) whose
	 * last path segment is a slug has the title that the slug's words
	 * make as its headline, over a deck nearer the text; without a URL,
	 * or with one that ends in an id, the deck stays the headline.
	 */
	{
		static const char *const urls[] = {
			"URL: https://www.harbour.example/news/island-ferries-cut-to-two-boats-a-day-4411.html",
			"Source: https://www.harbour.example/news/island-ferries-cut-to-two-boats-a-day-4411.html",
			"https://www.harbour.example/news/island-ferries-cut-to-two-boats-a-day-4411.html",
			"",
			"URL: https://www.harbour.example/news/article/4411",
		};
		char doc[2048];
		const char *u;
		size_t k, n;

		for (k = 0; k < sizeof(urls) / sizeof(urls[0]); k++) {
			snprintf(doc, sizeof(doc), "%s\n"
			    "Island ferries cut to two boats a day\n"
			    "Menu\nHome\nNews\nLocal\n\n"
			    "Ferry operator blames fuel for a tenth on harbour "
			    "fares\n\n%s", urls[k], FERRY_BODY);
			judge(sb, doc);
			CHECK(headlines() == 1);
			if (k < 3) {
				CHECK_STR(why("Island ferries cut"), "headline");
				CHECK(sb_url(sb, &u, &n) == 1);
				CHECK_MEM(u, n, "https://www.harbour.example/news/island-ferries-cut-to-two-boats-a-day-4411.html");
			} else
				CHECK_STR(why("Ferry operator blames"), "headline");
		}
		CHECK(sb_url(sb, &u, &n) == 1);
		CHECK_MEM(u, n, "https://www.harbour.example/news/article/4411");
		/* a URL inside a sentence is no page's URL */
		judge(sb, "See https://www.harbour.example/a-b-c-d for the timetable.\n\n"
		    FERRY_BODY);
		CHECK(sb_url(sb, &u, &n) == 0);
	}

	/*
	 * A page that prints its article twice still has a first paragraph
	 * (the first copy's), and so a headline.
	 */
	judge(sb, "Ferry Fares To Rise Again As Fuel Costs Climb\n"
	    "\n"
	    FERRY_BODY "\n" FERRY_BODY);
	CHECK_STR(why("Ferry Fares To Rise"), "headline");
	CHECK(headlines() == 1);
	/* ...but a caption printed twice above the title is not the body. */
	judge(sb, "Home | News | Sport\n"
	    "A ferry leaves the harbour at dawn on Monday, the first day of "
	    "the winter timetable.\n"
	    "A ferry leaves the harbour at dawn on Monday, the first day of "
	    "the winter timetable.\n"
	    "\n"
	    "Harbour ferry fares to rise by a tenth\n"
	    "\n"
	    FERRY_BODY);
	CHECK_STR(why("Harbour ferry fares to rise"), "headline");

	/*
	 * Class "a title the model doubts": a short title that shares no
	 * word with the text ("Stormy Weather" over a story on fares)
	 * scores below the "no headline" choice of training (0), but it is
	 * still the best of the page's candidates, and it is the headline:
	 * the finder takes its best candidate down to HL_HEAD_CUT.
	 */
	judge(sb, "Home | News | Sport\nSubscribe\n\nStormy Weather\n\n"
	    "Thu 3 Oct 2024 17.05 BST\nPrint this page\n\n" FERRY_BODY);
	CHECK_STR(why("Stormy Weather"), "headline");
	CHECK(kept("Stormy Weather") == 1);
	CHECK(headlines() == 1);

	/*
	 * Class "an icon glued to a link's words": a placeholder of an image
	 * right against a letter ("[favicon]Add to Newsvine", "Sponsored
	 * By[logo_88x31]") marks a link or a sponsor's logo, furniture; the
	 * finder's feature "glued" says so, and not of a title with a
	 * bracket apart ("[Photos]") or of a plain title.
	 */
	CHECK(judge_traced(sb, "Home | News | Sport\n\n"
	    "[favicon]Harbour ferry news feed\n"
	    "Harbour Tools Sponsored By[logo_88x31]\n"
	    "Harbour ferry fares pictured [Photos]\n"
	    "Harbour ferry fares to rise by a tenth\n\n" FERRY_BODY, "glued"));
	CHECK(traced[2] == 1 && traced[3] == 1);
	CHECK(traced[4] == 0 && traced[5] == 0);
	CHECK_STR(why("Harbour ferry fares to rise"), "headline");

	/*
	 * Class "a deck under its title": a longer line under the title
	 * shares more of the story's words than the title does, yet the
	 * title, the first line of the block to share any, is the
	 * headline.  A labelled line above it ("Navigation: ...") or one
	 * that shares none ("Island Life") does not take that from it.
	 */
#define DECKED(above) "Home | News | Sport\n\n" above \
	    "Harbour fares set to climb\n\n" \
	    "Operator blames fuel as a December rise of a tenth is " \
	    "announced\n\n" \
	    "By Ann Lee\n\n" FERRY_BODY
	judge(sb, DECKED("Island Life\n\n"));
	CHECK_STR(why("Harbour fares set"), "headline");
	CHECK(headlines() == 1);
	CHECK(judge_traced(sb, DECKED("Island Life\n\n"), "topmost"));
	CHECK(traced[2] == 0);
	CHECK(traced[4] == 1 && traced[6] == 0);
	CHECK(judge_traced(sb, DECKED("Navigation: Home : News : Harbour fares "
	    "set to climb\n\n"), "topmost"));
	CHECK(traced[4] == 1 && traced[6] == 0);
#undef DECKED

	/* A teaser list alone has no headline, and its lines go. */
	judge(sb, "Home | News | Sport\n" TEASERS "\nSign up for our newsletter\n");
	CHECK(headlines() == 0);
	CHECK(kept("Mayor Opens") == 0 && kept("Five Things") == 0);

	/*
	 * An article the page prints twice (a print view, a second template):
	 * the first copy is the article, the second goes as "printed twice";
	 * repeated short lines (teasers printed twice) stay furniture.
	 */
	{
		size_t first, second;

		judge(sb, "Home | News | Sport\n"
		    "Ferry fares to rise again\n"
		    "\n" FERRY_BODY
		    "\n"
		    "Mayor Opens New Library On Station Road\n"
		    "Share this story   Email   Print\n"
		    "Most read\n"
		    "\n" FERRY_BODY
		    "\n"
		    "Mayor Opens New Library On Station Road\n"
		    "Copyright 2024 Valley Courier\n");
		for (first = 0; first < nlines && memcmp(lines[first].text,
		    "Harbour ferry fares", 19) != 0; first++)
			;
		for (second = first + 1; second < nlines && memcmp(
		    lines[second].text, "Harbour ferry fares", 19) != 0; second++)
			;
		CHECK(second < nlines);
		CHECK(lines[first].keep == 1 && lines[first + 2].keep == 1 &&
		    lines[first + 4].keep == 1);
		CHECK(second < nlines && lines[second].keep == 0 &&
		    lines[second + 2].keep == 0 && lines[second + 4].keep == 0);
		CHECK_STR(second < nlines ? lines[second].reason : "",
		    "printed twice");
		CHECK(kept("Mayor Opens") == 0);
		CHECK(kept("Copyright") == 0);
	}

	/*
	 * Readers' comments signed below the text ("Posted by: name | date"),
	 * two signatures or more: the article ends at the first.  The
	 * article's own byline, above its text, is not a signature.
	 */
	judge(sb, "Posted by: Harbour Desk | Oct 3, 2024\n"
	    "\n" FERRY_BODY
	    "\n"
	    "Posted by: jdoe | Oct 3, 2024 4:49 PM\n"
	    "I have taken this ferry every day for ten years and the fares have "
	    "gone up every single one of them while the boats got older.\n"
	    "Posted by: harbourfan | Oct 3, 2024 6:02 PM\n"
	    "The operator should publish its accounts before it asks the people "
	    "who ride its boats to pay more for the same crossing.\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	CHECK(kept("I have taken this ferry") == 0);
	CHECK(kept("The operator should publish") == 0);
	CHECK_STR(why("I have taken this ferry"), "comments");
	CHECK_STR(why("Posted by: Harbour Desk"), "byline");
	/* a signature in lower case is a byline when its time follows */
	judge(sb, "Posted by: you know who on 4:05pm Tue 1 Jan 08\n"
	    "Posted by the way in which we live\n");
	CHECK_STR(why("Posted by: you know who"), "byline");
	CHECK(strcmp(why("Posted by the way"), "byline") != 0);

	/*
	 * Contact lines under the text ("can be reached at jdoe@paper.com")
	 * go; a handle (@harbourdesk) alone does not make one.
	 */
	judge(sb, FERRY_BODY
	    "Tom Hughes can be reached at tom.hughes@valleycourier.example.\n"
	    "Follow the harbour desk @harbourdesk for more news about the ferries "
	    "and the people who ride them every day of the year.\n");
	CHECK(kept("Harbour ferry fares") == 1);
	CHECK(kept("Tom Hughes can be reached") == 0);
	CHECK_STR(why("Tom Hughes can be reached"), "contact");
	CHECK(strcmp(why("Follow the harbour desk"), "contact") != 0);

	/*
	 * Printed twice: a caption under its picture and again further down
	 * the text keeps its first copy (dedupe-captions judges
	 * it), the later one goes, as a paragraph printed twice does; a
	 * repeated line as short as a heading stays for the context to judge.
	 */
	judge(sb, "Harbour ferry fares will rise by ten per cent in December, the "
	    "operator said on Thursday, blaming fuel costs that have climbed "
	    "for a third year in a row.\n"
	    "Passengers queue for the early crossing at the harbour terminal "
	    "on a grey Thursday morning\n"
	    "The operator said fuel now made up a third of its running costs "
	    "and that it had no choice but to pass some of the rise on to the "
	    "people who ride its boats every day.\n"
	    "Fuel Costs Climb Again\n"
	    "  Passengers queue for the early crossing at the harbour terminal "
	    "on a grey Thursday morning\n"
	    "Passenger groups said the fares had risen faster than wages and "
	    "asked the government to look again at the subsidy it pays for "
	    "the routes.\n"
	    "  Fuel Costs Climb Again\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	CHECK(kept("Passengers queue") == 1);
	CHECK(kept("  Passengers queue") == 0);
	CHECK_STR(why("  Passengers queue"), "printed twice");
	CHECK(strcmp(why("  Fuel Costs Climb"), "printed twice") != 0);
	judge(sb, FERRY_BODY "\n" FERRY_BODY);
	CHECK(kept("Harbour ferry fares") == 1);
	CHECK(strcmp(why("Harbour ferry fares"), "printed twice") != 0);

	/*
	 * The article's end: a long run of furniture (related links, the
	 * site's sections) between the text and a footer's disclaimer ends
	 * the article, however long the disclaimer; a share bar of a few
	 * lines inside the text does not.
	 */
	judge(sb, FERRY_BODY
	    "Share\nTweet\nEmail\n"
	    "The operator's chief executive said the company would review the "
	    "fares again in the spring if the price of fuel fell back.\n"
	    "Related\n"
	    "Harbour tunnel tolls\nNight market returns\nCup after penalties\n"
	    "News\nSport\nBusiness\nWeather\nTravel\nCulture\nOpinion\n"
	    "Video\nPodcasts\nPuzzles\nObituaries\nNotices\n"
	    "The ferry timetable on this page is for general information only "
	    "and may change at short notice; check with the operator before "
	    "you travel, as far as the law allows us to say so.\n"
	    "Timetables for the ferries of other companies are their own, and "
	    "the harbour board does not check the times of the boats they run "
	    "or anything they offer to passengers.\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	CHECK(kept("The operator's chief executive") == 1);
	CHECK(kept("The ferry timetable on this page") == 0);
	CHECK(kept("Timetables for the ferries") == 0);
	CHECK_STR(why("Timetables for the ferries"), "outside the article");

	/*
	 * The article's end: a wire story's copyright notice ends it, and a
	 * blog post printed below it goes; a picture's credit between two
	 * paragraphs is too short to end anything.
	 */
	judge(sb, "Harbour ferry fares will rise by ten per cent in December, the "
	    "operator said on Thursday, blaming fuel costs that have climbed "
	    "for a third year in a row.\n"
	    "\xc2\xa9 Getty Images\n"
	    "The operator said fuel now made up a third of its running costs "
	    "and that it had no choice but to pass some of the rise on to the "
	    "people who ride its boats every day.\n"
	    "Copyright 2024 Associated Press. All rights reserved.\n"
	    "It is the first week of the year, which reminds me that it is "
	    "time to look back at the songs I played most often last year and "
	    "to ask which of them I would still want to hear next December.\n"
	    "Most of them were old records that I found again in a box under "
	    "the stairs, and I have been meaning to write about them for a "
	    "long time now.\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("The operator said") == 1);
	CHECK(kept("Copyright 2024") == 0 && kept("\xc2\xa9 Getty") == 0);
	CHECK(kept("It is the first week") == 0 && kept("Most of them") == 0);
	CHECK_STR(why("Most of them"), "after the article");
	judge(sb, "Harbour ferry fares will rise by ten per cent in December, the "
	    "operator said on Thursday, blaming fuel costs that have climbed "
	    "for a third year in a row.\n"
	    "The operator said fuel now made up a third of its running costs "
	    "and that it had no choice but to pass some of the rise on to the "
	    "people who ride its boats every day.\n"
	    "The depot at night. \xc2\xa9 2024 Jane Doe\n"
	    "Passenger groups said the fares had risen faster than wages and "
	    "asked the government to look again at the subsidy it pays for "
	    "the routes.\n"
	    "\xc2\xa9 2024 ANI\n"
	    "It is the first week of the year, which reminds me that it is "
	    "time to look back at the songs I played most often last year and "
	    "to ask which of them I would still want to hear next December.\n");
	CHECK(kept("Passenger groups") == 1 && kept("It is the first week") == 0);
	/*
	 * A copyright notice of any length: a wire service's long notice
	 * (more words than a phrase is looked for in) is one too, and ends
	 * the article as a short one does; the e-mail form below it goes.
	 */
	judge(sb, FERRY_BODY
	    "\xc2\xa9 Copyright 2024 Harbour Wire. Harbour Wire content is the "
	    "property of Harbour Wire or the people who write for it, and any "
	    "copying, republication or passing on of it, in whole or in part, "
	    "by any means, is not allowed without the prior written consent of "
	    "Harbour Wire, which will not be liable for any errors in it.\n"
	    "Your friend's name and e-mail address, and a short message of your "
	    "own if you want to send one with this story about the ferries.\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	CHECK(kept("\xc2\xa9 Copyright 2024") == 0);
	CHECK_STR(why("\xc2\xa9 Copyright 2024"), "copyright");
	CHECK(kept("Your friend's name") == 0);
	CHECK_STR(why("Your friend's name"), "after the article");
	judge(sb, FERRY_BODY
	    "Copyright 2024 Harbour Wire. Harbour Wire content is the "
	    "property of Harbour Wire or the people who write for it, and any "
	    "copying, republication or passing on of it, in whole or in part, "
	    "by any means, is not allowed without the prior written consent of "
	    "Harbour Wire, which will not be liable for any errors in it.\n");
	CHECK(kept("Copyright 2024 Harbour") == 0);
	CHECK_STR(why("Copyright 2024 Harbour"), "copyright");

	/*
	 * Word lists: "End of story" closes the article as "About the
	 * author" does; "Past coverage" heads a list of earlier stories; a
	 * "subject to copyright" notice is furniture.
	 */
	judge(sb, FERRY_BODY
	    "End of story\n"
	    "The same monitor was sold for more than twice as much at the start "
	    "of the year, when the shops were still short of the panels that "
	    "go into it and buyers had to wait for weeks.\n");
	CHECK(kept("Passenger groups") == 1 && kept("End of story") == 0);
	CHECK(kept("The same monitor") == 0);
	CHECK_STR(why("The same monitor"), "after the article");
	judge(sb, FERRY_BODY
	    "Past Coverage\n"
	    "  \xe2\x80\xa2 Ferry Operator Warns of Higher Fares (October 2, 2024)\n"
	    "  \xe2\x80\xa2 Harbour Board Cuts Winter Sailings (September 9, 2024)\n"
	    "The operator's chief executive said the company would review the "
	    "fares again in the spring if the price of fuel fell back, and that "
	    "it would tell passengers first.\n");
	CHECK(kept("Passenger groups") == 1 && kept("Past Coverage") == 0);
	CHECK(kept("  \xe2\x80\xa2 Ferry Operator Warns") == 0);
	CHECK(kept("  \xe2\x80\xa2 Harbour Board Cuts") == 0);
	judge(sb, FERRY_BODY
	    "This page is subject to copyright. Apart from fair dealing for the "
	    "purpose of private study, no part of it may be copied without the "
	    "written permission of the harbour board.\n");
	CHECK(kept("Passenger groups") == 1 && kept("This page is subject") == 0);
	CHECK_STR(why("This page is subject"), "boilerplate phrase");
	/* a newsletter form's messages, under the text, are furniture */
	judge(sb, FERRY_BODY
	    "We have sent an email with an activation link to the address you "
	    "gave us, so please open it and click the link to start getting the "
	    "harbour letter.\n"
	    "Please tick the opt-in box to let us know that you would like to "
	    "hear from the harbour board about sailings and fares.\n");
	CHECK(kept("Passenger groups") == 1);
	CHECK(kept("We have sent an email") == 0);
	CHECK_STR(why("We have sent an email"), "boilerplate phrase");
	CHECK(kept("Please tick the opt-in box") == 0);
	CHECK_STR(why("Please tick the opt-in box"), "boilerplate phrase");

	/*
	 * A teaser heading with a list right under it: its items are
	 * teasers however long; the summary bullets under a headline stay
	 * (the sample, above).
	 */
	judge(sb, FERRY_BODY
	    "Related\n"
	    " 1. A deckhand ties up the morning boat at the harbour. Commuters "
	    "say the new timetable leaves them waiting in the rain.\n"
	    " 2. The old ferry terminal at night. The council wants to turn it "
	    "into a market hall with cafes and a cinema.\n"
	    " 3. Fishing boats in the outer harbour. Catches are up for the "
	    "second year running after the new quotas.\n");
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	CHECK(kept(" 1. A deckhand") == 0 && kept(" 3. Fishing boats") == 0);
	CHECK_STR(why(" 2. The old ferry terminal"), "teaser");

	/*
	 * A teaser list: three titles in a row, each with its summary on
	 * the next line at another indent (a definition list, a table), are
	 * other stories, however well the summaries read.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Bridge repairs to close the east road for a month\n"
	    "    Drivers heading into the city from the east will have to take "
	    "the long way round while the old bridge is repaired.\n"
	    "Schools plan a later start in the winter term\n"
	    "    Head teachers say pupils who travel in the dark are more "
	    "tired, and want the first lesson to start at half past nine.\n"
	    "\n"
	    "Market traders win a year without rent rises\n"
	    "    The council agreed to hold stall rents where they are after "
	    "traders said that fewer people were coming into town.\n");
	CHECK(kept("Passenger groups") == 1);
	CHECK(kept("    Drivers heading") == 0 && kept("    The council agreed") == 0);
	CHECK_STR(why("    Head teachers say"), "teaser list");
	CHECK_STR(why("Schools plan a later"), "teaser list");
	/* the same as a table: the titles indented deeper than the summaries */
	judge(sb, FERRY_BODY
	    "\n"
	    "        Bridge repairs to close the east road for a month\n"
	    "  Drivers heading into the city from the east will have to take "
	    "the long way round while the old bridge is repaired.\n"
	    "        Schools plan a later start in the winter term\n"
	    "  Head teachers say pupils who travel in the dark are more "
	    "tired, and want the first lesson to start at half past nine.\n"
	    "        Market traders win a year without rent rises\n"
	    "  The council agreed to hold stall rents where they are after "
	    "traders said that fewer people were coming into town.\n");
	CHECK(kept("Passenger groups") == 1);
	CHECK_STR(why("  Drivers heading"), "teaser list");

	/*
	 * Not a teaser list: subheadings with their paragraphs at their
	 * own indent, and two titled summaries only.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "What the operator says\n"
	    "The operator said it had looked at every other way of saving "
	    "money before it decided to raise the fares this winter.\n"
	    "What passengers say\n"
	    "Passengers on the morning boat said they would look for other "
	    "ways to get to work if the fares went up again next year.\n"
	    "What happens next\n"
	    "The government will look at the subsidy in the spring, when it "
	    "sets out its spending plans for the next three years.\n");
	CHECK(kept("Passengers on the morning boat") == 1);
	CHECK(kept("The government will look") == 1);
	judge(sb, FERRY_BODY
	    "\n"
	    "Bridge repairs to close the east road for a month\n"
	    "    Drivers heading into the city from the east will have to take "
	    "the long way round while the old bridge is repaired.\n"
	    "Schools plan a later start in the winter term\n"
	    "    Head teachers say pupils who travel in the dark are more "
	    "tired, and want the first lesson to start at half past nine.\n");
	CHECK(strcmp(why("    Head teachers say"), "teaser list") != 0);

	/*
	 * A comment heading with "comments" anywhere in it ends the article:
	 * readers' posts under it go however well they read; a sentence that
	 * speaks of comments, or a list item, is no heading.
	 */
#define READER_POST \
	"I take this boat every morning and the fares have gone up twice " \
	"since the spring, while the boats run later than ever before.\n"
	judge(sb, FERRY_BODY "\nYour Comments\n" READER_POST);
	CHECK_STR(why("Your Comments"), "comments");
	CHECK(kept("I take this boat") == 0);
	judge(sb, FERRY_BODY "\nRead comments (3)\n" READER_POST);
	CHECK(kept("I take this boat") == 0);
	judge(sb, FERRY_BODY "\nThe operator said comments were welcome.\n"
	    READER_POST);
	CHECK(strcmp(why("The operator said comments"), "comments") != 0);
	CHECK(kept("I take this boat") == 1);
	judge(sb, FERRY_BODY "\n  \xe2\x80\xa2 Share\n"
	    "  \xe2\x80\xa2 Your comments\n" READER_POST);
	CHECK(strcmp(why("  \xe2\x80\xa2 Your comments"), "comments") != 0);
#undef READER_POST

	/*
	 * Figures alone are no dateline: the cells of a table of figures
	 * between the byline and the text ("58.2%", "1.755") are not a
	 * byline block, and the article's first paragraph above the table
	 * is still found under the byline; a time is a dateline.
	 */
	judge(sb, "Ferry fares to rise\n"
	    "By Jane Rowe\n"
	    "\n"
	    "Harbour ferry fares will rise by ten per cent in December, the "
	    "operator said on Thursday, blaming fuel costs that have climbed "
	    "for a third year in a row.\n"
	    "\n"
	    "Fares by route\nRoute\nFare\nRise\n"
	    "North\n4.20\n10.5%\nSouth\n3.80\n9.8%\nIslands\n7.40\n12.0%\n"
	    "\n" FERRY_BODY);
	CHECK(strcmp(why("10.5%"), "dateline") != 0);
	CHECK(strcmp(why("4.20"), "dateline") != 0);
	CHECK(kept("By Jane Rowe") == 0);
	judge(sb, "Ferry fares to rise\n\n2008\n10:45\n\n" FERRY_BODY);
	CHECK_STR(why("10:45"), "dateline");

	/*
	 * A dateline behind a list mark ("- Mar. 4th 2021 7:15 am PT",
	 * "* Mar 4 2021, 07:15am gmt") is a dateline when it gives a time of
	 * day and at most three other words: not a lead line kept over the
	 * text.  A list of dated items (posts signed "by NAME") and a
	 * quoted post's date ("- Jo Bloggs (@jbloggs) March 4, 2021") stay
	 * what they were.
	 */
	judge(sb, "Ferry fares to rise\n\n- Mar. 4th 2021 7:15 am PT\n"
	    "  \xe2\x80\xa2 updated: Mar 4 2021, 17:40pm gmt\n\n" FERRY_BODY
	    "\n    \xe2\x80\x94 Jo Bloggs (@jbloggs) March 4, 2021\n\n"
	    FERRY_BODY "\n  \xe2\x80\xa2 Old boats by Sam Lee Parker "
	    "03/01/2021 5:10 p.m. PT\n");
	CHECK_STR(why("- Mar. 4th 2021 7:15 am PT"), "dateline");
	CHECK(kept("- Mar. 4th 2021") == 0);
	CHECK_STR(why("  \xe2\x80\xa2 updated: Mar 4"), "dateline");
	CHECK(strcmp(why("    \xe2\x80\x94 Jo Bloggs"), "dateline") != 0);
	CHECK(strcmp(why("  \xe2\x80\xa2 Old boats by"), "dateline") != 0);

	/*
	 * A form's control as the dumper prints it, a check box ("[ ]",
	 * "[X]") or a text field ("[      ]"), makes its line a form (a
	 * newsletter's sign-up, a search box), even with a sentence around
	 * it; a bracketed aside in the text is no form.
	 */
	judge(sb, "Ferry fares to rise\n\n" FERRY_BODY
	    "[ ]Yes, send me the harbour newsletter every week by email.\n"
	    "Want the weekly timetable? Sign up for our letter.[          ]\n"
	    "[X] Remember me on this computer for next time please\n\n"
	    FERRY_BODY "The mayor [who uses the ferry] said fares were fair.\n");
	CHECK_STR(why("[ ]Yes, send me"), "form");
	CHECK(kept("[ ]Yes, send me") == 0);
	CHECK_STR(why("Want the weekly timetable?"), "form");
	CHECK_STR(why("[X] Remember me"), "form");
	CHECK(strcmp(why("The mayor [who uses"), "form") != 0);

	/*
	 * A second title: between the headline and the text, a title in
	 * sentence case with no byline or dateline under it (a video's,
	 * another story's, over a picture) is not kept; one over a byline,
	 * or in Title Case, stays (it may be the page's true title).
	 */
	judge(sb, "Ferry fares to rise by a tenth in December\n"
	    "Updated Mar 4 2021, 9:41 AM\n"
	    "The mayor takes the night boat home\n[mayor.jpg]\n"
	    "Jane Rowe | Harbour Pictures\n\n" FERRY_BODY);
	CHECK_STR(why("Ferry fares to rise"), "headline");
	CHECK(kept("The mayor takes") == 0);
	CHECK_STR(why("The mayor takes"), "second title");
	judge(sb, "Ferry fares to rise by a tenth in December\n"
	    "Updated Mar 4 2021, 9:41 AM\n"
	    "Night Boat Fares Double For Late Riders\n[mayor.jpg]\n"
	    "Jane Rowe | Harbour Pictures\n\n" FERRY_BODY);
	CHECK(kept("Night Boat Fares") == 1);
	judge(sb, "Ferry fares to rise by a tenth in December\n"
	    "Updated Mar 4 2021, 9:41 AM\n"
	    "The mayor takes the night boat home\nBy Jane Rowe\n[mayor.jpg]\n"
	    "Jane Rowe | Harbour Pictures\n\n" FERRY_BODY);
	CHECK(strcmp(why("The mayor takes"), "second title") != 0);

	/*
	 * A block under a break at the article's end: a paragraph or two
	 * below a horizontal rule, or below four lines of furniture, with
	 * fewer words than half the text above, is not the article's (a
	 * company's "about" paragraph, an author's bio).  The same paragraph
	 * right under the text, or a long part below a rule, stays.
	 */
#define ABOUT_LINE \
	"The ferry company runs eleven routes between the mainland and the " \
	"islands and employs four hundred people in the harbour towns.\n"
	judge(sb, FERRY_BODY "\n* * *\n\n" ABOUT_LINE);
	CHECK(kept("Passenger groups") == 1);
	CHECK(kept("The ferry company runs") == 0);
	CHECK_STR(why("The ferry company runs"), "after a break");
	judge(sb, FERRY_BODY "\n\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\n\n" ABOUT_LINE);
	CHECK(kept("The ferry company runs") == 0);
	judge(sb, FERRY_BODY "\nShare this\nTweet\nPrint\nEmail\nSave\n\n"
	    ABOUT_LINE);
	CHECK(kept("The ferry company runs") == 0);
	judge(sb, FERRY_BODY "\n" ABOUT_LINE);
	CHECK(kept("The ferry company runs") == 1);
	judge(sb, FERRY_BODY "\nPrint\n\n" ABOUT_LINE);
	CHECK(kept("The ferry company runs") == 1);
	judge(sb, FERRY_BODY "\n-----\n\n" FERRY_BODY);
	CHECK(strcmp(why("The ferry company runs"), "after a break") != 0);
#undef ABOUT_LINE

	/*
	 * A story embedded in the text: a title that the page prints again
	 * a few lines below (its section, a picture's name between the
	 * copies) is a teaser, and so are the lines between; the article's
	 * paragraphs around it stay.  A line printed a third time is a
	 * list's label, not a title.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Opinion: Why the island routes will never pay their way\n"
	    "Island life\n"
	    "Opinion: Why the island routes will never pay their way\n"
	    "\n"
	    "The operator will meet passenger groups next month to hear what "
	    "they think of the new timetable and the higher fares, and it has "
	    "promised to publish what they tell it before the winter.\n");
	CHECK_STR(why("Opinion: Why the island"), "embedded teaser");
	CHECK(kept("Opinion: Why the island") == 0 && kept("Island life") == 0);
	CHECK(kept("Passenger groups") == 1 && kept("The operator will meet") == 1);
	judge(sb, FERRY_BODY
	    "\n"
	    "Take the boat at eight\n"
	    "Monday, the outer islands\n"
	    "Take the boat at eight\n"
	    "Tuesday, the inner islands\n"
	    "Take the boat at eight\n"
	    "\n"
	    "The operator will meet passenger groups next month to hear what "
	    "they think of the new timetable and the higher fares, and it has "
	    "promised to publish what they tell it before the winter.\n");
	CHECK(strcmp(why("Take the boat at eight"), "embedded teaser") != 0);
	/* a photo's caption scraped twice, a sentence and its credit, is
	 * no teaser's title: it stays for dedupe-captions */
	judge(sb, FERRY_BODY
	    "\n"
	    "The new ferry leaves the yard on Friday. Photo: Jane Doe\n"
	    "The new ferry leaves the yard on Friday. Photo: Jane Doe\n"
	    "\n"
	    "The operator will meet passenger groups next month to hear what "
	    "they think of the new timetable and the higher fares, and it has "
	    "promised to publish what they tell it before the winter.\n");
	CHECK(strcmp(why("The new ferry leaves"), "embedded teaser") != 0);

	/*
	 * Lines between two paragraphs of the article: a deal and its price,
	 * a shop's line -- too short or too poor in stopwords to be text
	 * alone, but the article's own paragraphs enclose them.  Furniture
	 * between paragraphs (a share button) still goes.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "  \xe2\x80\xa2 Buy a season ticket at the harbour office for $12.99\n"
	    "\n"
	    "Winter Deal: 20% Off Acme X200 27-inch 4K IPS Monitor with USB-C "
	    "Hub, Stand and 3-Year Warranty (Black), Now $299 (Was $379)\n"
	    "\n"
	    "The ferry company is not the only one raising prices this winter, "
	    "and shoppers who want a new screen for working at home should look "
	    "at the deals the big shops have put out before the holidays.\n"
	    "\n"
	    "Share on Facebook\n"
	    "\n"
	    "The same monitor was sold for more than twice as much at the start "
	    "of the year, when the shops were still short of the panels that "
	    "go into it and buyers had to wait for weeks.\n");
	CHECK(kept("Winter Deal: 20% Off") == 1);
	CHECK_STR(why("Winter Deal: 20% Off"), "between paragraphs");
	CHECK(kept("  \xe2\x80\xa2 Buy a season ticket") == 1);
	CHECK(kept("Share on Facebook") == 0);
	CHECK(kept("The same monitor") == 1);
	/*
	 * A contact line is not the article's, and after the text it signs
	 * the story: it ends the article, and the summaries of other
	 * stories below it go, however good their text.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Jane Doe can be reached at jdoe@paper.example\n"
	    "\n"
	    "The same monitor was sold for more than twice as much at the start "
	    "of the year, when the shops were still short of the panels that "
	    "go into it and buyers had to wait for weeks.\n");
	CHECK(kept("Jane Doe can be reached") == 0);
	CHECK_STR(why("Jane Doe can be reached"), "contact");
	CHECK(kept("The same monitor") == 0);
	CHECK_STR(why("The same monitor"), "after the article");
	/* ... but not above the text: there it is a byline's e-mail */
	judge(sb, "Jane Doe can be reached at jdoe@paper.example\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Jane Doe can be reached") == 0);
	CHECK(kept("Harbour ferry fares") == 1 && kept("Passenger groups") == 1);
	/* text on one side only: the line is not the article's */
	judge(sb, FERRY_BODY
	    "\n"
	    "Winter Deal: 20% Off Acme X200 27-inch 4K IPS Monitor with USB-C "
	    "Hub, Stand and 3-Year Warranty (Black), Now $299 (Was $379)\n"
	    "\n"
	    "Share on Facebook\n"
	    "Follow us on Twitter\n");
	CHECK(kept("Winter Deal: 20% Off") == 0);

	/*
	 * A lone line of furniture inside the article (a share button
	 * between two paragraphs): the near-good sentences after it are
	 * still the article's, though furniture follows them.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Share on Facebook\n"
	    "\n"
	    "The operator would not say how many people had written to it about the fares.\n"
	    "\n"
	    "A spokesman said only that every letter would get a reply by the new year.\n"
	    "\n"
	    "Home | News | Sport | Weather\n");
	CHECK(kept("Share on Facebook") == 0);
	CHECK(kept("The operator would not say") == 1);
	CHECK_STR(why("The operator would not say"), "near-good, in text");
	CHECK(kept("A spokesman said only") == 1);
	/* two lines of furniture in a row are not lone: the text is over */
	judge(sb, FERRY_BODY
	    "\n"
	    "Share on Facebook\n"
	    "Follow us on Twitter\n"
	    "\n"
	    "The operator would not say how many people had written to it about the fares.\n"
	    "\n"
	    "Home | News | Sport | Weather\n");
	CHECK(kept("The operator would not say") == 0);

	/*
	 * The article's first paragraph right under its byline, cut from
	 * the rest by a box of other stories: it is the article's too; the
	 * box is not.
	 */
	judge(sb, "Ferry fares to rise by a tenth\n"
	    "\n"
	    "By Jane Smith\n"
	    "\n"
	    "PORTSMOUTH \xe2\x80\x94 Harbour ferry fares will rise by ten per cent "
	    "in December, the operator said on Thursday, blaming the fuel costs "
	    "that have climbed for a third year in a row.\n"
	    "\n"
	    "Related stories\n"
	    "  Bridge repairs to close the east road\n"
	    "  Schools plan a later start in winter\n"
	    "  Market traders win a year without rent rises\n"
	    "  New cycle lanes for the old town\n"
	    "  Library to open on Sundays\n"
	    "Sign up for our daily newsletter\n"
	    "Most read\n"
	    "  Council tax to rise again\n"
	    "  Five things to do this weekend\n"
	    "\n"
	    FERRY_BODY
	    "\n"
	    "The operator said it would look at the fares again in the spring, "
	    "once it knew what the new fuel contracts would cost, and that it "
	    "hoped to hold them there for the rest of next year.\n");
	CHECK(kept("PORTSMOUTH") == 1);
	CHECK_STR(why("PORTSMOUTH"), "first part");
	CHECK(kept("Passenger groups") == 1);
	CHECK(kept("  Library to open") == 0);

	/*
	 * Near-good ledes right under the byline: the byline counts as text
	 * above them, not as furniture, though a box of buttons follows.
	 */
	judge(sb, "Home | News | Sport | Weather\n"
	    "\n"
	    "Ferry fares to rise by a tenth\n"
	    "\n"
	    "By Jane Smith\n"
	    "\n"
	    "Ferry fares will go up by a tenth in December, the operator said "
	    "on Thursday.\n"
	    "\n"
	    "Passengers who buy a season ticket before the end of November "
	    "will pay the old fare.\n"
	    "\n"
	    "Sign up for our daily newsletter\n"
	    "Share on Facebook\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("Ferry fares will go up") == 1);
	CHECK(kept("Passengers who buy") == 1);
	CHECK(kept("Share on Facebook") == 0);

	/*
	 * Bulleted lists inside the article: after a line that ends with a
	 * colon, and between two paragraphs (however many items, up to a
	 * dozen); a bulleted menu after the text still goes.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Key features of the new boats:\n"
	    "  \xe2\x80\xa2 Engines: two 1,200 kW diesel-electric units\n"
	    "  \xe2\x80\xa2 Seats: 350 passengers, 40 cars (or 12 lorries)\n"
	    "  \xe2\x80\xa2 Top speed: 18 knots, 33 km/h\n"
	    "Sign up for our daily newsletter\n"
	    "\n"
	    "The operator said the first of them would arrive in the spring and "
	    "the second before the summer, when the busiest months begin.\n"
	    "\n"
	    "  \xe2\x80\xa2 Decks: 3 (2 for cars, 1 for 350 passengers), 2 lifts, "
	    "4 ramps, 120 m long, 22 m wide\n"
	    "  \xe2\x80\xa2 Heated waiting rooms on both piers\n"
	    "  \xe2\x80\xa2 Free wi-fi on every crossing\n"
	    "  \xe2\x80\xa2 A cafe on the upper deck\n"
	    "  \xe2\x80\xa2 Lockers for luggage\n"
	    "\n"
	    "All five changes were asked for by passengers in a survey the "
	    "operator ran last winter, when more than two thousand replied.\n"
	    "\n"
	    "The survey also found that most of them would pay a little more "
	    "for a boat that ran on time, and that few of them minded the old "
	    "boats as long as they were warm and clean.\n"
	    "\n"
	    "  \xe2\x80\xa2 Home\n"
	    "  \xe2\x80\xa2 News\n"
	    "  \xe2\x80\xa2 Travel\n");
	CHECK(kept("  \xe2\x80\xa2 Engines: two") == 1);
	CHECK(kept("  \xe2\x80\xa2 Top speed") == 1);
	CHECK(kept("  \xe2\x80\xa2 Decks: 3") == 1);
	CHECK(kept("  \xe2\x80\xa2 Heated waiting rooms") == 1);
	CHECK(kept("  \xe2\x80\xa2 A cafe on the upper deck") == 1);
	CHECK(kept("  \xe2\x80\xa2 Travel") == 0);

	/*
	 * A schedule after the text: a heading, day labels of a word or two
	 * and the lines under them, figures in half of them, continue the
	 * article; labels in a list without figures end it.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "Crossings this weekend\n"
	    "\n"
	    "Saturday\n"
	    "\n"
	    "Harbour to Castle Point, 9:30 a.m. (car deck closed)\n"
	    "\n"
	    "Castle Point to the harbour, 4 p.m. (last boat)\n"
	    "\n"
	    "Sunday\n"
	    "\n"
	    "Harbour to the islands, 10 a.m. (foot passengers only)\n"
	    "\n"
	    "The islands to the harbour, 5:15 p.m. (all decks)\n"
	    "\n"
	    "\n"
	    "Privacy policy\n"
	    "Cookie settings\n");
	CHECK(kept("Saturday") == 1 && kept("Sunday") == 1);
	CHECK(kept("Harbour to Castle Point") == 1);
	CHECK_STR(why("Harbour to Castle Point"), "list in text");
	CHECK(kept("The islands to the harbour") == 1);
	judge(sb, FERRY_BODY
	    "\n"
	    "The operator also asked passengers to tell it about the following:\n"
	    "\n"
	    "Delays on the morning boats\n"
	    "\n"
	    "Crowding at the harbour gates\n"
	    "\n"
	    "Lost luggage at both piers\n"
	    "\n"
	    "Sharing tools\n"
	    "\n"
	    "Email this story to a friend\n"
	    "\n"
	    "Print this story for later\n"
	    "\n"
	    "Save this story to your list\n");
	CHECK(kept("Lost luggage at both piers") == 1);
	CHECK(kept("Email this story to a friend") == 0);
	CHECK(kept("Save this story") == 0);

	/*
	 * An attribution: the dash line that signs a quoted post right
	 * under it is kept with it, though furniture follows.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "    The new fares are a disgrace and the council should step in "
	    "before the winter timetable starts, said one commuter online.\n"
	    "    \xe2\x80\x94 Jane Doe (@janedoe) November 18, 2024\n"
	    "\n"
	    "Sign up for our daily newsletter\n"
	    "Share on Facebook\n");
	CHECK(kept("    \xe2\x80\x94 Jane Doe") == 1);
	CHECK_STR(why("    \xe2\x80\x94 Jane Doe"), "attribution");
	CHECK(kept("Share on Facebook") == 0);

	/*
	 * With a first part, the lead is looked for above it, not above the
	 * rest: the stories listed in the box between are not a standfirst.
	 */
	judge(sb, "Home | News | Sport | Weather\n"
	    "\n"
	    "Ferry fares to rise by a tenth\n"
	    "\n"
	    "By Jane Smith\n"
	    "\n"
	    "PORTSMOUTH \xe2\x80\x94 Harbour ferry fares will rise by ten per cent "
	    "in December, the operator said on Thursday, blaming the fuel costs "
	    "that have climbed for a third year in a row.\n"
	    "\n"
	    "Share on Facebook\n"
	    "Follow us on Twitter\n"
	    "Sign up for our daily newsletter\n"
	    "Cookie settings\n"
	    "Privacy policy\n"
	    "Terms of use\n"
	    "Read more\n"
	    "  \xe2\x80\xa2 Bridge repairs to close the east road next month\n"
	    "  \xe2\x80\xa2 Schools plan a later start in the winter term\n"
	    "\n"
	    FERRY_BODY);
	CHECK(kept("PORTSMOUTH") == 1);
	CHECK(kept("  \xe2\x80\xa2 Bridge repairs") == 0);
	CHECK(kept("  \xe2\x80\xa2 Schools plan") == 0);
	CHECK_STR(why("Ferry fares to rise"), "headline");

	/*
	 * A timetable whose lines come again under every day: the repeats
	 * are the list's, judged text, so they do not cost the article's run
	 * as furniture printed twice does.
	 */
	judge(sb, FERRY_BODY
	    "\n"
	    "The boats will keep to this timetable over the holidays:\n"
	    "\n"
	    "Friday\n"
	    "\n"
	    "Harbour to Castle Point, 9:30 a.m. (car deck closed)\n"
	    "\n"
	    "Last boat back at 6 p.m.\n"
	    "\n"
	    "Tickets on board only, cash or card\n"
	    "\n"
	    "Saturday\n"
	    "\n"
	    "Harbour to the islands, 9:30 a.m. (car deck closed)\n"
	    "\n"
	    "Last boat back at 6 p.m.\n"
	    "\n"
	    "Tickets on board only, cash or card\n"
	    "\n"
	    "Sunday\n"
	    "\n"
	    "Harbour to the old pier, 9:30 a.m. (car deck closed)\n"
	    "\n"
	    "Last boat back at 6 p.m.\n"
	    "\n"
	    "Tickets on board only, cash or card\n"
	    "\n"
	    "Monday\n"
	    "\n"
	    "Harbour to the north quay, 9:30 a.m. (car deck closed)\n"
	    "\n"
	    "Last boat back at 6 p.m.\n"
	    "\n"
	    "Tickets on board only, cash or card\n"
	    "\n"
	    "Tuesday\n"
	    "\n"
	    "No boats run on Tuesday, 24 December (all day)\n");
	CHECK(kept("Harbour to the north quay") == 1);
	CHECK(kept("No boats run on Tuesday") == 1);
	/*
	 * ... but a list whose items each come twice in a row (a picture's
	 * title, then the link's) is other stories, not a list in the text.
	 */
	judge(sb, "Harbour ferry fares will rise by ten per cent in December, "
	    "the operator said on Thursday, blaming fuel costs that have "
	    "climbed for a third year in a row.\n"
	    "\n"
	    "Also in the news this week:\n"
	    "\n"
	    "Bridge repairs to close the east road next month\n"
	    "Bridge repairs to close the east road next month\n"
	    "Schools plan a later start in the winter term\n"
	    "Schools plan a later start in the winter term\n"
	    "Market traders win a year without rent rises\n"
	    "Market traders win a year without rent rises\n"
	    "\n"
	    "The operator said fuel now made up a third of its running costs "
	    "and that it had no choice but to pass some of the rise on to the "
	    "people who ride its boats every day.\n"
	    "\n"
	    "Passenger groups said the fares had risen faster than wages and "
	    "asked the government to look again at the subsidy it pays for the "
	    "routes.\n");
	CHECK(kept("Bridge repairs to close") == 0);
	CHECK(kept("Schools plan a later") == 0);
	CHECK(kept("Passenger groups") == 1);

	/*
	 * Class "a signature without By": a name of 2 to 4 capitalised
	 * words (particles inside, or in capitals), a comma, and a role
	 * that ends in a role word (byline-roles.txt), or in an agency
	 * after one, on a line of its own, is a byline; under the title it
	 * is no headline.
	 */
	judge(sb, "Ferry fares to rise by a tenth in December\n"
	    "\n"
	    "Maria Lindqvist, Harbour Ledger Transport Correspondent\n"
	    "\n" FERRY_BODY);
	CHECK_STR(why("Maria Lindqvist"), "byline");
	CHECK(kept("Maria Lindqvist") == 0);
	CHECK(headlines() == 1);
	CHECK(kept("Ferry fares to rise") == 1);
	CHECK_STR(why("Ferry fares to rise"), "headline");
	judge(sb, "PETER OKAFOR, Senior Science Writer\n"
	    "Anna van der Berg, staff reporter\n"
	    "Tom Reyes, Chief of Correspondents\n"
	    "Lena Holt, Staff Writer, Associated Press\n");
	CHECK_STR(why("PETER OKAFOR"), "byline");
	CHECK_STR(why("Anna van der Berg"), "byline");
	CHECK_STR(why("Tom Reyes"), "byline");
	CHECK_STR(why("Lena Holt"), "byline");
	/*
	 * ... and its look-alikes are not: a caption's clause, a quote's
	 * attribution whose role ends in an employer, a letter's signature
	 * with a place or a trade that is no role word, a field, a sentence,
	 * one name alone, a name that runs past four words.
	 */
	judge(sb, "Maria Lindqvist, left, with the harbour master\n"
	    "\xe2\x80\x94 Paul Greer, Chief Economist at Harbour Bank\n"
	    "Paul Greer, Chief Economist at Harbour Bank\n"
	    "Joan Ellis, Retired Teacher\n"
	    "Joan Ellis, Portsmouth\n"
	    "Sources: Harbour Ledger, News Desk\n"
	    "Joan Ellis, who writes for the paper, Editor\n"
	    "Karl Brandt, Editor.\n"
	    "Ellis, Staff Writer\n"
	    "The Very Long Harbour Bridge Name, Editor\n");
	CHECK(strcmp(why("Maria Lindqvist, left"), "byline") != 0);
	CHECK(strcmp(why("\xe2\x80\x94 Paul Greer"), "byline") != 0);
	CHECK(strcmp(why("Paul Greer"), "byline") != 0);
	CHECK(strcmp(why("Joan Ellis, Retired"), "byline") != 0);
	CHECK(strcmp(why("Joan Ellis, Portsmouth"), "byline") != 0);
	CHECK(strcmp(why("Sources:"), "byline") != 0);
	CHECK(strcmp(why("Joan Ellis, who"), "byline") != 0);
	CHECK(strcmp(why("Karl Brandt"), "byline") != 0);
	CHECK(strcmp(why("Ellis, Staff"), "byline") != 0);
	CHECK(strcmp(why("The Very Long"), "byline") != 0);

	/* The sample: one headline, the article's. */
	judge(sb, sample);
	CHECK(headlines() == 1);
	CHECK_STR(why("Night buses to reach"), "headline");

	sb_free(sb);
	sb_free(meta);
	return UNIT_DONE();
}
