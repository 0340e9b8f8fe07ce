# Boilerplate learned per site from the archive itself: a promotional line that recurs under a site's
# articles is removed, even in wording no pattern list knows; it is remembered for later additions;
# a line in one article only is content. `clean` learns the same way from the files it is given.
source "$(dirname "$0")/lib.sh"
promo="Tap the bell icon below to never miss a Harbour Gazette exclusive."
bodies=(
  "The city council approved the new cycle lanes on Tuesday after a long debate."
  "Ferry services to the outer islands will resume next week, the operator said."
  "The museum reopened its maritime wing after a two-year renovation."
  "Local fishermen reported the largest cod catch in a decade this spring."
  "A new bakery on Quay Street drew queues on its first morning."
  "Residents voted to keep the Saturday market in the old town square."
)
: >"$TEST_TMP/gazette.jsonl"
for i in "${!bodies[@]}"; do
    jq -cn --arg t "Harbour news $i" --arg u "https://harbour-gazette.example/local/story-$i" \
           --arg b "${bodies[$i]}"$'\n\n'"Second paragraph of story $i, with details."$'\n\n'"$promo" \
           '{title: $t, url: $u, body: $b}' >>"$TEST_TMP/gazette.jsonl"
done

run "$NEWSARC_INDEX" clean "$TEST_TMP/gazette.jsonl"
expect_status 0 "clean"
expect_not_contains "$out" "bell icon" "clean learns from the files it is given"
expect_contains "$out" "largest cod catch" "content kept"

run "$NEWSARC_INDEX" add "$TEST_TMP/gazette.jsonl"
expect_status 0 "add"
run "$NEWSARC_QUERY" bell icon --count
expect_eq "$out" "0" "the learned line is not indexed"
run "$NEWSARC_QUERY" '"cod catch"' --count
expect_eq "$out" "1" "content is indexed"

# A later, single article of the same site benefits from what was learned.
jq -cn --arg b $'Harbour lights festival starts on Friday.\n\n'"$promo" \
   '{title: "Festival", url: "https://harbour-gazette.example/local/festival", body: $b}' >"$TEST_TMP/later.jsonl"
run "$NEWSARC_INDEX" add "$TEST_TMP/later.jsonl"
run "$NEWSARC_QUERY" --show https://harbour-gazette.example/local/festival --format json
expect_not_contains "$(jq -r .body <<<"$out")" "bell icon" "remembered in the metadata"
expect_contains "$(jq -r .body <<<"$out")" "lights festival" "its content kept"

# Another site's identical line is not touched by this site's list: one article is too little.
jq -cn --arg b $'Another story.\n\n'"$promo" '{title: "Elsewhere", url: "https://other.example/a/b", body: $b}' >"$TEST_TMP/other.jsonl"
run "$NEWSARC_INDEX" clean "$TEST_TMP/other.jsonl"
expect_contains "$out" "bell icon" "one article of another site keeps the line"

finish
