#!/usr/bin/env bats
# Resource bounds and output failures (issue 9), for every program in the
# build:
#   - memory is bounded by the longest record (the largest document for
#     the document-wise filters, the distinct captions for
#     dedupe-captions --scope=stream): a 200 MB input runs under a virtual
#     memory limit of 64 MB;
#   - a full disk (> /dev/full) is reported, "prog: ...", exit status 1;
#   - a closed pipe (| head -1) ends the program quietly;
#   - an input that cannot be opened or read is reported and the other
#     files are still processed, exit status 1.
# Programs not built yet are simply not tested; an empty build fails.
load test_helper

# The planted sentence: one money amount and one date.
SENT='The bank paid $5 million on 5 September 2019.'

setup() {
	T=$BATS_TEST_TMPDIR
	find_programs || return 1
	SLOW=
	if [ -n "${COPYDESK_VALGRIND:-}" ]; then
		SLOW=valgrind
	elif [[ $BUILD == *san* ]] ||
	    grep -qa __asan_init "$BUILD/bin/${PROGS[0]}"; then
		SLOW=ASan
	fi
}

# article FILE -- a short scraped article, keyed by document: captions
# (twice), body paragraphs with money and dates, and page furniture.
article() {
	cat > "$1" <<-EOF
	Home | World | Business | Markets
	Banks agree rescue of the port project
	Rescuers search the rubble in the old town on Sunday. Photo: AP
	Rescuers search the rubble in the old town on Sunday.
	Officials said the plan, first floated last spring, would take years to complete and would need the approval of several regulators. $SENT
	Critics, including two former ministers, argued that the cost had been underestimated from the start, and that the timetable was unrealistic.
	"We have heard these promises before," one of them said in an interview on Thursday. The government expects to spend HK\$1.2 billion by 2021.
	Share this article
	Copyright 2024 The Daily Example. All rights reserved.
	EOF
}

@test "every program runs a 200 MB input under a 64 MB virtual memory limit" {
	# (COPYDESK_LIMITS_MB=N makes the input N MB instead, for a quick run.)
	[ -z "$SLOW" ] || skip "ulimit -v cannot be used with $SLOW (its shadow memory)"
	local p n planted want
	# 400 articles, each with its own first key, repeated to 200 MB: the
	# documents stay small however big the input.
	local mb=${COPYDESK_LIMITS_MB:-200}
	article "$T/a"
	awk '{ l[NR] = $0 } END { for (d = 1; d <= 400; d++) for (i = 1; i <= NR; i++) print "doc" d "\t" l[i] }' \
	    "$T/a" > "$T/block"
	: > "$T/chunk"
	while [ "$(wc -c < "$T/chunk")" -lt 10485760 ]; do
		cat "$T/block" >> "$T/chunk"
	done
	for n in $(seq 1 $((mb / 10))); do cat "$T/chunk"; done > "$T/big"
	rm "$T/chunk"
	n=$(wc -l < "$T/big")
	planted=$(grep -c -F -- "$SENT" "$T/big")
	for p in "${PROGS[@]}"; do
		set -- "$p"
		export GREP=
		case $p in
		strip-boilerplate) set -- "$@" --explain; want=$n ;;
		# --scope=stream: its memory grows with the distinct captions
		# (here the same few) where the default grows with a document.
		dedupe-captions) set -- "$@" --scope=stream --mark; want=$n ;;
		tag-money) want=$planted GREP=$'\tUSD\t5000000\t$5 million' ;;
		tag-dates) want=$planted GREP=$'\tDATE\t2019-09-05\t5 September 2019' ;;
		*) want= ;;
		esac
		if [ -n "$GREP" ]; then
			run -0 --separate-stderr bash -c 'set -o pipefail; ulimit -v 65536
			    "$@" < "$0" | grep -c -F -- "$GREP"' "$T/big" "$@"
		else
			run -0 --separate-stderr bash -c 'set -o pipefail; ulimit -v 65536
			    "$@" < "$0" | wc -l' "$T/big" "$@"
		fi
		[ -z "$stderr" ] || fail "$*: $stderr"
		if [ -n "$want" ]; then
			[ "$output" -eq "$want" ] || fail "$*: $output lines out, not $want"
		elif [ "$1" = split-sentences ]; then
			[ "$output" -ge "$n" ] || fail "$*: $output sentences for $n records"
		fi
	done
}

