// `newsarc-index reindex`: re-cleans and re-indexes the articles an older cleaner or schema wrote
// (`--all`: every article), from their source file where it still exists, else from the stored
// article; then the archive's schema version is brought up to date.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <set>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "common/cli/clean_options.h"
#include "common/cli/db_path.h"
#include "common/clean/restore.h"
#include "common/index/document_builder.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/record_codec.h"
#include "common/store/sharded_archive.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"
#include "common/ingest/inputs.h"
#include "common/ingest/engine.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

struct ReindexArgs {
    std::string db;
    std::vector<std::string> boilerplate_files;
    bool all = false;
    bool quiet = false;
    unsigned jobs = 0;
    double wait = kDefaultLockWaitSeconds;
    OutputFormat format = OutputFormat::text;
};

// What needs re-indexing: ids, and the source files that still exist to read them from.
struct Outdated {
    std::unordered_set<std::string> ids;
    std::set<std::string> files;
};

bool is_outdated(const Xapian::Document& doc) {
    // Versions are decimal numbers; a document without one predates it.
    return std::atoi(doc.get_value(schema::kSlotCleanerVersion).c_str()) < kCleanerVersion ||
           !DocumentBuilder::schema_is_current(doc);
}

// The file a document came from: its provenance, or for a document older than provenance the
// stored `source` when that names a file absolutely (as `add ~/news` does).
std::string source_file_of(const Xapian::Document& doc, const RecordCodec& codec) {
    std::string file = DocumentBuilder::parse_source_value(doc.get_value(schema::kSlotSource)).first;
    if (!file.empty() || !doc.get_value(schema::kSlotSchemaVersion).empty()) return file;
    try {
        std::string source = raw_from_article(load_article(doc, codec)).source_path;
        if (fs::path(source).is_absolute()) return fs::path(source).lexically_normal().string();
    } catch (const std::exception&) {
        // An undecodable record is reported when it is re-indexed.
    }
    return {};
}

Outdated find_outdated(const std::string& path, bool all) {
    Outdated out;
    Xapian::Database db = open_readonly(path);
    RecordCodec codec = RecordCodec::from_database(db);
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Xapian::Document doc = db.get_document(*it);
        if (!all && !is_outdated(doc)) continue;
        out.ids.insert(DocumentBuilder::stored_id(doc));
        std::string file = source_file_of(doc, codec);
        std::error_code ec;
        if (!file.empty() && fs::is_regular_file(file, ec)) out.files.insert(file);
    }
    return out;
}

// Re-cleans the stored articles of `ids` (those their sources no longer gave) and rewrites them,
// keeping where they came from. Returns how many were rewritten; failures go to `reporter`.
std::size_t reindex_stored(IngestFinish& to, const std::vector<std::string>& ids, const CleanOptions& base,
                           Reporter& reporter) {
    CleanOptions options = base;
    options.site_boilerplate = to.learner.learned_all();
    DocumentBuilder builder(to.codec, to.settings);
    std::size_t written = 0;
    std::vector<std::size_t> pending(to.databases.size());
    for (const auto& id : ids) {
        // The shard the article was routed to when it was added.
        unsigned shard = shard_of(id, static_cast<unsigned>(to.databases.size()));
        Xapian::WritableDatabase& db = to.databases[shard];
        std::string term = DocumentBuilder::id_term(id);
        auto it = db.postlist_begin(term);
        if (it == db.postlist_end(term)) continue;  // removed meanwhile
        Xapian::Document stored = db.get_document(*it);
        Article old;
        try {
            old = load_article(stored, to.codec);
        } catch (const std::exception& e) {
            reporter.report(make_error(id, 0, std::string("stored article does not decode: ") + e.what()));
            continue;
        }
        RawArticle raw = raw_from_article(old);
        CleanResult cleaned;
        try {
            cleaned = clean_article(raw, options);
        } catch (const InputError& e) {
            reporter.report(make_error(old.source, 0, std::string("stored article ") + id + ": " + e.what()));
            continue;
        }
        for (const auto& w : cleaned.warnings) reporter.report(w);
        Article& article = cleaned.article;
        article.id = id;  // identity never changes, whatever a newer cleaner would name it
        auto [file, line] = DocumentBuilder::parse_source_value(stored.get_value(schema::kSlotSource));
        article.source_file = file;
        article.source_line = line;
        // The source's fingerprint too: with the same cleaner (`--all`) it still recognises the source.
        auto fingerprint = stored.termlist_begin();
        fingerprint.skip_to(std::string(schema::kSource));
        if (fingerprint != stored.termlist_end() && (*fingerprint).rfind(schema::kSource, 0) == 0)
            article.source_fingerprint = (*fingerprint).substr(schema::kSource.size());
        db.replace_document(*it, builder.build(article));
        ++written;
        if (++pending[shard] % schema::kCommitEvery == 0) db.commit();
    }
    return written;
}

