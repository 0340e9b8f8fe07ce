#!/usr/bin/env bash
# Writes a program's man page with help2man from its own --help (and its subcommands', through
# man/help-text.sh) and the hand-written sections in the include files.
# Usage: man/gen-man.sh PROGRAM_PATH VERSION OUTPUT INCLUDE...
set -euo pipefail
program_path=$(realpath "$1") version=$2 output=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
name=$(basename "$program_path")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Run the program by its bare name, so that Usage lines say "newsarc-index", not a build path.
mkdir "$tmp/bin" "$tmp/h2m"
ln -s "$program_path" "$tmp/bin/$name"
PATH="$tmp/bin:$PATH" "$here/help-text.sh" "$name" >"$tmp/help.txt"
summary=$("$program_path" --help | head -1 | sed "s/^$name: //")

# help2man reads --help and --version from an executable: one that answers with the text above.
cat >"$tmp/h2m/$name" <<SCRIPT
#!/bin/sh
case "\$1" in --help) cat "$tmp/help.txt" ;; *) echo "$name $version" ;; esac
SCRIPT
chmod +x "$tmp/h2m/$name"

includes=()
for include in "$@"; do includes+=("--include=$include"); done
# Sub-section headings are "usage line:" in the help text; the page shows them without the colon.
# The date is the build's, unless SOURCE_DATE_EPOCH fixes it (reproducible builds).
help2man --no-info --section=1 --version-string="$version" --name="$summary" \
    --source="newsarc $version" --manual="newsarc manual" "${includes[@]}" "$tmp/h2m/$name" |
    sed -e 's/^\(\.SS ".*\):"$/\1"/' -e '/^\.SS /{n;s/^\.IP$/.PP/}' >"$tmp/page.1"
mv "$tmp/page.1" "$output"
