#!/usr/bin/env bats
# tag-dates: date and time expressions as TIMEX3 rows (issue 7).

load test_helper

F=$(fixture tag-dates)

# tag REF TEXT -- "TYPE VALUE SURFACE" rows for TEXT resolved against REF
tag() {
	printf '%s\n' "$2" | tag-dates --ref-date "$1" | cut -f4-6
}

@test "tag-dates tags an article with keys, resolving against a key field" {
	run -0 --separate-stderr tag-dates --ref-key 2 "$F/article.in"
	[ "$output" = "$(cat "$F/article.out")" ]
	[ -z "$stderr" ]
}

@test "tag-dates reads September 5, 2019 and 5 September 2019" {
	run -0 tag 2019-09-06 'On September 5, 2019 and 5 September 2019.'
	[ "$output" = "$(printf 'DATE\t2019-09-05\tSeptember 5, 2019\nDATE\t2019-09-05\t5 September 2019')" ]
}

@test "tag-dates reads Sept. 5, 5 Sept and Sep 5th against the reference year" {
	run -0 tag 2019-09-06 'It came on Sept. 5, or 5 Sept, or Sep 5th.'
	[ "$output" = "$(printf 'DATE\t2019-09-05\tSept. 5\nDATE\t2019-09-05\t5 Sept\nDATE\t2019-09-05\tSep 5th')" ]
}

@test "tag-dates reads ISO dates" {
	run -0 tag 2019-09-06 'The file is dated 2019-09-05.'
	[ "$output" = "$(printf 'DATE\t2019-09-05\t2019-09-05')" ]
}

@test "tag-dates lets a weekday choose the year of Tuesday, February 18" {
	run -0 tag 2019-09-06 'He spoke on Tuesday, February 18.'
	[ "$output" = "$(printf 'DATE\t2020-02-18\tTuesday, February 18')" ]
}

@test "tag-dates reads a month and year, a year, a decade and a century" {
	run -0 tag 2019-09-06 'In August 2017, in 2015, in the 1990s, in the 19th century.'
	[ "$output" = "$(printf 'DATE\t2017-08\tAugust 2017\nDATE\t2015\t2015\nDATE\t199\tthe 1990s\nDATE\t18\tthe 19th century')" ]
}

@test "tag-dates reads decades in words after the: the nineties, the late seventies, not in his forties" {
	run -0 tag 1998-03-03 'Crime fell through the nineties, as in the late seventies; he is in his forties.'
	[ "$output" = "$(printf 'DATE\t199\tthe nineties\nDATE\t197\tthe late seventies')" ]
}

@test "tag-dates reads for a while as a duration of unsaid length" {
	run -0 tag 1998-03-03 'While it rained, the plant stayed shut for a while.'
	[ "$output" = "$(printf 'DURATION\tPXX\ta while')" ]
}

@test "tag-dates reads the idiom high noon as no time" {
	run -0 tag 1998-03-03 'It was high noon for the party; the vote is at noon.'
	[ "$output" = "$(printf 'TIME\t1998-03-03T12:00\tnoon')" ]
}

@test "tag-dates reads quarters: the first quarter of 2019, Q1 2019, the fourth quarter" {
	run -0 tag 2019-09-06 'Sales in the first quarter of 2019 and Q1 2019 beat the fourth quarter.'
	[ "$output" = "$(printf 'DATE\t2019-Q1\tthe first quarter of 2019\nDATE\t2019-Q1\tQ1 2019\nDATE\t2018-Q4\tthe fourth quarter')" ]
}

@test "tag-dates reads summer 2018 and mid-October" {
	run -0 tag 2019-09-06 'The show, first held in summer 2018, returns in mid-October.'
	[ "$output" = "$(printf 'DATE\t2018-SU\tsummer 2018\nDATE\t2019-10\tmid-October')" ]
}

@test "tag-dates resolves said on Monday to the Monday before" {
	run -0 tag 2019-09-06 'He said on Monday that he would resign.'
	[ "$output" = "$(printf 'DATE\t2019-09-02\tMonday')" ]
}

@test "tag-dates resolves will meet on Monday to the Monday after" {
	run -0 tag 2019-09-06 'He will meet on Monday with the board.'
	[ "$output" = "$(printf 'DATE\t2019-09-09\tMonday')" ]
}

@test "tag-dates resolves on Friday on a Friday to that day" {
	run -0 tag 2019-09-06 'The market closed on Friday.'
	[ "$output" = "$(printf 'DATE\t2019-09-06\tFriday')" ]
}

