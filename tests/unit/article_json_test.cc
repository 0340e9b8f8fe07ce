// Tests of the Article JSON serialiser: field names the public interface promises, and round trips.
#include "common/article_json.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace newsarc {
namespace {

Article sample() {
    Article a;
    a.id = "jpost.com-0123456789ab";
    a.title = "Israeli military secretary was in Moscow";
    a.authors = {"Tovah Lazaroff"};
    a.published = Timestamp{2024, 9, 1, 14, 50, 0};
    a.url = "https://www.jpost.com/breaking-news/article-817267";
    a.site = "jpost.com";
    a.section = "breaking-news";
    a.paragraphs = {"First “quoted” paragraph.", "Second paragraph."};
    a.tags["topic"] = {"coffee", "cocoa"};
    a.extra = {{"lang", "\"en\""}, {"wordcount", "412"}};
    a.source = "seed.txt:1";
    a.format = "text";
    a.content_hash = "00112233aabbccdd";
    a.cleaner_version = 1;
    return a;
}

TEST(ArticleJson, WritesThePromisedFields) {
    auto j = nlohmann::json::parse(article_to_json(sample()));
    EXPECT_EQ(j["id"], "jpost.com-0123456789ab");
    EXPECT_EQ(j["authors"], nlohmann::json::array({"Tovah Lazaroff"}));
    EXPECT_EQ(j["published"], "2024-09-01T14:50:00");
    EXPECT_EQ(j["site"], "jpost.com");
    EXPECT_EQ(j["section"], "breaking-news");
    EXPECT_EQ(j["body"], "First “quoted” paragraph.\n\nSecond paragraph.");
    EXPECT_EQ(j["source"], "seed.txt:1");
    EXPECT_EQ(j["topics"], nlohmann::json::array({"coffee", "cocoa"}));
    EXPECT_EQ(j["lang"], "en");      // unknown fields are kept
    EXPECT_EQ(j["wordcount"], 412);
}

TEST(ArticleJson, UnknownDateIsNullNeverEpoch) {
    Article a = sample();
    a.published.reset();
    auto j = nlohmann::json::parse(article_to_json(a));
    EXPECT_TRUE(j["published"].is_null());
}

TEST(ArticleJson, RoundTripsEveryField) {
    Article a = sample();
    Article b = article_from_json(article_to_json(a));
    EXPECT_EQ(b.id, a.id);
    EXPECT_EQ(b.title, a.title);
    EXPECT_EQ(b.authors, a.authors);
    EXPECT_EQ(b.published, a.published);
    EXPECT_EQ(b.url, a.url);
    EXPECT_EQ(b.site, a.site);
    EXPECT_EQ(b.section, a.section);
    EXPECT_EQ(b.paragraphs, a.paragraphs);
    EXPECT_EQ(b.tags, a.tags);
    EXPECT_EQ(b.extra, a.extra);
    EXPECT_EQ(b.source, a.source);
    EXPECT_EQ(b.format, a.format);
    EXPECT_EQ(b.content_hash, a.content_hash);
    EXPECT_EQ(b.cleaner_version, a.cleaner_version);
}

TEST(ArticleJson, InvalidUtf8IsReplacedNotThrown) {
    Article a = sample();
    a.title = "bad \xff byte";
    EXPECT_NO_THROW(nlohmann::json::parse(article_to_json(a)));
}

}  // namespace
}  // namespace newsarc
