#!/usr/bin/env bats
# make install puts the programs, pipelines and man pages where PATH and
# man find them.
load test_helper

@test "make install DESTDIR=... PREFIX=/usr installs programs, pipelines and man pages" {
	d=$BATS_TEST_TMPDIR/root
	# -o all: install what this build made, do not rebuild it.
	run -0 make -C "$TOP" -o all BUILD="$BUILD" install DESTDIR="$d" PREFIX=/usr
	for p in strip-boilerplate dedupe-captions split-sentences tag-money tag-dates; do
		[ -x "$d/usr/bin/$p" ]
		[ -f "$d/usr/share/man/man1/$p.1" ]
	done
	for p in clean-article extract-money extract-dates article-facts; do
		[ -x "$d/usr/bin/$p" ]
	done
	[ -f "$d/usr/share/copydesk/corpus.mk" ]
	run -0 env PATH="$d/usr/bin:/usr/bin:/bin" sh -c 'printf "It cost \$5.\n" | tag-money'
	[ "$output" = "$(printf '1\t8\t10\tUSD\t5\t$5')" ]
	if command -v man >/dev/null; then
		run -0 env MANPATH="$d/usr/share/man" man -w tag-money
		[ "$output" = "$d/usr/share/man/man1/tag-money.1" ]
	fi
}
