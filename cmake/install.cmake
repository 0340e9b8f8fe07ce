# What `cmake --install` puts where (GNUInstallDirs: bin, share/man/man1, share/doc/newsarc) and the
# completion folders the shells load from by command name.
install(TARGETS newsarc-index newsarc-query RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(NEWSARC_MAN_PAGES)
  install(FILES ${NEWSARC_MAN_PAGES} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
# bash-completion loads completions/<command> on first use: one script serves both programs.
install(FILES ${NEWSARC_BASH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME newsarc-index)
install(FILES ${NEWSARC_BASH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME newsarc-query)
install(FILES ${NEWSARC_ZSH_COMPLETION} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
