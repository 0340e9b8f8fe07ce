// newsarc-index: the list of subcommands and the mapping of errors to exit codes; each subcommand
// lives in its own file.
#include <map>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "common/program.h"
#include "indexer/commands.h"

using namespace newsarc;

namespace newsarc {

void add_db_option(CLI::App* cmd, std::string& db) {
    cmd->add_option("--db", db, "Database directory (default: $NEWSARC_DB, else ~/.local/share/newsarc/db)");
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
    CLI::App app{"newsarc-index: clean news articles and index them into a searchable Xapian archive"};
    app.set_version_flag("--version", std::string("newsarc-index ") + NEWSARC_VERSION + " (Xapian " +
                                          Xapian::version_string() + ")");
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  newsarc-index add --db ~/news articles/ more.jsonl.zst\n"
        "  newsarc-index clean story.txt --format text\n"
        "  newsarc-index stats --db ~/news --format json\n"
        "  newsarc-index sync --db ~/news articles/\n"
        "\nExit status: 0 ok, 1 some inputs were rejected, 2 usage or fatal error.");

    const Command commands[] = {add_command(app), clean_command(app), stats_command(app), sync_command(app),
                                reindex_command(app)};
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
