#!/bin/sh
# bench.sh -- copydesk's benchmark (`make bench`, `make bench N=10`).
#
# Speed (MB/s, median of several runs) and peak RSS of every filter and of
# the whole pipeline on a generated scraped-news corpus, side by side in
# the same run with cat, wc -w and awk 'NF>=10', with ICU's sentence
# BreakIterator (when libicu-dev is installed) and with chrono-node (when
# node and npm are); peak RSS on a corpus a tenth the size, to show it
# does not grow with the corpus; and worst-case lines (dots, digits,
# capitals, dollar signs, one line without a newline) at two sizes, to
# show the time grows linearly.  Writes bench.md (the table), bench.tsv
# and, when gnuplot is installed, bench.png into the output folder.
#
#	-n MIB	  corpus size (default 100); the small corpus is a tenth
#	-r RUNS	  runs per program, median shown (default 3; BENCH_RUNS)
#	-w MIB	  worst-case line size (default 10, at most N; BENCH_WORST_BYTES
#		  gives it in bytes)
#	-i FILE	  measure on FILE instead of a generated corpus
#	-o DIR	  where the table goes (default bench-out/; BENCH_OUT)
#	-b BUILD  the build folder whose bin/ is measured (default build,
#		  or $BUILD as `make bench BUILD=...` exports it)
#	BENCH_CHRONO=0  leave chrono-node out (no npm install)
#	BENCH_STARTS=N  runs per program for the start-up rows (default 200)
#
# When ../shared is beside the checkout, also the real-page corpus: the
# pages of ../shared/data/boilerplate and boilerplate-gn1 concatenated, a
# form feed between pages (rows marked "(pages)", ratios to wc -w on the
# same pages).  Start-up: every program run BENCH_STARTS times, one
# process per run, on a 5 KB article (the first 5 KB of the corpus, cut
# at a line end), CPU time per process next to cat's; and, when valgrind
# is installed, the instructions of one such process (callgrind: no noise).
#
# The generated corpus, the ICU driver and chrono-node (npm) are kept in
# BUILD/bench/.  Nothing here is part of `make check`; tests/bench.bats
# only checks that `make bench N=1` runs.
set -eu

usage() {
	echo "usage: bench.sh [-n MIB] [-r RUNS] [-w MIB] [-i FILE] [-o DIR] [-b BUILD]" >&2
	exit 2
}

TOP=$(cd "$(dirname "$0")/../.." && pwd)
N=100				# corpus size, MiB
RUNS=${BENCH_RUNS:-3}		# runs per program; the median is shown
W=				# worst-case line size, MiB (default min(10, N))
INPUT=
OUTDIR=${BENCH_OUT:-$TOP/bench-out}
BUILDDIR=${BUILD:-build}
CHRONO=${BENCH_CHRONO:-1}	# 0: leave chrono-node out (no npm install)

while getopts n:r:w:i:o:b: opt; do
	case $opt in
	n) N=$OPTARG ;;
	r) RUNS=$OPTARG ;;
	w) W=$OPTARG ;;
	i) INPUT=$OPTARG ;;
	o) OUTDIR=$OPTARG ;;
	b) BUILDDIR=$OPTARG ;;
	*) usage ;;
	esac
done
shift $((OPTIND - 1))
[ $# -eq 0 ] || usage
case $N$RUNS${W:-1} in *[!0-9]*) usage ;; esac
if [ "$N" -eq 0 ] || [ "$RUNS" -eq 0 ]; then usage; fi
if [ -z "$W" ]; then
	W=10
	[ "$N" -ge 10 ] || W=$N
fi

