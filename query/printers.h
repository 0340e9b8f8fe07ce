// Printers turn SearchResults into text for people or JSON for scripts; they never search.
#pragma once

#include <ostream>

#include "query/search.h"

namespace newsarc {

struct TextStyle {
    bool color = false;
    std::size_t width = 80;  // terminal columns, for histogram bars
    bool explain = false;    // print the parsed query first
};

// A bar of `value / max * cells` character cells drawn with Unicode eighth blocks.
std::string draw_bar(Xapian::doccount value, Xapian::doccount max, std::size_t cells);

void print_text(const SearchResults& results, const TextStyle& style, std::ostream& out);

// One object {"query", "total_estimate", "results": [...]}, plus "parsed", "facets" and "histogram"
// when asked for.
void print_json(const SearchResults& results, bool explain, std::ostream& out);

// One result object per line.
void print_jsonl(const SearchResults& results, std::ostream& out);

}  // namespace newsarc
