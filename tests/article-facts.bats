#!/usr/bin/env bats
# pipelines/article-facts: one row per sentence with its money and dates.
load test_helper

setup() {
	need strip-boilerplate dedupe-captions split-sentences tag-money tag-dates
	F=$(fixture pipelines)
	T=$BATS_TEST_TMPDIR
}

@test "article-facts writes one row per sentence of clean-article, the sentence last" {
	run -0 --separate-stderr article-facts "$F/harbour.txt"
	[ -z "$stderr" ]
	[ "$(printf '%s\n' "$output" | cut -f4)" = "$(clean-article "$F/harbour.txt")" ]
	[ "$(printf '%s\n' "$output" | cut -f1)" = "$(seq "${#lines[@]}")" ]
}

@test "article-facts puts a sentence's money and dates next to it" {
	run -0 --separate-stderr article-facts --ref-date 2019-09-05 "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'^[0-9]*\tUSD 21000000000\t2019-09-05[^\t]*\tHarbour Lane Holdings said on Thursday'
	printf '%s\n' "$output" | grep -q $'^[0-9]*\t\t2019-11\tThe first terminal will open in November.$'
	printf '%s\n' "$output" | grep -q $'^[0-9]*\tUSD 350000000\t2019-09-09\tThe board will meet on Monday'
}

@test "article-facts joins several mentions in a sentence with semicolons, in order" {
	run -0 --separate-stderr article-facts --ref-date 2019-10-03 "$F/dairy.txt"
	printf '%s\n' "$output" | grep -q $'^[0-9]*\tNZD 7.2;NZD 6.35\t[^\t]*\tThe co-operative paid'
}

@test "article-facts agrees with tag-money and tag-dates run on clean-article's sentences" {
	clean-article "$F/harbour.txt" "$F/dairy.txt" > "$T/sent"
	run -0 --separate-stderr article-facts --ref-date 2019-09-05 "$F/harbour.txt" "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | cut -f3 | tr ';' '\n' | grep -c .)" -eq "$(tag-money "$T/sent" | wc -l)" ]
	[ "$(printf '%s\n' "$output" | cut -f4 | tr ';' '\n' | grep -c .)" -eq "$(tag-dates --ref-date 2019-09-05 "$T/sent" | wc -l)" ]
}

@test "article-facts numbers the sentences of each article from 1 and carries the file name" {
	run -0 --separate-stderr article-facts "$F/harbour.txt" "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == 1 { print $1 }')" = "$F/harbour.txt
$F/dairy.txt" ]
}

@test "article-facts on standard input starts numbering again at a form feed and at a new first key" {
	{ cat "$F/harbour.txt"; printf '\f\n'; cat "$F/dairy.txt"; } > "$T/in"
	run -0 --separate-stderr article-facts < "$T/in"
	[ "$(printf '%s\n' "$output" | grep -c $'^1\t')" -eq 2 ]
	{ awk -v OFS='\t' '{ print "a1", $0 }' "$F/harbour.txt"
	  awk -v OFS='\t' '{ print "a2", $0 }' "$F/dairy.txt"; } > "$T/keyed"
	run -0 --separate-stderr article-facts < "$T/keyed"
	[ "$(printf '%s\n' "$output" | awk -F'\t' '$2 == 1 { print $1 }')" = "a1
a2" ]
}

@test "article-facts -m keeps only the sentences with money or a date" {
	run -0 --separate-stderr article-facts -m "$F/harbour.txt"
	[ "${#lines[@]}" -gt 0 ]
	[ -z "$(printf '%s\n' "$output" | awk -F'\t' '$2 == "" && $3 == ""')" ]
	run -0 --separate-stderr article-facts "$F/harbour.txt"
	[[ "$output" == *$'\t\t\tThe company\'s shares rose 4.5 per cent after the announcement.'* ]]
}

@test "article-facts --ref-key 1 takes the date from the first key" {
	awk -v OFS='\t' '{ print "2019-09-05", $0 }' "$F/harbour.txt" > "$T/in"
	run -0 --separate-stderr article-facts --ref-key 1 < "$T/in"
	printf '%s\n' "$output" | grep -q $'^2019-09-05\t[0-9]*\t\t2019-11\tThe first terminal'
}

@test "article-facts --header names the columns" {
	run -0 --separate-stderr article-facts --header "$F/harbour.txt"
	[ "${lines[0]}" = $'SENT\tMONEY\tDATES\tSENTENCE' ]
}

@test "article-facts prints nothing for empty input and leaves no temporary files" {
	mkdir "$T/tmp"
	TMPDIR=$T/tmp run -0 --separate-stderr article-facts < /dev/null
	[ -z "$output" ]
	[ -z "$(ls -A "$T/tmp")" ]
}

@test "article-facts --help prints the usage to standard output" {
	run -0 --separate-stderr article-facts --help
	[[ "$output" == "usage: article-facts "* ]]
}

@test "article-facts exits 2 on an unknown option or a bad reference date" {
	run -2 --separate-stderr article-facts -Z "$F/harbour.txt"
	[[ "$stderr" == *"usage: article-facts"* ]]
	run -2 --separate-stderr article-facts --ref-date 2019-13-45 "$F/harbour.txt"
}

@test "article-facts warns about a missing file, still tables the others and exits 1" {
	run -1 --separate-stderr article-facts "$T/nope.txt" "$F/dairy.txt"
	[[ "$stderr" == *"nope.txt"* ]]
	[[ "$output" == *"NZD 800000000"* ]]
}

@test "article-facts exits 1 when it cannot write" {
	run -1 --separate-stderr sh -c 'article-facts "$1" > /dev/full' sh "$F/harbour.txt"
}

@test "article-facts resolves relative dates against each article's publication date (extract-meta)" {
	need extract-meta
	S=$TOP/samples/article.txt
	# the sample: Published: 9:15am, 14 Nov 2026; dairy: Thu 3 Oct 2019
	run -0 --separate-stderr article-facts "$S" "$F/dairy.txt"
	printf '%s\n' "$output" | grep -q $'\t2026-11-12\tThe first of the new electric ferries docks .* on Thursday.$'
	printf '%s\n' "$output" | grep -q $'dairy.txt\t[0-9]*\t[^\t]*\t2017\tThe co-operative paid'
	# --ref-date still wins
	run -0 --separate-stderr article-facts --ref-date 2015-06-01 "$F/dairy.txt"
	printf '%s\n' "$output" | grep -q $'^[0-9]*\t[^\t]*\t2013\tThe co-operative paid'
}

@test "article-facts finds each article's date on standard input, past an empty and a textless document" {
	need extract-meta
	S=$TOP/samples/article.txt
	{ cat "$S"; printf '\f\n\f\nHome | World | Business\nShare on Facebook\n\f\n'; cat "$F/dairy.txt"; } > "$T/in"
	run -0 --separate-stderr article-facts < "$T/in"
	printf '%s\n' "$output" | grep -q $'\t2026-11-12\tThe first of the new electric ferries'
	printf '%s\n' "$output" | grep -q $'\t2017\tThe co-operative paid'
	{ awk -v OFS='\t' '{ print "a1", $0 }' "$S"
	  printf 'a2\tHome | World | Business\na2\tShare on Facebook\n'
	  awk -v OFS='\t' '{ print "a3", $0 }' "$F/dairy.txt"; } > "$T/keyed"
	run -0 --separate-stderr article-facts < "$T/keyed"
	printf '%s\n' "$output" | grep -q $'^a1\t[0-9]*\t\t2026-11-12\tThe first of the new electric ferries'
	printf '%s\n' "$output" | grep -q $'^a3\t[0-9]*\t[^\t]*\t2017\tThe co-operative paid'
}

@test "article-facts -u puts the article's URL and publication date next to each sentence" {
	need extract-meta
	S=$TOP/samples/article.txt
	run -0 --separate-stderr article-facts -u --header "$S" "$F/dairy.txt"
	[ "${lines[0]}" = $'SENT\tURL\tPUBLISHED\tMONEY\tDATES\tSENTENCE' ]
	printf '%s\n' "$output" | grep -q "^$S"$'\t1\thttps://www.harbourledger.example/asia/east-asia/ferry-operator-expansion-2026\t2026-11-14\tHKD 3500000000\t\tFerry operator bets'
	printf '%s\n' "$output" | grep -q "^$F/dairy.txt"$'\t[0-9]*\t\t2019-10-03T17:05+01:00\t'
	# every row has the two columns
	[ -z "$(printf '%s\n' "${lines[@]:1}" | awk -F'\t' 'NF != 7')" ]
}
