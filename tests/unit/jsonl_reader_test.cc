// Tests of the JSON Lines reader: field mapping, bad lines, repair, truncated streams.
#include <gtest/gtest.h>

#include "tests/unit/test_support.h"
#include <zstd.h>

#include <fstream>
#include <sstream>
#include <vector>

#include "common/io/byte_stream.h"
#include "common/readers/formats.h"

namespace newsarc {

namespace {

using testing::drain;

const std::string kData = NEWSARC_TEST_DATA;

std::vector<ReadItem> read_jsonl(const std::string& text) {
    auto reader = make_jsonl_reader(std::make_unique<MemoryStream>(text), "mem.jsonl");
    return drain(*reader);
}

std::vector<ReadItem> read_file(const std::string& path) {
    auto reader = make_jsonl_reader(std::make_unique<FileStream>(path), path);
    return drain(*reader);
}

std::string extra(const RawArticle& a, const std::string& name) {
    for (const auto& [k, v] : a.extra) {
        if (k == name) return v;
    }
    return "<absent>";
}

}  // namespace

TEST(JsonlReader, ReadsTheSample) {
    auto items = read_file(kData + "/good/sample.jsonl");
    ASSERT_EQ(items.size(), 3u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.format, "jsonl");
    EXPECT_EQ(a.source_line, 1u);
    EXPECT_EQ(a.id, "enw-2024-0412-001");
    EXPECT_EQ(a.title, "Drought pushes coffee prices to a two-year high");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"Ana Ribeiro"});
    EXPECT_EQ(a.dates, std::vector<std::string>{"2024-04-12T08:15:00Z"});
    EXPECT_EQ(a.url, "https://www.example-news.com/business/2024/04/12/coffee-prices-drought");
    EXPECT_EQ(a.section, "business");
    EXPECT_EQ(a.tags.at("topic"), (std::vector<std::string>{"coffee", "commodities"}));
    EXPECT_EQ(a.tags.at("place"), std::vector<std::string>{"brazil"});
    ASSERT_EQ(a.body_lines.size(), 3u);
    EXPECT_EQ(a.body_lines[2], "\"Roasters are buying whatever they can get,\" said one broker in S\xc3\xa3o Paulo.");
    EXPECT_TRUE(a.extra.empty());
    EXPECT_TRUE(a.warnings.empty());

    const auto& b = std::get<RawArticle>(items[1]);
    EXPECT_EQ(b.bylines, std::vector<std::string>{"Jonas Berg"});
    EXPECT_EQ(b.source_line, 2u);
    const auto& c = std::get<RawArticle>(items[2]);
    EXPECT_EQ(c.bylines, (std::vector<std::string>{"Claire Dubois", "Marco Bianchi"}));
    EXPECT_EQ(c.body_lines.size(), 3u);
}

TEST(JsonlReader, MixedFileAcceptsThreeRejectsOne) {
    auto items = read_file(kData + "/bad/mixed.jsonl");
    ASSERT_EQ(items.size(), 4u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.language, "en");  // "lang" states the language
    EXPECT_EQ(extra(a, "lang"), "<absent>");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"Maria Jensen"});
    const auto& b = std::get<RawArticle>(items[1]);
    EXPECT_EQ(b.bylines, (std::vector<std::string>{"Tom Okafor", "Lena Schmidt"}));
    ASSERT_TRUE(std::holds_alternative<Diagnostic>(items[2]));
    const auto& d = std::get<Diagnostic>(items[2]);
    EXPECT_EQ(d.line, 3u);
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_TRUE(d.message.starts_with("invalid JSON: ")) << d.message;
    EXPECT_EQ(d.message.find("json.exception"), std::string::npos) << d.message;
    const auto& c = std::get<RawArticle>(items[3]);
    EXPECT_EQ(c.source_line, 4u);
    EXPECT_EQ(c.dates, std::vector<std::string>{"2024-03-15"});
    EXPECT_NE(a.url, b.url);
    EXPECT_NE(b.url, c.url);
}

TEST(JsonlReader, FieldVariants) {
    auto items = read_jsonl(
        "\n"
        "{\"title\":\"T\",\"authors\":\"One Author\",\"date\":\"2024-01-02\",\"published\":\"2024-01-03\","
        "\"text\":\"a\\nb\\r\\nc\",\"id\":42,\"topics\":\"grain\",\"extra_num\":1.5,\"author\":null}\r\n"
        "   \n"
        "{\"title\":\"U\",\"body\":\"kept\",\"text\":\"other\",\"tags\":[\"x\"]}\n");
    ASSERT_EQ(items.size(), 2u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.source_line, 2u);
    EXPECT_EQ(a.bylines, std::vector<std::string>{"One Author"});
    EXPECT_EQ(a.dates, (std::vector<std::string>{"2024-01-02", "2024-01-03"}));
    EXPECT_EQ(a.body_lines, (std::vector<std::string>{"a", "b", "c"}));
    EXPECT_EQ(a.id, "42");
    EXPECT_EQ(a.tags.at("topic"), std::vector<std::string>{"grain"});
    EXPECT_EQ(extra(a, "extra_num"), "1.5");
    const auto& b = std::get<RawArticle>(items[1]);
    EXPECT_EQ(b.source_line, 4u);
    EXPECT_EQ(b.body_lines, std::vector<std::string>{"kept"});
    EXPECT_EQ(extra(b, "text"), "\"other\"");
    EXPECT_EQ(extra(b, "tags"), "[\"x\"]");
}

