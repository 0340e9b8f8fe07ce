// Which articles a maintenance command acts on (`remove`, `export`): ids, URLs, a query in the
// query language, and a retention date, turned into a Xapian query and a list of documents.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace newsarc {

struct Selection {
    std::vector<std::string> ids;   // --id: these articles
    std::vector<std::string> urls;  // --url: the articles at these URLs, however spelled
    std::string query;              // --query: the query language of newsarc-query
    std::string before;             // --before DATE: published strictly before DATE's first instant

    bool empty() const { return ids.empty() && urls.empty() && query.empty() && before.empty(); }
};

// Ids and URLs add up (any of them); the query and the date narrow (all of them). An empty selection
// is every document. Throws UsageError for a malformed query or date. `db` is the whole archive
// (every shard): wildcards and open date ranges are read from it, as newsarc-query reads them.
//
// Match the result with all_matches (common/search/match_plan.h), which checks phrases on the text
// when the archive has no body positions: a plain Enquire would select what newsarc-query does not.
Xapian::Query selection_query(const Xapian::Database& db, const Selection& selection);

// The `--id` and `--url` values that match no document, for the "not found" report.
std::vector<std::string> unmatched_items(const Xapian::Database& db, const Selection& selection);

}  // namespace newsarc
