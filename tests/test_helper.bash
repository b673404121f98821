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
