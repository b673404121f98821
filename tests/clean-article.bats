#!/usr/bin/env bats
# pipelines/clean-article: strip-boilerplate | dedupe-captions | split-sentences.
load test_helper

setup() {
	need strip-boilerplate dedupe-captions split-sentences
	F=$(fixture pipelines)
	T=$BATS_TEST_TMPDIR
}

@test "clean-article prints what strip-boilerplate | dedupe-captions | split-sentences prints" {
	run -0 --separate-stderr clean-article "$F/harbour.txt"
	[ -n "$output" ]
	[ "$output" = "$(strip-boilerplate "$F/harbour.txt" | dedupe-captions | split-sentences)" ]
	[ -z "$stderr" ]
}

@test "clean-article drops the navigation, byline, dateline, share row, teasers and copyright of a page" {
	run -0 --separate-stderr clean-article "$F/harbour.txt"
	[[ "$output" != *"Skip to main content"* ]]
	[[ "$output" != *"Home | World"* ]]
	[[ "$output" != *"By Amelia Whitfield"* ]]
	[[ "$output" != *"Updated 6:42 PM"* ]]
	[[ "$output" != *"Copy link"* ]]
	[[ "$output" != *"Five charts"* ]]
	[[ "$output" != *"All rights reserved"* ]]
}

@test "clean-article writes the body one sentence a line" {
	run -0 --separate-stderr clean-article "$F/harbour.txt"
	printf '%s\n' "$output" | grep -qx 'The first terminal will open in November.'
	printf '%s\n' "$output" | grep -qx 'The company'\''s shares rose 4.5 per cent after the announcement.'
	printf '%s\n' "$output" | grep -qx 'Analysts at Kestrel Partners expect savings of €2m a month once the terminals are running.'
}

@test "clean-article keeps one copy of a photo caption scraped three times" {
	run -0 --separate-stderr clean-article "$F/harbour.txt"
	[ "$(printf '%s\n' "$output" | grep -c 'Cranes at the Kwai Chung')" -eq 1 ]
}

@test "clean-article -c drops the photo captions" {
	run -0 --separate-stderr clean-article -c "$F/harbour.txt"
	[[ "$output" != *"Cranes at the Kwai Chung"* ]]
	[[ "$output" == *"The first terminal will open in November."* ]]
	run -0 --separate-stderr clean-article --drop-captions "$F/harbour.txt"
	[[ "$output" != *"Cranes at the Kwai Chung"* ]]
}

@test "clean-article with several files puts each file name first" {
	run -0 --separate-stderr clean-article "$F/harbour.txt" "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | cut -f1 | uniq)" = "$F/harbour.txt
$F/dairy.txt" ]
}

@test "clean-article -h leaves the file names out, -H puts one in" {
	run -0 --separate-stderr clean-article -h "$F/harbour.txt" "$F/dairy.txt"
	[[ "$output" != *"$F"* ]]
	run -0 --separate-stderr clean-article -H "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "$F/dairy.txt" ]
}

@test "clean-article on standard input cleans each form-feed-separated page on its own" {
	{ cat "$F/harbour.txt"; printf '\f\n'; cat "$F/dairy.txt"; } > "$T/in"
	run -0 --separate-stderr clean-article < "$T/in"
	[[ "$output" == *"US\$21 billion"* ]]
	[[ "$output" == *"NZ\$800 million"* ]]
	[[ "$output" != *"All rights reserved"* ]]
}

@test "clean-article carries the keys of a keyed stream" {
	awk -v OFS='\t' '{ print "a1", $0 }' "$F/harbour.txt" > "$T/in"
	awk -v OFS='\t' '{ print "a2", $0 }' "$F/dairy.txt" >> "$T/in"
	run -0 --separate-stderr clean-article < "$T/in"
	[ "$(printf '%s\n' "$output" | cut -f1 | uniq)" = "a1
a2" ]
	[ "$output" = "$(strip-boilerplate < "$T/in" | dedupe-captions | split-sentences)" ]
}

@test "clean-article -n adds the line and sentence numbers as keys" {
	run -0 --separate-stderr clean-article -n "$F/harbour.txt"
	[ "$output" = "$(strip-boilerplate "$F/harbour.txt" | dedupe-captions | split-sentences -n)" ]
	printf '%s\n' "$output" | grep -q $'^[0-9][0-9]*\t[0-9][0-9]*\t'
}

@test "clean-article -r treats tabs in a raw page as text" {
	sed 's/said on Thursday it/said on Thursday\tit/' "$F/harbour.txt" > "$T/in"
	run -0 --separate-stderr clean-article -r "$T/in"
	[[ "$output" != *$'\t'* ]]
	[[ "$output" == *"said on Thursday it would spend US\$21 billion"* ]]
}

@test "clean-article reads CRLF input and a last line without a newline" {
	head -n 14 "$F/harbour.txt" | sed 's/$/\r/' | head -c -2 > "$T/in"
	run -0 --separate-stderr clean-article "$T/in"
	[[ "$output" != *$'\r'* ]]
	[ "$output" = "$(head -n 14 "$F/harbour.txt" | clean-article)" ]
	[[ "$output" == *"expect savings of €2m a month once the terminals are running."* ]]
}

@test "clean-article prints nothing for empty input" {
	run -0 --separate-stderr clean-article < /dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "clean-article --help prints the usage to standard output" {
	run -0 --separate-stderr clean-article --help
	[[ "$output" == "usage: clean-article "* ]]
	[[ "$output" == *"--drop-captions"* ]]
	[ -z "$stderr" ]
}

@test "clean-article exits 2 on an unknown option, with the usage on stderr" {
	run -2 --separate-stderr clean-article -Z "$F/harbour.txt"
	[ -z "$output" ]
	[[ "$stderr" == *"usage: clean-article"* ]]
	run -2 --separate-stderr clean-article --bogus
}

@test "clean-article warns about a missing file, still cleans the others and exits 1" {
	run -1 --separate-stderr clean-article "$T/nope.txt" "$F/dairy.txt"
	[[ "$stderr" == *"nope.txt"* ]]
	[[ "$output" == *"NZ\$800 million"* ]]
}

@test "clean-article exits 1 when it cannot write" {
	run -1 --separate-stderr sh -c 'clean-article "$1" > /dev/full' sh "$F/harbour.txt"
	[ -n "$stderr" ]
}
