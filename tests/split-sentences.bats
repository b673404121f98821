#!/usr/bin/env bats
# split-sentences: one sentence a line, keys carried.

load test_helper
bats_require_minimum_version 1.5.0

F=$(fixture split-sentences)

@test "split-sentences passes its unit tests" {
	run -0 "$UNIT/split-sentences"
	[[ "${lines[-1]}" == *" passed, 0 failed" ]]
}

@test "split-sentences splits a news article on the hard cases" {
	run -0 --separate-stderr split-sentences "$F/news.in"
	[ "$output" = "$(cat "$F/news.out")" ]
	[ -z "$stderr" ]
}

@test "split-sentences copies each record's keys to its sentences" {
	run -0 --separate-stderr split-sentences "$F/keys.in"
	[ "$output" = "$(cat "$F/keys.out")" ]
	[ -z "$stderr" ]
}

@test "split-sentences -n adds the line number and the sentence number" {
	run -0 --separate-stderr split-sentences -n "$F/keys.in"
	[ "$output" = "$(cat "$F/keys-number.out")" ]
	run -0 split-sentences --number "$F/keys.in"
	[ "$output" = "$(cat "$F/keys-number.out")" ]
}

@test "split-sentences keeps every byte except the spaces between sentences" {
	run -0 sh -c 'split-sentences "$1" | tr -d " \n"' sh "$F/news.in"
	[ "$output" = "$(tr -d ' \n' < "$F/news.in")" ]
}

@test "split-sentences ends a sentence after an abbreviation only before a new one" {
	run -0 split-sentences <<< 'He moved to the U.S. He lived there. The U.S. Senate met.'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[0]}" = "He moved to the U.S." ]
	[ "${lines[2]}" = "The U.S. Senate met." ]
}

@test "split-sentences keeps a quoted clause with its speaker" {
	run -0 split-sentences <<< '"We have a duty," Abe said. He said: "It is over." Then he left.'
	[ "${lines[0]}" = '"We have a duty," Abe said.' ]
	[ "${lines[1]}" = 'He said: "It is over."' ]
	[ "${lines[2]}" = 'Then he left.' ]
}

@test "split-sentences splits CJK full stops without spaces" {
	run -0 split-sentences <<< '東京に行った。楽しかった！また行く？'
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[1]}" = '楽しかった！' ]
}

@test "split-sentences reads ';' after a Greek word as a question mark" {
	run -0 split-sentences <<< 'Πού είσαι; Εδώ.'
	[ "${#lines[@]}" -eq 2 ]
	[ "${lines[0]}" = 'Πού είσαι;' ]
	run -0 split-sentences <<< 'One clause; Another clause.'
	[ "${#lines[@]}" -eq 1 ]
	run -0 split-sentences --lang el <<< 'Is it 5; Yes.'
	[ "${#lines[@]}" -eq 2 ]
}

@test "split-sentences --lang de knows German abbreviations" {
	run -0 split-sentences --lang de <<< 'Es kostet 5 Mio. Euro, z.B. heute. Dann nicht.'
	[ "${#lines[@]}" -eq 2 ]
}

@test "split-sentences rejects an unknown --lang with exit 2" {
	run -2 --separate-stderr split-sentences --lang xx < /dev/null
	[[ "$stderr" == *"unknown language"* ]]
	[[ "$stderr" == *"usage:"* ]]
}

