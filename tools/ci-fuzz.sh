#!/bin/sh
# ci-fuzz.sh -- build every libFuzzer harness (tests/fuzz/<name>.c) and run
# each for FUZZ_SECONDS seconds (default 20), or for FUZZ_RUNS executions
# when that is set (then FUZZ_SECONDS, if set, still caps the time), on its seeds
# (tests/fuzz/seeds/<name>/) and its corpus (tests/fuzz/corpus/<name>/,
# kept between runs, not in git).  A crash, a sanitizer report, a leak, an
# input slower than FUZZ_TIMEOUT seconds or a memory blow-up fails the run.
#
# Prints one TAP-style line per harness ("ok - fuzz NAME: ..." with the
# executions and coverage, or "not ok - fuzz NAME: ..." with the input
# that failed and the end of the log), which .ci/run counts, and exits 1
# when any harness failed.
#
#	FUZZ_SECONDS=20 FUZZ_MAX_LEN=4096 FUZZ_TIMEOUT=30 sh tools/ci-fuzz.sh [name ...]
#	FUZZ_RUNS=10000000 sh tools/ci-fuzz.sh [name ...]
#
# Inputs are at most FUZZ_MAX_LEN bytes (default 4096: several lines of a
# document; long lines are the job of tests/hostile.bats and limits.bats).
#
# Each run is the only user of its corpus, so libFuzzer does not re-read
# the folder (-reload=0); ASan keeps no allocation stacks and a 16 MB
# quarantine unless ASAN_OPTIONS says otherwise (40% more executions per
# second here).  A report still names the bad access and its stack, but
# a use-after-free report lacks the stacks of the malloc and the free.
#
# To reproduce a failure with every stack:
#	ASAN_OPTIONS= build-fuzz/fuzz/NAME build-fuzz/crashes/NAME-crash-...
set -u
: "${ASAN_OPTIONS=malloc_context_size=0:quarantine_size_mb=16}"
export ASAN_OPTIONS
cd "$(dirname "$0")/.." || exit 1

runs=${FUZZ_RUNS:--1}
if [ "$runs" -ge 0 ]; then
	seconds=${FUZZ_SECONDS:-0}
	span="$runs runs"
else
	seconds=${FUZZ_SECONDS:-20}
	span="${seconds}s"
fi
maxlen=${FUZZ_MAX_LEN:-4096}
timeout=${FUZZ_TIMEOUT:-30}
out=build-fuzz

if ! make -s fuzz-build > "$out.build.log" 2>&1; then
	cat "$out.build.log"
	echo "not ok - fuzz: make fuzz-build failed"
	exit 1
fi
rm -f "$out.build.log"

if [ $# -gt 0 ]; then
	names=$*
else
	names=
	for f in tests/fuzz/*.c; do
		[ -f "$f" ] || continue
		f=${f##*/}
		names="$names ${f%.c}"
	done
fi
if [ -z "$names" ]; then
	echo "not ok - fuzz: no harness in tests/fuzz/"
	exit 1
fi

mkdir -p "$out/crashes" "$out/logs"
status=0
for name in $names; do
	bin=$out/fuzz/$name
	log=$out/logs/$name.log
	if [ ! -x "$bin" ]; then
		echo "not ok - fuzz $name: $bin was not built"
		status=1
		continue
	fi
	mkdir -p "tests/fuzz/corpus/$name" "tests/fuzz/seeds/$name"
	echo "# fuzz $name for $span"
	# The corpus first: libFuzzer adds the new inputs to the first folder.
	"$bin" -runs="$runs" -max_total_time="$seconds" -max_len="$maxlen" \
	    -timeout="$timeout" -rss_limit_mb=2048 -print_final_stats=1 -reload=0 \
	    -artifact_prefix="$out/crashes/$name-" \
	    "tests/fuzz/corpus/$name" "tests/fuzz/seeds/$name" > "$log" 2>&1
	rc=$?
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
	cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		echo "ok - fuzz $name: ${execs:-?} execs (${rate:-?}/s), ${cov:-no coverage line}"
	else
		status=1
		echo "not ok - fuzz $name: exit status $rc, after ${execs:-?} execs"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error|.*check failed|ALARM|.*Test unit written to)' "$log" |
		    head -n 10 | sed 's/^/#   /'
		tail -n 40 "$log" | sed 's/^/#   /'
	fi
done
exit $status
