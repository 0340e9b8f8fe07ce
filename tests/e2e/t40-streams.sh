# Inputs from standard input, zstd-compressed files and folders give the same articles as plain files.
source "$(dirname "$0")/lib.sh"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"
good="$TEST_DATA/good"

plain=$("$NEWSARC_INDEX" clean "$seed" | jq -c 'del(.source)')
zst=$("$NEWSARC_INDEX" clean "$good/seed.txt.zst" | jq -c 'del(.source)')
expect_eq "$zst" "$plain" ".zst gives the same article"
piped=$("$NEWSARC_INDEX" clean - <"$seed" | jq -c 'del(.source, .id)')
expect_eq "$piped" "$(jq -c 'del(.id)' <<<"$plain")" "stdin gives the same article"
zpiped=$(zstd -q -c "$seed" | "$NEWSARC_INDEX" clean - | jq -c 'del(.source, .id)')
expect_eq "$zpiped" "$(jq -c 'del(.id)' <<<"$plain")" "compressed stdin is detected"

# JSON Lines keep unknown fields and take author or authors.
run "$NEWSARC_INDEX" clean "$good/sample.jsonl"
expect_status 0 "sample.jsonl"
expect_eq "$(jq -s length <<<"$out")" "$(grep -c . "$good/sample.jsonl")" "one article per line"

# A folder is walked recursively; the same articles added twice are not duplicated.
mkdir -p "$TEST_TMP/tree/a/b"
cp "$seed" "$TEST_TMP/tree/a/"
cp "$good/sample.jsonl" "$TEST_TMP/tree/a/b/"
echo "not an article" >"$TEST_TMP/tree/notes.md"
run "$NEWSARC_INDEX" add --format json "$TEST_TMP/tree"
expect_status 0 "folder add"
expected=$((1 + $(grep -c . "$good/sample.jsonl")))
expect_eq "$(jq -r .added <<<"$out")" "$expected" "folder: every article file, nothing else"
run "$NEWSARC_INDEX" add --format json "$TEST_TMP/tree" "$good/seed.txt.zst"
expect_eq "$(jq -r .added <<<"$out")" "0" "second add adds nothing"
expect_eq "$(doc_count)" "$expected" "no duplicates"

# A changed source is cleaned and replaced; the unchanged ones are skipped without cleaning.
grep -q 'The central library will stay open' "$good/sample.jsonl" || fail "sample.jsonl changed: update this test"
sed 's/The central library will stay open/The central library will remain open/' "$good/sample.jsonl" >"$TEST_TMP/tree/a/b/sample.jsonl"
run "$NEWSARC_INDEX" add --format json "$TEST_TMP/tree"
expect_eq "$(jq -r .replaced <<<"$out")" "1" "the edited article is replaced"
expect_eq "$(jq -r .unchanged <<<"$out")" "$((expected - 1))" "the others are unchanged"
expect_eq "$(doc_count)" "$expected" "still no duplicates"

finish
