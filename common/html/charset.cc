// Charset sniffing (BOM, HTTP, <meta>) and decoding of the Latin-1 family and UTF-8.
#include "common/html/charset.h"

#include <iconv.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

#include "common/text/strutil.h"
#include "common/text/utf8.h"

namespace newsarc::html {

namespace {

constexpr std::size_t kMetaScanBytes = 4096;

// Windows-1252's 0x80..0x9F; 0 where the code page leaves a hole (read as the C1 control).
constexpr std::uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

std::string cp1252_to_utf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) {
            out += ch;
        } else if (c < 0xA0 && kCp1252High[c - 0x80]) {
            append_utf8(out, kCp1252High[c - 0x80]);
        } else {
            append_utf8(out, c);
        }
    }
    return out;
}

// Strict UTF-8 validation (no overlongs, surrogates or values past U+10FFFF), skipping ASCII
// eight bytes at a time: most pages are valid, and repair_utf8 costs a decode per character.
bool is_valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        if (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if ((w & 0x8080808080808080ull) == 0) {
                p += 8;
                continue;
            }
        }
        unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
        if (n < 0 || c > 0xF4 || c == 0xC0 || c == 0xC1 || end - p <= n) return false;
        for (int i = 1; i <= n; ++i)
            if ((p[i] & 0xC0) != 0x80) return false;
        if (c == 0xE0 && p[1] < 0xA0) return false;  // overlong
        if (c == 0xED && p[1] >= 0xA0) return false;  // surrogate
        if (c == 0xF0 && p[1] < 0x90) return false;  // overlong
        if (c == 0xF4 && p[1] >= 0x90) return false;  // past U+10FFFF
        p += n + 1;
    }
    return true;
}

// Any other charset through the C library's iconv (glibc's converters ship with libc6: Shift_JIS,
// EUC-KR, GBK, Big5, Windows-1251, KOI8-R, the ISO-8859 family...). A byte sequence the charset
// does not define becomes U+FFFD and is counted. False when the charset is unknown to iconv.
bool iconv_to_utf8(std::string_view bytes, const std::string& charset, std::string& out, std::size_t& bad) {
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    out.clear();
    out.reserve(bytes.size() * 3 / 2 + 16);
    std::string buf(64 * 1024, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* o = buf.data();
        std::size_t o_left = buf.size();
        std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
        out.append(buf.data(), buf.size() - o_left);
        if (r == static_cast<std::size_t>(-1)) {
            if (errno == E2BIG) continue;
            // EILSEQ or EINVAL (a sequence cut at the end): one byte is replaced and skipped.
            out += "\xEF\xBF\xBD";
            ++bad;
            ++in;
            --in_left;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return true;
}

bool is_utf8_label(std::string_view c) { return c == "utf-8" || c == "utf8" || c == "unicode-1-1-utf-8"; }

bool is_latin_label(std::string_view c) {
    return c == "iso-8859-1" || c == "iso8859-1" || c == "latin1" || c == "latin-1" || c == "l1" ||
           c == "windows-1252" || c == "cp1252" || c == "x-cp1252" || c == "us-ascii" || c == "ascii" ||
           c == "iso_8859-1" || c == "iso-ir-100" || c == "cp819" || c == "ibm819" || c == "csisolatin1" ||
           c == "iso_8859-1:1987" || c == "ansi_x3.4-1968";
}

// The value after `charset=` in `s` (quotes and trailing parameters dropped), lowercased.
std::string charset_after(std::string_view s) {
    std::string lower = strutil::ascii_lower(s);
    std::size_t at = lower.find("charset");
    if (at == std::string::npos) return {};
    std::size_t i = at + 7;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t')) ++i;
    if (i >= lower.size() || lower[i] != '=') return {};
    ++i;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '"' || lower[i] == '\'')) ++i;
    std::size_t end = i;
    while (end < lower.size() && lower[end] != '"' && lower[end] != '\'' && lower[end] != ';' &&
           lower[end] != ' ' && lower[end] != '>' && lower[end] != '/' && lower[end] != '\t')
        ++end;
    return lower.substr(i, end - i);
}

// <meta charset=...> or <meta http-equiv="content-type" content="...charset=..."> in the head bytes.
std::string meta_charset(std::string_view head) {
    std::string lower = strutil::ascii_lower(head);
    for (std::size_t pos = lower.find("<meta"); pos != std::string::npos; pos = lower.find("<meta", pos + 5)) {
        std::size_t end = lower.find('>', pos);
        if (end == std::string::npos) break;
        std::string_view tag = std::string_view(lower).substr(pos, end - pos);
        std::string c = charset_after(tag);
        if (!c.empty()) return c;
    }
    return {};
}

}  // namespace

std::string charset_parameter(std::string_view content_type) { return charset_after(content_type); }

std::string declared_charset(std::string_view bytes, std::string_view http_content_type) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
    if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
    if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
    std::string http = charset_parameter(http_content_type);
    if (!http.empty()) return http;
    return meta_charset(bytes.substr(0, kMetaScanBytes));
}

Decoded decode_html(std::string_view bytes, std::string_view http_content_type) {
    Decoded d;
    std::string charset = declared_charset(bytes, http_content_type);
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    if (is_latin_label(charset)) {
        d.text = cp1252_to_utf8(bytes);
        d.encoding = "windows-1252";
        return d;
    }
    d.text.assign(bytes);
    d.encoding = "utf-8";
    bool valid = is_valid_utf8(bytes);
    if (charset.empty()) {
        // Undeclared: valid UTF-8 is taken as such, anything else as the web's default.
        if (valid) return d;
        d.text = cp1252_to_utf8(bytes);
        d.encoding = "windows-1252";
        return d;
    }
    if (!is_utf8_label(charset) && !charset.starts_with("utf-16")) {
        std::string converted;
        std::size_t bad = 0;
        if (iconv_to_utf8(bytes, charset, converted, bad)) {
            d.text = std::move(converted);
            d.encoding = charset;
            d.repaired = bad;
            return d;
        }
        d.problem = "unknown charset \"" + charset + "\"; read as UTF-8";
    }
    if (!valid) d.repaired = repair_utf8(d.text);
    return d;
}

}  // namespace newsarc::html
