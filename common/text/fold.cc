// Accent folding, one code point at a time with utf8proc's canonical decompositions.
#include "common/text/fold.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>

namespace newsarc {
namespace {

// Which accented Latin letters a language keeps.
enum class Keep { none, all_latin, enye, umlauts };

Keep keep_for(std::string_view language) {
    // Alphabets in which accented letters are letters of their own: folding them merges words
    // (Polish "zle"/"źle", Czech "byt"/"být", Turkish "sık"/"şık", Swedish "far"/"får",
    // Hungarian "kerek"/"kerék", Vietnamese tones).
    static constexpr std::array<std::string_view, 27> kAllLatin{
        "az", "bs", "cs", "da", "et", "fi", "fo", "hr", "hu", "is", "ku", "lt", "lv", "mt",
        "nb", "nn", "no", "pl", "ro", "sk", "sl", "sq", "sr", "sv", "tr", "vi", "yo"};
    if (std::find(kAllLatin.begin(), kAllLatin.end(), language) != kAllLatin.end()) return Keep::all_latin;
    if (language == "es" || language == "gl" || language == "eu") return Keep::enye;  // año, ano
    if (language == "de") return Keep::umlauts;  // Bär, Bar; the German stemmer folds them itself
    return Keep::none;
}

bool is_latin(utf8proc_int32_t c) {
    return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF);
}
bool is_greek(utf8proc_int32_t c) { return (c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF); }
bool is_cyrillic(utf8proc_int32_t c) { return c >= 0x0400 && c <= 0x052F; }
bool is_combining_diacritic(utf8proc_int32_t c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF);
}
// Arabic harakat, the dagger alif and tatweel; Hebrew points and cantillation (not maqaf, paseq,
// sof pasuq or nun hafukha, which are punctuation).
bool is_optional_mark(utf8proc_int32_t c) {
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x0591 && c <= 0x05BD) ||
           c == 0x05BF || c == 0x05C1 || c == 0x05C2 || c == 0x05C4 || c == 0x05C5 || c == 0x05C7;
}

bool kept(utf8proc_int32_t c, Keep keep) {
    switch (keep) {
        case Keep::all_latin: return is_latin(c);
        case Keep::enye: return c == 0x00F1 || c == 0x00D1;
        case Keep::umlauts:
            return c == 0x00E4 || c == 0x00F6 || c == 0x00FC || c == 0x00C4 || c == 0x00D6 || c == 0x00DC;
        case Keep::none: return false;
    }
    return false;
}

// The letter without its diacritics, or c itself.
utf8proc_int32_t base_letter(utf8proc_int32_t c, Keep keep) {
    if (c == 0x0451) return 0x0435;  // ё -> е
    if (c == 0x0401) return 0x0415;
    if (is_cyrillic(c)) return c;  // й, ї, ў, ѓ, ќ are letters
    if (!(is_latin(c) || is_greek(c)) || kept(c, keep)) return c;
    utf8proc_int32_t parts[4];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char(c, parts, 4, UTF8PROC_DECOMPOSE, &boundclass);
    if (n < 2) return c;
    for (utf8proc_ssize_t i = 1; i < n; ++i)
        if (!is_combining_diacritic(parts[i])) return c;
    return parts[0];
}

void append_utf8(std::string& out, utf8proc_int32_t c) {
    utf8proc_uint8_t bytes[4];
    utf8proc_ssize_t n = utf8proc_encode_char(c, bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
}

std::string nfc(std::string_view text) {
    utf8proc_uint8_t* out = nullptr;
    auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                      static_cast<utf8proc_ssize_t>(text.size()), &out, options);
    if (n < 0) return std::string(text);
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(out, &std::free);
    return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
}

enum class Folded { ok, needs_composing, invalid };

// Folds text into out, unless it meets invalid UTF-8, or a combining diacritic that may compose with
// a letter the language keeps (the caller composes the text first then).
Folded fold_composed(std::string_view text, Keep keep, bool composed, std::string& out) {
    out.clear();
    out.reserve(text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    utf8proc_ssize_t left = static_cast<utf8proc_ssize_t>(text.size());
    utf8proc_int32_t previous = 0;
    while (left > 0) {
        if (*p < 0x80) {
            previous = *p;
            out.push_back(static_cast<char>(*p++));
            --left;
            continue;
        }
        utf8proc_int32_t c = 0;
        utf8proc_ssize_t n = utf8proc_iterate(p, left, &c);
        if (n <= 0) return Folded::invalid;
        p += n;
        left -= n;
        if (is_combining_diacritic(c)) {
            // Composing first keeps ñ (n + U+0303) a letter where the language keeps ñ.
            if (!composed && keep != Keep::none) return Folded::needs_composing;
            bool on_alphabet = previous < 0x80 || is_latin(previous) || is_greek(previous) || is_cyrillic(previous);
            if (on_alphabet) continue;
        } else if (is_optional_mark(c)) {
            continue;
        } else {
            previous = c;
            c = base_letter(c, keep);
        }
        append_utf8(out, c);
    }
    return Folded::ok;
}

}  // namespace

std::string fold_for_language(std::string_view text, std::string_view language) {
    // Most news text is ASCII: nothing to fold.
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return std::string(text);
    Keep keep = keep_for(language);
    std::string out;
    Folded folded = fold_composed(text, keep, false, out);
    if (folded == Folded::needs_composing) folded = fold_composed(nfc(text), keep, true, out);
    return folded == Folded::ok ? out : std::string(text);
}

std::string fold_for_search(std::string_view text) { return fold_for_language(text, ""); }

bool same_folding(std::string_view a, std::string_view b) { return keep_for(a) == keep_for(b); }

}  // namespace newsarc
