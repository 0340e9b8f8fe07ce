// Tests of near-duplicate keys on real article text: copies and light edits collide, other stories
// do not.
#include "common/text/similarity.h"

#include <cctype>
#include <cstdio>
#include <limits>
#include <set>

#include <xxhash.h>

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include "common/clean/cleaner.h"
#include "common/readers/reader.h"
#include "common/text/fold.h"
#include "common/text/strutil.h"

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

// The key as it was first computed (every word copied, lowered and folded, then hashed): keys in
// existing archives were made so, and must not change.
std::string reference_key(const std::string& title, const std::vector<std::string>& paragraphs) {
    std::vector<std::string> words;
    std::vector<const std::string*> texts{&title};
    for (const auto& p : paragraphs) texts.push_back(&p);
    for (const std::string* p : texts) {
        std::string text = strutil::to_lower(fold_for_search(*p));
        std::string word;
        for (unsigned char c : text) {
            if (std::isalnum(c) || c >= 0x80) {
                word += static_cast<char>(c);
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty()) words.push_back(std::move(word));
    }
    if (words.size() < 8) return {};
    std::vector<std::uint64_t> h;
    for (const auto& w : words) h.push_back(XXH3_64bits(w.data(), w.size()));
    std::uint64_t min1 = std::numeric_limits<std::uint64_t>::max(), min2 = min1;
    for (std::size_t i = 0; i + 8 <= h.size(); ++i) {
        min1 = std::min(min1, XXH3_64bits_withSeed(&h[i], 8 * sizeof(std::uint64_t), 1));
        min2 = std::min(min2, XXH3_64bits_withSeed(&h[i], 8 * sizeof(std::uint64_t), 2));
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%08x%08x", static_cast<unsigned>(min1 >> 32), static_cast<unsigned>(min2 >> 32));
    return buf;
}

TEST(SimilarityKey, SameKeysAsTheFirstComputation) {
    for (const auto& a : reuters()) EXPECT_EQ(similarity_key(a.title, a.paragraphs), reference_key(a.title, a.paragraphs));
    std::vector<std::pair<std::string, std::vector<std::string>>> texts = {
        {"José Müller ÉLU président", {"À Zürich, l'ÉTÉ 2024: «café» crème—déjà vu.", "Ørsted ŁÓDŹ İstanbul ß"}},
        {"", {"one two three four", "five six seven", "eight"}},
        {"MIXED Case ascii", {"and \xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91 Greek words here too", "bad \xff utf8 x y z"}},
        {"seven words only in this title", {}},
    };
    for (const auto& [title, paragraphs] : texts) EXPECT_EQ(similarity_key(title, paragraphs), reference_key(title, paragraphs));
}

}  // namespace
}  // namespace newsarc