@test "tag-dates resolves today, yesterday and tomorrow" {
	run -0 tag 2019-09-06 'Today, yesterday and tomorrow.'
	[ "$output" = "$(printf 'DATE\t2019-09-06\tToday\nDATE\t2019-09-05\tyesterday\nDATE\t2019-09-07\ttomorrow')" ]
}

@test "tag-dates resolves last week, next month, this year, last Thursday" {
	run -0 tag 2019-09-06 'Last week, next month, this year and last Thursday.'
	[ "$output" = "$(printf 'DATE\t2019-W35\tLast week\nDATE\t2019-10\tnext month\nDATE\t2019\tthis year\nDATE\t2019-09-05\tlast Thursday')" ]
}

@test "tag-dates resolves two years ago and in three days" {
	run -0 tag 2019-09-06 'Two years ago it closed; in three days it will reopen.'
	[ "$output" = "$(printf 'DATE\t2017\tTwo years ago\nDATE\t2019-09-09\tthree days')" ]
}

@test "tag-dates resolves earlier this month and since December" {
	run -0 tag 2019-09-06 'Earlier this month prices fell. Since December they rose.'
	[ "$output" = "$(printf 'DATE\t2019-09\tEarlier this month\nDATE\t2018-12\tDecember')" ]
}

@test "tag-dates reads these days as the present, in those days as the past, at a later date as the future" {
	run -0 tag 1998-03-03 'Fewer people smoke these days; in those days most did; the rest is due at a later date.'
	[ "$output" = "$(printf 'DATE\tPRESENT_REF\tthese days\nDATE\tPAST_REF\tthose days\nDATE\tFUTURE_REF\ta later date')" ]
}

@test "tag-dates reads for the week, and the week's as the week the text is at" {
	run -0 tag 1989-10-30 "Shares fell on Friday. For the week, the index rose; it was the week's busiest day."
	[ "$output" = "$(printf 'DATE\t1989-10-27\tFriday\nDATE\t1989-W43\tthe week\nDATE\t1989-W43\tthe week')" ]
}

@test "tag-dates chooses the year of in November by tense" {
	run -0 tag 2019-09-06 'The election was held in November. The next one will be held in November.'
	[ "$output" = "$(printf 'DATE\t2018-11\tNovember\nDATE\t2019-11\tNovember')" ]
}

@test "tag-dates keeps the year of a day soon after the reference after said" {
	run -0 tag 1989-10-30 'It said it will redeem the shares on Dec. 7. It said sales peaked on Jan. 20.'
	[ "$output" = "$(printf 'DATE\t1989-12-07\tDec. 7\nDATE\t1989-01-20\tJan. 20')" ]
}

@test "tag-dates reads clock times: 3pm, 10 a.m., 10.30am, 15:30, noon, midnight" {
	run -0 tag 2019-09-06 'At 3pm, 10 a.m., 10.30am, 15:30, noon and midnight.'
	[ "$output" = "$(printf 'TIME\t2019-09-06T15:00\t3pm\nTIME\t2019-09-06T10:00\t10 a.m.\nTIME\t2019-09-06T10:30\t10.30am\nTIME\t2019-09-06T15:30\t15:30\nTIME\t2019-09-06T12:00\tnoon\nTIME\t2019-09-06T00:00\tmidnight')" ]
}

@test "tag-dates reads parts of the day: mid-afternoon yesterday, in the morning" {
	run -0 tag 1989-11-02 'At mid-afternoon yesterday shares rose; in the morning papers they fell in the morning.'
	[ "$output" = "$(printf 'TIME\t1989-11-01TAF\tmid-afternoon yesterday\nTIME\t1989-11-02TMO\tthe morning')" ]
}

@test "tag-dates joins a date and a time into one value" {
	run -0 tag 2019-09-01 'The vote is on Sept. 6 at 3 p.m.'
	[ "$output" = "$(printf 'TIME\t2019-09-06T15:00\tSept. 6 at 3 p.m.')" ]
}

@test "tag-dates reads durations: three days, 11 months, a decade" {
	run -0 tag 2019-09-06 'It took three days, then 11 months, then a decade.'
	[ "$output" = "$(printf 'DURATION\tP3D\tthree days\nDURATION\tP11M\t11 months\nDURATION\tP10Y\ta decade')" ]
}

