// `newsarc-index add`: read, clean and index articles on all cores. A fresh database is built as
// parallel shards merged by compaction; an existing one is updated by one writer, idempotently.
#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/article_json.h"
#include "common/index/document_builder.h"
#include "common/store/record_codec.h"
#include "common/store/database.h"
#include "indexer/bulk_build.h"
#include "indexer/commands.h"
#include "indexer/ingest.h"
#include "indexer/pipeline.h"
#include "indexer/progress.h"
#include "indexer/shard_writer.h"

namespace newsarc {
namespace {

// Documents per commit. An interruption loses at most this many per writer, and the database
// always opens at its last commit; it also bounds Xapian's in-memory buffer of pending changes.
constexpr std::size_t kCommitEvery = 5000;

// Articles handed to a writer at once.
constexpr std::size_t kWriterBatch = 64;

// The zstd dictionary is trained on the first articles of an archive: enough samples to learn the
// recurring structure of records (field names, boilerplate, common phrases) at a bounded memory cost.
constexpr std::size_t kDictionarySamples = 4000;
constexpr std::size_t kDictionarySampleBytes = 16 << 20;

unsigned resolve_jobs(unsigned jobs) {
    if (jobs) return jobs;
    unsigned cores = std::thread::hardware_concurrency();
    return cores ? cores : 1;
}

// Routes articles to the writers (by id, so duplicates meet in one shard) in batches.
class Router {
public:
    explicit Router(std::vector<std::unique_ptr<ShardWriter>>& writers)
        : writers_(writers), pending_(writers.size()) {}

    void route(Article&& article) {
        unsigned shard = writers_.size() == 1 ? 0 : shard_of(article.id, static_cast<unsigned>(writers_.size()));
        pending_[shard].push_back(std::move(article));
        if (pending_[shard].size() >= kWriterBatch) flush(shard);
    }

    void flush_all() {
        for (unsigned i = 0; i < pending_.size(); ++i) flush(i);
    }

private:
    void flush(unsigned shard) {
        if (pending_[shard].empty()) return;
        writers_[shard]->submit(std::move(pending_[shard]));
        pending_[shard] = {};
    }

    std::vector<std::unique_ptr<ShardWriter>>& writers_;
    std::vector<std::vector<Article>> pending_;
};

}  // namespace

int run_add(const AddArgs& args) {
    CleanOptions options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    std::vector<std::string> files = expand_inputs(args.paths, reporter);
    std::string path = resolve_db_path(args.db);
    unsigned jobs = resolve_jobs(args.jobs);

    // A fresh database is built as one shard per core; an existing one gets one writer. Either
    // way the databases are opened first, so a lock or version problem stops the run at once.
    std::unique_ptr<ShardedBuild> build;
    std::vector<Xapian::WritableDatabase> databases;
    RecordCodec codec;
    if (jobs > 1 && is_fresh_database(path)) {
        build = std::make_unique<ShardedBuild>(path, jobs);
        databases = build->open_shards();
        // A resumed build keeps the dictionary its shards were written with.
        codec = RecordCodec::from_database(databases.front());
        if (codec.current_id() == 0 && std::filesystem::exists(path))
            codec = RecordCodec::from_database(Xapian::Database(path));
    } else {
        databases.push_back(open_writable(path));
        codec = RecordCodec::from_database(databases.front());
    }

    Progress progress(args.quiet, total_input_bytes(files));
    WriteCounts counts;
    try {
        // Cleaning is light next to indexing: with a writer per core, half the cores clean; a single
        // writer into an existing archive mostly looks up unchanged articles, so all cores clean.
        ArticlePipeline pipeline(files, options, build ? std::max(1u, jobs / 2) : jobs);
        CleanItem item;
        std::size_t seen = 0;
        // The next cleaned, indexable article; diagnostics are reported on the way.
        auto next_article = [&](Article& article) {
            while (pipeline.next(item)) {
                if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
                    reporter.report(*diagnostic);
                    continue;
                }
                article = std::move(std::get<Article>(item));
                try {
                    DocumentBuilder::validate(article);
                } catch (const InputError& e) {
                    reporter.report(make_error(article.source, 0, e.what()));
                    continue;
                }
                progress.tick(++seen, pipeline.bytes_done());
                return true;
            }
            return false;
        };

        // The first articles train the archive's zstd dictionary, unless it has one already.
        std::vector<Article> warmup;
        Article article;
        if (codec.current_id() == 0) {
            std::vector<std::string> samples;
            std::size_t sample_bytes = 0;
            while (samples.size() < kDictionarySamples && sample_bytes < kDictionarySampleBytes && next_article(article)) {
                samples.push_back(article_to_json(article));
                sample_bytes += samples.back().size();
                warmup.push_back(std::move(article));
            }
            if (std::string dictionary = train_dictionary(samples); !dictionary.empty()) {
                codec.use_dictionary(1, std::move(dictionary));
                // Saved with the first commit of every database that holds records using it.
                for (auto& db : databases) codec.save_to(db);
            }
        }

        std::vector<std::unique_ptr<ShardWriter>> writers;
        for (auto& db : databases) writers.push_back(std::make_unique<ShardWriter>(db, codec, kCommitEvery));
        databases.clear();
        Router router(writers);
        for (auto& a : warmup) router.route(std::move(a));
        warmup.clear();
        while (next_article(article)) router.route(std::move(article));
        router.flush_all();
        for (auto& writer : writers) {
            writer->finish();
            counts += writer->counts();
        }
        writers.clear();  // closes the databases before the merge
        if (build) {
            progress.note("merging " + std::to_string(build->shard_count()) + " shards");
            build->merge([&](Xapian::WritableDatabase& db) { codec.save_to(db); });
        }
    } catch (const Xapian::Error& e) {
        progress.finish();
        throw FatalError("database " + path + ": " + e.get_description() +
                         " (everything up to the last commit is kept)");
    }
    progress.finish();

    Xapian::doccount documents = Xapian::Database(path).get_doccount();
    if (args.format == OutputFormat::json || args.format == OutputFormat::jsonl) {
        nlohmann::ordered_json j{{"db", path},
                                 {"added", counts.added},
                                 {"replaced", counts.replaced},
                                 {"unchanged", counts.unchanged},
                                 {"rejected", reporter.errors()},
                                 {"warnings", reporter.warnings()},
                                 {"documents", documents},
                                 {"seconds", progress.elapsed_seconds()}};
        std::cout << j.dump() << '\n';
    } else if (!args.quiet) {
        std::printf("added %zu, replaced %zu, unchanged %zu, rejected %zu (%u documents in %s, %.1f s)\n",
                    counts.added, counts.replaced, counts.unchanged, reporter.errors(), documents, path.c_str(),
                    progress.elapsed_seconds());
    }
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace newsarc
