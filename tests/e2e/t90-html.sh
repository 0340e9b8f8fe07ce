# HTML pages and WARC files: saved benchmark pages are indexed and found by their body, not by their
# navigation; a WARC built here indexes exactly its HTML articles; bad pages and archives get clear
# messages and lose nothing else.
source "$(dirname "$0")/lib.sh"
html="$TEST_DATA/html"
science="$html/sciencealert-europa.html"
expapp="$html/expapp-ceo.html.gz"
lhpat="$html/lhpat-trademark.html.gz"

# --- saved pages (plain and gzip) ---
run "$NEWSARC_INDEX" add --format json "$html"
expect_status 0 "add the bundled pages"
expect_eq "$(jq -r .added <<<"$out")" "3" "three pages, three articles"

run "$NEWSARC_QUERY" --format json '"fill an Olympic-size swimming pool"'
expect_status 0 "a phrase of the true body"
expect_eq "$(jq -r '.results[0].title' <<<"$out")" "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa" "found by its body"
run "$NEWSARC_QUERY" '"share some insights into the business of Experience"'
expect_status 0 "a phrase of the second page's body"
for nav in '"daily email"' '"terms & conditions"' '"upgrade your browser"' '"sell more tickets with flexible ticketing"'; do
    run "$NEWSARC_QUERY" "$nav"
    expect_status 1 "navigation is not indexed: $nav"
done
run "$NEWSARC_QUERY" --format json 'site:lhpat-tm.com'
expect_eq "$(jq -r '.results[0].title' <<<"$out")" "商品の改造が商標法違反に！？" "a Japanese page, by its site"

run "$NEWSARC_INDEX" clean "$science"
expect_eq "$(jq -r .format <<<"$out")" "html" "format"
expect_eq "$(jq -r .url <<<"$out")" "https://www.sciencealert.com/nasa-finds-water-plumes-above-the-surface-of-jupiter-s-icy-moon-europa" "canonical URL"
expect_eq "$(jq -r '.authors[0]' <<<"$out")" "Victor Tangermann" "author from the page's metadata"
expect_eq "$(jq -r .language <<<"$out")" "en" "language (en-GB as ISO 639-1)"

# Standard input and compression are sniffed for pages as for every format.
plain=$("$NEWSARC_INDEX" clean "$science" | jq -c 'del(.source)')
expect_eq "$("$NEWSARC_INDEX" clean - <"$science" | jq -c 'del(.source)')" "$plain" "a page on stdin"
expect_eq "$(gzip -c "$science" | "$NEWSARC_INDEX" clean - | jq -c 'del(.source)')" "$plain" "a gzipped page on stdin"
zstd -q -c "$science" >"$TEST_TMP/page.htm.zst"
expect_eq "$("$NEWSARC_INDEX" clean "$TEST_TMP/page.htm.zst" | jq -c 'del(.source)')" "$plain" "a .htm.zst page"

# Pages of one site go through the same per-site boilerplate learning as every format: a line
# that recurs inside the article body of many of its pages is learned and removed.
promo="Tap the bell icon below to never miss a Harbour Gazette exclusive."
mkdir -p "$TEST_TMP/site"
bodies=("The city council approved the new cycle lanes on Tuesday, after a long and heated debate."
        "Ferry services to the outer islands will resume next week, the operator said on Monday."
        "The museum reopened its maritime wing after a two-year renovation, to long queues."
        "Local fishermen reported the largest cod catch in a decade this spring, and prices fell.")
for i in "${!bodies[@]}"; do
    printf '<html><head><title>Harbour news %s | Harbour Gazette</title><link rel="canonical" href="https://harbour-gazette.example/local/story-%s"></head><body><nav><a href="/">Home</a></nav><article><h1>Harbour news %s</h1><p>%s</p><p>Second paragraph of story %s, with the details, the names and the places.</p><p>%s</p></article></body></html>'         "$i" "$i" "$i" "${bodies[$i]}" "$i" "$promo" >"$TEST_TMP/site/story-$i.html"
done
run "$NEWSARC_INDEX" clean "$TEST_TMP/site"
expect_eq "$(jq -s length <<<"$out")" "4" "four pages of one site"
expect_not_contains "$out" "bell icon" "a line recurring under the site's pages is learned and removed"
expect_contains "$out" "largest cod catch" "content kept"

