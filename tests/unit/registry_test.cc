// Tests of open_reader(): format and compression sniffing, whole-file rejections, the real inputs.
#include "common/readers/reader.h"

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

namespace newsarc {

namespace {

using testing::only_error;
using testing::slurp;

std::vector<ReadItem> read_path(const std::string& path) { return testing::drain(*open_reader(path)); }

const std::string kData = NEWSARC_TEST_DATA;
const std::string kSeed = kData + "/seed/000_bb8a75b0104a1e04.txt";

// A scratch file under the build's temp dir, removed at the end of the test.
class TempFile {
public:
    TempFile(const std::string& name, const std::string& content)
        : path_((std::filesystem::temp_directory_path() / ("newsarc-registry-" + std::to_string(::getpid()) + "-" + name)).string()) {
        std::ofstream(path_, std::ios::binary) << content;
    }
    ~TempFile() { std::remove(path_.c_str()); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace

TEST(Registry, OpensTheSeed) {
    auto items = read_path(kSeed);
    ASSERT_EQ(items.size(), 1u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.format, "text");
    EXPECT_EQ(a.source_path, kSeed);
    EXPECT_EQ(a.title, "Israeli military secretary was in Moscow to advance hostage deal");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"TOVAH LAZAROFF"});
    EXPECT_EQ(a.dates, (std::vector<std::string>{"SEPTEMBER 1, 2024 14:50", "20240901"}));
    EXPECT_EQ(a.url, "https://www.jpost.com/breaking-news/article-817267");
    EXPECT_EQ(a.body_lines.size(), 13u);
}

TEST(Registry, CompressedSeedGivesTheSameArticle) {
    auto plain = std::get<RawArticle>(read_path(kSeed).at(0));
    std::string zpath = kData + "/good/seed.txt.zst";
    auto items = read_path(zpath);
    ASSERT_EQ(items.size(), 1u);
    auto packed = std::get<RawArticle>(items[0]);
    EXPECT_EQ(packed.source_path, zpath);
    packed.source_path = plain.source_path;
    EXPECT_EQ(packed.format, plain.format);
    EXPECT_EQ(packed.title, plain.title);
    EXPECT_EQ(packed.bylines, plain.bylines);
    EXPECT_EQ(packed.dates, plain.dates);
    EXPECT_EQ(packed.url, plain.url);
    EXPECT_EQ(packed.body_lines, plain.body_lines);
}

TEST(Registry, ZstdIsSniffedWhateverTheName) {
    TempFile f("seed-no-ext", slurp(kData + "/good/seed.txt.zst"));
    auto items = read_path(f.path());
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(std::get<RawArticle>(items[0]).body_lines.size(), 13u);
}

TEST(Registry, TruncatedZstdIsRejected) {
    const auto& d = only_error(read_path(kData + "/bad/truncated.txt.zst"));
    EXPECT_EQ(d.severity, Severity::error);
    EXPECT_NE(d.message.find("truncated"), std::string::npos) << d.message;
    EXPECT_EQ(d.message, "truncated zstd stream");
}

TEST(Registry, WholeFileRejections) {
    const auto& empty = only_error(read_path(kData + "/bad/empty.txt"));
    EXPECT_EQ(empty.message, "empty file");
    EXPECT_EQ(empty.line, 0u);
    EXPECT_EQ(empty.file, kData + "/bad/empty.txt");

    const auto& binary = only_error(read_path(kData + "/bad/binary.txt"));
    EXPECT_EQ(binary.message, "binary file, not an article");
    EXPECT_EQ(binary.line, 0u);

    const auto& missing = only_error(read_path(kData + "/bad/no-such-file.txt"));
    EXPECT_EQ(missing.message, "cannot open: No such file or directory");
    EXPECT_EQ(missing.to_string(), kData + "/bad/no-such-file.txt: error: cannot open: No such file or directory");

    const auto& dir = only_error(read_path(kData + "/bad"));
    EXPECT_EQ(dir.message, "cannot open: Is a directory");
}

TEST(Registry, BadFixturesThroughOpenReader) {
    const auto& header = only_error(read_path(kData + "/bad/missing-header.txt"));
    EXPECT_EQ(header.line, 3u);
    EXPECT_TRUE(header.message.starts_with("missing header lines"));

    auto dated = read_path(kData + "/bad/bad-date.txt");
    ASSERT_EQ(dated.size(), 1u);
    EXPECT_EQ(std::get<RawArticle>(dated[0]).dates, (std::vector<std::string>{"SOMEDAY, 2024", "2024XXYY"}));

    auto repaired = read_path(kData + "/bad/invalid-utf8.txt");
    ASSERT_EQ(repaired.size(), 1u);
    const auto& r = std::get<RawArticle>(repaired[0]);
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_EQ(r.warnings[0].to_string(), kData + "/bad/invalid-utf8.txt:7: warning: invalid UTF-8 repaired (2 bytes)");

    auto mixed = read_path(kData + "/bad/mixed.jsonl");
    ASSERT_EQ(mixed.size(), 4u);
    std::size_t accepted = 0, rejected = 0;
    for (const auto& item : mixed) {
        if (std::holds_alternative<RawArticle>(item)) {
            ++accepted;
            EXPECT_EQ(std::get<RawArticle>(item).format, "jsonl");
        } else {
            ++rejected;
            EXPECT_EQ(std::get<Diagnostic>(item).line, 3u);
        }
    }
    EXPECT_EQ(accepted, 3u);
    EXPECT_EQ(rejected, 1u);
}

TEST(Registry, PicksTheReaderByExtension) {
    auto sample = read_path(kData + "/good/sample.jsonl");
    ASSERT_EQ(sample.size(), 3u);
    EXPECT_EQ(std::get<RawArticle>(sample[0]).format, "jsonl");

    auto reuters = read_path(kData + "/reuters/reut2-000.sgm");
    ASSERT_EQ(reuters.size(), 1000u);
    EXPECT_EQ(std::get<RawArticle>(reuters.front()).id, "reuters21578-1");
    EXPECT_EQ(std::get<RawArticle>(reuters.back()).id, "reuters21578-1000");

    auto head = read_path(kData + "/good/reut2-000-head.sgm.zst");
    ASSERT_EQ(head.size(), 10u);
    EXPECT_EQ(std::get<RawArticle>(head[0]).title, "BAHIA COCOA REVIEW");
    EXPECT_EQ(std::get<RawArticle>(head[9]).id, "reuters21578-10");
}

TEST(Registry, PicksTheReaderByContentWithoutAKnownExtension) {
    TempFile json("article.dat", "  {\"title\":\"Sniffed\",\"url\":\"https://e.com/a\",\"body\":\"x\"}\n");
    EXPECT_EQ(std::get<RawArticle>(read_path(json.path()).at(0)).format, "jsonl");

    TempFile sgml("reuters.dat", slurp(kData + "/reuters/reut2-000.sgm").substr(0, 20000));
    auto items = read_path(sgml.path());
    ASSERT_FALSE(items.empty());
    EXPECT_EQ(std::get<RawArticle>(items.at(0)).format, "reuters-sgml");

    TempFile text("article", slurp(kSeed));
    EXPECT_EQ(std::get<RawArticle>(read_path(text.path()).at(0)).format, "text");

    // The extension wins over the content: a .txt holding JSON is read as text (and rejected).
    TempFile json_txt("json.txt", "{\"title\":\"x\"}\n");
    EXPECT_TRUE(std::holds_alternative<Diagnostic>(read_path(json_txt.path()).at(0)));
}

TEST(Registry, IsArticleFile) {
    for (const char* yes : {"a.txt", "dir/a.jsonl", "a.ndjson", "x.sgm", "x.sgml", "a.txt.zst", "b.JSONL.ZST",
                            "reut2-000.sgm.zst", "/abs/path/file.ndjson.zst", "a.html", "a.txt.gz", "p.htm.zst",
                            "crawl.warc.gz"}) {
        EXPECT_TRUE(is_article_file(yes)) << yes;
    }
    for (const char* no : {"a.zst", "a.gz", "a.json", "notes", ".txt", "a.png.gz", "a.zst.txt.bak", "dir.txt/x"}) {
        EXPECT_FALSE(is_article_file(no)) << no;
    }
}

}  // namespace newsarc
