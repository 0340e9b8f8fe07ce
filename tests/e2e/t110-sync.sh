# `sync`: the archive follows its sources. On Reuters, the seed and JSON Lines files: a deleted file,
# deleted lines and an edited article are removed or replaced exactly; a moved file takes its
# articles' provenance along; an unreadable file and articles from elsewhere are left alone.
source "$(dirname "$0")/lib.sh"
src="$TEST_TMP/src"
mkdir -p "$src/seed" "$TEST_TMP/elsewhere"
cp "$TEST_DATA/reuters/reut2-000.sgm" "$src/"
cp "$TEST_DATA/good/sample.jsonl" "$src/"
cp "$TEST_DATA/seed/000_bb8a75b0104a1e04.txt" "$src/seed/"
# Ten stories, each with a word of its own (story0word ... story9word).
write_news() {  # write_news FILE FIRST LAST [EDITED_INDEX]
    : >"$1"
    for i in $(seq "$2" "$3"); do
        body="Council story $i mentions story${i}word in its first paragraph."
        [ "${4:-}" == "$i" ] && body="Council story $i was rewritten and now mentions rewrittenword."
        jq -cn --arg id "news-$i" --arg t "Harbourtown story $i" --arg b "$body" \
            '{id: $id, title: $t, url: ("https://council.example/news/" + $id), body: $b}' >>"$1"
    done
}
write_news "$src/news.jsonl" 0 9
write_news "$TEST_TMP/elsewhere/other.jsonl" 20 21

count() { "$NEWSARC_QUERY" --count "$@"; }
field() { jq -r ".$1" <<<"$out"; }

run "$NEWSARC_INDEX" add --format json "$src" "$TEST_TMP/elsewhere/other.jsonl"
expect_status 0 "add"
total=$(field documents)
reuters=$(count 'date:1987')
expect_eq "$reuters" "1000" "Reuters indexed"
expect_eq "$total" "1016" "1000 Reuters + 3 JSON lines + seed + 10 + 2 stories"

# Nothing changed: nothing to do.
run "$NEWSARC_INDEX" sync --format json "$src"
expect_status 0 "sync of unchanged sources"
expect_eq "$(jq -c '[.added, .replaced, .unchanged, .removed]' <<<"$out")" "[0,0,1014,0]" "unchanged sync"
cd "$TEST_TMP/src/seed" && run "$NEWSARC_INDEX" sync --format json ../ && cd - >/dev/null
expect_eq "$(jq -c '[.added, .replaced, .unchanged, .removed]' <<<"$out")" "[0,0,1014,0]" "a relative path names the same files"

# Two lines deleted from a JSON Lines file: exactly those two articles go; the later lines, moved up,
# are not re-indexed (their provenance is updated in place).
sed -i -e '/"news-2"/d' -e '/"news-6"/d' "$src/news.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_status 0 "sync after deleting lines"
expect_eq "$(jq -c '[.added, .replaced, .removed, .documents]' <<<"$out")" "[0,0,2,1014]" "two lines removed"
expect_eq "$(count story2word)" "0" "deleted line 3 is gone"
expect_eq "$(count story6word)" "0" "deleted line 7 is gone"
expect_eq "$(count story7word)" "1" "a shifted line stays"
expect_eq "$(count 'title:harbourtown')" "10" "8 stories left here, 2 elsewhere"

# One article edited: exactly it is replaced.
write_news "$src/news.jsonl" 0 9 4
sed -i -e '/"news-2"/d' -e '/"news-6"/d' "$src/news.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(jq -c '[.added, .replaced, .removed]' <<<"$out")" "[0,1,0]" "one edited article replaced"
expect_eq "$(count story4word)" "0" "old text gone"
expect_eq "$(count rewrittenword)" "1" "new text found"

# A new file adds, and the text summary says what happened.
write_news "$src/more.jsonl" 10 11
run "$NEWSARC_INDEX" sync "$src"
expect_status 0 "sync with a new file"
expect_contains "$out" "added 2, replaced 0, unchanged 1012, removed 0, rejected 0 (1016 documents" "text summary"

# A deleted file: exactly its articles go, from a sync of its folder.
rm "$src/reut2-000.sgm"
run "$NEWSARC_INDEX" sync --format json "$src/"
expect_eq "$(field removed)" "$reuters" "every Reuters article removed"
expect_eq "$(count 'date:1987')" "0" "no Reuters article left"
expect_eq "$(field documents)" "$((1016 - reuters))" "document count"
expect_eq "$(count 'title:harbourtown')" "12" "the other files' articles stay"

