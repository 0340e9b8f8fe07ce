// One match split over docid ranges, each searched on a thread of its own with its own handle on
// the archive: Xapian 1.4's matcher runs on one thread, and a common word's postings (a word in
// most of the archive) are most of a search's time. Lucene searches its index slices the same way.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include <xapian.h>

namespace newsarc {

// Documents a query's largest posting list must hold before a search is split: below it, starting
// threads costs about what they save.
constexpr Xapian::doccount kSplitMinPostings = 20000;

// How many parts a search of `query` on `db` is worth on `cores` cores: 1 (do not split) unless one
// of its terms is in at least `min_postings` documents; then one per core, at most 4.
unsigned split_parts(const Xapian::Database& db, const Xapian::Query& query, unsigned cores,
                     Xapian::doccount min_postings = kSplitMinPostings);

// The docid range [first, last] of part `part` of `parts` of an archive whose last docid is
// `last_docid`.
std::pair<Xapian::docid, Xapian::docid> part_range(Xapian::docid last_docid, unsigned part, unsigned parts);

// `query` restricted to docids in [first, last], with the same weights. For local databases only:
// xapian-tcpsrv cannot run the filter.
Xapian::Query within_docids(const Xapian::Query& query, Xapian::docid first, Xapian::docid last);

// A part's estimate of its matches. The docid filter claims every document (so that it never drives
// the match), so a part that stopped early estimates for the whole archive: scaled to its `share`.
Xapian::doccount part_estimate(const Xapian::MSet& mset, double share);

// Whether splitting pays, learnt from the last splits. Parts that ran one after another (a busy
// machine, or a virtual one whose idle core takes milliseconds to wake: measured here, 4 ms) each
// paid the docid filter for nothing, about 60% more work than one match. After such a split the
// next 1, 2, 4, ... 256 searches run whole; a split whose parts ran at once ends the wait.
class SplitThrottle {
public:
    static constexpr unsigned kLongestWait = 256;
    // Whether this search may split (a search that may not counts towards the wait).
    bool allow();
    void record(bool parts_ran_at_once);

private:
    unsigned wait_ = 0;     // searches to run whole after the next split that does not pay
    unsigned skipped_ = 0;  // still to run whole
};

}  // namespace newsarc
