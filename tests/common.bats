#!/usr/bin/env bats
# common/: the shared library, through its unit tests.
load test_helper

@test "the unit tests of common/ pass (records, documents, UTF-8, PCRE2, word sets, number words, calendar, month/weekday/zone words)" {
	run -0 "$UNIT/common"
	[[ "$output" == *" 0 failed" ]]
}
