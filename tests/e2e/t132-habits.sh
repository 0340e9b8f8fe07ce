#!/usr/bin/env bash
# Habits of command-line tools: --version names the commit and libraries; output into a closed pipe
# (| head) ends quietly with status 0; -- ends options; - is standard input; usage errors name the
# program; colour only on a terminal, never with NO_COLOR unless --color always.
source "$(dirname "$0")/lib.sh"
source_dir=$(cd "$TEST_DATA/../.." && pwd)
"$NEWSARC_INDEX" add -q "$TEST_DATA/seed" "$TEST_DATA/reuters/reut2-000.sgm"

# --version: version, the commit of this checkout (the build refreshes it), library versions.
commit=unknown
if command -v git >/dev/null && [ "$(git -C "$source_dir" rev-parse --show-toplevel 2>/dev/null)" = "$source_dir" ]; then
    commit=$(git -C "$source_dir" rev-parse --short HEAD)
fi
for program in "$NEWSARC_INDEX" "$NEWSARC_QUERY"; do
    name=$(basename "$program")
    run "$program" --version
    expect_status 0 "$name --version"
    expect_eq "$(head -1 <<<"$out")" "$name 0.1.0 (commit $commit)" "$name --version, line 1"
    [[ $(tail -1 <<<"$out") =~ ^Xapian\ 1\.[0-9.]+,\ zstd\ 1\.[0-9.]+,\ CLI11\ 2\.[0-9.]+$ ]] ||
        fail "$name --version, line 2: '$(tail -1 <<<"$out")'"
done

# A reader that stops early: status 0 and nothing on stderr, for every command that streams.
closed_pipe() {  # closed_pipe DESCRIPTION COMMAND...
    local what=$1
    shift
    "$@" 2>"$TEST_TMP/pipe-err" | head -c 1 >/dev/null
    local status=${PIPESTATUS[0]}
    expect_eq "$status" 0 "$what | head: exit status"
    expect_eq "$(cat "$TEST_TMP/pipe-err")" "" "$what | head: stderr"
}
closed_pipe "export" "$NEWSARC_INDEX" export
closed_pipe "export --format txt" "$NEWSARC_INDEX" export --format txt
closed_pipe "export --zst" "$NEWSARC_INDEX" export --zst
closed_pipe "clean" "$NEWSARC_INDEX" clean "$TEST_DATA/reuters/reut2-000.sgm"
closed_pipe "stats" "$NEWSARC_INDEX" stats
closed_pipe "query" "$NEWSARC_QUERY" 'date:1987' --limit 1000
closed_pipe "query jsonl" "$NEWSARC_QUERY" 'date:1987' --limit 1000 --format jsonl
closed_pipe "query histogram" "$NEWSARC_QUERY" coffee --facets place --histogram day

# -- ends options: "-coffee" is then a query word (NOT coffee), not an unknown option.
run "$NEWSARC_QUERY" --count -- -coffee brazil
expect_status 0 "query -- -coffee brazil"
expect_eq "$out" "$("$NEWSARC_QUERY" --count 'brazil NOT coffee')" "query -- -coffee brazil counts brazil NOT coffee"
run "$NEWSARC_QUERY" --count -coffee brazil
expect_status 2 "query -coffee without --"
expect_contains "$err" "newsarc-query: " "an unknown option names the program"
mkdir "$TEST_TMP/cwd"
printf '{"title":"Dash story","body":"An article in a file whose name starts with a dash, about okapis.","url":"https://example.com/dash/1"}\n' \
    >"$TEST_TMP/cwd/-dash.jsonl"
(cd "$TEST_TMP/cwd" && "$NEWSARC_INDEX" add -q -- -dash.jsonl)
expect_eq "$?" 0 "add -- -dash.jsonl"
expect_eq "$("$NEWSARC_QUERY" --count okapis)" 1 "a file named -dash.jsonl was indexed"

# - is standard input, for add and clean.
story='{"title":"Stdin story","body":"Read from standard input, about pangolins.","url":"https://example.com/stdin/1"}'
run "$NEWSARC_INDEX" clean - <<<"$story"
expect_eq "$(jq -r .title <<<"$out")" "Stdin story" "clean -"
"$NEWSARC_INDEX" add -q - <<<"$story"
expect_eq "$("$NEWSARC_QUERY" --count pangolins)" 1 "add -"

# Usage and fatal errors name the program.
run "$NEWSARC_INDEX" add --no-such-option x
expect_status 2 "index unknown option"
expect_contains "$err" "newsarc-index: The following argument was not expected: --no-such-option" "index usage error"
run "$NEWSARC_INDEX" stats --format yaml
expect_status 2 "index bad --format"
[[ $err == newsarc-index:\ * ]] || fail "a bad --format value names the program: $err"
run "$NEWSARC_QUERY" --db "$TEST_TMP/nowhere" coffee
expect_status 2 "query without a database"
[[ $err == newsarc-query:\ error:\ * ]] || fail "a fatal error names the program: $err"

# Colour: never into a pipe, on a terminal unless NO_COLOR, always with --color always.
esc=$'\033['
expect_not_contains "$("$NEWSARC_QUERY" coffee --limit 1)" "$esc" "no colour into a pipe"
expect_contains "$("$NEWSARC_QUERY" coffee --limit 1 --color always)" "$esc" "--color always"
expect_contains "$(NO_COLOR=1 "$NEWSARC_QUERY" coffee --limit 1 --color always)" "$esc" "--color always beats NO_COLOR"
if command -v script >/dev/null; then
    on_terminal() { script -qec "$*" /dev/null </dev/null; }
    expect_contains "$(on_terminal "$NEWSARC_QUERY" coffee --limit 1)" "$esc" "colour on a terminal"
    expect_not_contains "$(NO_COLOR=1 on_terminal "$NEWSARC_QUERY" coffee --limit 1)" "$esc" "NO_COLOR on a terminal"
    expect_not_contains "$(on_terminal "$NEWSARC_QUERY" coffee --limit 1 --color never)" "$esc" "--color never on a terminal"
fi
finish
