/*
 * tokenize -- owns the byte classes (sb_bcls) and the tokenizer: one pass
 * over a line's text that counts its words, letters, URLs and separators
 * (struct tally) and writes its normalised key (sb->key, token starts in
 * sb->tok, each token's W_ kind in sb->tkind).  Reads the short-word
 * table; hands on the tally to line.c and the key to line.c and words.c.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "sb-int.h"
#include "xalloc.h"

unsigned short sb_bcls[256];	/* B_SEP only for bytes >= 0x80 */

void
sb_bcls_init(void)
{
	int c;

	for (c = 0; c < 256; c++) {
		sb_bcls[c] = 0;
		if (c == ' ' || c == '\t' || c == '\f' || c == '\v')
			sb_bcls[c] |= B_BLANK;
		if (c >= 'A' && c <= 'Z')
			sb_bcls[c] |= B_UPPER;
		if (c >= 'a' && c <= 'z')
			sb_bcls[c] |= B_LOWER;
		if (c >= '0' && c <= '9')
			sb_bcls[c] |= B_DIGIT;
		if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*')
			sb_bcls[c] |= B_CLOSER;
		if (c == '@')
			sb_bcls[c] |= B_AT;
		if (c == '[' || c == ']')
			sb_bcls[c] |= B_BRACKET;
		if (c == '|' || c == '/' || c == '>' || c == ':' || c >= 0x80)
			sb_bcls[c] |= B_SEP;
		if (c == '.' || c == ':' || c == '/' || c == '|' || c == '>')
			sb_bcls[c] |= B_MARK;
		if (c == ',' || c == '.' || c == ':' || c == ';' || c == '!' ||
		    c == '?')
			sb_bcls[c] |= B_TRAIL;
	}
}

/*
 * The end of the run of ASCII lower-case letters at r (before end):
 * eight bytes at a time where it can, so that the end of a word costs
 * no mispredicted loop exit.
 */
static inline const char *
lowerrun(const char *r, const char *end)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t w, x, m;

	while (end - r >= 8) {
		w = ascii_word8(r);
		x = w & ASCII_LOW7;
		/*
		 * High bit of each byte that is not in 'a'..'z': the
		 * complement of ascii_in8(w, 'a', 'z'), written out because
		 * the compiler does not fold the double complement (+0.5%
		 * instructions a byte through ascii_in8()).
		 */
		m = ASCII_HIGHS & ~((x + (0x80 - 'a') * ASCII_ONES) &
		    ~(x + (0x7F - 'z') * ASCII_ONES) & ~w);
		if (m != 0)
			return r + (__builtin_ctzll(m) >> 3);
		r += 8;
	}
#endif
	while (r < end && sb_bcls[(unsigned char)*r] == B_LOWER)
		r++;
	return r;
}

/* 16 bytes 0xff, then 16 zeros: ascii_word8(keep + 16 - n) keeps n bytes. */
static const unsigned char keep[32] = {
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
	0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff
};

/* s[0..n) (n <= WMAX, s[0..16) readable) as two words, zero-padded. */
static inline void
wload(const char *s, size_t n, uint64_t w[2])
{
	w[0] = ascii_word8(s) & ascii_word8(keep + 16 - n);
	w[1] = ascii_word8(s + 8) & ascii_word8(keep + 24 - n);
}

