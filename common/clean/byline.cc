// Byline parsing: strip credits and titles, split multiple authors, fix the case of shouted names.
#include "common/clean/byline.h"

#include <algorithm>
#include <array>
#include <regex>

#include "common/clean/language_scope.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace {

// Credits that name an organisation rather than a person.
constexpr std::array<std::string_view, 33> kAgencies = {
    "reuters", "reuter", "reuters staff", "reuters staff writer", "associated press", "the associated press",
    "ap", "ap staff", "associated press staff", "afp staff", "staff and agencies", "agencies",
    "afp", "agence france-presse", "agence france presse", "bloomberg", "bloomberg news", "upi",
    "united press international", "dpa", "xinhua", "jta", "tps", "tass", "efe", "ansa", "kyodo",
    "kyodo news", "yonhap", "pa", "press association", "pa media", "cnn"};

// Job titles that follow a name ("Jane Doe, Staff Writer", "Jane Doe Senior Correspondent").
// Single words that are also surnames (Writer, Staff) only count when they stand alone.
constexpr std::array<std::string_view, 13> kTitles = {
    "staff writer", "staff reporter", "staff correspondent", "senior correspondent",
    "special correspondent", "chief correspondent", "political correspondent", "correspondent",
    "contributing writer", "contributor", "senior editor", "columnist", "news desk"};
constexpr std::array<std::string_view, 9> kStandaloneTitles = {
    "staff", "writer", "reporter", "editor", "special to", "staff writer", "staff writers", "staff reports",
    "wire services"};

bool is_agency(std::string_view lower) {
    if (std::find(kAgencies.begin(), kAgencies.end(), lower) != kAgencies.end()) return true;
    // Reuters' own typos ("Reutersd"): a single word starting with "reuter".
    return lower.rfind("reuter", 0) == 0 && lower.find(' ') == std::string_view::npos;
}

bool ends_with_word(std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix &&
           s[s.size() - suffix.size() - 1] == ' ';
}

// Removes trailing job titles and a trailing agency word written without a comma
// ("Brad Schade Reuters"). Works on the original text, using its lowercase copy to match.
std::string strip_suffixes(std::string part) {
    bool changed = true;
    while (changed && !part.empty()) {
        changed = false;
        std::string lower = strutil::to_lower(part);
        for (auto t : kTitles) {
            if (ends_with_word(lower, t)) {
                part = std::string(strutil::trim(part.substr(0, part.size() - t.size())));
                changed = true;
                break;
            }
        }
        if (changed) continue;
        for (std::string_view a : {"reuters", "reuter"}) {
            if (ends_with_word(lower, a)) {
                part = std::string(strutil::trim(part.substr(0, part.size() - a.size())));
                changed = true;
                break;
            }
        }
        while (!part.empty() && (part.back() == ',' || part.back() == '-' || part.back() == ' '))
            part.pop_back();
    }
    return part;
}

// Shouted when capitals clearly dominate: "TED d'AFFLISIO" is shouted, "JD Vance" is not.
bool is_shouted(std::string_view s) {
    std::size_t upper = 0, lower = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        auto cp = strutil::decode_at(s, i, &len);
        if (strutil::is_upper(cp)) ++upper;
        else if (strutil::is_lower(cp)) ++lower;
        i += len;
    }
    return upper >= 2 && lower * 5 <= upper;
}

// Whether title_case_name spells the shouted `name` right in `language` (see normalise_byline).
bool title_case_spells_right(std::string_view name, std::string_view language) {
    if (language == "tr" || language == "az") return false;
    if (language == "nl" && (name.rfind("IJ", 0) == 0 || name.find(" IJ") != std::string_view::npos)) return false;
    for (std::size_t i = 0; i < name.size();) {
        std::size_t len = 0;
        auto cp = strutil::decode_at(name, i, &len);
        bool cyrillic = cp >= 0x400 && cp <= 0x52F;
        if (strutil::is_letter(cp) && !is_latin_letter(cp) && !cyrillic) return false;
        i += len;
    }
    return true;
}

bool is_roman_numeral(std::string_view w) {
    static const std::array<std::string_view, 9> roman = {"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"};
    return std::find(roman.begin(), roman.end(), w) != roman.end();
}

// Surname particles written in lowercase inside a name (never first or last).
bool is_particle(std::string_view lower) {
    static const std::array<std::string_view, 13> particles = {"van", "von", "der", "den", "ter", "de", "da",
                                                               "dos", "das", "del", "della", "bin", "ibn"};
    return std::find(particles.begin(), particles.end(), lower) != particles.end();
}

