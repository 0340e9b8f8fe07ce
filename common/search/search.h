// The searcher: runs a query and returns plain result structs; printers only format them.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/model/article.h"
#include "common/index/index_settings.h"
#include "common/base/thread_pool.h"
#include "common/store/record_codec.h"
#include "common/search/facets.h"
#include "common/search/match_split.h"
#include "common/search/ranking.h"
#include "common/querylang/query_builder.h"

namespace newsarc {

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
    // A page of results from a large local archive is searched in docid ranges on up to this many
    // threads (0: one per core), when a term is in `split_min_postings` documents or more.
    unsigned threads = 0;
    Xapian::doccount split_min_postings = kSplitMinPostings;
    bool throttle_splits = true;  // run whole for a while after splits whose parts did not overlap
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
    unsigned parts = 1;    // docid ranges the match ran in, each on its own thread
    std::vector<std::string> missing_shards;  // shards left out by --allow-partial
};

// An archive opened for searching, with what every search reads from its metadata (the stored-text
// dictionaries and the index settings) read once. A caller that runs many searches keeps one: over
// remote shards each metadata read is a round trip, and a dictionary is decoded on every open.
//
// Like a Xapian::Database, a Searcher is used by one thread at a time.
class Searcher {
public:
    // `shards`: the shards `db` joins, each on its own (OpenArchive::leaves); with remote shards the
    // results' documents are fetched from every shard at once. `open_again` opens the same archive
    // once more: a large search then runs in parts on threads of their own, each with its own
    // handle (a Xapian handle is not shared between threads); without it every search is one match.
    explicit Searcher(Xapian::Database db, std::vector<Xapian::Database> shards = {},
                      std::function<Xapian::Database()> open_again = {});
    SearchResults search(const QuerySpec& spec, const SearchOptions& options, const Timestamp& today) const;
    const Xapian::Database& database() const { return db_; }

private:
    // A page of results: the ranking, the estimate of all matches, and an MSet of the query whose
    // term statistics weigh the snippets.
    struct Page {
        std::vector<RankedDoc> docs;
        Xapian::doccount estimate = 0;
        Xapian::MSet mset;
    };
    std::optional<Page> match_in_parts(const Xapian::Query& query, const SearchOptions& options, unsigned parts) const;
    unsigned parts_for(const Xapian::Query& query, const SearchOptions& options) const;
    std::vector<Xapian::Document> documents(const std::vector<RankedDoc>& ranked, bool remote) const;

    Xapian::Database db_;
    std::vector<Xapian::Database> shards_;
    RecordCodec codec_;
    IndexSettings settings_;
    std::function<Xapian::Database()> open_again_;
    // Made by the first search split in parts, and kept.
    mutable std::vector<Xapian::Database> helpers_;
    mutable std::unique_ptr<ThreadPool> pool_;
    mutable SplitThrottle throttle_;
};

// One search on `db` (a Searcher made for it and dropped).
SearchResults search(const Xapian::Database& db, const QuerySpec& spec, const SearchOptions& options,
                     const Timestamp& today);

// Splits Xapian's snippet, marked with the two marker strings, into text and highlight ranges,
// undoing the HTML escaping that MSet::snippet applies.
Snippet split_snippet(const std::string& marked, const std::string& start_mark, const std::string& end_mark);

// A CJK word is searched as its characters and pairs of characters (common/index/cjk.h), and
// MSet::snippet marks any of them wherever it stands. Keeps a highlighted CJK stretch only where it
// is at least as long as the shortest CJK word of `query_text` (adjacent highlights count as one
// stretch): 奥运会 marks 奥运会, not the 运 of 运动员.
void keep_whole_cjk_words(Snippet& snippet, const std::string& query_text);

}  // namespace newsarc
