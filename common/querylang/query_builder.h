// Query text and filter options -> Xapian::Query, with the QueryParser set up from the schema.
#pragma once

#include <string>
#include <string_view>
#include <utility>
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
    // --lang: only articles in these languages (codes or names as sources state them; several OR
    // together), and their words analysed in these languages alone. `lang:xx` in the text does both
    // as well.
    std::vector<std::string> languages;
};

class QueryBuilder {
public:
    // `db` lets wildcards expand; `today` anchors relative dates (7d, yesterday).
    QueryBuilder(const Xapian::Database& db, const Timestamp& today);

    // Throws UsageError for a malformed query or date, quoting the offending text.
    Xapian::Query build(const QuerySpec& spec);

private:
    Xapian::Query date_filter(const std::string& since, const std::string& until) const;
    // The text parsed once per way the languages analyse it (stemmer and folding), each parse
    // scoring its own languages' documents.
    // `counts` (archive_languages) says which analysis covers most articles; empty when the user
    // chose the languages.
    Xapian::Query parse_text(const std::string& text, const std::vector<std::string>& languages,
                             const std::vector<std::pair<std::string, Xapian::doccount>>& counts);

    Xapian::Database db_;
    Xapian::QueryParser parser_;
    Timestamp today_;
};

// The languages of the archive's articles (Article::language codes, from its L terms) and how many
// articles each has, by code; documents without a language (schema 3 and earlier, which analysed
// all as English) count as "en".
std::vector<std::pair<std::string, Xapian::doccount>> archive_languages(const Xapian::Database& db);

// The language codes named by positive `lang:` filters in query text ("lang:de", "(lang:fr OR
// lang:it)"), normalised; not those under - or NOT.
std::vector<std::string> languages_in_query(const std::string& text);

// A language as typed (--lang, lang:) as a code; throws UsageError when it names none.
std::string language_option(const std::string& typed);

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
