# newsarc_part(NAME [DEPS part...] [LIBS target...] [HEADERS group...]): the library part in
# common/NAME/, a static library newsarc_NAME (an interface library when it has no sources) that
# links the parts it names and the libraries it needs. HEADERS names the groups of third-party
# headers its files may include (cmake/layers.cmake lists them); a part may also include what the
# parts it names may. A part may name only parts declared before it.
#
# newsarc_program_part(NAME DIR DEPS part...): the same rules for a folder outside common/ (the
# programs, the tests, the benchmarks), which may include only the parts it names.
define_property(GLOBAL PROPERTY NEWSARC_PARTS BRIEF_DOCS "library parts" FULL_DOCS "name|dir|deps|headers")

function(_newsarc_record name dir deps headers)
  string(REPLACE ";" "," deps_text "${deps}")
  string(REPLACE ";" "," headers_text "${headers}")
  set_property(GLOBAL APPEND PROPERTY NEWSARC_PARTS "${name}|${dir}|${deps_text}|${headers_text}")
endfunction()

function(newsarc_part name)
  cmake_parse_arguments(PART "" "" "DEPS;LIBS;HEADERS" ${ARGN})
  foreach(dep ${PART_DEPS})
    if(NOT TARGET newsarc_${dep})
      message(FATAL_ERROR "part ${name} uses ${dep}, which is not declared before it (common/CMakeLists.txt)")
    endif()
  endforeach()
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cc)
  list(TRANSFORM PART_DEPS PREPEND newsarc_ OUTPUT_VARIABLE dep_targets)
  if(sources)
    add_library(newsarc_${name} STATIC ${sources})
    set(scope PUBLIC)
  else()
    add_library(newsarc_${name} INTERFACE)
    set(scope INTERFACE)
  endif()
  target_include_directories(newsarc_${name} ${scope} ${PROJECT_SOURCE_DIR})
  target_link_libraries(newsarc_${name} ${scope} ${dep_targets} ${PART_LIBS})
  if("XAPIAN" IN_LIST PART_HEADERS)
    target_include_directories(newsarc_${name} SYSTEM ${scope} ${XAPIAN_INCLUDE_DIR})
  endif()
  _newsarc_record(${name} common/${name} "${PART_DEPS}" "${PART_HEADERS}")
endfunction()

function(newsarc_program_part name dir)
  cmake_parse_arguments(PART "" "" "DEPS;HEADERS" ${ARGN})
  _newsarc_record(${name} ${dir} "${PART_DEPS}" "${PART_HEADERS}")
endfunction()

# The build-time check of every part's includes: a target that every program depends on, rerun when
# any source changes.
function(newsarc_check_layers)
  get_property(parts GLOBAL PROPERTY NEWSARC_PARTS)
  set(table ${PROJECT_BINARY_DIR}/newsarc_parts.txt)
  string(REPLACE ";" "\n" text "${parts}")
  file(WRITE ${table} "${text}\n")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS
       ${PROJECT_SOURCE_DIR}/common/*.cc ${PROJECT_SOURCE_DIR}/common/*.h
       ${PROJECT_SOURCE_DIR}/indexer/*.cc ${PROJECT_SOURCE_DIR}/indexer/*.h
       ${PROJECT_SOURCE_DIR}/query/*.cc ${PROJECT_SOURCE_DIR}/query/*.h
       ${PROJECT_SOURCE_DIR}/tests/*.cc ${PROJECT_SOURCE_DIR}/tests/*.h
       ${PROJECT_SOURCE_DIR}/bench/*.cc ${PROJECT_SOURCE_DIR}/bench/*.h)
  set(stamp ${PROJECT_BINARY_DIR}/newsarc_layers.stamp)
  add_custom_command(OUTPUT ${stamp}
      COMMAND ${CMAKE_COMMAND} -DROOT=${PROJECT_SOURCE_DIR} -DTABLE=${table} -DSTAMP=${stamp}
              -P ${PROJECT_SOURCE_DIR}/cmake/layers.cmake
      DEPENDS ${sources} ${table} ${PROJECT_SOURCE_DIR}/cmake/layers.cmake
      COMMENT "Checking that every part includes only what it may" VERBATIM)
  add_custom_target(newsarc_layers ALL DEPENDS ${stamp})
endfunction()
