# Malformed inputs (issue 6): each is reported as `file:line: error|warning: reason` and skipped (or
# repaired, with a warning), everything else in the same run lands, and the database still answers
# queries afterwards. Big inputs (50 MB lines, 10,000 authors, deep JSON) are generated here.
source "$(dirname "$0")/lib.sh"
bad="$TEST_DATA/bad"
seed="$TEST_DATA/seed/000_bb8a75b0104a1e04.txt"
reuters_head="$TEST_DATA/good/reut2-000-head.sgm.zst"  # 10 articles

# usable NAME: the database opens and a query finds the seed (and whatever else says hostage).
usable() {
    local n
    n=$("$NEWSARC_QUERY" --count hostage 2>&1)
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || fail "$1: the database answers a query afterwards: got '$n'"
}

# check_file FILE STATUS ARTICLES: FILE added with the seed into a fresh database ends with STATUS
# and ARTICLES of FILE (besides the seed) in the database. Diagnostics are in $err.
check_file() {
    rm -rf "$NEWSARC_DB"
    run "$NEWSARC_INDEX" add -q "$1" "$seed"
    expect_status "$2" "$(basename "$1")"
    expect_eq "$(doc_count)" "$(($3 + 1))" "$(basename "$1"): the articles that land"
    usable "$(basename "$1")"
}

# --- compressed streams ---
check_file "$bad/truncated.jsonl.zst" 1 2
expect_contains "$err" "$bad/truncated.jsonl.zst:3: error: truncated zstd stream" "truncated .zst: where and why"
check_file "$bad/corrupt.jsonl.zst" 1 2
expect_contains "$err" "$bad/corrupt.jsonl.zst:3: error: corrupt zstd stream" "corrupt .zst: where and why"
# A frame cut before its first byte came out: the file is named, nothing of it lands.
head -c 20 "$TEST_DATA/good/seed.txt.zst" >"$TEST_TMP/cut.txt.zst"
check_file "$TEST_TMP/cut.txt.zst" 1 0
expect_contains "$err" "$TEST_TMP/cut.txt.zst: error: truncated zstd stream" "zst cut in its header"

