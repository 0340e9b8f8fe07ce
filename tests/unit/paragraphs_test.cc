// Tests of paragraph recovery: cumulative repetition (the real seed and synthetic cases), plain bodies.
#include "common/clean/paragraphs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace newsarc {

namespace {

using Paras = std::vector<std::string>;

// Body line k holds paragraphs k..n, as the seed's scraper wrote them.
Paras cumulative(const Paras& paragraphs, const std::string& glue = "") {
    Paras lines;
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
        std::string line;
        for (std::size_t j = k; j < paragraphs.size(); ++j) line += paragraphs[j] + (j + 1 < paragraphs.size() ? glue : "");
        lines.push_back(line);
    }
    return lines;
}

Paras make_paragraphs(int n) {
    Paras p;
    for (int i = 1; i <= n; ++i)
        p.push_back("Paragraph number " + std::to_string(i) + " says something distinct about topic " +
                    std::to_string(i * 7) + ".");
    return p;
}

Paras seed_body_lines() {
    std::ifstream in(NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt");
    Paras lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return Paras(lines.begin() + 5, lines.end());
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST(Paragraphs, CumulativeAnyLength) {
    for (int n : {1, 2, 3, 5, 12, 40}) {
        auto paras = make_paragraphs(n);
        EXPECT_EQ(paragraphs_from_lines(cumulative(paras)), paras) << n;
        EXPECT_EQ(paragraphs_from_lines(cumulative(paras, " ")), paras) << n;
    }
}

TEST(Paragraphs, LinesInAnotherOrder) {
    auto paras = make_paragraphs(5);
    auto lines = cumulative(paras);
    std::reverse(lines.begin(), lines.end());
    EXPECT_EQ(paragraphs_from_lines(lines), paras);
    std::rotate(lines.begin(), lines.begin() + 2, lines.end());
    EXPECT_EQ(paragraphs_from_lines(lines), paras);
}

TEST(Paragraphs, PartialRepetition) {
    auto paras = make_paragraphs(6);
    auto lines = cumulative(paras);
    // Later lines repeat only part of the tail (2..3, 4..5); their ends mark boundaries too.
    Paras partial = {lines[0], paras[1] + paras[2], paras[2], paras[3] + paras[4], paras[4], paras[5]};
    EXPECT_EQ(paragraphs_from_lines(partial), paras);
    // Only some lines repeat: the boundaries they give are all there is to know.
    Paras sparse = {lines[0], lines[3]};
    EXPECT_EQ(paragraphs_from_lines(sparse),
              (Paras{paras[0] + paras[1] + paras[2], paras[3] + paras[4] + paras[5]}));
}

TEST(Paragraphs, PlainBodiesAreKept) {
    Paras plain = {"First paragraph here.", "", "Second paragraph, with more words.", "Third one."};
    EXPECT_EQ(paragraphs_from_lines(plain),
              (Paras{"First paragraph here.", "Second paragraph, with more words.", "Third one."}));
    // Blank lines separating hard-wrapped blocks join each block.
    Paras wrapped = {"  First paragraph", "continues here.", "", "Second paragraph", "also wraps.", ""};
    EXPECT_EQ(paragraphs_from_lines(wrapped), (Paras{"First paragraph continues here.", "Second paragraph also wraps."}));
    // A trailing blank line does not join one-paragraph-per-line bodies.
    Paras trailing = {"One.", "Two.", ""};
    EXPECT_EQ(paragraphs_from_lines(trailing), (Paras{"One.", "Two."}));
    EXPECT_TRUE(paragraphs_from_lines({}).empty());
    EXPECT_TRUE(paragraphs_from_lines({"", "  "}).empty());
}

TEST(Paragraphs, ShortCoincidentalRepeatsDoNotSplit) {
    // "Background" and "Reuters" occur inside other paragraphs but are paragraphs of their own.
    Paras plain = {"Background", "Background checks were required by the new law, officials said.",
                   "Reuters", "The company told Reuters"};
    EXPECT_EQ(paragraphs_from_lines(plain), plain);
    EXPECT_FALSE(has_repetition(plain));
}

TEST(Paragraphs, ExactDuplicatesKeptOnce) {
    EXPECT_EQ(recover_cumulative({"Same paragraph.", "Other.", "Same paragraph."}), (Paras{"Same paragraph.", "Other."}));
}

TEST(Paragraphs, GroupLines) {
    EXPECT_EQ(group_lines({"a", "b", "", "c"}), (Paras{"a b", "c"}));
    EXPECT_EQ(group_lines({"a.", "b", "", "c"}), (Paras{"a.", "b", "c"}));
    EXPECT_EQ(group_lines({"a.", "b", "", "c"}, true), (Paras{"a. b", "c"}));
    EXPECT_EQ(paragraphs_from_lines({"One.", "Two.", "", "Three."}, true), (Paras{"One. Two.", "Three."}));
    EXPECT_EQ(group_lines({"a", "", "b", "", "c"}), (Paras{"a", "b", "c"}));
    EXPECT_EQ(group_lines({"", "a", "b", ""}), (Paras{"a", "b"}));
}

TEST(Paragraphs, RealSeedEverySentenceOnce) {
    auto lines = seed_body_lines();
    ASSERT_EQ(lines.size(), 13u);
    EXPECT_TRUE(has_repetition(lines));
    auto paras = paragraphs_from_lines(lines);
    std::string all;
    for (const auto& p : paras) all += p + "\n";
    for (const char* s : {"The Prime Minister’s Office said its military secretary",
                          "Russia has not been an active part", "Hamas, the main terror group",
                          "Ties between Jerusalem and Moscow have been strained", "Moscow has also taken seriously",
                          "Ambassador Anatoly Viktorov posted on X", "We mourn together with the entire family",
                          "Viktorov echoed Moscow’s position", "The position of Russia remains unchanged",
                          "Netanyahu spoke with Lobanov’s parents", "I would like to tell you how much I regret"})
        EXPECT_EQ(count(all, s), 1u) << s;
    // Paragraph starts come from the later lines.
    EXPECT_EQ(paras[0].substr(paras[0].size() - 5), "deal.");
    EXPECT_EQ(paras[1].rfind("Russia has not been an active part", 0), 0u);
}

TEST(Paragraphs, ShortLastParagraphOfACumulativeBody) {
    // "More" and "Year" are too short to count as repeats on their own; in a body already known
    // to be cumulative they do, when glued on or ending several lines.
    Paras lines = {"Alpha paragraph that is long enough.Beta paragraph also long enough.More",
                   "Beta paragraph also long enough.More", "More"};
    EXPECT_EQ(paragraphs_from_lines(lines),
              (Paras{"Alpha paragraph that is long enough.", "Beta paragraph also long enough.", "More"}));
    Paras spaced = {"Alpha paragraph that is long enough.  Beta paragraph also long enough.  Year",
                    "Beta paragraph also long enough.  Year", "Year"};
    EXPECT_EQ(paragraphs_from_lines(spaced),
              (Paras{"Alpha paragraph that is long enough.", "Beta paragraph also long enough.", "Year"}));
    // Not cumulative: a short paragraph that ends another one stays where it is.
    Paras plain = {"The company told Reuters", "Reuters"};
    EXPECT_EQ(paragraphs_from_lines(plain), plain);
}

TEST(Paragraphs, SetOffFlagsPiecesAfterARun) {
    // The paragraph cut out after a promotional line starts with the run of spaces that followed
    // the line in the master; the others (the promotional line itself included, whose run stays
    // with the paragraph before it) do not.
    Paras lines = {"First paragraph is long enough.   Get the Morning Brief in your inbox every day  Heading hereSecond paragraph is long too.Third one is here.",
                   "Get the Morning Brief in your inbox every day", "Third one is here."};
    std::vector<bool> set_off;
    auto paras = paragraphs_from_lines(lines, false, &set_off);
    EXPECT_EQ(paras, (Paras{"First paragraph is long enough.", "Get the Morning Brief in your inbox every day", "Heading hereSecond paragraph is long too.",
                            "Third one is here."}));
    EXPECT_EQ(set_off, (std::vector<bool>{false, false, true, false}));
    // Nothing repeated: no piece is set off.
    Paras plain = {"One.", "Two."};
    EXPECT_EQ(paragraphs_from_lines(plain, false, &set_off), plain);
    EXPECT_EQ(set_off, (std::vector<bool>{false, false}));
}

}  // namespace newsarc
