/*
 * Unit tests of the dedupe-captions engine: caption shapes, keys, and
 * the judging of documents.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "../../filters/dedupe-captions/captions.h"
#include "../../filters/dedupe-captions/dedupe.h"
#include "rx.h"
#include "u8.h"
#include "unit.h"

static struct dedupe *d;

static int
is_caption(const char *s)
{
	size_t ks, ke;

	return dc_detect(d, s, strlen(s), &ks, &ke);
}

/* The caption proper of s, without its credit and labels. */
static const char *
proper(const char *s)
{
	static char buf[1024];
	size_t ks, ke;

	if (!dc_detect(d, s, strlen(s), &ks, &ke))
		return "(not a caption)";
	snprintf(buf, sizeof(buf), "%.*s", (int)(ke - ks), s + ks);
	return buf;
}

static const char *
key(const char *s)
{
	static char buf[1024];
	const char *k;
	size_t n = dc_key(d, s, strlen(s), &k);

	snprintf(buf, sizeof(buf), "%.*s", (int)n, k);
	return buf;
}

static void
test_shapes(void)
{
	static const char *const yes[] = {
		"Boats in the bay. Photo: AP",
		"Boats in the bay. Photograph: Toby Melville/Reuters",
		"Boats in the bay. (AP Photo/Gerald Herbert)",
		"Boats in the bay. (Manu Ortega/AP)",
		"Boats in the bay. Picture: Jane Okafor",
		"Boats in the bay. Image: City Council",
		"Boats in the bay. Credit: Marta Silva",
		"Boats in the bay.Credit: Getty",
		"Boats in the bayCredit: Getty",
		"Boats in the bay Image copyright Getty Images",
		"Image copyright Getty Images",
		"Getty Images",
		"Reuters",
		"Alex Moreau | Bloomberg | Getty Images",
		"© REUTERS / POOL",
		"Boats in the bay. Reuters",
		"Boats in the bay, 2019. REUTERS/Ana Lima",
		"Boats in the bay. Chris Dale/Pool via REUTERS",
		"Boats in the bay on Monday Lena Park/AFP via Getty Images",
		"Boats in the bay. (Image: GETTY )",
		"Boats in the bay. (Photo by Ann WU / AFP) (Photo credit should read ANN WU/AFP/Getty Images)",
		"FILE - In this March 3, 2018, file photo, boats in the bay.",
		"FILE PHOTO: Boats in the bay, June 4, 2019.",
		"Image caption Boats in the bay",
		"Pictured: boats in the bay",
		"Boats in the bay, in this undated picture released on May 2.",
		"Лодки в заливе. Фото: Иван Петров / ТАСС",
		"海湾里的船。图片：新华社",
		"Boats in the bay. EPA-EFE/Marta Silva",
		"Des bateaux dans la baie. Photo : AFP",
		"Boote in der Bucht. Foto: dpa",
		"Barcos en la bah\xc3\xad" "a. Foto: EFE",
		"\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\xb9\xbf\xe5\x9c\xba\xe3\x80\x82"
		    "\xef\xbc\x88\xe6\x96\xb0\xe5\x8d\x8e\xe7\xa4\xbe\xe8\xae\xb0\xe8\x80\x85"
		    " \xe5\xbc\xa0\xe4\xb8\x89 \xe6\x91\x84\xef\xbc\x89",	/* 市民在广场。（新华社记者 张三 摄） */
		"\xe5\xb8\x82\xe6\xb0\x91\xe5\x9c\xa8\xe5\xb9\xbf\xe5\x9c\xba\xe3\x80\x82"
		    "\xe6\x96\xb0\xe5\x8d\x8e\xe7\xa4\xbe\xe8\xae\xb0\xe8\x80\x85"
		    "\xe5\xbc\xa0\xe4\xb8\x89\xe6\x91\x84",	/* 市民在广场。新华社记者张三摄 */
		"\xe5\xba\x83\xe5\xa0\xb4\xe3\x81\xae\xe5\xb8\x82\xe6\xb0\x91"
		    "\xef\xbc\x88\xe5\x86\x99\xe7\x9c\x9f\xef\xbc\x9a\xe5\x85\xb1\xe5\x90\x8c\xef\xbc\x89",	/* 広場の市民（写真：共同） */
		"\xea\xb4\x91\xec\x9e\xa5\xec\x9d\x98 \xec\x8b\x9c\xeb\xaf\xbc\xeb\x93\xa4. "
		    "\xec\x82\xac\xec\xa7\x84=\xec\x97\xb0\xed\x95\xa9\xeb\x89\xb4\xec\x8a\xa4",	/* 광장의 시민들. 사진=연합뉴스 */
		"\xd9\x85\xd8\xaa\xd8\xb8\xd8\xa7\xd9\x87\xd8\xb1\xd9\x88\xd9\x86. "
		    "\xd8\xaa\xd8\xb5\xd9\x88\xd9\x8a\xd8\xb1: \xd8\xb1\xd9\x88\xd9\x8a\xd8\xaa\xd8\xb1\xd8\xb2",	/* متظاهرون. تصوير: رويترز */
		"\xce\x9f \xcf\x80\xcf\x81\xcf\x89\xce\xb8\xcf\x85\xcf\x80\xce\xbf\xcf\x85\xcf\x81\xce\xb3\xcf\x8c\xcf\x82. "
		    "\xce\xa6\xcf\x89\xcf\x84\xce\xbf\xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xaf\xce\xb1: Reuters",	/* Ο πρωθυπουργός. Φωτογραφία: Reuters */
		/* the cheap checks before the patterns must let these through */
		"Boats in the bay. Photographs by Ann Lee",
		"Boats in the bay. PICTURE BY Ann Lee",
		"Boats in the bay. Photo\xc2\xa0" "by Ann Lee",	/* U+00A0 */
		"Boats in the bay. Photo\xc5\xbf by Ann Lee",	/* U+017F LONG S */
		"Photo courtesy of Ann Lee",
		"In this\xc2\xa0" "file photo, boats in the bay.",
		"Boats in the bay, in  this undated picture released Monday.",
		"Ann Lee poses for a photo in the bay.",
		"Boats in the bay. \xc2\xa9 2019 Reuters",
		"Media caption Boats in the bay",
		"Video credit: Ann Lee",
		"Pictured: boats",
		"Video: boats in the bay at dawn",
		"Boats in the bay. [Ann Lee via NASA]",
		"Boats in the bay. [Manu Ortega/AP]",
		"Boats in the bay. File photo by Ann Lee",
		"[harbour_im]STAFF PHOTO BY ANN LEEJon Park",
		"Ferries in the harbour at dawn.REUTERS/Ana Lima",
		"Ferries in the harbour at dawn. Ana Lima for Reuters",
		"Ferries in the harbour at dawn. Ana Lima for the Associated Press",
		"Ferries in the harbour at dawn. US Presswire",
		"Ferries in the harbour at dawn. Action Images via Reuters",
		"Ferries in the harbour at dawn.\xc2\xa0REUTERS/Ana Lima",
		/* U+017F matches 's' without case; sought as before when there is a "by" */
		"courte\xc5\xbfy photo by",
		"Boats in the bay. Image courte\xc5\xbfy of Ann Lee, Abby Road",
		/* a person placed in the picture (places.txt) */
		"Mira Solberg, left, and Tomas Reyes sign the lease in Oslo.",
		"Two keepers, one of them Jon Park, second from right, feed the seals.",
		"Dana Whitfield, center, cuts the ribbon at the new library.",
		/* a wire caption's weekday, date and year */
		"Fishermen unload the catch at the port of Vigo, Spain, Tuesday, Oct. 8, 2019.",
		"Crowds wait for the ferry in Ostend on Saturday, March 14, 2020. More were expected.",
		"Crowds wait for the ferry in Ostend, Sunday, Sept. 6, 2009 (Photo: Staff)",
		/* "combined" like "combination" */
		"The two rivals are seen in this combined image.",
		NULL
	};
	static const char *const no[] = {
		"The company denied the allegations, Reuters reported.",
		"The minister told AFP.",
		"According to Reuters, the talks broke down on Friday.",
		"The Associated Press (AP) first reported the deal.",
		"Officials at the European Space Agency (ESA) confirmed it.",
		"The image was released by NASA/JPL.",
		"He compared the scene to a photo by Ansel Adams.",
		"She filed a complaint with the US Copyright Office.",
		"Picture this: a town with no cars at all.",
		"Credit card debt rose for the third month in a row.",
		"The EPA said the new rules would take effect next year.",
		"Pittsburgh, PA",
		"Image 1 of 23",
		"",
		"He was hit by Ann Lee.",
		"Ferries in the harbour at dawn. ana lima for reuters",
		"Boats in the bay. courte\xc5\xbfy of Ann Lee",
		"The ferries were late, said the harbour master Ana Lima for Reuters",
		"Ann Lee, who proposes for a photo op, spoke.",
		"Boats in the bay [spacer]",
		"Boats in the bay [see: harbour]",
		/* sides, weekdays and dates of running text */
		"The party, left without a leader, split in two.",
		"Voters on the left, right and center agreed.",
		"Turn left, then right, at the second light.",
		"The vote is on Tuesday, Oct. 8, and the count on Wednesday.",
		"The vote was held on Tuesday, and the result came in 2019.",
		"He said Monday, Nov. 4, 2019 would be the last day of talks.",
		"A holiday, Oct. 8, 2019, closed the banks.",
		"Friday, May 8, 2009",			/* a dateline */
		"An evening with the harbour master Sunday, May 3, 2015",	/* a title and its dateline */
		"Reply by the end of day on Monday, October 30, 2000.",	/* a long month in full */
		"\xc2\xa9 2024 The Daily Ledger. All rights reserved.",
		"\xe8\xbf\x99\xe6\x98\xaf\xe4\xbb\x96\xe8\x87\xaa\xe5\xb7\xb1\xe6\x8b\x8d\xe6\x91\x84",	/* 这是他自己拍摄 */
		"\xe4\xbb\x96\xe8\xaf\xb4\xe8\xbf\x99\xe5\xbc\xa0\xe7\x85\xa7\xe7\x89\x87\xe5\xbe\x88\xe5\xa5\xbd\xe3\x80\x82",	/* 他说这张照片很好。 */
		NULL
	};
	int i;

	for (i = 0; yes[i] != NULL; i++)
		if (!is_caption(yes[i])) {
			CHECK(!"caption not told");
			fprintf(stderr, "  line: %s\n", yes[i]);
		} else
			CHECK(1);
	for (i = 0; no[i] != NULL; i++)
		if (is_caption(no[i])) {
			CHECK(!"body line taken for a caption");
			fprintf(stderr, "  line: %s\n", no[i]);
		} else
			CHECK(1);
}

