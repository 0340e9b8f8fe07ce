// Decoding of SGML/HTML character entities.
#include "common/text/entities.h"

#include <array>
#include <cstdint>
#include <utility>

#include "common/text/utf8.h"

namespace newsarc {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kNamed{{
    {"lt", "<"},
    {"gt", ">"},
    {"amp", "&"},
    {"quot", "\""},
    {"apos", "'"},
    {"nbsp", "\xC2\xA0"},
}};

// Longest reference body looked at, so a stray "&" does not scan far ahead for a ";".
constexpr std::size_t kMaxReference = 32;

bool decode_number(std::string_view digits, bool hex, std::uint32_t& cp) {
    if (digits.empty()) return false;
    std::uint64_t value = 0;
    for (char ch : digits) {
        int d;
        if (ch >= '0' && ch <= '9') d = ch - '0';
        else if (hex && ch >= 'a' && ch <= 'f') d = ch - 'a' + 10;
        else if (hex && ch >= 'A' && ch <= 'F') d = ch - 'A' + 10;
        else return false;
        value = value * (hex ? 16 : 10) + static_cast<std::uint64_t>(d);
        if (value > 0x10FFFF) value = 0x110000;  // clamp: still "too large", no overflow
    }
    cp = static_cast<std::uint32_t>(value);
    return true;
}

}  // namespace

std::string decode_entities(std::string_view text) {
    std::size_t amp = text.find('&');
    if (amp == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (amp != std::string_view::npos) {
        out.append(text.substr(pos, amp - pos));
        pos = amp;
        std::size_t semi = text.find(';', amp + 1);
        bool decoded = false;
        if (semi != std::string_view::npos && semi - amp - 1 <= kMaxReference) {
            std::string_view ref = text.substr(amp + 1, semi - amp - 1);
            if (!ref.empty() && ref[0] == '#') {
                bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
                std::uint32_t cp = 0;
                if (decode_number(ref.substr(hex ? 2 : 1), hex, cp)) {
                    append_utf8(out, cp == 0 ? 0xFFFD : cp);
                    decoded = true;
                }
            } else {
                for (const auto& [name, value] : kNamed) {
                    if (ref == name) {
                        out.append(value);
                        decoded = true;
                        break;
                    }
                }
            }
            if (decoded) pos = semi + 1;
        }
        if (!decoded) {
            out.push_back('&');
            pos = amp + 1;
        }
        amp = text.find('&', pos);
    }
    out.append(text.substr(pos));
    return out;
}

}  // namespace newsarc
