// Tests of searches split over docid ranges on threads: the same pages as one match gives, on a
// glass archive of real Reuters articles.
#include <filesystem>
#include <unistd.h>

#include <gtest/gtest.h>

#include "common/search/match_split.h"
#include "common/search/search.h"
#include "test_support.h"

namespace newsarc {
namespace {

class MatchSplitTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        path_ = (std::filesystem::temp_directory_path() / ("newsarc-split-" + std::to_string(::getpid()))).string();
        testing::build_reuters_archive(path_);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(path_); }

    static std::string path_;
};
std::string MatchSplitTest::path_;

QuerySpec text(const std::string& t) {
    QuerySpec spec;
    spec.text = t;
    return spec;
}

TEST_F(MatchSplitTest, PartsGiveTheSamePageAsOneMatch) {
    Xapian::Database db(path_);
    ASSERT_GT(db.get_doccount(), 900u);
    Searcher whole(db);
    Searcher split(Xapian::Database(path_), {}, [&] { return Xapian::Database(path_); });
    const Timestamp today{2024, 9, 15};
    for (const std::string q : {"said", "oil", "prices rose", "\"the company\"", "oil OR gold", "trade -japan",
                                "said date:1987-03-01..", "title:cocoa OR coffee"}) {
        for (SortOrder sort : {SortOrder::relevance, SortOrder::newest, SortOrder::oldest}) {
            for (bool collapse : {true, false}) {
                for (auto [offset, limit] : {std::pair{0u, 10u}, std::pair{3u, 7u}, std::pair{0u, 50u}}) {
                    SCOPED_TRACE(q + " sort " + std::to_string(int(sort)) + (collapse ? " collapsed" : "") +
                                 " offset " + std::to_string(offset) + " limit " + std::to_string(limit));
                    SearchOptions options;
                    options.sort = sort;
                    options.collapse = collapse;
                    options.offset = offset;
                    options.limit = limit;
                    SearchResults one = whole.search(text(q), options, today);
                    options.threads = 3;
                    options.split_min_postings = 1;
                    options.throttle_splits = false;  // split every time, however busy the machine
                    SearchResults parts = split.search(text(q), options, today);
                    EXPECT_EQ(one.parts, 1u);
                    EXPECT_EQ(parts.parts, 3u);
                    ASSERT_EQ(parts.hits.size(), one.hits.size());
                    for (std::size_t i = 0; i < one.hits.size(); ++i) {
                        EXPECT_EQ(parts.hits[i].article.id, one.hits[i].article.id) << "rank " << i + 1;
                        EXPECT_NEAR(parts.hits[i].score, one.hits[i].score, 1e-9);
                        EXPECT_EQ(parts.hits[i].rank, one.hits[i].rank);
                        EXPECT_EQ(parts.hits[i].snippet.text, one.hits[i].snippet.text);
                    }
                    if (one.hits.size() < limit && offset == 0) {
                        EXPECT_EQ(parts.total_estimate, one.total_estimate);
                    }
                }
            }
        }
    }
}

TEST_F(MatchSplitTest, OnlyLargeLocalPagesAreSplit) {
    Xapian::Database db(path_);
    Searcher split(db, {}, [&] { return Xapian::Database(path_); });
    SearchOptions options;
    options.threads = 2;
    options.throttle_splits = false;
    const Timestamp today{2024, 9, 15};
    // "said" is in most articles; "cocoa" in a handful.
    options.split_min_postings = 500;
    ASSERT_GT(db.get_termfreq("Zsaid"), 500u);
    EXPECT_EQ(split.search(text("said"), options, today).parts, 2u);
    EXPECT_EQ(split.search(text("cocoa"), options, today).parts, 1u);
    // A wildcard's terms are known only once the match expands it.
    EXPECT_EQ(split.search(text("sa*"), options, today).parts, 1u);
    // Counting, facets and remote shards see one whole match.
    options.exact_count = true;
    EXPECT_EQ(split.search(text("said"), options, today).parts, 1u);
    options.exact_count = false;
    options.facets = {"year"};
    EXPECT_EQ(split.search(text("said"), options, today).parts, 1u);
    options.facets.clear();
    options.threads = 1;
    EXPECT_EQ(split.search(text("said"), options, today).parts, 1u);
    // Without a way to open the archive again, never.
    options.threads = 2;
    EXPECT_EQ(Searcher(db).search(text("said"), options, today).parts, 1u);
}

TEST(SplitThrottle, WaitsLongerAfterEachSplitThatDidNotPay) {
    SplitThrottle throttle;
    auto allowed_in = [&](int searches) {
        int n = 0;
        for (int i = 0; i < searches; ++i) n += throttle.allow();
        return n;
    };
    EXPECT_EQ(allowed_in(5), 5);
    throttle.record(false);
    EXPECT_FALSE(throttle.allow());  // waits 1
    EXPECT_TRUE(throttle.allow());
    throttle.record(false);
    EXPECT_EQ(allowed_in(3), 1);  // waits 2
    throttle.record(false);
    EXPECT_EQ(allowed_in(5), 1);  // waits 4
    throttle.record(true);        // a split that paid: no more waiting
    EXPECT_EQ(allowed_in(5), 5);
    throttle.record(false);
    EXPECT_EQ(allowed_in(2), 1);  // from 1 again
    for (int i = 0; i < 20; ++i) throttle.record(false);
    EXPECT_EQ(allowed_in(SplitThrottle::kLongestWait + 1), 1);
}

TEST(PartRange, CoversEveryDocidOnce) {
    for (Xapian::docid last : {1u, 2u, 7u, 1000u, 4000000000u}) {
        for (unsigned parts : {1u, 2u, 3u, 4u}) {
            Xapian::docid next = 1;
            for (unsigned k = 0; k < parts; ++k) {
                auto [first, end] = part_range(last, k, parts);
                EXPECT_EQ(first, next);
                next = end + 1;
            }
            EXPECT_EQ(next - 1, last);
        }
    }
}

}  // namespace
}  // namespace newsarc