static void
test_proper(void)
{
	CHECK_STR(proper("Boats in the bay. Photo: AP"), "Boats in the bay. ");
	CHECK_STR(proper("Boats in the bay. (AP Photo/Gerald Herbert)"),
	    "Boats in the bay. ");
	CHECK_STR(proper("Boats in the bay. (Photo by Ann WU / AFP) (Photo credit should read ANN WU/AFP/Getty Images)"),
	    "Boats in the bay. ");
	CHECK_STR(proper("FILE - Boats in the bay. (AP Photo/Gerald Herbert)"),
	    "Boats in the bay. ");
	CHECK_STR(proper("Image caption Boats in the bay"), "Boats in the bay");
	CHECK_STR(proper("BOATS IN THE BAY ON TUESDAY. (AP Photo/Rui Gomes)"),
	    "BOATS IN THE BAY ON TUESDAY. ");
	CHECK_STR(proper("Getty Images"), "");
	CHECK_STR(proper("Photo: Damian Ruiz, AP"), "");
	CHECK_STR(proper("Boats in the bay Image copyright Getty Images"),
	    "Boats in the bay ");
	CHECK_STR(proper("Boats in the bayCredit: Getty"), "Boats in the bay");
}

/*
 * Credits of 1 to 10 words of 1 to 20 letters: the walk back over the
 * window's words (eight bytes at a time) finds where each starts.
 */
