#!/usr/bin/env bash
# Shell completion (generated at build time from --help): bash offers every subcommand, every option
# of each command, the --format values and the query field prefixes; zsh the same where zsh is
# installed. What is expected is read from the programs' --help here, independently of the generator.
source "$(dirname "$0")/lib.sh"

completions=$(dirname "$NEWSARC_INDEX")/completions
[ -f "$completions/newsarc" ] || { echo "FAIL: no bash completion in $completions" >&2; exit 1; }
source "$completions/newsarc"
here=$(cd "$(dirname "$0")" && pwd)

# offers WORD...: what the bash completion function offers with the cursor at the end of the last word.
offers() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*" COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    _newsarc 2>/dev/null
    printf '%s\n' "${COMPREPLY[@]}"
}
expect_offers() {  # expect_offers "OFFERED" "WORD..." description
    local word
    for word in $2; do
        grep -qxF -- "$word" <<<"$1" || fail "$3: '$word' not offered (offered: $(echo $1))"
    done
}
long_options() { awk '/^  +-/ { sub(/^ +/, ""); split($0, col, /  /); print col[1] }' | grep -oE -- '--[A-Za-z][-A-Za-z0-9]*' | sort -u; }
subcommands=$("$NEWSARC_INDEX" --help | awk '/^Subcommands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
[ "$(wc -w <<<"$subcommands")" -ge 7 ] || fail "newsarc-index --help lists too few commands: $subcommands"

# Subcommands, and the options of each (the brief's example: newsarc-index add --).
expect_offers "$(offers newsarc-index '')" "$subcommands" "newsarc-index <Tab>"
expect_eq "$(offers newsarc-index rem)" "remove" "newsarc-index rem<Tab>"
for sub in $subcommands; do
    expected=$("$NEWSARC_INDEX" "$sub" --help | long_options)
    [ -n "$expected" ] || fail "newsarc-index $sub --help: no options parsed"
    expect_offers "$(offers newsarc-index "$sub" --)" "$expected" "newsarc-index $sub --<Tab>"
done
expect_offers "$(offers newsarc-index add --)" "--db --jobs --no-body-positions --boilerplate --format --wait --quiet" \
    "newsarc-index add --<Tab>"
expect_offers "$(offers newsarc-query --)" "$("$NEWSARC_QUERY" --help | long_options)" "newsarc-query --<Tab>"
# An option of another command is not offered.
expect_eq "$(offers newsarc-index stats --j)" "" "newsarc-index stats --j<Tab>"

# --format values, also after options that take a value and in the --opt=value form.
expect_eq "$(offers newsarc-index add --format '' | sort | tr '\n' ' ')" "json text " "add --format <Tab>"
expect_eq "$(offers newsarc-index export --db x --format '' | sort | tr '\n' ' ')" "jsonl txt " "export --format <Tab>"
expect_eq "$(offers newsarc-index add -j 2 --format = j)" "json" "add -j 2 --format=j<Tab>"
expect_eq "$(offers newsarc-query --format '' | sort | tr '\n' ' ')" "json jsonl text tsv " "query --format <Tab>"
expect_eq "$(offers newsarc-query --color '' | sort | tr '\n' ' ')" "always auto never " "query --color <Tab>"
expect_eq "$(offers newsarc-query --histogram m)" "month" "query --histogram m<Tab>"

# Query words: the field prefixes; after -- too; and the option --query of export/remove.
fields="title: author: site: section: topic: place: id: url: date:"
expect_offers "$(offers newsarc-query '')" "$fields" "newsarc-query <Tab>"
expect_eq "$(offers newsarc-query coffee ti)" "title:" "newsarc-query coffee ti<Tab>"
expect_eq "$(offers newsarc-query -- -brazil au)" "author:" "newsarc-query -- -brazil au<Tab>"
expect_offers "$(offers newsarc-index remove --query '')" "$fields" "remove --query <Tab>"
expect_offers "$(offers newsarc-index export '')" "$fields" "export <Tab>"

# Files and folders where the programs take them.
mkdir -p "$TEST_TMP/dir/sub"
touch "$TEST_TMP/dir/articles.jsonl"
expect_eq "$(offers newsarc-index add "$TEST_TMP/dir/ar")" "$TEST_TMP/dir/articles.jsonl" "add FILE<Tab>"
expect_eq "$(offers newsarc-index stats --db "$TEST_TMP/dir/")" "$TEST_TMP/dir/sub" "--db DIR<Tab> (a folder)"
expect_eq "$(offers newsarc-index compact --to "$TEST_TMP/dir/")" "$TEST_TMP/dir/sub" "--to DIR<Tab>"

# Zsh: the same file answers through zsh's own completion system.
if command -v zsh >/dev/null; then
    zsh_offers() { timeout 20 zsh -f "$here/t132-zsh-complete.zsh" "$completions" "$1"; }
    expect_offers "$(zsh_offers 'newsarc-index ')" "$subcommands" "zsh: newsarc-index <Tab>"
    expect_offers "$(zsh_offers 'newsarc-index add --')" "$("$NEWSARC_INDEX" add --help | long_options)" "zsh: add --<Tab>"
    expect_eq "$(zsh_offers 'newsarc-index add --format ' | sort | tr '\n' ' ')" "json text " "zsh: add --format <Tab>"
    expect_offers "$(zsh_offers 'newsarc-query ')" "$fields" "zsh: newsarc-query <Tab>"
    expect_eq "$(zsh_offers 'newsarc-query --sort ' | sort | tr '\n' ' ')" "newest oldest relevance " "zsh: --sort <Tab>"
    expect_eq "$(zsh_offers 'newsarc-query coffee --color=a' | sort -u)" "--color=always
--color=auto" "zsh: --color=a<Tab>"
    expect_offers "$(zsh_offers 'newsarc-index export --query s')" "site: section:" "zsh: export --query s<Tab>"
else
    echo "zsh not installed: zsh completion not checked"
fi
finish
