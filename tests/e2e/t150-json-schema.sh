#!/usr/bin/env bash
# The JSON every command prints is pinned: its shape (keys and value types, format_version first)
# must equal tests/data/json-schema/<command>.json. A change of shape fails here until the file
# is updated on purpose and, for a change that can break a script, kLatestFormatVersion is bumped.
# UPDATE_SCHEMAS=1 rewrites the pinned files from the current output.
source "$(dirname "$0")/lib.sh"

pinned="$TEST_DATA/json-schema"
# The shape of a document: objects keep their keys (in order), arrays the shape of their first
# element, scalars become their type.
shape='def s: if type == "object" then with_entries(.value |= s)
               elif type == "array" then (if length > 0 then [.[0] | s] else [] end)
               else type end; s'

check_shape() {  # check_shape NAME COMMAND...
    local name=$1; shift
    "$@" >"$TEST_TMP/json" 2>"$TEST_TMP/json.err"
    local got
    got=$(jq -c "$shape" "$TEST_TMP/json") || { fail "$name: not JSON: $(head -c 300 "$TEST_TMP/json")"; return; }
    expect_eq "$(jq -r 'keys_unsorted[0]' "$TEST_TMP/json")" format_version "$name: format_version comes first"
    if [ -n "${UPDATE_SCHEMAS:-}" ]; then
        jq . <<<"$got" >"$pinned/$name.json"
        return
    fi
    [ -f "$pinned/$name.json" ] || { fail "$name: no pinned schema $pinned/$name.json"; return; }
    expect_eq "$got" "$(jq -c . "$pinned/$name.json")" "$name: JSON shape"
}

"$NEWSARC_INDEX" add -q "$TEST_DATA/reuters" "$TEST_DATA/seed"
check_shape add "$NEWSARC_INDEX" add --format json "$TEST_DATA/good/sample.jsonl"
check_shape stats "$NEWSARC_INDEX" stats --format json
check_shape check "$NEWSARC_INDEX" check --format json
check_shape remove-dry-run "$NEWSARC_INDEX" remove --query topic:coffee --dry-run --format json
check_shape remove "$NEWSARC_INDEX" remove --id reuters21578-42 --format json
check_shape compact "$NEWSARC_INDEX" compact --format json
check_shape config "$NEWSARC_INDEX" config --format json
check_shape query "$NEWSARC_QUERY" 'coffee prices' --format json --facets author,year --histogram month
check_shape query-explain "$NEWSARC_QUERY" 'author:lazaroff' --format json --explain
for command in sync reindex; do
    if "$NEWSARC_INDEX" --help | grep -qE "^ +$command( |$)"; then
        [ -f "$pinned/$command.json" ] || [ -n "${UPDATE_SCHEMAS:-}" ] || fail "$command has no pinned JSON schema"
    fi
done
run "$NEWSARC_QUERY" oil --format json --format-version 99
expect_status 2 "an unknown format version is refused"
finish
