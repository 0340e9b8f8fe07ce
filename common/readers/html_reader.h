// The reader for saved HTML pages (one article per file); the decoding and extraction live in
// common/html/page.h.
#pragma once

#include <cstddef>

namespace newsarc {

// Pages above this size are rejected whole: parsing one costs about ten times its size in memory.
inline constexpr std::size_t kMaxHtmlPageBytes = 16u << 20;

}  // namespace newsarc
