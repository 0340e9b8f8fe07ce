// Tests of the Article JSON serialiser: field names the public interface promises, and round trips.
#include "common/model/article_json.h"

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

// Records with only the known fields (nearly all of them) are read without a tree of json values;
// these cases hold that path to what the tree path gives.
TEST(ArticleJson, RoundTripsARecordOfKnownFieldsOnly) {
    Article a = sample();
    a.tags.clear();
    a.extra.clear();
    for (bool dated : {true, false}) {
        if (!dated) {
            a.published.reset();
            a.authors.clear();
        }
        Article b = article_from_json(article_to_json(a));
        EXPECT_EQ(article_to_json(b), article_to_json(a));
        EXPECT_EQ(b.paragraphs, a.paragraphs);
        EXPECT_EQ(b.published, a.published);
        EXPECT_EQ(b.authors, a.authors);
        EXPECT_EQ(b.cleaner_version, a.cleaner_version);
    }
}

TEST(ArticleJson, ReadsRecordsOfAnyOrderAndShape) {
    Article a = article_from_json(
        R"({"title":"T","id":"x","cleaner_version":5,"authors":[],"published":null,"body":"A\n\nB"})");
    EXPECT_EQ(a.id, "x");
    EXPECT_EQ(a.title, "T");
    EXPECT_EQ(a.cleaner_version, 5);
    EXPECT_TRUE(a.authors.empty());
    EXPECT_FALSE(a.published);
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"A", "B"}));
    EXPECT_EQ(article_from_json(R"({"id":"a","title":"t","id":"b"})").id, "b");  // the last one
    EXPECT_FALSE(article_from_json(R"({"id":"a","published":20240901})").published);  // not a date
    Article nested = article_from_json(R"({"id":"a","meta":{"k":[1,2]},"places":["usa"]})");
    EXPECT_EQ(nested.extra, (std::vector<std::pair<std::string, std::string>>{{"meta", R"({"k":[1,2]})"}}));
    EXPECT_EQ(nested.tags["place"], std::vector<std::string>{"usa"});
    EXPECT_THROW(article_from_json(R"({"id":5})"), std::exception);
    EXPECT_THROW(article_from_json(R"({"id":"a","authors":"Jane Doe"})"), std::exception);
    EXPECT_THROW(article_from_json("[1]"), std::exception);
    EXPECT_THROW(article_from_json(R"({"id":"a")"), std::exception);
}

TEST(ArticleJson, InvalidUtf8IsReplacedNotThrown) {
    Article a = sample();
    a.title = "bad \xff byte";
    EXPECT_NO_THROW(nlohmann::json::parse(article_to_json(a)));
}

// What article_to_json wrote through nlohmann::ordered_json before it wrote JSON directly: the
// stored records of existing archives are in this form, so the two must agree byte for byte.
std::string reference_json(const Article& a) {
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["title"] = a.title;
    j["authors"] = a.authors;
    j["published"] = a.published ? nlohmann::ordered_json(a.published->iso()) : nlohmann::ordered_json();
    j["url"] = a.url;
    j["site"] = a.site;
    j["section"] = a.section;
    j["language"] = a.language;
    j["body"] = a.body();
    j["source"] = a.source;
    for (const auto& [tag, values] : a.tags) j[tag + "s"] = values;
    j["format"] = a.format;
    j["content_hash"] = a.content_hash;
    j["cleaner_version"] = a.cleaner_version;
    for (const auto& [name, value] : a.extra) {
        if (j.contains(name)) continue;
        j[name] = nlohmann::ordered_json::parse(value, nullptr, false);
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(ArticleJson, SameBytesAsTheJsonLibrary) {
    std::vector<Article> cases;
    cases.push_back(sample());
    Article a = sample();
    a.published.reset();
    a.authors = {"A \"quoted\" \\ name", "Zoë Ünal", ""};
    a.paragraphs = {"", "tab\there", "", "ctl \x01\x1f\x7f \b\f\r\n end", "emoji \xF0\x9F\x98\x80 and \xE2\x80\x9Cquotes\xE2\x80\x9D"};
    a.tags["place"] = {"usa", "uk"};
    a.tags["people"] = {};
    cases.push_back(a);
    // Invalid UTF-8 anywhere: truncated, overlong, surrogate, too large, lone continuation.
    for (const char* bad : {"bad \xff byte", "cut \xE2\x80", "\xC0\xAF overlong", "\xED\xA0\x80 surrogate",
                            "\xF4\x90\x80\x80 big", "\x80 lone", "end \xF0\x9F\x98", "\xE2\x80\n mixed"}) {
        Article b = sample();
        b.title = bad;
        b.paragraphs = {"ok", bad, bad};
        b.authors = {bad};
        b.tags["topic"] = {bad};
        cases.push_back(b);
    }
    // Extras: literal strings, escaped strings, numbers, objects, invalid JSON, duplicates, and
    // names of known fields or tags, which never override them.
    Article c = sample();
    c.extra = {{"lang", "\"en\""},
               {"esc", "\"a\\u00e9\\/b\\n\""},
               {"obj", "{\"b\":[1,2.5,null,true],\"a\":\"x\"}"},
               {"num", "1e3"},
               {"bad", "{oops"},
               {"ctl", "\"raw\ttab\""},
               {"empty", "\"\""},
               {"lang", "\"fr\""},
               {"title", "\"not the title\""},
               {"topics", "[\"not\",\"tags\"]"},
               {"cleaner_version", "99"},
               {"spaced", " \"s\" "}};
    cases.push_back(c);
    // A tag named after a known field replaces it in place.
    Article d = sample();
    d.tags["author"] = {"tagged author"};
    cases.push_back(d);
    for (const auto& article : cases) EXPECT_EQ(article_to_json(article), reference_json(article));
}

}  // namespace
}  // namespace newsarc
