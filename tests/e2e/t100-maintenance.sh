#!/usr/bin/env bash
# Archive maintenance on real articles: remove (by id, URL, query, date; dry runs), export, compact
# with searches running throughout, a compacted backup, and a second writer waiting for the lock.
source "$(dirname "$0")/lib.sh"

"$NEWSARC_INDEX" add -q "$TEST_DATA/reuters" "$TEST_DATA/seed" "$TEST_DATA/good/sample.jsonl"
total=$(doc_count)
[ "$total" -gt 1001 ] || fail "setup: only $total documents"

# --- remove ---------------------------------------------------------------------------------------
run "$NEWSARC_INDEX" remove --id reuters21578-5 --format json
expect_status 0 "remove one id"
expect_eq "$(jq -r .removed <<<"$out")" 1 "remove one id: removed"
expect_eq "$(doc_count)" $((total - 1)) "remove one id: count"
run "$NEWSARC_QUERY" 'id:reuters21578-5' --count
expect_eq "$out" 0 "the removed id is gone"

run "$NEWSARC_INDEX" remove --id reuters21578-5 --id no-such-id
expect_status 1 "remove unknown ids"
expect_contains "$err" "not found: id no-such-id" "remove unknown ids: message"

url=$(jq -r 'select(.url != "") | .url' "$TEST_DATA/good/sample.jsonl" | head -1)
run "$NEWSARC_INDEX" remove --url "${url/https:\/\//http://}#comments"
expect_status 0 "remove by URL spelled differently"
expect_contains "$out" "removed 1 article" "remove by URL: summary"

coffee=$("$NEWSARC_QUERY" 'topic:coffee' --count)
run "$NEWSARC_INDEX" remove --query 'topic:coffee' --dry-run
expect_status 0 "dry run"
expect_contains "$out" "would remove $coffee articles" "dry run: count"
expect_contains "$out" "COFFEE" "dry run: lists titles"
expect_eq "$("$NEWSARC_QUERY" 'topic:coffee' --count)" "$coffee" "dry run removes nothing"
run "$NEWSARC_INDEX" remove --query 'topic:coffee'
expect_eq "$("$NEWSARC_QUERY" 'topic:coffee' --count)" 0 "remove by query"

# Retention: strictly before the day given. 229 February articles, minus the coffee ones removed.
feb_left=$("$NEWSARC_QUERY" 'date:1987-02-01..1987-02-28' --count)
march_first=$("$NEWSARC_QUERY" 'date:1987-03-01' --count)
run "$NEWSARC_INDEX" remove --before 1987-03-01 --format json
expect_eq "$(jq -r .removed <<<"$out")" "$feb_left" "remove --before: February goes"
expect_eq "$("$NEWSARC_QUERY" 'date:1987-03-01' --count)" "$march_first" "remove --before: 1 March stays"

# More than 1,000 matches without --yes is a dry run.
"$NEWSARC_INDEX" add -q "$TEST_DATA/reuters" >/dev/null
before=$(doc_count)
run "$NEWSARC_INDEX" remove --before 2100
expect_status 0 "large removal without --yes"
expect_contains "$out" "add --yes to remove them" "large removal asks for --yes"
expect_eq "$(doc_count)" "$before" "large removal without --yes removes nothing"

run "$NEWSARC_INDEX" remove
expect_status 2 "remove without a selection"

# --- export ---------------------------------------------------------------------------------------
run "$NEWSARC_INDEX" export 'author:lazaroff'
expect_status 0 "export a query"
expect_eq "$(jq -r .id <<<"$out")" "jpost.com-01fd0fb4c54a" "export: the seed's id"
run "$NEWSARC_INDEX" export --format txt 'author:lazaroff'
expect_contains "$out" "id:        jpost.com-01fd0fb4c54a" "export txt carries the id"
run "$NEWSARC_INDEX" export 'zzzqqqnothing'
expect_status 1 "export of a query matching nothing"
run "$NEWSARC_INDEX" export --zst -o "$TEST_TMP/all.jsonl.zst"
expect_eq "$(zstdcat "$TEST_TMP/all.jsonl.zst" | wc -l)" "$(doc_count)" "export --zst: one line per article"
run "$NEWSARC_INDEX" export -o /nonexistent-dir/x.jsonl
expect_status 2 "export to an impossible path"
expect_contains "$err" "/nonexistent-dir/x.jsonl" "export error names the file"

