// newsarc-index: the list of subcommands and the mapping of errors to exit codes; each subcommand
// lives in its own file.
#include <map>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "common/cli/config.h"
#include "common/cli/json_output.h"
#include "common/cli/program.h"
#include "common/cli/cli.h"
#include "common/maintain/selection.h"
#include "common/store/database.h"
#include "indexer/commands.h"

using namespace newsarc;

namespace newsarc {

void add_db_option(CLI::App* cmd, std::string& db) {
    cmd->add_option("--db", db, "Database directory (default: $NEWSARC_DB, else ~/.local/share/newsarc/db)");
}

void add_wait_option(CLI::App* cmd, double& seconds) {
    auto* option = cmd->add_option("--wait", seconds, "Seconds to wait for another writer to finish (default " +
                                                          std::to_string(static_cast<int>(kDefaultLockWaitSeconds)) + ")")
                       ->check(CLI::Validator(
                           [](std::string& value) {
                               return value.starts_with("-") ? "must be 0 or more seconds" : std::string();
                           },
                           ""))
                       ->type_name("SECONDS");
    apply_config_default(option, "wait");
}

void add_selection_options(CLI::App* cmd, Selection& selection) {
    cmd->add_option("--id", selection.ids, "An article id (repeatable)")->allow_extra_args(false);
    cmd->add_option("--url", selection.urls, "An article URL, in any spelling (repeatable)")->allow_extra_args(false);
    cmd->add_option("--query", selection.query, "Articles matching a newsarc-query query ('site:example.com date:..2015')");
    cmd->add_option("--before", selection.before, "Articles published before DATE (2015, 2015-06, 2015-06-30, 90d...)");
}

void add_format_option(CLI::App* cmd, OutputFormat& format, std::initializer_list<std::string> names) {
    std::map<std::string, OutputFormat> allowed;
    std::string choices;
    for (const auto& name : names) {
        allowed.emplace(name, kOutputFormats.at(name));
        choices += (choices.empty() ? "" : "|") + name;
    }
    cmd->add_option("--format", format, "Output format: " + choices + " (default " + *names.begin() + ")")
        ->transform(CLI::CheckedTransformer(allowed, CLI::ignore_case))
        ->option_text(choices);
}

}  // namespace newsarc

namespace {

// Parses the command line and runs the chosen work; exceptions are mapped to exit codes by main.
int run(int argc, char** argv) {
    set_config(Config::load(config_path_from_args(argc, argv)));
    CLI::App app{"newsarc-index: clean news articles and index them into a searchable Xapian archive"};
    // Settings may come from a file; the command line overrides them. Subcommands hand --config up.
    app.add_option("--config", "Read settings from FILE (default $XDG_CONFIG_HOME/newsarc/config)")
        ->type_name("FILE");
    add_format_version_option(app);
    app.fallthrough();
    identify_program(app, "newsarc-index");
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  newsarc-index add --db ~/news articles/ more.jsonl.zst\n"
        "  newsarc-index clean story.txt --format text\n"
        "  newsarc-index stats --db ~/news --format json\n"
        "  newsarc-index sync --db ~/news articles/\n"
        "\nExit status: 0 ok, 1 some inputs were rejected (add, sync, clean), check found a problem, or\n"
        "remove/export found nothing for an id, URL or query; 2 usage or fatal error.");

    const Command commands[] = {init_command(app),    add_command(app),     sync_command(app),
                                reindex_command(app), clean_command(app),   stats_command(app),
                                remove_command(app),  export_command(app),  check_command(app),
                                compact_command(app), config_command(app)};
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    for (const Command& command : commands)
        if (*command.app) return command.run();
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("newsarc-index", [&] { return run(argc, argv); });
}
