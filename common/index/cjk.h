// Chinese, Japanese and Korean text is written without spaces between words. Xapian 1.4's query
// parser (FLAG_CJK_NGRAM) makes a run of CJK characters outside quotes the AND of its characters
// and pairs of characters as plain terms ("奥运会": 奥 奥运 运 运会 会), and inside quotes a phrase of
// its characters as stemmed terms (Z奥 Z运 Z会). Its TermGenerator, under STEM_ALL_Z, gives neither
// (Z-prefixed n-grams whose positions match no phrase), so DocumentBuilder indexes CJK runs itself,
// in the two forms the parser asks for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// Whether Xapian's tokenisers treat the code point as CJK (their CJK::codepoint_is_cjk ranges).
bool is_cjk(unsigned codepoint);

// Cheap pre-check: false when `text` certainly has no CJK character (most text).
bool may_contain_cjk(std::string_view text);

// `text` cut into alternating stretches: runs of CJK word characters, and everything else.
struct TextSegment {
    std::string_view text;
    bool cjk;
};
std::vector<TextSegment> cjk_segments(std::string_view text);

// The characters of a CJK run, each as its UTF-8 bytes.
std::vector<std::string_view> cjk_characters(std::string_view run);

}  // namespace newsarc