case $BUILDDIR in /*) ;; *) BUILDDIR=$TOP/$BUILDDIR ;; esac
BIN=$BUILDDIR/bin
CACHE=$BUILDDIR/bench
mkdir -p "$CACHE" "$OUTDIR"
OUTDIR=$(cd "$OUTDIR" && pwd)
export LC_ALL=C.UTF-8
PATH=$BIN:$TOP/pipelines:$PATH
export PATH
CC=${CC:-cc}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/copydesk-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

note() {
	printf '%s\n' "$*" >&2
	printf '%s\n' "$*" >> "$TMP/notes"
}
: > "$TMP/notes"

FILTERS=
for f in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates extract-meta; do
	if [ -x "$BIN/$f" ]; then
		FILTERS="$FILTERS $f"
	else
		note "note: $f is not built in $BIN: left out"
	fi
done
have() {
	case " $FILTERS " in *" $1 "*) return 0 ;; esac
	return 1
}

# --- tools: GNU time for peak RSS, a nanosecond clock -------------------
GTIME=
if /usr/bin/time -f %M -o "$TMP/t" true 2>/dev/null && [ -s "$TMP/t" ]; then
	GTIME=/usr/bin/time
else
	note "note: GNU time (/usr/bin/time) not found: no peak RSS"
fi
case $(date +%N) in
[0-9]*) now() { date +%s%N; } ;;
*) now() { echo "$(date +%s)000000000"; }
   note "note: date has no %N: times are whole seconds" ;;
esac

# newer A B: is file A newer than file B? (test -nt is not POSIX)
newer() {
	[ -n "$(find "$1" -newer "$2" 2>/dev/null)" ]
}

# --- the corpus ---------------------------------------------------------
gen=$CACHE/gen
if [ ! -x "$gen" ] || newer "$TOP/tests/bench/gen.c" "$gen"; then
	$CC -std=c11 -O2 -o "$gen" "$TOP/tests/bench/gen.c"
fi
if [ -n "$INPUT" ]; then
	[ -r "$INPUT" ] || { echo "bench.sh: $INPUT: cannot read" >&2; exit 1; }
	CORPUS=$INPUT
	bytes=$(wc -c < "$CORPUS")
	# the small corpus: the first tenth, cut at a line end
	head -c $((bytes / 10)) "$CORPUS" | sed '$d' > "$TMP/small"
	SMALL=$TMP/small
	what="$INPUT"
else
	CORPUS=$CACHE/corpus-$N.txt
	SMALL=$CACHE/corpus-$N-small.txt
	if [ ! -s "$CORPUS" ] || newer "$gen" "$CORPUS"; then
		"$gen" -k $((N * 1024)) > "$CORPUS"
	fi
	if [ ! -s "$SMALL" ] || newer "$gen" "$SMALL"; then
		"$gen" -k $((N * 1024 / 10)) > "$SMALL"
	fi
	what="generated corpus (tests/bench/gen.c -k $((N * 1024)))"
fi
BYTES=$(wc -c < "$CORPUS")
SBYTES=$(wc -c < "$SMALL")
# the sample for chrono-node: the first 2 MiB of the small corpus, cut at
# a line end (the corpus is generated page by page, so it is a prefix)
SAMPLE=$TMP/sample
if [ "$SBYTES" -le 2097152 ]; then
	cp "$SMALL" "$SAMPLE"
else
	head -c 2097152 "$SMALL" | sed '$d' > "$SAMPLE"
fi

# --- the alternatives ---------------------------------------------------
ICU=
if pkg-config --exists icu-uc icu-i18n 2>/dev/null; then
	if [ ! -x "$CACHE/icu_split" ] || newer "$TOP/tests/bench/icu_split.c" "$CACHE/icu_split"; then
		# shellcheck disable=SC2046
		$CC -std=c11 -O2 -o "$CACHE/icu_split" "$TOP/tests/bench/icu_split.c" \
		    $(pkg-config --cflags --libs icu-uc icu-i18n) || true
	fi
	[ -x "$CACHE/icu_split" ] && ICU=$CACHE/icu_split
fi
[ -n "$ICU" ] || note "note: libicu-dev not installed (pkg-config icu-uc icu-i18n): no ICU row"

CHRONO_OK=
if [ "$CHRONO" = 1 ] && command -v node >/dev/null 2>&1; then
	if [ ! -d "$CACHE/node_modules/chrono-node" ] && command -v npm >/dev/null 2>&1; then
		echo "installing chrono-node with npm into $CACHE ..." >&2
		npm install --prefix "$CACHE" --no-audit --no-fund --no-save \
		    --loglevel=error chrono-node@2 >&2 || true
	fi
	if [ -d "$CACHE/node_modules/chrono-node" ]; then
		CHRONO_OK=1
		CHRONO_VERSION=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' \
		    "$CACHE/node_modules/chrono-node/package.json" | head -1)
	else
		note "note: chrono-node could not be installed with npm: no chrono-node row"
	fi
elif [ "$CHRONO" = 1 ]; then
	note "note: node is not installed: no chrono-node row"
else
	note "note: BENCH_CHRONO=0: chrono-node left out"
fi

# --- measuring ----------------------------------------------------------
# run CMD INPUT: run the shell command once with INPUT on stdin and
# stdout to /dev/null; sets $ns (wall time), $cpuns (user + system time
# of it and its children, or 0) and $rss (KiB, or -).
run() {
	t0=$(now)
	if [ -n "$GTIME" ]; then
		$GTIME -f '%M %U %S' -o "$TMP/rss" sh -c "$1" < "$2" > /dev/null 2> "$TMP/err" || {
			note "note: '$1' failed: $(tail -1 "$TMP/err")"
		}
		l=$(tail -1 "$TMP/rss")
		rss=${l%% *}
		cpuns=$(echo "$l" | awk '{ printf("%.0f", ($2 + $3) * 1e9) }')
	else
		sh -c "$1" < "$2" > /dev/null 2> "$TMP/err" || note "note: '$1' failed"
		rss=-
		cpuns=0
	fi
	t1=$(now)
	ns=$((t1 - t0))
}

# mbs BYTES NS: MB/s (10^6 bytes a second)
mbs() {
	awk -v b="$1" -v ns="$2" 'BEGIN {
		if (ns <= 0) { print "-"; exit }
		v = b / 1e6 / (ns / 1e9)
		printf(v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v) }'
}

# median FILE: the median of the numbers in FILE
median() {
	sort -n "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'
}

# measure NAME CMD INPUT: RUNS runs; median time; max RSS.  Appends a
# row to $TMP/rows: NAME MB/s CPU-MB/s RSS-KiB BYTES CMD.
measure() {
	: > "$TMP/times"
	: > "$TMP/cpus"
	maxrss=0
	i=0
	while [ $i -lt "$RUNS" ]; do
		run "$2" "$3"
		echo "$ns" >> "$TMP/times"
		echo "$cpuns" >> "$TMP/cpus"
		[ "$rss" = - ] || [ "$rss" -le "$maxrss" ] || maxrss=$rss
		i=$((i + 1))
	done
	med=$(median "$TMP/times")
	cmed=$(median "$TMP/cpus")
	b=$(wc -c < "$3")
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$(mbs "$b" "$med")" "$(mbs "$b" "$cmed")" \
	    "$maxrss" "$b" "$2" >> "$TMP/rows"
	printf '  %-28s %10s MB/s  %10s MB/CPU-s  %8s KiB\n' "$1" "$(mbs "$b" "$med")" \
	    "$(mbs "$b" "$cmed")" "$maxrss" >&2
}

# rss_of CMD INPUT: peak RSS (KiB) of one run
rss_of() {
	run "$1" "$2"
	echo "$rss"
}

: > "$TMP/rows"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "corpus: $what, $BYTES bytes; $RUNS runs each" >&2

# the real-page corpus, when ../shared is there
SHARED=${SHARED:-$TOP/../shared}
PAGES=
if [ -d "$SHARED/data/boilerplate/pages" ]; then
	PAGES=$TMP/pages
	for f in "$SHARED"/data/boilerplate/pages/*.txt \
	    "$SHARED"/data/boilerplate-gn1/pages/*.txt; do
		[ -f "$f" ] || continue
		cat "$f"
		printf '\f\n'
	done > "$PAGES"
else
	note "note: $SHARED/data/boilerplate not found: no real-page rows"
fi

# measure_filters SUFFIX INPUT: a row for every filter, named "f SUFFIX"
measure_filters() {
	for f in $FILTERS; do
		case $f in
		tag-dates) measure "$f$1" "$f --ref-date 2019-09-05" "$2" ;;
		*) measure "$f$1" "$f" "$2" ;;
		esac
	done
}

measure "cat" "cat" "$CORPUS"
measure "wc -w" "wc -w" "$CORPUS"
measure "awk 'NF>=10'" "awk 'NF>=10'" "$CORPUS"
measure_filters "" "$CORPUS"
[ -z "$ICU" ] || measure "ICU BreakIterator" "$ICU" "$CORPUS"
PIPE=
if have strip-boilerplate && have dedupe-captions && have split-sentences && have tag-money; then
	PIPE="strip-boilerplate | dedupe-captions | split-sentences | tag-money"
	measure "pipeline (4 stages)" "$PIPE" "$CORPUS"
fi
if have strip-boilerplate && have dedupe-captions && have split-sentences && have tag-money && have tag-dates; then
	measure "article-facts" "article-facts --ref-date 2019-09-05" "$CORPUS"
fi
if [ -n "$PAGES" ]; then
	echo "real pages: $(wc -c < "$PAGES") bytes" >&2
	measure "wc -w (pages)" "wc -w" "$PAGES"
	measure_filters " (pages)" "$PAGES"
fi
# chrono-node is slow: it and tag-dates run on a sample (the first 2 MiB,
# at most a tenth), and the ratio is taken between those two rows.
if [ -n "$CHRONO_OK" ]; then
	have tag-dates && measure "tag-dates (sample)" "tag-dates --ref-date 2019-09-05" "$SAMPLE"
	measure "chrono-node $CHRONO_VERSION (sample)" \
	    "NODE_PATH='$CACHE/node_modules' node '$TOP/tests/bench/chrono.js' 2019-09-05" "$SMALL"
fi

# peak RSS on the small corpus, for the programs
echo "peak RSS on the small corpus ($SBYTES bytes):" >&2
: > "$TMP/small-rss"
while IFS='	' read -r name _ _ _ _ cmd; do
	case $name in *"(sample)"*|*"(pages)"*) continue ;; esac
	r=$(rss_of "$cmd" "$SMALL")
	printf '%s\t%s\n' "$name" "$r" >> "$TMP/small-rss"
done < "$TMP/rows"

# --- start-up: one process per 5 KB article, as a corpus build runs them --
STARTS=${BENCH_STARTS:-200}
ARTICLE=$TMP/article
head -c 5120 "$SMALL" | sed '$d' > "$ARTICLE"
: > "$TMP/starts"
echo "start-up: $STARTS processes each on a $(wc -c < "$ARTICLE")-byte article:" >&2
for f in cat $FILTERS; do
	case $f in
	cat) cmd=cat ;;
	*) cmd=$BIN/$f ;;
	esac
	run "i=0; while [ \$i -lt $STARTS ]; do $cmd < '$ARTICLE' > /dev/null; i=\$((i + 1)); done" /dev/null
	ir=-
	if command -v valgrind >/dev/null 2>&1; then
		ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd \
		    < "$ARTICLE" 2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
	fi
	printf '%s\t%s\t%s\t%s\n' "$f" "$cpuns" "$ns" "${ir:--}" >> "$TMP/starts"
	printf '  %-20s %8.2f ms CPU a process  %12s instructions\n' "$f" \
	    "$(echo "$cpuns $STARTS" | awk '{ print $1 / $2 / 1e6 }')" "${ir:--}" >&2
done

# --- worst cases: one line of W MiB and of W/10 MiB, no final newline ----
WB=${BENCH_WORST_BYTES:-$((W * 1024 * 1024))}
: > "$TMP/worst"
echo "worst cases ($WB and $((WB / 10)) bytes, one line, no newline):" >&2
for kind in dots digits capitals dollars; do
	case $kind in
	dots) c=. ;;
	digits) c=7 ;;
	capitals) c=A ;;
	dollars) c='$' ;;
	esac
	head -c "$WB" /dev/zero | tr '\0' "$c" > "$TMP/w-big"
	head -c $((WB / 10)) /dev/zero | tr '\0' "$c" > "$TMP/w-small"
	for f in $FILTERS; do
		run "timeout 300 $f" "$TMP/w-small"; cs=$cpuns
		run "timeout 300 $f" "$TMP/w-big"; cb=$cpuns; tb=$ns; rb=$rss
		printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$f" "$kind" "$cs" "$cb" "$tb" "$rb" >> "$TMP/worst"
	done
done

# --- the table ----------------------------------------------------------
cpu=$(sed -n 's/^model name[^:]*: *//p' /proc/cpuinfo 2>/dev/null | head -1)
ncpu=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
{
	echo "# copydesk benchmark"
	echo
	echo "$(date -u '+%Y-%m-%d %H:%M UTC'); ${cpu:-unknown CPU}, $ncpu CPUs; load average at the start: $LOAD0; LC_ALL=$LC_ALL"
	echo "Corpus: $what: $BYTES bytes (small corpus: $SBYTES bytes; sample: $(wc -c < "$SAMPLE") bytes)."
	echo "MB/s = 10^6 input bytes per second of wall-clock time, median of $RUNS runs; output"
	echo "to /dev/null.  MB per CPU-s: the same bytes over user + system time (of all the"
	echo "processes of a pipeline), which a busy machine disturbs less.  Ratios are given"
	echo "as wall / CPU: from MB/s, then from MB per CPU-s."
	echo "Peak RSS from GNU time (for a pipeline: its largest process).  Rows marked (sample)"
	echo "ran on the sample only; their peak RSS is in the small-corpus column."
	echo
	echo "| program | MB/s | MB per CPU-s | × wc -w | × alternative | peak RSS, small corpus | peak RSS, corpus |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	awk -F'\t' -v smallf="$TMP/small-rss" '
	# "wall / CPU" ratios of a to b
	function ratio(a, b, ac, bc, f) {
		if (!(a > 0 && b > 0))
			return "-"
		return sprintf(f, a / b) ((ac > 0 && bc > 0) ? sprintf(" / " f, ac / bc) : "")
	}
	function mib(k) { return k == "" || k == "-" || k == 0 ? "-" : sprintf("%.1f MiB", k / 1024) }
	BEGIN { while ((getline l < smallf) > 0) { split(l, a, "\t"); small[a[1]] = a[2] } }
	{ name[NR] = $1; speed[NR] = $2; cpu[NR] = $3; rss[NR] = $4 }
	$1 == "wc -w" { wc = $2; wcc = $3 }
	$1 == "wc -w (pages)" { wcp = $2; wcpc = $3 }
	$1 == "ICU BreakIterator" { icu = $2; icuc = $3 }
	$1 ~ /^chrono-node/ { chrono = $2; chronoc = $3 }
	END {
		for (i = 1; i <= NR; i++) {
			n = name[i]; s = speed[i]; c = cpu[i]
			x = n ~ /\(pages\)$/ ? ratio(s, wcp, c, wcpc, "%.2f") : \
			    ratio(s, wc, c, wcc, "%.2f")
			alt = "-"
			if (n == "split-sentences" && icu > 0)
				alt = ratio(s, icu, c, icuc, "%.1f") " × ICU"
			if (n == "tag-dates (sample)" && chrono > 0)
				alt = ratio(s, chrono, c, chronoc, "%.0f") " × chrono-node"
			if (n ~ /\(sample\)/)
				printf("| %s | %s | %s | %s | %s | %s | - |\n", n, s, cpu[i],
				    x, alt, mib(rss[i]))
			else
				printf("| %s | %s | %s | %s | %s | %s | %s |\n", n, s, cpu[i],
				    x, alt, mib(small[n]), mib(rss[i]))
		}
	}' "$TMP/rows"
	if [ -n "$PAGES" ]; then
		echo
		echo "Rows marked (pages): the real-page corpus ($(wc -c < "$PAGES") bytes: the pages of"
		echo "../shared/data/boilerplate and boilerplate-gn1, a form feed between pages); their"
		echo "× wc -w is to wc -w on the same pages."
	fi
	echo
	echo "Start-up: $STARTS processes a program, one after the other, each on the same"
	echo "$(wc -c < "$ARTICLE")-byte article (the first 5 KB of the small corpus); CPU time (user +"
	echo "system, with the shell loop) per process, and the instructions of one process"
	echo "under callgrind (user space, dynamic loading included; not noisy)."
	echo
	echo "| program | CPU ms a process | × cat | instructions a process |"
	echo "|---|---:|---:|---:|"
	awk -F'\t' -v n="$STARTS" '
	$1 == "cat" { cat = $2 }
	{ name[NR] = $1; cpu[NR] = $2; ir[NR] = $4 }
	END {
		for (i = 1; i <= NR; i++)
			printf("| %s | %.2f | %s | %s |\n", name[i], cpu[i] / n / 1e6,
			    cat > 0 ? sprintf("%.2f", cpu[i] / cat) : "-", ir[i])
	}' "$TMP/starts"
	echo
	echo "Worst cases: one line without a newline, of $((WB / 10)) and $WB bytes.  CPU time"
	echo "(user + system, 10 ms resolution); the ratio big/small is about 10 for linear time."
	echo
	echo "| program | line of | CPU, $((WB / 10)) B | CPU, $WB B | ratio | wall, $WB B | peak RSS |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	awk -F'\t' '{
		r = $3 > 0 ? sprintf("%.1f", $4 / $3) : "-"
		printf("| %s | %s | %.2f s | %.2f s | %s | %.2f s | %s |\n", $1, $2, $3 / 1e9,
		    $4 / 1e9, r, $5 / 1e9, $6 == "-" ? "-" : sprintf("%.1f MiB", $6 / 1024))
	}' "$TMP/worst"
	if [ -s "$TMP/notes" ]; then
		echo
		sed 's/^note: /Note: /' "$TMP/notes"
	fi
	echo
	echo "Commands (input on stdin):"
	echo
	awk -F'\t' '{ printf("    %-28s %s\n", $1 ":", $6) }' "$TMP/rows"
} > "$OUTDIR/bench.md"
{
	printf 'program\tMB/s\tMB_per_cpu_s\tpeak_rss_kib\tbytes\tcommand\n'
	cat "$TMP/rows"
} > "$OUTDIR/bench.tsv"
cat "$OUTDIR/bench.md"

