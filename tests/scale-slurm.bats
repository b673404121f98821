#!/usr/bin/env bats
# A Slurm cluster, for real: pipelines/corpus.sbatch on a one-node cluster
# of the test's own (tests/scale/slurm-node: munged, slurmctld, slurmd from
# Debian's packages, config and state in a temporary folder).  The job
# array and its dependent merge must write the tables a one-machine
# `make -f corpus.mk` writes, byte for byte, for any number of shards.
# make test-scale runs this file; make check skips it.
load test_helper
load scale/scale_helper

TABLES=(sentences money dates articles)

setup_file() {
	[ -n "${COPYDESK_SCALE:-}" ] || return 0
	scale_need munged:munge slurmctld:slurmctld slurmd:slurmd sbatch:slurm-client \
	    cc:gcc make:make || return 0
	# the daemons die after 10 minutes even if teardown_file never runs
	SLURM_LIFETIME=600 "$SCALE/slurm-node" start "$BATS_FILE_TMPDIR/slurm"
	# the sample articles and 200 made-up ones, and a small folder
	scale_articles "$BATS_FILE_TMPDIR/big" 200
	scale_articles "$BATS_FILE_TMPDIR/small" 12
	local d
	for d in big small; do
		one_machine "$BATS_FILE_TMPDIR/$d" "$BATS_FILE_TMPDIR/$d.serial"
	done
}

teardown_file() {
	[ ! -d "$BATS_FILE_TMPDIR/slurm" ] || "$SCALE/slurm-node" stop "$BATS_FILE_TMPDIR/slurm"
}

setup() {
	scale_gate
	export SLURM_CONF=$BATS_FILE_TMPDIR/slurm/slurm.conf
	B=$BATS_FILE_TMPDIR
	T=$BATS_TEST_TMPDIR
}

# one_machine IN OUT -- the run the cluster's tables must equal
one_machine() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL make -s -j2 -f "$TOP/pipelines/corpus.mk" \
	    IN="$1" OUT="$2" > /dev/null
}

# submit ARGS... -- corpus.sbatch submit --wait, never longer than 240 s,
# free of any make that runs the tests
submit() {
	env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL \
	    timeout 240 "$TOP/pipelines/corpus.sbatch" submit --wait "$@" 3>&-
}

# same_tables A B -- every table of A is B's, byte for byte
same_tables() {
	local t
	for t in "${TABLES[@]}"; do
		cmp "$1/$t.tsv" "$2/$t.tsv" || return 1
	done
}

@test "corpus.sbatch: a 4-task job array and its merge write the one-machine tables byte for byte" {
	run -0 submit -n 4 "$B/big" "$T/out"
	[[ "$output" == *"job array"*"(1-4)"*"merge: job"*", done"* ]]
	same_tables "$B/big.serial" "$T/out"
	[ "$(wc -l < "$T/out/sentences.tsv")" -gt 5000 ]
	# four shards did the work, each its share, every article once
	local k n=0
	for k in 1 2 3 4; do
		[ -s "$T/out/log/shard-$k.out" ]
		[ "$(ls "$T/out/shards/$k/in" | wc -l)" -gt 20 ]
		n=$((n + $(ls "$T/out/shards/$k/in" | wc -l)))
	done
	[ "$n" -eq "$(ls "$B/big" | wc -l)" ]
	grep -q 'sentences.tsv: .* rows from 4 shards' "$T/out/log/merge.out"
	grep -qx 'corpus.sbatch: merge done' "$T/out/log/merge.out"
}

@test "corpus.sbatch: one shard or six: the same tables" {
	local n
	for n in 1 6; do
		run -0 submit -n "$n" "$B/small" "$T/out$n"
		same_tables "$B/small.serial" "$T/out$n"
	done
}

@test "corpus.sbatch: a rerun after one article changed redoes only that article" {
	cp -r "$B/small" "$T/in"
	run -0 submit -n 3 "$T/in" "$T/out"
	(cd "$T/out/shards" && find . -path '*/out/*/*.tsv' -newer "$T/in/dairy.txt" -exec stat -c '%n %Y' {} + | sort) > "$T/before"
	sleep 1
	printf 'A new line that costs $12 on 3 March 2021.\n' >> "$T/in/dairy.txt"
	run -0 submit -n 3 "$T/in" "$T/out"
	(cd "$T/out/shards" && find . -path '*/out/*/*.tsv' -exec stat -c '%n %Y' {} + | sort) > "$T/after"
	# only dairy's four files (sentences, money, dates, meta) are new
	run -0 bash -c "comm -13 '$T/before' '$T/after' | cut -d' ' -f1 | sed 's,.*/,,' | sort -u"
	[ "$output" = "dairy.tsv" ]
	one_machine "$T/in" "$T/serial"
	same_tables "$T/serial" "$T/out"
}

@test "corpus.sbatch: a failed shard cancels the merge, submit --wait fails, no table is written" {
	cp -r "$B/small" "$T/in"
	mkdir "$T/in/broken.txt"	# strip-boilerplate cannot read it: that shard fails
	run submit -n 3 "$T/in" "$T/out"
	[ "$status" -ne 0 ] && [ "$status" -ne 124 ]	# failed, not timed out
	[[ "$output" == *"merge: job"*"failed or was cancelled"* ]]
	for t in "${TABLES[@]}"; do
		[ ! -e "$T/out/$t.tsv" ]
	done
	[ -z "$(find "$T/out" -maxdepth 1 -name '.*.tsv.*')" ]
	[ -z "$(timeout 10 squeue -h)" ]
}

@test "corpus.sbatch: a request the node cannot meet fails at submission, nothing queued" {
	SBATCH_MEM_PER_NODE=1000G run submit -n 2 "$B/small" "$T/out"
	[ "$status" -eq 1 ]
	[[ "$output" == *"sbatch of the shards failed"* ]]
	[ -z "$(timeout 10 squeue -h)" ]
}

@test "corpus.sbatch merge: a shard without its table is an error, and leaves no half table" {
	mkdir -p "$T/out/shards/1/out" "$T/out/shards/2/out" "$T/out/shards/3/out"
	: > "$T/out/shards/3/out/sentences.tsv"	# an empty shard
	printf 'a\t1\tOne.\n' > "$T/out/shards/1/out/sentences.tsv"
	run -1 "$TOP/pipelines/corpus.sbatch" merge "$T/out" 3
	[[ "$output" == *"sentences.tsv: only 2 of 3 shards have it"* ]]
	[ -z "$(ls -A "$T/out" | grep -v shards)" ]
	printf 'b\t1\tTwo.\n' > "$T/out/shards/2/out/sentences.tsv"
	mv "$T/out/shards/2/out/sentences.tsv" "$T/out/shards/2/out/s"
	mkdir "$T/out/shards/2/out/sentences.tsv"	# unreadable as a file, even by root
	run -1 "$TOP/pipelines/corpus.sbatch" merge "$T/out" 3
	[ -z "$(ls -A "$T/out" | grep -v shards)" ]
	rmdir "$T/out/shards/2/out/sentences.tsv"
	mv "$T/out/shards/2/out/s" "$T/out/shards/2/out/sentences.tsv"
	run -0 "$TOP/pipelines/corpus.sbatch" merge "$T/out" 3
	[ "$(cat "$T/out/sentences.tsv")" = $'a\t1\tOne.\nb\t1\tTwo.' ]
	[ "$(ls -A "$T/out" | grep -v shards)" = sentences.tsv ]
}
