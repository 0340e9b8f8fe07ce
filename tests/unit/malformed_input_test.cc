// Malformed input at the unit level (issue 6): overlong lines, stray NUL bytes, deep JSON, empty
// bodies, unclosed SGML, absurd author and topic lists. Each is a diagnostic or a repair with a
// warning, and the articles around it still come out. tests/e2e/t35 runs the same at full size.
#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "common/clean/cleaner.h"
#include "common/io/byte_stream.h"
#include "common/io/line_reader.h"
#include "common/readers/formats.h"
#include "common/text/utf8.h"
#include "tests/unit/test_support.h"

namespace newsarc {

namespace {

using testing::drain;

const std::string kData = NEWSARC_TEST_DATA;

std::vector<ReadItem> read_with(std::unique_ptr<Reader> (*make)(std::unique_ptr<ByteStream>, std::string),
                                const std::string& text) {
    return drain(*make(std::make_unique<MemoryStream>(text), "mem"));
}

const Diagnostic& error_at(const std::vector<ReadItem>& items, std::size_t i) {
    EXPECT_TRUE(std::holds_alternative<Diagnostic>(items.at(i))) << "item " << i;
    return std::get<Diagnostic>(items.at(i));
}

const RawArticle& article_at(const std::vector<ReadItem>& items, std::size_t i) {
    EXPECT_TRUE(std::holds_alternative<RawArticle>(items.at(i))) << "item " << i;
    return std::get<RawArticle>(items.at(i));
}

std::string warnings_of(const std::vector<Diagnostic>& ds) {
    std::string all;
    for (const auto& d : ds) all += d.to_string() + "\n";
    return all;
}

}  // namespace

TEST(MalformedInput, LineReaderCutsOverlongLinesAndGoesOn) {
    MemoryStream s(std::string(100, 'x') + "\r\nshort\n" + std::string(11, 'y'));
    LineReader r(s, 16, 10);
    std::string line;
    ASSERT_TRUE(r.next(line));
    EXPECT_TRUE(r.overlong());
    EXPECT_EQ(r.length(), 101u);  // the CR is part of a cut line
    EXPECT_EQ(line, std::string(10, 'x'));
    ASSERT_TRUE(r.next(line));
    EXPECT_FALSE(r.overlong());
    EXPECT_EQ(line, "short");
    EXPECT_EQ(r.length(), 5u);
    ASSERT_TRUE(r.next(line));
    EXPECT_TRUE(r.overlong());
    EXPECT_EQ(r.line_number(), 3u);
    EXPECT_FALSE(r.next(line));
}

TEST(MalformedInput, JsonlOverlongLineIsRejectedAndTheNextLinesRead) {
    std::string big = "{\"title\": \"" + std::string(kMaxLineBytes, 'x') + "\"}";
    auto items = read_with(make_jsonl_reader, "{\"title\": \"a\"}\n" + big + "\n{\"title\": \"b\"}\n");
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(article_at(items, 0).title, "a");
    EXPECT_EQ(error_at(items, 1).line, 2u);
    EXPECT_EQ(error_at(items, 1).message, overlong_line_reason(big.size()));
    EXPECT_EQ(article_at(items, 2).title, "b");
}

TEST(MalformedInput, TextOverlongLineRejectsTheArticle) {
    auto items = read_with(make_text_reader, "T\nB\nD\n20240101\nhttps://example.com/a\n" +
                                                 std::string(kMaxLineBytes + 1, 'x') + "\nmore\n");
    const auto& d = testing::only_error(items);
    EXPECT_EQ(d.line, 6u);
    EXPECT_TRUE(d.message.starts_with("line is 16777217 bytes long")) << d.message;
}

TEST(MalformedInput, SgmlElementWithoutEndTagIsDroppedOnceTooLong) {
    // No </REUTERS> and no other element: without a cap it would hold the rest of the file.
    std::string lines;
    std::string row(1000, 'q');
    while (lines.size() <= kMaxLineBytes) lines += row + "\n";
    auto items = read_with(make_sgml_reader,
                           "<REUTERS NEWID=\"1\"><TEXT><BODY>\n" + lines +
                               "<REUTERS NEWID=\"2\"><TEXT><TITLE>KEPT</TITLE></TEXT></REUTERS>\n");
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(error_at(items, 0).line, 1u);
    EXPECT_TRUE(error_at(items, 0).message.find("without </REUTERS>") != std::string::npos);
    EXPECT_EQ(article_at(items, 1).title, "KEPT");
}

TEST(MalformedInput, StrayNulIsNotABinaryFile) {
    std::string text(4000, 'a');
    text[100] = '\0';
    EXPECT_FALSE(looks_binary(text));
    EXPECT_TRUE(looks_binary(std::string(4000, '\0')));
    EXPECT_TRUE(looks_binary(testing::slurp(kData + "/bad/binary.txt")));
}

TEST(MalformedInput, NulBytesInTextAndSgmlAreRemovedWithAWarning) {
    auto items = drain(*open_reader(kData + "/bad/nul-bytes.txt"));
    const auto& a = article_at(items, 0);
    EXPECT_EQ(a.title.find('\0'), std::string::npos);
    std::string w = warnings_of(a.warnings);
    EXPECT_NE(w.find("nul-bytes.txt:1: warning: 1 NUL bytes removed"), std::string::npos) << w;
    EXPECT_NE(w.find("nul-bytes.txt:7: warning: 2 NUL bytes removed"), std::string::npos) << w;

    auto sgml = read_with(make_sgml_reader, std::string("<REUTERS NEWID=\"1\"><TEXT><TITLE>A\0B</TITLE>\n", 44) +
                                                "</TEXT></REUTERS>\n");
    const auto& r = article_at(sgml, 0);
    EXPECT_EQ(r.title, "AB");
    EXPECT_EQ(warnings_of(r.warnings), "mem:1: warning: 1 NUL bytes removed\n");
}

TEST(MalformedInput, NulInJsonRejectsOnlyItsLine) {
    auto items = drain(*open_reader(kData + "/bad/nul-bytes.jsonl"));
    ASSERT_EQ(items.size(), 4u);
    EXPECT_EQ(error_at(items, 1).line, 2u);
    // An escaped NUL is valid JSON: the cleaner keeps it out of every field.
    CleanResult c = clean_article(article_at(items, 2));
    std::string json_fields = c.article.id + c.article.title + c.article.url + c.article.section +
                              c.article.authors.at(0) + c.article.tags.at("topic").at(0) + c.article.body();
    EXPECT_EQ(json_fields.find('\0'), std::string::npos);
    EXPECT_EQ(c.article.id, "nul-escaped");
}

TEST(MalformedInput, DeepJsonIsRejectedBeforeParsing) {
    std::string deep = "{\"title\": \"t\", \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    std::string ok = "{\"title\": \"t\", \"x\": " + std::string(99, '[') + std::string(99, ']') + "}";
    std::string in_string = "{\"title\": \"" + std::string(500, '[') + "\"}";
    auto items = read_with(make_jsonl_reader, deep + "\n" + ok + "\n" + in_string + "\n");
    ASSERT_EQ(items.size(), 3u);
    EXPECT_EQ(error_at(items, 0).message, "JSON nested deeper than 100 levels");
    EXPECT_EQ(article_at(items, 1).title, "t");
    EXPECT_EQ(article_at(items, 2).title, std::string(500, '['));
}

TEST(MalformedInput, TextWithAnEmptyBodyIsRejected) {
    const auto& d = testing::only_error(drain(*open_reader(kData + "/bad/empty-body.txt")));
    EXPECT_EQ(d.line, 6u);
    EXPECT_EQ(d.message, "empty body: no text after the five header lines");
}

TEST(MalformedInput, UnclosedSgmlKeepsTheClosedElements) {
    auto items = drain(*open_reader(kData + "/bad/unclosed.sgm"));
    std::vector<std::string> ids;
    std::vector<std::size_t> error_lines;
    for (const auto& item : items) {
        if (auto* a = std::get_if<RawArticle>(&item)) ids.push_back(a->id);
        else error_lines.push_back(std::get<Diagnostic>(item).line);
    }
    EXPECT_EQ(ids, (std::vector<std::string>{"reuters21578-2", "reuters21578-7", "reuters21578-8"}));
    EXPECT_EQ(error_lines, (std::vector<std::size_t>{28, 106}));
}

TEST(MalformedInput, TenThousandAuthorsAreCutWithAWarning) {
    RawArticle raw;
    raw.format = "jsonl";
    raw.source_path = "a.jsonl";
    raw.source_line = 4;
    raw.title = "Everybody wrote this";
    for (int i = 0; i < 10000; ++i) raw.bylines.push_back("Author Number" + std::to_string(i) + " Smith");
    // Not "t" + std::to_string(i): GCC 12 warns of an overlap there that cannot happen.
    for (int i = 0; i < 300; ++i) raw.tags["topic"].push_back(std::string(1, 't').append(std::to_string(i)));
    CleanResult c = clean_article(raw);
    ASSERT_EQ(c.article.authors.size(), 100u);
    EXPECT_EQ(c.article.authors.front(), "Author Number0 Smith");
    EXPECT_EQ(c.article.tags.at("topic").size(), 100u);
    std::string w = warnings_of(c.warnings);
    EXPECT_NE(w.find("a.jsonl:4: warning: 10000 authors; kept the first 100"), std::string::npos) << w;
    EXPECT_NE(w.find("a.jsonl:4: warning: 300 topic values; kept the first 100"), std::string::npos) << w;
}

TEST(MalformedInput, ImpossibleYearsLeaveTheDateUnknown) {
    for (std::string date : {"0000-01-01", "99999-12-31T10:00:00Z", "00000101", "January 1, 99999"}) {
        RawArticle raw;
        raw.format = "jsonl";
        raw.title = "Dated";
        raw.dates = {date};
        CleanResult c = clean_article(raw);
        EXPECT_FALSE(c.article.published.has_value()) << date;
        ASSERT_EQ(c.warnings.size(), 1u) << date;
        EXPECT_NE(c.warnings[0].message.find("does not parse"), std::string::npos) << date;
    }
}

}  // namespace newsarc
