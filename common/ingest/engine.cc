// The ingest engine: pipeline -> learning buffer -> router -> shard writers, into an archive or a
// sharded fresh build.
#include "common/ingest/engine.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <thread>

#include "common/base/notice.h"
#include "common/base/parallel.h"
#include "common/index/document_builder.h"
#include "common/model/article_json.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/ownership.h"
#include "common/store/sharded_archive.h"
#include "common/ingest/bulk_build.h"
#include "common/ingest/compaction.h"
#include "common/ingest/learning.h"
#include "common/ingest/pipeline.h"

namespace newsarc {
namespace {

// Articles handed to a writer at once.
constexpr std::size_t kWriterBatch = 64;

// Articles held back for boilerplate learning; the first that many also train the zstd dictionary:
// enough samples to learn the recurring structure of records (field names, boilerplate, common
// phrases), at a bounded memory cost (a few tens of MB).
constexpr std::size_t kLookahead = 4000;
constexpr std::size_t kDictionarySampleBytes = 16 << 20;
// Half of them train as well as all (stored/raw 0.361 against 0.360 on Reuters) in half the time.
constexpr std::size_t kDictionarySamples = 2000;

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

// Where the articles go, opened before any reading so that a lock or version problem stops the run
// at once: one scratch shard per job for a fresh database, else the database itself.
struct Destination {
    std::unique_ptr<ShardedBuild> build;  // null when writing into the database itself
    // A fresh build holds the archive's own lock until its merge is in place, so that a second
    // writer waits instead of building beside it.
    std::optional<Xapian::WritableDatabase> lock;
    std::vector<Xapian::WritableDatabase> databases;  // one, or the shards of a sharded archive
    bool sharded_archive = false;
    bool fresh_shards = false;  // a sharded archive, empty when opened: compacted at the end
    RecordCodec codec;
    IndexSettings settings;
};

// What a fresh parallel build into `archive` is made of: only a build of the same identity resumes
// (bulk_build.h). Standard input is never the same twice.
std::string build_identity(const IngestRequest& request, const Xapian::Database& archive) {
    std::ostringstream id;
    id << "archive " << archive.get_uuid() << " revision " << archive.get_revision() << "\nbody_positions "
       << request.body_positions << '\n';
    for (const auto& pattern : request.options.boilerplate) id << "boilerplate " << pattern << '\n';
    for (const auto& file : request.files) {
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::path p = fs::absolute(file, ec);
        if (file == "-" || !fs::is_regular_file(p, ec)) {
            id << "unrepeatable " << file << ' ' << ::getpid() << ' '
               << std::chrono::steady_clock::now().time_since_epoch().count() << '\n';
            continue;
        }
        id << "file " << p.string() << ' ' << fs::file_size(p, ec) << ' '
           << fs::last_write_time(p, ec).time_since_epoch().count() << '\n';
    }
    return id.str();
}

Destination open_destination(const IngestRequest& request) {
    const std::string& path = request.db_path;
    Destination to;
    FolderSurvey::Kind kind = survey(path).kind;
    if (request.shards > 1 && (kind == FolderSurvey::Kind::missing || kind == FolderSurvey::Kind::empty))
        create_sharded_archive(path, request.shards);
    if (is_sharded_archive(path)) {
        // Every shard is written, each article to the shard its id hashes to.
        std::vector<std::string> shards = archive_shards(path);
        sweep_scratch_beside(path, true);  // its .creating- folder, if a run was killed while making it
        if (request.shards > 1 && request.shards != shards.size())
            throw UsageError(path + " has " + std::to_string(shards.size()) + " shards, not " +
                             std::to_string(request.shards));
        for (const auto& shard : shards)
            to.databases.push_back(open_writable(shard, request.wait, OnMissing::fail, request.upgrade));
        to.sharded_archive = true;
        to.fresh_shards = std::all_of(to.databases.begin(), to.databases.end(),
                                      [](const Xapian::WritableDatabase& db) { return db.get_doccount() == 0; });
        to.codec = RecordCodec::from_database(to.databases.front());
    } else if (request.shards > 1) {
        throw UsageError(path + " is one database, not a sharded archive; --shards applies to new archives");
    } else {
        Xapian::WritableDatabase db = open_writable(path, request.wait, OnMissing::create, request.upgrade);
        // The build's result replaces the archive's folder, so only a folder holding nothing else.
        if (request.sharded_when_fresh && request.jobs > 1 && db.get_doccount() == 0 && survey(path).foreign.empty()) {
            db.commit();
            to.lock = db;
            to.build = std::make_unique<ShardedBuild>(path, request.jobs, build_identity(request, db));
            to.databases = to.build->open_shards();
            // A resumed build keeps the dictionary its shards were written with.
            to.codec = RecordCodec::from_database(to.databases.front());
            if (to.codec.current_id() == 0) to.codec = RecordCodec::from_database(db);
        } else {
            to.databases.push_back(db);
            to.codec = RecordCodec::from_database(db);
        }
    }
    // An archive keeps the settings it was created with; a resumed build those of its shards.
    IndexSettings requested;
    requested.body_positions = request.body_positions;
    to.settings = IndexSettings::from_database(to.databases.front(), requested);
    if (request.body_positions_given && to.settings.body_positions != requested.body_positions)
        notice("warning", path + " was created " + (to.settings.body_positions ? "with" : "without") +
                              " body positions; --[no-]body-positions applies to new archives");
    for (auto& db : to.databases) to.settings.save_to(db);
    return to;
}

}  // namespace

unsigned resolve_jobs(unsigned jobs) {
    if (jobs) return jobs;
    unsigned cores = std::thread::hardware_concurrency();
    return cores ? cores : 1;
}

IngestResult run_ingest(const IngestRequest& request, Reporter& reporter) {
    const std::string& path = request.db_path;
    unsigned jobs = std::max(1u, request.jobs);
    Destination to = open_destination(request);
    auto& build = to.build;
    auto& databases = to.databases;
    auto& codec = to.codec;
    auto& settings = to.settings;

    Progress progress(request.quiet, total_input_bytes(request.files));
    WriteCounts counts;
    try {
        // Cleaning is light next to indexing: with a writer per core, half the cores clean; a single
        // writer into an existing archive mostly looks up unchanged articles, so all cores clean.
        ArticlePipeline pipeline(request.files, request.options, build ? std::max(1u, jobs / 2) : jobs,
                                 build || request.rewrite_all ? "" : path,
                                 request.on_article || request.wanted);
        CleanItem item;
        std::size_t seen = 0;
        std::size_t unchanged_sources = 0;
        // The next cleaned, indexable, wanted article; diagnostics are reported on the way.
        auto next_article = [&](Article& article) {
            while (pipeline.next(item)) {
                if (auto* diagnostic = std::get_if<Diagnostic>(&item)) {
                    if (request.on_diagnostic) request.on_diagnostic(*diagnostic);
                    reporter.report(*diagnostic);
                    continue;
                }
                if (auto* unchanged = std::get_if<UnchangedSource>(&item)) {
                    if (request.on_article) request.on_article(unchanged->id, unchanged->file, unchanged->line);
                    if (!request.wanted || request.wanted(unchanged->id)) ++unchanged_sources;
                    progress.tick(++seen, pipeline.bytes_done());
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
                if (request.on_article) request.on_article(article.id, article.source_file, article.source_line);
                if (request.wanted && !request.wanted(article.id)) continue;
                return true;
            }
            return false;
        };

        // Articles are held back a while so that boilerplate learned from the ones after them is
        // removed from them too; the first ones held also train the archive's zstd dictionary.
        // A fresh build learns from its empty archive (held locked), which may carry learned lists.
        BoilerplateLearner learned = load_learner(build ? Xapian::Database(*to.lock) : databases.front());
        LearningBuffer buffer(std::move(learned), kLookahead, request.learn);
        std::vector<std::unique_ptr<ShardWriter>> writers;
        std::unique_ptr<Router> router;
        auto start_writers = [&] {
            if (codec.current_id() == 0) {
                std::vector<std::string> samples;
                std::size_t sample_bytes = 0;
                for (const Article& a : buffer.held()) {
                    if (samples.size() >= kDictionarySamples || sample_bytes >= kDictionarySampleBytes) break;
                    samples.push_back(article_to_json(a));
                    sample_bytes += samples.back().size();
                }
                if (std::string dictionary = train_dictionary(samples); !dictionary.empty()) {
                    codec.use_dictionary(1, std::move(dictionary));
                    // Saved with the first commit of every database that holds records using it.
                    for (auto& db : databases) codec.save_to(db);
                }
            }
            for (auto& db : databases)
                writers.push_back(
                    std::make_unique<ShardWriter>(db, codec, settings, schema::kCommitEvery, request.rewrite_all));
            databases.clear();
            router = std::make_unique<Router>(writers);
        };

        Article article;
        while (next_article(article)) {
            buffer.push(std::move(article));
            if (!router && buffer.held().size() >= kLookahead) start_writers();
            while (router && buffer.ready(false)) router->route(buffer.pop());
        }
        if (!router) start_writers();
        while (buffer.ready(true)) router->route(buffer.pop());
        router->flush_all();
        counts.unchanged += unchanged_sources;
        for (auto& writer : writers) {
            writer->finish();
            counts += writer->counts();
        }
        if (!build) {
            // Per-archive state lives in the first shard (and the dictionary in every shard).
            std::vector<Xapian::WritableDatabase> archive;
            for (auto& writer : writers) archive.push_back(writer->database());
            save_learner(buffer.learner(), archive.front());
            if (request.finish) {
                IngestFinish finish{archive, archive.front(), codec, settings, buffer.learner(), progress};
                request.finish(finish);
            }
            for (auto& db : archive) db.commit();
        }
        writers.clear();  // closes the databases before the merge
        if (to.fresh_shards && counts.added > 0) {
            // Shards written document by document are 1.6-1.8 times the size of compacted ones; a
            // first build is compacted as a fresh single database is (by its merge), shards at once.
            std::vector<std::string> shards = archive_shards(path);
            progress.note("compacting " + std::to_string(shards.size()) + " shards");
            parallel_for(shards.size(), jobs, [&](std::size_t i) { compact_in_place(shards[i], request.wait); });
        }
        if (build) {
            progress.note("merging " + std::to_string(build->shard_count()) + " shards");
            build->merge([&](Xapian::WritableDatabase& db) {
                codec.save_to(db);
                settings.save_to(db);
                save_learner(buffer.learner(), db);
            });
            if (to.lock) to.lock->close();
        }
    } catch (const Xapian::Error& e) {
        progress.finish();
        throw FatalError("database " + path + ": " + e.get_description() +
                         " (everything up to the last commit is kept)");
    }
    progress.finish();
    return {counts, progress.elapsed_seconds()};
}

}  // namespace newsarc
