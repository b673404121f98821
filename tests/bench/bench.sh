#!/bin/sh
# bench.sh -- copydesk's benchmark (`make bench`, `make bench N=10`).
#
# Speed and peak RSS of every filter and of the whole pipeline on a
# generated scraped-news corpus, side by side with cat, wc -w and
# awk 'NF>=10', with ICU's sentence BreakIterator (when libicu-dev is
# installed) and with chrono-node (when node and npm are); peak RSS on a
# corpus a tenth the size, to show it does not grow with the corpus; and
# worst-case lines (dots, digits, capitals, dollar signs, one line without
# a newline) at two sizes, to show the time grows linearly.  Writes
# bench.md (the table), bench.tsv and, when gnuplot is installed,
# bench.png into the output folder.
#
# Built to be read on a shared, busy machine: the runs go in rounds, each
# round running every command once in the same order (so a change of load
# hits them all alike), and a command's CPU time (user + system, of all
# its processes, from tests/bench/cputime.c) is the best of its rounds:
# the least disturbed one.  The ratios (× wc -w, × ICU, × chrono-node)
# are taken between those best CPU times.  The median wall-clock MB/s of
# the rounds is a second column.
#
#	-n MIB	  corpus size (default 100); the small corpus is a tenth
#	-r RUNS	  rounds (default 10; BENCH_RUNS): each command runs once a
#		  round, the best CPU time and the median wall time are shown;
#		  on a busy machine more rounds (say -n 10 -r 15) steady the
#		  ratios more than a larger corpus does
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
# same pages; they run in the same rounds).  Start-up: every program run
# BENCH_STARTS times, one process per run, on a 5 KB article (the first
# 5 KB of the corpus, cut at a line end), in rounds as above, the best
# round's CPU time per process next to cat's; and, when valgrind is
# installed, the instructions of one such process (callgrind: no noise).
#
# The generated corpus, the stopwatch, the ICU driver and chrono-node
# (npm) are kept in BUILD/bench/.  Nothing here is part of `make check`;
# tests/bench.bats checks that `make bench N=1` runs, in rounds, and that
# its ratios are those of the best CPU times.
set -eu

usage() {
	echo "usage: bench.sh [-n MIB] [-r RUNS] [-w MIB] [-i FILE] [-o DIR] [-b BUILD]" >&2
	exit 2
}

TOP=$(cd "$(dirname "$0")/../.." && pwd)
N=100				# corpus size, MiB
RUNS=${BENCH_RUNS:-10}		# rounds: best CPU time, median wall time
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

# newer A B: is file A newer than file B? (test -nt is not POSIX)
newer() {
	[ -n "$(find "$1" -newer "$2" 2>/dev/null)" ]
}

# --- tools: the stopwatch (wall, CPU and peak RSS of a command) ---------
CPUTIME=$CACHE/cputime
if [ ! -x "$CPUTIME" ] || newer "$TOP/tests/bench/cputime.c" "$CPUTIME"; then
	$CC -std=c11 -O2 -o "$CPUTIME" "$TOP/tests/bench/cputime.c"
