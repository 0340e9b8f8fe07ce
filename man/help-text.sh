#!/usr/bin/env bash
# Prints a program's --help followed by the --help of each of its subcommands (the list is read from
# the "Subcommands:" block of --help, so new ones appear without an edit here), laid out for
# help2man: a "*Commands*" section with one sub-section per subcommand. Left out, because the man
# page has fuller hand-written sections for them: the first line (the page's NAME), the exit status
# and newsarc-query's summary of the query language.
# Usage: man/help-text.sh PROGRAM   (PROGRAM is run by that name, so Usage lines show it bare)
set -euo pipefail
program=$1

main_help=$("$program" --help)
subcommands=$(printf '%s\n' "$main_help" |
    awk '/^Subcommands:/ { on = 1; next } on && /^$/ { exit } on && /^  [a-z]/ { print $1 }')

# One sub-section per subcommand: its usage line (ending in a colon) is the heading; the block
# labels are dropped (help2man would take "Options:" and "Examples:" for sections of the page) and
# examples get a "$ " prompt, which help2man sets in constant width.
details() {
    for sub in $subcommands; do
        "$program" "$sub" --help | awk '
            NR == 1 { $0 = " " $0 }  # help2man wants an indented line after a sub-section heading
            /^Usage: / { usage = substr($0, 8); next }
            /^(Positionals|Options):$/ { next }
            /^ +-/ { gsub(/\{(true|false)\}/, "") }  # CLI11 marks a negated flag "--no-x{false}"
            /^Examples:$/ { examples = 1; next }
            /^$/ { examples = 0 }
            examples && /^  / { sub(/^  /, "  $ ") }
            { body = body $0 "\n" }
            END { printf "%s:\n%s\n", usage, body }'
    done
}

# The main help in order, the command details right after the "Subcommands:" list (before the
# footer's examples, which get the "$ " prompt too).
printf '%s\n' "$main_help" | tail -n +2 | awk -v details="$(details)" '
    /^Subcommands:/ { print "*Commands*"; list = 1; next }
    /^Positionals:$/ { print "Arguments:"; next }
    /^ +-/ { gsub(/\{(true|false)\}/, "") }
    /^Examples:$/ { examples = 1; print; next }
    examples && /^$/ { examples = 0 }
    examples && /^  / { sub(/^  /, "  $ ") }
    /^Query language:/ { skip = 1; next }
    skip && /^$/ { skip = 0; next }
    skip || /^Exit status:/ { next }
    list && /^$/ { print ""; print details; list = 0 }
    { print }'
