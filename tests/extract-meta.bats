#!/usr/bin/env bats
# extract-meta: one row per document, URL SITE SECTION HEADLINE BYLINE
# PUBLISHED UPDATED (issue 16).
load test_helper

F=$(fixture extract-meta)
P1='The council voted on Tuesday to extend the night bus service to the eastern districts, after a year of complaints from shift workers who said they had no way of getting home.'
P2='The new routes will start in January and cost about two million a year, which the council said it would pay for by trimming its own travel budget and by raising parking fees.'

# (exported: the tests run page() in sh -c, where only the environment
# gives it the paragraphs)
export P1 P2

# page LINE... -- a small page: the given lines, then two paragraphs
page() {
	printf '%s\n' "$@" "$P1" "$P2"
}

@test "extract-meta writes one row per document of a form-feed separated file" {
	run -0 --separate-stderr extract-meta "$F/docs.in"
	[ "$output" = "$(cat "$F/docs.out")" ]
	[ -z "$stderr" ]
	# every row has the seven columns, empty ones included
	run -0 sh -c "extract-meta '$F/docs.in' | awk -F '\t' '{ print NF }' | sort -u"
	[ "$output" = 7 ]
}

@test "extract-meta gives the bundled sample's row" {
	run -0 extract-meta "$TOP/samples/article.txt"
	[ "$output" = "$(printf '%s\t' 'https://www.harbourledger.example/asia/east-asia/ferry-operator-expansion-2026' \
	    harbourledger.example 'Asia > East Asia' \
	    'Ferry operator bets HK$3.5 billion on electric fleet as fares rise' \
	    'Mei-ling Chau; Daniel Okafor' 2026-11-14)2026-11-14" ]
}

@test "extract-meta's headline is the line strip-boilerplate keeps as the headline" {
	run -0 sh -c "strip-boilerplate --explain '$TOP/samples/article.txt' | awk -F '\t' '\$2 == \"headline\" { print \$3 }'"
	want=$output
	[ -n "$want" ]
	run -0 sh -c "extract-meta '$TOP/samples/article.txt' | cut -f4"
	[ "$output" = "$want" ]
}

@test "extract-meta reads a dateline's zone into the offset: Thu 3 Oct 2024 17.05 BST" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Thu 3 Oct 2024 17.05 BST' | extract-meta | cut -f6,7"
	[ "$output" = "$(printf '2024-10-03T17:05+01:00\t')" ]
}

@test "extract-meta puts Updated and Last modified dates in UPDATED" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Published Thu 3 Oct 2024 17.05 BST' 'Last modified on Fri 4 Oct 2024 09.12 BST' | extract-meta | cut -f6,7"
	[ "$output" = "$(printf '2024-10-03T17:05+01:00\t2024-10-04T09:12+01:00')" ]
}

@test "extract-meta, class 'only an update date': its day is PUBLISHED (no time), unless the URL has a date" {
	# a wire story's page shows only when it was last updated
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Updated 1:39 am EST, Wednesday, November 20, 2019' | extract-meta | cut -f6,7"
	[ "$output" = "$(printf '2019-11-20\t2019-11-20T01:39-05:00')" ]
	run -0 sh -c "$(declare -f page); page 'URL: https://x.example/2019/11/18/buses/' 'Night buses extended to the east' 'Updated 1:39 am EST, Wednesday, November 20, 2019' | extract-meta | cut -f6"
	[ "$output" = 2019-11-18 ]
}

@test "extract-meta takes the date from the URL when no dateline gives one" {
	run -0 sh -c "$(declare -f page); page 'URL: https://x.example/2019/11/19/buses/' 'Night buses extended to the east' | extract-meta | cut -f6"
	[ "$output" = 2019-11-19 ]
}

@test "extract-meta leaves a relative dateline empty unless --ref-date is given" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Published 2 days ago' | extract-meta | cut -f6"
	[ "$output" = '' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Published 2 days ago' | extract-meta --ref-date 2019-11-20 | cut -f6"
	[ "$output" = 2019-11-18 ]
}

@test "extract-meta never takes a date from the body text" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'The plan was first announced on 5 September 2019 by the council.' | extract-meta | cut -f6"
	[ "$output" = '' ]
}