# --- the chart ----------------------------------------------------------
# Two bars a program: MB/s (wall clock) and MB per CPU-second, coloured by
# kind: baselines grey, alternatives orange, copydesk green.
if command -v gnuplot >/dev/null 2>&1; then
	awk -F'\t' '$2 != "-" {
		kind = ($1 == "cat" || $1 == "wc -w" || $1 ~ /^awk/) ? 1 : \
		    ($1 ~ /^ICU|^chrono/) ? 2 : 3
		gsub(/"/, "", $1)

		sub(/^chrono-node [^ ]*/, "chrono-node", $1)
		printf("\"%s\"\t%s\t%s\t%d\n", $1, $2, $3 == "-" ? "NaN" : $3, kind)
	}' "$TMP/rows" > "$TMP/plot.dat"
	term="pngcairo size 1100,600 font 'sans,10'"
	gnuplot -e "set terminal $term" -e "" >/dev/null 2>&1 || term="png size 1100,600"
	gnuplot > /dev/null 2>&1 <<EOF || note "note: gnuplot failed: no chart"
set terminal $term
set output "$OUTDIR/bench.png"
set title "copydesk on $BYTES bytes of scraped news (median of $RUNS runs; log scale; load average $LOAD0)"
set ylabel "MB/s"
set logscale y
set boxwidth 0.38
set xtics rotate by -35 left nomirror
set grid ytics
set key top right
set bmargin 9
set rmargin 8
col(k) = k == 1 ? 0x999999 : k == 2 ? 0xd95f02 : 0x1b9e77
plot "$TMP/plot.dat" using (\$0 - 0.2):2:(col(\$4)):xtic(1) with boxes fs solid 0.85 border -1 lc rgb variable notitle, \
     "" using (\$0 + 0.2):3:(col(\$4)) with boxes fs solid 0.3 border -1 lc rgb variable notitle, \
     "" using (\$0 - 0.2):2:2 with labels offset 0,0.7 font ",8" notitle, \
     NaN with boxes fs solid 0.85 lc rgb "#555555" title "MB/s (wall clock)", \
     NaN with boxes fs solid 0.3 lc rgb "#555555" title "MB per CPU-second"
EOF
	[ -s "$OUTDIR/bench.png" ] && echo "chart: $OUTDIR/bench.png" >&2
else
	echo "gnuplot not installed: no chart" >&2
fi
echo "table: $OUTDIR/bench.md" >&2
