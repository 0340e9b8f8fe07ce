// Tests of clean_article on the real seed article, Reuters and JSON Lines shapes, ids, warnings.
#include "common/clean/cleaner.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include <algorithm>
#include <fstream>

#include "common/text/hash.h"
#include "common/text/url.h"

namespace newsarc {

namespace {

RawArticle seed_article() { return testing::seed_raw_article(); }

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto pos = hay.find(needle); pos != std::string::npos; pos = hay.find(needle, pos + 1)) ++n;
    return n;
}

}  // namespace

TEST(Cleaner, RealSeedArticle) {
    RawArticle raw = seed_article();
    ASSERT_EQ(raw.body_lines.size(), 13u);
    auto result = clean_article(raw);
    const Article& a = result.article;
    EXPECT_TRUE(result.warnings.empty());
    EXPECT_EQ(a.title, "Israeli military secretary was in Moscow to advance hostage deal");
    EXPECT_EQ(a.authors, std::vector<std::string>{"Tovah Lazaroff"});
    ASSERT_TRUE(a.published.has_value());
    EXPECT_EQ(a.published->iso(), "2024-09-01T14:50:00");
    EXPECT_EQ(a.url, "https://www.jpost.com/breaking-news/article-817267");
    EXPECT_EQ(a.site, "jpost.com");
    EXPECT_EQ(a.section, "breaking-news");
    EXPECT_EQ(a.format, "text");
    EXPECT_EQ(a.source, "tests/data/seed/000_bb8a75b0104a1e04.txt:1");
    EXPECT_EQ(a.cleaner_version, kCleanerVersion);
    EXPECT_EQ(a.id, "jpost.com-" + hash_hex(canonical_url(a.url)).substr(0, 12));
    EXPECT_EQ(a.content_hash.size(), 16u);

    ASSERT_EQ(a.paragraphs.size(), 12u) << a.body();
    EXPECT_EQ(a.paragraphs[0].rfind("The Prime Minister’s Office said its military secretary, Brig. Gen. Roman Gofman", 0), 0u);
    EXPECT_EQ(a.paragraphs[3], "Strained ties between Jerusalem and Moscow");
    EXPECT_EQ(a.paragraphs[4].rfind("Ties between Jerusalem and Moscow have been strained", 0), 0u);
    EXPECT_EQ(a.paragraphs[9].rfind("“The position of Russia remains unchanged", 0), 0u);
    EXPECT_EQ(a.paragraphs[11],
              "“I would like to tell you how much I regret and request forgiveness for not succeeding "
              "in bringing Sasha back alive,” he said.");

    std::string body = a.body();
    for (const char* s : {"The Prime Minister’s Office said its military secretary",
                          "Russia has not been an active part", "Hamas, the main terror group holding the captives",
                          "Russia has ties with Iran", "Strained ties between Jerusalem and Moscow",
                          "Ties between Jerusalem and Moscow have been strained", "Moscow has also taken seriously",
                          "Ambassador Anatoly Viktorov posted on X", "We mourn together with the entire family",
                          "constant contact all this time,” he wrote", "Moscow, he said, would continue to work",
                          "Viktorov echoed Moscow’s position", "The position of Russia remains unchanged",
                          "Netanyahu spoke with Lobanov’s parents", "I would like to tell you how much I regret"})
        EXPECT_EQ(count(body, s), 1u) << s;
    EXPECT_EQ(count(body, "Brig. Gen. Roman Gofman"), 1u);
    for (const char* s : {"deal.Russia", "MoscowTies", "Subscribe", "Stay updated", "Newsletter", "  "})
        EXPECT_EQ(body.find(s), std::string::npos) << s;
    for (const auto& p : a.paragraphs) {
        EXPECT_FALSE(p.empty());
        EXPECT_EQ(p, std::string(p.c_str()));
        EXPECT_NE(p.front(), ' ');
        EXPECT_NE(p.back(), ' ');
    }
}

TEST(Cleaner, SeedIsDeterministicAndHashTracksContent) {
    RawArticle raw = seed_article();
    auto a = clean_article(raw).article;
    auto b = clean_article(raw).article;
    EXPECT_EQ(a.content_hash, b.content_hash);
    raw.title += " (updated)";
    EXPECT_NE(clean_article(raw).article.content_hash, a.content_hash);
}

