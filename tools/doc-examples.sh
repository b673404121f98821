#!/bin/sh
# doc-examples.sh FILE.md -- run every example in the ```console blocks of
# FILE.md and compare its output with the lines shown under it.  A command
# is a line starting with "$ "; its expected output runs to the next
# command or the end of the block.  Commands run with sh -c in an empty
# temporary folder.  Prints each mismatch as a diff; exits 1 if any.
set -eu
doc=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
awk -v dir="$work" '
	/^```console/ { inblock = 1; next }
	/^```/ && inblock { inblock = 0; next }
	!inblock { next }
	/^\$ / {
		n++
		cmd = dir "/" n ".cmd"; want = dir "/" n ".want"
		print substr($0, 3) > cmd; close(cmd)
		printf "" > want; close(want)
		next
	}
	{ print >> want; close(want) }
' "$doc"
fail=0
i=1
while [ -f "$work/$i.cmd" ]; do
	mkdir "$work/run$i"
	(cd "$work/run$i" && sh -c "$(cat "$work/$i.cmd")") > "$work/$i.got" 2>&1 || true
	if ! cmp -s "$work/$i.want" "$work/$i.got"; then
		echo "example $i: $(cat "$work/$i.cmd")"
		diff "$work/$i.want" "$work/$i.got" || true
		fail=1
	fi
	i=$((i + 1))
done
[ "$i" -gt 1 ] || { echo "no examples found in $doc"; exit 1; }
exit $fail
