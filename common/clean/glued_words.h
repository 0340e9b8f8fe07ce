// Internal to glued-text splitting (glued.h): the character and word helpers every family uses,
// and what the article says about a word. Each is explained at its definition (here when inline,
// else in glued_words.cc).
// Positions are byte offsets at code point boundaries; `context` is the article, one piece a line.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// (The scans call these at every character: inline.)
inline bool ascii_alpha(char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); }

// The next run of ASCII letters in `s` at or after `pos` (empty at the end), and `pos` past it.
inline std::string_view next_ascii_word(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && !ascii_alpha(s[pos])) ++pos;
    std::size_t start = pos;
    while (pos < s.size() && ascii_alpha(s[pos])) ++pos;
    return s.substr(start, pos - start);
}

inline bool is_open_quote(std::int32_t cp) { return cp == 0x201C || cp == 0x2018 || cp == 0xAB; }
inline bool is_close_quote(std::int32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0xBB; }
inline bool is_closer(std::int32_t cp) { return is_close_quote(cp) || cp == ')' || cp == ']'; }

// Inside a ticker or name in angle brackets ("<NOBL.ST>", "<South Central Bell>").
inline bool inside_angle_brackets(std::string_view s, std::size_t pos) {
    auto open = s.rfind('<', pos);
    if (open == std::string_view::npos) return false;
    auto close = s.find('>', open);
    return close != std::string_view::npos && close > pos;
}

inline bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Pieces: trimmed, empty ones dropped.
void push_piece(std::vector<std::string>& out, std::string_view piece);

// Quotes.
std::size_t count_straight_quotes(std::string_view s, std::size_t end);

// Words around a position.
std::string_view word_before(std::string_view s, std::size_t end);
std::string_view letter_word_at(std::string_view s, std::size_t i);
std::string_view last_word(std::string_view text);
bool figure_among_words(std::string_view text, std::size_t n, bool last);
bool capitalised_word_at(std::string_view s, std::size_t i);
bool acronym_word_at(std::string_view s, std::size_t i);
bool dotted_acronym_at(std::string_view s, std::size_t i);
bool is_camel_name_at(std::string_view s, std::size_t boundary);

// Kinds of word.
bool has_lower(std::string_view w);
bool lowercase_word(std::string_view w);
bool is_abbreviation(std::string_view lower);
bool is_name_prefix(std::string_view lower);
bool is_lower_particle(std::string_view w);
bool is_sentence_opener(std::string_view w);
bool is_month_name(std::string_view w);
bool has_finite_verb(std::string_view s);

// The article as evidence.
bool token_recurs(std::string_view s, std::size_t i, std::string_view context);
bool opens_sentence_in(std::string_view context, std::string_view word);
std::size_t paragraphs_opening_with(std::string_view context, std::string_view word, std::string_view piece);
bool standalone_word_in(std::string_view context, std::string_view word);

}  // namespace newsarc::glued
