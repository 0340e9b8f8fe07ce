// The article's own vocabulary as evidence where a partial scrape left nothing else: a token of one
// case that the article uses nowhere else is cut between two words it does use ("UNCCHICAGO 57
// LB"), after a heading's last word before a row or dateline ("ALARM FIRMGREENWICH, Conn."), or
// after a unit written without vowels ("18 ctsnet 5,281,000"). Also the article's whole words in
// any case, which the headings family asks about.
#include "common/clean/glued_vocabulary.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "common/clean/glued_rows.h"
#include "common/clean/glued_words.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

namespace {

// A dateline after the token ending at `e`: the city's other words in capitals, then a comma and a
// month and a day ("CHICAGO, April 8") or a state ("COSTA MESA, Calif., March 19", "GREENWICH, Conn.,").
bool dateline_follows(std::string_view s, std::size_t e) {
    while (e + 1 < s.size() && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z') {
        std::size_t k = e + 1;
        while (k < s.size() && s[k] >= 'A' && s[k] <= 'Z') ++k;
        if (k - e - 1 < 2) return false;
        e = k;
    }
    if (s.substr(e, 2) != ", " || e + 3 >= s.size()) return false;
    std::string_view w = letter_word_at(s, e + 2);
    std::size_t after = e + 2 + w.size();
    if (is_month_name(w)) return after + 1 < s.size() && s[after] == ' ' && std::isdigit(static_cast<unsigned char>(s[after + 1]));
    return w.size() >= 2 && w.size() <= 5 && std::isupper(static_cast<unsigned char>(w[0])) && has_lower(w) &&
           s.substr(after, 2) == ".,";
}


bool is_month_abbreviation(std::string_view w) {
    static const std::array<std::string_view, 13> months = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                                            "jly", "aug", "sep", "oct", "nov", "dec"};
    return w.size() >= 3 && std::find(months.begin(), months.end(), strutil::ascii_lower(w.substr(0, 3))) != months.end();
}

// Where a token of one case that the article uses nowhere else splits into two words that it does
// use ("IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "vs 18 ctsnet 5,281,000"): exactly one cut leaves
// words of three letters or more found elsewhere in the article, in any case (`both`). Failing
// that, the cut after the longest first word that the article uses (`first`), for the caller to
// vouch for ("BOOSTS DIVIDENDCHICAGO, April 8"). 0 when none.
struct VocabularyCut {
    std::size_t both = 0, first = 0;
};

// What the article's whole words (any case) say about `token` (under 64 letters), in one pass over
// `context`: how often it occurs, and which of its beginnings and ends of three letters or more,
// leaving three, are words (bit n: the first or last n letters).
struct TokenParts {
    std::size_t whole = 0;
    std::uint64_t firsts = 0, lasts = 0;
};

TokenParts token_parts(std::string_view context, std::string_view token) {
    auto same = [](std::string_view a, std::string_view b) {
        for (std::size_t k = 0; k < a.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(a[k])) != std::tolower(static_cast<unsigned char>(b[k]))) return false;
        return true;
    };
    TokenParts parts;
    std::size_t p = 0;
    for (std::string_view w; !(w = next_ascii_word(context, p)).empty();) {
        if (w.size() == token.size() && same(w, token)) ++parts.whole;
        if (w.size() < 3 || w.size() + 3 > token.size()) continue;
        if (same(w, token.substr(0, w.size()))) parts.firsts |= std::uint64_t{1} << w.size();
        if (same(w, token.substr(token.size() - w.size()))) parts.lasts |= std::uint64_t{1} << w.size();
    }
    return parts;
}

VocabularyCut vocabulary_cut(std::string_view token, std::string_view context, const TokenParts& parts) {
    if (parts.whole >= 2) return {};
    std::size_t cut = 0, longest_first = 0;
    for (std::size_t k = 3; k + 3 <= token.size(); ++k) {
        if (!(parts.firsts >> k & 1)) continue;
        longest_first = k;
        if (!(parts.lasts >> (token.size() - k) & 1)) continue;
        // A lowercase row opens with a label that opens other rows ("ctsnet", not "yearend").
        if (std::islower(static_cast<unsigned char>(token[0])) && !line_has_at_edge(context, token.substr(k), false)) continue;
        // A range of months is one heading ("JANMARCH 189.75", "APRILJUNE").
        if (is_month_abbreviation(token.substr(0, k)) && is_month_abbreviation(token.substr(k))) continue;
        if (cut != 0) return {};  // ambiguous
        cut = k;
    }
    return {cut, longest_first};
}

// After a figure, a unit that the article writes elsewhere, an abbreviation without a vowel ("cts",
// "dlrs", "mln"), glued to the lowercase label of the next row: "vs 18 ctsnet 5,281,000". No
// word of English starts with such letters. The cut after the longest one, three letters or more
// left; 0 when none.
std::size_t unit_cut(std::string_view token, const TokenParts& parts) {
    std::size_t k = 0;
    while (k < token.size() && std::string_view("aeiouy").find(token[k]) == std::string_view::npos) ++k;
    for (; k >= 3; --k)
        if (token.size() - k >= 3 && (parts.firsts >> k & 1)) return k;
    return 0;
}

}  // namespace

