// The text both programs print for --version: version, git commit, and the library versions.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// "PROGRAM VERSION (commit ABCDEF0)\nXapian X, zstd Y, CLI11 Z": the libraries as linked at run time
// where they can say so (Xapian, zstd), as compiled in otherwise (CLI11 is header-only).
std::string version_text(std::string_view program);

}  // namespace newsarc
