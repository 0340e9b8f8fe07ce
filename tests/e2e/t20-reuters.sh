# Reuters-21578 (reut2-000.sgm, 1,000 articles) end to end: ids, bylines, dates, topics, idempotence.
source "$(dirname "$0")/lib.sh"
sgm="$TEST_DATA/reuters/reut2-000.sgm"

run "$NEWSARC_INDEX" add --format json "$sgm"
expect_status 0 "add reut2-000.sgm"
added=$(jq -r .added <<<"$out")
rejected=$(jq -r .rejected <<<"$out")
expect_eq "$((added + rejected))" "1000" "every article added or rejected"
expect_eq "$(doc_count)" "$added" "document count"

run "$NEWSARC_QUERY" 'author:"Cal Mankowski"' --format json
expect_status 0 "author phrase"
expect_eq "$(jq -r '.results | length' <<<"$out")" "2" "Cal Mankowski wrote two articles in reut2-000"
expect_eq "$(jq -r '[.results[].authors[0]] | unique | join("|")' <<<"$out")" "Cal Mankowski" "byline normalised"

# The file has 229 articles dated 26 February, 39 on 1 March, 608 on 2 March, 124 on 3 March.
run "$NEWSARC_QUERY" 'date:1987-03-01..1987-03-02' --count
expect_eq "$out" "647" "articles of 1-2 March 1987"
run "$NEWSARC_QUERY" --on 1987-02 --count
expect_eq "$out" "229" "articles of February 1987"
run "$NEWSARC_QUERY" --since 1987-03-03 --count
expect_eq "$out" "124" "articles from 3 March 1987"

# Topics are boolean filters: 13 articles carry the topic coffee.
run "$NEWSARC_QUERY" topic:coffee --count
expect_eq "$out" "13" "topic:coffee"
run "$NEWSARC_QUERY" id:reuters21578-1 --format json
expect_eq "$(jq -r '.results[0].title' <<<"$out")" "BAHIA COCOA REVIEW" "id filter"
expect_eq "$(jq -r '.results[0].published' <<<"$out")" "1987-02-26T15:01:01" "Reuters date"

run "$NEWSARC_QUERY" coffee --sort newest --limit 5 --format json
expect_status 0 "sorted query"
dates=$(jq -r '.results[].published' <<<"$out")
expect_eq "$dates" "$(sort -r <<<"$dates")" "newest first"

# Facets and the histogram count every match: the months of the file, the coffee articles' topics.
run "$NEWSARC_QUERY" 'date:1987' --histogram month --facets topic --format json --limit 1
expect_eq "$(jq -c '.histogram.series' <<<"$out")" '[{"period":"1987-02","count":229},{"period":"1987-03","count":771}]' "histogram by month"
run "$NEWSARC_QUERY" topic:coffee --facets topic,place --format json
expect_eq "$(jq -c '.facets.topic[0]' <<<"$out")" '{"value":"coffee","count":13}' "topic facet"
run "$NEWSARC_QUERY" topic:coffee --histogram day --color never
expect_contains "$out" "matches by day" "histogram in text"
expect_contains "$out" "█" "histogram bars"

# stats: every article is of 1987; the bylines name Patti Domm four times (grep -c "Patti Domm");
# stored articles with the archive's zstd dictionary take well under 0.4 of their size.
run "$NEWSARC_INDEX" stats --format json
expect_eq "$(jq -c '.by_year' <<<"$out")" "[{\"year\":\"1987\",\"count\":$added}]" "stats by year"
expect_eq "$(jq -c '.top_authors[0]' <<<"$out")" '{"author":"Patti Domm","count":4}' "stats top author"
expect_eq "$(jq '.stored_ratio < 0.4 and .zstd_dictionary == 1' <<<"$out")" "true" "stored text compressed with the dictionary"
expect_eq "$(jq -c '.cleaner_versions | unique | length' <<<"$out")" "1" "one cleaner version"

run "$NEWSARC_INDEX" add --format json "$sgm"
expect_eq "$(jq -r .unchanged <<<"$out")" "$added" "re-add: all unchanged"
expect_eq "$(jq -r .added <<<"$out")" "0" "re-add: nothing added"
expect_eq "$(doc_count)" "$added" "re-add: count unchanged"

finish
