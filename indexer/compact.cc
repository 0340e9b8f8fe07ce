// `newsarc-index compact`: rewrite the archive compactly and swap it in atomically while searches go
// on, or (--to DIR) write a compacted copy, which is a consistent backup of a live archive.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "common/cli/db_path.h"
#include "common/base/diagnostic.h"
#include "common/base/parallel.h"
#include "common/store/database.h"
#include "common/store/ownership.h"
#include "common/store/sharded_archive.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"
#include "common/ingest/compaction.h"
#include "common/ingest/engine.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

struct CompactArgs {
    std::string db;
    std::string to;
    unsigned jobs = 0;
    double wait = kDefaultLockWaitSeconds;
    OutputFormat format = OutputFormat::text;
};

int run_compact(const CompactArgs& args) {
    auto start = std::chrono::steady_clock::now();
    std::string path = resolve_db_path(args.db);
    Xapian::Database whole = open_readonly(path);
    std::uintmax_t before = directory_bytes(path);
    std::string written = args.to.empty() ? path : args.to;
    // A sharded archive is compacted shard by shard (in place, each swap is atomic and the content
    // is unchanged, so readers between two swaps see the same articles).
    bool sharded = is_sharded_archive(path);
    std::vector<std::string> shards = archive_databases(path);

    std::error_code ec;
    if (!args.to.empty() && fs::exists(args.to, ec) && !fs::is_empty(args.to, ec))
        throw FatalError(args.to + " already exists and is not empty; give a new directory to --to");
    if (!args.to.empty())
        if (std::string archive = enclosing_archive(args.to); !archive.empty())
            throw FatalError(args.to + " is inside the archive " + archive + "; give a folder outside it");
    if (sharded && !args.to.empty()) fs::create_directories(args.to, ec);
    // Shards are independent databases: they are compacted in parallel.
    parallel_for(shards.size(), resolve_jobs(args.jobs), [&](std::size_t i) {
        const std::string& shard = shards[i];
        if (args.to.empty()) {
            compact_in_place(shard, args.wait);
        } else {
            Xapian::Database snapshot = open_readonly(shard);
            std::string out = sharded ? (fs::path(args.to) / fs::path(shard).filename()).string() : args.to;
            // A reader sees one revision throughout unless writers commit twice meanwhile: then
            // start again from the newest.
            for (;;) {
                try {
                    compact_into(snapshot, out);
                    break;
                } catch (const Xapian::DatabaseModifiedError&) {
                    snapshot.reopen();
                }
            }
        }
    });
    if (sharded && !args.to.empty()) fs::copy_file(fs::path(path) / kStubName, fs::path(args.to) / kStubName, ec);
    std::uintmax_t after = directory_bytes(written);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"db", path},
                                 {"output", written},
                                 {"documents", whole.get_doccount()},
                                 {"bytes_before", before},
                                 {"bytes_after", after},
                                 {"seconds", seconds}};
        print_json(j, std::cout);
    } else {
        std::printf("compacted %u documents %s %s: %.1f MB -> %.1f MB (%.1f s)\n", whole.get_doccount(),
                    args.to.empty() ? "in" : "into", written.c_str(), before / 1e6, after / 1e6, seconds);
    }
    return 0;
}

}  // namespace

Command compact_command(CLI::App& app) {
    auto args = std::make_shared<CompactArgs>();
    auto* cmd = app.add_subcommand("compact", "Compact the archive in place (atomically), or into a copy");
    add_db_option(cmd, args->db);
    cmd->add_option("--to", args->to, "Write a compacted copy to DIR (a consistent backup) and leave the archive");
    cmd->add_option("-j,--jobs", args->jobs, "Shards compacted at once (default: all cores)")->check(CLI::Range(1u, 256u));
    add_wait_option(cmd, args->wait);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "In place, the compacted archive replaces the old one in one step: searches running meanwhile\n"
        "keep their results, and writers wait for the lock. It needs free space for one more copy.\n\n"
        "Examples:\n"
        "  newsarc-index compact\n"
        "  newsarc-index compact --db ~/news --to /backup/news-$(date +%F)");
    return {cmd, [args] { return run_compact(*args); }};
}

}  // namespace newsarc
