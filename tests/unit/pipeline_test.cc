// ArticlePipeline over the bundled inputs, with one and several cleaning threads: everything the
// readers and the cleaner give comes out once, in input order, as the same functions give it run
// one by one; sources an archive already holds come out as UnchangedSource.
#include "common/ingest/pipeline.h"

#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/ingest/engine.h"
#include "common/ingest/inputs.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

const std::string kSeed = NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt";
const std::string kSample = NEWSARC_TEST_DATA "/good/sample.jsonl";
const std::string kBad = NEWSARC_TEST_DATA "/bad/";

std::vector<CleanItem> run_pipeline(const std::vector<std::string>& files, unsigned workers,
                                    const std::string& archive = {}, bool want_ids = false,
                                    CleanOptions options = {}) {
    ArticlePipeline pipeline(files, options, workers, archive, want_ids);
    std::vector<CleanItem> out;
    CleanItem item;
    while (pipeline.next(item)) out.push_back(std::move(item));
    return out;
}

// What the pipeline must give, by the reader and the cleaner called one article at a time: the
// reader's diagnostics, each article's cleaning warnings then the article, or the cleaner's error.
std::vector<CleanItem> expected_items(const std::vector<std::string>& files, const CleanOptions& options = {}) {
    std::vector<CleanItem> out;
    for (const auto& file : files) {
        auto reader = open_reader(file);
        while (auto item = reader->next()) {
            if (auto* d = std::get_if<Diagnostic>(&*item)) {
                out.emplace_back(*d);
                continue;
            }
            const auto& raw = std::get<RawArticle>(*item);
            try {
                CleanResult cleaned = clean_article(raw, options);
                for (auto& w : cleaned.warnings) out.emplace_back(w);
                cleaned.article.source_fingerprint = source_fingerprint(raw, options);
                cleaned.article.source_file = absolute_path(file);
                cleaned.article.source_line = raw.source_line;
                out.emplace_back(cleaned.article);
            } catch (const InputError& e) {
                out.emplace_back(make_error(raw.source_path, e.line() ? e.line() : raw.source_line, e.what()));
            }
        }
    }
    return out;
}

// One line per item, with what identifies it: comparing these compares kind, order and content.
std::string describe(const CleanItem& item) {
    if (auto* d = std::get_if<Diagnostic>(&item)) return "diagnostic " + d->to_string();
    if (auto* u = std::get_if<UnchangedSource>(&item))
        return "unchanged " + u->id + " " + u->file + ":" + std::to_string(u->line);
    const auto& a = std::get<Article>(item);
    return "article " + a.id + " " + a.source_file + ":" + std::to_string(a.source_line) + " " + a.content_hash +
           " " + a.source_fingerprint + " " + a.title + " paragraphs=" + std::to_string(a.paragraphs.size());
}

std::vector<std::string> describe_all(const std::vector<CleanItem>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(describe(item));
    return out;
}

template <class T>
std::vector<T> only(const std::vector<CleanItem>& items) {
    std::vector<T> out;
    for (const auto& item : items)
        if (auto* x = std::get_if<T>(&item)) out.push_back(*x);
    return out;
}

TEST(Pipeline, GivesWhatTheReaderAndCleanerGiveInInputOrderWithAnyNumberOfThreads) {
    // Reuters alone is 1,000 articles, several batches: with four workers they finish out of order.
    const std::vector<std::string> files{testing::kReut2000, kSeed, kSample};
    std::vector<std::string> want = describe_all(expected_items(files));
    ASSERT_GT(only<Article>(expected_items(files)).size(), 900u);
    for (unsigned workers : {1u, 4u}) EXPECT_EQ(describe_all(run_pipeline(files, workers)), want) << workers;
}

TEST(Pipeline, EveryArticleOnceWithItsProvenance) {
    const std::vector<std::string> files{kSample, testing::kReut2000, kSeed};
    auto articles = only<Article>(run_pipeline(files, 3));
    std::set<std::string> ids;
    std::map<std::string, std::size_t> last_line;
    std::vector<std::string> file_order;
    for (const auto& a : articles) {
        EXPECT_TRUE(ids.insert(a.id).second) << "twice: " << a.id;
        ASSERT_TRUE(fs::path(a.source_file).is_absolute()) << a.source_file;
        if (file_order.empty() || file_order.back() != a.source_file) file_order.push_back(a.source_file);
        // Within a file, lines only go forward.
        EXPECT_GT(a.source_line, last_line[a.source_file]) << a.id;
        last_line[a.source_file] = a.source_line;
    }
    std::vector<std::string> absolute;
    for (const auto& f : files) absolute.push_back(absolute_path(f));
    EXPECT_EQ(file_order, absolute);  // files in the order given, each once
    // The seed was cleaned as the cleaner cleans it on its own.
    Article seed = clean_article(testing::seed_raw_article()).article;
    EXPECT_EQ(articles.back().id, seed.id);
    EXPECT_EQ(articles.back().paragraphs, seed.paragraphs);
    EXPECT_EQ(articles.back().authors, seed.authors);
    EXPECT_EQ(articles.back().content_hash, seed.content_hash);
    EXPECT_EQ(articles.back().source_line, 1u);
}

