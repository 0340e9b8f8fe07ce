// CJK runs, found as Xapian's tokenisers find them.
#include "common/index/cjk.h"

#include <xapian.h>

namespace newsarc {

bool is_cjk(unsigned p) {
    // As in xapian-core 1.4's common/cjk-tokenizer.cc.
    return (p >= 0x2E80 && p <= 0x2EFF) || (p >= 0x3000 && p <= 0x9FFF) || (p >= 0xA700 && p <= 0xA71F) ||
           (p >= 0xAC00 && p <= 0xD7AF) || (p >= 0xF900 && p <= 0xFAFF) || (p >= 0xFE30 && p <= 0xFE4F) ||
           (p >= 0xFF00 && p <= 0xFFEF) || (p >= 0x20000 && p <= 0x2A6DF) || (p >= 0x2F800 && p <= 0x2FA1F);
}

bool may_contain_cjk(std::string_view text) {
    // Every CJK code point is encoded from E2 BA (U+2E80) up; E2 80-B9 are punctuation, curly
    // quotes among them, which English news is full of.
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0xE3) return true;
        if (c == 0xE2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0xBA) return true;
    }
    return false;
}

std::vector<TextSegment> cjk_segments(std::string_view text) {
    std::vector<TextSegment> out;
    Xapian::Utf8Iterator it(text.data(), text.size()), end;
    std::size_t start = 0;
    bool in_cjk = false;
    while (it != end) {
        std::size_t at = static_cast<std::size_t>(it.raw() - text.data());
        unsigned ch = *it;
        bool cjk = is_cjk(ch) && Xapian::Unicode::is_wordchar(ch);
        if (cjk != in_cjk) {
            if (at > start) out.push_back({text.substr(start, at - start), in_cjk});
            start = at;
            in_cjk = cjk;
        }
        ++it;
    }
    if (text.size() > start) out.push_back({text.substr(start), in_cjk});
    return out;
}

std::vector<std::string_view> cjk_characters(std::string_view run) {
    std::vector<std::string_view> out;
    Xapian::Utf8Iterator it(run.data(), run.size()), end;
    while (it != end) {
        const char* begin = it.raw();
        ++it;
        const char* stop = it == end ? run.data() + run.size() : it.raw();
        out.emplace_back(begin, static_cast<std::size_t>(stop - begin));
    }
    return out;
}

}  // namespace newsarc