fi

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
# of it and its children) and $rss (peak RSS, KiB).
run() {
	"$CPUTIME" "$TMP/rss" "$1" < "$2" > /dev/null 2> "$TMP/err" || {
		note "note: '$1' failed: $(tail -1 "$TMP/err")"
	}
	read -r ns cpuns rss _ < "$TMP/rss"
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

# least FILE: the least of the numbers in FILE
least() {
	sort -n "$1" | head -1
}

# job NAME CMD INPUT: a command to measure, in the order of the table
: > "$TMP/jobs"
job() {
	printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$TMP/jobs"
}

# rounds: RUNS times, every job once, in the same order; job J's results
# (wall ns, CPU ns, RSS KiB) go to $TMP/res.J, a line a round
rounds() {
	r=1
	while [ $r -le "$RUNS" ]; do
		printf '  round %d of %d:' "$r" "$RUNS" >&2
		j=0
		while IFS='	' read -r name cmd input; do
			j=$((j + 1))
			run "$cmd" "$input"
			printf '%s %s %s\n' "$ns" "$cpuns" "$rss" >> "$TMP/res.$j"
			printf ' %s' "$(echo "$cpuns" | awk '{ printf("%.2f", $1 / 1e9) }')" >&2
		done < "$TMP/jobs"
		echo " s CPU" >&2
		r=$((r + 1))
	done
}

# rows: a row per job to $TMP/rows: NAME MB/s (median wall) MB/CPU-s
# (best CPU) RSS-KiB BYTES CMD CPU-NS (best) CPU-NS (worst)
rows() {
	j=0
	while IFS='	' read -r name cmd input; do
		j=$((j + 1))
		cut -d' ' -f1 "$TMP/res.$j" > "$TMP/times"
		cut -d' ' -f2 "$TMP/res.$j" > "$TMP/cpus"
		med=$(median "$TMP/times")
		best=$(least "$TMP/cpus")
		worst=$(sort -n "$TMP/cpus" | tail -1)
		maxrss=$(cut -d' ' -f3 "$TMP/res.$j" | sort -n | tail -1)
		b=$(wc -c < "$input")
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$(mbs "$b" "$med")" \
		    "$(mbs "$b" "$best")" "$maxrss" "$b" "$cmd" "$best" "$worst" >> "$TMP/rows"
		printf '  %-28s %10s MB/CPU-s (best)  %10s MB/s (median)  %8s KiB\n' "$name" \
		    "$(mbs "$b" "$best")" "$(mbs "$b" "$med")" "$maxrss" >&2
	done < "$TMP/jobs"
}

# rss_of CMD INPUT: peak RSS (KiB) of one run
rss_of() {
	run "$1" "$2"
	echo "$rss"
}

: > "$TMP/rows"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

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

# job_filters SUFFIX INPUT: a job for every filter, named "f SUFFIX"
job_filters() {
	for f in $FILTERS; do
		case $f in
		tag-dates) job "$f$1" "$f --ref-date 2019-09-05" "$2" ;;
		*) job "$f$1" "$f" "$2" ;;
		esac
	done
}

job "cat" "cat" "$CORPUS"
job "wc -w" "wc -w" "$CORPUS"
job "awk 'NF>=10'" "awk 'NF>=10'" "$CORPUS"
job_filters "" "$CORPUS"
[ -z "$ICU" ] || job "ICU BreakIterator" "$ICU" "$CORPUS"
PIPE=
if have strip-boilerplate && have dedupe-captions && have split-sentences && have tag-money; then
	PIPE="strip-boilerplate | dedupe-captions | split-sentences | tag-money"
	job "pipeline (4 stages)" "$PIPE" "$CORPUS"
fi
if have strip-boilerplate && have dedupe-captions && have split-sentences && have tag-money && have tag-dates; then
	job "article-facts" "article-facts --ref-date 2019-09-05" "$CORPUS"
fi
if [ -n "$PAGES" ]; then
	job "wc -w (pages)" "wc -w" "$PAGES"
	job_filters " (pages)" "$PAGES"
fi
# chrono-node is slow: it and tag-dates run on a sample (the first 2 MiB,
# at most a tenth), and the ratio is taken between those two rows.
if [ -n "$CHRONO_OK" ]; then
	have tag-dates && job "tag-dates (sample)" "tag-dates --ref-date 2019-09-05" "$SAMPLE"
	job "chrono-node $CHRONO_VERSION (sample)" \
	    "NODE_PATH='$CACHE/node_modules' node '$TOP/tests/bench/chrono.js' 2019-09-05" "$SAMPLE"
fi
echo "corpus: $what, $BYTES bytes${PAGES:+; real pages: $(wc -c < "$PAGES") bytes}" >&2
echo "$RUNS rounds of $(wc -l < "$TMP/jobs") commands (CPU seconds each):" >&2
rounds
rows

# peak RSS on the small corpus, for the programs
echo "peak RSS on the small corpus ($SBYTES bytes):" >&2
: > "$TMP/small-rss"
while IFS='	' read -r name _ _ _ _ cmd _; do
	case $name in *"(sample)"*|*"(pages)"*) continue ;; esac
	r=$(rss_of "$cmd" "$SMALL")
	printf '%s\t%s\n' "$name" "$r" >> "$TMP/small-rss"
