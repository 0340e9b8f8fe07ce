// Tests of merging the rankings of disjoint parts of an archive.
#include "common/search/ranking.h"

#include <gtest/gtest.h>

namespace newsarc {
namespace {

RankedDoc doc(Xapian::docid id, double weight, std::string date, std::string key = "", Xapian::doccount collapsed = 0) {
    return {id, weight, collapsed, std::move(date), std::move(key)};
}

std::vector<Xapian::docid> ids(const std::vector<RankedDoc>& docs) {
    std::vector<Xapian::docid> out;
    for (const auto& d : docs) out.push_back(d.docid);
    return out;
}

TEST(MergeRankings, RelevanceThenNewestThenDocid) {
    std::vector<std::vector<RankedDoc>> parts = {
        {doc(1, 5.0, "19870301"), doc(4, 2.0, "19870226"), doc(2, 2.0, "19870226")},
        {doc(11, 3.0, "19870310"), doc(12, 2.0, "19870302"), doc(13, 1.0, "")},
    };
    // Equal weights: the newer first (12), then equal dates by docid (2 before 4).
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::relevance, false, 0, 10)),
              (std::vector<Xapian::docid>{1, 11, 12, 2, 4, 13}));
}

TEST(MergeRankings, ByDateThenRelevance) {
    std::vector<std::vector<RankedDoc>> parts = {
        {doc(1, 5.0, "19870301"), doc(2, 1.0, "19870310")},
        {doc(11, 3.0, "19870310"), doc(12, 2.0, "")},
    };
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::newest, false, 0, 10)), (std::vector<Xapian::docid>{11, 2, 1, 12}));
    // Undated documents sort first oldest-first, as Xapian's empty value does.
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::oldest, false, 0, 10)), (std::vector<Xapian::docid>{12, 1, 11, 2}));
}

TEST(MergeRankings, OneDocumentPerCollapseKeyWithCountsAdded) {
    // The same story in both parts: the better one stays and counts the other and what it held.
    std::vector<std::vector<RankedDoc>> parts = {
        {doc(1, 4.0, "19870301", "story-a", 2), doc(2, 3.0, "19870301", "story-b")},
        {doc(11, 3.5, "19870301", "story-a", 1), doc(12, 1.0, "19870301", "")},
    };
    auto merged = merge_rankings(parts, SortOrder::relevance, true, 0, 10);
    ASSERT_EQ(ids(merged), (std::vector<Xapian::docid>{1, 2, 12}));
    EXPECT_EQ(merged[0].collapsed, 4u);  // its own 2, document 11, and the 1 collapsed into 11
    EXPECT_EQ(merged[1].collapsed, 0u);
    // Without collapsing, both stay.
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::relevance, false, 0, 10)), (std::vector<Xapian::docid>{1, 11, 2, 12}));
}

TEST(MergeRankings, OffsetAndCountApplyAfterCollapsing) {
    std::vector<std::vector<RankedDoc>> parts = {
        {doc(1, 9.0, "", "a"), doc(2, 7.0, "", "b"), doc(3, 5.0, "", "c")},
        {doc(11, 8.0, "", "a"), doc(12, 6.0, "", "d"), doc(13, 4.0, "", "e")},
    };
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::relevance, true, 1, 2)), (std::vector<Xapian::docid>{2, 12}));
    EXPECT_EQ(ids(merge_rankings(parts, SortOrder::relevance, true, 4, 10)), (std::vector<Xapian::docid>{13}));
    EXPECT_TRUE(merge_rankings(parts, SortOrder::relevance, true, 5, 10).empty());
    EXPECT_TRUE(merge_rankings({}, SortOrder::relevance, true, 0, 10).empty());
}

}  // namespace
}  // namespace newsarc