int run_reindex(const ReindexArgs& args) {
    IngestRequest request;
    request.options = load_clean_options(args.boilerplate_files);
    request.db_path = resolve_db_path(args.db);
    Outdated outdated = find_outdated(request.db_path, args.all);
    Reporter reporter;
    request.files.assign(outdated.files.begin(), outdated.files.end());
    request.jobs = resolve_jobs(args.jobs);
    request.quiet = args.quiet;
    request.wait = args.wait;
    request.sharded_when_fresh = false;
    request.upgrade = true;
    request.rewrite_all = args.all;
    request.learn = false;  // the learner counted these articles when they were added
    std::unordered_set<std::string> from_source;
    request.wanted = [&](const std::string& id) {
        if (!outdated.ids.count(id)) return false;  // only re-index, never add
        from_source.insert(id);
        return true;
    };
    std::size_t from_stored = 0;
    std::size_t rejected_before = 0;
    request.finish = [&](IngestFinish& to) {
        std::vector<std::string> rest;
        for (const auto& id : outdated.ids)
            if (!from_source.count(id)) rest.push_back(id);
        std::sort(rest.begin(), rest.end());
        to.progress.note("re-cleaning " + std::to_string(rest.size()) + " stored articles");
        rejected_before = reporter.errors();
        from_stored = reindex_stored(to, rest, request.options, reporter);
        // Every document is current now, unless one could not be re-indexed.
        if (reporter.errors() == rejected_before)
            for (auto& db : to.databases)
                db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
    };
    IngestResult result = run_ingest(request, reporter);

    Xapian::Database db = open_readonly(request.db_path);
    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"db", request.db_path},
                                 {"outdated", outdated.ids.size()},
                                 {"from_source", result.counts.replaced + result.counts.added},
                                 {"from_stored", from_stored},
                                 {"unchanged", result.counts.unchanged},
                                 {"rejected", reporter.errors()},
                                 {"warnings", reporter.warnings()},
                                 {"documents", db.get_doccount()},
                                 {"seconds", result.seconds}};
        print_json(j, std::cout);
    } else if (!args.quiet) {
        std::printf("reindexed %zu of %zu: %zu from their sources, %zu from stored articles; unchanged %zu, "
                    "rejected %zu (%u documents in %s, %.1f s)\n",
                    result.counts.replaced + result.counts.added + from_stored, outdated.ids.size(),
                    result.counts.replaced + result.counts.added, from_stored, result.counts.unchanged,
                    reporter.errors(), db.get_doccount(), request.db_path.c_str(), result.seconds);
    }
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace

Command reindex_command(CLI::App& app) {
    auto args = std::make_shared<ReindexArgs>();
    auto* cmd = app.add_subcommand(
        "reindex", "Re-clean and re-index articles an older cleaner or schema wrote, from their sources if still there");
    add_db_option(cmd, args->db);
    cmd->add_flag("--all", args->all, "Every article, whatever wrote it");
    cmd->add_flag("-q,--quiet", args->quiet, "No progress line and no summary");
    cmd->add_option("-j,--jobs", args->jobs, "Threads to use (default: all cores)")->check(CLI::Range(1u, 256u));
    cmd->add_option("--boilerplate", args->boilerplate_files,
                    "File of extra boilerplate patterns, one per line (those given to add are not remembered)");
    add_wait_option(cmd, args->wait);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "Articles are read again from the file they came from where it exists (only those already in\n"
        "the archive), otherwise re-cleaned from the stored article. Ids never change.\n\n"
        "Examples:\n"
        "  newsarc-index reindex --db ~/news\n"
        "  newsarc-index reindex --all --format json");
    return {cmd, [args] { return run_reindex(*args); }};
}

}  // namespace newsarc