TEST(JsonlReader, WrongTypesWarnAndKeepTheValue) {
    auto items = read_jsonl("{\"title\":7,\"authors\":[\"A\",3],\"url\":\"https://e.com/x\"}\n");
    const auto& a = std::get<RawArticle>(items.at(0));
    EXPECT_EQ(a.title, "");
    EXPECT_TRUE(a.bylines.empty());
    ASSERT_EQ(a.warnings.size(), 2u);
    EXPECT_EQ(a.warnings[0].message, "field \"title\" is not a string; kept as an extra field");
    EXPECT_EQ(extra(a, "title"), "7");
    EXPECT_EQ(extra(a, "authors"), "[\"A\",3]");
}

TEST(JsonlReader, NonObjectsAreRejectedAndReadingGoesOn) {
    auto items = read_jsonl("[1,2]\n\"text\"\n{\"title\":\"ok\"}\n{\"title\":\n");
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(std::get<Diagnostic>(items[0]).message, "expected a JSON object, found array");
    EXPECT_EQ(std::get<Diagnostic>(items[1]).message, "expected a JSON object, found string");
    EXPECT_EQ(std::get<Diagnostic>(items[1]).line, 2u);
    EXPECT_EQ(std::get<RawArticle>(items[2]).title, "ok");
    EXPECT_EQ(std::get<Diagnostic>(items[3]).line, 4u);
}

TEST(JsonlReader, EveryPrefixOfTheSampleIsHandled) {
    std::ifstream in(kData + "/good/sample.jsonl", std::ios::binary);
    std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ASSERT_GT(text.size(), 1000u);
    for (std::size_t cut = 0; cut <= text.size(); cut += 7) {
        std::vector<ReadItem> items;
        ASSERT_NO_THROW(items = read_jsonl(text.substr(0, cut))) << cut;
        std::size_t complete_lines = 0;
        for (std::size_t i = 0; i < cut; ++i) complete_lines += text[i] == '\n' ? 1 : 0;
        ASSERT_GE(items.size(), complete_lines) << cut;
        for (std::size_t i = 0; i < complete_lines; ++i) EXPECT_TRUE(std::holds_alternative<RawArticle>(items[i]));
    }
}

TEST(JsonlReader, RepairsInvalidUtf8BeforeParsing) {
    auto items = read_jsonl("{\"title\":\"caf\xe9 \xff\"}\n");
    const auto& a = std::get<RawArticle>(items.at(0));
    EXPECT_EQ(a.title, "caf\xef\xbf\xbd \xef\xbf\xbd");
    ASSERT_EQ(a.warnings.size(), 1u);
    EXPECT_EQ(a.warnings[0].line, 1u);
    EXPECT_EQ(a.warnings[0].message, "invalid UTF-8 repaired (2 bytes)");
}

TEST(JsonlReader, TruncatedZstdGivesArticlesThenOneError) {
    // Many articles so the compressed stream spans several blocks and the cut falls mid-way.
    std::string text;
    for (int i = 0; i < 4000; ++i) {
        text += "{\"id\":\"a" + std::to_string(i) + "\",\"title\":\"Article " + std::to_string(i * 7919 % 10007) +
                "\",\"body\":\"" + std::string(40 + i % 50, static_cast<char>('a' + i % 26)) + "\"}\n";
    }
    // Over 128 KB of text makes several zstd blocks, so whole blocks come out before the cut.
    ASSERT_GT(text.size(), 300u * 1024);
    std::string packed(ZSTD_compressBound(text.size()), '\0');
    std::size_t n = ZSTD_compress(packed.data(), packed.size(), text.data(), text.size(), 1);
    ASSERT_FALSE(ZSTD_isError(n));
    packed.resize(n / 2);
    auto reader = make_jsonl_reader(std::make_unique<ZstdStream>(std::make_unique<MemoryStream>(packed)), "t.jsonl.zst");
    auto items = drain(*reader);
    ASSERT_GE(items.size(), 2u);
    for (std::size_t i = 0; i + 1 < items.size(); ++i) {
        ASSERT_TRUE(std::holds_alternative<RawArticle>(items[i])) << i;
        EXPECT_EQ(std::get<RawArticle>(items[i]).id, "a" + std::to_string(i));
    }
    ASSERT_TRUE(std::holds_alternative<Diagnostic>(items.back()));
    EXPECT_EQ(std::get<Diagnostic>(items.back()).message, "truncated zstd stream");
    EXPECT_GT(std::get<Diagnostic>(items.back()).line, items.size() - 1);
}

}  // namespace newsarc
