# The completion logic for newsarc-index and newsarc-query; the generator puts the programs'
# options (_newsarc_data, read from their --help) above it.

# _newsarc_entry PROGRAM COMMAND WORD: sets _newsarc_kind and _newsarc_values for the option WORD.
_newsarc_entry() {
    local entry type names kind
    _newsarc_kind="" _newsarc_values=""
    _newsarc_data "$1" "$2"
    for entry in "${_newsarc_lines[@]}"; do
        read -r type names kind _newsarc_values <<<"$entry"
        [[ $type == opt && ",$names," == *",$3,"* ]] || continue
        _newsarc_kind=$kind
        return 0
    done
    return 1
}

# _newsarc_reply KIND VALUES CUR: fills COMPREPLY with the values of one kind.
_newsarc_reply() {
    local kind=$1 values=$2 cur=$3
    case $kind in
        choice) COMPREPLY=($(compgen -W "$values" -- "$cur")) ;;
        file) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
        dir) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
        query)
            # Field prefixes, without the space after them; a word already in a field is free text.
            [[ $cur == *:* ]] && return
            compopt -o nospace 2>/dev/null
            COMPREPLY=($(compgen -W "$_newsarc_fields" -- "$cur")) ;;
    esac
}

_newsarc() {
    local program=${COMP_WORDS[0]##*/} cword=$COMP_CWORD
    local cur=${COMP_WORDS[cword]} command="" word i options_end="" entry type names kind values
    COMPREPLY=()
    [[ $cur == "=" ]] && cur=""
    # The words before the cursor: the command, the end of options, and whether the word at the
    # cursor is the value of an option (bash splits "--format=json" into "--format" "=" "json").
    for ((i = 1; i < cword; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -z $options_end && $word == -- ]]; then
            options_end=1
        elif [[ -z $options_end && $word == -* ]]; then
            _newsarc_entry "$program" "$command" "$word" && [[ $_newsarc_kind != flag ]] || continue
            local value=$((i + 1))
            [[ ${COMP_WORDS[value]} == "=" ]] && ((value++))
            if ((value >= cword)); then  # the cursor is on this option's value
                _newsarc_reply "$_newsarc_kind" "$_newsarc_values" "$cur"
                return
            fi
            i=$value
        elif [[ -z $command ]]; then
            _newsarc_data "$program" ""
            for entry in "${_newsarc_lines[@]}"; do
                [[ $entry == "cmd $word" ]] && command=$word
            done
        fi
    done

    _newsarc_data "$program" "$command"
    if [[ -z $options_end && $cur == -* ]]; then
        local -a all=()
        for entry in "${_newsarc_lines[@]}"; do
            read -r type names kind values <<<"$entry"
            [[ $type == opt ]] && all+=(${names//,/ })
        done
        COMPREPLY=($(compgen -W "${all[*]}" -- "$cur"))
        return
    fi
    local -a commands=()
    local positional=""
    for entry in "${_newsarc_lines[@]}"; do
        read -r type names kind values <<<"$entry"
        [[ $type == cmd ]] && commands+=("$names")
        [[ $type == pos && -z $positional ]] && positional=$kind
    done
    if [[ -z $command && ${#commands[@]} -gt 0 ]]; then
        COMPREPLY=($(compgen -W "${commands[*]}" -- "$cur"))
    elif [[ -n $positional ]]; then
        _newsarc_reply "$positional" "" "$cur"
    fi
}
complete -F _newsarc newsarc-index newsarc-query
