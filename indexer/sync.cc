// `newsarc-index sync PATH…`: brings the archive in line with its sources. What the paths hold now
// is added or replaced (as `add` does), and an article recorded as coming from under a path whose
// file is gone, or whose file no longer gives its id, is removed.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "common/cli/clean_options.h"
#include "common/cli/db_path.h"
#include "common/index/document_builder.h"
#include "common/base/parallel.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"
#include "common/ingest/inputs.h"
#include "common/ingest/engine.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

struct SyncArgs {
    std::string db;
    std::vector<std::string> paths;
    std::vector<std::string> boilerplate_files;
    bool quiet = false;
    unsigned jobs = 0;
    double wait = kDefaultLockWaitSeconds;
    bool prune_missing = false;
    OutputFormat format = OutputFormat::text;
};

// A path the user synced: a file, or a folder standing for everything under it. One that no longer
// exists is still a scope: its articles are all gone.
struct Scope {
    std::string path;  // absolute
    bool folder = false;

    bool holds(const std::string& file) const {
        if (file == path) return true;
        if (!folder) return false;
        return file.size() > path.size() && file.compare(0, path.size(), path) == 0 &&
               (path.back() == '/' || file[path.size()] == '/');
    }
};

// Files whose reading broke off: an error (an unreadable file, a truncated stream, a last line that
// does not parse) after which the file gave no more articles. Anything it recorded after the last
// article read may still be there (the break may fall inside an article), so it stays.
class CutShort {
public:
    void error(const Diagnostic& d) {
        if (d.severity != Severity::error) return;
        std::string file = absolute_path(d.file);
        auto last = last_.find(file);
        cut_[file] = last == last_.end() ? 1 : last->second + 1;
    }
    void article(const std::string& file, std::size_t line) {
        last_[file] = line;
        cut_.erase(file);  // reading went on
    }
    bool keeps(const std::string& file, std::size_t line) const {
        auto it = cut_.find(file);
        return it != cut_.end() && line >= it->second;
    }

private:
    std::unordered_map<std::string, std::size_t> last_;  // absolute file -> line of its last article
    std::unordered_map<std::string, std::size_t> cut_;   // absolute file -> first line that stays
};

// Calls `visit(docid, document, file, line)` for each document whose provenance term begins like
// `path`, until it returns false. The term may hold a shortened path: `file` is the whole one, from
// the value slot, and callers check it.
template <class Visit>
void for_each_recorded(const Xapian::Database& db, const std::string& path, Visit visit) {
    std::string prefix = DocumentBuilder::source_scan_prefix(path);
    for (auto term = db.allterms_begin(prefix); term != db.allterms_end(prefix); ++term) {
        for (auto doc_it = db.postlist_begin(*term); doc_it != db.postlist_end(*term); ++doc_it) {
            Xapian::Document doc = db.get_document(*doc_it);
            auto [file, line] = DocumentBuilder::parse_source_value(doc.get_value(schema::kSlotSource));
            if (!visit(*doc_it, doc, file, line)) return;
        }
    }
}

// The documents under the scopes that their sources no longer give: the id was not seen in this run,
// and the file is gone, or was read (a file a folder walk does not offer, added by name, is left
// alone) and did not break off before the article's line.
std::vector<Xapian::docid> vanished(const Xapian::Database& db, const std::vector<Scope>& scopes,
                                    const std::unordered_set<std::string>& seen,
                                    const std::unordered_set<std::string>& read, const CutShort& cut) {
    std::unordered_map<std::string, bool> removable;  // file -> its articles may go
    auto may_remove = [&](const std::string& file) {
        auto [it, fresh] = removable.emplace(file, false);
        if (fresh) {
            std::error_code ec;
            it->second = read.count(file) || (!fs::exists(file, ec) && !ec);
        }
        return it->second;
    };
    std::unordered_set<Xapian::docid> found;
    std::vector<Xapian::docid> out;
    for (const Scope& scope : scopes) {
        std::string path = scope.folder && scope.path.back() != '/' ? scope.path + "/" : scope.path;
        for_each_recorded(db, path, [&](Xapian::docid did, const Xapian::Document& doc, const std::string& file,
                                        std::size_t line) {
            if (!scope.holds(file) || !may_remove(file) || cut.keeps(file, line)) return true;
            if (seen.count(DocumentBuilder::stored_id(doc))) return true;
            if (found.insert(did).second) out.push_back(did);
            return true;
        });
    }
    return out;
}

// Whether articles were added from files under `folder` (an absolute path).
bool has_articles_under(const Xapian::Database& db, const std::string& folder) {
    std::string under = folder.back() == '/' ? folder : folder + "/";
    bool any = false;
    for_each_recorded(db, under, [&](Xapian::docid, const Xapian::Document&, const std::string& file, std::size_t) {
        any = file.compare(0, under.size(), under) == 0;
        return !any;
    });
    return any;
}

