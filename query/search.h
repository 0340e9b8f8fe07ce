// The searcher: runs a query and returns plain result structs; printers only format them.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/article.h"
#include "common/index/index_settings.h"
#include "common/store/record_codec.h"
#include "query/facets.h"
#include "common/query/query_builder.h"

namespace newsarc {

enum class SortOrder { relevance, newest, oldest };

struct SearchOptions {
    SortOrder sort = SortOrder::relevance;
    Xapian::doccount limit = 10;
    Xapian::doccount offset = 0;
    std::size_t snippet_length = 240;  // characters
    bool exact_count = false;          // make total_estimate exact (slower on large archives)
    std::vector<std::string> facets;   // facet names (schema::kFacets) to count over all matches
    std::size_t facet_top = 10;        // values shown per facet
    std::string histogram;             // "", "year", "month" or "day"
    bool collapse = true;              // near-duplicates as one result with a count of the others
    Xapian::doccount suggest_below = 3;  // offer a spelling correction when fewer matches than this
    bool remote = false;               // some shards are remote: only Xapian's own spies run there
};

// A snippet with the matched words marked as byte ranges [begin, end) into `text`.
struct Snippet {
    std::string text;
    std::vector<std::pair<std::size_t, std::size_t>> highlights;
};

struct Hit {
    Xapian::doccount rank = 0;  // 1-based, counting from the first result of the whole ranking
    double score = 0;
    Xapian::doccount similar = 0;  // near-duplicates collapsed into this result
    Article article;
    Snippet snippet;
};

struct SearchResults {
    std::string query;          // as the user typed it
    std::string parsed;         // Xapian's description of the parsed query
    Xapian::doccount total_estimate = 0;
    std::vector<Hit> hits;
    std::vector<Facet> facets;
    std::optional<Facet> histogram;
    std::optional<std::string> suggestion;  // "did you mean", when the query found little
    bool partial = false;  // a phrase check stopped early: more matches may exist
    std::vector<std::string> missing_shards;  // shards left out by --allow-partial
};

// An archive opened for searching, with what every search reads from its metadata (the stored-text
// dictionaries and the index settings) read once. A caller that runs many searches keeps one: over
// remote shards each metadata read is a round trip, and a dictionary is decoded on every open.
class Searcher {
public:
    // `shards`: the shards `db` joins, each on its own (OpenArchive::leaves); with remote shards the
    // results' documents are fetched from every shard at once.
    explicit Searcher(Xapian::Database db, std::vector<Xapian::Database> shards = {});
    SearchResults search(const QuerySpec& spec, const SearchOptions& options, const Timestamp& today) const;
    const Xapian::Database& database() const { return db_; }

private:
    std::vector<Xapian::Document> documents(const Xapian::MSet& mset, bool remote) const;

    Xapian::Database db_;
    std::vector<Xapian::Database> shards_;
    RecordCodec codec_;
    IndexSettings settings_;
};

// One search on `db` (a Searcher made for it and dropped).
SearchResults search(const Xapian::Database& db, const QuerySpec& spec, const SearchOptions& options,
                     const Timestamp& today);

// Splits Xapian's snippet, marked with the two marker strings, into text and highlight ranges,
// undoing the HTML escaping that MSet::snippet applies.
Snippet split_snippet(const std::string& marked, const std::string& start_mark, const std::string& end_mark);

}  // namespace newsarc
