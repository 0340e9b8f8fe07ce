# `reindex`: articles an older cleaner or schema wrote are re-cleaned from their source file where it
# still exists, else from the stored article, and come out as the current cleaner makes them; `--all`
# rewrites everything. The archive is aged with the test tool (newsarc-test-age) on real inputs:
# Reuters, the seed, JSON Lines and an article from standard input.
source "$(dirname "$0")/lib.sh"
: "${NEWSARC_AGE:?run through ctest}"
src="$TEST_TMP/src"
mkdir -p "$src"
cp "$TEST_DATA/reuters/reut2-000.sgm" "$TEST_DATA/good/sample.jsonl" "$TEST_DATA/seed/000_bb8a75b0104a1e04.txt" "$src/"
field() { jq -r ".$1" <<<"$out"; }
schema_version() { "$NEWSARC_INDEX" stats --format json | jq -r .schema_version; }
show() { "$NEWSARC_QUERY" --show "$1" --format json | jq -S -c 'del(.cleaner_version)'; }
ids="reuters21578-1 reuters21578-1000 enw-2024-0412-001 stdin-1"

"$NEWSARC_INDEX" add -q "$src"
jq -cn '{id: "stdin-1", title: "Piped story", body: "Read from standard input, kept only in the archive."}' |
    "$NEWSARC_INDEX" add -q -
total=$(doc_count)
expect_eq "$total" "1005" "1000 Reuters, 3 JSON lines, the seed and one from standard input"
declare -A before
for id in $ids; do before[$id]=$(show "$id"); done
expect_contains "${before[stdin-1]}" "Piped story" "the piped article is shown"

run "$NEWSARC_INDEX" reindex --format json
expect_status 0 "reindex of a current archive"
expect_eq "$(jq -c '[.outdated, .from_source, .from_stored]' <<<"$out")" "[0,0,0]" "nothing is outdated"

# Everything written by "cleaner 2": all of it is re-indexed, each from its file, the piped one from
# its stored copy, and the articles are what they were.
run "$NEWSARC_AGE" "$NEWSARC_DB" 2
expect_eq "$out" "1005" "archive aged"
run "$NEWSARC_INDEX" reindex --format json
expect_status 0 "reindex"
expect_eq "$(jq -c '[.outdated, .from_source, .from_stored, .rejected, .documents]' <<<"$out")" \
    "[1005,1004,1,0,1005]" "all re-indexed, the piped article from the archive"
for id in $ids; do expect_eq "$(show "$id")" "${before[$id]}" "$id unchanged by re-cleaning"; done
expect_eq "$("$NEWSARC_QUERY" --count topic:coffee)" "14" "topics still indexed"
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(field outdated)" "0" "a second reindex has nothing to do"

# A few aged articles: exactly those; one whose source file is gone comes from its stored copy, and
# one whose source was edited since takes the new text.
sed -i 's/Library extends weekend opening hours/Library extends evening opening hours/' "$src/sample.jsonl"
mv "$src/000_bb8a75b0104a1e04.txt" "$TEST_TMP/"
seed_id=$(jq -r .id <<<"$("$NEWSARC_QUERY" site:jpost.com --format json | jq -c '.results[0]')")
run "$NEWSARC_AGE" "$NEWSARC_DB" 2 reuters21578-5 enw-2024-0412-002 "$seed_id"
expect_eq "$out" "3" "three articles aged"
run "$NEWSARC_INDEX" reindex
expect_status 0 "reindex of three"
expect_contains "$out" "reindexed 3 of 3: 2 from their sources, 1 from stored articles" "text summary"
expect_eq "$("$NEWSARC_QUERY" --count 'title:evening')" "1" "the edited source's new title"
expect_eq "$("$NEWSARC_QUERY" --count 'title:"weekend opening"')" "0" "the old title is gone"
expect_eq "$("$NEWSARC_QUERY" --count 'site:jpost.com')" "1" "the seed, re-cleaned from its stored copy"
mv "$TEST_TMP/000_bb8a75b0104a1e04.txt" "$src/"