@test "split-sentences writes nothing for empty input" {
	run -0 --separate-stderr split-sentences < /dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "split-sentences keeps a blank record as one empty line" {
	run -0 sh -c 'printf "a\t\nb\tOne. Two.\n" | split-sentences -n'
	[ "${lines[0]}" = "$(printf 'a\t1\t1\t')" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "split-sentences writes a form-feed line (a document break) through unchanged" {
	run -0 sh -c 'printf "One. Two.\n\f\nThree.\n" | split-sentences'
	[ "$output" = "$(printf 'One.\nTwo.\n\f\nThree.')" ]
}

@test "split-sentences reads a last line without a newline" {
	run -0 sh -c 'printf "One. Two." | split-sentences'
	[ "$output" = "$(printf 'One.\nTwo.')" ]
}

@test "split-sentences drops the CR of CRLF input" {
	run -0 sh -c 'printf "One. Two.\r\nThree.\r\n" | split-sentences'
	[ "$output" = "$(printf 'One.\nTwo.\nThree.')" ]
}

@test "split-sentences passes invalid UTF-8 through byte for byte" {
	run -0 sh -c 'printf "caf\351. Next \377 one.\n" | split-sentences | od -An -tx1 | tr -d " \n"'
	[ "$output" = "$(printf 'caf\351.\nNext \377 one.\n' | od -An -tx1 | tr -d ' \n')" ]
}

@test "split-sentences keeps a NUL byte inside a sentence" {
	run -0 sh -c 'printf "A\000b. Next.\n" | split-sentences | od -An -c | tr -s " " | tr -d "\n"'
	[ "$output" = " A \\0 b . \\n N e x t . \\n" ]
}

@test "split-sentences handles a 1 MB line" {
	run -0 sh -c 'awk "BEGIN { for (i = 0; i < 40000; i++) printf \"Mr. Lee paid \$1.5 bn. \"; print \"\" }" | split-sentences | wc -l'
	[ "$output" -eq 40000 ]
}

@test "split-sentences handles a 1 MB line of dots and one without punctuation" {
	run -0 sh -c 'head -c 1000000 /dev/zero | tr "\0" "." | split-sentences | wc -c'
	[ "$output" -eq 1000001 ]
	run -0 sh -c 'head -c 1000000 /dev/zero | tr "\0" "a" | split-sentences | wc -l'
	[ "$output" -eq 1 ]
}

@test "split-sentences -r treats a whole line with tabs as text" {
	run -0 sh -c 'printf "a\tOne. Two.\n" | split-sentences -r'
	[ "${lines[0]}" = "a One." ]
	[ "${lines[1]}" = "Two." ]
}

@test "split-sentences -H prefixes the file name, and two files get it by default" {
	run -0 split-sentences -H "$F/keys.in"
	[ "${lines[0]}" = "$(printf '%s\tdoc1\t1\tFirst one.' "$F/keys.in")" ]
	run -0 split-sentences "$F/keys.in" "$F/keys.in"
	[ "${#lines[@]}" -eq 10 ]
	[[ "${lines[0]}" == "$F/keys.in"* ]]
}

@test "split-sentences --header names the columns" {
	run -0 split-sentences --header -n < /dev/null
	[ "$output" = "$(printf 'LINE\tSENTENCE\tTEXT')" ]
}

@test "split-sentences --help prints usage to stdout and exits 0" {
	run -0 --separate-stderr split-sentences --help
	[[ "$output" == usage:\ split-sentences* ]]
	[[ "$output" == *--number* ]]
	[[ "$output" == *--lang* ]]
	[ -z "$stderr" ]
}

@test "split-sentences --version exits 0" {
	run -0 split-sentences --version
	[ -n "$output" ]
}

@test "split-sentences exits 2 on a bad option" {
	run -2 --separate-stderr split-sentences -Z
	[[ "$stderr" == *usage:* ]]
}

@test "split-sentences warns about a missing file, reads the others, exits 1" {
	run -1 --separate-stderr split-sentences "$BATS_TEST_TMPDIR/nonesuch" "$F/keys.in"
	[[ "$stderr" == *nonesuch* ]]
	[[ "$output" == *"Fifth!"* ]]
}

@test "split-sentences exits 1 when it cannot write" {
	[ -w /dev/full ] || skip "no /dev/full"
	run -1 --separate-stderr sh -c 'split-sentences "$1" > /dev/full' sh "$F/news.in"
	[[ "$stderr" == *"write error"* ]]
}

@test "split-sentences scores above its floors on UD EWT and GUM dev" {
	skip_without_shared sentences
	D=$SHARED/data/sentences
	run -0 "$D/score.py" split-sentences "$D/ud_gum_dev.tsv"
	f=$(printf '%s\n' "$output" | sed -n 's/.* F1=\([0-9.]*\).*/\1/p')
	echo "GUM dev: $output"
	awk -v f="$f" 'BEGIN { exit !(f >= 0.975) }'
	run -0 "$D/score.py" split-sentences "$D/ud_ewt_dev.tsv"
	f=$(printf '%s\n' "$output" | sed -n 's/.* F1=\([0-9.]*\).*/\1/p')
	echo "EWT dev: $output"
	awk -v f="$f" 'BEGIN { exit !(f >= 0.915) }'
}
