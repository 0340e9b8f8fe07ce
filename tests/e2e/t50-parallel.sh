# Building on several cores (shards merged by compaction) gives the same archive as one writer, and an
# interrupted sharded build resumes without losing or duplicating articles.
source "$(dirname "$0")/lib.sh"
sgm="$TEST_DATA/reuters/reut2-000.sgm"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"

ids_of() {  # every id in the database, sorted
    "$NEWSARC_QUERY" --db "$1" 'date:..2100' --no-collapse --limit 100000 --format jsonl | jq -r .id | sort
}

run "$NEWSARC_INDEX" add --db "$TEST_TMP/one" -j 1 --format json "$sgm" "$seed"
expect_status 0 "one writer"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/four" -j 4 --format json "$sgm" "$seed" "$sgm"
expect_status 0 "four shards"
expect_eq "$(jq -r .documents <<<"$out")" "1001" "duplicates across inputs collapse in their shard"
[ -d "$TEST_TMP/four.build" ] && fail "the build folder is removed after the merge"
expect_eq "$(ids_of "$TEST_TMP/four" | md5sum)" "$(ids_of "$TEST_TMP/one" | md5sum)" "same ids"
for q in coffee 'author:"cal mankowski"' '"bahia cocoa"' 'topic:grain date:1987-03-02'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/four" "$q" --count)" "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" "$q" --count)" "same count for $q"
done
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/four" coffee --no-collapse --format jsonl --limit 5 | jq -r .id)" \
          "$("$NEWSARC_QUERY" --db "$TEST_TMP/one" coffee --no-collapse --format jsonl --limit 5 | jq -r .id)" "same ranking"

# A sharded build killed before its merge leaves <db>.build/; the next run resumes it.
mkdir -p "$TEST_TMP/big"
for i in 1 2 3 4 5 6; do cp "$sgm" "$TEST_TMP/big/part$i.sgm"; done
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/killed" -j 2 "$TEST_TMP/big" &
pid=$!
for _ in $(seq 1 100); do
    [ -d "$TEST_TMP/killed.build/shard-1" ] && break
    sleep 0.02
done
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
[ -f "$TEST_TMP/killed.build/shards" ] || fail "the kill came before the build started or after it ended"
# The build holds the archive's lock, so the archive exists from the start, empty until the merge.
got=$("$NEWSARC_INDEX" stats --db "$TEST_TMP/killed" --format json 2>/dev/null | jq -r .documents)
[ "${got:-0}" -eq 0 ] || fail "documents appear before the merge: $got"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/killed" -j 2 --format json "$TEST_TMP/big"
expect_status 0 "resumed build"
expect_eq "$(jq -r .documents <<<"$out")" "1000" "resumed build has every article once"
[ -d "$TEST_TMP/killed.build" ] && fail "the build folder is removed after the resumed merge"

# Adding to an existing archive uses one writer and keeps it searchable.
run "$NEWSARC_INDEX" add --db "$TEST_TMP/four" -j 4 --format json "$TEST_TMP/big"
expect_eq "$(jq -r .unchanged <<<"$out")" "6000" "unchanged on re-add"
expect_eq "$(jq -r .documents <<<"$out")" "1001" "still 1001"

finish
