#!/usr/bin/env bash
# Writes the bash and zsh completions of newsarc-index and newsarc-query from their own --help (and
# each subcommand's), so that they list exactly the options, --format values and field prefixes the
# programs have. Usage: completions/gen-completion.sh OUTDIR PROGRAM_PATH...
set -euo pipefail
outdir=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/help"

# records PROGRAM_PATH [COMMAND]: the parsed help of the program or one of its commands.
records() { "$1" ${2:+"$2"} --help | awk -f "$here/parse-help.awk"; }

fields=""
for path in "$@"; do
    name=$(basename "$path")
    records "$path" >"$tmp/help/$name."
    for command in $(awk -F'\t' '$1 == "cmd" { print $2 }' "$tmp/help/$name."); do
        records "$path" "$command" >"$tmp/help/$name.$command"
        # The program's own options (--config, --format-version) are taken after a command too.
        awk -F'\t' '$1 == "opt" && $2 !~ /--help|--version/' "$tmp/help/$name." >>"$tmp/help/$name.$command"
    done
    fields+=" $(awk -F'\t' '$1 == "field" { printf " %s", $2 }' "$tmp/help/$name.")"
done
fields=$(echo $fields)
[ -n "$fields" ] || { echo "gen-completion.sh: no field prefixes in any --help" >&2; exit 1; }

# Bash: the data as one case per program and command, then the logic (engine.bash).
{
    echo "# Bash completion for newsarc-index and newsarc-query, generated from their --help by"
    echo "# completions/gen-completion.sh; do not edit (edit the programs or completions/engine.bash)."
    echo "_newsarc_fields='$fields'"
    echo "# _newsarc_data PROGRAM COMMAND: sets _newsarc_lines to \"opt NAMES KIND VALUES...\", \"pos NAME KIND\""
    echo "# and \"cmd NAME\" entries (COMMAND empty: the program's own)."
    echo "_newsarc_data() {"
    echo "    case \"\$1/\$2\" in"
    for file in "$tmp"/help/*; do
        key=$(basename "$file")
        printf "        '%s/%s') _newsarc_lines=(" "${key%%.*}" "${key#*.}"
        awk -F'\t' '
            $1 == "opt" { printf " '\''opt %s %s%s'\''", $2, $3, ($4 == "-" ? "" : " " $4) }
            $1 == "pos" { printf " '\''pos %s %s'\''", $2, $3 }
            $1 == "cmd" { printf " '\''cmd %s'\''", $2 }' "$file"
        echo " ) ;;"
    done
    echo "        *) _newsarc_lines=() ;;"
    echo "    esac"
    echo "}"
    echo
    cat "$here/engine.bash"
} >"$tmp/newsarc.bash"

# Zsh: one _arguments specification per program and command.
zsh_quote() { sed -e "s/'/'\\\\''/g" -e 's/\[/\\[/g' -e 's/\]/\\]/g'; }
zsh_specs() {  # zsh_specs FILE: the _arguments specs of one parsed help, one a line
    while IFS=$'\t' read -r type names kind values desc; do
        [ "$type" = opt ] || continue
        desc=$(printf '%s' "$desc" | zsh_quote)
        action=""
        case $kind in
            flag) action="" ;;
            choice) action=":value:($values)" ;;
            file) action=":file:_files" ;;
            dir) action=":directory:_files -/" ;;
            query) action=":query:_newsarc_query_words" ;;
            *) action=":value: " ;;
        esac
        # A value may follow a long option after "=" or as the next word, a short one attached or next.
        spelled=$names
        if [ "$kind" != flag ]; then
            spelled=$(tr ',' '\n' <<<"$names" | sed -e 's/^--.*/&=/' -e 's/^-[^-]$/&+/' | paste -sd,)
        fi
        if [[ $names == *,* ]]; then
            exclusion="(${names//,/ })"
            printf "        '%s'{%s}'[%s]%s'\n" "$exclusion" "$spelled" "$desc" "$action"
        else
            printf "        '%s[%s]%s'\n" "$spelled" "$desc" "$action"
        fi
    done <"$1"
    awk -F'\t' '$1 == "pos" { print $3 }' "$1" | head -1 | while read -r kind; do
        case $kind in
            file) echo "        '*:file:_files'" ;;
            query) echo "        '*:query:_newsarc_query_words'" ;;
        esac
    done
}
{
    echo "#compdef newsarc-index newsarc-query"
    echo "# Zsh completion for newsarc-index and newsarc-query, generated from their --help by"
    echo "# completions/gen-completion.sh; do not edit."
    echo
    echo "_newsarc_query_words() {"
    echo "    local -a fields=(${fields})"
    echo "    [[ \$PREFIX == *:* ]] && return 1"
    echo "    compadd -S '' -a fields"
    echo "}"
    echo
    for path in "$@"; do
        name=$(basename "$path")
        fn="_${name//-/_}"
        commands=$(awk -F'\t' '$1 == "cmd" { print $2 }' "$tmp/help/$name.")
        echo "$fn() {"
        if [ -z "$commands" ]; then
            echo "    _arguments -s \\"
            zsh_specs "$tmp/help/$name." | sed 's/$/ \\/'
            echo "        && return 0"
        else
            echo "    local curcontext=\$curcontext state line"
            echo "    _arguments -C \\"
            zsh_specs "$tmp/help/$name." | sed 's/$/ \\/'
            echo "        '1:command:->command' '*::argument:->argument' && return 0"
            echo "    case \$state in"
            echo "        command)"
            echo "            local -a commands=("
            awk -F'\t' '$1 == "cmd" { print $2 ":" $5 }' "$tmp/help/$name." | sed -e "s/'/'\\\\''/g" -e "s/^/                '/; s/\$/'/"
            echo "            )"
            echo "            _describe command commands ;;"
            echo "        argument)"
            echo "            curcontext=\${curcontext%:*:*}:$name-\$line[1]:"
            echo "            case \$line[1] in"
            for command in $commands; do
                echo "                $command) _arguments -s \\"
                zsh_specs "$tmp/help/$name.$command" | sed 's/^/        /; s/$/ \\/'
                echo "                    ;;"
            done
            echo "            esac ;;"
            echo "    esac"
        fi
        echo "}"
        echo
    done
    echo "case \$service in"
    for path in "$@"; do
        name=$(basename "$path")
        echo "    $name) _${name//-/_} \"\$@\" ;;"
    done
    echo "esac"
} >"$tmp/_newsarc"

mkdir -p "$outdir"
mv "$tmp/newsarc.bash" "$outdir/newsarc"
mv "$tmp/_newsarc" "$outdir/_newsarc"