// Title-cases one run of letters: first letter upper, rest lower; "MC" + letters -> "Mc" + Upper.
// A run already in lowercase was written that way on purpose ("d'" in "TED d'AFFLISIO") and stays.
void append_title_run(std::string& out, std::string_view run) {
    std::string lowered = strutil::to_lower(run);
    if (lowered == run) {
        out += run;
        return;
    }
    std::size_t i = 0;
    bool first = true;
    bool mc = lowered.size() > 3 && lowered.rfind("mc", 0) == 0;
    std::size_t index = 0;
    while (i < run.size()) {
        std::size_t len = 0;
        auto cp = strutil::decode_at(run, i, &len);
        bool upper = first || (mc && index == 2);
        if (cp < 0) out.append(run.substr(i, len));
        else strutil::append_utf8(out, upper ? strutil::to_upper_cp(cp) : strutil::to_lower_cp(cp));
        first = false;
        ++index;
        i += len;
    }
}

}  // namespace

std::string title_case_name(std::string_view name) {
    std::string out;
    std::size_t i = 0;
    while (i < name.size()) {
        // Words are separated by spaces; inside a word, letter runs are separated by - ' . and such.
        std::size_t word_end = name.find(' ', i);
        if (word_end == std::string_view::npos) word_end = name.size();
        std::string_view word = name.substr(i, word_end - i);
        bool inner = i > 0 && word_end < name.size();
        if (is_roman_numeral(word)) {
            out += word;
        } else if (inner && is_particle(strutil::to_lower(word))) {
            // "PETER VAN DIJK" -> "Peter van Dijk", "CHARLES DE GAULLE" -> "Charles de Gaulle".
            out += strutil::to_lower(word);
        } else {
            std::size_t j = 0;
            while (j < word.size()) {
                std::size_t len = 0;
                auto cp = strutil::decode_at(word, j, &len);
                if (!strutil::is_letter(cp)) {
                    out.append(word.substr(j, len));
                    j += len;
                    continue;
                }
                std::size_t k = j;
                while (k < word.size()) {
                    std::size_t l2 = 0;
                    auto c2 = strutil::decode_at(word, k, &l2);
                    if (!strutil::is_letter(c2)) break;
                    k += l2;
                }
                append_title_run(out, word.substr(j, k - j));
                j = k;
            }
        }
        if (word_end < name.size()) out += ' ';
        i = word_end + 1;
    }
    return out;
}

std::string normalise_author_key(std::string_view name) {
    return strutil::to_lower(strutil::collapse_spaces(name));
}

std::vector<std::string> normalise_byline(std::string_view byline, std::string_view language) {
    std::string s = strutil::collapse_spaces(byline);
    // E-mail addresses, URLs and parenthesised notes are never part of a name.
    static const std::regex email(R"(\S+@\S+|https?://\S+|\([^)]*\))", std::regex::icase);
    s = std::regex_replace(s, email, " ");
    static const std::regex by(R"(^(?:(?:written|reporting|story|words|text)\s+)?by\b:?\s*)", std::regex::icase);
    s = std::regex_replace(s, by, "");
    s = strutil::collapse_spaces(s);

    // Split into candidate names at commas, semicolons, slashes, pipes, "and", "&".
    static const std::regex sep(R"(\s*(?:[,;|/]|\s(?:and|&)\s)\s*)", std::regex::icase);
    std::vector<std::string> out;
    for (std::sregex_token_iterator it(s.begin(), s.end(), sep, -1), end; it != end; ++it) {
        std::string part = strutil::collapse_spaces(it->str());
        static const std::regex lead_and(R"(^(?:and|&)\s+)", std::regex::icase);
        part = std::regex_replace(part, lead_and, "");
        std::string lower = strutil::to_lower(part);
        while (!lower.empty() && lower.back() == '.') lower.pop_back();
        if (lower.empty()) continue;
        if (std::find(kTitles.begin(), kTitles.end(), lower) != kTitles.end() ||
            std::find(kStandaloneTitles.begin(), kStandaloneTitles.end(), lower) != kStandaloneTitles.end())
            continue;
        if (is_agency(lower)) continue;  // an organisation, not a person
        part = strip_suffixes(part);
        if (part.empty()) continue;
        if (is_shouted(part) && title_case_spells_right(part, language)) part = title_case_name(part);
        if (std::find(out.begin(), out.end(), part) == out.end()) out.push_back(part);
    }
    return out;
}

}  // namespace newsarc
