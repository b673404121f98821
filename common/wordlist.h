/*
 * wordlist -- word lists kept as data files and compiled in.
 *
 * Each filters/<name>/<list>.txt, and each common/<list>.txt (the lists
 * several programs read), is turned by the build into a C array
 * wl_<list> (non-alphanumerics in the name become '_') of its bytes, and
 * wl_<list>_len.  Declare it with WORDLIST(list) and walk it with
 * wl_next(): one entry a line; blank lines and lines starting with '#'
 * are skipped (so no entry can start with #); trailing blanks and CR are
 * trimmed.  Fields within an
 * entry are separated by TAB; wl_field() splits them.
 */
#ifndef COPYDESK_WORDLIST_H
#define COPYDESK_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

#define WORDLIST(name) \
	extern const char wl_##name[]; \
	extern const size_t wl_##name##_len

struct wl_iter {
	const char	*p;
	const char	*end;
};

void	 wl_init(struct wl_iter *it, const char *data, size_t len);
/* Next entry: 1 and (*line, *len), or 0 at the end. */
int	 wl_next(struct wl_iter *it, const char **line, size_t *len);
/*
 * Field i (0-based) of an entry: 1 and (*f, *flen), or 0 when there are
 * fewer fields.
 */
int	 wl_field(const char *line, size_t len, int i, const char **f,
	    size_t *flen);
/* 1 when field i of an entry is the C string word. */
int	 wl_field_is(const char *line, size_t len, int i, const char *word);

/*
 * A set of byte strings (open addressing, 64-bit hashes).  With fold
 * set, ASCII letters compare case-insensitively.  Values: each entry
 * may carry an int (e.g. an index into a table).
 */
struct strset {
	struct strset_slot {
		char	*s;
		size_t	 len;
		uint64_t hash;
		int	 val;
	} *slots;
	size_t	 cap;
	size_t	 n;
	int	 fold;
};

void	 strset_init(struct strset *set, int fold);
/* Add s (copied); if present already, its value is replaced. */
void	 strset_add(struct strset *set, const char *s, size_t len, int val);
/* 1 and *val (if val != NULL) when s is in the set, else 0. */
int	 strset_get(const struct strset *set, const char *s, size_t len,
	    int *val);
int	 strset_has(const struct strset *set, const char *s, size_t len);
void	 strset_free(struct strset *set);
/* Load every entry (first field) of a word list into set, value = index. */
void	 strset_load(struct strset *set, const char *data, size_t len);

/* A 64-bit hash of bytes (for sets and for dedupe keys). */
uint64_t hash64(const void *p, size_t n);

#endif
