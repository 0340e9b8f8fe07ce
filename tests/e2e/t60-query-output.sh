# newsarc-query's lookups and machine formats: --show by id or URL, url: and site: in any spelling,
# tsv with --fields, --explain, collapsing.
source "$(dirname "$0")/lib.sh"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"
url="https://www.jpost.com/breaking-news/article-817267"
"$NEWSARC_INDEX" add -q "$seed" "$TEST_DATA/reuters/reut2-000.sgm"

for spelling in "$url" "http://jpost.com/breaking-news/article-817267#comments" "jpost.com/breaking-news/article-817267?utm_source=feed"; do
    run "$NEWSARC_QUERY" --count "url:$spelling"
    expect_eq "$out" "1" "url: $spelling"
done
run "$NEWSARC_QUERY" --count 'site:WWW.JPost.com'
expect_eq "$out" "1" "site: in capitals with www."

run "$NEWSARC_QUERY" --show "$url" --format json
expect_status 0 "--show URL"
expect_eq "$(jq -r .authors[0] <<<"$out")" "Tovah Lazaroff" "--show prints the stored article"
run "$NEWSARC_QUERY" --show reuters21578-1
expect_contains "$out" "title:     BAHIA COCOA REVIEW" "--show id as text"
expect_contains "$out" "Showers continued throughout the week" "--show prints the body"
run "$NEWSARC_QUERY" --show reuters21578-99999
expect_status 1 "--show of a missing article"

run "$NEWSARC_QUERY" coffee --format tsv --fields rank,id,title --limit 3
expect_status 0 "tsv"
expect_eq "$(head -n 1 <<<"$out")" $'rank\tid\ttitle' "tsv header"
expect_eq "$(wc -l <<<"$out")" "4" "header and three rows"
expect_eq "$(sed -n 2p <<<"$out" | cut -f1)" "1" "first rank"
run "$NEWSARC_QUERY" coffee --format tsv --fields rank,colour
expect_status 2 "unknown field"

run "$NEWSARC_QUERY" '"military secretary"' --explain --color never
expect_contains "$out" "parsed: Query(" "--explain"

# reut2-000 carries the Manila story three times: NEWID 230 and 240 word for word, 347 rewritten.
# The copies collapse into one result with "+1 similar"; the rewrite stays apart.
manila='[.results[] | select(.title == "MANILA SAID TO OFFER DEBT BONDS TO BANKS")]'
run "$NEWSARC_QUERY" manila debt bonds --format json
expect_eq "$(jq "$manila | length" <<<"$out")" "2" "copies collapsed"
expect_eq "$(jq -c "[$manila[] | .similar] | sort" <<<"$out")" "[0,1]" "+1 similar"
run "$NEWSARC_QUERY" manila debt bonds --format json --no-collapse
expect_eq "$(jq "$manila | length" <<<"$out")" "3" "--no-collapse shows all three"

# A reader that stops early (| head) is not an error.
"$NEWSARC_QUERY" 'date:1987' --limit 500 --color never | head -n 1 >/dev/null
expect_eq "${PIPESTATUS[0]}" "0" "query into a closed pipe ends with status 0"
"$NEWSARC_INDEX" clean "$TEST_DATA/reuters/reut2-000.sgm" | head -c 10 >/dev/null
expect_eq "${PIPESTATUS[0]}" "0" "clean into a closed pipe ends with status 0"

finish
