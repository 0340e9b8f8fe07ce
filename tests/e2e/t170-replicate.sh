#!/usr/bin/env bash
# Shipping finished shards to other machines with Xapian's replication: the indexer writes locally
# (with changesets kept), xapian-replicate-server serves the archive folder, xapian-replicate pulls
# each shard into a replica, xapian-tcpsrv serves the replica, and a query through a stub of remote
# shards answers like the master; a later add reaches the replica as changesets.
source "$(dirname "$0")/lib.sh"
for tool in xapian-replicate xapian-replicate-server xapian-tcpsrv; do
    command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed" >&2; exit 77; }
done

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; }
trap cleanup EXIT
# serve LOG COMMAND...: starts a server in its own session on a free port ($port); they signal their
# whole process group on exit.
serve() {
    local log=$1; shift
    for _ in $(seq 20); do
        port=$((20000 + RANDOM % 20000))
        setsid "$@" --port "$port" >"$TEST_TMP/$log-$port.log" 2>&1 &
        local pid=$!
        sleep 0.5
        if kill -0 "$pid" 2>/dev/null; then pids+=("$pid"); return 0; fi
    done
    fail "could not start $*"
    return 1
}

export XAPIAN_MAX_CHANGESETS=10
master="$TEST_TMP/master"
"$NEWSARC_INDEX" add -q --db "$master" --shards 2 "$TEST_DATA/reuters"
serve replicate-server xapian-replicate-server "$master" || finish
rport=$port
replica="$TEST_TMP/replica"
mkdir -p "$replica"
pull() {
    for shard in shard-0 shard-1; do
        xapian-replicate -h 127.0.0.1 -p "$rport" -m "$shard" -o -q "$replica/$shard" ||
            fail "replicating $shard"
    done
}
pull
serve tcpsrv-0 xapian-tcpsrv --interface 127.0.0.1 "$replica/shard-0" || finish
port0=$port
serve tcpsrv-1 xapian-tcpsrv --interface 127.0.0.1 "$replica/shard-1" || finish
port1=$port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port0" "$port1" >"$TEST_TMP/remote.stub"

same_answers() {  # same_answers DESCRIPTION
    for q in 'oil prices' 'topic:coffee' 'author:lazaroff'; do
        expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" "$q" --format jsonl -n 30 2>/dev/null | jq -r .id)" \
            "$("$NEWSARC_QUERY" --db "$master" "$q" --format jsonl -n 30 2>/dev/null | jq -r .id)" "$1: '$q'"
    done
}
same_answers "replica served remotely"

# More articles on the master; the next pull brings them as changesets, and the running servers
# see them on the next query.
"$NEWSARC_INDEX" add -q --db "$master" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
for shard in shard-0 shard-1; do
    out=$(xapian-replicate -h 127.0.0.1 -p "$rport" -m "$shard" -o -v "$replica/$shard" 2>&1) ||
        fail "second pull of $shard: $out"
    expect_contains "$out" "changesets" "$shard: the update came as changesets"
done
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'author:lazaroff' --count)" 1 "the new article reached the replica"
same_answers "after an incremental pull"
finish
