#!/usr/bin/env bash
# The man pages (generated at build time from --help): every option that any --help shows, the
# program's own and each subcommand's under that subcommand's heading, is on the page; so are the
# query language's field prefixes, the exit status and the environment; the pages render without
# groff warnings.
source "$(dirname "$0")/lib.sh"

man_dir=$(dirname "$NEWSARC_INDEX")/man
[ -f "$man_dir/newsarc-index.1" ] || { echo "SKIP: no man pages in $man_dir (help2man missing at build time)"; exit 77; }

# page_text FILE: the page's roff source with escapes undone, so options read as in --help.
page_text() { sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' -e 's/\\fI//g' -e 's/\\(dq/"/g' -e 's/\\(aq/'"'"'/g' "$1"; }

# options HELP: the option names in the first column of the option lines of a --help text.
options() {
    printf '%s\n' "$1" | awk '/^  +-/ { sub(/^ +/, ""); split($0, col, /  /); print col[1] }' |
        grep -oE '(^|[ ,])--?[A-Za-z][-A-Za-z0-9]*' | sed 's/^[ ,]//' | sort -u
}

# section TEXT START: the lines of TEXT from the line starting with START to the next heading.
section() {
    printf '%s\n' "$1" | awk -v start="$2" 'index($0, start) == 1 { on = 1; next } on && /^\.S[HS] / { exit } on'
}

# missing HELP TEXT: the options of HELP that TEXT does not mention as a whole word.
missing() {
    local option
    for option in $(options "$1"); do
        grep -qE -- "(^|[^-A-Za-z0-9])$option([^-A-Za-z0-9]|\$)" <<<"$2" || echo "$option"
    done
}

check_page() {  # check_page PROGRAM: every option of PROGRAM and its subcommands is on its page
    local program=$1 name page help subcommands sub text
    name=$(basename "$program")
    page=$(page_text "$man_dir/$name.1")
    help=$("$program" --help)
    [ -n "$(options "$help")" ] || fail "$name --help: no options found (parsing broke?)"
    for option in $(missing "$help" "$page"); do fail "$name(1) lacks $option of $name --help"; done
    subcommands=$(printf '%s\n' "$help" | awk '/^Subcommands:/ { on = 1; next } on && /^$/ { exit } on { print $1 }')
    for sub in $subcommands; do
        text=$(section "$page" ".SS \"$name $sub")
        if [ -z "$text" ]; then
            fail "$name(1) has no section for the command $sub"
            continue
        fi
        for option in $(missing "$("$program" "$sub" --help)" "$text"); do
            fail "$name(1), command $sub, lacks $option of $name $sub --help"
        done
    done
    echo "$name: $(wc -w <<<"$subcommands") commands checked"
}
check_page "$NEWSARC_INDEX"
check_page "$NEWSARC_QUERY"

# newsarc-index has commands (those of today at least), and they are on its page.
index_page=$(page_text "$man_dir/newsarc-index.1")
for sub in add clean stats remove export check compact; do
    expect_contains "$index_page" ".SS \"newsarc-index $sub" "newsarc-index(1) command $sub"
done

# Field prefixes of the query language (as newsarc-query --help lists them) in both pages' section.
fields=$("$NEWSARC_QUERY" --help | awk '/^Query language:/ { on = 1; next } on && /^$/ { exit } on' |
    grep -oE '(^|[ (])[a-z][a-z]+:' | tr -d ' (' | sort -u)
[ "$(wc -w <<<"$fields")" -ge 9 ] || fail "newsarc-query --help: expected 9 field prefixes, found: $fields"
for name in newsarc-index newsarc-query; do
    page=$(page_text "$man_dir/$name.1")
    language=$(section "$page" ".SH \"QUERY LANGUAGE\"")
    [ -n "$language" ] || fail "$name(1) has no QUERY LANGUAGE section"
    for field in $fields; do expect_contains "$language" "$field" "$name(1) query language"; done
    for heading in '.SH "EXIT STATUS"' '.SH ENVIRONMENT' '.SH FILES' '.SH "SEE ALSO"'; do
        expect_contains "$page" "$heading" "$name(1)"
    done
    expect_contains "$(section "$page" '.SH ENVIRONMENT')" NEWSARC_DB "$name(1) environment"
done
expect_contains "$(section "$(page_text "$man_dir/newsarc-query.1")" '.SH ENVIRONMENT')" NO_COLOR \
    "newsarc-query(1) environment"
expect_contains "$index_page" '.SH "INPUT FORMATS"' "newsarc-index(1)"

# The check above does find a missing option: a page without --wait under "remove" is caught.
doctored=$(section "$index_page" '.SS "newsarc-index remove' | grep -v -- '--wait')
expect_eq "$(missing "$("$NEWSARC_INDEX" remove --help)" "$doctored")" "--wait" "checker on a doctored page"

# The pages render without groff warnings, and man finds them by name on a MANPATH.
if command -v man >/dev/null; then
    for name in newsarc-index newsarc-query; do
        warnings=$(MANWIDTH=80 man --warnings -l "$man_dir/$name.1" 2>&1 >/dev/null)
        expect_eq "$warnings" "" "$name(1) groff warnings"
    done
    mkdir -p "$TEST_TMP/man/man1"
    cp "$man_dir/newsarc-index.1.gz" "$TEST_TMP/man/man1/"
    expect_eq "$(MANPATH=$TEST_TMP/man man -w newsarc-index)" "$TEST_TMP/man/man1/newsarc-index.1.gz" "man -w"
    expect_contains "$(MANPATH=$TEST_TMP/man MANWIDTH=80 man newsarc-index 2>/dev/null)" "newsarc-index [OPTIONS] SUBCOMMAND" "man newsarc-index"
fi
finish
