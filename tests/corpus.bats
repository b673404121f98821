#!/usr/bin/env bats
# pipelines/corpus.mk: a folder of articles to per-article TSV and merged
# tables, incrementally.
load test_helper

setup() {
	need strip-boilerplate dedupe-captions split-sentences tag-money tag-dates
	F=$(fixture pipelines)
	T=$BATS_TEST_TMPDIR
	mkdir -p "$T/articles"
	cp "$F/harbour.txt" "$T/articles/2019-09-05-harbour.txt"
	cp "$F/dairy.txt" "$T/articles/dairy.txt"
	: > "$T/articles/empty.txt"
}

# corpus [VAR=value...] -- make -f corpus.mk IN=$T/articles OUT=$T/out,
# free of any make that runs the tests
corpus() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	    make --no-print-directory -f "$TOP/pipelines/corpus.mk" \
	    IN="$T/articles" OUT="$T/out" "$@"
}

# stamps -- the modification times of every per-article file
stamps() {
	(cd "$T/out" && find sentences money dates meta -type f -exec stat -c '%n %y' {} + | sort)
}

@test "corpus.mk turns a folder of articles into per-article sentences, money, dates and metadata" {
	run -0 corpus
	for d in sentences money dates meta; do
		for a in 2019-09-05-harbour dairy empty; do
			[ -f "$T/out/$d/$a.tsv" ]
		done
	done
	[ "$(cat "$T/out/sentences/dairy.tsv")" = "$(clean-article "$F/dairy.txt")" ]
	[ "$(cat "$T/out/money/dairy.tsv")" = "$(clean-article "$F/dairy.txt" | tag-money)" ]
	[ ! -s "$T/out/sentences/empty.tsv" ]
	[ "$(cat "$T/out/meta/dairy.tsv")" = "$(extract-meta -r "$F/dairy.txt")" ]
}

