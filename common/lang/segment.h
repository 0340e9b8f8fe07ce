// Thai, Lao, Khmer and Burmese are written without spaces between words, and are not CJK to
// Xapian: a run of their letters would be one term. ICU's dictionary-based word breaking cuts them
// into words.
#pragma once

#include <string>
#include <string_view>

namespace newsarc::lang {

// `text` with a space between the words of every run of Thai, Lao, Khmer or Myanmar letters;
// everything else as it is. Pure; thread-safe (one ICU break iterator per thread).
std::string segment_words(std::string text);

}  // namespace newsarc::lang