@test "extract-meta drops job titles and agencies after a name, keeps an agency alone" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'By Jane Smith, Reuters' | extract-meta | cut -f5"
	[ "$output" = 'Jane Smith' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Jane Whitfield Economics correspondent' 'Thu 3 Oct 2024 17.05 BST' | extract-meta | cut -f5"
	[ "$output" = 'Jane Whitfield' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'By AFP' | extract-meta | cut -f5"
	[ "$output" = 'AFP' ]
}

@test "extract-meta, class 'month-word first names and particles': a name unless a date follows, both names kept" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'By Rosa de la Cruz and Jan van der Berg' | extract-meta | cut -f5"
	[ "$output" = 'Rosa de la Cruz; Jan van der Berg' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'By April Lindqvist May 5, 2019' | extract-meta | cut -f5,6"
	[ "$output" = "$(printf 'April Lindqvist\t2019-05-05')" ]
}

@test "extract-meta, class 'numeric date of either order': read only when the page settles the order" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Published 05/09/2019' | extract-meta | cut -f6"
	[ "$output" = '' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Published 05/09/2019' 'Updated 14/09/2019' | extract-meta | cut -f6"
	[ "$output" = 2019-09-05 ]
	run -0 sh -c "$(declare -f page); page 'URL: https://x.example/2019/05/09/buses/' 'Night buses extended to the east' '05/09/2019 10:31 AM EST' | extract-meta | cut -f6"
	[ "$output" = 2019-05-09T10:31-05:00 ]
}

@test "extract-meta, class 'bare dateline taken for the headline': its date is read, it is no headline" {
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'sexta-feira, 22 de outubro de 2010 às 20:13' | extract-meta | cut -f4,6"
	[ "$output" = "$(printf '\t2010-10-22')" ]
	# a headline that holds a date is no dateline
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'Council extends night buses, November 5, 2008' | extract-meta | cut -f4,6"
	[ "$output" = "$(printf 'Council extends night buses, November 5, 2008\t')" ]
}

@test "extract-meta, class 'furniture taken for the headline': the title in the headline's block is the headline" {
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'Night buses extended to the east' 'Tags: buses, council, night district routes' '' | extract-meta | cut -f4"
	[ "$output" = 'Night buses extended to the east' ]
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'Night buses to the eastern districts' 'Caption: The council voted on Tuesday to extend the night bus service' '' | extract-meta | cut -f4"
	[ "$output" = 'Night buses to the eastern districts' ]
}

@test "extract-meta, class 'debris glued to the headline': a bracket on the last word, a furniture phrase" {
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'Night buses extended to the east print this article' '' | extract-meta | cut -f4"
	[ "$output" = 'Night buses extended to the east' ]
	run -0 sh -c "$(declare -f page); page 'Menu' '' 'Night buses extended to the east[s]' '' | extract-meta | cut -f4"
	[ "$output" = 'Night buses extended to the east' ]
}

@test "extract-meta, class 'the URL's slug names the headline': strip-boilerplate's finder takes the title far above the deck" {
	run -0 sh -c "$(declare -f page); page 'URL: https://www.ledger.example/local/night-buses-extended-to-the-east-4411.html' 'Night buses extended to the east' Menu Home News Local '' 'Council votes on night bus service for eastern districts' '' | extract-meta | cut -f4"
	[ "$output" = 'Night buses extended to the east' ]
	# a URL without a slug leaves the deck
	run -0 sh -c "$(declare -f page); page 'URL: https://www.ledger.example/local/4411' 'Night buses extended to the east' Menu Home News Local '' 'Council votes on night bus service for eastern districts' '' | extract-meta | cut -f4"
	[ "$output" = 'Council votes on night bus service for eastern districts' ]
	# its byline and dateline are read around it
	run -0 sh -c "$(declare -f page); page 'URL: https://www.ledger.example/local/night-buses-extended-to-the-east-4411.html' 'Night buses extended to the east' 'By Mei-ling Chau' '14 November 2026' Menu Home News Local Sport Business Weather Travel Opinion Video Photos Events '' 'Council votes on night bus service for eastern districts' '' | extract-meta | cut -f4-6"
	[ "$output" = "$(printf 'Night buses extended to the east\tMei-ling Chau\t2026-11-14')" ]
}

@test "extract-meta, class 'name next to a dateline without a date': the name is the byline" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' '' 'Mei-ling Chau' 'Monday 6:30PM' | extract-meta | cut -f5,6"
	[ "$output" = "$(printf 'Mei-ling Chau\t')" ]
}

