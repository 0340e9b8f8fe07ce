# Man pages newsarc-index(1) and newsarc-query(1), generated at build time by help2man from the
# programs' own --help (every subcommand's too) and the hand-written sections in man/*.h2m; they are
# regenerated whenever a program or a section changes. Without help2man there are no pages (said once).
find_program(HELP2MAN_EXECUTABLE help2man)
set(NEWSARC_MAN_PAGES "")
if(NOT HELP2MAN_EXECUTABLE)
  message(WARNING "help2man not found: no man pages (scripts/install-deps installs it)")
  return()
endif()

set(man_dir ${PROJECT_BINARY_DIR}/man)
foreach(program newsarc-index newsarc-query)
  set(includes ${PROJECT_SOURCE_DIR}/man/${program}.h2m ${PROJECT_SOURCE_DIR}/man/query-language.h2m)
  add_custom_command(
      OUTPUT ${man_dir}/${program}.1 ${man_dir}/${program}.1.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${man_dir}
      COMMAND ${PROJECT_SOURCE_DIR}/man/gen-man.sh $<TARGET_FILE:${program}> ${PROJECT_VERSION}
              ${man_dir}/${program}.1 ${includes}
      # Debian installs man pages compressed; -n keeps the archive free of timestamps.
      COMMAND gzip -9nf -k ${man_dir}/${program}.1
      DEPENDS ${program} ${includes} ${PROJECT_SOURCE_DIR}/man/gen-man.sh ${PROJECT_SOURCE_DIR}/man/help-text.sh
      COMMENT "Generating man page ${program}.1"
      VERBATIM)
  list(APPEND NEWSARC_MAN_PAGES ${man_dir}/${program}.1.gz)
endforeach()
add_custom_target(man ALL DEPENDS ${NEWSARC_MAN_PAGES})
