#!/bin/sh
# txt2c.sh NAME < list.txt > list.c -- compile a word list into the binary
# as const char wl_NAME[] and size_t wl_NAME_len (see common/wordlist.h).
# Backslashes, quotes, '?' (trigraphs) and CR are escaped; every line
# keeps its LF.
name=$(printf '%s' "$1" | tr -c 'A-Za-z0-9_\n' '_')
printf '#include <stddef.h>\n'
printf 'extern const char wl_%s[];\nextern const size_t wl_%s_len;\n' "$name" "$name"
printf 'const char wl_%s[] =\n' "$name"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/\r/\\r/g' \
    -e 's/^/    "/' -e 's/$/\\n"/'
printf '    "";\nconst size_t wl_%s_len = sizeof wl_%s - 1;\n' "$name" "$name"
