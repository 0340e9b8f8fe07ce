// ShardWriter into a real glass database in a temporary folder, with articles the pipeline cleaned
// from the bundled Reuters file and the seed: what it counts, what it leaves in the database, and
// when it commits.
#include "common/ingest/shard_writer.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/base/diagnostic.h"
#include "common/index/document_builder.h"
#include "common/ingest/pipeline.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

const std::string kSeed = NEWSARC_TEST_DATA "/seed/000_bb8a75b0104a1e04.txt";

// The articles of `files` as the indexer gets them: cleaned, with their provenance.
std::vector<Article> pipeline_articles(const std::vector<std::string>& files) {
    ArticlePipeline pipeline(files, {}, 2);
    std::vector<Article> out;
    CleanItem item;
    while (pipeline.next(item))
        if (auto* a = std::get_if<Article>(&item)) out.push_back(std::move(*a));
    return out;
}

class ShardWriterTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { reuters_ = new std::vector<Article>(pipeline_articles({testing::kReut2000})); }
    static void TearDownTestSuite() { delete reuters_; }

    void SetUp() override {
        dir_ = testing::fresh_test_folder("shard-writer");
        path_ = (dir_ / "db").string();
    }
    void TearDown() override { fs::remove_all(dir_); }

    // Writes `articles` in batches of `batch` through a new writer and returns its counts.
    WriteCounts write(const std::vector<Article>& articles, std::size_t commit_every = schema::kCommitEvery,
                      bool rewrite_all = false, std::size_t batch = 100) {
        ShardWriter writer(open_writable(path_, 0, OnMissing::create), codec_, {}, commit_every, rewrite_all);
        for (std::size_t i = 0; i < articles.size(); i += batch)
            writer.submit({articles.begin() + i, articles.begin() + std::min(articles.size(), i + batch)});
        writer.finish();
        return writer.counts();
    }

    // An archive with no articles, committed, so that readers can open it.
    void create_empty() { open_writable(path_, 0, OnMissing::create).commit(); }

    static std::vector<Article>* reuters_;
    RecordCodec codec_;
    fs::path dir_;
    std::string path_;
};

std::vector<Article>* ShardWriterTest::reuters_ = nullptr;

TEST_F(ShardWriterTest, AFirstWriteAddsEveryArticleFindableByItsId) {
    ASSERT_GT(reuters_->size(), 900u);
    WriteCounts counts = write(*reuters_);
    EXPECT_EQ(counts.added, reuters_->size());
    EXPECT_EQ(counts.replaced, 0u);
    EXPECT_EQ(counts.unchanged, 0u);
    Xapian::Database db(path_);
    EXPECT_EQ(db.get_doccount(), reuters_->size());
    for (const auto& a : *reuters_) {
        std::string term = DocumentBuilder::id_term(a.id);
        ASSERT_EQ(db.get_termfreq(term), 1u) << a.id;
        Xapian::Document doc = db.get_document(*db.postlist_begin(term));
        EXPECT_EQ(doc.get_value(schema::kSlotContentHash), a.content_hash);
        EXPECT_EQ(doc.get_value(schema::kSlotSource), DocumentBuilder::source_value(a));
    }
}

TEST_F(ShardWriterTest, WritingTheSameArticlesAgainChangesNothing) {
    write(*reuters_);
    Xapian::rev before = Xapian::Database(path_).get_revision();
    WriteCounts again = write(*reuters_);
    EXPECT_EQ(again.unchanged, reuters_->size());
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.replaced, 0u);
    Xapian::Database db(path_);
    EXPECT_EQ(db.get_doccount(), reuters_->size());
    // Nothing was written, so the final commit made no new revision.
    EXPECT_EQ(db.get_revision(), before);
}

