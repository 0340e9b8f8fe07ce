// Version text shared by newsarc-index and newsarc-query; the commit comes from a header the build
// regenerates whenever HEAD changes (cmake/version.cmake).
#include "common/cli/version.h"

#include <CLI/Version.hpp>
#include <xapian.h>
#include <zstd.h>

#include "newsarc_git_commit.h"

namespace newsarc {

std::string version_text(std::string_view program) {
    std::string text(program);
    text += " " NEWSARC_VERSION " (commit " NEWSARC_GIT_COMMIT ")\n";
    text += std::string("Xapian ") + Xapian::version_string() + ", zstd " + ZSTD_versionString() +
            ", CLI11 " CLI11_VERSION;
    return text;
}

}  // namespace newsarc
