#!/usr/bin/env bash
# The Debian package: CPack builds it from this build tree, apt-get installs it from a clean
# directory, both programs run from PATH with their man pages and completions in place, and purging
# it leaves the machine as it was. Needs root and apt; skips when the machine has newsarc installed
# already or the package would pull in anything else.
source "$(dirname "$0")/lib.sh"

skip() { echo "SKIP: $*"; exit 77; }
[ "$(id -u)" -eq 0 ] || skip "installing a package needs root"
for tool in apt-get dpkg dpkg-query cpack flock; do
    command -v "$tool" >/dev/null || skip "$tool is missing"
done
command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps is missing (dpkg-dev; scripts/install-deps)"
build_dir=$(cd "$(dirname "$NEWSARC_INDEX")" && pwd)
[ -f "$build_dir/CPackConfig.cmake" ] || { echo "FAIL: no CPackConfig.cmake in $build_dir" >&2; exit 1; }

# One package test at a time on this machine (other checkouts run the same test).
lock_dir=/run/lock
[ -d "$lock_dir" ] || lock_dir=/tmp
exec 9>"$lock_dir/newsarc-package-test.lock"
flock -w 600 9 || skip "another package test held the lock for 10 minutes"
installed() { dpkg-query -W -f='${db:Status-Status}' newsarc 2>/dev/null | grep -qx installed; }
installed && skip "newsarc is installed on this machine; this test will not replace it"

# Build the package with CPack from the existing build (no second build), into our own folder.
start=$SECONDS
version=$("$NEWSARC_INDEX" --version | awk 'NR == 1 { print $2 }')
arch=$(dpkg --print-architecture)
run cpack --config "$build_dir/CPackConfig.cmake" -B "$TEST_TMP/pkg"
expect_status 0 "cpack"
deb=$TEST_TMP/pkg/newsarc_${version}_${arch}.deb
[ -f "$deb" ] || { echo "FAIL: cpack made no $deb: $out $err" >&2; exit 1; }
depends=$(dpkg-deb -f "$deb" Depends)
for library in libxapian libzstd1 libre2 libutf8proc libxxhash libstdc++6; do
    expect_contains "$depends" "$library" "Depends (from dpkg-shlibdeps)"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/newsarc-index ./usr/bin/newsarc-query ./usr/share/man/man1/newsarc-index.1.gz \
            ./usr/share/man/man1/newsarc-query.1.gz ./usr/share/bash-completion/completions/newsarc-index \
            ./usr/share/bash-completion/completions/newsarc-query ./usr/share/zsh/vendor-completions/_newsarc \
            ./usr/share/doc/newsarc/README.md; do
    expect_contains "$contents" " $path" "package contents"
done
echo "package built in $((SECONDS - start)) s"

# Install it from a clean directory, as a user would, if that installs nothing else.
mkdir "$TEST_TMP/clean"
cp "$deb" "$TEST_TMP/clean/"
cd "$TEST_TMP/clean"
export DEBIAN_FRONTEND=noninteractive
apt=(apt-get -o DPkg::Lock::Timeout=300 -q -y --no-install-recommends)
others=$("${apt[@]}" -s install ./newsarc_*.deb 2>/dev/null | awk '/^Inst / && $2 != "newsarc" { print $2 }')
[ -z "$others" ] || skip "installing the package would also install: $others"
trap 'installed && "${apt[@]}" purge newsarc >/dev/null 2>&1' EXIT
run "${apt[@]}" install ./newsarc_*.deb
expect_status 0 "apt-get install ./newsarc_*.deb"
installed || { echo "FAIL: newsarc is not installed after apt-get install: $err" >&2; exit 1; }

# Both programs from PATH (not from the build tree).
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
expect_eq "$(command -v newsarc-index)" /usr/bin/newsarc-index "newsarc-index on PATH"
expect_eq "$(command -v newsarc-query)" /usr/bin/newsarc-query "newsarc-query on PATH"
run newsarc-query --version
expect_status 0 "newsarc-query --version"
expect_contains "$out" "newsarc-query $version (commit " "--version"
expect_contains "$out" "Xapian " "--version"
run newsarc-index add --db "$TEST_TMP/db" "$TEST_DATA/seed"
expect_status 0 "installed newsarc-index add"
expect_contains "$out" "added 1," "installed newsarc-index add"
run newsarc-query --db "$TEST_TMP/db" --format tsv --fields id,title hostage deal
expect_status 0 "installed newsarc-query"
expect_contains "$out" "jpost.com-01fd0fb4c54a	Israeli military secretary was in Moscow" "installed newsarc-query"
if command -v man >/dev/null; then
    expect_eq "$(man -w newsarc-index 2>&1)" /usr/share/man/man1/newsarc-index.1.gz "man -w newsarc-index"
    expect_eq "$(man -w newsarc-query 2>&1)" /usr/share/man/man1/newsarc-query.1.gz "man -w newsarc-query"
fi

# Purge: nothing of it stays.
run "${apt[@]}" purge newsarc
expect_status 0 "apt-get purge newsarc"
installed && fail "newsarc still installed after purge"
for path in /usr/bin/newsarc-index /usr/bin/newsarc-query /usr/share/man/man1/newsarc-index.1.gz \
            /usr/share/doc/newsarc /usr/share/zsh/vendor-completions/_newsarc; do
    [ ! -e "$path" ] || fail "$path left after purge"
done
echo "package test took $((SECONDS - start)) s"
finish
