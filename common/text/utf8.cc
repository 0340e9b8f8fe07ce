// UTF-8 helpers: Latin-1 to UTF-8, repair with utf8proc, binary sniffing.
#include "common/text/utf8.h"

#include <utf8proc.h>

namespace newsarc {

std::string latin1_to_utf8(std::string_view latin1) {
    std::string out;
    out.reserve(latin1.size());
    for (char ch : latin1) {
        auto byte = static_cast<unsigned char>(ch);
        if (byte < 0x80) {
            out.push_back(ch);
        } else {
            out.push_back(static_cast<char>(0xC0 | (byte >> 6)));
            out.push_back(static_cast<char>(0x80 | (byte & 0x3F)));
        }
    }
    return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t repair_utf8(std::string& text) {
    // Fast path: pure ASCII (the common case) is always valid.
    std::size_t first_high = 0;
    while (first_high < text.size() && static_cast<unsigned char>(text[first_high]) < 0x80) ++first_high;
    if (first_high == text.size()) return 0;

    std::string out;
    std::size_t replaced = 0;
    std::size_t pos = first_high;
    out.reserve(text.size() + 8);
    out.append(text, 0, first_high);
    const auto* data = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    while (pos < text.size()) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t len = utf8proc_iterate(data + pos, static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
        if (len > 0) {
            out.append(text, pos, static_cast<std::size_t>(len));
            pos += static_cast<std::size_t>(len);
        } else {
            out += "\xEF\xBF\xBD";  // U+FFFD; resynchronise at the next byte
            ++replaced;
            ++pos;
        }
    }
    if (replaced > 0) text.swap(out);
    return replaced;
}

bool looks_binary(std::string_view first_bytes) {
    std::size_t controls = 0, nuls = 0;
    for (char ch : first_bytes) {
        auto byte = static_cast<unsigned char>(ch);
        if (byte == 0) ++nuls;
        if ((byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r' && byte != '\f') || byte == 0x7F) {
            ++controls;
        }
    }
    return nuls * 200 > first_bytes.size() || controls * 10 > first_bytes.size();
}

std::size_t remove_nul_bytes(std::string& text) {
    std::size_t before = text.size();
    std::erase(text, '\0');
    return before - text.size();
}

}  // namespace newsarc
