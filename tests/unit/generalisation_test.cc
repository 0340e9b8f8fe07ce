// Generalisation: real Reuters paragraphs given the seed's scrape artifacts (cumulative repetition,
// glued sub-headings, space runs, promotional lines of sites the cleaner has never seen, bylines in
// capitals, display dates), then cleaned the way the indexer does (learn per site, then clean).
// The share of articles whose paragraphs come back exactly is printed and must reach 99%.
#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>

#include "bench/clean/scrape_artifacts.h"
#include "common/clean/cleaner.h"

namespace newsarc {

TEST(Generalisation, ReutersWithSeedArtifacts) {
    auto originals = artifacts::reuters_originals(NEWSARC_TEST_DATA "/reuters/reut2-000.sgm");
    ASSERT_GE(originals.size(), 300u);
    auto score = artifacts::run(originals);
    std::cout << "generalisation: " << score.share() << "% of " << score.articles << " articles exact ("
              << score.exact << "), authors exact " << score.authors_exact << ", dates exact " << score.dates_exact
              << ", " << artifacts::sites().size() << " sites\n";
    for (const auto& [variant, counts] : score.by_variant)
        std::cout << "  " << variant << ": " << counts.first << "/" << counts.second << " exact\n";
    for (const auto& f : score.failures) std::cout << f;
    // The target is 99%, on any seed. Measured: 99.0% here (788 of 796, seed 20240901);
    // over all 22 files of Reuters-21578 (bench/clean/newsarc_clean_generalisation) 99.08% with
    // seed 20240901 (16276 of 16427), 98.89% with seed 1 (16244) and 98.85% with seed 7 (16238),
    // after the rules for headings set off by a run and glued to capitals, figures or a dash item,
    // for sentences after initials, designations and words in capitals, and for openers inside
    // long sentences (before them 99.04%, 98.75% and 98.70%: the default seed alone overstated
    // the figure). Earlier: 98.7%
    // before the rules for quotes judged by the next quote, table rows by their shape, headings in
    // capitals, rows after a dash and names inside running prose; 98.5% and 97.7% before the
    // junction rules for rows, codes and less usual sentence ends). Full and shuffled scrapes come
    // back exact in 99.6-99.9% of articles, scrapes with missing lines in ~98%. What is left is
    // mostly table rows glued without punctuation or any shape to go on (two words in capitals run
    // together, "VOLUMEWHEAT", "APROPEN"; a number into a number, "205.8146.2"), headings glued to
    // a row that no other row resembles, quotations whose marks do not pair ("final phase'"),
    // and sentences glued in the original text ("deficit.December"), which the cleaner splits on
    // purpose: without the repetition it cannot tell a scraper's glue from the agency's, and glue
    // is far more often the scraper's. This floor guards against regressions.
    EXPECT_GE(score.share(), 98.7);

    // Learning found every site's promotional lines and nothing else: each learned segment is a
    // promotional line or button of that site (or a sentence of one).
    for (const auto& site : artifacts::sites()) {
        std::string host = site.host.rfind("www.", 0) == 0 ? site.host.substr(4) : site.host;
        auto it = score.learned.find(host);
        ASSERT_NE(it, score.learned.end()) << host;
        std::string promo_text;
        for (const auto& p : site.promos) promo_text += p + "\n";
        for (const auto& b : site.buttons) promo_text += b + "\n";
        for (const auto& segment : it->second)
            EXPECT_NE(promo_text.find(segment), std::string::npos) << host << " learned: " << segment;
        for (const auto& p : site.promos)
            EXPECT_NE(std::find(it->second.begin(), it->second.end(), p), it->second.end()) << host << " missed: " << p;
    }
    EXPECT_EQ(score.learned.size(), artifacts::sites().size());
    EXPECT_EQ(score.authors_exact, score.articles);
    EXPECT_EQ(score.dates_exact, score.articles);
}

TEST(Generalisation, CleanReutersBodiesStayUnchanged) {
    // The other side of the splitting rules: the same true paragraphs fed as a plain text file, one
    // a line, must come back as they are. Measured: 99.6% here (3 of 796 articles change, each at
    // a sentence glued in the original, "deficit.December"), 99.73% over all 22 files (45 of
    // 16427 change; bench/clean/newsarc_clean_generalisation prints it).
    auto originals = artifacts::reuters_originals(NEWSARC_TEST_DATA "/reuters/reut2-000.sgm");
    double share = artifacts::clean_bodies_unchanged(originals).share();
    std::cout << "clean bodies unchanged: " << share << "% of " << originals.size() << "\n";
    EXPECT_GE(share, 99.5);
}

}  // namespace newsarc