TEST(Pipeline, BadInputsGiveDiagnosticsNamingFileAndLineAndTheRestStillComesOut) {
    const std::vector<std::string> files{kBad + "mixed.jsonl", kBad + "unclosed.sgm", kBad + "empty-bodies.jsonl",
                                         kBad + "empty.txt", kBad + "no-such-file.txt", kSample};
    auto items = run_pipeline(files, 2);
    EXPECT_EQ(describe_all(items), describe_all(expected_items(files)));
    // What tests/data/README.md says of these files.
    std::vector<std::string> errors;
    for (const auto& d : only<Diagnostic>(items))
        if (d.severity == Severity::error) errors.push_back(fs::path(d.file).filename().string() + ":" + std::to_string(d.line));
    EXPECT_EQ(errors, (std::vector<std::string>{"mixed.jsonl:3", "unclosed.sgm:28", "unclosed.sgm:106",
                                                "empty-bodies.jsonl:2", "empty-bodies.jsonl:3", "empty.txt:0",
                                                "no-such-file.txt:0"}));
    std::map<std::string, int> per_file;
    for (const auto& a : only<Article>(items)) ++per_file[fs::path(a.source_file).filename().string()];
    EXPECT_EQ(per_file["mixed.jsonl"], 3);
    EXPECT_EQ(per_file["unclosed.sgm"], 3);  // NEWIDs 2, 7 and 8
    EXPECT_EQ(per_file["empty-bodies.jsonl"], 3);
    EXPECT_EQ(per_file["sample.jsonl"], 3);
}

TEST(Pipeline, BytesDoneReachesTheInputSizeAndNeverGoesBack) {
    const std::vector<std::string> files{testing::kReut2000, kSeed};
    ArticlePipeline pipeline(files, {}, 2);
    CleanItem item;
    std::uint64_t last = 0;
    while (pipeline.next(item)) {
        EXPECT_GE(pipeline.bytes_done(), last);
        last = pipeline.bytes_done();
    }
    EXPECT_EQ(pipeline.bytes_done(), fs::file_size(files[0]) + fs::file_size(files[1]));
}

TEST(Pipeline, StopsCleanlyWhenTheConsumerLeavesEarly) {
    // The destructor must stop the reader and the workers while batches are still in flight.
    ArticlePipeline pipeline({testing::kReut2000, testing::kReut2000, testing::kReut2000}, {}, 2);
    CleanItem item;
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(pipeline.next(item));
}

class PipelineUnchanged : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = testing::fresh_test_folder("pipeline");
        archive_ = (dir_ / "db").string();
        IngestRequest request;
        request.db_path = archive_;
        request.files = {testing::kReut2000, kSeed};
        request.quiet = true;
        Reporter reporter(true);
        IngestResult result = run_ingest(request, reporter);
        indexed_ = result.counts.added;
        ASSERT_GT(indexed_, 900u);
    }
    void TearDown() override { fs::remove_all(dir_); }

    fs::path dir_;
    std::string archive_;
    std::size_t indexed_ = 0;
};

TEST_F(PipelineUnchanged, IndexedSourcesComeOutAsUnchangedWithTheirIds) {
    const std::vector<std::string> files{testing::kReut2000, kSeed, kSample};
    for (unsigned workers : {1u, 3u}) {
        auto items = run_pipeline(files, workers, archive_, true);
        auto unchanged = only<UnchangedSource>(items);
        auto articles = only<Article>(items);
        // Every indexed article is recognised, and only those: sample.jsonl is new.
        EXPECT_EQ(unchanged.size(), indexed_) << workers;
        ASSERT_EQ(articles.size(), 3u);
        for (const auto& a : articles) EXPECT_EQ(a.source_file, absolute_path(kSample));
        // In input order, with the id, file and line the cleaned article would have.
        std::vector<std::string> want;
        for (const auto& a : only<Article>(expected_items({testing::kReut2000, kSeed})))
            want.push_back("unchanged " + a.id + " " + a.source_file + ":" + std::to_string(a.source_line));
        std::vector<std::string> got;
        for (const auto& u : unchanged) got.push_back(describe(u));
        EXPECT_EQ(got, want);
        Xapian::Database db(archive_);
        for (std::size_t i = 0; i < unchanged.size(); i += 97)
            EXPECT_TRUE(db.term_exists(DocumentBuilder::id_term(unchanged[i].id))) << unchanged[i].id;
    }
}

TEST_F(PipelineUnchanged, WithoutWantIdsTheIdIsLeftEmpty) {
    auto unchanged = only<UnchangedSource>(run_pipeline({kSeed}, 1, archive_, false));
    ASSERT_EQ(unchanged.size(), 1u);
    EXPECT_EQ(unchanged[0].id, "");
    EXPECT_EQ(unchanged[0].file, absolute_path(kSeed));
    EXPECT_EQ(unchanged[0].line, 1u);
}

TEST_F(PipelineUnchanged, TheSameArticleFromAnotherFileIsCleanedAgain) {
    // Same bytes, another path: provenance differs, so it is not "unchanged".
    fs::path copy = dir_ / "copy.txt";
    fs::copy_file(kSeed, copy);
    auto items = run_pipeline({copy.string()}, 1, archive_, true);
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(std::holds_alternative<Article>(items[0]));
    EXPECT_EQ(std::get<Article>(items[0]).source_file, absolute_path(copy.string()));
}

TEST_F(PipelineUnchanged, OtherCleanOptionsMeanNothingIsUnchanged) {
    // The user's patterns are part of the fingerprint: the archive was cleaned without them.
    CleanOptions options;
    options.boilerplate = {"a pattern no article has"};
    auto items = run_pipeline({kSeed}, 1, archive_, true, options);
    EXPECT_TRUE(only<UnchangedSource>(items).empty());
    EXPECT_EQ(only<Article>(items).size(), 1u);
}

TEST_F(PipelineUnchanged, AMissingArchiveMeansEverythingIsNew) {
    auto items = run_pipeline({kSeed, kSample}, 2, (dir_ / "nothing-here").string(), true);
    EXPECT_TRUE(only<UnchangedSource>(items).empty());
    EXPECT_EQ(only<Article>(items).size(), 4u);
}

}  // namespace
}  // namespace newsarc