static void
test_word_lengths(void)
{
	char buf[512], word[32];
	int len, nw, i, ok = 1;
	size_t o;

	for (len = 1; len <= 20; len++)
		for (nw = 1; nw <= 10; nw++) {
			memset(word, 'n', sizeof(word));
			word[0] = 'A';
			word[len] = '\0';
			o = (size_t)snprintf(buf, sizeof(buf), "Boats in the bay. Photo:");
			for (i = 0; i < nw; i++)
				o += (size_t)snprintf(buf + o, sizeof(buf) - o, " %s", word);
			snprintf(buf + o, sizeof(buf) - o, "/Reuters");
			ok &= strcmp(proper(buf), "Boats in the bay. ") == 0;
			o = (size_t)snprintf(buf, sizeof(buf), "Boats in the bay.");
			for (i = 0; i < nw; i++)
				o += (size_t)snprintf(buf + o, sizeof(buf) - o, " %s", word);
			snprintf(buf + o, sizeof(buf) - o, " (AP Photo/%s)", word);
			ok &= is_caption(buf);
		}
	CHECK(ok);
}

static void
test_keys(void)
{
	CHECK_STR(key("  Boats  in\tthe BAY.  "), "boats in the bay");
	CHECK_STR(key("The mayor’s “dog”"), "the mayor's 'dog");
	CHECK_STR(key("The mayor's \"dog\""), "the mayor's 'dog");
	CHECK_STR(key("Ｔｈｅ ﬁsh\xc2\xa0market"), "the fish market");
	CHECK_STR(key("Straße – gross"), "strasse - gross");
	CHECK_STR(key("soft\xc2\xadhyphen"), "softhyphen");
	CHECK_STR(key("..."), "");
	CHECK_STR(key(""), "");
	CHECK_STR(key("caf\xe9"), "caf\xef\xbf\xbd");
}

