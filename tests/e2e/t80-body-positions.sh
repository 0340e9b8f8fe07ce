# An archive created with body positions (the default) answers phrases from positions; one created
# with --no-body-positions checks them on the stored text. Both give the same answers on real articles; the setting stays with the archive.
source "$(dirname "$0")/lib.sh"
sgm="$TEST_DATA/reuters/reut2-000.sgm"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/text" --no-body-positions "$sgm" "$seed"
"$NEWSARC_INDEX" add -q --db "$TEST_TMP/pos" "$sgm" "$seed"

for q in '"military secretary"' '"the company said"' '"coffee prices"' '"said it"' 'coffee NEAR brazil' \
         '"bahia cocoa"' 'grain -"soviet union"' '"u.s. agriculture department"' '"mln dlrs" date:1987-02' \
         '"crude oil" -pric*' '"crude oil" OR pric*' '"crude oil" OR date:1900-01-15..1987-03-01'; do
    expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/text" "$q" --count)" "$("$NEWSARC_QUERY" --db "$TEST_TMP/pos" "$q" --count)" "count of $q"
done
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/text" '"the company said"' --no-collapse --limit 5 --format jsonl | jq -r .id)" \
          "$("$NEWSARC_QUERY" --db "$TEST_TMP/pos" '"the company said"' --no-collapse --limit 5 --format jsonl | jq -r .id)" "same top five"

# Adding to an archive keeps how it was created.
run "$NEWSARC_INDEX" add --db "$TEST_TMP/text" --body-positions "$seed"
expect_contains "$err" "created without body positions" "the setting cannot change later"
run "$NEWSARC_INDEX" add --db "$TEST_TMP/text" "$seed"
expect_not_contains "$err" "created without" "no warning when the option is not given"
expect_eq "$("$NEWSARC_QUERY" --db "$TEST_TMP/text" '"the company said"' --count)" \
          "$("$NEWSARC_QUERY" --db "$TEST_TMP/pos" '"the company said"' --count)" "still checked on the text"

finish
