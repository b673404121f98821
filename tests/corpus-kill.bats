#!/usr/bin/env bats
# pipelines/corpus.mk killed with SIGKILL at any moment, or out of disk
# space: running it again must finish the build exactly, byte for byte
# what a clean build makes.  The articles are made up (tests/bench/gen.c);
# CORPUS_KILL_KIB sets how much of them (default 256 KiB, 76 articles).
load test_helper

setup_file() {
	for f in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates extract-meta; do
		[ -x "$BUILD/bin/$f" ] || skip "$f is not built"
	done
	command -v cc > /dev/null || skip "no C compiler for tests/bench/gen.c"
	local d=$BATS_FILE_TMPDIR
	cc -std=c11 -O2 -o "$d/gen" "$TOP/tests/bench/gen.c"
	# One page a file; every fourth one named after its date, so that
	# tag-dates gets a reference date from the name.
	mkdir "$d/articles"
	"$d/gen" -k "${CORPUS_KILL_KIB:-256}" | awk -v dir="$d/articles" '
	    function name() {
		if (n % 4)
			return sprintf("%s/a%03d.txt", dir, n)
		return sprintf("%s/2019-%02d-%02d-a%03d.txt", dir, n % 12 + 1, n % 28 + 1, n)
	    }
	    BEGIN { n = 1; f = name() }
	    /^\f$/ { close(f); n++; f = name(); next }
	    { print > f }'
	export ARTS=$d/articles CLEAN=$d/clean
	corpus_make "$CLEAN"
}

setup() {
	T=$BATS_TEST_TMPDIR
	IDS=("$ARTS"/*.txt)
	IDS=("${IDS[@]##*/}")
	IDS=("${IDS[@]%.txt}")
}

teardown() {
	if mountpoint -q "$T/disk" 2> /dev/null; then
		umount "$T/disk" || umount -l "$T/disk"
	fi
}

# corpus_make OUT [VAR=value...] -- make -j2 -f corpus.mk OUT=OUT with
# the articles as IN, free of any make that runs the tests
corpus_make() {
	make_argv "$@"
	"${MAKE_ARGV[@]}"
}

make_argv() {
	MAKE_ARGV=(env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL
	    make --no-print-directory -j2 -f "$TOP/pipelines/corpus.mk"
	    IN="$ARTS" COPYDESK_BIN="$BUILD/bin" OUT="$@")
}

# start OUT [VAR=value...] -- corpus_make in the background, as the
# leader of a process group of its own (setsid, env and make are one
# process, exec'd in turn); PID is its process ID
start() {
	make_argv "$@"
	setsid "${MAKE_ARGV[@]}" > "$T/log" 2>&1 &
	PID=$!
	local i
	for i in $(seq 100); do
		[ "$(ps -o pgid= -p "$PID" | tr -d ' ')" = "$PID" ] && return 0
		sleep 0.02
	done
	echo "make did not become a process group leader" >&2
	cat "$T/log" >&2
	return 1
}

# killed -- SIGKILL to the whole process group of the build: make, the
# shells and every program of every pipeline at once (unless the build
# has just ended)
killed() {
	kill -KILL -- "-$PID" || true
	wait "$PID" || true
}

# wait_for COMMAND... -- wait until COMMAND succeeds while the build runs;
# fails if the build ends first (the kill point was never reached)
wait_for() {
	until "$@"; do
		if ! kill -0 "$PID" 2> /dev/null; then
			echo "the build ended before: $*" >&2
			cat "$T/log" >&2
			return 1
		fi
		sleep 0.05
	done
}

# outputs OUT -- the files a user or a later make sees in OUT: all but
# the hidden temporaries
outputs() {
	(cd "$1" && find . -type f ! -name '.*' | sort)
}

# like_clean OUT -- every output in OUT is byte for byte the clean
# build's file of the same name: none is cut off or half merged
like_clean() {
	local f bad=0
	while read -r f; do
		cmp "$CLEAN/$f" "$1/$f" || bad=1
	done < <(outputs "$1")
	return "$bad"
}

# finished OUT -- OUT is the clean build, file for file and byte for
# byte, and no temporary is left over
finished() {
	diff <(outputs "$CLEAN") <(outputs "$1")
	like_clean "$1"
	[ -z "$(find "$1" -name '.*' -print)" ] || {
		find "$1" -name '.*' >&2
		return 1
	}
}