/*
 * The fast path of dc_key (ASCII and common punctuation) must agree with
 * the slow one (utf8proc): add a letter that forces the slow path.
 */
static void
test_fast_keys(void)
{
	static const int32_t cps[] = {
		0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
		0x00AB, 0x00BB, 0x2039, 0x203A, 0x2010, 0x2011, 0x2012, 0x2013,
		0x2014, 0x2015, 0x2212, 0x00A0, 0x2002, 0x2003, 0x2004, 0x2005,
		0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000,
		0x200B, 0x00AD, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x2026, 0x2022,
		0x00A9, 0x00AE, 0x00B7, 0x00B0, 0
	};
	char fast[1100], slow[1100], buf[16];
	int i, k;
	int32_t cp;

	for (i = 0; cps[i] != 0; i++) {
		k = u8_encode(cps[i], buf);
		snprintf(fast, sizeof(fast), "Ab %.*s Cd\"x", k, buf);
		snprintf(slow, sizeof(slow), "Ab %.*s Cd\"x\xc3\x89", k, buf);
		snprintf(fast, sizeof(fast), "%s", key(fast));
		snprintf(slow, sizeof(slow), "%s", key(slow));
		/* the slow key ends in "\xc3\xa9" (é) */
		if (strlen(slow) < 2 || strncmp(fast, slow, strlen(slow) - 2) != 0 ||
		    strlen(fast) != strlen(slow) - 2) {
			CHECK(!"fast and slow keys differ");
			fprintf(stderr, "  U+%04X: \"%s\" vs \"%s\"\n", (unsigned)cps[i],
			    fast, slow);
		} else
			CHECK(1);
	}
	/*
	 * U+2500..U+26FF, a rule of three: alone (the fast path), and in
	 * one run with an E-acute, which sends the run to utf8proc.
	 */
	for (cp = 0x2500; cp <= 0x26FF; cp++) {
		k = u8_encode(cp, buf);
		snprintf(fast, sizeof(fast), "a%.*s%.*s%.*sb", k, buf, k, buf, k, buf);
		snprintf(slow, sizeof(slow), "a\xc3\x89%.*s%.*s%.*sb", k, buf, k,
		    buf, k, buf);
		snprintf(fast, sizeof(fast), "%s", key(fast));
		snprintf(slow, sizeof(slow), "%s", key(slow));
		/* the slow key is the fast one with "\xc3\xa9" (e-acute) after 'a' */
		if (strlen(fast) + 2 != strlen(slow) || fast[0] != slow[0] ||
		    strcmp(fast + 1, slow + 3) != 0) {
			CHECK(!"fast and slow keys differ");
			fprintf(stderr, "  U+%04X: \"%s\" vs \"%s\"\n", (unsigned)cp,
			    fast, slow);
		} else
			CHECK(1);
	}
}