# --- compact, with searches running throughout ----------------------------------------------------
count=$(doc_count)
expected=$("$NEWSARC_QUERY" 'oil' --count)
(
    for _ in $(seq 60); do
        got=$("$NEWSARC_QUERY" 'oil' --count 2>&1) || { echo "search failed: $got"; exit 1; }
        [ "$got" == "$expected" ] || { echo "search saw $got, expected $expected"; exit 1; }
    done
) >"$TEST_TMP/searches" 2>&1 &
searcher=$!
for _ in 1 2 3 4 5; do
    run "$NEWSARC_INDEX" compact
    expect_status 0 "compact in place"
done
wait $searcher || fail "searches during compaction: $(cat "$TEST_TMP/searches")"
expect_eq "$(doc_count)" "$count" "compact keeps every document"
run "$NEWSARC_INDEX" check
expect_status 0 "check after compaction"
ls -d "$NEWSARC_DB".compact-* 2>/dev/null && fail "compaction left its scratch copy"

run "$NEWSARC_INDEX" compact --to "$TEST_TMP/backup" --format json
expect_status 0 "compact --to"
expect_eq "$(jq -r .documents <<<"$out")" "$count" "backup: documents"
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/backup" 'oil' --count)" "$expected" "backup answers like the archive"
run "$NEWSARC_INDEX" compact --to "$TEST_TMP/backup"
expect_status 2 "compact --to an existing copy"

# --- one writer at a time: the second waits and says for whom -------------------------------------
# A writer reading standard input holds the lock until its input ends.
# wait_for_lock [--db DB]: until a writer holds the archive's lock (a loaded machine may take a
# while to start one), at most 5 s.
wait_for_lock() {
    for _ in $(seq 50); do
        [[ "$("$NEWSARC_INDEX" remove "$@" --id nothing-here --wait 0 2>&1)" == *"locked by"* ]] && return 0
        sleep 0.1
    done
    fail "no writer took the lock"
}
(sleep 6; cat "$TEST_DATA/seed/"*.txt) | "$NEWSARC_INDEX" add -q - &
holder=$!
wait_for_lock
run "$NEWSARC_INDEX" remove --id nothing-here --wait 0
expect_status 2 "--wait 0 gives up at once"
expect_contains "$err" "locked by newsarc-index add (pid" "the lock holder is named"
run "$NEWSARC_INDEX" add --wait 30 "$TEST_DATA/good/sample.jsonl"
expect_status 0 "a second writer waits"
expect_contains "$err" "waiting for newsarc-index add" "the waiting writer says so"
wait $holder || fail "the first writer failed"

# The same for a fresh archive built as parallel shards: the second writer waits for the merge and
# adds to what it made, instead of building beside it and replacing it.
(sleep 6; cat "$TEST_DATA/seed/"*.txt) | "$NEWSARC_INDEX" add -q --db "$TEST_TMP/fresh" --jobs 2 - &
holder=$!
wait_for_lock --db "$TEST_TMP/fresh"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/fresh" --jobs 2 --wait 30 "$TEST_DATA/reuters"
expect_status 0 "a second writer on a fresh archive"
wait $holder || fail "the first fresh writer failed"
expect_eq "$("$NEWSARC_INDEX" stats --db "$TEST_TMP/fresh" --format json | jq -r .documents)" 1001 \
    "both writers' articles are in the fresh archive"

finish
