#!/usr/bin/env bash
# Every command that takes a query acts on exactly the articles `newsarc-query --no-collapse` shows
# for it: `export QUERY` writes them and `remove --query QUERY` removes them and nothing else. On an
# archive without body positions phrases are checked on the stored text, and a maintenance command
# that skipped the check would remove or export articles the search never showed (or miss some).
# Checked on an archive with body positions, one without, and one without in two shards.
source "$(dirname "$0")/lib.sh"

inputs=("$TEST_DATA/reuters/reut2-000.sgm" "$TEST_DATA/seed")
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/positions" "${inputs[@]}" || fail "add (body positions)"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/no-positions" --no-body-positions "${inputs[@]}" || fail "add --no-body-positions"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/sharded" --no-body-positions --shards 2 "${inputs[@]}" ||
    fail "add --no-body-positions --shards 2"

queries=(
    '"oil prices"' '"crude oil"' 'oil -"crude oil"' '"the company said"' '"said it" -"the company said"'
    'oil NEAR prices' 'coffee NEAR brazil' 'grain -"soviet union"' '"u.s. agriculture department"'
    'oil*' 'pric* "crude oil"' 'title:oil' 'title:oil -"crude oil"' 'topic:crude' 'topic:crude -"oil prices"'
    'place:brazil coffee' 'site:jpost.com' 'site:jpost.com "military secretary"' 'date:1987-03'
    '"mln dlrs" date:1987-02' '"crude oil" OR topic:coffee' '("oil prices" OR "crude oil") -topic:crude'
    '"no such phrase anywhere"'
)

# search DB QUERY: the ids newsarc-query matches, sorted, in $searched; its exit status in
# $search_status.
search() {
    "$NEWSARC_QUERY" --db "$1" --no-collapse --format jsonl --limit 100000 "$2" >"$TEST_TMP/search.jsonl" 2>"$TEST_TMP/search.err"
    search_status=$?
    searched=$(jq -r .id "$TEST_TMP/search.jsonl" | sort)
}

# export_query DB QUERY: the ids `export QUERY` writes, sorted, in $exported; its exit status in
# $export_status.
export_query() {
    "$NEWSARC_INDEX" export --db "$1" --quiet "$2" >"$TEST_TMP/export.jsonl" 2>"$TEST_TMP/export.err"
    export_status=$?
    exported=$(jq -r .id "$TEST_TMP/export.jsonl" | sort)
}

# check_removal DB QUERY EXPECTED_IDS ALL_IDS: `remove --query` on a copy removes exactly the
# expected ids and keeps every other article.
check_removal() {
    local db=$1 q=$2 expected=$3 all=$4 copy="$TEST_TMP/copy"
    rm -rf "$copy"
    cp -r "$db" "$copy"
    run "$NEWSARC_INDEX" remove --db "$copy" --query "$q" --yes --format json
    expect_status 0 "$(basename "$db"): remove --query '$q'"
    local expected_count=0
    [ -n "$expected" ] && expected_count=$(wc -l <<<"$expected")
    expect_eq "$(jq -r .removed <<<"$out")" "$expected_count" "$(basename "$db"): removed by '$q'"
    local left
    left=$("$NEWSARC_INDEX" export --db "$copy" --quiet | jq -r .id | sort)
    expect_eq "$left" "$(comm -23 <(printf '%s\n' "$all") <(printf '%s\n' "$expected") | sed '/^$/d')" \
        "$(basename "$db"): the articles left after removing '$q'"
    run "$NEWSARC_QUERY" --db "$copy" --count "$q"
    expect_eq "$out" 0 "$(basename "$db"): '$q' finds nothing once removed"
}

for db in "$TEST_TMP/positions" "$TEST_TMP/no-positions" "$TEST_TMP/sharded"; do
    name=$(basename "$db")
    all=$("$NEWSARC_INDEX" export --db "$db" --quiet | jq -r .id | sort)
    for q in "${queries[@]}"; do
        search "$db" "$q"
        export_query "$db" "$q"
        [ "$search_status" -le 1 ] || fail "$name: newsarc-query '$q' failed: $(cat "$TEST_TMP/search.err")"
        expect_eq "$export_status" "$search_status" "$name: export's exit status for '$q' (stderr: $(cat "$TEST_TMP/export.err"))"
        expect_eq "$exported" "$searched" "$name: export '$q' writes what newsarc-query matches"
        check_removal "$db" "$q" "$searched" "$all"
    done
done

# The queries mean something here: phrases select fewer articles than their words, both ways.
search "$TEST_TMP/positions" '"crude oil"'
with_positions=$searched
search "$TEST_TMP/no-positions" '"crude oil"'
expect_eq "$searched" "$with_positions" "a phrase matches the same articles with and without body positions"
[ "$("$NEWSARC_QUERY" --db "$TEST_TMP/no-positions" --count '"oil prices"')" -lt \
    "$("$NEWSARC_QUERY" --db "$TEST_TMP/no-positions" --count 'oil prices')" ] || fail "a phrase selects fewer than its words"
[ "$("$NEWSARC_QUERY" --db "$TEST_TMP/no-positions" --count 'oil -"crude oil"')" -gt 0 ] || fail "a negated phrase keeps some"

finish