/*
 * U+2500..U+26FF end a run of non-ASCII characters (key.c, is_inert()):
 * what utf8proc knows of each says nothing composes, reorders or is
 * dropped across one, and the key of a line with marks and a soft
 * hyphen on both sides of one is its utf8proc fold.
 */
static void
test_inert_keys(void)
{
	char in[64], buf[8];
	const char *k;
	char *fold;
	size_t n, flen, kn;
	int32_t cp;
	int bl;

	for (cp = 0x2500; cp <= 0x26FF; cp++) {
		const utf8proc_property_t *pr = utf8proc_get_property(cp);

		CHECK(pr->decomp_seqindex == UINT16_MAX &&
		    pr->casefold_seqindex == UINT16_MAX &&
		    pr->combining_class == 0 && pr->comb_index == UINT16_MAX &&
		    !pr->ignorable);
		bl = u8_encode(cp, buf);
		n = (size_t)snprintf(in, sizeof(in),
		    "Xe\xcc\x81\xc2\xad%.*s\xcc\x81\xc2\xad\xe2\x94\x81y", bl, buf);
		kn = dc_key(d, in, n, &k);
		fold = u8_fold(in, n, &flen);
		if (kn != flen || memcmp(k, fold, kn) != 0) {
			CHECK(!"key is not the utf8proc fold");
			fprintf(stderr, "  U+%04X: \"%.*s\" vs \"%.*s\"\n",
			    (unsigned)cp, (int)kn, k, (int)flen, fold);
		} else
			CHECK(1);
		free(fold);
	}
}

/*
 * The phrase gate finds its 's' eight bytes at a time: the phrase is a
 * caption at every offset from a chunk's start, after leading blanks or
 * other text, in capitals, and up to the line's last byte.
 */
static void
test_phrase_offsets(void)
{
	static const char *const yes[] = { "in this file photo",
	    "IN THIS UNDATED PICTURE", "Ann Lee poses for a photo",
	    "Ann Lee POSES FOR A PORTRAIT", NULL };
	static const char *const no[] = { "who proposes for a photo op",
	    "in thi file photo", NULL };
	char buf[128];
	int k, i, ok = 1, c;

	for (k = 0; k < 20; k++)
		for (c = 0; c < 2; c++) {
			for (i = 0; yes[i] != NULL; i++) {
				snprintf(buf, sizeof(buf), "%*s%s", k, c ? "Boats, " : "",
				    yes[i]);
				ok &= is_caption(buf);
			}
			for (i = 0; no[i] != NULL; i++) {
				snprintf(buf, sizeof(buf), "%*s%s", k, c ? "Boats, " : "",
				    no[i]);
				ok &= !is_caption(buf);
			}
		}
	CHECK(ok);
}

/* Indented lines: the walks back stop at the leading blanks. */
static void
test_indent(void)
{
	char buf[128];
	int k, ok = 1;

	for (k = 0; k < 40; k++) {
		snprintf(buf, sizeof(buf), "%*s", k, "");
		ok &= !is_caption(buf);
		snprintf(buf, sizeof(buf), "%*sGetty Images  ", k, "");
		ok &= is_caption(buf);
		snprintf(buf, sizeof(buf), "%*sBoats. (AP Photo/Ann Lee) \t", k, "");
		ok &= is_caption(buf);
		snprintf(buf, sizeof(buf), "%*sthe council said.", k, "");
		ok &= !is_caption(buf);
	}
	CHECK(ok);
}

/*
 * The word signatures (lexicon.h) let a word through whenever its set
 * holds it: every word of the three sets passes its signature test in
 * the case it was loaded in, in upper case and in lower case.
 */
static int
sig_holds(const struct strset *set, const struct wsig *g)
{
	char buf[256];
	size_t i, k;
	int ok = 1;

	for (i = 0; i < set->cap; i++) {
		const struct strset_slot *sl = &set->slots[i];

		if (sl->s == NULL || sl->len > sizeof(buf))
			continue;
		ok &= wsig_may(g, sl->s, sl->len);
		for (k = 0; k < sl->len; k++)
			buf[k] = (char)(sl->s[k] >= 'a' && sl->s[k] <= 'z' ?
			    sl->s[k] - 32 : sl->s[k]);
		ok &= wsig_may(g, buf, sl->len);
		for (k = 0; k < sl->len; k++)
			buf[k] = (char)(sl->s[k] >= 'A' && sl->s[k] <= 'Z' ?
			    sl->s[k] + 32 : sl->s[k]);
		ok &= wsig_may(g, buf, sl->len);
	}
	return ok;
}

