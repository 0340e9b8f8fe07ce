// Internal to glued-text splitting (glued.h): runs of spaces as paragraph breaks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// Paragraph breaks at runs of two or more spaces or at tabs, when the left side ends a sentence
// (. ! ? and other scripts' 。 । ؟ ...) or the right side starts one (a stray run inside a sentence
// is only spacing). The family reads no language: a scraper joins paragraphs with runs of spaces
// in any, and a cut at whitespace never splits a word. In text known to
// be glued (`glued`), where runs of spaces are how the scraper joined paragraphs, a run after a
// number or between two short rows with figures is one too ("two 91/89  three 131/128").
std::vector<std::string> split_space_runs(std::string_view s, bool glued = false);

}  // namespace newsarc::glued
