#!/usr/bin/env bash
# Remote shards on separate hosts: each shard is served by xapian-tcpsrv inside a network namespace
# of its own, reached over a virtual ethernet link (not loopback). Results equal one database's; a
# host whose link goes down, or whose server hangs, is an error naming it within --timeout, or a
# partial result with --allow-partial; when the host is back it is used again. Needs root and
# `ip netns`; skipped where the machine does not allow them.
source "$(dirname "$0")/lib.sh"
command -v xapian-tcpsrv >/dev/null || { echo "skipped: xapian-tcpsrv is not installed" >&2; exit 77; }
command -v ip >/dev/null || { echo "skipped: ip (iproute2) is not installed" >&2; exit 77; }
[ "$(id -u)" -eq 0 ] || { echo "skipped: network namespaces need root" >&2; exit 77; }

tag=na$$  # names unique to this run: namespaces and links are machine-wide
hosts=()
cleanup() {
    for ns in "${hosts[@]}"; do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -CONT "$pid" 2>/dev/null; kill "$pid" 2>/dev/null; done
        ip netns del "$ns" 2>/dev/null  # takes its end of the link, and so the link, with it
    done
}
trap cleanup EXIT

# add_host I DB: namespace $tag-I with address 10.231.I.2, linked to this host's 10.231.I.1,
# serving DB on port 33333.
add_host() {
    local i=$1 db=$2 ns=$tag-$1
    ip netns add "$ns" 2>/dev/null || { echo "skipped: cannot create network namespaces here" >&2; exit 77; }
    hosts+=("$ns")
    ip link add "$tag-h$i" type veth peer name "$tag-s$i" || { echo "skipped: cannot create veth links" >&2; exit 77; }
    ip link set "$tag-s$i" netns "$ns"
    ip addr add "10.231.$i.1/30" dev "$tag-h$i"
    ip link set "$tag-h$i" up
    ip netns exec "$ns" ip addr add "10.231.$i.2/30" dev "$tag-s$i"
    ip netns exec "$ns" ip link set "$tag-s$i" up
    ip netns exec "$ns" ip link set lo up
    # Its own session: on SIGTERM xapian-tcpsrv signals its whole process group.
    ip netns exec "$ns" setsid xapian-tcpsrv --interface "10.231.$i.2" --port 33333 "$db" >"$TEST_TMP/host-$i.log" 2>&1 &
    for _ in $(seq 50); do grep -q Listening "$TEST_TMP/host-$i.log" 2>/dev/null && return 0; sleep 0.1; done
    fail "xapian-tcpsrv did not start in $ns"
    return 1
}

"$NEWSARC_INDEX" add -q --db "$TEST_TMP/all" "$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/routed" --shards 2 "$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
add_host 1 "$TEST_TMP/routed/shard-0" || finish
add_host 2 "$TEST_TMP/routed/shard-1" || finish
printf 'remote 10.231.1.2:33333\nremote 10.231.2.2:33333\n' >"$TEST_TMP/hosts.stub"

for q in 'oil prices' '"coffee quota"' 'topic:coffee' 'date:1987-03-02' 'author:lazaroff OR hostage' 'trade NOT japan'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" "$q" --format jsonl -n 50 | jq -r .id)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format jsonl -n 50 | jq -r .id)" "two hosts: ids in order for '$q'"
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" "$q" --format json --facets site,topic,year | jq -S -c .facets)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format json --facets site,topic,year | jq -S -c .facets)" \
        "two hosts: facets for '$q'"
done
alone=$("$NEWSARC_QUERY" --db "$TEST_TMP/routed/shard-0" oil --count)

# The second host's server hangs (stopped, its connections open): the query gives up at --timeout.
server=$(ip netns pids "$tag-2" | head -1)
kill -STOP "$server"
start=$(date +%s)
run "$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" oil --timeout 2
expect_status 2 "a hung host is an error"
expect_contains "$err" "shard remote 10.231.2.2:33333 did not answer" "the error names the host"
[ $(($(date +%s) - start)) -le 8 ] || fail "the hung host held the query for more than --timeout allows"
run "$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" oil --timeout 2 --allow-partial --count
expect_status 0 "--allow-partial with a hung host"
expect_eq "$out" "$alone" "the partial count is the other host's"
kill -CONT "$server"

# The link to the second host goes down.
ip link set "$tag-h2" down
run "$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" oil --timeout 2 --allow-partial --format json
expect_status 0 "--allow-partial with an unreachable host"
expect_eq "$(jq -c .missing_shards <<<"$out")" '["remote 10.231.2.2:33333"]' "JSON names the unreachable host"

# Back up: used again, nothing restarted.
ip link set "$tag-h2" up
ip addr add 10.231.2.1/30 dev "$tag-h2" 2>/dev/null  # the address stays; this is only in case it went
ok=0
for _ in $(seq 30); do
    [ "$("$NEWSARC_QUERY" --db "$TEST_TMP/hosts.stub" oil --count --timeout 2 2>/dev/null)" = \
      "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" oil --count)" ] && { ok=1; break; }
    sleep 0.2
done
expect_eq "$ok" 1 "the host whose link came back is searched again"
finish