# --- a WARC built from those pages ---
# record TYPE URI FILE: one WARC record whose block is FILE.
record() {
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nWARC-Date: 2024-05-06T07:08:09Z\r\nContent-Type: application/http; msgtype=%s\r\nContent-Length: %s\r\n\r\n' \
        "$1" "$2" "$1" "$(wc -c <"$3")"
    cat "$3"
    printf '\r\n\r\n'
}
# response STATUS TYPE BODYFILE [chunked]: an HTTP response message.
response() {
    printf 'HTTP/1.1 %s\r\nContent-Type: %s\r\n' "$1" "$2"
    if [ "${4:-}" = chunked ]; then
        local n half
        n=$(wc -c <"$3")
        half=$((n / 2))
        printf 'Transfer-Encoding: chunked\r\n\r\n'
        printf '%x\r\n' "$half"; head -c "$half" "$3"; printf '\r\n'
        printf '%x\r\n' "$((n - half))"; tail -c "+$((half + 1))" "$3"; printf '\r\n0\r\n\r\n'
    else
        printf '\r\n'; cat "$3"
    fi
}
w="$TEST_TMP/warc"
mkdir -p "$w"
cp "$science" "$w/science.html"
gzip -dc "$expapp" >"$w/expapp.html"
gzip -dc "$lhpat" >"$w/lhpat.html"
printf '\x89PNG\r\n\x1a\nnot really an image' >"$w/logo.png"
response "200 OK" "text/html; charset=utf-8" "$w/science.html" >"$w/r1"
response "200 OK" "text/html" "$w/expapp.html" chunked >"$w/r2"
response "200 OK" "image/png" "$w/logo.png" >"$w/r3"
response "404 Not Found" "text/html" "$w/lhpat.html" >"$w/r4"
response "200 OK" "text/html" "$w/lhpat.html" >"$w/r5"
printf 'GET /x HTTP/1.1\r\nHost: example.org\r\n\r\n' >"$w/q1"
{
    record request "https://www.sciencealert.com/x" "$w/q1"
    record response "https://www.sciencealert.com/x" "$w/r1"
    record response "https://www.expapp.com/x" "$w/r2"
    record response "https://www.expapp.com/logo.png" "$w/r3"
    record response "https://www.lhpat-tm.com/missing" "$w/r4"
    record response "https://www.lhpat-tm.com/x" "$w/r5"
} >"$w/crawl.warc"
# .warc.gz: one gzip member per record, as crawlers write them.
: >"$w/crawl.warc.gz"
for f in q1:request:https://www.sciencealert.com/x r1:response:https://www.sciencealert.com/x r2:response:https://www.expapp.com/x \
         r3:response:https://www.expapp.com/logo.png r4:response:https://www.lhpat-tm.com/missing r5:response:https://www.lhpat-tm.com/x; do
    IFS=: read -r file type uri <<<"$f"
    record "$type" "${uri/https\/\//https://}" "$w/$file" | gzip -c >>"$w/crawl.warc.gz"
done

export NEWSARC_DB="$TEST_TMP/warc-db"
run "$NEWSARC_INDEX" add --format json "$w/crawl.warc.gz"
expect_status 0 "add a .warc.gz"
expect_eq "$(jq -r .added <<<"$out")" "3" "exactly the three HTML articles"
expect_contains "$err" "crawl.warc.gz: warning: skipped 2 of 5 response records (1 not HTML, 1 HTTP status 404)" "skips counted"
run "$NEWSARC_QUERY" '"share some insights into the business of Experience"'
expect_status 0 "the chunked response's body is indexed"
run "$NEWSARC_INDEX" clean "$w/crawl.warc"
expect_eq "$(jq -s 'map(.format) | unique | join(",")' -r <<<"$out")" "warc" "format warc"
expect_eq "$(jq -s 'length' <<<"$out")" "3" "plain .warc: the same three"
expect_eq "$(jq -s -r 'map(.source) | join(" ")' <<<"$out" | grep -c 'crawl.warc:[0-9]')" "1" "sources name file and line"

# --- bad inputs: a clear message each, nothing else lost ---
b="$TEST_TMP/bad"
mkdir -p "$b"
printf '<html><head><title>Half a page</title></head><body><div><p>The harbour works began on Monday, the council said, and will last a year.</span></td></table><p>Unclosed' >"$b/broken.html"
printf '<html><body><div></div></body></html>' >"$b/empty.html"
printf '<html><head><meta charset="x-unheard-of"><title>Odd charset</title></head><body><p>The ferry resumed its service on Monday after a long winter of repairs to the pier.</p></body></html>' >"$b/odd-charset.html"
{ printf '<html><head><title>Huge</title></head><body>'; head -c 20000000 /dev/zero | tr '\0' 'x'; printf '</body></html>'; } >"$b/huge.html"
head -c "$(( $(wc -c <"$w/crawl.warc") - 3000 ))" "$w/crawl.warc" >"$b/cut.warc"
{ printf '<html><body><p>'; for _ in $(seq 2000); do printf '<b><i><span>'; done; printf 'deep'; } >"$b/deep.html"
export NEWSARC_DB="$TEST_TMP/bad-db"
run "$NEWSARC_INDEX" add --format json "$b" "$science"
expect_status 1 "some inputs rejected"
expect_contains "$err" "empty.html:1: error: article has no title and no text" "an empty page"
expect_contains "$err" "odd-charset.html:1: warning: unknown charset \"x-unheard-of\"; read as UTF-8" "unknown charset"
expect_contains "$err" "huge.html: error: page larger than 16 MiB, not read" "a 20 MB page"
expect_contains "$err" "deep.html:1: error: HTML nested more than 1000 elements deep, not read" "markup nested too deep"
expect_contains "$err" "cut.warc:" "the cut WARC is named"
expect_contains "$err" "error: WARC record cut short" "the cut record"
cut_line=$(grep -o 'cut.warc:[0-9]*: error: WARC record cut short' <<<"$err" | cut -d: -f2)
expect_eq "$(sed -n "${cut_line}p" "$b/cut.warc" | tr -d '\r')" "WARC/1.0" "the message points at the record's first line"
expect_eq "$(jq -r .rejected <<<"$out")" "4" "four rejected: empty, huge, too deep, the cut record"
# broken.html, odd-charset.html, the science page, and the cut WARC's complete records (science,
# expapp: same ids as the pages, so one each).
run "$NEWSARC_QUERY" --format json --count '"harbour works began on Monday"'
expect_eq "$(jq -r .total <<<"$out" 2>/dev/null || echo "$out")" "1" "broken HTML still gives its text"
run "$NEWSARC_QUERY" '"ferry resumed its service"'
expect_status 0 "the page with an unknown charset is indexed"
run "$NEWSARC_QUERY" '"share some insights into the business of Experience"'
expect_status 0 "the records before the cut are indexed"

finish