TEST(Cleaner, SeedLinesInAnyOrderOrWithCrlf) {
    RawArticle raw = seed_article();
    auto expected = clean_article(raw).article.paragraphs;
    std::reverse(raw.body_lines.begin(), raw.body_lines.end());
    EXPECT_EQ(clean_article(raw).article.paragraphs, expected);
    std::rotate(raw.body_lines.begin(), raw.body_lines.begin() + 5, raw.body_lines.end());
    EXPECT_EQ(clean_article(raw).article.paragraphs, expected);
    raw = seed_article();
    for (auto& l : raw.body_lines) l += "\r";
    EXPECT_EQ(clean_article(raw).article.paragraphs, expected);
}

TEST(Cleaner, SeedBodyWithoutRepetitionStillSplits) {
    // Only the first (complete) body line: glued splitting alone must recover the structure.
    RawArticle raw = seed_article();
    raw.body_lines.resize(1);
    auto a = clean_article(raw).article;
    ASSERT_EQ(a.paragraphs.size(), 11u) << a.body();  // "Moscow, he said" stays with "We mourn"; "Viktorov echoed" too
    EXPECT_EQ(a.paragraphs[3], "Strained ties between Jerusalem and Moscow");
    EXPECT_EQ(a.body().find("Subscribe"), std::string::npos);
}

TEST(Cleaner, ReutersArticle) {
    RawArticle raw;
    raw.format = "reuters-sgml";
    raw.source_path = "reut2-000.sgm";
    raw.source_line = 2;
    raw.id = "1";
    raw.title = "BAHIA  COCOA REVIEW";
    raw.bylines = {"    By Cal Mankowski, Reuters"};
    raw.dates = {"26-FEB-1987 15:01:01.79"};
    raw.tags = {{"topic", {"cocoa"}}, {"place", {" El-Salvador ", "USA", "uruguay"}}};
    raw.body_lines = {"Showers continued throughout the week in",
                      "the Bahia cocoa zone, alleviating the drought since early",
                      "January.",
                      "    The dry period means the temporao will be late this year.",
                      " Reuter",
                      "\x03"};
    auto r = clean_article(raw);
    const Article& a = r.article;
    EXPECT_EQ(a.id, "1");
    EXPECT_EQ(a.title, "BAHIA COCOA REVIEW");
    EXPECT_EQ(a.authors, std::vector<std::string>{"Cal Mankowski"});
    EXPECT_EQ(a.published->iso(), "1987-02-26T15:01:01");
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{
                                "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.",
                                "The dry period means the temporao will be late this year."}));
    EXPECT_EQ(a.tags.at("place"), (std::vector<std::string>{"el-salvador", "usa", "uruguay"}));
    EXPECT_EQ(a.site, "");
    EXPECT_EQ(a.section, "");
    EXPECT_EQ(a.source, "reut2-000.sgm:2");
    EXPECT_TRUE(r.warnings.empty());
}

TEST(Cleaner, BrokenReutersTimeKeepsDayWithWarning) {
    RawArticle raw;
    raw.format = "reuters-sgml";
    raw.source_path = "reut2-003.sgm";
    raw.source_line = 77;
    raw.title = "SOMETHING";
    raw.dates = {"31-MAR-1987 605:12:19"};
    auto r = clean_article(raw);
    ASSERT_TRUE(r.article.published.has_value());
    EXPECT_EQ(r.article.published->iso(), "1987-03-31T00:00:00");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_EQ(r.warnings[0].severity, Severity::warning);
    EXPECT_EQ(r.warnings[0].file, "reut2-003.sgm");
    EXPECT_EQ(r.warnings[0].line, 77u);
    EXPECT_NE(r.warnings[0].message.find("605:12:19"), std::string::npos) << r.warnings[0].message;
}

TEST(Cleaner, UnparsableDateWarnsAndLeavesPublishedUnknown) {
    RawArticle raw;
    raw.format = "jsonl";
    raw.source_path = "a.jsonl";
    raw.source_line = 3;
    raw.title = "T";
    raw.dates = {"", "not a date"};
    raw.warnings = {make_warning("a.jsonl", 3, "invalid UTF-8 replaced")};
    auto r = clean_article(raw);
    EXPECT_FALSE(r.article.published.has_value());
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].message, "invalid UTF-8 replaced");  // reader warnings first
    EXPECT_EQ(r.warnings[1].message, "date \"not a date\" does not parse; published left unknown");
    EXPECT_EQ(r.warnings[1].line, 3u);
    // A later date that parses is used.
    raw.dates = {"garbage", "2024-09-01"};
    EXPECT_EQ(clean_article(raw).article.published->iso(), "2024-09-01T00:00:00");
    // No dates at all: no warning.
    raw.dates.clear();
    raw.warnings.clear();
    EXPECT_TRUE(clean_article(raw).warnings.empty());
}

