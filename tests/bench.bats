#!/usr/bin/env bats
# The benchmark (tests/bench/): a smoke test that it runs, and that its
# corpus generator is deterministic.  The measuring itself is `make bench`,
# never part of make check.
load test_helper

setup() {
	T=$BATS_TEST_TMPDIR
}

@test "make bench N=1 writes a table of every built filter beside cat, wc -w and awk, in rounds, ratios from best CPU times" {
	command -v cc >/dev/null || skip "no C compiler for the corpus generator"
	[ -z "${COPYDESK_VALGRIND:-}" ] || skip "the benchmark is not run under valgrind"
	# -o all: measure the build under test as it is; never rebuild it here
	# (with other flags than it was built with, e.g. a sanitizer build).
	BENCH_OUT=$T/out BENCH_RUNS=2 BENCH_CHRONO=0 BENCH_WORST_BYTES=65536 BENCH_STARTS=5 \
	    run -0 --separate-stderr make --no-print-directory -o all -C "$TOP" \
	    BUILD="$BUILD" bench N=1
	[ -s "$T/out/bench.md" ]
	[ -s "$T/out/bench.tsv" ]
	for p in cat "wc -w" "awk 'NF>=10'"; do
		grep -qF "| $p | " "$T/out/bench.md"
	done
	local f n=0
	for f in "$BUILD"/bin/*; do
		f=${f##*/}
		grep -q "^| $f | [0-9.]* | " "$T/out/bench.md" || { echo "no row for $f"; return 1; }
		grep -q "^| $f | dots | " "$T/out/bench.md" || { echo "no worst case for $f"; return 1; }
		grep -q "^| $f | [0-9.]* | [0-9.-]* | [0-9-]* |\$" "$T/out/bench.md" ||
		    { echo "no start-up row for $f"; return 1; }
		n=$((n + 1))
	done
	[ "$n" -gt 0 ]
	# two interleaved rounds, every command once in each
	[[ "$stderr" == *"round 2 of 2:"* ]]
	# × wc -w is the ratio of best CPU times (bench.tsv: bytes, best and
	# worst CPU ns of the rounds), as the table prints it
	awk -F'\t' -v md="$T/out/bench.md" '
	NR == 1 { next }
	$1 == "wc -w" { wc = $5 / $7 }
	{ if ($7 > $8) { print "best CPU above worst: " $1; bad = 1 }
	  rate[$1] = $5 / $7 }
	END {
		while ((getline l < md) > 0) {
			# the first table only
			if (l ~ /^\| program \| MB per CPU-s/) { intable = 1; continue }
			if (intable && l !~ /^\|/) break
			n = split(l, c, / *\| */)
			if (n != 9 || !(c[2] in rate) || c[2] ~ /\((pages|sample)\)/)
				continue
			want = sprintf("%.2f", rate[c[2]] / wc)
			if (c[4] != want) { print c[2] ": × wc -w " c[4] ", want " want; bad = 1 }
			seen++
		}
		if (seen < 3) { print "no rows checked"; bad = 1 }
		exit bad
	}' "$T/out/bench.tsv"
}

@test "the bench's stopwatch reports wall and CPU time of all a command's processes, peak RSS and exit status" {
	command -v cc >/dev/null || skip "no C compiler for the stopwatch"
	cc -std=c11 -O2 -o "$T/cputime" "$TOP/tests/bench/cputime.c"
	run -3 "$T/cputime" "$T/t" 'i=0; while [ $i -lt 30000 ]; do i=$((i + 1)); done | cat; exit 3'
	read -r wall cpu rss status < "$T/t"
	[ "$status" -eq 3 ]
	[ "$cpu" -gt 0 ]
	[ "$wall" -gt 0 ]
	[ "$rss" -gt 0 ]
	run -2 "$T/cputime" "$T/t"
}

@test "the corpus generator writes the same bytes for the same size, pages split by form feeds" {
	command -v cc >/dev/null || skip "no C compiler for the corpus generator"
	cc -std=c11 -O2 -o "$T/gen" "$TOP/tests/bench/gen.c"
	"$T/gen" -k 64 > "$T/a"
	"$T/gen" -k 64 > "$T/b"
	cmp "$T/a" "$T/b"
	[ "$(wc -c < "$T/a")" -ge 65536 ]
	[ "$(grep -c $'^\f$' "$T/a")" -gt 3 ]
	"$T/gen" -k 64 -s 2 | cmp -s - "$T/a" && return 1
	"$T/gen" -k 64 -w | grep -vq $'^doc[0-9]\{6\}\t' && return 1
	true
}

@test "the ICU driver splits sentences when libicu-dev is installed" {
	pkg-config --exists icu-uc icu-i18n 2>/dev/null || skip "libicu-dev is not installed"
	# shellcheck disable=SC2046
	cc -std=c11 -O2 -o "$T/icu_split" "$TOP/tests/bench/icu_split.c" \
	    $(pkg-config --cflags --libs icu-uc icu-i18n)
	run -0 --separate-stderr sh -c 'printf "He left at noon. She stayed.\n" | "$1"' sh "$T/icu_split"
	[ "$output" = "He left at noon.
She stayed." ]
}