std::size_t whole_words_any_case(std::string_view text, std::string_view word, std::size_t limit) {
    auto lower = [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); };
    const char first[] = {lower(word[0]), static_cast<char>(std::toupper(static_cast<unsigned char>(word[0]))), '\0'};
    std::size_t n = 0;
    for (std::size_t p = text.find_first_of(first); p != std::string_view::npos && p + word.size() <= text.size() && n < limit;
         p = text.find_first_of(first, p + 1)) {
        if (p > 0 && ascii_alpha(text[p - 1])) continue;
        std::size_t e = p + word.size();
        if (e < text.size() && ascii_alpha(text[e])) continue;
        bool same = true;
        for (std::size_t k = 1; k < word.size() && same; ++k) same = lower(text[p + k]) == lower(word[k]);
        if (same) ++n;
    }
    return n;
}

bool line_has_at_edge(std::string_view context, std::string_view word, bool at_end) {
    for (std::size_t start = 0; start < context.size();) {
        auto nl = context.find('\n', start);
        std::string_view line = context.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? context.size() : nl + 1;
        if (line.size() <= word.size()) continue;
        std::size_t at = at_end ? line.size() - word.size() : 0;
        if (line[at_end ? at - 1 : word.size()] == ' ' && whole_words_any_case(line.substr(at, word.size()), word, 1)) return true;
    }
    return false;
}

// The cuts of `vocabulary_cut` in `s`, in order, where the paragraph after the cut is a row (a
// figure among its first words) or opens with a dateline. A token in capitals stands alone or after
// a slash, not after a figure (a row's label: "1,660,200 GENCORP 117 3/4"), a lowercase one after a
// figure ("18 ctsnet"; "for 1986, totalled"): in prose, compounds ("farmland") abound. Before a
// dateline the token ends a headline: a word in capitals goes before it ("WASHINGTON, March 26").
std::vector<std::size_t> vocabulary_cuts(std::string_view s, std::string_view context) {
    std::vector<std::size_t> cuts;
    std::size_t e = 0;
    for (std::string_view token; !(token = next_ascii_word(s, e)).empty();) {
        const std::size_t start = e - token.size();
        // (Cheap tests first: this runs over every word of glued text.)
        if (token.size() < 6 || token.size() >= 64 || (e < s.size() && s[e] != ' ' && s[e] != ',')) continue;
        bool upper = std::all_of(token.begin(), token.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        bool lower = !upper && std::all_of(token.begin(), token.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        if (!upper && !lower) continue;
        // A lowercase token cuts only after a unit ("ctsnet"): in prose after a figure ("in 1986
        // compared with"), a word opening with a vowel among its first three letters is no unit,
        // and the article need not be searched for it.
        if (lower && token.substr(0, 3).find_first_of("aeiouy") != std::string_view::npos) continue;
        // (A piece's first word has nothing before it to have been glued to.)
        bool left_ok = start > 0 && (s[start - 1] == ' ' || (upper && s[start - 1] == '/'));
        std::string_view before = start >= 2 && s[start - 1] == ' ' ? last_word(s.substr(0, start - 1)) : std::string_view{};
        auto figure_char = [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; };
        bool after_figure = !before.empty() && std::all_of(before.begin(), before.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) || ch == ',' || ch == '.' || ch == '/' || ch == '-';
        }) && figure_char(before.back());
        left_ok = left_ok && (upper ? std::none_of(before.begin(), before.end(), figure_char) : after_figure);
        if (left_ok) {
            bool dateline = upper && before.size() >= 2 &&
                            std::all_of(before.begin(), before.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                            dateline_follows(s, e);
            if (dateline || (e < s.size() && s[e] == ' ' && figure_among_words(s.substr(e, 64), 3, false))) {
                // The first word alone before a dateline, or, ending a heading as it does elsewhere,
                // before a row shaped as a line of the article ("IMPORTS ALLOCATIONSGUATEMALA nil
                // 43,680" where "IMPORTS ALLOCATIONS" and "GUYANA nil 10,920" are lines).
                // (A dateline's word and city have four letters or more: "DIV" is no headline's end.)
                const TokenParts parts = token_parts(context, token);
                auto cut = vocabulary_cut(token, context, parts);
                std::size_t k = cut.both, f = cut.first;
                if (k == 0 && f != 0 && upper &&
                    ((dateline && f >= 4 && token.size() - f >= 4) ||
                     (line_has_at_edge(context, token.substr(0, f), true) && some_line_has_shape(context, row_shape(s.substr(start + f))))))
                    k = f;
                if (k == 0 && lower && parts.whole < 2) k = unit_cut(token, parts);
                if (k != 0) cuts.push_back(start + k);
            }
        }
    }
    return cuts;
}

}  // namespace newsarc::glued