# --- invalid UTF-8 in every field: repaired with a warning naming the line, the article kept ---
check_file "$bad/invalid-utf8-fields.jsonl" 0 3
expect_contains "$err" "$bad/invalid-utf8-fields.jsonl:2: warning: invalid UTF-8 repaired" "UTF-8 in JSON fields"
run "$NEWSARC_INDEX" clean "$bad/invalid-utf8-fields.jsonl"
expect_status 0 "clean invalid-utf8-fields.jsonl"
repaired=$(jq -r 'select(.id | startswith("bad-utf8")) |
    [.id, .title, .authors[0], .authors[1], .section, .body, .topics[0], .places[0]] |
    map(contains("\ufffd")) | all' <<<"$out")
expect_eq "$repaired" "true" "every field holds U+FFFD where the bad bytes were"
check_file "$bad/invalid-utf8-header.txt" 0 1
for line in 1 2 3 5; do
    expect_contains "$err" "$bad/invalid-utf8-header.txt:$line: warning: invalid UTF-8 repaired" "header line $line"
done

# --- NUL bytes ---
check_file "$bad/nul-bytes.jsonl" 1 3
expect_contains "$err" "$bad/nul-bytes.jsonl:2: error: invalid JSON" "a raw NUL in a JSON line rejects that line"
expect_eq "$(grep -c ': error:' <<<"$err")" "1" "nul-bytes.jsonl: only line 2 is rejected"
run "$NEWSARC_INDEX" clean "$bad/nul-bytes.jsonl"
expect_not_contains "$out" '\u0000' "escaped NULs do not reach the article"
expect_eq "$(jq -r 'select(.id == "nul-escaped") | .title' <<<"$out")" "Storm closes pass" "NUL removed from the title"
run "$NEWSARC_INDEX" clean "$bad/nul-bytes.txt"
expect_status 0 "NUL bytes in a text article are repaired"
expect_contains "$err" "$bad/nul-bytes.txt:1: warning: 1 NUL bytes removed" "NUL in the title line"
expect_contains "$err" "$bad/nul-bytes.txt:7: warning: 2 NUL bytes removed" "NULs in a body line"
expect_eq "$(jq -r .title <<<"$out")" "$(head -n 1 "$seed")" "title without its NUL"

# --- SGML without closing tags ---
check_file "$bad/unclosed.sgm" 1 3
expect_contains "$err" "$bad/unclosed.sgm:28: error: REUTERS element not closed" "element cut by the next one"
expect_contains "$err" "$bad/unclosed.sgm:106: error: REUTERS element cut off at end of file" "element cut by the end"
run "$NEWSARC_QUERY" --format jsonl --fields id --sort oldest -n 10 'date:1987'
expect_eq "$(jq -r .id <<<"$out" | sort | tr '\n' ' ')" "reuters21578-2 reuters21578-7 reuters21578-8 " \
    "the closed elements land, inner tags left open included"

# --- dates in year 0 and 99999: a warning, published unknown, never a made-up date ---
check_file "$bad/dates-out-of-range.jsonl" 0 5
for line in 1 2 3 4; do
    expect_contains "$err" "$bad/dates-out-of-range.jsonl:$line: warning: date" "impossible date on line $line"
done
run "$NEWSARC_INDEX" clean "$bad/dates-out-of-range.jsonl"
expect_eq "$(jq -s 'map(select(.published == null)) | length' <<<"$out")" "4" "four dates left unknown"

# --- empty bodies: title-only articles land; nothing at all is rejected ---
check_file "$bad/empty-bodies.jsonl" 1 3
expect_contains "$err" "$bad/empty-bodies.jsonl:2: error: article has no title and no text" "empty title and body"
expect_contains "$err" "$bad/empty-bodies.jsonl:3: error: article has no title and no text" "empty object"
check_file "$bad/empty-body.txt" 1 0
expect_contains "$err" "$bad/empty-body.txt:6: error: empty body" "text article without body"

# --- JSON nested 100,000 deep, and huge JSON ---
deep="$TEST_TMP/deep.jsonl"
{
    echo '{"id": "before-deep", "title": "Before the deep line", "body": "A good line."}'
    printf '{"id": "deep", "title": "Deep", "meta": '
    printf '[%.0s' $(seq 100000)
    printf ']%.0s' $(seq 100000)
    echo '}'
    echo '{"id": "nested-ok", "title": "Nested but fine", "meta": {"a": {"b": [1, [2, {"c": null}]]}}, "body": "Kept."}'
    printf '{"id": "huge-topics", "title": "Huge topics", "body": "Many topics.", "topics": ['
    seq -f '"topic%g"' 1 200000 | paste -sd, | tr -d '\n'
    echo ']}'
} >"$deep"
check_file "$deep" 1 3
expect_contains "$err" "$deep:2: error: JSON nested deeper than 100 levels" "deep JSON rejected"
expect_contains "$err" "$deep:4: warning: 200000 topic values; kept the first 100" "huge list cut with a warning"

# --- 10,000 authors ---
authors="$TEST_TMP/authors.jsonl"
{
    printf '{"id": "many-authors", "title": "Written by everybody", "body": "A crowd wrote this.", "authors": ['
    seq -f '"Author Number%g Smith"' 1 10000 | paste -sd, | tr -d '\n'
    echo ']}'
} >"$authors"
check_file "$authors" 0 1
expect_contains "$err" "$authors:1: warning: 10000 authors; kept the first 100" "10,000 authors cut with a warning"
run "$NEWSARC_INDEX" clean "$authors"
expect_eq "$(jq '.authors | length' <<<"$out")" "100" "100 authors kept"

# --- 50 MB single lines: rejected with the line and its length, the rest lands ---
fifty=$((50 * 1024 * 1024))
big="$TEST_TMP/big"
mkdir -p "$big"
{ head -n 5 "$seed"; head -c "$fifty" /dev/zero | tr '\0' 'x'; echo; } >"$big/line.txt"
{
    echo '{"id": "before-big", "title": "Before the big line", "body": "Small."}'
    printf '{"id": "big", "title": "Big", "body": "'; head -c "$fifty" /dev/zero | tr '\0' 'y'; echo '"}'
    echo '{"id": "after-big", "title": "After the big line", "body": "Small too."}'
} >"$big/lines.jsonl"
{
    zstd -dc "$reuters_head" | head -n 73   # the DOCTYPE line and NEWID 1 (lines 2-73)
    echo '<REUTERS TOPICS="NO" NEWID="5001"><TEXT><BODY>'
    head -c "$fifty" /dev/zero | tr '\0' 'z'; echo
    echo '</BODY></TEXT></REUTERS>'
    echo '<REUTERS TOPICS="NO" NEWID="5002"><TEXT><TITLE>AFTER THE BIG ELEMENT</TITLE><BODY>Small.</BODY></TEXT></REUTERS>'
} >"$big/element.sgm"
head -c "$fifty" /dev/zero | tr '\0' 'w' >"$big/no-newline.txt"
rm -rf "$NEWSARC_DB"
run "$NEWSARC_INDEX" add -q "$big" "$seed"
expect_status 1 "50 MB lines"
expect_contains "$err" "$big/line.txt:6: error: line is $fifty bytes long" "text: the line and its length"
expect_contains "$err" "$big/lines.jsonl:2: error: line is $((fifty + 41)) bytes long" "JSONL: the line and its length"
expect_contains "$err" "$big/element.sgm:74: error: REUTERS element dropped: line is $fifty bytes long" "SGML"
expect_contains "$err" "$big/no-newline.txt:1: error: line is $fifty bytes long" "a file without newlines"
expect_eq "$(grep -c ': error:' <<<"$err")" "4" "one error per big line"
expect_eq "$(doc_count)" "5" "seed, before-big, after-big, NEWID 1 and 5002 land"
usable "50 MB lines"
rm -rf "$big"

# --- paths that vanish mid-run: named, the rest lands ---
mkdir -p "$TEST_TMP/vanish"
for i in 1 2 3; do cp "$TEST_DATA/reuters/reut2-000.sgm" "$TEST_TMP/vanish/r$i.sgm"; done
cp "$seed" "$TEST_TMP/vanish/zz-gone.txt"
rm -rf "$NEWSARC_DB"
# One job: the reader reaches zz-gone.txt after 3,000 Reuters articles; it is removed as soon as
# the run has started (the folder has been walked by then), so it vanishes between walk and open.
"$NEWSARC_INDEX" add -q -j 1 "$TEST_TMP/vanish" "$seed" >"$TEST_TMP/out" 2>"$TEST_TMP/err" &
pid=$!
for _ in $(seq 100); do [ -e "$NEWSARC_DB" ] && break; sleep 0.05; done
rm -f "$TEST_TMP/vanish/zz-gone.txt"
wait "$pid"
status=$?
err=$(cat "$TEST_TMP/err")
if [[ "$err" == *"zz-gone.txt"* ]]; then
    expect_status 1 "a vanished file"
    expect_contains "$err" "$TEST_TMP/vanish/zz-gone.txt: error: cannot open: No such file or directory" \
        "the vanished file is named with the reason"
else
    echo "note: the run read zz-gone.txt before it was removed; nothing vanished this time"
    expect_status 0 "nothing vanished"
fi
expect_eq "$(doc_count)" "1001" "the Reuters articles and the seed land"
usable "vanished file"

# --- unreadable files and folders ---
# As root, chmod 000 stops nothing: the case runs as nobody where setpriv can switch to it. nobody
# may not reach the clone (a private folder, as mktemp -d and /root are), so the folders it reads
# and the program it runs are put where it can: a folder of its own under /tmp.
as_user=()
index=$NEWSARC_INDEX
locked="$TEST_TMP/locked"
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
        as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups --)
        reach=$(mktemp -d /tmp/newsarc-t35.XXXXXX)
        trap 'rm -rf "$reach"' EXIT
        chmod 755 "$reach"
        install -m 755 "$NEWSARC_INDEX" "$reach/newsarc-index"
        index="$reach/newsarc-index"
        locked="$reach/locked"
        if ! "${as_user[@]}" "$index" --version >/dev/null 2>&1; then
            echo "skip: unreadable files: nobody cannot run $index (a mount without exec?)"
            as_user=()
        fi
    fi
