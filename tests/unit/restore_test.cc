// Stored articles cleaned again (raw_from_article, for `reindex` without a source): cleaning what
// was stored gives the same article, on the seed, Reuters and JSON Lines articles.
#include <gtest/gtest.h>

#include "common/model/article_json.h"
#include "common/clean/restore.h"
#include "test_support.h"

namespace newsarc {
namespace {

// Cleaning the stored form of each article (through its JSON, as the archive keeps it) gives the
// same article: same id, text, date, authors, tags, source, and so the same content hash.
void expect_idempotent(const std::string& path, std::size_t at_least) {
    auto articles = testing::cleaned_articles(path);
    ASSERT_GE(articles.size(), at_least) << path;
    for (const Article& original : articles) {
        Article stored = article_from_json(article_to_json(original));
        RawArticle raw = raw_from_article(stored);
        Article again = clean_article(raw).article;
        EXPECT_EQ(again.id, original.id);
        EXPECT_EQ(again.title, original.title);
        EXPECT_EQ(again.paragraphs, original.paragraphs) << original.id;
        EXPECT_EQ(again.authors, original.authors) << original.id;
        EXPECT_EQ(again.published.has_value(), original.published.has_value()) << original.id;
        if (again.published && original.published) {
            EXPECT_EQ(again.published->iso(), original.published->iso());
        }
        EXPECT_EQ(again.section, original.section);
        EXPECT_EQ(again.site, original.site);
        EXPECT_EQ(again.tags, original.tags);
        EXPECT_EQ(again.format, original.format);
        EXPECT_EQ(again.source, original.source);
        EXPECT_EQ(again.content_hash, original.content_hash) << original.id;
    }
}

TEST(Restore, SeedCleansAgainToItself) { expect_idempotent(NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt", 1); }

TEST(Restore, ReutersCleanAgainToThemselves) { expect_idempotent(testing::kReut2000, 900); }

TEST(Restore, JsonLinesCleanAgainToThemselves) { expect_idempotent(NEWSARC_TEST_DATA "/good/sample.jsonl", 3); }

// GCC 12 warns of an overlap (-Wrestrict) that cannot happen when it inlines the assignment of a
// literal to a string here: only for this test.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wrestrict"
TEST(Restore, SourceSplitsAtTheLastColon) {
    Article a;
    a.id = "x";
    a.title = "T";
    a.source = "/data/a:b/feed.jsonl:42";
    RawArticle raw = raw_from_article(a);
    EXPECT_EQ(raw.source_path, "/data/a:b/feed.jsonl");
    EXPECT_EQ(raw.source_line, 42u);
    EXPECT_EQ(raw.id, "x");
    a.source = "-";
    raw = raw_from_article(a);
    EXPECT_EQ(raw.source_path, "-");
}
#pragma GCC diagnostic pop

TEST(Restore, SectionNamedBySourceIsKeptOneFromTheUrlIsDerivedAgain) {
    Article a;
    a.url = "https://www.jpost.com/breaking-news/article-817267";
    a.section = "breaking-news";
    EXPECT_EQ(raw_from_article(a).section, "");
    a.section = "Politics";
    EXPECT_EQ(raw_from_article(a).section, "Politics");
}

}  // namespace
}  // namespace newsarc
