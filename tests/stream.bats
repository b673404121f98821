#!/usr/bin/env bats
# The stream conventions of DESIGN §1-3 (common/), checked through real
# programs: dedupe-captions passes every line that is not a repeated
# caption through unchanged, so it shows exactly what the reader and the
# writer do; tag-money shows keys and offsets on annotation rows.
load test_helper

CAP='Rescuers search the rubble in the old town on Sunday. Photo: AP'

@test "keys are carried to the front of every output line" {
	run -0 --separate-stderr sh -c "printf 'd1\t4\tThe mayor spoke.\n' | dedupe-captions"
	[ "$output" = "$(printf 'd1\t4\tThe mayor spoke.')" ]
	run -0 --separate-stderr sh -c "printf 'd1\t4\tIt cost \$5 and \$6.\n' | tag-money"
	[ "${lines[0]}" = "$(printf 'd1\t4\t1\t8\t10\tUSD\t5\t$5')" ]
	[ "${lines[1]}" = "$(printf 'd1\t4\t1\t15\t17\tUSD\t6\t$6')" ]
}

@test "CRLF input gives LF output with the CR dropped" {
	run -0 --separate-stderr sh -c "printf 'one\r\ntwo\r\n' | dedupe-captions | od -c | head -2"
	[[ "$output" != *'\r'* ]]
	run -0 sh -c "printf 'one\r\ntwo\r\n' | dedupe-captions"
	[ "$output" = "$(printf 'one\ntwo')" ]
}

@test "a byte-order mark at the start of an input is dropped, elsewhere kept" {
	run -0 sh -c "printf '\357\273\277first\n\357\273\277second\n' | dedupe-captions | od -An -tx1 | tr -d ' \n'"
	[ "$output" = "66697273740aefbbbf7365636f6e640a" ]
}

@test "a last line without LF is still a record, written with LF" {
	run -0 sh -c "printf 'one\ntwo' | dedupe-captions | od -An -c | tr -s ' '"
	[ "$output" = " o n e \n t w o \n" ]
}

@test "invalid UTF-8 is passed through byte for byte" {
	run -0 sh -c "printf 'caf\351 \200\300\257 ok\n' | dedupe-captions | od -An -tx1 | tr -d ' \n'"
	[ "$output" = "636166e92080c0af206f6b0a" ]
}

@test "offsets count an invalid byte as one code point" {
	run -0 --separate-stderr sh -c "printf 'caf\351 costs \$5\n' | tag-money"
	[ "$output" = "$(printf '1\t11\t13\tUSD\t5\t$5')" ]
}

@test "a NUL byte inside a line is kept and does not end the record" {
	run -0 sh -c "printf 'a\000b\nc\n' | dedupe-captions | od -An -tx1 | tr -d ' \n'"
	[ "$output" = "6100620a630a" ]
}

@test "a 1 MB line is read whole" {
	run -0 sh -c "head -c 1048576 /dev/zero | tr '\\0' 'a' | dedupe-captions | wc -c"
	[ "$output" -eq 1048577 ]
}

@test "empty input gives empty output and exit 0" {
	run -0 --separate-stderr sh -c ': | dedupe-captions'
	[ -z "$output" ] && [ -z "$stderr" ]
	run -0 --separate-stderr sh -c ': | tag-money'
	[ -z "$output" ]
}

@test "'-' reads standard input, and several files get the file name as first key" {
	cd "$BATS_TEST_TMPDIR"
	printf 'from a\n' > a.txt
	run -0 sh -c "printf 'from stdin\n' | dedupe-captions a.txt -"
	[ "${lines[0]}" = "$(printf 'a.txt\tfrom a')" ]
	[ "${lines[1]}" = "$(printf -- '-\tfrom stdin')" ]
}

@test "-H adds the file name for one file, -h leaves it out for several" {
	cd "$BATS_TEST_TMPDIR"
	printf 'from a\n' > a.txt
	printf 'from b\n' > b.txt
	run -0 dedupe-captions -H a.txt
	[ "$output" = "$(printf 'a.txt\tfrom a')" ]
	run -0 dedupe-captions -h a.txt b.txt
	[ "$output" = "$(printf 'from a\nfrom b')" ]
}

@test "a missing file is reported, the others are still read, and the exit status is 1" {
	cd "$BATS_TEST_TMPDIR"
	printf 'from b\n' > b.txt
	run -1 --separate-stderr dedupe-captions -h missing.txt b.txt
	[ "$output" = "from b" ]
	[[ "$stderr" == "dedupe-captions: missing.txt: No such file or directory"* ]]
}

@test "--raw treats the whole line as text, TABs turned into spaces" {
	run -0 sh -c "printf 'a\tb\tIt cost \$5\n' | tag-money --raw"
	[ "$output" = "$(printf '1\t12\t14\tUSD\t5\t$5')" ]
	run -0 sh -c "printf 'a\tb\tc\n' | dedupe-captions -r"
	[ "$output" = "a b c" ]
}

@test "--help prints the usage to stdout and exits 0; --version names copydesk" {
	for p in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates; do
		run -0 --separate-stderr "$p" --help
		[[ "${lines[0]}" == "usage: $p "* ]]
		[ -z "$stderr" ]
		run -0 "$p" --version
		[[ "$output" == "$p (copydesk) "* ]]
	done
}

@test "an unknown option is a usage error: exit 2 and the usage on stderr" {
	for p in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates; do
		run -2 --separate-stderr "$p" --no-such-option
		[ -z "$output" ]
		[[ "$stderr" == *"usage: $p "* ]]
	done
}

@test "a write error (> /dev/full) is reported and gives exit status 1" {
	[ -w /dev/full ] || skip "no /dev/full"
	for p in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates; do
		run -1 --separate-stderr sh -c "$p '$TOP/samples/article.txt' > /dev/full"
		[[ "$stderr" == "$p: write error: No space left on device"* ]]
	done
}

@test "a closed pipe (| head -1) ends the program quietly" {
	# 3000 copies of the sample article, a form feed between them.
	for i in $(seq 3000); do cat "$TOP/samples/article.txt"; printf '\f\n'; done > "$BATS_TEST_TMPDIR/many.txt"
	for p in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates; do
		run -0 --separate-stderr sh -c "$p '$BATS_TEST_TMPDIR/many.txt' | head -n 1"
		[ -n "$output" ]
		[ -z "$stderr" ]
	done
}

@test "a form-feed line splits standard input into documents and is written through" {
	run -0 sh -c "printf '%s\n%s\n\f\n%s\n' '$CAP' '$CAP' '$CAP' | dedupe-captions"
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = "$CAP" ]
	[ "${lines[1]}" = "$(printf '\f')" ]
	[ "${lines[2]}" = "$CAP" ]
}

@test "a change of the first key starts a new document" {
	run -0 sh -c "printf 'a\t%s\na\t%s\nb\t%s\n' '$CAP' '$CAP' '$CAP' | dedupe-captions"
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[1]}" = "$(printf 'b\t%s' "$CAP")" ]
}

@test "--line-buffered writes each record's rows as soon as it is read" {
	# The writer keeps its input open for 3 s; the reader gives up after 2.
	run -0 sh -c "{ printf 'It cost \$5.\n'; sleep 3; } | tag-money --line-buffered | timeout 2 head -n 1"
	[ "$output" = "$(printf '1\t8\t10\tUSD\t5\t$5')" ]
	run -124 sh -c "{ printf 'It cost \$5.\n'; sleep 3; } | tag-money | timeout 2 head -n 1"
}