# mode NAME -- the options that make NAME write a line for every input
# line (a repeated article is boilerplate to strip-boilerplate).
mode() {
	case $1 in
	strip-boilerplate) echo --explain ;;
	dedupe-captions) echo --mark ;;
	esac
}

# repeat FILE N -- FILE N times over.
repeat() {
	yes "$(cat "$1")" | head -n $(($(wc -l < "$1") * $2))
}

@test "every program reports a full disk and exits 1" {
	local p
	article "$T/a"
	# Small output (the error comes when stdout is closed) and output
	# larger than any buffer (the error comes while writing).
	repeat "$T/a" 2000 > "$T/big"
	for p in "${PROGS[@]}"; do
		for f in "$T/a" "$T/big"; do
			run -1 --separate-stderr sh -c '"$0" $2 < "$1" > /dev/full' "$p" "$f" "$(mode "$p")"
			[[ $stderr == "$p: "* ]] || fail "$p: no message on a full disk: $stderr"
			[[ $stderr != *Sanitizer* && $stderr != *"runtime error"* ]] || fail "$p: $stderr"
		done
	done
}

@test "every program ends quietly when its reader goes away (| head -1)" {
	local p st
	article "$T/a"
	repeat "$T/a" 5000 > "$T/big"
	for p in "${PROGS[@]}"; do
		# SIGPIPE at its default: the program dies of it, silently.
		run -0 bash -c '"$0" $3 < "$1" 2> "$2" | head -n 1 > /dev/null
		    echo "${PIPESTATUS[0]}"' "$p" "$T/big" "$T/err" "$(mode "$p")"
		[[ $output == 0 || $output == 141 ]] || fail "$p: exit status $output after head -1"
		[ ! -s "$T/err" ] || fail "$p: said something after head -1: $(cat "$T/err")"
		# SIGPIPE ignored (as some parents leave it): EPIPE, still silent.
		run -0 bash -c 'trap "" PIPE; "$0" $3 < "$1" 2> "$2" | head -n 1 > /dev/null
		    echo "${PIPESTATUS[0]}"' "$p" "$T/big" "$T/err" "$(mode "$p")"
		[[ $output == 0 || $output == 1 ]] || fail "$p: exit status $output after head -1, SIGPIPE ignored"
		[ ! -s "$T/err" ] || fail "$p: said something after head -1 with SIGPIPE ignored: $(cat "$T/err")"
	done
}

@test "every program reports a missing file and a directory, and still reads the other files" {
	local p
	cd "$T"
	article one.txt
	article two.txt
	mkdir adir
	for p in "${PROGS[@]}"; do
		run -1 --separate-stderr "$p" $(mode "$p") one.txt missing.txt adir two.txt
		[[ $stderr == *"$p: missing.txt: "* ]] || fail "$p: missing.txt not reported: $stderr"
		[[ $stderr == *"$p: adir: "* ]] || fail "$p: the directory not reported: $stderr"
		[[ $stderr != *Sanitizer* && $stderr != *"runtime error"* ]] || fail "$p: $stderr"
		# Rows from both readable files, with their names as first key.
		[[ $output == *"one.txt"$'\t'* ]] || fail "$p: nothing from one.txt"
		[[ $output == *"two.txt"$'\t'* ]] || fail "$p: nothing from two.txt (after the bad ones)"
	done
}

@test "every program reports an unreadable file and still reads the other files" {
	[ "$(id -u)" -ne 0 ] || skip "root can read a file whatever its mode"
	local p
	cd "$T"
	article one.txt
	article two.txt
	article locked.txt
	chmod 000 locked.txt
	for p in "${PROGS[@]}"; do
		run -1 --separate-stderr "$p" one.txt locked.txt two.txt
		[[ $stderr == *"$p: locked.txt: "* ]] || fail "$p: locked.txt not reported: $stderr"
		[[ $output == *"two.txt"$'\t'* ]] || fail "$p: nothing from two.txt"
	done
}

@test "every program reports a read error on standard input and exits 1" {
	local p
	mkdir "$T/dir"
	for p in "${PROGS[@]}"; do
		run -1 --separate-stderr sh -c '"$0" < "$1"' "$p" "$T/dir"
		[[ $stderr == "$p: "* ]] || fail "$p: no message on a read error: $stderr"
		[[ $stderr != *Sanitizer* && $stderr != *"runtime error"* ]] || fail "$p: $stderr"
	done
}
