// Internal to glued-text splitting (glued.h): headings and titles glued to what follows them.
// `context` is the article, one piece a line (empty when unknown).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// The piece `s` (trimmed), or the title that opens it and the rest: a short title glued to a
// sentence ("Strained ties between Jerusalem and MoscowTies between Jerusalem and Moscow have
// been strained") and, with the article known, to a table row ("The view from TokyoNet 439,100").
// `after_run`: a run of spaces stood before the piece, as before the seed's sub-headings, so that
// the title may end at capitals, a figure, a remark, a dash item, any whole word or a lowercase
// row ("Market reaction407,800", "A shift in strategynet loss"); `opens_piece`: the piece opens a
// paragraph, where capitals or a figure may end a title ("The view from TokyoLAST BUYER SELLER").
std::vector<std::string> split_title_glue(std::string_view s, std::string_view context, bool after_run = false,
                                          bool opens_piece = false);

// A heading of one capitalised word glued to a row whose label, `right` at `i`, labels rows of the
// article elsewhere: "YearShr 85 cts" and "Six MthsShr 34 cts" where "Shr 48 cts" is a row. The
// label is followed by a figure there and here; a camel-case name's second half ("BankAmerica")
// does not label rows. `begin`: where the current piece starts ("mln|YearShr" was cut before).
bool heading_before_row_label(std::string_view s, std::size_t begin, std::size_t i, std::string_view right,
                              std::string_view context);

}  // namespace newsarc::glued
