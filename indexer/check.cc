// `newsarc-index check`: is the archive sound? Exit 0 only when Xapian's check and every newsarc
// invariant hold.
#include <chrono>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/cli/db_path.h"
#include "common/store/database.h"
#include "common/maintain/check.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"
#include "common/ingest/engine.h"

namespace newsarc {
namespace {

struct CheckArgs {
    std::string db;
    unsigned jobs = 0;
    OutputFormat format = OutputFormat::text;
};

int run_check(const CheckArgs& args) {
    auto start = std::chrono::steady_clock::now();
    std::string path = resolve_db_path(args.db);
    CheckReport report = check_archive(path, 100, resolve_jobs(args.jobs));
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json problems = nlohmann::ordered_json::array();
        for (const auto& p : report.problems)
            problems.push_back({{"docid", p.docid}, {"id", p.id}, {"problem", p.what}});
        nlohmann::ordered_json j{{"db", path},
                                 {"ok", report.ok()},
                                 {"documents", report.documents},
                                 {"xapian_checked", report.xapian_checked},
                                 {"xapian_errors", report.xapian_errors},
                                 {"xapian_output", report.xapian_output},
                                 {"problem_count", report.problem_count},
                                 {"problems", problems},
                                 {"seconds", seconds}};
        print_json(j, std::cout);
    } else {
        std::cout << "tables (xapian check): "
                  << (!report.xapian_checked ? std::string("skipped: read-only media (Xapian's check opens tables read-write)")
                      : report.xapian_errors ? std::to_string(report.xapian_errors) + " errors"
                                             : std::string("ok"))
                  << '\n';
        if (report.xapian_errors) std::cout << report.xapian_output;
        std::cout << "documents: " << report.documents << " checked, " << report.problem_count << " problem"
                  << (report.problem_count == 1 ? "" : "s") << '\n';
        for (const auto& p : report.problems) {
            std::cout << "  ";
            if (p.docid) std::cout << "document " << p.docid << (p.id.empty() ? "" : " (" + p.id + ")") << ": ";
            std::cout << p.what << '\n';
        }
        if (report.problem_count > report.problems.size())
            std::cout << "  … and " << report.problem_count - report.problems.size() << " more\n";
        std::printf("%s (%.1f s)\n", report.ok() ? "ok" : "FAILED", seconds);
    }
    return report.ok() ? 0 : 1;
}

}  // namespace

Command check_command(CLI::App& app) {
    auto args = std::make_shared<CheckArgs>();
    auto* cmd = app.add_subcommand("check", "Check the archive: Xapian's tables and newsarc's invariants");
    add_db_option(cmd, args->db);
    cmd->add_option("-j,--jobs", args->jobs, "Shards checked at once (default: all cores)")->check(CLI::Range(1u, 256u));
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "Checks every table (as xapian-check does), that every stored article decodes, that ids are\n"
        "unique (and in the shard their id routes to), and that dates, content hashes and cleaner versions agree with the stored articles.\n"
        "Exit status: 0 all hold, 1 a problem was found, 2 the database cannot be opened.\n\n"
        "Examples:\n"
        "  newsarc-index check\n"
        "  newsarc-index check --db ~/news --format json");
    return {cmd, [args] { return run_check(*args); }};
}

}  // namespace newsarc
