#!/bin/sh
# deps.sh [build|test] -- make sure the Debian packages copydesk needs are
# installed.  It installs what is missing with apt-get (through sudo when not
# root); where it cannot, it names the missing packages and fails.
set -eu
need="pkg-config libpcre2-dev libutf8proc-dev"
[ "${1:-build}" = test ] && need="$need bats bats-assert bats-support parallel"
command -v cc >/dev/null 2>&1 || need="$need gcc"
command -v dpkg-query >/dev/null 2>&1 || exit 0	# not Debian: trust pkg-config

missing=
for p in $need; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
	    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo
if command -v apt-get >/dev/null 2>&1 &&
    { [ -z "$sudo" ] || command -v sudo >/dev/null 2>&1; }; then
	echo "deps: installing:$missing" >&2
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	$sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq $missing >&2 &&
	    exit 0
fi
echo "deps: missing Debian packages:$missing" >&2
echo "deps: install them with: sudo apt-get install -y$missing" >&2
exit 1
