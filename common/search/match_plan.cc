// Matching a parsed query, with the phrase check of archives without body positions.
#include "common/search/match_plan.h"

namespace newsarc {

MatchPlan plan_match(const Xapian::Query& query, const IndexSettings& settings, const RecordCodec& codec,
                     std::size_t max_checks) {
    // Body words have no positions: phrases on them match as AND and are checked on the text.
    if (settings.body_positions || !needs_phrase_check(query)) return MatchPlan{query, nullptr};
    return MatchPlan{relax_phrases(query), std::make_unique<PhraseDecider>(query, codec, max_checks)};
}

std::vector<Xapian::docid> all_matches(const Xapian::Database& db, const Xapian::Query& query,
                                       const IndexSettings& settings, const RecordCodec& codec) {
    MatchPlan plan = plan_match(query, settings, codec);
    Xapian::Enquire enquire(db);
    enquire.set_query(plan.query);
    // Which documents, not how well: no weights to compute, and docid order for the caller.
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    enquire.set_docid_order(Xapian::Enquire::ASCENDING);
    Xapian::MSet matches = enquire.get_mset(0, db.get_doccount(), db.get_doccount(), nullptr, plan.decider.get());
    std::vector<Xapian::docid> docids;
    docids.reserve(matches.size());
    for (auto it = matches.begin(); it != matches.end(); ++it) docids.push_back(*it);
    return docids;
}

}  // namespace newsarc
