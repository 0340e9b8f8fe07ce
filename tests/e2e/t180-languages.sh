# Multilingual archives (issue #17): news in 20 languages, as JSON Lines (half stating their language
# in various spellings, half left to detection) and as HTML pages (language from <html lang>,
# og:locale, content-language, JSON-LD inLanguage, or detected), each analysed in its own language.
# Every single-word search of tests/data/multilingual/queries.tsv (an inflected form the article does
# not contain, or a CJK word inside a longer run) must rank its article first; `language` is right
# in clean, export and query JSON; --lang, lang:, --facets language and stats count by language;
# right-to-left snippets come through unchanged with the matched word highlighted.
source "$(dirname "$0")/lib.sh"
ml="$TEST_DATA/multilingual"
news="$ml/news.jsonl"
pages="$ml/pages"

# What an article truly is: news.jsonl ids are ml-<code>-NN and page files <code>-<name>.html, both
# by the ISO 639-1 code of the language the text is written in.
truth_of_id() { local id=$1; id=${id#ml-}; echo "${id%%-*}"; }
truth_of_page() { local f=${1##*/}; echo "${f%%-*}"; }

# What the sources state, as written, and the code each statement must become. A stated language is
# always the true one in these fixtures, so both must agree.
declare -A stated_code=(
    [en-GB]=en [de]=de [deu]=de [French]=fr [es_ES]=es [it-IT]=it [pt-BR]=pt [nl]=nl [sv_SE]=sv [ru]=ru
    [ar-EG]=ar [he-IL]=he [zh-Hans]=zh [zh-CN]=zh [ja-JP]=ja [ko]=ko [hi-IN]=hi
    [de-DE]=de [fr_FR]=fr [es-AR]=es [ar]=ar [ko-KR]=ko [pl]=pl
)
# The pages' statements (<html lang>, og:locale, content-language, JSON-LD inLanguage, dc.language);
# the other pages say nothing and are detected.
declare -A page_states=(
    [de-elektroautos.html]=de-DE [fr-vendanges.html]=fr_FR [es-bariloche.html]=es-AR [it-pompei.html]=it-IT
    [ar-desalination.html]=ar [ko-fireworks.html]=ko-KR [pl-port.html]=pl
)

declare -A expected_lang  # article id -> the language it must be stored with
declare -A page_id        # page file name -> article id (from clean)
stated=0 detected=0
while IFS=$'\t' read -r id said; do
    truth=$(truth_of_id "$id")
    if [ -n "$said" ]; then
        stated=$((stated + 1))
        code=${stated_code[$said]:-}
        [ -n "$code" ] || fail "fixture: $id states '$said', which this test does not map"
        expect_eq "$code" "$truth" "fixture: $id states the language it is written in"
    else
        detected=$((detected + 1))
    fi
    expected_lang[$id]=$truth
done < <(jq -r '[.id, (.language // .lang // .inLanguage // "")] | @tsv' "$news")
expect_eq "$((stated >= 15 && detected >= 13))" "1" "about half the articles state their language ($stated stated, $detected detected)"

# --- clean: every article's language, as stated (normalised) or detected ---
run "$NEWSARC_INDEX" clean "$news" "$pages"
expect_status 0 "clean the multilingual fixtures"
clean_out=$out
expect_eq "$(jq -s length <<<"$clean_out")" "42" "31 JSON Lines articles and 11 pages"
while IFS=$'\t' read -r id source language; do
    if [[ "$source" == *pages/* ]]; then
        file=${source%:*}
        file=${file##*/}
        page_id[$file]=$id
        truth=$(truth_of_page "$file")
        if [ -n "${page_states[$file]:-}" ]; then
            expect_eq "${stated_code[${page_states[$file]}]}" "$truth" "fixture: $file states its language"
        fi
        expected_lang[$id]=$truth
    fi
    if [ "$language" == "${expected_lang[$id]:-?}" ]; then
        echo "PASS clean language $id ($language)"
    else
        echo "FAIL clean language $id: got '$language', expected '${expected_lang[$id]:-?}'"
        failures=$((failures + 1))
    fi
done < <(jq -r '[.id, .source, (.language // "null")] | @tsv' <<<"$clean_out")
expect_eq "${#page_id[@]}" "11" "every page cleaned"

# Every script comes through cleaning unchanged: the JSON Lines articles' titles and bodies are
# clean text already (NFC, single spaces, one blank line between paragraphs), and must stay as they
# are, Persian zero-width non-joiners (U+200C, letters of its words) included.
while IFS=$'\t' read -r verdict id detail; do
    echo "$verdict text unchanged $id${detail:+: $detail}"
    [ "$verdict" == PASS ] || failures=$((failures + 1))
done < <(jq -r -n --slurpfile src "$news" --slurpfile got <(printf '%s\n' "$clean_out") '
    def joiners: [scan("\u200c|\u200d")] | length;
    ($got | map({key: .id, value: (.title + "\n" + .body)}) | from_entries) as $g
    | $src[] | (.title + "\n" + .body) as $t | ($g[.id] // "") as $c
    | if $c == $t then ["PASS", .id, ""]
      else ["FAIL", .id, "\($t | length) characters became \($c | length), zero-width (non-)joiners \($t | joiners) became \($c | joiners)"]
      end | @tsv')

# The body of each article as `clean` gives it, to compare snippets with.
declare -A body_of
while IFS=$'\t' read -r id body; do body_of[$id]=$body; done \
    < <(jq -r '[.id, ((.title + " " + .body) | gsub("\\s+"; " "))] | @tsv' <<<"$clean_out")

# --- add, export ---
run "$NEWSARC_INDEX" add --format json "$news" "$pages"
expect_status 0 "add the multilingual fixtures"
expect_eq "$(jq -r .added <<<"$out")" "42" "every article added"

run "$NEWSARC_INDEX" export
expect_status 0 "export"
expect_eq "$(jq -s length <<<"$out")" "42" "export: every article"
while IFS=$'\t' read -r id language; do
    [ "$language" == "${expected_lang[$id]:-?}" ] ||
        fail "export: language of $id is '$language', expected '${expected_lang[$id]:-?}'"
done < <(jq -r '[.id, (.language // "null")] | @tsv' <<<"$out")

# Per-language article counts, from the truth: "de 4\nen 2\n..." sorted by code.
declare -A lang_count
for id in "${!expected_lang[@]}"; do
    l=${expected_lang[$id]}
    lang_count[$l]=$(( ${lang_count[$l]:-0} + 1 ))
done
expected_counts=$(for l in "${!lang_count[@]}"; do echo "$l ${lang_count[$l]}"; done | sort)
expect_eq "${#lang_count[@]}" "20" "the fixtures are in 20 languages"

# --- every query of queries.tsv ranks its article first ---
# resolve EXPECTED: an id of news.jsonl, or pages/FILE for the page of that file.
resolve() {
    if [[ "$1" == pages/* ]]; then echo "${page_id[${1#pages/}]:-?}"; else echo "$1"; fi
}
# highlighted RESULT_JSON: the highlighted text of a result's snippet, one highlight a line;
# adjacent byte ranges ([0,3) and [3,6), as CJK characters are marked) count as one highlight.
highlighted() {
    local snippet begin end LC_ALL=C  # byte offsets
    snippet=$(jq -r .snippet <<<"$1")
    while read -r begin end; do
        printf '%s\n' "${snippet:begin:end-begin}"
    done < <(jq -r '(.highlights // []) | reduce .[] as $h ([];
                 if length > 0 and .[-1][1] == $h[0] then .[-1][1] = $h[1] else . + [$h] end)
             | .[] | "\(.[0]) \(.[1])"' <<<"$1")
}
passed=0 total=0 languages_of_queries=()
while IFS=$'\t' read -r query expected language note; do
    [[ -z "$query" || "$query" == \#* || "$query" == query ]] && continue
    total=$((total + 1))
    languages_of_queries+=("$language")
    id=$(resolve "$expected")
    run "$NEWSARC_QUERY" --format json "$query"
    first=$(jq -r '.results[0].id // "none"' <<<"$out" 2>/dev/null)
    rank=$(jq -r --arg id "$id" '[.results[].id] | index($id) | if . == null then "-" else . + 1 end' <<<"$out" 2>/dev/null)
    count=$(jq -r '.results | length' <<<"$out" 2>/dev/null)
    if [ "$status" -eq 0 ] && [ "$first" == "$id" ]; then
        passed=$((passed + 1))
        echo "PASS [$language] $query -> $expected ($count result(s))"
    else
        echo "FAIL [$language] $query -> $expected: status $status, first '$first', expected at rank ${rank:-?} ($note)"
        failures=$((failures + 1))
        continue
    fi
    result=$(jq -c '.results[0]' <<<"$out")
    got_language=$(jq -r '.language // "absent"' <<<"$result")
    [ "$got_language" == "$language" ] || fail "query JSON: '$query' found $id with language '$got_language', expected '$language'"
    snippet=$(jq -r .snippet <<<"$result")
    [[ "$snippet" != *$'\xef\xbf\xbd'* ]] || fail "query '$query': the snippet has a replacement character (cut inside a character?)"
    # The snippet highlights what matched. Words of languages without a stemmer (CJK, Hebrew,
    # Persian, Hindi, Thai, Greek, Polish) match as written: some highlight holds the query
    # itself. Elsewhere the article's own form is highlighted ("Häuser" for Haus, مطار for
    # المطار): some highlight at all.
    marks=$(highlighted "$result")
    case "$language" in
        zh | ja | ko | he | fa | hi | th | el | pl) want=$query ;;
        *) want="" ;;
    esac
    if [ -n "$marks" ] && [[ "$marks" == *"$want"* ]]; then
        echo "PASS [$language] $query highlighted in the snippet (${marks//$'\n'/|})"
    else
        echo "FAIL [$language] $query not highlighted: highlights '${marks//$'\n'/|}' of '$snippet'"
        failures=$((failures + 1))
    fi
    # A CJK word is highlighted where it stands, not its characters wherever they occur: a search
    # for 奥运会 marks 奥运会, not the 运 of 运动员 (keep_whole_cjk_words).
    case "$language" in
        zh | ja | ko)
            stray=$(grep -vF -- "$query" <<<"$marks" | tr '\n' '|')
            if [ -z "$stray" ]; then
                echo "PASS [$language] $query: only the word is highlighted"
            else
                echo "FAIL [$language] $query: characters highlighted outside the word: '${stray%|}'"
                failures=$((failures + 1))
            fi
            ;;
    esac
done <"$ml/queries.tsv"
distinct=$(printf '%s\n' "${languages_of_queries[@]}" | sort -u | wc -l)
echo "queries: $passed of $total ranked their article first, in $distinct languages"
expect_eq "$((total >= 30 && distinct >= 12))" "1" "at least 30 queries in 12 languages"

# --- right-to-left: the snippet is the article's text, unchanged, with the word highlighted ---
for pair in "خبز:ml-ar-01" "מפלס:ml-he-01" "وارونگی:ml-fa-01"; do
    query=${pair%%:*}
    id=${pair#*:}
    run "$NEWSARC_QUERY" --format json "$query"
    expect_status 0 "RTL query $query"
    result=$(jq -c '.results[0] // {snippet: "", highlights: []}' <<<"$out")
    expect_eq "$(jq -r '.id // "none"' <<<"$result")" "$id" "RTL query $query finds its article"
    snippet=$(jq -r .snippet <<<"$result")
    marks=$(highlighted "$result")
    expect_contains "$marks" "$query" "RTL query $query: the matched word is highlighted"
    # The snippet, split at its ellipses, is made of pieces of the article's own text (whitespace
    # collapsed), in logical order, not reordered or mirrored.
    while IFS= read -r piece; do
        piece=$(sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*$//' <<<"$piece")
        [ -z "$piece" ] && continue
        [[ "${body_of[$id]}" == *"$piece"* ]] || fail "RTL query $query: snippet piece '$piece' is not in the article's text"
    done < <(jq -r '.snippet | gsub("\\s+"; " ") | split("…")[]' <<<"$result")
done

# --- --show: right-to-left and other scripts as they were written ---
for id in ml-ar-01 ml-he-01 ml-fa-01 ml-hi-01 ml-th-01 ml-zh-01 ml-ko-01 ml-el-01; do
    run "$NEWSARC_QUERY" --show "$id" --format json
    expect_status 0 "--show $id"
    expect_eq "$(jq -r .language <<<"$out")" "${expected_lang[$id]}" "--show $id: language"
    expect_eq "$(jq -c '.title + "\n" + .body' <<<"$out")" "$(jq -c --arg id "$id" 'select(.id == $id) | .title + "\n" + .body' "$news")" \
        "--show $id: title and body as written"
done

# --- an English query on the multilingual archive ---
run "$NEWSARC_QUERY" --format json salmon spawning
expect_status 0 "English query"
expect_eq "$(jq -r '.results[0].id' <<<"$out")" "ml-en-02" "an English query finds its English article first"
run "$NEWSARC_QUERY" --format json flooding
expect_eq "$(jq -r '.results[0].id' <<<"$out")" "ml-en-01" "English stemming still works: flooding finds flooded"

# --- nothing found exits 1 ---
run "$NEWSARC_QUERY" --format json zyzzyvaquux
expect_status 1 "nothing found"

# --- --lang and lang: restrict to a language ---
# Words of several languages at once: German, Italian, French, Spanish articles.
mixed="Haus OR Bahnhof OR Gletschern OR Ladesäule OR turista OR cycliste OR enseignant OR viticulteur OR embalse"
ids_of() { jq -r '[.results[].id] | sort | join(" ")' <<<"$1"; }
langs_of() {  # the true languages of the results, sorted and unique
    local id
    for id in $(jq -r '.results[].id' <<<"$1"); do echo "${expected_lang[$id]:-?}"; done | sort -u | tr '\n' ' ' | sed 's/ $//'
}
run "$NEWSARC_QUERY" --format json -n 100 "$mixed"
expect_status 0 "mixed-language query"
expect_eq "$(langs_of "$out")" "de es fr it" "without --lang: every language's articles"

run "$NEWSARC_QUERY" --format json -n 100 --lang de "$mixed"
expect_status 0 "--lang de"
expect_eq "$(langs_of "$out")" "de" "--lang de: German articles only"
expect_eq "$(ids_of "$out")" "$(echo ml-de-01 ml-de-02 ml-de-03 "${page_id[de-elektroautos.html]}" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')" \
    "--lang de: every German article the words name"
run "$NEWSARC_QUERY" --format json --lang de Haus
expect_status 0 "--lang de Haus"
expect_eq "$(jq -r '.results[0].id' <<<"$out")" "ml-de-01" "--lang de: Haus finds Häuser"
expect_eq "$(langs_of "$out")" "de" "--lang de Haus: German only"
run "$NEWSARC_QUERY" --format json --lang de turista
expect_status 1 "--lang de: the Italian article is not found"

run "$NEWSARC_QUERY" --format json -n 100 --lang de --lang fr "$mixed"
expect_status 0 "--lang de --lang fr"
expect_eq "$(langs_of "$out")" "de fr" "--lang repeatable"
# Each chosen language analyses the words in its own way: turisti is found by turista only in Italian.
run "$NEWSARC_QUERY" --format json --lang de --lang it turista
expect_status 0 "--lang de --lang it turista"
expect_eq "$(langs_of "$out")" "it" "--lang de --lang it: turista finds the Italian article"

run "$NEWSARC_QUERY" --format json -n 100 "lang:fr ($mixed)"
expect_status 0 "lang:fr"
expect_eq "$(langs_of "$out")" "fr" "lang:fr in the query: French articles only"
expect_eq "$(ids_of "$out")" "$(echo ml-fr-01 ml-fr-02 "${page_id[fr-vendanges.html]}" | tr ' ' '\n' | sort | tr '\n' ' ' | sed 's/ $//')" \
    "lang:fr: every French article the words name"
run "$NEWSARC_QUERY" --format json "lang:fr cycliste"
expect_eq "$(jq -r '.results[0].id' <<<"$out")" "ml-fr-01" "lang:fr cycliste finds cyclistes"
run "$NEWSARC_QUERY" --format json "lang:fr Haus"
expect_status 1 "lang:fr: the German article is not found"

# --- --facets language ---
# Every query word of six languages: each of their articles, counted by language.
facet_query=$(awk -F'\t' '$3 ~ /^(de|fr|zh|ar|he|ja)$/ { printf "%s%s", sep, $1; sep = " OR " }' "$ml/queries.tsv")
run "$NEWSARC_QUERY" --format json -n 1 --facets language "$facet_query"
expect_status 0 "--facets language"
expect_eq "$(jq -r '.facets.language // [] | map("\(.value) \(.count)") | sort | .[]' <<<"$out")" \
    "$(grep -E '^(de|fr|zh|ar|he|ja) ' <<<"$expected_counts")" "--facets language: articles per language"
# All articles: the ten languages shown have their true counts.
all_query=$(awk -F'\t' '$0 !~ /^#/ && $1 != "query" { printf "%s%s", sep, $1; sep = " OR " }' "$ml/queries.tsv")
run "$NEWSARC_QUERY" --format json -n 1 --facets language "$all_query"
expect_status 0 "--facets language over every article"
shown=$(jq -r '.facets.language // [] | map("\(.value) \(.count)") | .[]' <<<"$out")
expect_eq "$(grep -c . <<<"$shown")" "10" "ten languages shown"
while read -r l c; do
    [ -n "$l" ] || continue
    [ "${lang_count[$l]:-0}" == "$c" ] || fail "--facets language: $l counted $c, expected ${lang_count[$l]:-0}"
done <<<"$shown"
expect_eq "$(head -n1 <<<"$shown")" "de 4" "the largest language first"

# --- stats: articles per language ---
run "$NEWSARC_INDEX" stats
expect_status 0 "stats"
# The section that names languages ("by language"), lines "  de  4".
section=$(awk 'tolower($0) ~ /languag/ { on = 1; next } on && /^[^ ]/ { on = 0 } on && NF' <<<"$out")
expect_eq "$(grep -c . <<<"$section")" "20" "stats: a section of 20 languages"
while read -r l c; do
    grep -Eq "^[[:space:]]+$l[[:space:]]+$c\$" <<<"$section" || fail "stats: no line '$l $c' among the languages"
done <<<"$expected_counts"
run "$NEWSARC_INDEX" stats --format json
expect_status 0 "stats --format json"
# The per-language counts, whatever the key's exact name (by_language, languages...) and shape
# (a list of {language|value|name, count} or an object code -> count).
got_counts=$(jq -r '[to_entries[] | select(.key | test("lang"))][0].value // {}
    | if type == "array" then map({key: (.language // .value // .name // .code), value: .count}) | from_entries else . end
    | to_entries | map("\(.key) \(.value)") | sort | .[]' <<<"$out")
expect_eq "$got_counts" "$expected_counts" "stats --format json: articles per language"

finish
