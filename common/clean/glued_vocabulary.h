// Internal to glued-text splitting (glued.h): cuts inside a token of one case by the article's own
// words, and the article's whole words in any case. `context` is the article, one piece a line.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// Where the tokens of one case in `s` that the article uses nowhere else are cut in two ("IMPORTS
// ALLOCATIONSGUATEMALA nil 43,680", "18 ctsnet 5,281,000", "ALARM FIRMGREENWICH, Conn."): byte
// offsets in order, each where a paragraph starts.
std::vector<std::size_t> vocabulary_cuts(std::string_view s, std::string_view context);

// How many times (up to `limit`) `word` occurs in `text` as a whole word, in any case.
std::size_t whole_words_any_case(std::string_view text, std::string_view word, std::size_t limit);

// Whether a line of `context` opens with `word` (any case) and a space, or (`at_end`) ends with
// a space and `word`.
bool line_has_at_edge(std::string_view context, std::string_view word, bool at_end);

}  // namespace newsarc::glued