# done_count OUT -- how many per-article outputs OUT holds
done_count() {
	local f
	f=(${1}/sentences/*.tsv ${1}/money/*.tsv ${1}/dates/*.tsv ${1}/meta/*.tsv)
	echo $(( ${#f[@]} ))
}

at_least() {
	[ "$(done_count "$1")" -ge "$2" ]
}

@test "corpus.mk killed early, in the middle and late, then rerun: the clean build's tables" {
	local out=$T/out n=$(( ${#IDS[@]} * 4 )) at
	[ "${#IDS[@]}" -ge 50 ]
	shopt -s nullglob
	# kill points: a few files in, half-way, near the end; each time a
	# little later than the count, at a random moment
	for at in 5 $(( n / 2 )) $(( n * 4 / 5 )); do
		start "$out"
		wait_for at_least "$out" "$at"
		sleep "$(printf '0.%03d' $(( RANDOM % 200 )))"
		killed
		echo "killed at $(done_count "$out") of $n per-article files"
		like_clean "$out"
	done
	run -0 corpus_make "$out"
	finished "$out"
}

@test "corpus.mk killed while an article's dates are half written: the rerun redoes them" {
	# a tag-dates that writes the first row of one article in the middle
	# of the list, then waits (to be killed); the others are the real
	# programs
	local out=$T/out mid=${IDS[${#IDS[@]} / 2]}
	mkdir "$T/bin"
	for f in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates extract-meta; do
		ln -s "$BUILD/bin/$f" "$T/bin/$f"
	done
	[ "$(wc -l < "$CLEAN/dates/$mid.tsv")" -ge 2 ]
	rm "$T/bin/tag-dates"
	cat > "$T/bin/tag-dates" <<-EOF
	#!/bin/sh
	eval last=\\\${\$#}
	if [ -e "$T/stall" ] && [ "\${last##*/}" = "$mid.tsv" ]; then
	    "$BUILD/bin/tag-dates" "\$@" | { IFS= read -r row; printf '%s\n' "\$row"; : > "$T/stalled"; sleep 60; }
	    exit 1
	fi
	exec "$BUILD/bin/tag-dates" "\$@"
	EOF
	chmod +x "$T/bin/tag-dates"
	# the clean build, then tag-dates changes: every dates file is redone
	cp -a "$CLEAN" "$out"
	touch "$T/stall"
	start "$out" COPYDESK_BIN="$T/bin"
	wait_for test -e "$T/stalled"
	killed
	like_clean "$out"
	# it was killed with the article half written, beside its target
	[ -s "$out/dates/.$mid.tsv.tmp" ]
	! cmp -s "$out/dates/.$mid.tsv.tmp" "$CLEAN/dates/$mid.tsv"
	rm "$T/stall"
	run -0 corpus_make "$out" COPYDESK_BIN="$T/bin"
	[[ "$output" == *"/tag-dates -h "*" -- $out/sentences/$mid.tsv; }"* ]]
	finished "$out"
}

@test "corpus.mk killed in the middle of merging a table: the old table stays whole, the rerun remakes it" {
	# an awk that writes five rows of the first merge, then waits
	local out=$T/out
	mkdir "$T/path"
	cat > "$T/path/awk" <<-EOF
	#!/bin/sh
	if mkdir "$T/stall" 2> /dev/null; then
	    $(command -v awk) "\$@" | { head -n 5; : > "$T/stalled"; sleep 60; }
	    exit 1
	fi
	exec $(command -v awk) "\$@"
	EOF
	chmod +x "$T/path/awk"
	# the clean build with its merged tables out of date
	cp -a "$CLEAN" "$out"
	touch -d '2001-01-01' "$out/sentences.tsv" "$out/money.tsv" "$out/dates.tsv" \
	    "$out/articles.tsv"
	PATH=$T/path:$PATH start "$out"
	wait_for test -e "$T/stalled"
	killed
	like_clean "$out"
	# the stalled merge's temporary holds five rows (with -j2 another
	# merge may have begun too)
	[ -n "$(find "$out" -maxdepth 1 -name '.*.tsv.tmp' -size +0 -print)" ]
	run -0 corpus_make "$out"
	[[ "$output" == *"xargs -r awk"* ]]
	finished "$out"
}

