// Splitting a match over docid ranges.
#include "common/search/match_split.h"

#include <algorithm>
#include <cmath>

namespace newsarc {
namespace {

// Matches the docids of a range. It reports the whole archive as its term frequency: then Xapian's
// AND never drives the match from it (stepping through every docid of the range) but only skips it
// to the query's own candidates, and it ends the match at the end of the range.
class DocidRange : public Xapian::PostingSource {
public:
    DocidRange(Xapian::docid first, Xapian::docid last) : first_(first), last_(last) {}
    Xapian::doccount get_termfreq_min() const override { return 0; }
    Xapian::doccount get_termfreq_est() const override { return doccount_; }
    Xapian::doccount get_termfreq_max() const override { return doccount_; }
    void next(double) override { current_ = current_ ? current_ + 1 : first_; }
    void skip_to(Xapian::docid did, double) override { current_ = std::max({current_, did, first_}); }
    bool at_end() const override { return current_ > last_; }
    Xapian::docid get_docid() const override { return current_; }
    void init(const Xapian::Database& db) override {
        current_ = 0;
        doccount_ = db.get_doccount();
    }
    DocidRange* clone() const override { return new DocidRange(first_, last_); }
    std::string get_description() const override {
        return "DocidRange(" + std::to_string(first_) + ".." + std::to_string(last_) + ")";
    }

private:
    Xapian::docid first_, last_, current_ = 0;
    Xapian::doccount doccount_ = 0;
};

}  // namespace

unsigned split_parts(const Xapian::Database& db, const Xapian::Query& query, unsigned cores,
                     Xapian::doccount min_postings) {
    unsigned parts = std::min(cores, 4u);
    if (parts < 2 || db.get_lastdocid() < parts) return 1;
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it)
        if (db.get_termfreq(*it) >= min_postings) return parts;
    return 1;
}

std::pair<Xapian::docid, Xapian::docid> part_range(Xapian::docid last_docid, unsigned part, unsigned parts) {
    auto bound = [&](unsigned k) { return static_cast<Xapian::docid>(std::uint64_t(last_docid) * k / parts); };
    return {bound(part) + 1, bound(part + 1)};
}

Xapian::Query within_docids(const Xapian::Query& query, Xapian::docid first, Xapian::docid last) {
    return Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query((new DocidRange(first, last))->release()));
}

Xapian::doccount part_estimate(const Xapian::MSet& mset, double share) {
    Xapian::doccount lower = mset.get_matches_lower_bound(), upper = mset.get_matches_upper_bound();
    if (lower == upper) return lower;
    auto scaled = static_cast<Xapian::doccount>(std::llround(mset.get_matches_estimated() * share));
    return std::max(lower, scaled);
}

bool SplitThrottle::allow() {
    if (skipped_ == 0) return true;
    --skipped_;
    return false;
}

void SplitThrottle::record(bool parts_ran_at_once) {
    if (parts_ran_at_once) {
        wait_ = 0;
        return;
    }
    wait_ = std::min(std::max(1u, wait_ * 2), kLongestWait);
    skipped_ = wait_;
}

}  // namespace newsarc
