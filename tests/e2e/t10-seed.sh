# The seed article end to end: clean, index, find by phrase, author and date; re-adding is idempotent.
source "$(dirname "$0")/lib.sh"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"

run "$NEWSARC_INDEX" clean --format jsonl "$seed"
expect_status 0 "clean seed"
expect_eq "$(jq -r '.authors | join("|")' <<<"$out")" "Tovah Lazaroff" "seed authors"
expect_eq "$(jq -r .published <<<"$out")" "2024-09-01T14:50:00" "seed published"
expect_eq "$(jq -r .site <<<"$out")" "jpost.com" "seed site"
expect_eq "$(jq -r .section <<<"$out")" "breaking-news" "seed section"
expect_eq "$(jq -r .source <<<"$out")" "$seed:1" "seed source"
body=$(jq -r .body <<<"$out")
expect_eq "$(grep -o 'Russia has not been an active part' <<<"$body" | wc -l)" "1" "cumulative repetition undone"
expect_eq "$(grep -o 'I would like to tell you how much I regret' <<<"$body" | wc -l)" "1" "last paragraph once"
expect_not_contains "$body" "deal.Russia" "glued sentence split"
expect_not_contains "$body" "MoscowTies" "glued heading split"
expect_not_contains "$body" "Subscribe" "newsletter removed"
expect_contains "$body" $'Strained ties between Jerusalem and Moscow\n\nTies between' "sub-heading is its own paragraph"

run "$NEWSARC_INDEX" add "$seed"
expect_status 0 "add seed"
expect_contains "$out" "added 1," "add summary"
expect_eq "$(doc_count)" "1" "one document"

run "$NEWSARC_QUERY" '"military secretary"' --format json
expect_status 0 "phrase query"
expect_eq "$(jq -r '.results[0].url' <<<"$out")" "https://www.jpost.com/breaking-news/article-817267" "phrase finds the seed"
expect_eq "$(jq -r '.results[0].authors[0]' <<<"$out")" "Tovah Lazaroff" "json authors"
expect_contains "$(jq -r '.results[0].snippet' <<<"$out")" "military secretary" "snippet shows the match"

run "$NEWSARC_QUERY" '"military secretary returned"'
expect_status 1 "a phrase the seed does not contain"

run "$NEWSARC_QUERY" --author lazaroff --format jsonl
expect_status 0 "--author lazaroff"
expect_eq "$(wc -l <<<"$out")" "1" "--author gives one result"

run "$NEWSARC_QUERY" 'date:2024-09-01..2024-09-01' --count
expect_status 0 "date range on the day"
expect_eq "$out" "1" "date range count"
run "$NEWSARC_QUERY" 'date:2024-09-02..' --count
expect_status 1 "date range after the day"
expect_eq "$out" "0" "date range after count"
run "$NEWSARC_QUERY" hostage 'date:2024' 'site:jpost.com' 'section:breaking-news' 'author:lazaroff' --count
expect_eq "$out" "1" "fields combined"

# Re-adding the same file changes nothing.
run "$NEWSARC_INDEX" add "$seed"
expect_status 0 "re-add seed"
expect_contains "$out" "added 0, replaced 0, unchanged 1" "re-add summary"
expect_eq "$(doc_count)" "1" "still one document"

finish
