/*
 * icu_split -- the benchmark's baseline for split-sentences: ICU's
 * sentence BreakIterator (ubrk_open(UBRK_SENTENCE)) over each input line,
 * one sentence a line out, spaces between sentences dropped.
 *
 *	icu_split [-u] < text > sentences
 *
 * By default each line is converted to UTF-16 (u_strFromUTF8WithSub,
 * invalid bytes become U+FFFD), split, and each sentence converted back.
 * With -u the iterator runs on the UTF-8 bytes through a UText
 * (utext_openUTF8), and the sentences are written as the input bytes.
 * One iterator is opened once and reused, as a careful ICU user would.
 *
 * Built by tests/bench/bench.sh with `pkg-config icu-uc icu-i18n`.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

static int
isspace16(UChar c)
{
	return c == ' ' || c == '\t' || c == 0xa0 || c == 0x3000 ||
	    (c >= 0x2000 && c <= 0x200a);
}

static void
die(const char *what, UErrorCode ec)
{
	fprintf(stderr, "icu_split: %s: %s\n", what, u_errorName(ec));
	exit(1);
}

int
main(int argc, char *argv[])
{
	UErrorCode ec = U_ZERO_ERROR;
	UBreakIterator *bi;
	UText *ut = NULL;
	char *line = NULL, *out = NULL;
	UChar *u = NULL;
	size_t cap = 0, ucap = 0, ocap = 0;
	ssize_t len;
	int32_t ulen, s, e, olen;
	int utf8 = argc > 1 && strcmp(argv[1], "-u") == 0;

	bi = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &ec);
	if (U_FAILURE(ec))
		die("ubrk_open", ec);
	while ((len = getline(&line, &cap, stdin)) != -1) {
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (utf8) {
			ec = U_ZERO_ERROR;
			ut = utext_openUTF8(ut, line, len, &ec);
			ubrk_setUText(bi, ut, &ec);
			if (U_FAILURE(ec))
				die("utext", ec);
			for (s = ubrk_first(bi); (e = ubrk_next(bi)) != UBRK_DONE; s = e) {
				int32_t t = e;

				while (t > s && (line[t - 1] == ' ' || line[t - 1] == '\t'))
					t--;
				fwrite(line + s, 1, (size_t)(t - s), stdout);
				putchar('\n');
			}
			continue;
		}
		if ((size_t)len + 1 > ucap) {
			ucap = (size_t)len + 1;
			u = realloc(u, ucap * sizeof *u);
			if (u == NULL)
				return 1;
		}
		ec = U_ZERO_ERROR;
		u_strFromUTF8WithSub(u, (int32_t)ucap, &ulen, line, (int32_t)len,
		    0xfffd, NULL, &ec);
		if (U_FAILURE(ec))
			die("u_strFromUTF8", ec);
		ubrk_setText(bi, u, ulen, &ec);
		if (U_FAILURE(ec))
			die("ubrk_setText", ec);
		for (s = ubrk_first(bi); (e = ubrk_next(bi)) != UBRK_DONE; s = e) {
			int32_t t = e;

			while (t > s && isspace16(u[t - 1]))
				t--;
			if ((size_t)(t - s) * 3 + 1 > ocap) {
				ocap = (size_t)(t - s) * 3 + 1;
				out = realloc(out, ocap);
				if (out == NULL)
					return 1;
			}
			ec = U_ZERO_ERROR;
			u_strToUTF8(out, (int32_t)ocap, &olen, u + s, t - s, &ec);
			if (U_FAILURE(ec))
				die("u_strToUTF8", ec);
			fwrite(out, 1, (size_t)olen, stdout);
			putchar('\n');
		}
	}
	ubrk_close(bi);
	utext_close(ut);
	free(line);
	free(u);
	free(out);
	return ferror(stdout) || fflush(stdout) ? 1 : 0;
}
