#!/usr/bin/env bats
# Several machines with GNU parallel over ssh (docs/SCALING.md), for real:
# two sshd of the test's own on 127.0.0.2 and 127.0.0.3 (tests/scale/sshd-pair),
# each "host" with copydesk installed in its own prefix (make install) and a
# home that is not the local folder.  Every command SCALING.md gives for
# -S runs against them and must print, byte for byte, the serial run's
# output.  make test-scale runs this file; make check skips it.
load test_helper
load scale/scale_helper

PAR=(parallel --will-cite)

setup_file() {
	[ -n "${COPYDESK_SCALE:-}" ] || return 0
	scale_need sshd:openssh-server ssh:openssh-client rsync:rsync \
	    parallel:parallel cc:gcc || return 0
	D=$BATS_FILE_TMPDIR/ssh
	# the sshd die after 5 minutes even if teardown_file never runs
	SSHD_LIFETIME=300 "$SCALE/sshd-pair" start "$D"
	local h
	for h in h1 h2; do
		env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -C "$TOP" \
		    BUILD="$BUILD" PREFIX="$D/$h" install > /dev/null
	done
	scale_articles "$BATS_FILE_TMPDIR/work/articles" 12
}

teardown_file() {
	[ ! -d "$BATS_FILE_TMPDIR/ssh" ] || "$SCALE/sshd-pair" stop "$BATS_FILE_TMPDIR/ssh"
}

setup() {
	scale_gate
	D=$BATS_FILE_TMPDIR/ssh
	W=$BATS_FILE_TMPDIR/work
	T=$BATS_TEST_TMPDIR
	# two jobs on each host; ssh through the test's own client config
	SSHPAR=("${PAR[@]}" --ssh "ssh -F $D/ssh_config" -S 2/h1,2/h2 --joblog "$T/joblog")
	cd "$W"
}

# both_hosts -- the joblog shows jobs on h1 and on h2, and none failed
both_hosts() {
	[ "$(awk -F'\t' 'NR > 1 { print $2 }' "$T/joblog" | sort -u | tr '\n' ' ')" = "h1 h2 " ] ||
	    { cat "$T/joblog"; return 1; }
	awk -F'\t' 'NR > 1 && ($7 != 0 || $8 != 0) { print; bad = 1 } END { exit bad }' "$T/joblog"
}

@test "each ssh host runs the copydesk installed in its own prefix, with its own HOME" {
	run -0 timeout 60 "${PAR[@]}" --ssh "ssh -F $D/ssh_config" -S h1,h2 --nonall -k --tag \
	    'echo $(command -v clean-article) $(command -v tag-money) $HOME' 3>&-
	[ "${lines[0]}" = $'h1\t'"$D/h1/bin/clean-article $D/h1/bin/tag-money $D/h1/home" ]
	[ "${lines[1]}" = $'h2\t'"$D/h2/bin/clean-article $D/h2/bin/tag-money $D/h2/home" ]
}

@test "clean-article per file over ssh (--trc, --wd ...) prints what the serial run prints" {
	clean-article -H articles/*.txt > "$T/serial"
	(cd articles && cksum ./*.txt) > "$T/inputs"
	# the command SCALING.md gives, with a fresh remote folder per job
	run -0 timeout 120 "${SSHPAR[@]}" --wd ... --trc {.}.tsv \
	    'clean-article -H {} > {.}.tsv' ::: articles/*.txt 3>&-
	both_hosts
	cat articles/*.tsv | cmp - "$T/serial"
	[ "$(wc -l < "$T/joblog")" -eq $(( $(ls articles/*.txt | wc -l) + 1 )) ]
	# the inputs are untouched, and --cleanup left nothing on the hosts
	(cd articles && cksum ./*.txt) | cmp - "$T/inputs"
	[ -z "$(find "$D/h1/home" "$D/h2/home" -type f)" ]
	rm -f articles/*.tsv
}

@test "split-sentences over ssh with --pipe -k is the serial run byte for byte" {
	clean-article -H articles/*.txt > "$T/in"
	# a last line without a newline
	printf 'last.txt\tThe end. No newline here, Mr. Smith.' >> "$T/in"
	split-sentences < "$T/in" > "$T/serial"
	timeout 120 "${SSHPAR[@]}" --pipe -k --block 20k split-sentences \
	    < "$T/in" > "$T/par" 3>&-
	both_hosts
	cmp "$T/par" "$T/serial"
}

@test "tag-money over ssh in chunks of N records, LINE offset added back, is the serial run" {
	clean-article -H articles/*.txt > "$T/in"
	tag-money < "$T/in" > "$T/serial"
	[ "$(wc -l < "$T/serial")" -gt 100 ]
	timeout 120 "${SSHPAR[@]}" --pipe -N 500 -k \
	    'tag-money | awk -F"\t" -v OFS="\t" -v o=$(( ({#} - 1) * 500 )) "{ \$(NF - 5) += o; print }"' \
	    < "$T/in" > "$T/par" 3>&-
	both_hosts
	cmp "$T/par" "$T/serial"
}

@test "the cleaning pipeline over ssh per document key (--pipepart --group-by 1) is the serial run" {
	# the keyed corpus: file name, then the line, tabs in the text as spaces
	for f in articles/*.txt; do
		tr '\t' ' ' < "$f" | awk -v OFS='\t' -v id="${f##*/}" '{ print id, $0 }'
	done > "$T/corpus.tsv"
	strip-boilerplate "$T/corpus.tsv" | dedupe-captions | split-sentences > "$T/serial"
	printf '2/h1\n2/h2\n' > "$T/hosts"
	timeout 120 "${PAR[@]}" --ssh "ssh -F $D/ssh_config" --sshloginfile "$T/hosts" \
	    --joblog "$T/joblog" --pipepart -a "$T/corpus.tsv" -k --group-by 1 --colsep '\t' \
	    --block 50k 'strip-boilerplate | dedupe-captions | split-sentences' > "$T/par" 3>&-
	both_hosts
	cmp "$T/par" "$T/serial"
}
