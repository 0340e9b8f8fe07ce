// Language detection from an article's text, with CLD2 (Compact Language Detector 2): compiled-in
// tables for 80+ languages, no data files, and fast enough to run on every article.
#pragma once

#include <string>
#include <string_view>

namespace newsarc::lang {

// The language `text` is written in, as normalise_code gives it, or kUnknown when CLD2 cannot tell
// (too little text, a mix without a majority, a language it does not know). Pure; thread-safe.
std::string detect_language(std::string_view text);

}  // namespace newsarc::lang
