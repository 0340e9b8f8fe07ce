// `newsarc-index add`: read, clean and index articles on all cores. A fresh database is built as
// parallel shards merged by compaction; an existing one is updated by one writer, idempotently.
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/index/document_builder.h"
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

    // Writers: one per core into scratch shards for a fresh database, else one into the database.
    std::unique_ptr<ShardedBuild> build;
    std::vector<std::unique_ptr<ShardWriter>> writers;
    if (jobs > 1 && is_fresh_database(path)) {
        build = std::make_unique<ShardedBuild>(path, jobs);
        for (auto& shard : build->open_shards()) writers.push_back(std::make_unique<ShardWriter>(shard, kCommitEvery));
    } else {
        writers.push_back(std::make_unique<ShardWriter>(open_writable(path), kCommitEvery));
    }

    Progress progress(args.quiet, total_input_bytes(files));
    WriteCounts counts;
    try {
        // Cleaning is light next to indexing: half the cores clean, the writers take the rest.
        ArticlePipeline pipeline(files, options, std::max(1u, jobs / 2));
        Router router(writers);
        CleanItem item;
        std::size_t seen = 0;
        while (pipeline.next(item)) {
            if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
                reporter.report(*diagnostic);
                continue;
            }
            Article& article = std::get<Article>(item);
            try {
                DocumentBuilder::validate(article);
            } catch (const InputError& e) {
                reporter.report(make_error(article.source, 0, e.what()));
                continue;
            }
            router.route(std::move(article));
            progress.tick(++seen, pipeline.bytes_done());
        }
        router.flush_all();
        for (auto& writer : writers) {
            writer->finish();
            counts += writer->counts();
        }
        writers.clear();  // closes the databases before the merge
        if (build) {
            progress.note("merging " + std::to_string(build->shard_count()) + " shards");
            build->merge();
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
