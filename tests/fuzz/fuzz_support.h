// Shared by the fuzz targets: drains a reader and checks the promises reader.h makes.
#pragma once

#include <cstdlib>
#include <variant>

#include "common/readers/reader.h"
#include "common/text/utf8.h"

namespace newsarc::fuzz {

// A reader must hand out UTF-8 text whatever it was given, and never throw for bad data.
inline bool valid_utf8(const std::string& s) {
    std::string copy = s;
    return repair_utf8(copy) == 0;
}

inline void check_article(const RawArticle& a) {
    bool ok = valid_utf8(a.title) && valid_utf8(a.url) && valid_utf8(a.id) && valid_utf8(a.section);
    for (const auto& l : a.body_lines) ok = ok && valid_utf8(l);
    for (const auto& l : a.bylines) ok = ok && valid_utf8(l);
    for (const auto& l : a.dates) ok = ok && valid_utf8(l);
    if (!ok) std::abort();  // a reader let invalid UTF-8 through
}

inline void drain(Reader& reader) {
    // An endless reader is a bug too: no input of n bytes has more than n + 1 items.
    for (std::size_t items = 0; auto item = reader.next(); ++items) {
        if (items > (1u << 24)) std::abort();
        if (auto* a = std::get_if<RawArticle>(&*item)) check_article(*a);
    }
}

}  // namespace newsarc::fuzz