fi
mkdir -p "$locked/open" "$locked/shut"
chmod 777 "$locked"
cp "$seed" "$locked/unreadable.txt"
cp "$TEST_DATA/good/sample.jsonl" "$locked/open/"
cp "$TEST_DATA/good/sample.jsonl" "$locked/shut/"
chmod 000 "$locked/unreadable.txt" "$locked/shut"
if [ "$(id -u)" -eq 0 ] && [ ${#as_user[@]} -eq 0 ]; then
    echo "skip: unreadable files: running as root without a user to switch to, chmod 000 does not stop reading"
else
    HOME="$locked" run "${as_user[@]}" "$index" add -q --db "$locked/db" "$locked"
    expect_status 1 "unreadable file and folder"
    expect_contains "$err" "$locked/unreadable.txt: error: cannot open: Permission denied" "unreadable file named"
    expect_contains "$err" "$locked/shut: error:" "unreadable folder named"
    expect_contains "$err" "Permission denied" "unreadable folder reason"
    expect_eq "$(NEWSARC_DB="$locked/db" doc_count)" "3" "the readable folder's articles land"
fi
chmod 755 "$locked/shut"
chmod 644 "$locked/unreadable.txt"

# --- all of it in one run: every good article lands, the database answers ---
rm -rf "$NEWSARC_DB"
run "$NEWSARC_INDEX" add -q --format json "$bad" "$reuters_head" "$TEST_DATA/good/sample.jsonl" "$seed" "$deep" "$authors"
expect_status 1 "everything at once"
"$NEWSARC_INDEX" stats >/dev/null || fail "stats after a run full of bad input"
usable "everything at once"
run "$NEWSARC_QUERY" --count 'author:ribeiro'
expect_eq "$out" "2" "sample.jsonl and the repaired UTF-8 line are found by author"

finish
