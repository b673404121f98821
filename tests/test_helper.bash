# Loaded by every bats file: `load test_helper`.
# Puts the programs under test first on PATH, pins the locale and names
# the fixture folders.  COPYDESK_BUILD picks the build folder (make check
# and make asan set it); the default is ../build.
bats_require_minimum_version 1.5.0

TOP=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
BUILD=${COPYDESK_BUILD:-$TOP/build}
UNIT=$BUILD/unit
FIXTURES=$BATS_TEST_DIRNAME/fixtures
SHARED=${COPYDESK_SHARED:-$TOP/../shared}
PATH=$BUILD/bin:$TOP/pipelines:$PATH
export LC_ALL=C.UTF-8 PATH

# fixture NAME -- the path of tests/fixtures/NAME
fixture() {
	printf '%s/%s' "$FIXTURES" "$1"
}

# skip_without_shared DIR -- skip a quality test when ../shared/data/DIR
# is absent (a clone without the evaluation data).
skip_without_shared() {
	[ -d "$SHARED/data/$1" ] || skip "no evaluation data: $SHARED/data/$1 is absent"
	command -v python3 >/dev/null || skip "python3 is not installed"
}

# need NAME... -- skip when one of the named filters is not in this tree
# (a pipeline test in a checkout without all of its programs).
need() {
	local f
	for f; do
		[ -f "$TOP/filters/$f/main.c" ] || skip "$f is not in this tree"
	done
}

# fail MESSAGE -- say MESSAGE on stderr and fail: for checks in a loop,
# where a bare [ ] would not say which case went wrong.
fail() {
	printf '%s\n' "$*" >&2
	return 1
}

# make valgrind sets COPYDESK_VALGRIND=1: then every program (found on
# PATH) and every unit test ($UNIT/NAME) runs under valgrind's memcheck,
# through wrapper scripts made once per bats run.  A memory error or a
# leak makes the program exit 99, so the test that ran it fails.
if [ -n "${COPYDESK_VALGRIND:-}" ]; then
	VALGRIND_BIN=${BATS_RUN_TMPDIR:-${TMPDIR:-/tmp}}/valgrind-wrappers
	command -v valgrind > /dev/null || {
		echo "COPYDESK_VALGRIND is set but valgrind is not installed" >&2
		return 1
	}
	if [ ! -d "$VALGRIND_BIN" ]; then
		_vg_tmp=$(mktemp -d "$VALGRIND_BIN.XXXXXX")
		mkdir "$_vg_tmp/bin" "$_vg_tmp/unit"
		for _vg_f in "$BUILD"/bin/* "$BUILD"/unit/*; do
			[ -f "$_vg_f" ] && [ -x "$_vg_f" ] || continue
			_vg_d=${_vg_f%/*}
			_vg_d=$_vg_tmp/${_vg_d##*/}
			# Found on a PATH of its own folder, so that argv[0] (in
			# getopt's messages) is the bare name, as without valgrind.
			printf '#!/bin/sh\nPATH=%q exec %q -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect %q "$@"\n' \
			    "${_vg_f%/*}" "$(command -v valgrind)" "${_vg_f##*/}" \
			    > "$_vg_d/${_vg_f##*/}"
			chmod +x "$_vg_d/${_vg_f##*/}"
		done
		# Another test may have made them meanwhile: keep the first.
		mv -T "$_vg_tmp" "$VALGRIND_BIN" 2> /dev/null || rm -rf "$_vg_tmp"
		unset _vg_tmp _vg_f _vg_d
	fi
	PATH=$VALGRIND_BIN/bin:$PATH
	UNIT=$VALGRIND_BIN/unit
	export PATH
fi

# find_programs -- set PROGS to the names of every program in the build
# (for the tests that run all of them); fails when there is none.
find_programs() {
	local f
	PROGS=()
	for f in "$BUILD"/bin/*; do
		[ -x "$f" ] && [ -f "$f" ] && PROGS+=("${f##*/}")
	done
	[ "${#PROGS[@]}" -gt 0 ] || {
		echo "no programs in $BUILD/bin: build them first" >&2
		return 1
	}
}
