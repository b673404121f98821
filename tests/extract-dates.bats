#!/usr/bin/env bats
# pipelines/extract-dates: clean-article | tag-dates.
load test_helper

setup() {
	need strip-boilerplate dedupe-captions split-sentences tag-dates
	F=$(fixture pipelines)
	T=$BATS_TEST_TMPDIR
}

@test "extract-dates prints what clean-article | tag-dates prints" {
	run -0 --separate-stderr extract-dates --ref-date 2019-09-05 "$F/harbour.txt"
	[ -n "$output" ]
	[ "$output" = "$(clean-article "$F/harbour.txt" | tag-dates --ref-date 2019-09-05)" ]
	[ -z "$stderr" ]
}

@test "extract-dates --ref-date resolves \"in November\" and \"on Monday\" against the article's date" {
	run -0 --separate-stderr extract-dates --ref-date 2019-09-05 "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tDATE\t2019-11\tNovember$'
	printf '%s\n' "$output" | grep -q $'\tDATE\t2009\t2009$'
	run -0 --separate-stderr extract-dates --ref-date=2019-09-05 "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tDATE\t2019-11\tNovember$'
}

@test "extract-dates without a reference date leaves \"in November\" unresolved" {
	run -0 --separate-stderr extract-dates "$F/harbour.txt"
	printf '%s\n' "$output" | grep -q $'\tDATE\tXXXX-11\tNovember$'
}

@test "extract-dates --ref-key 1 takes each article's date from its first key" {
	awk -v OFS='\t' '{ print "2019-09-05", $0 }' "$F/harbour.txt" > "$T/in"
	run -0 --separate-stderr extract-dates --ref-key 1 < "$T/in"
	printf '%s\n' "$output" | grep -q $'^2019-09-05\t.*\tDATE\t2019-11\tNovember$'
	[ "$(printf '%s\n' "$output" | cut -f2-)" = "$(extract-dates --ref-date 2019-09-05 "$F/harbour.txt")" ]
}

@test "extract-dates with several files puts each file name first" {
	run -0 --separate-stderr extract-dates --ref-date 2019-10-03 "$F/harbour.txt" "$F/dairy.txt"
	[ "$(printf '%s\n' "$output" | cut -f1 | uniq)" = "$F/harbour.txt
$F/dairy.txt" ]
	printf '%s\n' "$output" | grep -q $'^'"$F/dairy.txt"$'\t.*\tDATE\t1987\t1987$'
}

@test "extract-dates --header prints the column names first" {
	run -0 --separate-stderr extract-dates --header "$F/harbour.txt"
	[ "${lines[0]}" = $'LINE\tSTART\tEND\tTYPE\tVALUE\tSURFACE' ]
}

@test "extract-dates passes --dmy and --mdy to tag-dates" {
	printf '%s\n' "$(head -n 14 "$F/harbour.txt")" \
	    'The first ship is due on 05/09/2020, the port authority said in a statement to the exchange.' \
	    "$(tail -n +15 "$F/harbour.txt")" > "$T/in"
	run -0 --separate-stderr extract-dates --dmy "$T/in"
	printf '%s\n' "$output" | grep -q $'\t2020-09-05\t05/09/2020$'
	run -0 --separate-stderr extract-dates --mdy "$T/in"
	printf '%s\n' "$output" | grep -q $'\t2020-05-09\t05/09/2020$'
}

@test "extract-dates prints nothing and exits 0 for empty input" {
	run -0 --separate-stderr extract-dates < /dev/null
	[ -z "$output" ]
}

@test "extract-dates --help prints the usage to standard output" {
	run -0 --separate-stderr extract-dates --help
	[[ "$output" == "usage: extract-dates "* ]]
	[[ "$output" == *"--ref-key"* ]]
}

@test "extract-dates exits 2 on an unknown option or a bad reference date" {
	run -2 --separate-stderr extract-dates -Z "$F/harbour.txt"
	[[ "$stderr" == *"usage: extract-dates"* ]]
	run -2 --separate-stderr extract-dates --ref-date
	run -2 --separate-stderr extract-dates --ref-date 2019-13-45 "$F/harbour.txt"
}

@test "extract-dates warns about a missing file, still reads the others and exits 1" {
	run -1 --separate-stderr extract-dates "$T/nope.txt" "$F/dairy.txt"
	[[ "$stderr" == *"nope.txt"* ]]
	[[ "$output" == *"1987"* ]]
}

@test "extract-dates exits 1 when it cannot write" {
	run -1 --separate-stderr sh -c 'extract-dates "$1" > /dev/full' sh "$F/harbour.txt"
}
