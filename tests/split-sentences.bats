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

# The hard English cases, by class (issue 15).  Each loop checks
# sentences of one class: IN|SENTENCE|SENTENCE...

# check_cases -- read IN|S1|S2... lines and compare split-sentences' lines
check_cases() {
	local line in want got
	while IFS= read -r line; do
		in=${line%%|*}
		want=${line#*|}
		got=$(printf '%s\n' "$in" | split-sentences | paste -sd'|')
		[ "$got" = "$want" ] || fail "in:   $in" "want: $want" "got:  $got"
	done
}

@test "split-sentences makes each item of an inline list a sentence, its marker kept" {
	check_cases <<'CASES'
1.) Book the hall 2.) Print the tickets 3.) Hire a band|1.) Book the hall|2.) Print the tickets|3.) Hire a band
1) Lagos 2) Nairobi 3) Accra|1) Lagos|2) Nairobi|3) Accra
1. Profits doubled 2. Staff grew 3. Debt fell|1. Profits doubled|2. Staff grew|3. Debt fell
• 4. Plums • 5. Figs|• 4. Plums|• 5. Figs
a. a small flat b. a large house c. a boat|a. a small flat|b. a large house|c. a boat
ii. the budget iii. the staff iv. the plan|ii. the budget|iii. the staff|iv. the plan
1) that costs rise and 2) that prices follow|1) that costs rise and 2) that prices follow
CASES
}

@test "split-sentences keeps lower-case company and street abbreviations inside a sentence" {
	check_cases <<'CASES'
Did Brown and co. win the bid?|Did Brown and co. win the bid?
The cafe on 9th ave. near the river is new.|The cafe on 9th ave. near the river is new.
The shop on Pine st. opens late. It sells bread.|The shop on Pine st. opens late.|It sells bread.
CASES
}

@test "split-sentences ends a sentence at a time of day unless the time opens it" {
	check_cases <<'CASES'
The polls closed at 8 P.M. Counting began at once.|The polls closed at 8 P.M.|Counting began at once.
The rally ended at 10:15 p.m. Organisers thanked the crowd.|The rally ended at 10:15 p.m.|Organisers thanked the crowd.
At 6 a.m. Dr. Osei was already at work.|At 6 a.m. Dr. Osei was already at work.
Trading opens at 9 a.m. Monday.|Trading opens at 9 a.m. Monday.
The call is at 4 p.m. GMT today.|The call is at 4 p.m. GMT today.
CASES
}

@test "split-sentences keeps a URL after a colon in its sentence" {
	check_cases <<'CASES'
The ruling is online at: https://courts.example.gov/rulings/2019_44.pdf. Read it before voting.|The ruling is online at: https://courts.example.gov/rulings/2019_44.pdf.|Read it before voting.
Website: http://www.example.org/about|Website: http://www.example.org/about
CASES
}

@test "split-sentences keeps No. before a dotted number, a name with '!' and a citation after a quotation" {
	check_cases <<'CASES'
See clause No. 7.2.1 of the lease. Then sign.|See clause No. 7.2.1 of the lease.|Then sign.
She was hired by Yahoo! in 2009.|She was hired by Yahoo! in 2009.
"Demand [...] will recover" (Patel 31). Others doubt it.|"Demand [...] will recover" (Patel 31).|Others doubt it.
CASES
}

@test "split-sentences reads ellipses in every style" {
	check_cases <<'CASES'
Then we waited... Nobody came.|Then we waited...|Nobody came.
Then we waited… Nobody came.|Then we waited…|Nobody came.
The plan was . . . well, odd.|The plan was . . . well, odd.
the answer is . . . I do not know.|the answer is . . . I do not know.
The vote was close . . . . The count took days.|The vote was close . . . .|The count took days.
He signed the deal. . . . The board agreed.|He signed the deal.|. . . The board agreed.
. . . and so the talks ended.|. . . and so the talks ended.
We must think of … Brazil's offer first.|We must think of … Brazil's offer first.
CASES
}