done < "$TMP/rows"

# --- start-up: one process per 5 KB article, as a corpus build runs them --
STARTS=${BENCH_STARTS:-200}
ARTICLE=$TMP/article
head -c 5120 "$SMALL" | sed '$d' > "$ARTICLE"
: > "$TMP/starts"
echo "start-up: $STARTS processes each on a $(wc -c < "$ARTICLE")-byte article, $RUNS rounds:" >&2
SJOBS="cat $FILTERS"
# binary NAME: the program a start-up row runs
binary() {
	case $1 in
	cat) command -v cat ;;
	*) echo "$BIN/$1" ;;
	esac
}
r=1
while [ $r -le "$RUNS" ]; do
	for f in $SJOBS; do
		cmd=$(binary "$f")
		run "i=0; while [ \$i -lt $STARTS ]; do $cmd < '$ARTICLE' > /dev/null; i=\$((i + 1)); done" /dev/null
		printf '%s\n' "$cpuns" >> "$TMP/start.$f"
	done
	r=$((r + 1))
done
for f in $SJOBS; do
	cmd=$(binary "$f")
	best=$(least "$TMP/start.$f")
	ir=-
	if command -v valgrind >/dev/null 2>&1; then
		ir=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$cmd" \
		    < "$ARTICLE" 2>&1 >/dev/null | sed -n 's/.*Collected : *//p')
	fi
	printf '%s\t%s\t%s\n' "$f" "$best" "${ir:--}" >> "$TMP/starts"
	printf '  %-20s %8.2f ms CPU a process (best round)  %12s instructions\n' "$f" \
	    "$(echo "$best $STARTS" | awk '{ print $1 / $2 / 1e6 }')" "${ir:--}" >&2
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
	echo "$RUNS rounds, each running every command once in the order of the table, output"
	echo "to /dev/null.  MB per CPU-s = 10^6 input bytes over the command's user + system time"
	echo "(of all its processes), the best of the rounds: the least disturbed run.  × wc -w"
	echo "and × alternative are ratios of those best CPU times, taken in the same rounds: read"
	echo "these.  MB/s: the same bytes over wall-clock time, median of the rounds, which a busy"
	echo "machine moves more.  Peak RSS: the largest of the rounds (for a pipeline: its largest"
	echo "process).  Rows marked (sample) ran on the sample only, and are compared with each"
	echo "other only; their peak RSS is in the small-corpus column."
	echo
	echo "| program | MB per CPU-s | × wc -w | × alternative | MB/s (wall) | peak RSS, small corpus | peak RSS, corpus |"
	echo "|---|---:|---:|---:|---:|---:|---:|"
	awk -F'\t' -v smallf="$TMP/small-rss" '
	# the ratio of two rates (bytes per CPU-ns)
	function ratio(a, b, f) { return a > 0 && b > 0 ? sprintf(f, a / b) : "-" }
	function mib(k) { return k == "" || k == "-" || k == 0 ? "-" : sprintf("%.1f MiB", k / 1024) }
	BEGIN { while ((getline l < smallf) > 0) { split(l, a, "\t"); small[a[1]] = a[2] } }
	{ name[NR] = $1; speed[NR] = $2; cpu[NR] = $3; rss[NR] = $4
	  rate[NR] = $7 > 0 ? $5 / $7 : 0 }
	$1 == "wc -w" { wc = rate[NR] }
	$1 == "wc -w (pages)" { wcp = rate[NR] }
	$1 == "ICU BreakIterator" { icu = rate[NR] }
	$1 ~ /^chrono-node/ { chrono = rate[NR] }
	END {
		for (i = 1; i <= NR; i++) {
			n = name[i]; c = rate[i]
			# rows of the sample are compared with each other only
			x = n ~ /\(sample\)$/ ? "-" : ratio(c, n ~ /\(pages\)$/ ? wcp : wc, "%.2f")
			alt = "-"
			if (n == "split-sentences" && icu > 0)
				alt = ratio(c, icu, "%.1f") " × ICU"
			if (n == "tag-dates (sample)" && chrono > 0)
				alt = ratio(c, chrono, "%.0f") " × chrono-node"
			if (n ~ /\(sample\)/)
				printf("| %s | %s | %s | %s | %s | %s | - |\n", n, cpu[i],
				    x, alt, speed[i], mib(rss[i]))
			else
				printf("| %s | %s | %s | %s | %s | %s | %s |\n", n, cpu[i],
				    x, alt, speed[i], mib(small[n]), mib(rss[i]))
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
	echo "$(wc -c < "$ARTICLE")-byte article (the first 5 KB of the small corpus), in $RUNS rounds"
	echo "as above; CPU time (user + system, with the shell loop) per process in the best"
	echo "round, and the instructions of one process under callgrind (user space, dynamic"
	echo "loading included; not noisy)."
	echo
	echo "| program | CPU ms a process | × cat | instructions a process |"
	echo "|---|---:|---:|---:|"
	awk -F'\t' -v n="$STARTS" '
	$1 == "cat" { cat = $2 }
	{ name[NR] = $1; cpu[NR] = $2; ir[NR] = $3 }
	END {
		for (i = 1; i <= NR; i++)
			printf("| %s | %.2f | %s | %s |\n", name[i], cpu[i] / n / 1e6,
			    cat > 0 ? sprintf("%.2f", cpu[i] / cat) : "-", ir[i])
	}' "$TMP/starts"
	echo
	echo "Worst cases: one line without a newline, of $((WB / 10)) and $WB bytes, one run each.  CPU"
	echo "time (user + system); the ratio big/small is about 10 for linear time."
	echo
	echo "| program | line of | CPU, $((WB / 10)) B | CPU, $WB B | ratio | wall, $WB B | peak RSS |"
	echo "|---|---|---:|---:|---:|---:|---:|"
	awk -F'\t' '{
		r = $3 > 0 ? sprintf("%.1f", $4 / $3) : "-"
		printf("| %s | %s | %.3f s | %.3f s | %s | %.3f s | %s |\n", $1, $2, $3 / 1e9,
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
	printf 'program\tMB_s_wall_median\tMB_per_cpu_s_best\tpeak_rss_kib\tbytes\tcommand\tcpu_ns_best\tcpu_ns_worst\n'
	cat "$TMP/rows"
} > "$OUTDIR/bench.tsv"
cat "$OUTDIR/bench.md"

# --- the chart ----------------------------------------------------------
# Two bars a program: MB per CPU-second (best round) and MB/s (wall clock,
# median of the rounds), coloured by
# kind: baselines grey, alternatives orange, copydesk green.
if command -v gnuplot >/dev/null 2>&1; then
	awk -F'\t' '$2 != "-" {
		kind = ($1 == "cat" || $1 ~ /^wc -w/ || $1 ~ /^awk/) ? 1 : \
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
set title "copydesk on $BYTES bytes of scraped news (best CPU time and median wall time of $RUNS rounds; log scale; load average $LOAD0)"
set ylabel "MB/s"
set logscale y
set boxwidth 0.38
set xtics rotate by -35 left nomirror
set grid ytics
set key top right
set bmargin 9
set rmargin 8
col(k) = k == 1 ? 0x999999 : k == 2 ? 0xd95f02 : 0x1b9e77
plot "$TMP/plot.dat" using (\$0 - 0.2):3:(col(\$4)):xtic(1) with boxes fs solid 0.85 border -1 lc rgb variable notitle, \
     "" using (\$0 + 0.2):2:(col(\$4)) with boxes fs solid 0.3 border -1 lc rgb variable notitle, \
     "" using (\$0 - 0.2):3:3 with labels offset 0,0.7 font ",8" notitle, \
     NaN with boxes fs solid 0.85 lc rgb "#555555" title "MB per CPU-second (best round)", \
     NaN with boxes fs solid 0.3 lc rgb "#555555" title "MB/s (wall clock, median)"
EOF
	[ -s "$OUTDIR/bench.png" ] && echo "chart: $OUTDIR/bench.png" >&2
else
	echo "gnuplot not installed: no chart" >&2
fi
echo "table: $OUTDIR/bench.md" >&2
