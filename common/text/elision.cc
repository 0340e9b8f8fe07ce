// The elided forms, lower-case, as each language's grammar lists them.
#include "common/text/elision.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace newsarc {
namespace {

constexpr std::array<std::string_view, 16> kFrench{"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
                                                    "puisqu", "quoiqu", "presqu", "quelqu", "aujourd"};
constexpr std::array<std::string_view, 24> kItalian{"l", "d", "un", "dell", "dall", "nell", "sull", "all", "coll",
                                                     "pell", "quest", "quell", "bell", "sant", "tutt", "c", "m",
                                                     "t", "s", "v", "ch", "com", "dov", "anch"};
constexpr std::array<std::string_view, 6> kCatalan{"l", "d", "s", "m", "t", "n"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool elided(std::string_view language, std::string_view word) {
    if (language == "fr") return listed(kFrench, word);
    if (language == "it") return listed(kItalian, word);
    if (language == "ca") return listed(kCatalan, word);
    return false;
}

bool is_ascii_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string split_elisions(std::string text, std::string_view language) {
    if (language != "fr" && language != "it" && language != "ca") return text;
    std::string& out = text;
    std::string word;  // the lower-case ASCII letters just before the current position
    for (std::size_t i = 0; i < out.size(); ++i) {
        char c = out[i];
        bool apostrophe = c == '\'';
        std::size_t width = 1;
        if (!apostrophe && static_cast<unsigned char>(c) == 0xE2 && out.compare(i, 3, "\xE2\x80\x99") == 0) {
            apostrophe = true;  // U+2019
            width = 3;
        }
        if (apostrophe) {
            // An elided word, then the next word (a letter, or a multi-byte letter such as é).
            bool next_word = i + width < out.size() &&
                             (is_ascii_letter(out[i + width]) || static_cast<unsigned char>(out[i + width]) >= 0xC0);
            std::size_t start = i - word.size();
            bool starts_word = start == 0 || !(is_ascii_letter(out[start - 1]) || static_cast<unsigned char>(out[start - 1]) >= 0x80);
            if (!word.empty() && next_word && starts_word && elided(language, word)) out.replace(i, width, " ");
            word.clear();
            continue;
        }
        if (is_ascii_letter(c)) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        else word.clear();
    }
    return text;
}

std::string without_elision(const std::string& word, std::string_view language) {
    std::string split = split_elisions(word, language);
    auto space = split.rfind(' ');
    return space == std::string::npos ? word : split.substr(space + 1);
}

}  // namespace newsarc