@test "split-sentences ends a sentence at a full stop with no space after it, but not inside names" {
	check_cases <<'CASES'
Oil fell.Traders sold.The index ended at 4,200.Volume was light.|Oil fell.|Traders sold.|The index ended at 4,200.|Volume was light.
It rose 2.5 percent at example.com and in the U.S.Navy files.|It rose 2.5 percent at example.com and in the U.S.Navy files.
Open http://example.org/Docs/A.Html now.|Open http://example.org/Docs/A.Html now.
CASES
}

@test "split-sentences ends a sentence after a quoted question or exclamation that was introduced" {
	check_cases <<'CASES'
She asked, "Is the shop open?" Nobody answered.|She asked, "Is the shop open?"|Nobody answered.
He cried, “Run!” The crowd scattered.|He cried, “Run!”|The crowd scattered.
"Is the shop open?" Anne asked.|"Is the shop open?" Anne asked.
CASES
}

@test "split-sentences ends a sentence at an AP state abbreviation after a city" {
	check_cases <<'CASES'
The plant is in Mesa, Ariz. Boeing is close by.|The plant is in Mesa, Ariz.|Boeing is close by.
Her office is in Stamford, Conn. Pfizer is nearby.|Her office is in Stamford, Conn.|Pfizer is nearby.
The Dallas, Tex. branch closed.|The Dallas, Tex. branch closed.
CASES
}

@test "split-sentences -p joins hard-wrapped lines up to a blank line" {
	run -0 sh -c 'printf "The firm said on\nTuesday that it would\n   cut 300 jobs. Shares\nfell.\n\nA second\nparagraph.\n" | split-sentences -p -n'
	[ "${lines[0]}" = "$(printf '1\t1\tThe firm said on Tuesday that it would cut 300 jobs.')" ]
	[ "${lines[1]}" = "$(printf '1\t2\tShares fell.')" ]
	[ "${lines[2]}" = "$(printf '5\t1\t')" ]
	[ "${lines[3]}" = "$(printf '6\t1\tA second paragraph.')" ]
	[ "${#lines[@]}" -eq 4 ]
	run -0 split-sentences --paragraphs <<< 'One line.'
	[ "$output" = 'One line.' ]
}

@test "split-sentences -p takes the keys of a paragraph's first line and ends it at a new first key" {
	run -0 sh -c 'printf "d1\t7\tA sentence broken\nd1\t8\tover two lines. And\nd2\t1\tanother.\n" | split-sentences -p'
	[ "$output" = "$(printf 'd1\t7\tA sentence broken over two lines.\nd1\t7\tAnd\nd2\t1\tanother.')" ]
}

@test "split-sentences -p gives what plain mode gives for one-line paragraphs" {
	run -0 sh -c 'split-sentences -p "$1" | cmp - "$2"' sh "$F/news.in" "$F/news.out"
}

@test "split-sentences -p reads CRLF, a last line without a newline, a form feed and a NUL" {
	run -0 sh -c 'printf "One line\r\nand more.\r\n\r\nLast\nline" | split-sentences -p'
	[ "$output" = "$(printf 'One line and more.\n\nLast line')" ]
	run -0 sh -c 'printf "One\n\f\ntwo\n" | split-sentences -p'
	[ "$output" = "$(printf 'One\n\f\ntwo')" ]
	run -0 sh -c 'printf "A\000b\ncd. Then.\n" | split-sentences -p | od -An -c | tr -s " " | tr -d "\n"'
	[ "$output" = " A \\0 b c d . \\n T h e n . \\n" ]
}

@test "split-sentences -p handles a 100 MB paragraph" {
	run -0 sh -c 'yes "Prices rose and buyers fled as the index closed lower" | head -c 100000000 | split-sentences -p | wc -lc'
	# one sentence: every line break became a space, plus the final LF
	[ "$(echo $output)" = "1 100000001" ]
}
