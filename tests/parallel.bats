#!/usr/bin/env bats
# Scaling out on GNU parallel (docs/SCALING.md): every way the docs split
# the work gives, byte for byte, what one serial run gives -- chunks cut
# anywhere between lines (--pipe, --pipepart), one job per file, one job
# per document key (--group-by) or per form-feed document (--recend), an
# empty chunk, and a last chunk whose last line has no newline.
load test_helper

PAR=(parallel --will-cite)

setup_file() {
	# A corpus of made-up pages (tests/bench/gen.c), plain and keyed.
	local d=$BATS_FILE_TMPDIR
	if command -v cc >/dev/null; then
		cc -std=c11 -O2 -o "$d/gen" "$BATS_TEST_DIRNAME/bench/gen.c"
		"$d/gen" -k 48 > "$d/pages"
		"$d/gen" -k 48 -w > "$d/keyed"
	else
		for i in 1 2 3 4 5 6 7 8; do
			cat "$BATS_TEST_DIRNAME/fixtures/pipelines/harbour.txt"
			printf '\f\n'
			cat "$BATS_TEST_DIRNAME/fixtures/pipelines/dairy.txt"
			printf '\f\n'
		done > "$d/pages"
		awk -v OFS='\t' '/^\f$/ { n++; next } { print "doc" n, $0 }' "$d/pages" > "$d/keyed"
	fi
	# The inputs end with a line that has no newline.
	printf 'The last line. It has no newline, and costs $5 on 5 September 2019.' >> "$d/pages"
	printf 'docZ\tThe last line. It has no newline, and costs $5 on 5 September 2019.' >> "$d/keyed"
	# Chunks by hand: the first 120 lines, an empty chunk, the rest.
	head -n 120 "$d/pages" > "$d/c1"
	: > "$d/c2"
	tail -n +121 "$d/pages" > "$d/c3"
}

setup() {
	[ -z "${COPYDESK_VALGRIND:-}" ] ||
	    skip "splitting is checked without valgrind (it adds nothing here but time)"
	command -v parallel >/dev/null ||
	    skip "GNU parallel is not installed (Debian package: parallel)"
	parallel --version 2>/dev/null | grep -q 'GNU parallel' ||
	    skip "the parallel on PATH is not GNU parallel (moreutils?)"
	D=$BATS_FILE_TMPDIR
	T=$BATS_TEST_TMPDIR
}

# same A B -- byte-identical, or show where they differ
same() {
	cmp "$1" "$2" || { diff "$1" "$2" | head -20; return 1; }
}

# The taggers' LINE column (6th field from the end) counts records within
# each chunk; with chunks of K records, job {#} adds (# - 1) * K.
fixline() {
	printf '%s' "awk -F'\\t' -v OFS='\\t' -v o=\$(( ({#} - 1) * $1 )) '{ \$(NF - 5) += o; print }'"
}

@test "the chunks by hand hold the whole input, the last one without a final newline" {
	cat "$D/c1" "$D/c2" "$D/c3" | cmp - "$D/pages"
	[ ! -s "$D/c2" ]
	[ "$(tail -c 1 "$D/c3" | od -An -c | tr -d ' ')" != '\n' ]
}

@test "split-sentences under parallel --pipe -k gives the serial output byte for byte" {
	need split-sentences
	split-sentences < "$D/pages" > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" --pipe -k --block 12k split-sentences < "$D/pages" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "split-sentences under parallel --pipepart -a FILE -k gives the serial output" {
	need split-sentences
	split-sentences < "$D/pages" > "$T/serial"
	"${PAR[@]}" --pipepart -a "$D/pages" -k --block 12k split-sentences > "$T/par"
	same "$T/serial" "$T/par"
}

