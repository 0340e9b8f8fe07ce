// Printers turn SearchResults into text for people or JSON for scripts; they never search.
#pragma once

#include <ostream>

#include "query/search.h"

namespace newsarc {

struct TextStyle {
    bool color = false;
};

void print_text(const SearchResults& results, const TextStyle& style, std::ostream& out);

// One object {"query", "total_estimate", "results": [...]}.
void print_json(const SearchResults& results, std::ostream& out);

// One result object per line.
void print_jsonl(const SearchResults& results, std::ostream& out);

}  // namespace newsarc
