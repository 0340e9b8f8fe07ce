// Word breaking of South-East Asian scripts with ICU's BreakIterator (dictionaries for Thai, Lao,
// Khmer and Burmese ship with libicu).
#include "common/lang/segment.h"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace newsarc::lang {
namespace {

bool is_unspaced(UChar32 c) {
    return (c >= 0x0E00 && c <= 0x0EFF) ||  // Thai, Lao
           (c >= 0x1780 && c <= 0x17FF) ||  // Khmer
           (c >= 0x1000 && c <= 0x109F);    // Myanmar
}

// Cheap pre-check: those blocks are encoded E0 B8-BB .. and E1 80-82, E1 9E-9F.
bool may_contain_unspaced(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]), d = static_cast<unsigned char>(text[i + 1]);
        if ((c == 0xE0 && d >= 0xB8 && d <= 0xBB) || (c == 0xE1 && (d <= 0x82 || d == 0x9E || d == 0x9F))) return true;
    }
    return false;
}

icu::BreakIterator* word_breaker() {
    thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> b(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) b.reset();
        return b;
    }();
    return breaker.get();
}

void append_words(std::string_view run, std::string& out) {
    icu::BreakIterator* breaker = word_breaker();
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(run.data(), static_cast<int32_t>(run.size())));
    if (!breaker) {
        out.append(run);
        return;
    }
    breaker->setText(text);
    int32_t start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; start = end, end = breaker->next()) {
        if (start > 0) out.push_back(' ');
        text.tempSubStringBetween(start, end).toUTF8String(out);
    }
}

}  // namespace

std::string segment_words(std::string text) {
    if (!may_contain_unspaced(text)) return text;
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t i = 0, run_start = std::string::npos;
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    auto length = static_cast<int32_t>(text.size());
    while (i < text.size()) {
        int32_t at = static_cast<int32_t>(i), next = at;
        UChar32 c;
        U8_NEXT(bytes, next, length, c);
        bool unspaced = c >= 0 && is_unspaced(c);
        if (unspaced && run_start == std::string::npos) run_start = i;
        if (!unspaced) {
            if (run_start != std::string::npos) {
                append_words(std::string_view(text).substr(run_start, i - run_start), out);
                run_start = std::string::npos;
            }
            out.append(text, i, static_cast<std::size_t>(next - at));
        }
        i = static_cast<std::size_t>(next);
    }
    if (run_start != std::string::npos) append_words(std::string_view(text).substr(run_start), out);
    return out;
}

}  // namespace newsarc::lang
