# Bad input: each rejected file gets one `file:line: error: reason`, the rest is still indexed, exit 1;
# repairable problems are warnings and the article is kept.
source "$(dirname "$0")/lib.sh"
bad="$TEST_DATA/bad"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"

# Each rejected file together with the seed: the seed is indexed, the bad file named with a reason.
check_rejected() {  # check_rejected FILE EXPECTED_LOCATION REASON_WORD
    rm -rf "$NEWSARC_DB"
    run "$NEWSARC_INDEX" add "$1" "$seed"
    expect_status 1 "$(basename "$1") rejected"
    expect_contains "$err" "$2: error:" "$(basename "$1") diagnostic location"
    expect_contains "$err" "$3" "$(basename "$1") reason"
    expect_contains "$out" "rejected 1" "$(basename "$1") summary"
    expect_eq "$(doc_count)" "1" "$(basename "$1"): the seed is still indexed"
}
check_rejected "$bad/empty.txt" "$bad/empty.txt" "empty"
check_rejected "$bad/missing-header.txt" "$bad/missing-header.txt:3" "missing header"
check_rejected "$bad/truncated.txt.zst" "$bad/truncated.txt.zst" "truncated"
check_rejected "$bad/binary.txt" "$bad/binary.txt" "binary"
check_rejected "$TEST_TMP/does-not-exist.txt" "$TEST_TMP/does-not-exist.txt" "no such file"

# One broken JSON line among good ones: the good ones are indexed.
rm -rf "$NEWSARC_DB"
run "$NEWSARC_INDEX" add "$bad/mixed.jsonl"
expect_status 1 "mixed.jsonl"
expect_contains "$err" "$bad/mixed.jsonl:3: error:" "broken JSON line named"
expect_eq "$(grep -c ': error:' <<<"$err")" "1" "exactly one error"
expect_eq "$(doc_count)" "3" "the three good JSON lines are indexed"

# An unparseable date is a warning: published is null, never 1970.
run "$NEWSARC_INDEX" clean "$bad/bad-date.txt"
expect_status 0 "bad date is not a rejection"
expect_contains "$err" "$bad/bad-date.txt:1: warning:" "bad date warning"
expect_contains "$err" "SOMEDAY, 2024" "warning quotes the date"
expect_eq "$(jq -r .published <<<"$out")" "null" "unknown date is null"

# Invalid UTF-8 is repaired with a warning and the article kept.
run "$NEWSARC_INDEX" clean "$bad/invalid-utf8.txt"
expect_status 0 "invalid UTF-8 is not a rejection"
expect_contains "$err" "warning: invalid UTF-8" "UTF-8 warning"
jq -e . <<<"$out" >/dev/null || fail "repaired article is valid JSON"

# A missing database is one line naming the path and how to create it.
run "$NEWSARC_QUERY" --db "$TEST_TMP/nowhere" anything
expect_status 2 "missing database"
expect_contains "$err" "$TEST_TMP/nowhere" "message names the path"
expect_contains "$err" "newsarc-index add" "message says how to create it"
expect_eq "$(wc -l <<<"$err")" "1" "one line"

# Bad dates in queries are errors quoting the text, never a match on 1970.
"$NEWSARC_INDEX" add -q "$seed"
run "$NEWSARC_QUERY" 'date:2024-13..'
expect_status 2 "invalid month"
expect_contains "$err" '"2024-13"' "quotes the bad date"
run "$NEWSARC_QUERY" hostage --since yesteryear
expect_status 2 "invalid --since"
expect_contains "$err" '"yesteryear"' "quotes the bad --since"
run "$NEWSARC_QUERY" --sort sideways hostage
expect_status 2 "bad option value"

finish
