// Printers turn SearchResults into text for people or JSON for scripts; they never search.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "common/search/search.h"

namespace newsarc {

struct TextStyle {
    bool color = false;
    std::size_t width = 80;  // terminal columns, for histogram bars
    bool explain = false;    // print the parsed query first
};

// A bar of `value / max * cells` character cells drawn with Unicode eighth blocks.
std::string draw_bar(Xapian::doccount value, Xapian::doccount max, std::size_t cells);

void print_text(const SearchResults& results, const TextStyle& style, std::ostream& out);

// The fields of a result, in JSON and TSV order; `--fields` picks among them. New fields go last,
// so that scripts reading TSV columns by position keep working.
inline const std::vector<std::string> kResultFields{"rank",    "id",      "score",   "title",      "authors",
                                                    "published", "url",   "site",    "section",    "similar",
                                                    "snippet", "highlights", "source", "language"};

// `--fields a,b,c` -> the list, checked against kResultFields (UsageError naming a wrong one);
// empty -> every field.
std::vector<std::string> parse_fields(const std::string& list);

// One object {"query", "total_estimate", "results": [...]}, plus "parsed", "facets" and "histogram"
// when asked for. Each result has `fields`.
void print_json(const SearchResults& results, const std::vector<std::string>& fields, bool explain, std::ostream& out);

// One result object per line.
void print_jsonl(const SearchResults& results, const std::vector<std::string>& fields, std::ostream& out);

// A header line of field names, then one tab-separated line per result (tabs and line breaks in
// values become spaces; several authors are joined by "; ").
void print_tsv(const SearchResults& results, const std::vector<std::string>& fields, std::ostream& out);

}  // namespace newsarc