void print_summary(const SyncArgs& args, const std::string& path, const WriteCounts& counts, std::size_t removed,
                   const Reporter& reporter, double seconds) {
    Xapian::doccount documents = open_readonly(path).get_doccount();
    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"db", path},
                                 {"added", counts.added},
                                 {"replaced", counts.replaced},
                                 {"unchanged", counts.unchanged},
                                 {"removed", removed},
                                 {"rejected", reporter.errors()},
                                 {"warnings", reporter.warnings()},
                                 {"documents", documents},
                                 {"seconds", seconds}};
        print_json(j, std::cout);
    } else if (!args.quiet) {
        std::printf("added %zu, replaced %zu, unchanged %zu, removed %zu, rejected %zu (%u documents in %s, %.1f s)\n",
                    counts.added, counts.replaced, counts.unchanged, removed, reporter.errors(), documents,
                    path.c_str(), seconds);
    }
}

int run_sync(const SyncArgs& args) {
    IngestRequest request;
    request.options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    request.db_path = resolve_db_path(args.db);
    std::vector<Scope> scopes;
    std::vector<std::string> present;
    std::optional<Xapian::Database> db;
    for (const auto& path : args.paths) {
        if (path == "-") throw UsageError("sync needs files or folders: standard input has no articles to compare");
        std::error_code ec;
        auto status = fs::status(path, ec);
        Scope scope{absolute_path(path), fs::is_directory(status)};
        if (fs::exists(status)) {
            present.push_back(path);
        } else {
            // A missing path stands for a folder when articles came from files under it. A whole
            // folder that is not there is more often unmounted media or a typo than a deliberate
            // deletion: its articles go only when the user says so.
            if (!db && fs::exists(request.db_path, ec)) db = open_readonly(request.db_path);
            scope.folder = db && has_articles_under(*db, scope.path);
            if (scope.folder && !args.prune_missing)
                throw UsageError(path + " does not exist, and the archive holds articles from files under it "
                                 "(unmounted media?): nothing was changed. If the folder is really gone, run "
                                 "again with --prune-missing to remove its articles");
            if (!args.quiet) std::cerr << "newsarc-index: " << path << " no longer exists: its articles are removed\n";
        }
        scopes.push_back(scope);
    }
    db.reset();
    request.files = expand_inputs(present, reporter);
    request.jobs = resolve_jobs(args.jobs);
    request.quiet = args.quiet;
    request.wait = args.wait;
    request.sharded_when_fresh = false;  // removal runs in the archive itself

    std::unordered_set<std::string> seen;
    CutShort cut;
    request.on_article = [&](const std::string& id, const std::string& file, std::size_t line) {
        seen.insert(id);
        cut.article(file, line);
    };
    request.on_diagnostic = [&](const Diagnostic& d) { cut.error(d); };
    std::size_t removed = 0;
    request.finish = [&](IngestFinish& to) {
        std::unordered_set<std::string> read;
        for (const auto& file : request.files) read.insert(absolute_path(file));
        to.progress.note("removing what the sources no longer hold");
        // Each shard is searched for its own vanished articles (provenance terms live beside them),
        // all shards at once: each thread has its own database, and only reads what is shared.
        std::vector<std::size_t> removed_from(to.databases.size());
        parallel_for(to.databases.size(), request.jobs, [&](std::size_t i) {
            for (Xapian::docid id : vanished(to.databases[i], scopes, seen, read, cut)) {
                to.databases[i].delete_document(id);
                ++removed_from[i];
            }
        });
        for (std::size_t n : removed_from) removed += n;
    };
    IngestResult result = run_ingest(request, reporter);
    print_summary(args, request.db_path, result.counts, removed, reporter, result.seconds);
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace

Command sync_command(CLI::App& app) {
    auto args = std::make_shared<SyncArgs>();
    auto* cmd = app.add_subcommand(
        "sync", "Bring the archive in line with files and folders: add new and changed articles, remove gone ones");
    add_db_option(cmd, args->db);
    cmd->add_flag("-q,--quiet", args->quiet, "No progress line and no summary");
    cmd->add_option("-j,--jobs", args->jobs, "Threads to use (default: all cores)")->check(CLI::Range(1u, 256u));
    cmd->add_option("--boilerplate", args->boilerplate_files, "File of extra boilerplate patterns, one per line");
    cmd->add_flag("--prune-missing", args->prune_missing,
                  "A folder PATH that does not exist is gone: remove its articles (otherwise sync refuses)");
    add_wait_option(cmd, args->wait);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->add_option("paths", args->paths, "Files and folders (as given to add); a removed one is still named")
        ->required();
    cmd->footer(
        "An article is removed when it was added from under a PATH and its file is gone, or its file no\n"
        "longer holds it (by id). Articles from elsewhere are never touched. A missing file's articles\n"
        "are removed; a missing folder's only with --prune-missing (it may be unmounted media).\n\n"
        "Examples:\n"
        "  newsarc-index sync --db ~/news ~/scrapes/\n"
        "  newsarc-index sync feeds/today.jsonl --format json");
    return {cmd, [args] { return run_sync(*args); }};
}

}  // namespace newsarc
