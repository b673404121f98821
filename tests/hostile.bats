#!/usr/bin/env bats
# Hostile input (issue 9): every program in the build, on input that is
# broken, binary or huge.  For each input and each program:
#
#   - the exit status is 0 (bad bytes are data, not errors) and nothing at
#     all is written to stderr: no warning, no sanitizer or valgrind report;
#   - no record is lost, counted per the program's documented behaviour:
#       strip-boilerplate --explain and dedupe-captions --mark write one line
#         per input line, whose text is the input line byte for byte (after
#         the reader's documented changes: CR before LF and a leading BOM
#         dropped, a lone CR written as a space); the lines they keep without
#         those options are exactly the KEEP lines of --explain;
#       split-sentences -n writes at least one line for every record, and
#         its sentences hold every non-blank byte of the input, in order;
#       extract-meta -r writes one row of exactly 7 fields for every
#         document (the input split at form-feed lines; an empty one
#         too), and its dates
#         are empty or ISO 8601;
#       tag-money and tag-dates find the mention planted on each line
#         ("$5 million", "5 September 2019"), with the right LINE, and (when
#         python3 is present) every row's SURFACE is the text between START
#         and END, counted in code points with an invalid byte counting one.
#   - nothing takes more than a bounded time (a quadratic pass on a 10 MB
#     line would not finish).
#
# Programs not built yet are simply not tested; an empty build fails.
# The big inputs are scaled down under ASan (x1/5) and valgrind (x1/50),
# whose slowdown would make them take minutes; COPYDESK_HOSTILE_FULL=1
# keeps the full sizes.
load test_helper

# The planted sentence: one money amount and one date.
SENT='The bank paid $5 million on 5 September 2019.'

setup() {
	T=$BATS_TEST_TMPDIR
	find_programs || return 1
	# Scale for slow builds: name or symbols say ASan; valgrind is a flag.
	DIV=1
	if [ -n "${COPYDESK_VALGRIND:-}" ]; then
		DIV=50
	elif [[ $BUILD == *san* ]] ||
	    grep -qa __asan_init "$BUILD/bin/${PROGS[0]}"; then
		DIV=5
	fi
	[ -z "${COPYDESK_HOSTILE_FULL:-}" ] || DIV=1
	# Generous: a linear program is far quicker, a quadratic one far slower.
	TIMEOUT=$((DIV == 1 ? 300 : 900))
}

setup_file() {
	# The real interpreter, not a version manager's shim (slow to start).
	PYTHON=
	if command -v python3 > /dev/null; then
		PYTHON=$(python3 -c 'import sys; print(sys.executable)')
	fi
	export PYTHON
}

# records FILE -- the number of records the reader sees in FILE.
records() {
	local n
	n=$(wc -l < "$1")
	if [ -s "$1" ] && [ "$(tail -c 1 "$1" | od -An -tx1 | tr -d ' ')" != 0a ]; then
		n=$((n + 1))
	fi
	echo "$n"
}

# reader_view FILE [raw] -- each record as the writer puts it back: BOM at
# the start dropped, CR before LF dropped, other CRs become spaces, a final
# LF added; with raw, TABs become spaces.
reader_view() {
	local tabs='s/\t/\t/g'
	[ "${2:-}" = raw ] && tabs='s/\t/ /g'
	LC_ALL=C sed -e '1s/^\xEF\xBB\xBF//' -e 's/\r$//' -e 's/\r/ /g' \
	    -e "$tabs" -e '$a\' "$1"
}

# runp NAME OUT ARGS... < IN -- run a program, bounded in time; stdout to
# OUT; it must exit 0 and say nothing on stderr.
runp() {
	local name=$1 out=$2 st=0
	shift 2
	timeout "$TIMEOUT" "$name" "$@" > "$out" 2> "$T/stderr" || st=$?
	[ "$st" -ne 124 ] || fail "$name $*: still running after ${TIMEOUT}s"
	[ "$st" -eq 0 ] || fail "$name $*: exit status $st, not 0: $(head -c 2000 "$T/stderr")"
	[ ! -s "$T/stderr" ] || fail "$name $*: wrote to stderr: $(head -c 2000 "$T/stderr")"
}

# same FILE1 FILE2 WHAT -- the files are equal, or say where they differ.
same() {
	cmp -s "$1" "$2" && return 0
	fail "$3: differs from the input: $(cmp "$1" "$2" 2>&1 | head -1)
$(diff -a "$1" "$2" | head -c 600)"
}

