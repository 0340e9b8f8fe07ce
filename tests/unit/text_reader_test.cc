// Tests of the one-article text reader on the seed and on the bad fixtures.
#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include <vector>

#include "common/io/byte_stream.h"
#include "common/readers/formats.h"

namespace newsarc {

namespace {

using testing::only_error;

const std::string kData = NEWSARC_TEST_DATA;
const std::string kSeed = kData + "/seed/000_bb8a75b0104a1e04.txt";

std::vector<ReadItem> read_text(const std::string& text, const std::string& path = "mem.txt") {
    return testing::drain(*make_text_reader(std::make_unique<MemoryStream>(text), path));
}

std::vector<ReadItem> read_file(const std::string& path) {
    return testing::drain(*make_text_reader(std::make_unique<FileStream>(path), path));
}

}  // namespace

TEST(TextReader, ReadsTheSeed) {
    auto items = read_file(kSeed);
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(std::holds_alternative<RawArticle>(items[0]));
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.format, "text");
    EXPECT_EQ(a.source_path, kSeed);
    EXPECT_EQ(a.source_line, 1u);
    EXPECT_EQ(a.id, "");
    EXPECT_EQ(a.title, "Israeli military secretary was in Moscow to advance hostage deal");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"TOVAH LAZAROFF"});
    EXPECT_EQ(a.dates, (std::vector<std::string>{"SEPTEMBER 1, 2024 14:50", "20240901"}));
    EXPECT_EQ(a.url, "https://www.jpost.com/breaking-news/article-817267");
    ASSERT_EQ(a.body_lines.size(), 13u);
    EXPECT_TRUE(a.body_lines[0].starts_with("The Prime Minister\xe2\x80\x99s Office said its military secretary"));
    EXPECT_EQ(a.body_lines[10], "Stay updated with the latest news!");
    EXPECT_EQ(a.body_lines[11], "Subscribe to The Jerusalem Post Newsletter");
    EXPECT_TRUE(a.body_lines[12].ends_with("bringing Sasha back alive,\xe2\x80\x9d he said."));
    EXPECT_TRUE(a.warnings.empty());
    EXPECT_TRUE(a.tags.empty());
    EXPECT_TRUE(a.extra.empty());
}

TEST(TextReader, HandlesCrlf) {
    auto items = read_text("Title\r\nBY SOMEONE\r\nJANUARY 2, 2024 10:00\r\n20240102\r\nhttps://example.com/a\r\nBody.\r\n");
    ASSERT_EQ(items.size(), 1u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.title, "Title");
    EXPECT_EQ(a.url, "https://example.com/a");
    EXPECT_EQ(a.body_lines, std::vector<std::string>{"Body."});
}

TEST(TextReader, EmptyBylineAndDatesAreLeftOut) {
    auto items = read_text("Title\n\n\n20240102\nhttp://example.com/a\nBody.");
    const auto& a = std::get<RawArticle>(items.at(0));
    EXPECT_TRUE(a.bylines.empty());
    EXPECT_EQ(a.dates, std::vector<std::string>{"20240102"});
}

TEST(TextReader, RejectsEmptyFile) {
    const auto& d = only_error(read_file(kData + "/bad/empty.txt"));
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.file, kData + "/bad/empty.txt");
    EXPECT_EQ(d.message, "empty file");
    EXPECT_EQ(d.line, 0u);
}

TEST(TextReader, RejectsMissingHeaderLines) {
    const auto& d = only_error(read_file(kData + "/bad/missing-header.txt"));
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_EQ(d.line, 3u);
    EXPECT_EQ(d.message,
              "missing header lines: expected title, byline, display date, YYYYMMDD date and URL before the body");
    // Five header lines but no body is still missing a line.
    EXPECT_EQ(only_error(read_text("T\nB\nD\n20240101\nhttps://example.com/\n")).line, 6u);
}

TEST(TextReader, RejectsANonUrlOnLine5) {
    const auto& d = only_error(read_text("T\nB\nD\n20240101\nnot a url\nbody"));
    EXPECT_EQ(d.line, 5u);
    EXPECT_EQ(d.message, "expected the article URL on line 5, found \"not a url\"");
    std::string long_text(200, 'x');
    const auto& d2 = only_error(read_text("T\nB\nD\n20240101\n" + long_text + "\nbody"));
    EXPECT_EQ(d2.message, "expected the article URL on line 5, found \"" + std::string(60, 'x') + "\xe2\x80\xa6\"");
    EXPECT_EQ(only_error(read_text("T\nB\nD\n20240101\nftp://example.com/x\nbody")).line, 5u);
}

TEST(TextReader, BadDatesAreTheCleanersConcern) {
    auto items = read_file(kData + "/bad/bad-date.txt");
    ASSERT_EQ(items.size(), 1u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.dates, (std::vector<std::string>{"SOMEDAY, 2024", "2024XXYY"}));
    EXPECT_EQ(a.body_lines.size(), 13u);
}

TEST(TextReader, RepairsInvalidUtf8WithWarnings) {
    auto items = read_file(kData + "/bad/invalid-utf8.txt");
    ASSERT_EQ(items.size(), 1u);
    const auto& a = std::get<RawArticle>(items[0]);
    ASSERT_EQ(a.warnings.size(), 2u);
    EXPECT_EQ(a.warnings[0].severity, Severity::warning);
    EXPECT_EQ(a.warnings[0].line, 7u);
    EXPECT_EQ(a.warnings[0].message, "invalid UTF-8 repaired (2 bytes)");
    EXPECT_EQ(a.warnings[1].line, 9u);
    EXPECT_EQ(a.warnings[1].message, "invalid UTF-8 repaired (1 bytes)");
    EXPECT_NE(a.body_lines[1].find("active \xef\xbf\xbd\xef\xbf\xbd part"), std::string::npos);
}

TEST(TextReader, TruncatedZstdRejectsTheArticle) {
    std::string path = kData + "/bad/truncated.txt.zst";
    auto reader = make_text_reader(std::make_unique<ZstdStream>(std::make_unique<FileStream>(path)), path);
    auto item = reader->next();
    ASSERT_TRUE(item);
    ASSERT_TRUE(std::holds_alternative<Diagnostic>(*item));
    EXPECT_EQ(std::get<Diagnostic>(*item).message, "truncated zstd stream");
    EXPECT_FALSE(reader->next());
}

}  // namespace newsarc
