// UTF-8 helpers over utf8proc, so the cleaning units share one notion of letters, case and space.
#include "common/text/strutil.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>

#include "common/text/utf8.h"

namespace newsarc::strutil {

namespace {

bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

std::int32_t decode_at(std::string_view s, std::size_t i, std::size_t* len) {
    if (i >= s.size()) {
        if (len) *len = 0;
        return -1;
    }
    // ASCII, most of any news text, needs no decoder.
    if (auto c = static_cast<unsigned char>(s[i]); c < 0x80) {
        if (len) *len = 1;
        return c;
    }
    utf8proc_int32_t cp = -1;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
        if (len) *len = 1;
        return -1;
    }
    if (len) *len = static_cast<std::size_t>(n);
    return cp;
}

std::int32_t decode_before(std::string_view s, std::size_t end, std::size_t* start) {
    if (end == 0 || end > s.size()) {
        if (start) *start = 0;
        return -1;
    }
    std::size_t b = end - 1;
    // Step back over continuation bytes (at most three) to the lead byte.
    while (b > 0 && end - b < 4 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    std::size_t len = 0;
    std::int32_t cp = decode_at(s, b, &len);
    if (b + len != end) {  // not a well-formed sequence ending here: treat the last byte alone
        if (start) *start = end - 1;
        return -1;
    }
    if (start) *start = b;
    return cp;
}

void append_utf8(std::string& out, std::int32_t cp) {
    if (cp < 0) return;
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(cp, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

bool is_upper(std::int32_t cp) {
    if (cp < 0) return false;
    auto c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool is_lower(std::int32_t cp) {
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool is_letter(std::int32_t cp) {
    if (cp < 0) return false;
    auto c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool is_digit(std::int32_t cp) {
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

bool is_space(std::int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80) return is_ascii_space(static_cast<unsigned char>(cp));
    return cp == 0xA0 || utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

std::int32_t to_upper_cp(std::int32_t cp) { return cp < 0 ? cp : utf8proc_toupper(cp); }
std::int32_t to_lower_cp(std::int32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
    return cp < 0x80 ? cp : utf8proc_tolower(cp);
}

std::string_view trim(std::string_view s) {
    std::size_t b = 0;
    while (b < s.size()) {
        std::size_t len = 0;
        auto cp = decode_at(s, b, &len);
        if (!is_space(cp)) break;
        b += len;
    }
    std::size_t e = s.size();
    while (e > b) {
        std::size_t start = 0;
        auto cp = decode_before(s, e, &start);
        if (!is_space(cp)) break;
        e = start;
    }
    return s.substr(b, e - b);
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool pending = false;
    for (std::size_t i = 0; i < s.size();) {
        // ASCII, most of any text, is handled here: spaces byte by byte, and a run of other bytes
        // copied at once (this is called on every paragraph and every learned segment).
        if (auto c = static_cast<unsigned char>(s[i]); c < 0x80 && is_ascii_space(c)) {
            pending = !out.empty();
            ++i;
            continue;
        }
        std::size_t run = i;
        while (run < s.size()) {
            auto c = static_cast<unsigned char>(s[run]);
            if (c >= 0x80 || is_ascii_space(c)) break;
            ++run;
        }
        if (run > i) {
            if (pending) out += ' ';
            pending = false;
            out.append(s.substr(i, run - i));
            i = run;
            continue;
        }
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        if (is_space(cp)) {
            pending = !out.empty();
        } else {
            if (pending) out += ' ';
            pending = false;
            out.append(s.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string to_lower(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        if (cp < 0) out.append(s.substr(i, len));
        else append_utf8(out, to_lower_cp(cp));
        i += len;
    }
    return out;
}

std::size_t code_points(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::size_t count_words(std::string_view s) {
    std::size_t n = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 1;
        auto c = static_cast<unsigned char>(s[i]);
        bool sp = c < 0x80 ? is_ascii_space(c) : is_space(decode_at(s, i, &len));
        if (!sp && !in_word) ++n;
        in_word = !sp;
        i += len;
    }
    return n;
}

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += separator;
        out += item;
    }
    return out;
}

std::vector<std::string> split(std::string_view text, std::string_view separator) {
    std::vector<std::string> pieces;
    for (std::size_t start = 0; start < text.size();) {
        std::size_t end = std::min(text.find(separator, start), text.size());
        pieces.emplace_back(text.substr(start, end - start));
        start = end + separator.size();
    }
    return pieces;
}

namespace {

// Not the zero-width (non-)joiners: Persian, Urdu and the Indic scripts spell words with them.
bool is_invisible(std::int32_t cp) {
    return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD;
}

}  // namespace

std::string normalise_text(std::string_view s) {
    // Most news text is ASCII, which is already NFC and has no special spaces.
    bool ascii = true;
    for (unsigned char c : s)
        if (c >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) return std::string(s);

    std::string text(s);
    repair_utf8(text);
    utf8proc_uint8_t* mapped = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &mapped, options);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);
    if (n >= 0) text.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));

    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        std::size_t len = 0;
        auto cp = decode_at(text, i, &len);
        if (cp >= 0x80) {
            if (is_invisible(cp)) {
                i += len;
                continue;
            }
            auto cat = utf8proc_category(cp);
            if (cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL || cat == UTF8PROC_CATEGORY_ZP) {
                out += ' ';
                i += len;
                continue;
            }
        }
        out.append(text, i, len);
        i += len;
    }
    return out;
}

}  // namespace newsarc::strutil