# A file moved inside the folder: nothing is re-indexed, and its articles now belong to the new
# name (deleting that removes them).
mkdir "$src/sub"
mv "$src/more.jsonl" "$src/sub/renamed.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(jq -c '[.added, .replaced, .removed]' <<<"$out")" "[0,0,0]" "a moved file is neither added nor removed"
rm "$src/sub/renamed.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src/sub"
expect_eq "$(field removed)" "2" "provenance followed the move"

# A file named on its own that no longer exists: its articles go, and only they.
rm "$src/sample.jsonl"
run "$NEWSARC_INDEX" sync --format json "$src/sample.jsonl"
expect_status 0 "sync of a deleted file"
expect_eq "$(field removed)" "3" "the three JSON lines removed"
expect_contains "$err" "no longer exists" "the user is told"
expect_eq "$(count site:example-news.com)" "0" "sample.jsonl's site is gone"
expect_eq "$(count site:jpost.com)" "1" "the seed stays"

# A file that cannot be read now is not taken for an empty one: its articles stay, exit 1.
cp "$src/news.jsonl" "$TEST_TMP/news.keep"
head -c 4096 /dev/urandom >"$src/news.jsonl"
before=$(doc_count)
run "$NEWSARC_INDEX" sync --format json "$src"
expect_status 1 "sync with an unreadable file"
expect_contains "$err" "$src/news.jsonl" "the file is named"
expect_eq "$(field removed)" "0" "nothing removed"
expect_eq "$(doc_count)" "$before" "document count kept"
cp "$TEST_TMP/news.keep" "$src/news.jsonl"

# A file a folder walk does not offer (an unknown extension), added by name: a sync of the folder
# leaves its articles alone; a sync naming it does its work.
write_news "$src/feed.data" 30 31
"$NEWSARC_INDEX" add -q "$src/feed.data"
run "$NEWSARC_INDEX" sync --format json "$src"
expect_eq "$(jq -c '[.added, .removed]' <<<"$out")" "[0,0]" "feed.data is not walked, nor removed"
expect_eq "$(count story31word)" "1" "feed.data's article stays"
write_news "$src/feed.data" 30 30
run "$NEWSARC_INDEX" sync --format json "$src/feed.data"
expect_eq "$(field removed)" "1" "a sync naming feed.data removes its deleted line"

# A stream that breaks off (a truncated .zst) is not taken for a shorter file: the articles recorded
# from the break on stay.
mkdir "$TEST_TMP/feeds"
zstd -q "$TEST_DATA/reuters/reut2-000.sgm" -o "$TEST_TMP/feeds/reut2-000.sgm.zst"
"$NEWSARC_INDEX" add -q "$TEST_TMP/feeds"
expect_eq "$(count 'date:1987')" "1000" "compressed Reuters added"
size=$(stat -c %s "$TEST_TMP/feeds/reut2-000.sgm.zst")
head -c $((size / 2)) "$TEST_TMP/feeds/reut2-000.sgm.zst" >"$TEST_TMP/half.zst"
mv "$TEST_TMP/half.zst" "$TEST_TMP/feeds/reut2-000.sgm.zst"
run "$NEWSARC_INDEX" sync --format json "$TEST_TMP/feeds"
expect_status 1 "sync of a truncated file"
expect_contains "$err" "truncated" "the break is reported"
expect_eq "$(field removed)" "0" "nothing removed from a file that broke off"
expect_eq "$(count 'date:1987')" "1000" "all Reuters articles kept"

# A folder that is not there (unmounted media?) keeps its articles unless --prune-missing says it
# is gone.
mv "$TEST_TMP/feeds" "$TEST_TMP/feeds-unmounted"
run "$NEWSARC_INDEX" sync --format json "$TEST_TMP/feeds"
expect_status 2 "sync of a missing folder is refused"
expect_contains "$err" "$TEST_TMP/feeds does not exist" "the folder is named"
expect_contains "$err" "--prune-missing" "the way out is given"
expect_eq "$(count 'date:1987')" "1000" "the missing folder's articles are kept"
run "$NEWSARC_INDEX" sync --format json --prune-missing "$TEST_TMP/feeds"
expect_status 0 "sync --prune-missing"
expect_eq "$(field removed)" "1000" "--prune-missing removes the folder's articles"
run "$NEWSARC_INDEX" sync --format json "$TEST_TMP/no-such-folder"
expect_status 0 "a missing path the archive has nothing from is no danger"

# Articles added from elsewhere were never touched; standard input cannot be synced.
expect_eq "$(count story20word)" "1" "other.jsonl untouched"
run "$NEWSARC_INDEX" sync -
expect_status 2 "sync of standard input"
expect_contains "$err" "standard input" "reason given"

finish
