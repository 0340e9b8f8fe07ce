// Query text and filter options -> Xapian::Query, with the QueryParser set up from the schema.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "common/text/timestamp.h"

namespace newsarc {

// What the user asked for, independent of how results are printed.
struct QuerySpec {
    std::string text;                  // free text with field prefixes and date:A..B
    std::vector<std::string> authors;  // --author (words of the name; several OR together)
    std::vector<std::string> sites;    // --site (hosts; several OR together)
    std::string since, until, on;      // date bounds, same forms as date:
};

class QueryBuilder {
public:
    // `db` lets wildcards expand; `today` anchors relative dates (7d, yesterday).
    QueryBuilder(const Xapian::Database& db, const Timestamp& today);

    // Throws UsageError for a malformed query or date, quoting the offending text.
    Xapian::Query build(const QuerySpec& spec);

    const Xapian::Stem& stemmer() const { return stemmer_; }

private:
    Xapian::Query date_filter(const std::string& since, const std::string& until) const;

    Xapian::Database db_;
    Xapian::QueryParser parser_;
    Xapian::Stem stemmer_;
    Timestamp today_;
};

// Hidden field names whose prefix is "Z" + the field's: wildcards must expand over stemmed terms,
// the only ones indexed, and QueryParser expands a wildcard within its field's prefix.
inline constexpr std::string_view kStemmedFieldPrefix = "zzstem";

// `hostag*` -> `zzstem:hostag*`, `author:lazar*` -> `zzstemauthor:lazar*` (outside phrases only).
std::string route_wildcards(const std::string& text);

// A message for a query Xapian cannot parse, naming the column of the operator at fault, with the
// query and a caret under it.
std::string describe_syntax_error(const std::string& text, const std::string& xapian_message);

// The boolean term of a site as typed ("www.JPost.com" -> "Hjpost.com").
std::string site_term(const std::string& host);

// `date:2024` alone means the whole of 2024: rewrites it as `date:2024..2024` for the range parser.
std::string expand_single_dates(const std::string& text);

}  // namespace newsarc
