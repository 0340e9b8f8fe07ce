// The memoised stemmer must give exactly Xapian's stems, folded, on first sight and from memory.
#include "common/index/cached_stemmer.h"

#include <gtest/gtest.h>

#include "common/text/fold.h"

namespace newsarc {
namespace {

TEST(CachedStemmer, SameStemsAsXapiansEnglishStemmer) {
    Xapian::Stem plain("english");
    Xapian::Stem cached(new CachedStemmer);
    for (int round = 0; round < 2; ++round)
        for (const char* word : {"hostages", "military", "secretaries", "running", "israel's", "café", "u.s",
                                 "negotiations", "the", "a", "", "ceasefire", "mediated", "1987", "zürich",
                                 "internationalisationalisms", "antidisestablishmentarianisms"})
            EXPECT_EQ(cached(word), fold_for_search(plain(word))) << word << " in round " << round;
    EXPECT_EQ(cached("café"), "cafe");
}

TEST(CachedStemmer, OtherLanguagesStemAsWrittenThenFold) {
    Xapian::Stem catalan(new CachedStemmer("catalan", "ca"));
    EXPECT_EQ(catalan("persecució"), Xapian::Stem("catalan")("persecució"));
    EXPECT_EQ(catalan("persecució"), catalan("persecucions"));
    Xapian::Stem spanish(new CachedStemmer("spanish", "es"));
    EXPECT_EQ(spanish("años"), fold_for_language(Xapian::Stem("spanish")("años"), "es"));  // ñ kept
    EXPECT_NE(spanish("años"), spanish("anos"));
}

TEST(CachedStemmer, SameStemsWhileItsMemoGrowsAndEmpties) {
    Xapian::Stem plain("english");
    Xapian::Stem cached(new CachedStemmer);
    // Enough distinct words to grow the table many times and to empty it once it holds 200,000.
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < 210000; i += round ? 7 : 1) {
            std::string word = std::to_string(i);
            word += i % 3 ? "ing" : "s";
            ASSERT_EQ(cached(word), plain(word)) << word << " in round " << round;
        }
}

}  // namespace
}  // namespace newsarc
