#!/bin/sh
# deps.sh [build|test|scale] -- make sure the Debian packages copydesk needs
# are installed: build (compiler, libraries), test (and bats, parallel),
# scale (and sshd, rsync, Slurm and munge, for make test-scale).  It
# installs what is missing with apt-get (through sudo when not root); where
# it cannot, it names the missing packages and fails.  apt-get waits up to
# five minutes for the dpkg lock that another apt process (say, a cloud
# machine's updates right after boot) may hold.
set -eu
mode=${1:-build}
need="pkg-config libpcre2-dev libutf8proc-dev"
case $mode in
build) ;;
test) need="$need bats bats-assert bats-support parallel" ;;
scale) need="$need bats bats-assert bats-support parallel make openssh-server openssh-client rsync munge slurmctld slurmd slurm-client" ;;
*) echo "usage: deps.sh [build|test|scale]" >&2; exit 2 ;;
esac
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
lock="-o DPkg::Lock::Timeout=300"
if command -v apt-get >/dev/null 2>&1 &&
    { [ -z "$sudo" ] || command -v sudo >/dev/null 2>&1; }; then
	echo "deps: installing:$missing (waiting up to 300 s for the dpkg lock if another apt holds it)" >&2
	export DEBIAN_FRONTEND=noninteractive
	# shellcheck disable=SC2086
	$sudo apt-get $lock update -qq >&2 && $sudo apt-get $lock install -y -qq $missing >&2 &&
	    exit 0
fi
echo "deps: missing Debian packages:$missing" >&2
echo "deps: install them with: sudo apt-get install -y$missing" >&2
exit 1
