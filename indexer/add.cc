// `newsarc-index add`: read, clean and index articles on all cores (common/ingest/engine.h). A fresh
// database is built as parallel shards merged by compaction; an existing one is updated by one
// writer, idempotently.
#include <cstdio>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/cli/clean_options.h"
#include "common/cli/db_path.h"
#include "common/cli/config.h"
#include "common/cli/json_output.h"
#include "common/store/database.h"
#include "indexer/commands.h"
#include "common/ingest/inputs.h"
#include "common/ingest/engine.h"

namespace newsarc {
namespace {

struct AddArgs {
    std::string db;
    std::vector<std::string> paths;
    std::vector<std::string> boilerplate_files;
    bool quiet = false;
    double wait = kDefaultLockWaitSeconds;
    unsigned jobs = 0;  // 0: all cores
    unsigned shards = 1;  // > 1: create the archive as that many shards
    bool body_positions = true;  // for a new archive: index positions of body words
    bool body_positions_given = false;  // the user chose, so a mismatch with the archive is worth a word
    OutputFormat format = OutputFormat::text;
};

void print_summary(const AddArgs& args, const std::string& path, const WriteCounts& counts, const Reporter& reporter,
                   double seconds) {
    Xapian::doccount documents = open_readonly(path).get_doccount();
    if (args.format == OutputFormat::json || args.format == OutputFormat::jsonl) {
        nlohmann::ordered_json j{{"db", path},
                                 {"added", counts.added},
                                 {"replaced", counts.replaced},
                                 {"unchanged", counts.unchanged},
                                 {"rejected", reporter.errors()},
                                 {"warnings", reporter.warnings()},
                                 {"documents", documents},
                                 {"seconds", seconds}};
        print_json(j, std::cout);
    } else if (!args.quiet) {
        std::printf("added %zu, replaced %zu, unchanged %zu, rejected %zu (%u documents in %s, %.1f s)\n",
                    counts.added, counts.replaced, counts.unchanged, reporter.errors(), documents, path.c_str(),
                    seconds);
    }
}

int run_add(const AddArgs& args) {
    IngestRequest request;
    request.options = load_clean_options(args.boilerplate_files);
    Reporter reporter;
    request.files = expand_inputs(args.paths, reporter);
    request.db_path = resolve_db_path(args.db);
    request.jobs = resolve_jobs(args.jobs);
    request.quiet = args.quiet;
    request.shards = args.shards;
    request.wait = args.wait;
    request.body_positions = args.body_positions;
    request.body_positions_given = args.body_positions_given;
    IngestResult result = run_ingest(request, reporter);
    print_summary(args, request.db_path, result.counts, reporter, result.seconds);
    return reporter.errors() > 0 ? 1 : 0;
}

}  // namespace

Command add_command(CLI::App& app) {
    auto args = std::make_shared<AddArgs>();
    auto* cmd = app.add_subcommand("add", "Clean and index articles from files, folders or - (stdin)");
    add_db_option(cmd, args->db);
    cmd->add_flag("-q,--quiet", args->quiet, "No progress line and no summary");
    apply_config_default(
        cmd->add_option("-j,--jobs", args->jobs, "Threads to use (default: all cores)")->check(CLI::Range(1u, 256u)),
        "jobs");
    add_wait_option(cmd, args->wait);
    cmd->add_option("--shards", args->shards,
                    "New archive: spread it over N shard databases (see init); an existing one keeps its own")
        ->check(CLI::Range(1u, 1024u));
    auto* positions = cmd->add_flag("--body-positions,!--no-body-positions", args->body_positions,
                      "New archive: index positions of body words (the default; --no-body-positions halves "
                      "the index, and phrases are then checked on the stored text, slower for common words)");
    cmd->add_option("--boilerplate", args->boilerplate_files, "File of extra boilerplate patterns, one per line");
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->add_option("paths", args->paths, "Files (.txt .jsonl .sgm .html .warc, each optionally .zst or .gz), folders, or -")
        ->required();
    cmd->footer(
        "Examples:\n"
        "  newsarc-index add --db ~/news ~/scrapes/\n"
        "  zstdcat dump.jsonl.zst | newsarc-index add -\n"
        "  newsarc-index add reut2-000.sgm --format json");
    return {cmd, [args, positions] {
                args->body_positions_given = positions->count() > 0;
                return run_add(*args);
            }};
}

}  // namespace newsarc