# check_pass NAME IN -- a pass-through filter keeps every line byte for byte.
check_pass() {
	local p=$1 in=$2 mode
	case $p in
	strip-boilerplate) mode=--explain ;;
	dedupe-captions) mode=--explain ;;
	esac
	reader_view "$in" raw > "$T/exp"
	# --explain with -r: VERDICT TAB REASON TAB TEXT for every line; form
	# feed lines (document breaks) come through bare.
	runp "$p" "$T/explain" -r "$mode" < "$in"
	[ "$(wc -l < "$T/explain")" -eq "$(wc -l < "$T/exp")" ] ||
	    fail "$p $mode: $(wc -l < "$T/explain") lines out for $(wc -l < "$T/exp") in"
	cut -f3- "$T/explain" > "$T/text"
	same "$T/exp" "$T/text" "$p -r $mode (text column)"
	LC_ALL=C grep -av -E $'^(KEEP|DROP)\t[^\t]*\t|^\f$' "$T/explain" > "$T/bad" || true
	[ ! -s "$T/bad" ] || fail "$p $mode: a line without KEEP/DROP: $(head -c 300 "$T/bad")"
	# On the big inputs once is enough (the rest is slow under ASan).
	[ -z "${BIG:-}" ] || return 0
	# Without --explain: exactly the KEEP lines (and the form feeds).
	runp "$p" "$T/out" -r < "$in"
	LC_ALL=C grep -a -E $'^KEEP\t|^\f$' "$T/explain" | cut -f3- > "$T/kept" || true
	same "$T/kept" "$T/out" "$p -r (the lines kept)"
	# dedupe-captions --mark, keys and all: a first key, then the line.
	if [ "$p" = dedupe-captions ]; then
		reader_view "$in" > "$T/exp"
		runp "$p" "$T/mark" --mark < "$in"
		cut -f2- "$T/mark" > "$T/text"
		same "$T/exp" "$T/text" "$p --mark (after the first key)"
		LC_ALL=C grep -av -E $'^(caption|text)\t|^\f$' "$T/mark" > "$T/bad" || true
		[ ! -s "$T/bad" ] || fail "$p --mark: a line without caption/text: $(head -c 300 "$T/bad")"
	fi
	return 0
}

# check_split IN -- split-sentences loses no record and no byte.
check_split() {
	local in=$1 n
	n=$(records "$in")
	runp split-sentences "$T/out" -r -n < "$in"
	# A LINE key for every record, each between 1 and n.
	cut -f1 "$T/out" | LC_ALL=C sort -un > "$T/lines"
	[ "$(wc -l < "$T/lines")" -eq "$n" ] ||
	    fail "split-sentences -n: sentences for $(wc -l < "$T/lines") of $n records"
	[ "$n" -eq 0 ] || [ "$(tail -n 1 "$T/lines")" = "$n" ] ||
	    fail "split-sentences -n: last LINE $(tail -n 1 "$T/lines"), not $n"
	# Every byte but white space, in order.
	reader_view "$in" raw | LC_ALL=C tr -d '[:space:]' > "$T/exp"
	cut -f3- "$T/out" | LC_ALL=C tr -d '[:space:]' > "$T/text"
	same "$T/exp" "$T/text" "split-sentences (non-blank bytes)"
}

# check_meta IN -- extract-meta: one well-formed row per document.
check_meta() {
	local in=$1 n
	# documents: one ended by each form-feed line, and one more when
	# records follow the last (the reader drops a CR before LF and a
	# BOM at the start)
	n=$(LC_ALL=C awk 'NR == 1 { sub(/^\357\273\277/, "") }
	    { sub(/\r$/, "") } $0 == "\f" { d++; r = 0; next }
	    { r++ } END { print d + (r > 0) }' "$in")
	runp extract-meta "$T/out" -r < "$in"
	[ "$(wc -l < "$T/out")" -eq "$n" ] ||
	    fail "extract-meta: $(wc -l < "$T/out") rows for $n documents"
	LC_ALL=C awk -F '\t' 'NF != 7 ||
	    $6 !~ /^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9](T[0-9][0-9]:[0-9][0-9][-+][0-9][0-9]:[0-9][0-9])?)?$/ ||
	    $7 !~ /^([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9](T[0-9][0-9]:[0-9][0-9][-+][0-9][0-9]:[0-9][0-9])?)?$/ {
	    print; exit }' "$T/out" > "$T/bad"
	[ ! -s "$T/bad" ] || fail "extract-meta: a malformed row: $(head -c 300 "$T/bad")"
}

