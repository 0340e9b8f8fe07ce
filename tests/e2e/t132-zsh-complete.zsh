# Prints, one a line, the matches zsh's completion system offers for a command line (the cursor at
# its end). Used by t132-completion.sh.
# Usage: zsh -f t132-zsh-complete.zsh FPATH_DIR 'COMMAND LINE'
# It runs an interactive zsh in a pseudo-terminal with compadd wrapped to print each match between
# two NUL lines, presses Tab, and reads the printed matches back.
zmodload zsh/zpty
setup=$(mktemp)
trap 'rm -f $setup' EXIT
cat >$setup <<'SETUP'
autoload -Uz compinit && compinit -u -D
PROMPT=''
# Return never runs the line; Tab completes; NUL lines mark where the matches start and end.
bindkey '^I' complete-word
bindkey '^M' undefined
bindkey '^J' undefined
_t132_nul() { print -r -- $'\0' }
compprefuncs=(_t132_nul)
comppostfuncs=(_t132_nul exit)
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd() {
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return; fi
    local -a hits
    builtin compadd -A hits "$@"
    local -A apre hpre
    zparseopts -E P:=apre p:=hpre
    local hit
    for hit in $hits; do print -r -- "MATCH $IPREFIX$apre$hpre$hit"; done
}
SETUP
zpty z zsh -f -i
zpty -w z "fpath=(${(q)1} \$fpath); source ${(q)setup}"
zpty -w z "$2"$'\t'
integer nuls=0
local line
while zpty -r z line; do
    line=${line%$'\r\n'}
    if [[ $line == *$'\0' ]]; then (( ++nuls == 2 )) && break; continue; fi
    (( nuls )) && [[ $line == MATCH\ * ]] && print -r -- ${line#MATCH }
done
zpty -d z
