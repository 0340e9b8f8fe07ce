#!/usr/bin/env bash
# Out of space and read-only media: `add` and `compact` end with a clear message and leave the last
# committed archive intact. Needs a small filesystem of its own (tmpfs, mounted as root); skips with a
# message where the machine does not allow it.
source "$(dirname "$0")/lib.sh"

small="$TEST_TMP/small"
mkdir -p "$small"
if [ "$(id -u)" -ne 0 ] || ! mount -t tmpfs -o size=3m tmpfs "$small" 2>/dev/null; then
    echo "skipped: mounting a small tmpfs needs root and a machine that allows mounts" >&2
    exit 77
fi
trap 'umount "$small" 2>/dev/null' EXIT
db="$small/db"

# A small archive that fits, then more than the disk holds.
run "$NEWSARC_INDEX" add --db "$db" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
expect_status 0 "a small archive fits"
count=$("$NEWSARC_INDEX" stats --db "$db" --format json | jq -r .documents)
for copy in 1 2 3; do
    "$NEWSARC_INDEX" clean "$TEST_DATA/reuters" 2>/dev/null |
        jq -c --arg c "$copy" '.id += "-copy" + $c | del(.content_hash, .cleaner_version)'
done >"$TEST_TMP/big.jsonl"
run "$NEWSARC_INDEX" add --db "$db" --jobs 1 "$TEST_DATA/reuters" "$TEST_TMP/big.jsonl"
expect_status 2 "add on a full disk"
expect_contains "$err" "No space left on device" "add on a full disk: the reason"
expect_contains "$err" "$db" "add on a full disk: names the database"
run "$NEWSARC_INDEX" check --db "$db"
expect_status 0 "the archive after a full disk during add"
after=$("$NEWSARC_INDEX" stats --db "$db" --format json | jq -r .documents)
[ "$after" -ge "$count" ] || fail "committed articles lost: $after < $count"
run "$NEWSARC_QUERY" --db "$db" 'author:lazaroff' --count
expect_eq "$out" 1 "the seed is still found"

# Compaction needs room for a second copy: with the disk full it fails and changes nothing.
head -c $((4 << 20)) /dev/zero >"$small/filler" 2>/dev/null
run "$NEWSARC_INDEX" compact --db "$db"
expect_status 2 "compact on a full disk"
expect_contains "$err" "archive itself is unchanged" "compact on a full disk: the message"
ls -d "$db".compact-* 2>/dev/null && fail "compact left its scratch copy on the full disk"
run "$NEWSARC_INDEX" check --db "$db"
expect_status 0 "the archive after a failed compaction"
expect_eq "$("$NEWSARC_INDEX" stats --db "$db" --format json | jq -r .documents)" "$after" "compact failure keeps every article"

# A new archive that cannot even be created leaves nothing half made behind.
run "$NEWSARC_INDEX" add --db "$small/new" --jobs 1 "$TEST_DATA/seed"
expect_status 2 "creating an archive on a full disk"
[ -e "$small/new" ] && fail "a half-created archive was left at $small/new"
rm -f "$small/filler"

# Read-only media: searches work, writers are told why they cannot write.
mount -o remount,ro "$small"
run "$NEWSARC_QUERY" --db "$db" 'author:lazaroff' --count
expect_eq "$out" 1 "search on read-only media"
run "$NEWSARC_INDEX" add --db "$db" "$TEST_DATA/seed"
expect_status 2 "add on read-only media"
expect_contains "$err" "$db" "add on read-only media: names the database"
expect_contains "$err" "Read-only file system" "add on read-only media: the reason, at once"
run "$NEWSARC_INDEX" check --db "$db"
expect_status 0 "check on read-only media"
expect_contains "$out" "skipped: read-only media" "check says what it could not check"
finish