@test "split-sentences on chunks by hand, one of them empty, gives the serial output" {
	need split-sentences
	split-sentences < "$D/pages" > "$T/serial"
	"${PAR[@]}" -k split-sentences ::: "$D/c1" "$D/c2" "$D/c3" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "tag-money under parallel --pipe -N with the LINE offset gives the serial output" {
	need tag-money
	tag-money < "$D/pages" > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" --pipe -N 131 -k "tag-money | $(fixline 131)" < "$D/pages" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "tag-money on chunks by hand, one empty, with each chunk's line offset gives the serial output" {
	need tag-money
	local n1
	n1=$(wc -l < "$D/c1")
	tag-money < "$D/pages" > "$T/serial"
	"${PAR[@]}" -k --link "tag-money {1} | awk -F'\\t' -v OFS='\\t' -v o={2} '{ \$(NF - 5) += o; print }'" \
	    ::: "$D/c1" "$D/c2" "$D/c3" ::: 0 "$n1" "$n1" > "$T/par"
	same "$T/serial" "$T/par"
}

# tag-dates carries a document's state ("a year earlier" after "the third
# quarter"), reset at each input and where the first key changes: it is
# split like a document-wise stage.
@test "tag-dates -H, one job per file (one empty, one without a final newline), gives the serial output" {
	need tag-dates
	tag-dates --ref-date 2019-09-05 "$D/c1" "$D/c2" "$D/c3" > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" -k tag-dates -H --ref-date 2019-09-05 ::: "$D/c1" "$D/c2" "$D/c3" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "tag-dates on a keyed stream under --pipe --group-by 1, the line number as a key, gives the serial output" {
	need tag-dates
	awk -F'\t' -v OFS='\t' '{ print $1, NR, $2 }' "$D/keyed" > "$T/numbered"
	tag-dates --ref-date 2019-09-05 < "$T/numbered" | cut -f1,2,4- > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" --pipe -k --group-by 1 --colsep '\t' --block 12k \
	    tag-dates --ref-date 2019-09-05 < "$T/numbered" 2> /dev/null |
	    cut -f1,2,4- > "$T/par"
	same "$T/serial" "$T/par"
}

@test "tag-money on records keyed with their line number needs no offset: the keys carry it" {
	need tag-money
	awk -v OFS='\t' '{ print NR, $0 }' "$D/pages" > "$T/numbered"
	tag-money < "$T/numbered" | cut -f1,3- > "$T/serial"
	"${PAR[@]}" --pipepart -a "$T/numbered" -k --block 12k tag-money | cut -f1,3- > "$T/par"
	same "$T/serial" "$T/par"
}

@test "strip-boilerplate -H, one job per file (one empty, one without a final newline), gives the serial output" {
	need strip-boilerplate
	strip-boilerplate "$D/c1" "$D/c2" "$D/c3" > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" -k strip-boilerplate -H ::: "$D/c1" "$D/c2" "$D/c3" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "dedupe-captions -H, one job per file, gives the serial output" {
	need dedupe-captions
	dedupe-captions "$D/c1" "$D/c2" "$D/c3" > "$T/serial"
	"${PAR[@]}" -k dedupe-captions -H ::: "$D/c1" "$D/c2" "$D/c3" > "$T/par"
	same "$T/serial" "$T/par"
}

@test "strip-boilerplate and dedupe-captions on a keyed stream under --pipe --group-by 1 give the serial output" {
	need strip-boilerplate dedupe-captions
	for f in strip-boilerplate dedupe-captions; do
		$f < "$D/keyed" > "$T/serial"
		[ -s "$T/serial" ]
		"${PAR[@]}" --pipe -k --group-by 1 --colsep '\t' --block 12k $f \
		    < "$D/keyed" > "$T/par" 2> /dev/null
		same "$T/serial" "$T/par"
		"${PAR[@]}" --pipepart -a "$D/keyed" -k --group-by 1 --colsep '\t' --block 12k $f \
		    > "$T/par" 2> /dev/null
		same "$T/serial" "$T/par"
	done
}

@test "strip-boilerplate and dedupe-captions on form-feed documents under --recend give the serial output" {
	need strip-boilerplate dedupe-captions
	for f in strip-boilerplate dedupe-captions; do
		$f < "$D/pages" > "$T/serial"
		"${PAR[@]}" --pipe -k --recend $'\n\f\n' --block 12k $f \
		    < "$D/pages" > "$T/par" 2> /dev/null
		same "$T/serial" "$T/par"
		"${PAR[@]}" --pipepart -a "$D/pages" -k --regexp --recend '\n\f\n' --block 12k $f \
		    > "$T/par" 2> /dev/null
		same "$T/serial" "$T/par"
	done
}

@test "clean-article -H, one job per article, gives the serial output of the whole pipeline" {
	need strip-boilerplate dedupe-captions split-sentences
	clean-article "$D/c1" "$D/c2" "$D/c3" > "$T/serial"
	[ -s "$T/serial" ]
	"${PAR[@]}" -k clean-article -H ::: "$D/c1" "$D/c2" "$D/c3" > "$T/par"
	same "$T/serial" "$T/par"
}
