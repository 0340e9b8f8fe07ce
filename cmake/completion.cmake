# Bash and zsh completions, generated at build time from the programs' --help (and each
# subcommand's) by completions/gen-completion.sh, so they never list a stale option.
set(completion_dir ${PROJECT_BINARY_DIR}/completions)
set(NEWSARC_BASH_COMPLETION ${completion_dir}/newsarc)
set(NEWSARC_ZSH_COMPLETION ${completion_dir}/_newsarc)
add_custom_command(
    OUTPUT ${NEWSARC_BASH_COMPLETION} ${NEWSARC_ZSH_COMPLETION}
    COMMAND ${PROJECT_SOURCE_DIR}/completions/gen-completion.sh ${completion_dir}
            $<TARGET_FILE:newsarc-index> $<TARGET_FILE:newsarc-query>
    DEPENDS newsarc-index newsarc-query ${PROJECT_SOURCE_DIR}/completions/gen-completion.sh
            ${PROJECT_SOURCE_DIR}/completions/parse-help.awk ${PROJECT_SOURCE_DIR}/completions/engine.bash
    COMMENT "Generating bash and zsh completions"
    VERBATIM)
add_custom_target(completions ALL DEPENDS ${NEWSARC_BASH_COMPLETION} ${NEWSARC_ZSH_COMPLETION})