static void
test_signatures(void)
{
	const struct dc_lex *lx = &d->lex;

	CHECK(lx->lower.n > 100 && sig_holds(&lx->lower, &lx->lowsig));
	CHECK(lx->agfirst.n > 50 && sig_holds(&lx->agfirst, &lx->agsig));
	CHECK(lx->lfirst.n > 30 && sig_holds(&lx->lfirst, &lx->lfsig));
	/* and they keep most other words out */
	CHECK(!wsig_may(&lx->agsig, "council", 7) ||
	    !wsig_may(&lx->agsig, "minister", 8));
}

/* Run the judge over lines; return the kept ones joined by '\n'. */
static const char *
judge(struct dedupe *dd, const char *const *lines)
{
	static char out[4096];
	struct dc_text t[32] = { { NULL, 0 } };
	struct dc_verdict v[32];
	size_t n, i, len = 0;

	for (n = 0; lines[n] != NULL; n++) {
		t[n].p = lines[n];
		t[n].n = strlen(lines[n]);
	}
	dc_judge(dd, t, n, v);
	out[0] = '\0';
	for (i = 0; i < n; i++)
		if (!v[i].drop)
			len += (size_t)snprintf(out + len, sizeof(out) - len, "%s%s",
			    len ? "\n" : "", lines[i]);
	return out;
}

/* judge() keeps state (stream scope): call it once per check. */
#define JUDGE_IS(dd, lines, want) do { \
	const char *got_ = judge((dd), (lines)); \
	CHECK_STR(got_, (want)); \
} while (0)