TEST(Cleaner, JsonlBodyParagraphs) {
    RawArticle raw;
    raw.format = "jsonl";
    raw.source_path = "x.jsonl";
    raw.title = "  A   title ";
    raw.url = "https://www.example.com/world/story-1?utm_source=feed";
    raw.section = "World";
    raw.bylines = {"By Jane Doe and John Roe", "JANE DOE"};
    raw.body_lines = {"First paragraph of the story, which is clean.", "", "Second   paragraph, the U.S. said.",
                      "", "Subscribe to our newsletter", "", "Third paragraph.", "It has two lines."};
    auto a = clean_article(raw).article;
    EXPECT_EQ(a.title, "A title");
    EXPECT_EQ(a.authors, (std::vector<std::string>{"Jane Doe", "John Roe"}));
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"First paragraph of the story, which is clean.",
                                                      "Second paragraph, the U.S. said.",
                                                      "Third paragraph. It has two lines."}));
    EXPECT_EQ(a.section, "World");
    EXPECT_EQ(a.site, "example.com");
    EXPECT_EQ(a.id, "example.com-" + hash_hex("https://example.com/world/story-1").substr(0, 12));
}

TEST(Cleaner, IdFallbacks) {
    RawArticle raw;
    raw.format = "text";
    raw.source_path = "/data/in/story.txt";
    raw.title = "Title";
    raw.body_lines = {"Body."};
    auto a = clean_article(raw).article;
    EXPECT_EQ(a.id, "doc-" + hash_hex("story.txt\nTitle").substr(0, 12));
    raw.id = " own-id ";
    EXPECT_EQ(clean_article(raw).article.id, "own-id");
    // Same URL over http and https gives the same id.
    raw.id.clear();
    raw.url = "http://www.jpost.com/a/1";
    auto id1 = clean_article(raw).article.id;
    raw.url = "https://jpost.com/a/1#x";
    EXPECT_EQ(clean_article(raw).article.id, id1);
}

TEST(Cleaner, NoTitleAndNoTextThrows) {
    RawArticle raw;
    raw.format = "text";
    raw.source_line = 42;
    raw.body_lines = {"", "   "};
    try {
        clean_article(raw);
        FAIL() << "expected InputError";
    } catch (const InputError& e) {
        EXPECT_EQ(e.line(), 42u);
        EXPECT_STREQ(e.what(), "article has no title and no text");
    }
    // A title alone is enough; so is text alone.
    raw.title = "Only a title";
    EXPECT_TRUE(clean_article(raw).article.paragraphs.empty());
    raw.title.clear();
    raw.body_lines = {"Only text."};
    EXPECT_EQ(clean_article(raw).article.paragraphs.size(), 1u);
}

TEST(Cleaner, UserBoilerplatePatterns) {
    RawArticle raw;
    raw.format = "text";
    raw.title = "T";
    raw.body_lines = {"Real paragraph one.", "Brought to you by ACME", "Real paragraph two."};
    CleanOptions opts;
    opts.boilerplate = {"brought to you by"};
    EXPECT_EQ(clean_article(raw, opts).article.paragraphs,
              (std::vector<std::string>{"Real paragraph one.", "Real paragraph two."}));
    EXPECT_EQ(clean_article(raw).article.paragraphs.size(), 3u);
}

TEST(Cleaner, DisplayAndCompactDatesCrossChecked) {
    RawArticle raw;
    raw.format = "text";
    raw.source_path = "a.txt";
    raw.source_line = 1;
    raw.title = "T";
    raw.body_lines = {"Body."};
    struct Case {
        std::vector<std::string> dates;
        const char* iso;
        bool warns;
    };
    const Case cases[] = {
        {{"SEPTEMBER 1, 2024 14:50", "20240901"}, "2024-09-01T14:50:00", false},
        // They disagree on the day: the full (display) one is kept, and the disagreement reported.
        {{"SEPTEMBER 1, 2024 14:50", "20240902"}, "2024-09-01T14:50:00", true},
        // The full one wins even when the compact one comes first.
        {{"20240902", "SEPTEMBER 1, 2024 14:50"}, "2024-09-01T14:50:00", true},
        {{"20240901", "SEPTEMBER 1, 2024 14:50"}, "2024-09-01T14:50:00", false},
        // Same day, other time: no disagreement.
        {{"Sun, 01 Sep 2024 23:50:00 +0300", "2024-09-01T20:50:00Z"}, "2024-09-01T23:50:00", false},
        {{"garbage", "20240901"}, "2024-09-01T00:00:00", false},
    };
    for (const auto& c : cases) {
        raw.dates = c.dates;
        auto r = clean_article(raw);
        ASSERT_TRUE(r.article.published.has_value()) << c.dates[0];
        EXPECT_EQ(r.article.published->iso(), c.iso) << c.dates[0];
        ASSERT_EQ(r.warnings.size(), c.warns ? 1u : 0u) << c.dates[0];
        if (c.warns) {
            EXPECT_EQ(r.warnings[0].severity, Severity::warning);
            EXPECT_NE(r.warnings[0].message.find("disagree"), std::string::npos) << r.warnings[0].message;
            EXPECT_NE(r.warnings[0].message.find("20240902"), std::string::npos) << r.warnings[0].message;
        }
    }
}

