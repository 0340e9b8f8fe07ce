# The git commit a build comes from, for --version: a header regenerated on every build and rewritten
# only when HEAD moved, so a new commit recompiles one file. "unknown" outside a git checkout.
set(NEWSARC_GENERATED_DIR ${PROJECT_BINARY_DIR}/generated)
find_program(GIT_EXECUTABLE git)
add_custom_target(newsarc_git_commit
    COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DGIT=${GIT_EXECUTABLE}
            -DOUT=${NEWSARC_GENERATED_DIR}/newsarc_git_commit.h -P ${PROJECT_SOURCE_DIR}/cmake/git_commit.cmake
    BYPRODUCTS ${NEWSARC_GENERATED_DIR}/newsarc_git_commit.h
    COMMENT "" VERBATIM)