@test "extract-meta, class 'signature without By': the name before the comma and role under the headline is the byline" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' '' 'Mei-ling Chau, Valley Courier Transport Correspondent' '' | extract-meta | cut -f4,5"
	[ "$output" = "$(printf 'Night buses extended to the east\tMei-ling Chau')" ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' '' 'Mei-ling Chau, left, with the first night driver' '' | extract-meta | cut -f5"
	[ "$output" = '' ]
}

@test "extract-meta, class 'staff or wire credit': an outlet's credit is the byline, kept whole" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Valley Courier wire services' 'Published 11:11 PM EST Nov 19, 2019' | extract-meta | cut -f5"
	[ "$output" = 'Valley Courier wire services' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'By VALLEY COURIER STAFF' | extract-meta | cut -f5"
	[ "$output" = 'VALLEY COURIER STAFF' ]
}

@test "extract-meta, class 'the paper's name after the author': cut when the URL's host names it" {
	run -0 sh -c "$(declare -f page); page 'URL: https://www.valleycourier.example/story/night-buses/' 'Night buses extended to the east' 'Mei-ling Chau Valley Courier' 'Published 2:16 AM EST Nov 20, 2026' | extract-meta | cut -f5"
	[ "$output" = 'Mei-ling Chau' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Mei-ling Chau Valley Courier' 'Published 2:16 AM EST Nov 20, 2026' | extract-meta | cut -f5"
	[ "$output" = 'Mei-ling Chau Valley Courier' ]
}

@test "extract-meta, class 'unsigned piece': an 'Editorial' line under the headline is the byline" {
	run -0 sh -c "$(declare -f page); page 'URL: https://valleycourier.example/opinion/2026/nov/14/night-buses-extended-to-the-east' 'Opinion' 'Night buses extended to the east' '' 'Editorial' 'The council should pay for them from its own travel budget' '' 'Sat 14 Nov 2026 18.54 GMT' | extract-meta | cut -f5,6"
	[ "$output" = "$(printf 'Editorial\t2026-11-14T18:54+00:00')" ]
}

@test "extract-meta, class 'a Spanish y between surnames': one name" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Por Juan Carlos de la Vega y Ortiz' '14 November 2026' | extract-meta | cut -f5"
	[ "$output" = 'Juan Carlos de la Vega y Ortiz' ]
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Por Ana Vega y Pablo Ortiz' '14 November 2026' | extract-meta | cut -f5"
	[ "$output" = 'Ana Vega; Pablo Ortiz' ]
}

@test "extract-meta, class 'the URL's day and an update's, one moment in two zones': the page's day" {
	run -0 sh -c "$(declare -f page); page 'URL: https://ledger.example/2026/11/13/night-buses-extended-to-the-east' 'Night buses extended to the east' '' 'Updated 0339 GMT (1139 HKT) November 14, 2026' | extract-meta | cut -f6,7"
	[ "$output" = "$(printf '2026-11-14\t2026-11-14T11:39+08:00')" ]
	# an update late in its day, or days after the URL's: the URL's day
	run -0 sh -c "$(declare -f page); page 'URL: https://ledger.example/2026/11/13/night-buses-extended-to-the-east' 'Night buses extended to the east' '' 'Updated 1539 GMT November 14, 2026' | extract-meta | cut -f6"
	[ "$output" = '2026-11-13' ]
}

@test "extract-meta, class 'credit after the dateline': the outlet behind the date's last slash" {
	run -0 sh -c "$(declare -f page); page 'Night buses extended to the east' 'Updated on: November 19, 2019 / 10:07 AM / Valley TV News' | extract-meta | cut -f5,6"
	[ "$output" = "$(printf 'Valley TV News\t2019-11-19')" ]
}

@test "extract-meta never takes a site's navigation bar for the section" {
	run -0 sh -c "$(declare -f page); page 'Home | World | Business | Sport | Opinion' 'Night buses extended to the east' | extract-meta | cut -f3"
	[ "$output" = '' ]
	run -0 sh -c "$(declare -f page); page 'Home » News » Transport' 'Night buses extended to the east' | extract-meta | cut -f3"
	[ "$output" = 'News > Transport' ]
}