# subset N -- the first N articles in $T/in, and the clean build's
# outputs for them in $T/ref
subset() {
	local id
	mkdir -p "$T/in" "$T/ref/sentences" "$T/ref/money" "$T/ref/dates" "$T/ref/meta"
	for id in "${IDS[@]:0:$1}"; do
		cp -p "$ARTS/$id.txt" "$T/in/"
		for d in sentences money dates meta; do
			cp -p "$CLEAN/$d/$id.tsv" "$T/ref/$d/"
		done
		echo "$id"
	done > "$T/ids"
	printf '%s\n' "$(tr '\n' ' ' < "$T/ids" | sed 's/ $//')" > "$T/ref/articles.list"
	for t in sentences money dates articles; do
		awk -F'\t' 'NR == FNR { want[$1]; next } $1 in want' "$T/ids" "$CLEAN/$t.tsv" > "$T/ref/$t.tsv"
	done
	ARTS=$T/in CLEAN=$T/ref
}

# pages FILE... -- the 4 KiB pages that FILEs take on a tmpfs
pages() {
	local f s n=0
	for f in "$@"; do
		s=$(stat -c %s "$f")
		n=$(( n + (s + 4095) / 4096 ))
	done
	echo "$n"
}

@test "corpus.mk on a full disk fails, saying so, keeps nothing half written, and finishes when there is room" {
	subset 12
	mkdir "$T/disk"
	# a tmpfs with room for half the per-article files
	local per merged
	per=$(pages "$CLEAN"/sentences/*.tsv "$CLEAN"/money/*.tsv "$CLEAN"/dates/*.tsv \
	    "$CLEAN"/meta/*.tsv)
	merged=$(pages "$CLEAN"/*.tsv)
	mount -t tmpfs -o size=$(( per / 2 * 4 ))k tmpfs "$T/disk" 2> "$T/mount.err" ||
	    skip "cannot mount a tmpfs here ($(cat "$T/mount.err")); the /dev/full test stands in"
	run -2 corpus_make "$T/disk/out"
	[[ "$output" == *": write error: No space left on device"* ]]
	[[ "$output" == *"*** ["* ]]
	like_clean "$T/disk/out"
	[ ! -e "$T/disk/out/sentences.tsv" ] && [ ! -e "$T/disk/out/dates.tsv" ]
	# room for every per-article file, not for the merged tables
	mount -o remount,size=$(( (per + 1 + merged / 2) * 4 ))k "$T/disk"
	run -2 corpus_make "$T/disk/out"
	[[ "$output" == *"No space left on device"* ]]
	[ -z "$(find "$T/disk/out" -name '.*.tmp')" ]
	like_clean "$T/disk/out"
	[ ! -e "$T/disk/out/sentences.tsv" ] || [ ! -e "$T/disk/out/money.tsv" ] ||
	    [ ! -e "$T/disk/out/dates.tsv" ] || [ ! -e "$T/disk/out/articles.tsv" ]
	# room enough
	mount -o remount,size=$(( (per + 2 * merged + 16) * 4 ))k "$T/disk"
	run -0 corpus_make "$T/disk/out"
	finished "$T/disk/out"
}

# onto_full OUT FILE MESSAGE -- FILE made out of date and its temporary
# a link to /dev/full: the build fails with MESSAGE, removes the
# temporary and leaves the old FILE whole and out of date
onto_full() {
	local tmp=$1/${2%/*}/.${2##*/}.tmp
	[[ $2 == */* ]] || tmp=$1/.$2.tmp
	touch -d '2001-01-01' "$1/$2"
	ln -s /dev/full "$tmp"
	run -2 corpus_make "$1"
	[[ "$output" == *"$3"* ]]
	[[ "$output" == *"$2] Error 1"* ]]
	[ ! -e "$tmp" ]
	[ "$(stat -c %Y "$1/$2")" = "$(date -d 2001-01-01 +%s)" ]
	like_clean "$1"
}

@test "corpus.mk writing to a full device (/dev/full) fails, keeps the old files whole and out of date, and a rerun finishes" {
	subset 4
	local out=$T/out id=${IDS[1]}
	run -0 corpus_make "$out"
	finished "$out"
	# one article's dates, then the merged money table, out of date and
	# written to /dev/full
	onto_full "$out" "dates/$id.tsv" "tag-dates: write error: No space left on device"
	onto_full "$out" money.tsv "No space left on device"
	run -0 corpus_make "$out"
	finished "$out"
}
