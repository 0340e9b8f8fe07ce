// How a parsed query is matched on an archive. Every command that takes a query (newsarc-query's
// search, newsarc-index remove and export) matches through here, so that they select the same
// articles: a maintenance command that acted on other articles than a search shows would remove or
// export what the user never saw.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include <xapian.h>

#include "common/index/index_settings.h"
#include "common/search/phrase_check.h"
#include "common/store/record_codec.h"

namespace newsarc {

struct MatchPlan {
    Xapian::Query query;                     // what Xapian matches
    std::unique_ptr<PhraseDecider> decider;  // checks each of Xapian's matches; null when they are the answer
};

// On an archive without body positions (`settings`), a query with a phrase or NEAR over body words
// is matched with those relaxed (relax_phrases) and each candidate is checked on its stored text,
// decoded with `codec`, which must outlive the plan. `max_checks` bounds the checks (0: no bound,
// every candidate is checked).
MatchPlan plan_match(const Xapian::Query& query, const IndexSettings& settings, const RecordCodec& codec,
                     std::size_t max_checks = 0);

// Every document of `db` that `query` matches, in docid order, with every candidate checked.
// `settings` are the archive's: a sharded archive keeps them in its first shard only, so a caller
// matching shard by shard passes the whole archive's. `codec` decodes `db`'s records (the shard's
// own dictionaries when `db` is one shard).
std::vector<Xapian::docid> all_matches(const Xapian::Database& db, const Xapian::Query& query,
                                       const IndexSettings& settings, const RecordCodec& codec);

}  // namespace newsarc
