#!/usr/bin/env bash
# A sharded archive (add --shards N, init --shards N): articles are routed to shards by id, the
# archive answers exactly as one database holding the same articles, re-adding finds every article
# in its shard, and the maintenance commands work shard by shard.
source "$(dirname "$0")/lib.sh"

inputs=("$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl")
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/one" "${inputs[@]}"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/sharded" --shards 3 --format json "${inputs[@]}"
expect_status 0 "add --shards 3"
expect_eq "$(jq -r .added <<<"$out")" "$("$NEWSARC_INDEX" stats --db "$TEST_TMP/one" --format json | jq -r .documents)" \
    "every article added"
expect_eq "$(grep -c '^auto shard-' "$TEST_TMP/sharded/XAPIANDB")" 3 "three shards in the stub"
for i in 0 1 2; do
    n=$("$NEWSARC_INDEX" stats --db "$TEST_TMP/sharded/shard-$i" --format json 2>/dev/null | jq -r .documents)
    [ "$n" -gt 200 ] || fail "shard $i holds only $n articles: routing does not spread them"
done

# A first build is compacted shard by shard: compacting again gains little.
"$NEWSARC_INDEX" compact --db "$TEST_TMP/sharded" --to "$TEST_TMP/recompacted" >/dev/null
built=$(du -sb "$TEST_TMP/sharded" | cut -f1)
recompacted=$(du -sb "$TEST_TMP/recompacted" | cut -f1)
[ $((built * 10)) -le $((recompacted * 11)) ] || fail "a fresh sharded archive is $built bytes, $recompacted once compacted"

for q in 'oil prices' 'topic:coffee' 'date:1987-03-02' 'hostage deal' 'author:mankowski'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" "$q" --format jsonl -n 50 | jq -r .id)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" "$q" --format jsonl -n 50 | jq -r .id)" "same ids in order for '$q'"
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" "$q" --format json --facets author,topic,year | jq -S -c .facets)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" "$q" --format json --facets author,topic,year | jq -S -c .facets)" \
        "same facets for '$q'"
done

# A wildcard's expansion is weighted per shard (Xapian estimates the synonym's frequency in each),
# so its order may differ slightly (and with it which copy of a near-duplicate stands for the
# others); the matches are the same.
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" 'bank*' --count)" "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" 'bank*' --count)" \
    "same count for a wildcard"
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" 'bank*' --no-collapse --format jsonl -n 500 | jq -r .id | sort)" \
    "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" 'bank*' --no-collapse --format jsonl -n 500 | jq -r .id | sort)" "same matches for a wildcard"

run "$NEWSARC_INDEX" add --db "$TEST_TMP/sharded" --format json "${inputs[@]}"
expect_eq "$(jq -c '[.added, .replaced]' <<<"$out")" "[0,0]" "re-adding finds every article in its shard"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/sharded" --shards 4 "$TEST_DATA/seed"
expect_status 2 "a different shard count is refused"

run "$NEWSARC_INDEX" remove --db "$TEST_TMP/sharded" --query 'topic:coffee' --format json
expect_eq "$(jq -r .removed <<<"$out")" "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" topic:coffee --count)" "remove over shards"
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" topic:coffee --count)" 0 "removed from every shard"
run "$NEWSARC_INDEX" remove --db "$TEST_TMP/sharded" --id jpost.com-01fd0fb4c54a
expect_contains "$out" "removed 1 article" "remove one id from its shard"

run "$NEWSARC_INDEX" compact --db "$TEST_TMP/sharded"
expect_status 0 "compact shard by shard"
run "$NEWSARC_INDEX" compact --db "$TEST_TMP/sharded" --to "$TEST_TMP/copy"
expect_status 0 "compact --to of a sharded archive"
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/copy" oil --count)" "$("$NEWSARC_QUERY" --db "$TEST_TMP/sharded" oil --count)" \
    "the compacted copy answers like the archive"
run "$NEWSARC_INDEX" check --db "$TEST_TMP/sharded"
expect_status 0 "check over shards"
count=$("$NEWSARC_INDEX" stats --db "$TEST_TMP/sharded" --format json | jq -r .documents)
expect_eq "$("$NEWSARC_INDEX" export --db "$TEST_TMP/sharded" | wc -l)" "$count" "export over shards"

run "$NEWSARC_INDEX" init --db "$TEST_TMP/empty" --shards 2
expect_status 0 "init --shards 2"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/empty" "$TEST_DATA/seed"
expect_contains "$out" "added 1" "add into an archive made by init"
# sync and reindex work shard by shard: a sharded archive and one database given the same commands
# end with the same articles and the same answers.
src=$TEST_TMP/src
mkdir -p "$src"
cp "$TEST_DATA/reuters/reut2-000.sgm" "$TEST_DATA/good/sample.jsonl" "$TEST_DATA/seed/000_bb8a75b0104a1e04.txt" "$src/"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/s-one" "$src"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/s-sharded" --shards 3 "$src"
rm "$src/sample.jsonl"
for db in s-one s-sharded; do
    run "$NEWSARC_INDEX" sync --db "$TEST_TMP/$db" "$src" --format json
    expect_status 0 "sync on $db"
    jq -c '[.added, .replaced, .unchanged, .removed, .documents]' <<<"$out" >"$TEST_TMP/$db.sync"
done
expect_eq "$(jq -r '.[3]' "$TEST_TMP/s-sharded.sync")" 3 "sync removes the gone file's articles from their shards"
expect_eq "$(cat "$TEST_TMP/s-sharded.sync")" "$(cat "$TEST_TMP/s-one.sync")" "sync counts as on one database"
rm "$src/000_bb8a75b0104a1e04.txt"  # its article is re-cleaned from the stored copy
for db in s-one s-sharded; do
    run "$NEWSARC_INDEX" reindex --all --db "$TEST_TMP/$db" --format json
    expect_status 0 "reindex --all on $db"
    jq -c '[.outdated, .from_source, .from_stored, .rejected, .documents]' <<<"$out" >"$TEST_TMP/$db.reindex"
done
expect_eq "$(jq -r '.[2]' "$TEST_TMP/s-sharded.reindex")" 1 "reindex finds the stored article in its shard"
expect_eq "$(cat "$TEST_TMP/s-sharded.reindex")" "$(cat "$TEST_TMP/s-one.reindex")" "reindex counts as on one database"
run "$NEWSARC_INDEX" check --db "$TEST_TMP/s-sharded"
expect_status 0 "check after sync and reindex"
expect_eq "$("$NEWSARC_INDEX" export --db "$TEST_TMP/s-sharded" | jq -r .id | sort)" \
    "$("$NEWSARC_INDEX" export --db "$TEST_TMP/s-one" | jq -r .id | sort)" "the same articles remain"
for q in 'oil prices' 'lazaroff'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/s-sharded" "$q" --format jsonl -n 50 | jq -r .id)" \
        "$("$NEWSARC_QUERY" --db "$TEST_TMP/s-one" "$q" --format jsonl -n 50 | jq -r .id)" "same ids after reindex for '$q'"
done

# An article written straight into a shard it does not route to breaks the archive's invariant.
for i in 0 1 2; do "$NEWSARC_INDEX" add -q --db "$TEST_TMP/copy/shard-$i" "$TEST_DATA/seed"; done
run "$NEWSARC_INDEX" check --db "$TEST_TMP/copy" -j 2
expect_status 1 "check finds articles in the wrong shard"
expect_contains "$out" "but its id routes to shard" "check names the misplaced article"
finish