# check_tagger NAME IN PLANTED -- rows are well formed; the planted mention
# is found on every line that has it (PLANTED: the number of such lines,
# or "count" to count them with grep).
check_tagger() {
	local p=$1 in=$2 planted=$3 n want got
	n=$(records "$in")
	runp "$p" "$T/out" -r < "$in"
	# KEYS... LINE START END TYPE VALUE SURFACE: with -r, no keys.
	LC_ALL=C awk -F '\t' -v n="$n" '
	    NF < 6 || $1 !~ /^[0-9]+$/ || $1 < 1 || $1 > n ||
	    $2 !~ /^[0-9]+$/ || $3 !~ /^[0-9]+$/ || $2 + 0 >= $3 + 0 { print; exit }
	' "$T/out" > "$T/bad"
	[ ! -s "$T/bad" ] || fail "$p: a malformed row (of $n records): $(head -c 300 "$T/bad")"
	case $p in
	tag-money) want=$'\tUSD\t5000000\t$5 million' ;;
	tag-dates) want=$'\tDATE\t2019-09-05\t5 September 2019' ;;
	*) return 0 ;;
	esac
	# Count the planted rows; and they lie on the lines that hold SENT.
	got=$(LC_ALL=C grep -a -c -F -- "$want" "$T/out" || true)
	if [ "$planted" = count ]; then
		planted=$(LC_ALL=C grep -a -o -F -- "$SENT" "$in" | wc -l)
	fi
	[ "$got" -eq "$planted" ] ||
	    fail "$p: found the planted mention $got times, not $planted"
	LC_ALL=C grep -a -F -- "$want" "$T/out" | cut -f1 | uniq > "$T/got"
	LC_ALL=C grep -a -n -F -- "$SENT" "$in" | cut -d: -f1 > "$T/want" || true
	same "$T/want" "$T/got" "$p (LINE of the planted mentions)"
	check_offsets "$p" "$in" "$T/out"
}

# check_offsets NAME IN OUT -- SURFACE == text[START:END] in code points,
# invalid bytes counting one each (Python's surrogateescape does the same).
# Big outputs: the first and last 5000 rows.
check_offsets() {
	[ -n "$PYTHON" ] || return 0
	"$PYTHON" - "$2" "$3" <<-'EOF' > "$T/offsets" 2>&1 || fail "$1: offsets: $(head -c 1000 "$T/offsets")"
	import sys
	data = open(sys.argv[1], 'rb').read()
	lines = data.split(b'\n')
	if data.endswith(b'\n') or not data:
	    lines.pop()
	rows = open(sys.argv[2], 'rb').read().split(b'\n')[:-1]
	if len(rows) > 10000:
	    rows = rows[:5000] + rows[-5000:]
	texts = {}
	for row in rows:
	    f = row.split(b'\t')
	    line, start, end, surface = int(f[0]), int(f[1]), int(f[2]), b'\t'.join(f[5:])
	    if line not in texts:
	        b = lines[line - 1]
	        if b.endswith(b'\r'):
	            b = b[:-1]
	        if line == 1 and b.startswith(b'\xef\xbb\xbf'):
	            b = b[3:]
	        texts.clear()
	        texts[line] = b.replace(b'\t', b' ').decode('utf-8', 'surrogateescape')
	    text = texts[line]
	    want = text[start:end].encode('utf-8', 'surrogateescape')
	    want = want.replace(b'\r', b' ').replace(b'\t', b' ')
	    if end > len(text) or want != surface:
	        sys.exit('row %r: text[%d:%d] is %r' % (row[:200], start, end, want[:200]))
	EOF
}

# check_all IN [PLANTED] -- every program on IN, each its own way.
check_all() {
	local in=$1 planted=${2:-count} p
	for p in "${PROGS[@]}"; do
		case $p in
		strip-boilerplate | dedupe-captions) check_pass "$p" "$in" ;;
		split-sentences) check_split "$in" ;;
		extract-meta) check_meta "$in" ;;
		*) check_tagger "$p" "$in" "$planted" ;;
		esac
	done
}

@test "every program passes lone continuation bytes, overlongs, surrogates and truncated sequences through" {
	{
		printf '\200 lone continuation %s \277\n' "$SENT"
		printf '\200\201\202\203\277\n'
		printf 'overlong slash \300\257 and nul \300\200: %s \340\200\257 \360\200\200\257\n' "$SENT"
		printf 'surrogates \355\240\200 \355\277\277 %s \355\240\200\355\260\200\n' "$SENT"
		printf 'above U+10FFFF \364\220\200\200 \367\277\277\277 \370\210\200\200\200 \374\204\200\200\200\200 %s\n' "$SENT"
		printf 'bytes that never appear \376 \377 \301\277 %s\n' "$SENT"
		printf 'truncated mid-line \342\202 %s \360\237\230 \303\n' "$SENT"
		printf 'Latin-1 caf\351 na\357ve \243100 %s\n' "$SENT"
		printf '%s truncated at the very end \360\237\230' "$SENT"
	} > "$T/in"
	check_all "$T/in"
	# A truncated sequence as the last bytes of the input, right after text.
	printf '%s\342\202' "$SENT" > "$T/in2"
	check_all "$T/in2"
}

