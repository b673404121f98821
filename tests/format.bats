#!/usr/bin/env bats
# The examples in docs/FORMAT.md are what the programs print.
load test_helper

@test "every example in docs/FORMAT.md prints what the page shows" {
	run -0 sh "$TOP/tools/doc-examples.sh" "$TOP/docs/FORMAT.md"
}

@test "every example in README.md prints what the page shows" {
	run -0 sh "$TOP/tools/doc-examples.sh" "$TOP/README.md"
}