# An archive of schema 1 (no provenance): re-indexed from the files its stored articles name
# absolutely (as the add above did), the rest from the stored articles, and marked schema 4; the
# articles now record where they came from, so that a sync after deleting a file removes them.
run "$NEWSARC_AGE" "$NEWSARC_DB" 3 --schema-1
expect_eq "$(schema_version)" "1" "archive made schema 1"
# Before the upgrade: searches work and say how to upgrade; writers refuse and say the same.
run "$NEWSARC_QUERY" 'id:reuters21578-1' --count
expect_eq "$out" 1 "an older archive answers queries"
expect_contains "$err" "upgrade it with: newsarc-index reindex --db $NEWSARC_DB" "the query names the upgrade"
run "$NEWSARC_INDEX" add "$TEST_DATA/seed"
expect_status 2 "add into an older archive"
expect_contains "$err" "upgrade it with: newsarc-index reindex --db $NEWSARC_DB" "add names the upgrade"
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(jq -c '[.outdated, .from_source, .from_stored, .rejected]' <<<"$out")" "[1005,1004,1,0]" \
    "schema 1: from the files named in the stored articles"
expect_eq "$(schema_version)" "4" "archive upgraded"
for id in reuters21578-1 stdin-1; do expect_eq "$(show "$id")" "${before[$id]}" "$id kept through the upgrade"; done
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(jq -c '[.added, .replaced, .unchanged, .removed]' <<<"$out")" "[0,0,1004,0]" "provenance recorded by reindex"
rm "$src/sample.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(field removed)" "3" "a deleted file's articles go"

# Schema 1 again, its sources gone: every article from its stored copy; a sync then records
# provenance again (nothing re-indexed).
mkdir "$TEST_TMP/away"
mv "$src"/* "$TEST_TMP/away/"
run "$NEWSARC_AGE" "$NEWSARC_DB" 3 --schema-1
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(jq -c '[.outdated, .from_source, .from_stored, .rejected]' <<<"$out")" "[1002,0,1002,0]" \
    "schema 1 without sources: from stored articles"
mv "$TEST_TMP/away"/* "$src/"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(jq -c '[.added, .replaced, .removed]' <<<"$out")" "[0,0,0]" "sync only records provenance"
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(field outdated)" "0" "nothing left to do"

# --all rewrites every article, outdated or not.
run "$NEWSARC_INDEX" reindex --all --format json
expect_status 0 "reindex --all"
expect_eq "$(jq -c '[.outdated, .from_source + .from_stored, .documents]' <<<"$out")" "[1002,1002,1002]" "--all"
expect_eq "$(show reuters21578-1)" "${before[reuters21578-1]}" "reuters21578-1 unchanged by --all"

# An archive of schema 2 (the stored article in the document data, not in its value slot): it is
# read as it is and answers queries, but its words were analysed as English whatever the language
# (before schema 4), so it says how to upgrade, and reindex re-indexes every article.
cleaner=$("$NEWSARC_INDEX" stats --format json | jq -r '.cleaner_versions[-1]')
run "$NEWSARC_AGE" "$NEWSARC_DB" "$cleaner" --schema-2
expect_eq "$(schema_version)" "2" "archive made schema 2"
run "$NEWSARC_QUERY" 'id:reuters21578-1' --count
expect_eq "$out" 1 "a schema 2 archive answers queries"
expect_contains "$err" "upgrade it with: newsarc-index reindex --db $NEWSARC_DB" "and names the upgrade"
for id in reuters21578-1 stdin-1; do expect_eq "$(show "$id")" "${before[$id]}" "$id read from the document data"; done
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(jq -c '[.outdated, .rejected]' <<<"$out")" "[1002,0]" "schema 2: every article re-indexed"
expect_eq "$(schema_version)" "4" "marked schema 4"
run "$NEWSARC_INDEX" reindex --format json
expect_eq "$(field outdated)" "0" "nothing to re-index"
expect_eq "$(show stdin-1)" "${before[stdin-1]}" "stdin-1 kept through the upgrade"

finish
