// Internal to glued-text splitting (glued.h): the character and word helpers every family uses,
// and what the article says about a word. Each is explained at its definition (glued_words.cc).
// Positions are byte offsets at code point boundaries; `context` is the article, one piece a line.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// Pieces: trimmed, empty ones dropped.
void push_piece(std::vector<std::string>& out, std::string_view piece);

// Characters and quotes.
bool ascii_alpha(char ch);
bool is_open_quote(std::int32_t cp);
bool is_close_quote(std::int32_t cp);
bool is_closer(std::int32_t cp);
std::size_t count_straight_quotes(std::string_view s, std::size_t end);
bool inside_angle_brackets(std::string_view s, std::size_t pos);

// Words around a position.
std::string_view next_ascii_word(std::string_view s, std::size_t& pos);
std::string_view word_before(std::string_view s, std::size_t end);
std::string_view letter_word_at(std::string_view s, std::size_t i);
std::string_view last_word(std::string_view text);
bool figure_among_words(std::string_view text, std::size_t n, bool last);
bool capitalised_word_at(std::string_view s, std::size_t i);
bool acronym_word_at(std::string_view s, std::size_t i);
bool dotted_acronym_at(std::string_view s, std::size_t i);
bool is_camel_name_at(std::string_view s, std::size_t boundary);

// Kinds of word.
bool all_digits(std::string_view w);
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