/* Is cp a letter, a digit or a mark (part of a word)? */
static int
wordchar(int32_t cp)
{
	utf8proc_category_t c;

	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	if (cp < 0)
		return 0;
	c = utf8proc_category(cp);
	return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

/* Chinese, Japanese and Korean characters: words without spaces. */
static int
cjk(int32_t cp)
{
	return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
	    (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
	    (cp >= 0xF900 && cp <= 0xFAFF);
}

/* Closing quotes and brackets that may follow a sentence's end. */
static int
closer(int32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	    cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x300D ||
	    cp == 0x300F || cp == 0xFF09 || cp == '*';
}

/*
 * Is the token t an e-mail address: letters before an '@', and a dot
 * between letters after it ("jane@paper.com", "<jane@paper.com>")?  A
 * handle ("@jane") is not.
 */
static int
mailaddr(const char *t, size_t n)
{
	const char *at = memchr(t, '@', n), *end = t + n, *dot;

	if (at == NULL || at == t || !isalnum((unsigned char)at[-1]))
		return 0;
	for (dot = at + 1; dot < end; dot++)
		if (*dot == '.' && dot > at + 1 && dot + 1 < end &&
		    isalpha((unsigned char)dot[1]))
			return 1;
	return 0;
}

/* Separators of menus and breadcrumbs, as whole tokens. */
static int
separator(const char *t, size_t n)
{
	static const char *const seps[] = { "|", "/", ">", ">>", "\xc2\xbb",
	    "\xe2\x80\xba", "\xc2\xb7", "\xe2\x80\xa2", "::", "\xe2\x86\x92",
	    "\xe2\x96\xb8", "\xe2\x96\xba" };
	size_t i;

	if ((unsigned char)*t < 0x80 && *t != '|' && *t != '/' && *t != '>' &&
	    *t != ':')
		return 0;
	for (i = 0; i < sizeof(seps) / sizeof(seps[0]); i++)
		if (strlen(seps[i]) == n && memcmp(seps[i], t, n) == 0)
			return 1;
	return 0;
}

/* The first non-blank at or after t. */
static inline const char *
skipblanks(const char *t, const char *end)
{
	int32_t cp;
	int l;

	for (;;) {
		while (t < end && sb_bcls[(unsigned char)*t] & B_BLANK)
			t++;
		if (t < end && (unsigned char)*t >= 0x80 &&
		    (l = u8_decode(t, end, &cp), isblank8(cp)))
			t += l;
		else
			return t;
	}
}

/*
 * Normalise s[0..n) into sb->key: letters lower-cased, each run of
 * digits written as '#', everything else a single space between tokens;
 * record where the first MAXTOK tokens start.  Returns the key length.
 */
size_t
sb_normalise(struct sb *sb, const char *s, size_t n)
{
	struct tally ta;

	return sb_scan(sb, s, n, &ta);
}

/*
 * The key as sb_scan() writes it: a local copy of the state, so that the
 * compiler can keep it in registers across the stores into the key.
 */
struct keyw {
	char		*key;
	size_t		 k;		/* its length so far */
	size_t		 ts;		/* where the last token starts */
	size_t		 ntok;
	unsigned	 nstops, ndates;
	int		 pend;		/* the last token is still to count */
	int		 inw;		/* the last token is in w (one piece) */
	uint64_t	 w[2];		/* ... zero-padded, as read from the text */
};

/*
 * Count a stopword or a dateline word ('#' is one): the last token,
 * key[ts..k).  Most tokens were one piece of text, read into w as it was
 * copied; the others are read back from the key.
 */
static inline void
counttok(struct sb *sb, struct keyw *kw)
{
	size_t n = kw->k - kw->ts;
	int v;

	if (n > WMAX)
		v = sb->longkind;	/* no stopword, maybe a first word */
	else {
		if (!kw->inw)
			wload(kw->key + kw->ts, n, kw->w);
		v = wget(sb, kw->w);
	}
	if (kw->ntok <= MAXTOK + 1)
		sb->tkind[kw->ntok - 1] = (unsigned char)v;
	kw->nstops += v & K_STOP;
	kw->ndates += (v & K_DATE) >> 1;
}

/* Start a token at key[k] (after a space). */
static inline void
newtok(struct sb *sb, struct keyw *kw)
{
	if (kw->k > 0) {
		if (kw->pend)
			counttok(sb, kw);
		kw->key[kw->k++] = ' ';
	}
	kw->ts = kw->k;
	if (kw->ntok <= MAXTOK)
		sb->tok[kw->ntok] = kw->k;
	kw->ntok++;
	kw->pend = 1;
}

/*
 * One pass over the text s[0..n) of a line: the features of its
 * blank-separated tokens into *out, and at the same time its normalised
 * key into sb->key (see sb_normalise()) with its stopwords and dateline
 * words counted.  Returns the key length.
 */
size_t
sb_scan(struct sb *sb, const char *s, size_t n, struct tally *out)
{
	static const unsigned char hash8[8] = { '#' }, low1[8] = { 0x20 };
	const uint64_t lower1 = ascii_word8(low1);	/* lower-cases the first byte */
	const char *end = s + n, *t, *q, *r;
	struct tally ta;
	struct keyw kw;
	size_t m;
	int32_t cp, first;
	int l, alnum, sep, digit, wc;
	unsigned c, kk, up, mark;
	unsigned plet = 0, pup = 0, pin = 0, pwords = 0;	/* plain words' */
	unsigned ptrail = 0;	/* their B_TRAIL bytes */

	if (sb->keycap < 2 * n + 16 + WMAX)
		xgrow((void **)&sb->key, &sb->keycap, 2 * n + 16 + WMAX, 1);
	memset(&ta, 0, sizeof(ta));
	memset(&kw, 0, sizeof(kw));
	kw.key = sb->key;
	r = NULL;
	for (t = skipblanks(s, end); t < end; ) {
		/*
		 * Three tokens in four are plain words, ASCII letters with no
		 * capital after the first (the rest of the loop's verdict on
		 * them, with the fewest steps): their sums are kept apart, in
		 * registers, and added to the tally at the end.  One more in
		 * ten is a plain word with a comma, a full stop or the like
		 * after it (B_TRAIL: it only separates, and is the line's last
		 * character if it ends the line) -- but "www." is an address.
		 */
		c = (unsigned char)*t;
		kk = sb_bcls[c];
		if (kk & (B_UPPER | B_LOWER)) {
			r = lowerrun(t + 1, end);
			q = r;
			if (q < end && sb_bcls[(unsigned char)*q] & B_TRAIL &&
			    (end - q == 1 ||
			    sb_bcls[(unsigned char)q[1]] & B_BLANK) &&
			    !(r - t == 3 && memcmp(t, "www", 3) == 0))
				q++;
			if (q == end || sb_bcls[(unsigned char)*q] & B_BLANK) {
				uint64_t w[2];
				unsigned v;

				m = (size_t)(r - t);
				up = (kk & B_UPPER) != 0;
				if (kw.k > 0) {
					if (kw.pend)
						counttok(sb, &kw);
					kw.key[kw.k++] = ' ';
				}
				if (kw.ntok <= MAXTOK)
					sb->tok[kw.ntok] = kw.k;
				kw.ntok++;
				/* counted at once: nothing is pending after it */
				if (m <= 16 && end - t >= 16) {
					/* the first letter lower-cased */
					uint64_t a = ascii_word8(t) | lower1;
					uint64_t b = ascii_word8(t + 8);

					memcpy(kw.key + kw.k, &a, 8);
					memcpy(kw.key + kw.k + 8, &b, 8);
					w[0] = a & ascii_word8(keep + 16 - m);
					w[1] = b & ascii_word8(keep + 24 - m);
				} else {
					memcpy(kw.key + kw.k, t, m);
					kw.key[kw.k] = (char)(c | 0x20);
					if (m <= WMAX)
						wload(kw.key + kw.k, m, w);
				}
				kw.k += m;
				v = m > WMAX ? sb->longkind : (unsigned)wget(sb, w);
				if (kw.ntok <= MAXTOK + 1)
					sb->tkind[kw.ntok - 1] = (unsigned char)v;
				kw.nstops += v & K_STOP;
				kw.ndates += (v & K_DATE) >> 1;
				kw.pend = 0;
				plet += (unsigned)m;
				pup += up;
				pin += ta.depth == 0 ? 0 : (unsigned)m;
				pwords++;
				ptrail += (unsigned)(q - r);
				ta.last = (unsigned char)q[-1];
				/* one space, then an ASCII byte of no blank */
				if (end - q >= 2 && !(sb_bcls[(unsigned char)
				    q[1]] & (B_BLANK | B_SEP)))
					t = q + 1;
				else
					t = skipblanks(q, end);
				continue;
			}
		}
		q = t;
		alnum = 0;
		mark = 0;	/* the classes of its other ASCII bytes */
		first = -2;
		sep = 1;	/* a blank ends a key token */
		digit = 0;
		while (q < end) {
			c = (unsigned char)*q;
			if (c < 0x80) {
				kk = sb_bcls[c];
				if (kk & (B_UPPER | B_LOWER)) {
					/*
					 * A letter and the run of lower-case
					 * letters after it, in one step whatever
					 * the letter's case (fewer mispredictions).
					 */
					if (q != t)	/* (else done above) */
						r = lowerrun(q + 1, end);
					m = (size_t)(r - q);
					up = (kk & B_UPPER) != 0;
					if (sep)
						newtok(sb, &kw);
					if (m <= 16 && end - q >= 16) {
						/* the key has room for 16 */
						uint64_t a = ascii_word8(q), b = ascii_word8(q + 8);
						memcpy(kw.key + kw.k, &a, 8);
						memcpy(kw.key + kw.k + 8, &b, 8);
						if (sep) {
							/* the token, for counttok() */
							kw.w[0] = (a | lower1) &
							    ascii_word8(keep + 16 - m);
							kw.w[1] = b & ascii_word8(keep + 24 - m);
						}
						kw.inw = sep;
					} else {
						memcpy(kw.key + kw.k, q, m);
						kw.inw = 0;
					}
					sep = digit = 0;
					kw.key[kw.k] = (char)(c | 0x20);
					kw.k += m;
					first = first == -2 ? (int32_t)c : first;
					alnum = 1;
					ta.chars += (unsigned)m;
					ta.letters += (unsigned)m;
					ta.upper += up;
					ta.lower += (unsigned)m - up;
					ta.outside += ta.depth == 0 ? (unsigned)m : 0;
					ta.last = (unsigned char)r[-1];
					q = r;
					continue;
				}
				if (kk & B_BLANK)
					break;
				ta.chars++;
				mark |= kk;
				if (kk & B_BRACKET) {
					if (c == '[')
						ta.depth++, ta.brackets++;
					else if (ta.depth > 0)
						ta.depth--;
				}
				if (kk & B_DIGIT) {
					if (first == -2)
						first = (int32_t)c;
					alnum = 1;
					ta.outside += ta.depth == 0;
					if (sep) {
						newtok(sb, &kw);
						kw.w[0] = ascii_word8(hash8);
						kw.w[1] = 0;
						kw.inw = 1;
					} else if (!digit)
						kw.inw = 0;
					sep = 0;
					if (!digit)
						kw.key[kw.k++] = '#';
					digit = 1;
				} else
					sep = 1, digit = 0;
				if (!(kk & B_CLOSER))
					ta.last = (int32_t)c;
				q++;
				continue;
			}
			l = u8_decode(q, end, &cp);
			if (isblank8(cp))
				break;
			ta.chars++;
			mark |= B_SEP;
			if (cp == 0xA9)
				ta.copyright = 1;
			wc = wordchar(cp);
			if (cjk(cp)) {
				ta.cjks++;
				ta.chars++;	/* a CJK character says more */
			} else if (wc) {
				if (first == -2)
					first = cp;
				alnum = 1;
				if (ta.depth == 0)
					ta.outside++;
				ta.letters++;
				if (cp >= 0x250)
					ta.nonlatin++;
				switch (utf8proc_category(cp)) {
				case UTF8PROC_CATEGORY_LU:
					ta.upper++;
					break;
				case UTF8PROC_CATEGORY_LL:
					ta.lower++;
					break;
				default:
					break;
				}
			}
			if (wc) {
				if (sep)
					newtok(sb, &kw);
				sep = digit = 0;
				kw.inw = 0;
				kw.k += (size_t)u8_encode(utf8proc_tolower(cp),
				    kw.key + kw.k);
			} else
				sep = 1, digit = 0;
			if (!closer(cp))
				ta.last = cp;
			q += l;
		}
		if (alnum) {
			ta.words++;
			ta.capwords += (unsigned)(first - 'A') < 26;
			if (first > 0x7f && utf8proc_category(first) ==
			    UTF8PROC_CATEGORY_LU)
				ta.capwords++;
			ta.numtok += (unsigned)(first - '0') < 10;
		}
		/*
		 * URLs, addresses and separators all have a byte of B_MARK,
		 * '@' or one beyond ASCII: most words need none of this.
		 */
		if (mark & (B_MARK | B_AT | B_SEP)) {
			if ((*t == 'h' && q - t >= 7 &&
			    memcmp(t, "http://", 7) == 0) ||
			    (*t == 'h' && q - t >= 8 &&
			    memcmp(t, "https://", 8) == 0) ||
			    (*t == 'w' && q - t >= 4 &&
			    memcmp(t, "www.", 4) == 0) ||
			    (q - t >= 2 && (mark & B_AT)))
				ta.urls++;	/* and e-mail addresses, @handles */
			if (mark & B_AT && mailaddr(t, (size_t)(q - t)))
				ta.mails++;
			if ((sb_bcls[(unsigned char)*t] & B_SEP) && q - t <= 3 &&
			    separator(t, (size_t)(q - t)))
				ta.seps++;
			if (*t == '|' || q[-1] == '|')
				ta.pipes++;
			if (q - t > 1 && q[-1] == '/')
				ta.slash++;
		}
		ta.chars++;	/* the blank after it */
		t = skipblanks(q, end);
	}
	ta.chars += plet + ptrail + pwords;	/* a blank after each */
	ta.letters += plet;
	ta.upper += pup;
	ta.lower += plet - pup;
	ta.outside += plet - pin;
	ta.words += pwords;
	ta.capwords += pup;
	if (ta.chars > 0)
		ta.chars--;
	if (kw.pend)
		counttok(sb, &kw);
	if (kw.ntok <= MAXTOK)
		sb->tok[kw.ntok] = kw.k + 1;	/* the end of the last token, + 1 */
	sb->ntok = kw.ntok;
	sb->nstops = kw.nstops;
	sb->ndates = kw.ndates;
	*out = ta;
	return kw.k;
}

