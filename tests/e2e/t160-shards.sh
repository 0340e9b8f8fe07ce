#!/usr/bin/env bash
# Sharded archives: a stub file of local shards, several --db, and remote shards served by
# xapian-tcpsrv on loopback give the same results, counts and facets as one database holding the
# same articles; a shard that stops answering is an error naming it, or with --allow-partial a
# partial result that says which shard is missing; a shard that comes back is used again.
source "$(dirname "$0")/lib.sh"
command -v xapian-tcpsrv >/dev/null || { echo "skipped: xapian-tcpsrv is not installed" >&2; exit 77; }

servers=()
stop_servers() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; }
trap stop_servers EXIT

# start_server DB: serves DB on a free loopback port; sets $port and remembers the server.
start_server() {
    local db=$1
    for _ in $(seq 20); do
        port=$((20000 + RANDOM % 20000))
        # Its own session: on SIGTERM xapian-tcpsrv signals its whole process group.
        setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port" "$db" >"$TEST_TMP/tcpsrv-$port.log" 2>&1 &
        local pid=$!
        for _ in $(seq 50); do
            if grep -q "Listening" "$TEST_TMP/tcpsrv-$port.log" 2>/dev/null; then servers+=("$pid"); return 0; fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill "$pid" 2>/dev/null
    done
    fail "could not start xapian-tcpsrv"
    return 1
}

"$NEWSARC_INDEX" add -q --db "$TEST_TMP/all" "$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/shard-0" "$TEST_DATA/reuters"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/shard-1" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
printf '# two local shards\nshard-0\nauto shard-1\n' >"$TEST_TMP/local.stub"
mkdir -p "$TEST_TMP/archive"
printf '%s\n%s\n' "$TEST_TMP/shard-0" "$TEST_TMP/shard-1" >"$TEST_TMP/archive/XAPIANDB"

start_server "$TEST_TMP/shard-0" || finish
port0=$port
start_server "$TEST_TMP/shard-1" || finish
port1=$port
printf 'remote 127.0.0.1:%s\nremote 127.0.0.1:%s\n' "$port0" "$port1" >"$TEST_TMP/remote.stub"

queries=('oil prices' '"coffee quota"' 'topic:coffee' 'date:1987-03-02' 'author:lazaroff OR hostage' 'bank*'
         'site:jpost.com' 'trade NOT japan')
for q in "${queries[@]}"; do
    want=$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format jsonl -n 50 | jq -r .id)
    want_count=$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --count)
    want_facets=$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format json --facets author,site,topic,year \
        --histogram month | jq -S -c '[.facets, .histogram]')
    for db in local.stub archive remote.stub; do
        got=$("$NEWSARC_QUERY" --db "$TEST_TMP/$db" "$q" --format jsonl -n 50 | jq -r .id)
        expect_eq "$got" "$want" "$db: ids in order for '$q'"
        expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/$db" "$q" --count)" "$want_count" "$db: count for '$q'"
        got_facets=$("$NEWSARC_QUERY" --db "$TEST_TMP/$db" "$q" --format json --facets author,site,topic,year \
            --histogram month | jq -S -c '[.facets, .histogram]')
        expect_eq "$got_facets" "$want_facets" "$db: facets and histogram for '$q'"
    done
    got=$("$NEWSARC_QUERY" --db "$TEST_TMP/shard-0" --db "$TEST_TMP/shard-1" "$q" --format jsonl -n 50 | jq -r .id)
    expect_eq "$got" "$want" "two --db: ids for '$q'"
done
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'hostage deal' --format json
expect_contains "$(jq -r '.results[0].snippet' <<<"$out")" "hostage" "remote: snippets"
# Snippets and their highlights are the single database's too. "+N similar" is a lower bound
# (Xapian's collapse count): a shard collapses what it matched, and a near-duplicate in another
# shard that ranked below that shard's page is not seen by the merge, so it may count fewer.
for q in 'oil prices' '"coffee quota"' 'hostage deal' 'trade NOT japan'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" "$q" --format json -n 20 | jq -c '.results[] | [.id, .snippet, .highlights]')" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format json -n 20 | jq -c '.results[] | [.id, .snippet, .highlights]')" \
        "remote: snippets and highlights for '$q'"
    paste <("$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" "$q" --format jsonl -n 20 | jq .similar) \
          <("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format jsonl -n 20 | jq .similar) >"$TEST_TMP/similar"
    awk '$1 > $2 { bad = 1 } END { exit bad }' "$TEST_TMP/similar" || fail "remote: more similar than one database for '$q'"
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/local.stub" "$q" --format jsonl -n 20 | jq -c .similar)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" "$q" --format jsonl -n 20 | jq -c .similar)" "local shards: the same similar counts for '$q'"
done
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" --show jpost.com-01fd0fb4c54a --format json
expect_eq "$(jq -r .id <<<"$out")" jpost.com-01fd0fb4c54a "remote: --show"

# One shard stops answering.
kill "${servers[1]}"; wait "${servers[1]}" 2>/dev/null
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'oil' --timeout 2
expect_status 2 "a missing shard is an error"
expect_contains "$err" "shard remote 127.0.0.1:$port1 did not answer" "the error names the shard"
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'oil' --timeout 2 --allow-partial --format json
expect_status 0 "--allow-partial"
expect_eq "$(jq -c .missing_shards <<<"$out")" "[\"remote 127.0.0.1:$port1\"]" "JSON names the missing shard"
expect_eq "$(jq -r '.results | length' <<<"$out")" "$("$NEWSARC_QUERY" --db "$TEST_TMP/shard-0" oil --format json | jq -r '.results | length')" \
    "partial results are the other shard's"
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'oil' --timeout 2 --allow-partial --count
expect_eq "$out" "$("$NEWSARC_QUERY" --db "$TEST_TMP/shard-0" oil --count)" "partial count is the other shard's"
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'oil' --timeout 2 --allow-partial
expect_contains "$err" "shard remote 127.0.0.1:$port1 did not answer; results are partial" "text says so"

# It comes back on the same port: used again, nothing restarted.
setsid xapian-tcpsrv --interface 127.0.0.1 --port "$port1" "$TEST_TMP/shard-1" >"$TEST_TMP/tcpsrv-again.log" 2>&1 &
servers+=("$!")
for _ in $(seq 50); do grep -q Listening "$TEST_TMP/tcpsrv-again.log" && break; sleep 0.1; done
run "$NEWSARC_QUERY" --db "$TEST_TMP/remote.stub" 'oil prices' --format jsonl -n 50
expect_eq "$(jq -r .id <<<"$out")" "$("$NEWSARC_QUERY" --db "$TEST_TMP/all" 'oil prices' --format jsonl -n 50 | jq -r .id)" \
    "the shard that came back is searched again"

printf 'remote :nowhere\n' >"$TEST_TMP/bad.stub"
run "$NEWSARC_QUERY" --db "$TEST_TMP/bad.stub" oil
expect_status 2 "a bad stub line"
expect_contains "$err" "bad.stub:1" "the bad stub line is named"
finish
