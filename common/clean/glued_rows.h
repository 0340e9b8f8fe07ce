// Internal to glued-text splitting (glued.h): table rows and list items glued to what comes
// before, in text known to be glued. `context` is the article, one piece a line; `i` is the byte
// offset where the next row would start.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarc::glued {

// A list item, table row, rule of dashes or remark in brackets glued on starts at `i`
// ("points:1) Regular", "IV 4.65 --V 4.65", "---LORD ABBETT", "CHOICE HEIFERS500/550",
// "3,994,8081st half", "1/8599,500", "1997,- 8-1/2 pct", "mln(Mouduline International Inc)").
bool glued_list_start(std::string_view s, std::size_t i);

// A row glued to a row by its junction, the right side starting with a capital at `i`
// ("27 ctsOper" aside, which the word junctions find): "inSEP7 276", "UP 1DEC7 --", "23 CTSNet",
// "LAST BUYER SELLERCash", "OPEN P SETTMAY7 10230L".
bool glued_row_junction(std::string_view s, std::size_t i, std::string_view context);

// A heading's day-month date glued to the next line's capitals: "TRENDS 7-APROPEN P SETT".
bool glued_after_day_month(std::string_view s, std::size_t i);

// The row rules for any character at `i` (`cp`, after `prev`; the piece began at `start`): a row
// with the shape of the row before or of a line of the article ("two 5-7/8three 5-7/8"), a
// lowercase row label after a value ("april 7quiet ones"), a value with more decimals than the
// article's others ("30 days 7.0060 days 7.05"). `context` must not be empty; `i` is no lowercase
// letter after a lowercase letter or a space (the common case, where no row starts: callers skip it).
bool row_break(std::string_view s, std::size_t start, std::size_t i, std::int32_t cp, std::int32_t prev,
               std::string_view context);

// The token classes of a segment, one letter a token: N number, W capitalised word or capitals,
// w lowercase word, - dashes, p anything else.
std::string row_shape(std::string_view seg);

// Whether a line of `context` (a row, under 200 bytes) has the token classes `shape`.
bool some_line_has_shape(std::string_view context, const std::string& shape);

}  // namespace newsarc::glued
