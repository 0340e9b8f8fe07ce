// A match's ranking as plain values, and merging the rankings of disjoint parts of an archive into
// the one a single match over all of it gives.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsarc {

enum class SortOrder { relevance, newest, oldest };

// One document of a ranking.
struct RankedDoc {
    Xapian::docid docid = 0;
    double weight = 0;
    Xapian::doccount collapsed = 0;  // others collapsed into this one (a lower bound, as Xapian's)
    std::string sort_key;            // the date slot's value, "" when the document has none
    std::string collapse_key;        // "" when not collapsing, or when the document has none
};

// The documents of an MSet, in its order.
std::vector<RankedDoc> ranked_docs(const Xapian::MSet& mset);

// Whether `a` comes before `b` in `order`, as Xapian's Enquire ranks them with the sort newsarc
// sets (relevance: weight, then newest; newest/oldest: date, then weight), equal ones by docid.
bool ranks_before(const RankedDoc& a, const RankedDoc& b, SortOrder order);

// Rankings of disjoint sets of documents merged into one: in `order`, one document per collapse key
// when `collapse` (the first of each key stays, the others are added to its count), then the
// `count` documents after the first `offset`. Exact when each part holds its own first
// offset + count documents (a key in the merged first n is in its own part's first n).
std::vector<RankedDoc> merge_rankings(const std::vector<std::vector<RankedDoc>>& parts, SortOrder order,
                                      bool collapse, std::size_t offset, std::size_t count);

}  // namespace newsarc
