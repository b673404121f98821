#!/usr/bin/env bats
# pipelines/extract-money: clean-article | tag-money.
load test_helper

setup() {
	need strip-boilerplate dedupe-captions split-sentences tag-money
	F=$(fixture pipelines)
	T=$BATS_TEST_TMPDIR
}

@test "extract-money prints what clean-article | tag-money prints" {
	run -0 --separate-stderr extract-money "$F/harbour.txt"
	[ -n "$output" ]
	[ "$output" = "$(clean-article "$F/harbour.txt" | tag-money)" ]
	[ -z "$stderr" ]
}

@test "extract-money reads US\$21 billion in a scraped page as USD 21000000000" {
	run -0 --separate-stderr extract-money "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tUSD\t21000000000\tUS\\$21 billion$'
	printf '%s\n' "$output" | grep -q $'\tHKD\t43200000000\tHK\\$43.20 billion$'
	printf '%s\n' "$output" | grep -q $'\tEUR\t2000000\t€2m$'
}

@test "extract-money finds each amount once, though its caption or page furniture repeats" {
	run -0 --separate-stderr extract-money "$F/harbour.txt"
	# once in the headline, once in the body; not again from furniture
	[ "$(printf '%s\n' "$output" | grep -c 'US\$21 billion')" -eq 2 ]
}

@test "extract-money's LINE is the sentence in clean-article's output, START and END code points in it" {
	command -v python3 >/dev/null || skip "python3 is not installed"
	clean-article "$F/harbour.txt" "$F/dairy.txt" > "$T/sent"
	extract-money "$F/harbour.txt" "$F/dairy.txt" > "$T/money"
	[ -s "$T/money" ]
	run -0 python3 -c '
import sys
sent = open(sys.argv[1], encoding="utf-8").read().split("\n")
bad = 0
for row in open(sys.argv[2], encoding="utf-8").read().splitlines():
    f = row.split("\t")
    line, start, end, surface = int(f[-6]), int(f[-5]), int(f[-4]), f[-1]
    text = sent[line - 1].split("\t")[-1]
    if text[start:end] != surface:
        print("bad row:", row); bad += 1
sys.exit(bad != 0)' "$T/sent" "$T/money"
}

@test "extract-money with several files puts each file name first" {
	run -0 --separate-stderr extract-money "$F/harbour.txt" "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | cut -f1 | uniq)" = "$F/harbour.txt
$F/dairy.txt" ]
	printf '%s\n' "$output" | grep -q $'^'"$F/dairy.txt"$'\t.*\tNZD\t800000000\t'
}

@test "extract-money --dollar HKD reads a bare \$ as Hong Kong dollars" {
	run -0 --separate-stderr extract-money --dollar HKD "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tHKD\t350000000\t\\$350 million$'
	run -0 --separate-stderr extract-money --dollar=HKD "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tHKD\t350000000\t\\$350 million$'
}

@test "extract-money --header prints the column names first" {
	run -0 --separate-stderr extract-money --header "$F/harbour.txt"
	[ "${lines[0]}" = $'LINE\tSTART\tEND\tCURRENCY\tAMOUNT\tSURFACE' ]
}

@test "extract-money carries the keys of a keyed stream" {
	awk -v OFS='\t' '{ print "a1", $0 }' "$F/harbour.txt" > "$T/in"
	run -0 --separate-stderr extract-money < "$T/in"
	[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = a1 ]
}

@test "extract-money prints nothing and exits 0 for a page without money" {
	grep -v '[$€£0-9]' "$F/harbour.txt" > "$T/in"
	run -0 --separate-stderr extract-money "$T/in"
	[ -z "$output" ]
	run -0 --separate-stderr extract-money < /dev/null
	[ -z "$output" ]
}

@test "extract-money --help prints the usage to standard output" {
	run -0 --separate-stderr extract-money --help
	[[ "$output" == "usage: extract-money "* ]]
}

@test "extract-money exits 2 on an unknown option or a --dollar without a currency" {
	run -2 --separate-stderr extract-money -Z "$F/harbour.txt"
	[[ "$stderr" == *"usage: extract-money"* ]]
	run -2 --separate-stderr extract-money --dollar
}

@test "extract-money warns about a missing file, still reads the others and exits 1" {
	run -1 --separate-stderr extract-money "$T/nope.txt" "$F/dairy.txt"
	[[ "$stderr" == *"nope.txt"* ]]
	[[ "$output" == *"NZD"* ]]
}

@test "extract-money exits 1 when it cannot write" {
	run -1 --separate-stderr sh -c 'extract-money "$1" > /dev/full' sh "$F/harbour.txt"
}