@test "extract-meta carries the keys: one row per article of a keyed corpus" {
	run -0 sh -c "awk -v OFS='\t' '{ print \"a1\", \$0 }' '$TOP/samples/article.txt'; $(declare -f page); page 'Night buses extended to the east' | awk -v OFS='\t' '{ print \"a2\", \$0 }'"
	printf '%s\n' "$output" > "$BATS_TEST_TMPDIR/corpus.tsv"
	run -0 sh -c "extract-meta '$BATS_TEST_TMPDIR/corpus.tsv' | cut -f1,3"
	[ "$output" = "$(printf 'a1\tharbourledger.example\na2\t')" ]
}

@test "extract-meta names the file with -H and with several files, not with -h" {
	cp "$TOP/samples/article.txt" "$BATS_TEST_TMPDIR/a.txt"
	cp "$TOP/samples/article.txt" "$BATS_TEST_TMPDIR/b.txt"
	cd "$BATS_TEST_TMPDIR"
	run -0 sh -c 'extract-meta a.txt b.txt | cut -f1,3'
	[ "$output" = "$(printf 'a.txt\tharbourledger.example\nb.txt\tharbourledger.example')" ]
	run -0 sh -c 'extract-meta -h a.txt b.txt | cut -f2'
	[ "$output" = "$(printf 'harbourledger.example\nharbourledger.example')" ]
	run -0 sh -c 'extract-meta -H < a.txt | cut -f1'
	[ "$output" = '-' ]
}

@test "extract-meta --header names the columns" {
	run -0 extract-meta --header "$TOP/samples/article.txt"
	[ "${lines[0]}" = "$(printf 'URL\tSITE\tSECTION\tHEADLINE\tBYLINE\tPUBLISHED\tUPDATED')" ]
	[ "${#lines[@]}" -eq 2 ]
}

@test "extract-meta -r treats each whole line as text" {
	run -0 sh -c "printf 'Source:\thttps://x.example/a\n' | extract-meta -r | cut -f1"
	[ "$output" = 'https://x.example/a' ]
}

@test "extract-meta writes nothing for an empty input, a row of empty fields for an empty document" {
	run -0 sh -c ': | extract-meta'
	[ -z "$output" ]
	run -0 sh -c "printf '\f\nSource: https://x.example/a\n\f\n\f\n' | extract-meta | cut -f1"
	[ "$output" = "$(printf '\nhttps://x.example/a\n')" ]
	run -0 sh -c "printf '\f\nSource: https://x.example/a\n\f\n\f\n' | extract-meta | wc -l"
	[ "$output" -eq 3 ]
}

@test "extract-meta --help prints usage to stdout and exits 0" {
	run -0 --separate-stderr extract-meta --help
	[[ "$output" == *"--ref-date"* ]]
	[ -z "$stderr" ]
	run -0 extract-meta --version
}

@test "extract-meta exits 2 on a bad option or a bad reference date" {
	run -2 --separate-stderr extract-meta --bogus
	[[ "$stderr" == *usage* ]]
	run -2 --separate-stderr extract-meta --ref-date 2019-02-30
	[[ "$stderr" == *ref-date* ]]
}

@test "extract-meta warns about a missing file, reads the others and exits 1" {
	run -1 --separate-stderr extract-meta "$BATS_TEST_TMPDIR/missing" "$TOP/samples/article.txt"
	[[ "$stderr" == *missing* ]]
	[ "$(printf '%s\n' "$output" | cut -f3)" = harbourledger.example ]
}

@test "extract-meta exits 1 when the output cannot be written" {
	run -1 sh -c "extract-meta '$TOP/samples/article.txt' > /dev/full"
}

@test "extract-meta passes its unit tests" {
	run -0 "$UNIT/extract-meta"
}

@test "extract-meta scores at least its floors on the labelled pages (tools/meta-eval.py)" {
	skip_without_shared meta
	[ -d "$SHARED/data/boilerplate-gn1" ] || skip "no evaluation data: boilerplate-gn1"
	run -0 python3 "$TOP/tools/meta-eval.py" --bin "$BUILD/bin" --shared "$SHARED" \
	    --min aeb-headline=0.965 --min gn1-headline=0.96 --min published=0.99 \
	    --min none=0.68 --min byline=0.965 --min gn1-dated=0.995
	echo "$output"
}