TEST(Cleaner, TextIsNfcWithoutInvisibleCharacters) {
    RawArticle raw;
    raw.format = "text";
    raw.title = "Caf\u0065\u0301\u00a0society\u200B news";
    raw.bylines = {"JOSE\u0301\u00a0A\u0301LVAREZ"};
    raw.body_lines = {"\uFEFFThe caf\u0065\u0301 opened.\u00a0\u00a0It\u2019s \u201Cbusy\u201D \u2013 say owners.",
                      "Second\u200B paragraph\u00a0here."};
    auto a = clean_article(raw).article;
    EXPECT_EQ(a.title, "Caf\u00e9 society news");
    EXPECT_EQ(a.authors, std::vector<std::string>{"Jos\u00e9 \u00c1lvarez"});
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"The caf\u00e9 opened.",
                                                      "It\u2019s \u201Cbusy\u201D \u2013 say owners.",
                                                      "Second paragraph here."}));
}

TEST(Cleaner, InvalidUtf8IsRepairedNotFatal) {
    RawArticle raw;
    raw.format = "text";
    raw.title = "Bad \xff title";
    raw.body_lines = {"Caf\xc3 body."};
    auto a = clean_article(raw).article;
    EXPECT_EQ(a.title, "Bad \uFFFD title");
    EXPECT_EQ(a.paragraphs, std::vector<std::string>{"Caf\uFFFD body."});
}

TEST(Cleaner, AgencyOnlyBylineGivesNoAuthor) {
    RawArticle raw;
    raw.format = "reuters-sgml";
    raw.title = "T";
    raw.body_lines = {"Text."};
    for (const char* b : {"By REUTERS", "Reuters", "Staff", "AP", "Staff Writer", "Reuters Staff"}) {
        raw.bylines = {b};
        EXPECT_TRUE(clean_article(raw).article.authors.empty()) << b;
    }
    raw.bylines = {"By Reuters Staff", "TOVAH LAZAROFF"};
    EXPECT_EQ(clean_article(raw).article.authors, std::vector<std::string>{"Tovah Lazaroff"});
}

TEST(Cleaner, AmpUrlSharesTheIdOfTheCanonicalPage) {
    RawArticle raw;
    raw.format = "text";
    raw.title = "T";
    raw.body_lines = {"Text."};
    raw.url = "https://www.jpost.com/breaking-news/article-817267";
    auto id = clean_article(raw).article.id;
    for (const char* u : {"https://www.jpost.com/breaking-news/article-817267/", "https://amp.jpost.com/breaking-news/article-817267",
                          "https://www.jpost.com/amp/breaking-news/article-817267?utm_source=x",
                          "https://jpost.com/breaking-news/article-817267?outputType=amp"}) {
        raw.url = u;
        auto a = clean_article(raw).article;
        EXPECT_EQ(a.id, id) << u;
        EXPECT_EQ(a.site, "jpost.com") << u;
        EXPECT_EQ(a.section, "breaking-news") << u;
    }
}

TEST(Cleaner, LearnedSegmentGluedInFrontOfAParagraph) {
    // A button label glued before a paragraph by a run of spaces, the paragraph opening in lowercase
    // or with a bracket, where no sentence boundary isolates it.
    EXPECT_EQ(remove_site_boilerplate({"Give now  the proposed sale is subject to approval.",
                                       "Count me in   (Inserting dropped words.)", "Give nowhere  else"},
                                      {"Give now", "Count me in"}),
              (std::vector<std::string>{"the proposed sale is subject to approval.", "(Inserting dropped words.)",
                                        "Give nowhere  else"}));
}

}  // namespace newsarc
