// `newsarc-index init`: create an empty archive, one database or several shards (--shards N), so
// that settings are chosen before the first article arrives.
#include <filesystem>
#include <iostream>
#include <memory>

#include "common/cli/db_path.h"
#include "common/base/diagnostic.h"
#include "common/cli/json_output.h"
#include "common/store/database.h"
#include "common/store/sharded_archive.h"
#include "indexer/commands.h"

namespace newsarc {
namespace {

struct InitArgs {
    std::string db;
    unsigned shards = 1;
    OutputFormat format = OutputFormat::text;
};

int run_init(const InitArgs& args) {
    std::string path = resolve_db_path(args.db);
    std::error_code ec;
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_empty(path, ec))
        throw FatalError(path + " already exists; init creates new archives only");
    if (args.shards > 1)
        create_sharded_archive(path, args.shards);
    else
        open_writable(path, 0, OnMissing::create).commit();
    if (args.format == OutputFormat::json)
        print_json({{"db", path}, {"shards", args.shards}}, std::cout);
    else
        std::cout << "created " << path << (args.shards > 1 ? " with " + std::to_string(args.shards) + " shards" : "")
                  << '\n';
    return 0;
}

}  // namespace

Command init_command(CLI::App& app) {
    auto args = std::make_shared<InitArgs>();
    auto* cmd = app.add_subcommand("init", "Create an empty archive, optionally of several shards");
    add_db_option(cmd, args->db);
    cmd->add_option("--shards", args->shards, "Number of shard databases (default 1: one database)")
        ->check(CLI::Range(1u, 1024u));
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "A sharded archive is a folder of shard databases and a stub file (XAPIANDB) listing them:\n"
        "newsarc-query reads it as one archive, add routes each article to its shard by id, and the\n"
        "shards can be served from other machines with xapian-tcpsrv (README: Beyond one machine).\n\n"
        "Examples:\n"
        "  newsarc-index init --db ~/news --shards 4\n"
        "  newsarc-index add --db ~/news articles/");
    return {cmd, [args] { return run_init(*args); }};
}

}  // namespace newsarc