TEST_F(ShardWriterTest, AChangedArticleIsReplacedInPlace) {
    std::vector<Article> articles(reuters_->begin(), reuters_->begin() + 50);
    write(articles);
    // The seed with one body line changed: cleaned again, it has the same id and other content.
    RawArticle raw = testing::seed_raw_article();
    Article original = clean_article(raw).article;
    raw.body_lines.push_back("Quuxwidget negotiators met again on Monday.");
    Article changed = clean_article(raw).article;
    ASSERT_EQ(changed.id, original.id);
    ASSERT_NE(changed.content_hash, original.content_hash);
    WriteCounts first = write({original});
    EXPECT_EQ(first.added, 1u);
    WriteCounts second = write({changed});
    EXPECT_EQ(second.replaced, 1u);
    EXPECT_EQ(second.added + second.unchanged, 0u);
    Xapian::Database db(path_);
    EXPECT_EQ(db.get_doccount(), 51u);
    EXPECT_EQ(db.get_termfreq(DocumentBuilder::id_term(changed.id)), 1u);
    Xapian::Document doc = db.get_document(*db.postlist_begin(DocumentBuilder::id_term(changed.id)));
    EXPECT_EQ(doc.get_value(schema::kSlotContentHash), changed.content_hash);
    EXPECT_TRUE(db.term_exists("Z" + Xapian::Stem("english")("quuxwidget")));  // its new word is indexed
}

TEST_F(ShardWriterTest, AMovedArticleIsUnchangedButTakesItsNewPlace) {
    std::vector<Article> articles(reuters_->begin(), reuters_->begin() + 20);
    write(articles);
    Article moved = articles[7];
    moved.source_line += 1000;  // the same article, further down its file
    WriteCounts counts = write({moved});
    EXPECT_EQ(counts.unchanged, 1u);
    EXPECT_EQ(counts.added + counts.replaced, 0u);
    Xapian::Database db(path_);
    Xapian::Document doc = db.get_document(*db.postlist_begin(DocumentBuilder::id_term(moved.id)));
    EXPECT_EQ(doc.get_value(schema::kSlotSource), DocumentBuilder::source_value(moved));
}

TEST_F(ShardWriterTest, RewriteAllReplacesEvenUnchangedArticles) {
    std::vector<Article> articles(reuters_->begin(), reuters_->begin() + 120);
    write(articles);
    WriteCounts counts = write(articles, schema::kCommitEvery, true);
    EXPECT_EQ(counts.replaced, articles.size());
    EXPECT_EQ(counts.added + counts.unchanged, 0u);
    EXPECT_EQ(Xapian::Database(path_).get_doccount(), articles.size());
}

TEST_F(ShardWriterTest, CommitsEveryNDocumentsAndAtTheEnd) {
    create_empty();
    Xapian::rev start = Xapian::Database(path_).get_revision();
    // 350 documents, a commit every 100: at 100, 200 and 300, and the last 50 at the end.
    std::vector<Article> articles(reuters_->begin(), reuters_->begin() + 350);
    write(articles, 100, false, 30);
    EXPECT_EQ(Xapian::Database(path_).get_revision(), start + 4);
    EXPECT_EQ(Xapian::Database(path_).get_doccount(), 350u);
}

TEST_F(ShardWriterTest, AReaderSeesTheBatchCommitBeforeFinish) {
    create_empty();
    ShardWriter writer(open_writable(path_, 0, OnMissing::create), codec_, {}, 100);
    writer.submit({reuters_->begin(), reuters_->begin() + 150});
    // The first 100 are committed on the way; the other 50 wait for the next commit.
    Xapian::Database reader(path_);
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (reader.get_doccount() == 0 && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
        reader.reopen();
    }
    EXPECT_EQ(reader.get_doccount(), 100u);
    writer.finish();
    reader.reopen();
    EXPECT_EQ(reader.get_doccount(), 150u);
    EXPECT_EQ(writer.counts().added, 150u);
}

TEST_F(ShardWriterTest, AnArticleThatCannotBeIndexedIsReportedByFinish) {
    std::vector<Article> articles(reuters_->begin(), reuters_->begin() + 10);
    Article no_id = articles[3];
    no_id.id.clear();
    articles.insert(articles.begin() + 5, no_id);
    ShardWriter writer(open_writable(path_, 0, OnMissing::create), codec_, {}, 400);
    writer.submit(articles);
    try {
        writer.finish();
        ADD_FAILURE() << "finish() did not rethrow the writer's error";
    } catch (const InputError& e) {
        EXPECT_NE(std::string(e.what()).find("no id"), std::string::npos) << e.what();
    }
    // Once finished, the writer takes no more work: submitting rethrows the same error.
    EXPECT_THROW(writer.submit({articles[0]}), InputError);
}

}  // namespace
}  // namespace newsarc