@test "tag-dates reads sets: every year, every summer, weekly" {
	run -0 tag 2019-09-06 'It happens every year, every summer and weekly.'
	[ "$output" = "$(printf 'SET\tP1Y\tevery year\nSET\tXXXX-SU\tevery summer\nSET\tP1W\tweekly')" ]
}

@test "tag-dates reads holidays" {
	run -0 tag 2019-09-06 "Christmas Day, New Year's Day, Christmas Eve, Independence Day, Lunar New Year."
	[ "$output" = "$(printf "DATE\t2019-12-25\tChristmas Day\nDATE\t2020-01-01\tNew Year's Day\nDATE\t2019-12-24\tChristmas Eve\nDATE\t2019-07-04\tIndependence Day\nDATE\t2020-01-25\tLunar New Year")" ]
}

@test "tag-dates computes Thanksgiving and Easter" {
	run -0 tag 2019-09-06 'Thanksgiving 2019 and Easter 2019.'
	[ "$output" = "$(printf 'DATE\t2019-11-28\tThanksgiving 2019\nDATE\t2019-04-21\tEaster 2019')" ]
}

@test "tag-dates leaves Lunar New Year unresolved outside its table" {
	run -0 tag 2019-09-06 'Lunar New Year 1985.'
	[ "$output" = "$(printf 'DATE\t1985\tLunar New Year 1985')" ]
}

@test "tag-dates never tags World War II, 27 times, Chapter 11, Route 66, Boeing 747, 1,200 residents" {
	run -0 tag 2019-09-06 'World War II, 27 times, Chapter 11, Route 66, Boeing 747, 1,200 residents, Chapter 1990.'
	[ -z "$output" ]
}

@test "tag-dates never tags scores, the verb may, a protest march, sat or sun" {
	run -0 tag 2019-09-06 'They won 102-98 and 3-1. You may go. The march drew crowds. May I? We sat in the sun.'
	[ -z "$output" ]
}

@test "tag-dates tags March only where the context says it is a month" {
	run -0 tag 2019-09-06 'March on, they said. The vote was in March.'
	[ "$output" = "$(printf 'DATE\t2019-03\tMarch')" ]
}

@test "tag-dates skips an ambiguous numeric date by default" {
	run -0 tag 2019-09-06 'Signed 05/09/2019.'
	[ -z "$output" ]
}

@test "tag-dates reads an ambiguous numeric date with --dmy and --mdy" {
	run -0 sh -c 'echo "Signed 05/09/2019." | tag-dates --dmy | cut -f5'
	[ "$output" = "2019-09-05" ]
	run -0 sh -c 'echo "Signed 05/09/2019." | tag-dates --mdy | cut -f5'
	[ "$output" = "2019-05-09" ]
}

@test "tag-dates reads an ambiguous numeric date in the order its document showed" {
	run -0 sh -c 'printf "a\tSigned 25/12/2019.\na\tThen 05/09/2019.\nb\tThen 05/09/2019.\n" | tag-dates | cut -f1,6'
	[ "$output" = "$(printf 'a\t2019-12-25\na\t2019-09-05')" ]
}

@test "tag-dates keeps unresolved values without a reference date" {
	run -0 sh -c 'echo "On Thursday, in November, on Nov. 5, last year." | tag-dates | cut -f4-6'
	[ "$output" = "$(printf 'DATE\tXXXX-WXX-4\tThursday\nDATE\tXXXX-11\tNovember\nDATE\tXXXX-11-05\tNov. 5\nDATE\tXXXX\tlast year')" ]
}

@test "tag-dates counts offsets in code points" {
	run -0 sh -c 'printf "café ☕ on Friday\n" | tag-dates --ref-date 2019-09-06 | cut -f2,3,6'
	[ "$output" = "$(printf '10\t16\tFriday')" ]
}

@test "tag-dates counts code points for mentions before and after the first non-ASCII character" {
	run -0 sh -c 'printf "On Friday, caf\303\251 \342\200\224 on Monday; on Friday\n" | tag-dates --ref-date 2019-09-06 | cut -f2,3,6'
	[ "$output" = "$(printf '3\t9\tFriday\n21\t27\tMonday\n32\t38\tFriday')" ]
}

@test "tag-dates prints a header with --header" {
	run -0 sh -c 'printf "" | tag-dates --header'
	[ "$output" = "$(printf 'LINE\tSTART\tEND\tTYPE\tVALUE\tSURFACE')" ]
}

@test "tag-dates writes nothing for empty input" {
	run -0 --separate-stderr tag-dates < /dev/null
	[ -z "$output" ]
	[ -z "$stderr" ]
}

@test "tag-dates reads a last line without a newline" {
	run -0 sh -c 'printf "in 2015" | tag-dates | cut -f1,5'
	[ "$output" = "$(printf '1\t2015')" ]
}

@test "tag-dates drops the CR of CRLF lines" {
	run -0 sh -c 'printf "in 2015\r\nin 2016\r\n" | tag-dates | cut -f1,5,6'
	[ "$output" = "$(printf '1\t2015\t2015\n2\t2016\t2016')" ]
}

@test "tag-dates passes invalid UTF-8 and counts each bad byte as one code point" {
	run -0 sh -c 'printf "\351\377 in 2015\n" | tag-dates | cut -f2,3,6'
	[ "$output" = "$(printf '6\t10\t2015')" ]
}

@test "tag-dates survives a NUL byte" {
	run -0 sh -c 'printf "a\000b in 2015\n" | tag-dates | cut -f2,3,5'
	[ "$output" = "$(printf '7\t11\t2015')" ]
}

@test "tag-dates handles a 1 MB line of digits, dots and dates quickly" {
	run -0 sh -c 'head -c 1000000 /dev/zero | tr "\0" "1" | tag-dates | wc -l'
	[ "$output" = "0" ]
	run -0 sh -c 'head -c 1000000 /dev/zero | tr "\0" "." | tag-dates | wc -l'
	[ "$output" = "0" ]
	run -0 sh -c 'yes "in 2015 the " | head -c 1000000 | tr "\n" " " | tag-dates | wc -l'
	[ "$output" = "76923" ]
}

@test "tag-dates carries keys and the line number" {
	run -0 sh -c 'printf "k1\tk2\tnothing\nk1\tk2\tin 2015\n" | tag-dates | cut -f1-3'
	[ "$output" = "$(printf 'k1\tk2\t2')" ]
}

@test "tag-dates -r treats the whole line as text" {
	run -0 sh -c 'printf "2015\tin 2016\n" | tag-dates -r | cut -f2,3,5'
	[ "$output" = "$(printf '0\t4\t2015\n8\t12\t2016')" ]
}

@test "tag-dates --help prints usage to stdout and exits 0" {
	run -0 --separate-stderr tag-dates --help
	[[ "$output" == *"--ref-date"* ]]
	[ -z "$stderr" ]
	run -0 tag-dates --version
}

@test "tag-dates exits 2 on a bad option or a bad reference date" {
	run -2 --separate-stderr tag-dates --bogus
	[[ "$stderr" == *usage* ]]
	run -2 --separate-stderr tag-dates --ref-date 2019-02-30
	run -2 --separate-stderr tag-dates --ref-key 0
}

@test "tag-dates warns about a missing file, reads the others and exits 1" {
	printf 'in 2015\n' > "$BATS_TEST_TMPDIR/a.txt"
	run -1 --separate-stderr tag-dates "$BATS_TEST_TMPDIR/missing" "$BATS_TEST_TMPDIR/a.txt"
	[[ "$stderr" == *missing* ]]
	[ "$(printf '%s\n' "$output" | cut -f6)" = "2015" ]
}

@test "tag-dates exits 1 when the output cannot be written" {
	run -1 sh -c 'echo "in 2015" | tag-dates > /dev/full'
}

@test "tag-dates passes its unit tests" {
	run -0 "$UNIT/tag-dates"
}

@test "tag-dates scores at least its floor on TBAQ (TempEval-3 training news)" {
	skip_without_shared dates
	# 98 runs of the program: too slow for a sanitizer build, and the
	# scores do not depend on it
	if grep -q __asan_init "$BUILD/bin/tag-dates"; then
		skip "a sanitizer build"
	fi
	run -0 python3 "$SHARED/data/dates/score.py" "$BUILD/bin/tag-dates" "$SHARED/data/dates/tbaq/tbaq_timex.tsv"
	relaxed=$(printf '%s\n' "$output" | sed -n 's/.*relaxed P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p')
	value=$(printf '%s\n' "$output" | sed -n 's/.*value P=[0-9.]* R=[0-9.]* F1=\([0-9.]*\).*/\1/p')
	echo "relaxed $relaxed value $value"
	awk -v r="$relaxed" -v v="$value" 'BEGIN { exit !(r >= 0.95 && v >= 0.82) }'
}
