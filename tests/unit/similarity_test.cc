// Tests of near-duplicate keys on real article text: copies and light edits collide, other stories
// do not.
#include "common/text/similarity.h"

#include <set>

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include "common/clean/cleaner.h"
#include "common/readers/reader.h"

namespace newsarc {
namespace {

std::vector<Article> reuters() { return testing::cleaned_articles(testing::kReut2000); }

TEST(SimilarityKey, CopiesAndSyndicatedEditsShareTheKey) {
    auto articles = reuters();
    const auto& title = articles[0].title;
    const auto& story = articles[0].paragraphs;  // BAHIA COCOA REVIEW, 17 paragraphs
    std::string key = similarity_key(title, story);
    ASSERT_EQ(key.size(), 16u);
    EXPECT_EQ(similarity_key(title, story), key);
    // Re-published with a different last paragraph and a sign-off, in capitals: most shingles agree.
    auto edited = story;
    edited.back() = "Copyright 1987 Example Wire. All rights reserved.";
    for (auto& p : edited)
        for (auto& c : p) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    EXPECT_EQ(similarity_key("Bahia cocoa review", edited), key);
    EXPECT_TRUE(similarity_key("Short", {"too short to say"}).empty());
}

TEST(SimilarityKey, TemplatedNoticesOfDifferentCompaniesStayApart) {
    // reut2-000 NEWID 152 and another company's notice share the whole body text.
    std::vector<std::string> body{"Qtly div three cts vs three cts prior", "Pay April three", "Record March 13"};
    EXPECT_NE(similarity_key("WILFRED AMERICAN EDUCATIONAL <WAE> REGULAR DIV", body),
              similarity_key("GREAT LAKES BANCORP <GLB> REGULAR DIV", body));
}

TEST(SimilarityKey, DifferentStoriesRarelyCollide) {
    std::set<std::string> keys;
    std::size_t keyed = 0;
    for (const auto& a : reuters()) {
        std::string key = similarity_key(a.title, a.paragraphs);
        if (key.empty()) continue;
        ++keyed;
        keys.insert(key);
    }
    ASSERT_GT(keyed, 800u);
    // reut2-000 carries some genuinely repeated wire items; anything beyond a few percent would
    // mean unrelated stories collapse.
    EXPECT_GT(keys.size(), keyed * 95 / 100);
}

}  // namespace
}  // namespace newsarc