@test "corpus.mk writes articles.tsv: one row an article, ID and extract-meta's seven fields" {
	run -0 corpus
	[ "$(cat "$T/out/articles.tsv")" = "$(printf '%s\t' 2019-09-05-harbour '' '' 'News > Business > Economy' \
	    'Harbour Lane Holdings to spend US$21 billion on new container terminals' \
	    'Amelia Whitfield; Kenji Tanaka' 2019-09-05)2019-09-05T18:42+00:00
$(printf '%s\t' dairy '' '' 'Asia > Oceania' 'How a small dairy co-operative beat the giants' \
	    'Grace Abara')2019-10-03T17:05+01:00	
empty							" ]
	run -0 awk -F'\t' 'NF != 8' "$T/out/articles.tsv"
	[ -z "$output" ]
}

@test "corpus.mk merges the tables with the article's ID first, joinable on ID and line" {
	run -0 corpus
	grep -q $'^2019-09-05-harbour\t4\t54\t67\tUSD\t21000000000\tUS\\$21 billion$' "$T/out/money.tsv"
	grep -q $'^dairy\t[0-9]*\t.*\tNZD\t800000000\t' "$T/out/money.tsv"
	[ "$(cut -f1 "$T/out/sentences.tsv" | uniq)" = "2019-09-05-harbour
dairy" ]
	# every mention's surface is in the sentence its ID and LINE name
	run -0 awk -F'\t' 'NR == FNR { s[$1 SUBSEP $2] = $3; next }
	    index(s[$1 SUBSEP $2], $NF) == 0 { print "not found: " $0; bad = 1 }
	    END { exit bad }' "$T/out/sentences.tsv" "$T/out/money.tsv" "$T/out/dates.tsv"
}

@test "corpus.mk gives tag-dates the date an article's name starts with, REF_DATE to the others, else the article's PUBLISHED" {
	run -0 corpus
	grep -q $'^2019-09-05-harbour\t.*\tDATE\t2019-11\tNovember$' "$T/out/dates.tsv"
	# dairy's dateline: Thu 3 Oct 2019 17.05 BST
	grep -q $'^dairy\t.*\tDATE\t2017\ttwo years ago$' "$T/out/dates.tsv"
	rm -rf "$T/out"
	run -0 corpus REF_DATE=2015-06-01
	grep -q $'^2019-09-05-harbour\t.*\tDATE\t2019-11\tNovember$' "$T/out/dates.tsv"
	grep -q $'^dairy\t.*\tDATE\t2013\ttwo years ago$' "$T/out/dates.tsv"
	# an article that states no date: unresolved
	rm -rf "$T/out"
	grep -v 'Oct 2019' "$F/dairy.txt" > "$T/articles/dairy.txt"
	run -0 corpus
	grep -q $'^dairy\t.*\tDATE\tXXXX[^\t]*\ttwo years ago$' "$T/out/dates.tsv"
}

@test "corpus.mk redoes nothing when nothing changed" {
	run -0 corpus
	stamps > "$T/before"
	cp "$T/out/money.tsv" "$T/money.before"
	run -0 corpus
	[[ "$output" != *strip-boilerplate* ]]
	[[ "$output" != *tag-money* ]]
	stamps | cmp - "$T/before"
	cmp "$T/out/money.tsv" "$T/money.before"
}

@test "corpus.mk redoes only the article that was touched, then the merged tables" {
	run -0 corpus
	stamps | grep -v harbour > "$T/before"
	stamps | grep harbour > "$T/harbour.before"
	touch -d '+2 seconds' "$T/articles/2019-09-05-harbour.txt"
	run -0 corpus
	[[ "$output" == *"strip-boilerplate -r -h -- $T/articles/2019-09-05-harbour.txt"* ]]
	[[ "$output" != *"dairy.txt"* ]]
	stamps | grep -v harbour | cmp - "$T/before"
	! stamps | grep harbour | cmp -s - "$T/harbour.before"
	[ "$T/out/money.tsv" -nt "$T/out/money/dairy.tsv" ]
}

@test "corpus.mk takes a removed article out of the merged tables" {
	run -0 corpus
	grep -q '^dairy	' "$T/out/money.tsv"
	rm "$T/articles/dairy.txt"
	run -0 corpus
	! grep -q '^dairy	' "$T/out/money.tsv"
	! grep -q '^dairy	' "$T/out/sentences.tsv"
	grep -q '^2019-09-05-harbour	' "$T/out/money.tsv"
}

@test "corpus.mk leaves no half-written file when a stage fails, and a rerun finishes the job" {
	mkdir "$T/bin"
	for f in strip-boilerplate dedupe-captions split-sentences tag-dates extract-meta; do
		ln -s "$BUILD/bin/$f" "$T/bin/$f"
	done
	# a tag-money that writes a row, then fails
	printf '#!/bin/sh\nprintf "1\\t0\\t2\\tUSD\\t5\\t$5\\n"\nexit 1\n' > "$T/bin/tag-money"
	chmod +x "$T/bin/tag-money"
	run -2 corpus COPYDESK_BIN="$T/bin"
	[ -f "$T/out/sentences/dairy.tsv" ]
	[ ! -e "$T/out/money/dairy.tsv" ]
	[ ! -e "$T/out/money/2019-09-05-harbour.tsv" ]
	[ ! -e "$T/out/money.tsv" ]
	# and no temporary file: the failed recipes removed theirs
	[ -z "$(find "$T/out" -name '.*' -print)" ]
	# the fixed program is newer than the outputs: they are redone
	rm "$T/bin/tag-money"
	ln -s "$BUILD/bin/tag-money" "$T/bin/tag-money"
	run -0 corpus -j2 COPYDESK_BIN="$T/bin"
	[ "$(cat "$T/out/money/dairy.tsv")" = "$(clean-article "$F/dairy.txt" | tag-money)" ]
}

@test "corpus.mk -j4 builds the same tables as a serial make" {
	run -0 corpus -j1 OUT="$T/serial"
	run -0 corpus -j4 OUT="$T/par"
	for t in sentences money dates articles; do
		cmp "$T/serial/$t.tsv" "$T/par/$t.tsv"
	done
}

@test "corpus.mk on an empty folder makes empty merged tables" {
	rm "$T/articles"/*
	run -0 corpus
	[ -f "$T/out/money.tsv" ] && [ ! -s "$T/out/money.tsv" ]
	[ -f "$T/out/sentences.tsv" ] && [ ! -s "$T/out/sentences.tsv" ]
	[ -f "$T/out/articles.tsv" ] && [ ! -s "$T/out/articles.tsv" ]
}

@test "corpus.mk CAPTIONS=drop leaves the photo captions out" {
	run -0 corpus
	grep -q 'Cranes at the Kwai Chung' "$T/out/sentences.tsv"
	run -0 corpus CAPTIONS=drop OUT="$T/nocap"
	! grep -q 'Cranes at the Kwai Chung' "$T/nocap/sentences.tsv"
}

@test "corpus.mk SYNC=yes syncs every output and builds the same tables" {
	run -0 corpus OUT="$T/plain"
	run -0 corpus SYNC=yes OUT="$T/synced"
	[[ "$output" == *"sync -- $T/synced/money/.dairy.tsv.tmp && "*"mv -f -- "* ]]
	[[ "$output" == *"&& sync -- $T/synced/money"* ]]
	for t in sentences money dates articles; do
		cmp "$T/plain/$t.tsv" "$T/synced/$t.tsv"
	done
}
