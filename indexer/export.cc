// `newsarc-index export`: write articles back out as JSON Lines (which `add` restores exactly, ids
// included) or as readable text, to standard output or a file, optionally zstd-compressed.
#include <chrono>
#include <iostream>
#include <memory>
#include <sstream>

#include "common/cli/db_path.h"
#include "common/model/article_json.h"
#include "common/model/article_text.h"
#include "common/base/diagnostic.h"
#include "common/index/index_settings.h"
#include "common/io/output_file.h"
#include "common/search/match_plan.h"
#include "common/store/database.h"
#include "common/store/ownership.h"
#include "indexer/commands.h"
#include "common/maintain/selection.h"

namespace newsarc {
namespace {

struct ExportArgs {
    std::string db;
    Selection selection;
    std::vector<std::string> query_words;  // the positional QUERY
    std::string output;
    bool zstd = false;
    bool quiet = false;
    OutputFormat format = OutputFormat::jsonl;
};

std::string render(const Article& article, OutputFormat format) {
    if (format == OutputFormat::jsonl) return article_to_json(article) + '\n';
    std::ostringstream out;
    write_article_text(article, out);
    return out.str();
}

int run_export(ExportArgs args) {
    if (!args.query_words.empty()) {
        if (!args.selection.query.empty()) throw UsageError("give the query either as QUERY or as --query, not both");
        for (const auto& w : args.query_words) args.selection.query += (args.selection.query.empty() ? "" : " ") + w;
    }
    auto start = std::chrono::steady_clock::now();
    std::string path = resolve_db_path(args.db);
    Xapian::Database db = open_readonly(path);
    // The archive's folder is the archive's: a file there is lost by the next compact, or is a table.
    if (!args.output.empty() && args.output != "-")
        if (std::string archive = enclosing_archive(args.output); !archive.empty())
            throw FatalError(args.output + " is inside the archive " + archive + "; write the export outside it");
    bool zstd = args.zstd || args.output.ends_with(".zst");
    OutputFile out(args.output, zstd);

    // A long export reads a snapshot; when writers have moved the database on too far for it,
    // reopen and carry on after the last document written, so nothing is written twice.
    std::size_t written = 0;
    Xapian::docid last = 0;
    for (;;) {
        try {
            RecordCodec codec = RecordCodec::from_database(db);
            Xapian::Query query = selection_query(db, args.selection);
            for (Xapian::docid docid : all_matches(db, query, IndexSettings::from_database(db), codec)) {
                if (docid <= last) continue;
                out.write(render(load_article(db.get_document(docid), codec), args.format));
                last = docid;
                ++written;
            }
            break;
        } catch (const Xapian::DatabaseModifiedError&) {
            db.reopen();
        }
    }
    out.finish();
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!args.quiet && out.name() != "-")
        std::fprintf(stderr, "exported %zu article%s to %s (%.1f s)\n", written, written == 1 ? "" : "s",
                     out.name().c_str(), seconds);
    return written == 0 && !args.selection.empty() ? 1 : 0;
}

}  // namespace

Command export_command(CLI::App& app) {
    auto args = std::make_shared<ExportArgs>();
    auto* cmd = app.add_subcommand("export", "Write articles out as JSON Lines (restorable with add) or text");
    add_db_option(cmd, args->db);
    add_selection_options(cmd, args->selection);
    add_format_option(cmd, args->format, {"jsonl", "txt"});
    cmd->add_option("-o,--output", args->output, "Write to FILE (complete or not at all) instead of standard output");
    cmd->add_flag("--zst", args->zstd, "Compress with zstd (implied by an --output name ending in .zst)");
    cmd->add_flag("-q,--quiet", args->quiet, "No summary on standard error");
    cmd->add_option("query", args->query_words, "Only articles matching QUERY (newsarc-query's language); default all");
    cmd->footer(
        "Exit status: 0 ok, 1 the query matched nothing, 2 usage or fatal error.\n\n"
        "Examples:\n"
        "  newsarc-index export --output backup.jsonl.zst\n"
        "  newsarc-index export 'topic:coffee' --format txt | less\n"
        "  newsarc-index export --before 2015 --zst > old.jsonl.zst");
    return {cmd, [args] { return run_export(*args); }};
}

}  // namespace newsarc
