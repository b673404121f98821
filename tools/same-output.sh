#!/bin/sh
# same-output.sh OLD NEW [PROGRAM...] -- show that two builds write the same
# bytes.  OLD and NEW are bin folders (build/bin of two checkouts); each
# PROGRAM (default: every program in NEW) is run with several option sets
# on the generated benchmark corpus and, when ../shared is beside the
# checkout, on every dataset there.  Prints one line per program and option
# set, "same" or "DIFFERS"; exits 1 when anything differs.  For refactoring
# commits that must not change output (docs/HACKING.md).
#
#	sh tools/same-output.sh /tmp/old/build/bin build/bin tag-dates
#
# Environment: SAME_MIB (generated corpus size, default 10), SHARED.
set -eu
[ $# -ge 2 ] || { echo "usage: same-output.sh OLD_BIN NEW_BIN [PROGRAM...]" >&2; exit 2; }
old=$(cd "$1" && pwd); new=$(cd "$2" && pwd); shift 2
top=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$top/../shared}
mib=${SAME_MIB:-10}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT INT TERM
export LC_ALL=C.UTF-8

# --- inputs: name and file, one per line in $work/inputs ------------------
${CC:-cc} -std=c11 -O2 -o "$work/gen" "$top/tests/bench/gen.c"
"$work/gen" -k $((mib * 1024)) > "$work/corpus.txt"
echo "corpus $work/corpus.txt" > "$work/inputs"
for s in samples/*.txt; do echo "sample-${s##*/} $top/$s"; done >> "$work/inputs"
pages() {	# pages DIR NAME -- every page of DIR, a form feed between pages
	[ -d "$1" ] || return 0
	for f in "$1"/*.txt; do cat "$f"; printf '\f\n'; done > "$work/$2.txt"
	echo "$2 $work/$2.txt" >> "$work/inputs"
	# and keyed by page (first key = file name), as a corpus build feeds it
	awk -v OFS='\t' '{ n = FILENAME; sub(/.*\//, "", n); print n, $0 }' \
	    "$1"/*.txt > "$work/$2-keyed.txt"
	echo "$2-keyed $work/$2-keyed.txt" >> "$work/inputs"
}
d=$SHARED/data
pages "$d/boilerplate/pages" pages-aeb
pages "$d/boilerplate-gn1/pages" pages-gn1
for f in "$d"/sentences/*.tsv "$d"/money/*.tsv "$d"/dates/*.tsv \
    "$d"/dates/tbaq/*.tsv "$d"/meta/*.tsv; do
	[ -f "$f" ] && echo "${f##*/} $f" >> "$work/inputs"
done

# --- option sets per program ------------------------------------------------
options() {
	case $1 in
	strip-boilerplate) printf '%s\n' "" "--explain" "--keep-meta" "-r" ;;
	dedupe-captions) printf '%s\n' "" "--drop-all" "--mark" "--explain" \
	    "-a" "--scope=stream" ;;
	split-sentences) printf '%s\n' "" "-n" "--lang de" "--lang fr" "-r" ;;
	tag-money) printf '%s\n' "" "--dollar=HKD" "-r" ;;
	tag-dates) printf '%s\n' "" "--ref-date 2019-09-05" "--ref-date 2019-09-05 --dmy" \
	    "--mdy" "--ref-key 3" "-r" ;;
	*) printf '%s\n' "" "-r" ;;
	esac
}

[ $# -gt 0 ] || set -- $(cd "$new" && ls)
status=0
for p in "$@"; do
	options "$p" > "$work/opts"
	while IFS= read -r o; do
		same=0 differ=
		while read -r name file; do
			# shellcheck disable=SC2086
			"$old/$p" $o < "$file" > "$work/a" 2>&1 || true
			# shellcheck disable=SC2086
			"$new/$p" $o < "$file" > "$work/b" 2>&1 || true
			if cmp -s "$work/a" "$work/b"; then
				same=$((same + 1))
			else
				differ="$differ $name"
			fi
		done < "$work/inputs"
		if [ -z "$differ" ]; then
			echo "same     $p ${o:-(default)}: $same inputs"
		else
			echo "DIFFERS  $p ${o:-(default)}:$differ"
			status=1
		fi
	done < "$work/opts"
done
exit $status
