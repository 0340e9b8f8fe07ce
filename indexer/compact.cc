// `newsarc-index compact`: rewrite the archive compactly and swap it in atomically while searches go
// on, or (--to DIR) write a compacted copy, which is a consistent backup of a live archive.
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "common/diagnostic.h"
#include "common/store/database.h"
#include "common/json_output.h"
#include "indexer/commands.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

struct CompactArgs {
    std::string db;
    std::string to;
    double wait = kDefaultLockWaitSeconds;
    OutputFormat format = OutputFormat::text;
};

// Compacts the revision `source` has open into `out_dir`. Throws FatalError, removing what it had
// written, when Xapian fails (disk full...).
void compact_into(Xapian::Database& source, const std::string& out_dir) {
    try {
        source.compact(out_dir, Xapian::DBCOMPACT_MULTIPASS);
    } catch (const Xapian::Error& e) {
        std::error_code ec;
        fs::remove_all(out_dir, ec);
        throw FatalError("compaction into " + out_dir + " failed: " + e.get_description() +
                         " (the archive itself is unchanged)");
    }
}

int run_compact(const CompactArgs& args) {
    auto start = std::chrono::steady_clock::now();
    std::string path = resolve_db_path(args.db);
    Xapian::Database snapshot = open_readonly(path);
    std::uintmax_t before = directory_bytes(path);
    std::string written;

    if (!args.to.empty()) {
        std::error_code ec;
        if (fs::exists(args.to, ec) && !fs::is_empty(args.to, ec))
            throw FatalError(args.to + " already exists and is not empty; give a new directory to --to");
        // A reader sees one revision throughout unless writers commit twice meanwhile: then start
        // again from the newest.
        for (;;) {
            try {
                compact_into(snapshot, args.to);
                break;
            } catch (const Xapian::DatabaseModifiedError&) {
                fs::remove_all(args.to, ec);
                snapshot.reopen();
            }
        }
        written = args.to;
    } else {
        // The writer lock is held throughout, so no commit can land in the old copy after it was read.
        Xapian::WritableDatabase lock = open_writable(path, args.wait, Xapian::DB_OPEN);
        snapshot.reopen();
        std::string fresh = path + ".compact-" + std::to_string(::getpid());
        std::error_code ec;
        fs::remove_all(fresh, ec);
        compact_into(snapshot, fresh);
        std::string old = swap_database_dir(fresh, path);
        lock.close();
        if (!old.empty()) fs::remove_all(old, ec);
        written = path;
    }
    std::uintmax_t after = directory_bytes(written);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"db", path},
                                 {"output", written},
                                 {"documents", snapshot.get_doccount()},
                                 {"bytes_before", before},
                                 {"bytes_after", after},
                                 {"seconds", seconds}};
        print_json(j, std::cout);
    } else {
        std::printf("compacted %u documents %s %s: %.1f MB -> %.1f MB (%.1f s)\n", snapshot.get_doccount(),
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
