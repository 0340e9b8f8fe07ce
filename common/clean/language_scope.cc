// What language and script the cleaner's English rules may act on: the article's language, the
// share of ASCII among the letters of an undetermined one, the script of the words at a cut.
#include "common/clean/language_scope.h"

#include "common/text/strutil.h"

namespace newsarc {

namespace {

// (Below this share of ASCII letters an undetermined text is not read as English: English has a
// name's accents at most, Vietnamese, Czech, Slovak, Hungarian or Latvian text more than one
// letter in ten outside ASCII, other scripts nearly all.)
constexpr std::size_t kEnglishAsciiPercent = 90;

bool ascii_letter(unsigned char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

// Adds the letters of `text` to `letters` and its ASCII ones to `ascii`.
void count_letters(std::string_view text, std::size_t& letters, std::size_t& ascii) {
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            if (ascii_letter(c)) {
            ++letters;
            ++ascii;
        }
            ++i;
            continue;
        }
        std::size_t len = 0;
        if (strutil::is_letter(strutil::decode_at(text, i, &len))) ++letters;
        i += len;
    }
}

bool is_white(std::int32_t cp) { return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || strutil::is_space(cp); }

}  // namespace

bool is_latin_letter(std::int32_t cp) {
    if (cp < 0x80) return ascii_letter(static_cast<unsigned char>(cp));
    bool latin_block = (cp >= 0xAA && cp <= 0x2AF) ||     // Latin-1 letters, Extended-A and -B, IPA
                       (cp >= 0x1D00 && cp <= 0x1DBF) ||  // phonetic extensions
                       (cp >= 0x1E00 && cp <= 0x1EFF) ||  // Latin Extended Additional (Vietnamese)
                       (cp >= 0x2C60 && cp <= 0x2C7F) || (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xAB30 && cp <= 0xAB6F) ||
                       (cp >= 0xFB00 && cp <= 0xFB06);  // ligatures (ﬁ)
    return latin_block && strutil::is_letter(cp);
}

bool is_other_script_sentence_end(std::int32_t cp) {
    switch (cp) {
        case 0x3002: case 0xFF01: case 0xFF1F: case 0xFF0E: case 0x061F: case 0x06D4: case 0x0964: case 0x0965:
        case 0x0589: case 0x1362: case 0x104B: case 0x17D4: case 0x0F0D:
            return true;
        default:
            return false;
    }
}

bool is_unspaced_script(std::int32_t cp) {
    return (cp >= 0x0E00 && cp <= 0x0EFF) ||    // Thai, Lao
           (cp >= 0x1000 && cp <= 0x109F) ||    // Myanmar
           (cp >= 0x1780 && cp <= 0x17FF) ||    // Khmer
           (cp >= 0x2E80 && cp <= 0x31FF) ||    // CJK radicals and punctuation, kana, bopomofo
           (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
           (cp >= 0xFF00 && cp <= 0xFF9F) ||  // full-width forms, half-width kana
           (cp >= 0x20000 && cp <= 0x3FFFF);  // Han, supplementary planes
}

std::size_t guard_words(std::string_view text) {
    std::size_t unspaced = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        if (is_unspaced_script(strutil::decode_at(text, i, &len))) ++unspaced;
        i += len;
    }
    return strutil::count_words(text) + unspaced / 2;
}

bool english_rules_apply(std::string_view language, std::string_view title, const std::vector<std::string>& body_lines) {
    if (language == "en") return true;
    if (language != "und") return false;
    std::size_t letters = 0, ascii = 0;
    count_letters(title, letters, ascii);
    for (const auto& l : body_lines) count_letters(l, letters, ascii);
    return ascii * 100 >= kEnglishAsciiPercent * letters;
}

bool other_script_at_cut(std::string_view s, std::size_t left_end, std::size_t right_begin) {
    auto foreign = [](std::int32_t cp) { return cp >= 0x80 && strutil::is_letter(cp) && !is_latin_letter(cp); };
    for (std::size_t k = left_end; k > 0;) {
        std::size_t start = 0;
        auto cp = strutil::decode_before(s, k, &start);
        if (is_white(cp)) break;
        if (foreign(cp)) return true;
        k = start;
    }
    for (std::size_t k = right_begin; k < s.size();) {
        std::size_t len = 0;
        auto cp = strutil::decode_at(s, k, &len);
        if (is_white(cp)) break;
        if (foreign(cp)) return true;
        k += len;
    }
    return false;
}

}  // namespace newsarc
