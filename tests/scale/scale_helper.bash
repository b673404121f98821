# Loaded by tests/scale-*.bats after test_helper: what the scale-out tests
# share.  They start daemons of their own (sshd, Slurm), so `make check`
# skips them; `make test-scale` sets COPYDESK_SCALE=1 and runs them.

SCALE=$TOP/tests/scale

# scale_gate -- in setup(): skip unless make test-scale asked for these
# tests, or with the reason setup_file left in $BATS_FILE_TMPDIR/skip
scale_gate() {
	[ -n "${COPYDESK_SCALE:-}" ] ||
	    skip "scale-out tests start daemons: run them with make test-scale"
	[ ! -s "$BATS_FILE_TMPDIR/skip" ] || skip "$(cat "$BATS_FILE_TMPDIR/skip")"
}

# scale_need CMD:PACKAGE... -- in setup_file(): note the Debian packages
# whose commands are missing (and not being root) as the reason to skip;
# returns 1 when there is one
scale_need() {
	local c missing=
	for c; do
		command -v "${c%%:*}" > /dev/null 2>&1 || [ -x "/usr/sbin/${c%%:*}" ] ||
		    missing="$missing ${c#*:}"
	done
	if [ -n "$missing" ]; then
		echo "missing Debian packages:$missing (make test-scale installs them as root: tools/deps.sh scale)" \
		    > "$BATS_FILE_TMPDIR/skip"
		return 1
	fi
	if [ "$(id -u)" -ne 0 ]; then
		echo "needs root (it starts system daemons of its own)" > "$BATS_FILE_TMPDIR/skip"
		return 1
	fi
}

# scale_articles DIR N -- the sample articles (samples/, the pipeline
# fixtures), an empty one, and N made-up pages (tests/bench/gen.c), each a
# file DIR/ID.txt; some IDs start with a date (tag-dates --ref-date)
scale_articles() {
	local dir=$1 n=$2
	mkdir -p "$dir"
	cp "$TOP/samples/article.txt" "$dir/sample.txt"
	cp "$TOP/tests/fixtures/pipelines/harbour.txt" "$dir/2019-09-05-harbour.txt"
	cp "$TOP/tests/fixtures/pipelines/dairy.txt" "$dir/dairy.txt"
	: > "$dir/empty.txt"
	cc -std=c11 -O2 -o "$BATS_FILE_TMPDIR/gen" "$TOP/tests/bench/gen.c"
	# about 7 KiB a page
	"$BATS_FILE_TMPDIR/gen" -k $((n * 7)) -s 19 |
	    awk -v dir="$dir" -v n="$n" '
		function file(i) {
			if (i % 3)
				return sprintf("%s/gen%04d.txt", dir, i)
			return sprintf("%s/2020-01-%02d-gen%04d.txt", dir, i % 28 + 1, i)
		}
		BEGIN { i = 1; f = file(i) }
		/^\f$/ { close(f); if (++i > n) exit; f = file(i); next }
		{ print > f }'
}
