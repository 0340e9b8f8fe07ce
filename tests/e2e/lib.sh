# Helpers for the end-to-end tests: each test sources this, runs the built programs and asserts.
# CTest sets NEWSARC_INDEX, NEWSARC_QUERY, TEST_DATA, TEST_TMP and SHARED_CORPORA.
set -uo pipefail

: "${NEWSARC_INDEX:?run through ctest}" "${NEWSARC_QUERY:?}" "${TEST_DATA:?}" "${TEST_TMP:?}"
rm -rf "$TEST_TMP"
mkdir -p "$TEST_TMP"
export NEWSARC_DB="$TEST_TMP/db"
unset NO_COLOR
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# run CMD... : runs a command, keeping its stdout, stderr and status in $out, $err, $status.
run() {
    "$@" >"$TEST_TMP/out" 2>"$TEST_TMP/err"
    status=$?
    out=$(cat "$TEST_TMP/out")
    err=$(cat "$TEST_TMP/err")
}

expect_status() {  # expect_status N description
    [ "$status" -eq "$1" ] || fail "$2: exit status $status, expected $1 (stderr: ${err:0:400})"
}

expect_eq() {  # expect_eq ACTUAL EXPECTED description
    [ "$1" == "$2" ] || fail "$3: got '$1', expected '$2'"
}

expect_contains() {  # expect_contains HAYSTACK NEEDLE description
    [[ "$1" == *"$2"* ]] || fail "$3: '${1:0:400}' does not contain '$2'"
}

expect_not_contains() {
    [[ "$1" != *"$2"* ]] || fail "$3: output contains '$2'"
}

doc_count() {
    "$NEWSARC_INDEX" stats --format json | jq -r .documents
}

finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$failures check(s) failed" >&2
        exit 1
    fi
    echo "all checks passed"
    exit 0
}