static void
test_judge(void)
{
	static const char *const doc[] = {
		"Boats in the bay. Photo: AP",
		"Body text.",
		"Boats in the bay.",
		"BOATS IN THE BAY. (Reuters)",
		"Body text.",
		NULL
	};
	static const char *const gallery[] = {
		"Boats in the bay at dawn, before the ferries start. Photo: AP",
		"Boats in the bay at dawn, before the ferries start. less",
		"Boats in the bay at dawn, before the fer... more",
		NULL
	};
	static const char *const nearcredit[] = {
		"An artist's view of the new harbour.",
		"An artist's view of the new harbour.",
		"Getty Images",
		"The harbour opens in May.",
		NULL
	};
	static const char *const pq[] = {
		"Intro.",
		"\"A town without a library is a town without a memory,\" she said, handing over the keys.",
		"\"A town without a library is a town without a memory\"",
		"Share",
		"Share",
		NULL
	};
	static const char *const doc2[] = {
		"Boats in the bay.",
		"Boats in the bay. Photo: AP",
		NULL
	};
	static const char *const credits[] = {
		"Boats in the bay at dawn.",
		"Image copyright Getty Images",
		"Ferries leave the harbour at noon.",
		"Image copyright Getty Images",
		NULL
	};
	static const char *const credits2[] = {
		"Boats in the bay at dawn. Photo: AP",
		"Getty Images",
		"Body text.",
		"Boats in the bay at dawn. Photo: AP",
		"Getty Images",
		NULL
	};
	/* copies found through folding, and only from their first bytes */
	static const char *const alts[] = {
		"Ferries at dawn. Photo: AP",
		"\xe2\x80\x94 \xe2\x80\x9c" "Ferries   at DAWN.\xe2\x80\x9d",	/* — “...” */
		"\xef\xbc\xa6\xef\xbd\x85\xef\xbd\x92\xef\xbd\x92\xef\xbd\x89"
		    "\xef\xbd\x85\xef\xbd\x93 at dawn",	/* full-width Ferries */
		"A long caption about boats in the harbour at first light. Photo: AP",
		"...A long caption about boats in the harbour at first light",
		"A long caption about boats in the harbour at first l... more",
		"Ferries at dawn are late again.",
		"\xe2\x80\x9c" "A long caption about boats in the harbour at first light, and more.\xe2\x80\x9d",
		NULL
	};
	struct dc_opts o = { DC_DROP_REPEATS, DC_SCOPE_DOC, 0 };
	struct dedupe *dd;

	JUDGE_IS(d, doc, "Boats in the bay. Photo: AP\nBody text.\nBody text.");
	JUDGE_IS(d, gallery,
	    "Boats in the bay at dawn, before the ferries start. Photo: AP");
	JUDGE_IS(d, nearcredit, "An artist's view of the new harbour.\n"
	    "Getty Images\nThe harbour opens in May.");
	JUDGE_IS(d, pq, "Intro.\n\"A town without a library is a town without a memory,\" she said, handing over the keys.\n\"A town without a library is a town without a memory\"\nShare\nShare");
	/* a credit line repeats only with its caption */
	JUDGE_IS(d, credits, "Boats in the bay at dawn.\nImage copyright Getty Images\n"
	    "Ferries leave the harbour at noon.\nImage copyright Getty Images");
	JUDGE_IS(d, credits2, "Boats in the bay at dawn. Photo: AP\nGetty Images\nBody text.");
	JUDGE_IS(d, alts, "Ferries at dawn. Photo: AP\n"
	    "A long caption about boats in the harbour at first light. Photo: AP\n"
	    "Ferries at dawn are late again.\n"
	    "\xe2\x80\x9c" "A long caption about boats in the harbour at first light, and more.\xe2\x80\x9d");
	/* the alt-text copy first is kept, the captioned copy is the repeat */
	JUDGE_IS(d, doc2, "Boats in the bay.");
	/* the same document again: nothing carries over without stream scope */
	JUDGE_IS(d, doc2, "Boats in the bay.");

	o.mode = DC_DROP_ALL;
	dd = dc_new(&o);
	JUDGE_IS(dd, doc, "Body text.\nBody text.");
	JUDGE_IS(dd, nearcredit, "The harbour opens in May.");
	dc_free(dd);

	o.mode = DC_DROP_REPEATS;
	o.any_line = 1;
	dd = dc_new(&o);
	JUDGE_IS(dd, pq, "Intro.\n\"A town without a library is a town without a memory,\" she said, handing over the keys.\nShare");
	dc_free(dd);

	o.any_line = 0;
	o.scope = DC_SCOPE_STREAM;
	dd = dc_new(&o);
	JUDGE_IS(dd, doc2, "Boats in the bay.");
	JUDGE_IS(dd, doc2, "");
	dc_free(dd);

	o.scope = DC_SCOPE_DOC;
	o.mode = DC_KEEP_ALL;
	dd = dc_new(&o);
	JUDGE_IS(dd, doc, "Boats in the bay. Photo: AP\nBody text.\nBoats in the bay.\nBOATS IN THE BAY. (Reuters)\nBody text.");
	dc_free(dd);

	CHECK_STR(dc_reason_name(DC_R_REPEAT), "repeat");
	CHECK_STR(dc_reason_name(DC_R_TEXT), "text");
}

/* Long and odd inputs: no crash, bounded work. */
static void
test_long(void)
{
	size_t n = 1 << 20, ks, ke, i;
	char *s = malloc(n + 16);
	const char *k;

	for (i = 0; i < n; i++)
		s[i] = "a /AP."[i % 6];
	memcpy(s + n, " Photo: AP", 10);
	CHECK(!dc_detect(d, s, n + 10, &ks, &ke));	/* too long for a caption */
	CHECK(dc_key(d, s, n, &k) > 0);
	memset(s, '/', n);
	CHECK(!dc_detect(d, s, 1000, &ks, &ke));
	free(s);
}

int
main(void)
{
	struct dc_opts o = { DC_DROP_REPEATS, DC_SCOPE_DOC, 0 };

	d = dc_new(&o);
	test_shapes();
	test_proper();
	test_word_lengths();
	test_keys();
	test_fast_keys();
	test_inert_keys();
	test_signatures();
	test_phrase_offsets();
	test_indent();
	test_judge();
	test_long();
	dc_free(d);
	rx_cleanup();
	return UNIT_DONE();
}