@test "every program keeps NUL bytes and the records around them" {
	{
		printf '\000%s\n' "$SENT"
		printf 'a\000b \000 %s \000\000\n' "$SENT"
		printf '\000\n\000\000\000\n'
		printf '%s \000' "$SENT"
	} > "$T/in"
	check_all "$T/in"
}

@test "every program handles CRLF, lone CR and a CR at the end of the input" {
	{
		printf '%s\r\n' "$SENT"
		printf '\r\n\r\r\n'
		printf 'one\rtwo %s three\r four\r\n' "$SENT"
		printf '\r%s\n' "$SENT"
		printf 'old Mac\rline endings\r%s\r' "$SENT"
		printf 'lone CR at the end\r'
	} > "$T/in"
	check_all "$T/in"
}

@test "every program keeps a byte-order mark that is not at the start of the input" {
	{
		printf '\357\273\277%s\n' "$SENT"
		printf 'second line\n'
		printf '\357\273\277%s\n' "$SENT"
		printf 'mid \357\273\277 line %s \357\273\277\n' "$SENT"
		printf '\357\273\277\n\357\273\277\357\273\277\n'
	} > "$T/in"
	check_all "$T/in"
}

@test "every program reads a last line without LF, an empty input and lone newlines" {
	printf '%s\nsecond\n%s' "$SENT" "$SENT" > "$T/in"
	check_all "$T/in"
	: > "$T/empty"
	check_all "$T/empty"
	printf '\n' > "$T/nl"
	check_all "$T/nl"
	printf 'x' > "$T/x"
	check_all "$T/x"
}

@test "every program survives binary garbage (a gzip file)" {
	# gzip -n: no name or time stamp, so the bytes are the same every run.
	{ seq 1 20000; printf '%s\n' "$SENT"; } | gzip -n -9 > "$T/in"
	[ "$(od -An -tx1 -N2 "$T/in" | tr -d ' ')" = 1f8b ]
	check_all "$T/in" 0
	# Garbage with the planted sentence on lines of its own.
	{ printf '%s\n' "$SENT"; cat "$T/in"; printf '\n%s\n' "$SENT"; } > "$T/in2"
	check_all "$T/in2"
}

@test "every program reads 1 million empty lines and then a sentence" {
	local n=$((1000000 / DIV))
	{ head -c "$n" /dev/zero | tr '\0' '\n'; printf '%s\n' "$SENT"; } > "$T/in"
	[ "$(records "$T/in")" -eq $((n + 1)) ]
	check_all "$T/in"
}

@test "every program reads a 100 MB line (scaled down under ASan and valgrind)" {
	local mb=$((100 / DIV)) reps par
	[ "$mb" -ge 2 ] || mb=2
	# A paragraph of news prose with the planted sentence, again and
	# again on one line, then one more record: the program must come back
	# from the long line.
	par="Officials said the plan, first floated last spring, would take years to complete and would need the approval of several regulators. $SENT Critics, including two former ministers, argued that the cost had been underestimated from the start. \"We have heard these promises before,\" one of them said in an interview."
	reps=$((mb * 1048576 / (${#par} + 1)))
	BIG=1
	{
		yes "$par" | head -n "$reps" | tr '\n' ' '
		printf '\n%s\n' "$SENT"
	} > "$T/in"
	for p in "${PROGS[@]}"; do
		case $p in
		strip-boilerplate | dedupe-captions) check_pass "$p" "$T/in" ;;
		split-sentences) check_split "$T/in" ;;
		extract-meta) check_meta "$T/in" ;;
		*) check_tagger "$p" "$T/in" count ;;
		esac
		rm -f "$T"/out "$T"/explain "$T"/text "$T"/kept "$T"/exp "$T"/mark
	done
}

@test "every program reads a 10 MB line of one digit, of '.', of '\$' in linear time" {
	local mb=$((10 / DIV)) c
	[ "$mb" -ge 1 ] || mb=1
	BIG=1
	for c in 7 . '$'; do
		{
			head -c $((mb * 1048576)) /dev/zero | tr '\0' "$c"
			printf '\n%s\n' "$SENT"
		} > "$T/in"
		check_all "$T/in"
	done
}

@test "every program reads a line of 1 million TABs (keys) and a line of 100000 keys with text" {
	local n=$((1000000 / DIV))
	{
		head -c "$n" /dev/zero | tr '\0' '\t'
		printf '\n'
		yes k | head -n $((n / 10)) | tr '\n' '\t'
		printf '%s\n%s\n' "$SENT" "$SENT"
	} > "$T/in"
	check_all "$T/in"
	# And with the keys as keys (no -r): each program's keys come back.
	for p in "${PROGS[@]}"; do
		runp "$p" "$T/out" < "$T/in"
	done
}
