/*
 * key -- the normaliser: the comparison key of a line (NFKC, case
 * folded, blanks collapsed, quotes and dashes unified, punctuation
 * trimmed at both ends).  Reads the text of a line; hands the key, in a
 * buffer it owns, to the repeat finder and the driver.
 *
 * Interface: dc_key() (captions.h) builds a whole key; key_more() and
 * key_start() build one step by step (the repeat finder looks at the
 * first bytes of a key before it pays for the rest); keys_free().
 */
#ifndef DEDUPE_KEY_H
#define DEDUPE_KEY_H

#include <stddef.h>

struct dc_keys {
	char		*kbuf;		/* the last key built */
	size_t		 kcap;
};

/* A key being built: s[0..n) read up to i, kx->kbuf[0..len) written. */
struct kbuild {
	const char	*s;
	size_t		 n, i, len;
	int		 space;		/* a blank is due before the next character */
};

/*
 * Build more of a key: until it holds stop bytes or the text ends.  The
 * key bytes of a piece of text do not depend on what follows it, so a
 * key can be built in steps.
 */
void	 key_more(struct dc_keys *kx, struct kbuild *k, size_t stop);

/* Where the key in kx->kbuf[0..len) starts, leading punctuation trimmed. */
size_t	 key_start(const struct dc_keys *kx, size_t st, size_t len);

void	 keys_free(struct dc_keys *kx);

#endif
