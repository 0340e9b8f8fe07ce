// newsarc-index: command-line parsing and exit codes; each subcommand lives in its own file.
#include <iostream>
#include <map>

#include <CLI/CLI.hpp>
#include <xapian.h>

#include "common/diagnostic.h"
#include "common/program.h"
#include "indexer/commands.h"

using namespace newsarc;

namespace {

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

constexpr const char* kDbHelp = "Database directory (default: $NEWSARC_DB, else ~/.local/share/newsarc/db)";

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
        "\nExit status: 0 ok, 1 some inputs were rejected, 2 usage or fatal error.");

    AddArgs add;
    auto* add_cmd = app.add_subcommand("add", "Clean and index articles from files, folders or - (stdin)");
    add_cmd->add_option("--db", add.db, kDbHelp);
    add_cmd->add_flag("-q,--quiet", add.quiet, "No progress line and no summary");
    add_cmd->add_option("-j,--jobs", add.jobs, "Threads to use (default: all cores)")->check(CLI::Range(1u, 256u));
    auto* positions = add_cmd->add_flag("--body-positions,!--no-body-positions", add.body_positions,
                      "New archive: index positions of body words (the default; --no-body-positions halves "
                      "the index, and phrases are then checked on the stored text, slower for common words)");
    add_cmd->add_option("--boilerplate", add.boilerplate_files, "File of extra boilerplate patterns, one per line");
    add_format_option(add_cmd, add.format, {"text", "json"});
    add_cmd->add_option("paths", add.paths, "Files (.txt .jsonl .sgm .html .warc, each optionally .zst or .gz), folders, or -")
        ->required();
    add_cmd->footer(
        "Examples:\n"
        "  newsarc-index add --db ~/news ~/scrapes/\n"
        "  zstdcat dump.jsonl.zst | newsarc-index add -\n"
        "  newsarc-index add reut2-000.sgm --format json");

    CleanArgs clean;
    auto* clean_cmd = app.add_subcommand("clean", "Print articles as they would be indexed (no database)");
    clean_cmd->add_option("--boilerplate", clean.boilerplate_files, "File of extra boilerplate patterns, one per line");
    add_format_option(clean_cmd, clean.format, {"jsonl", "text"});
    clean_cmd->add_option("paths", clean.paths, "Files, folders, or -")->required();
    clean_cmd->footer(
        "Examples:\n"
        "  newsarc-index clean story.txt --format text\n"
        "  newsarc-index clean reut2-000.sgm | head -n 3");

    StatsArgs stats;
    auto* stats_cmd = app.add_subcommand("stats", "Summarise what the archive holds");
    stats_cmd->add_option("--db", stats.db, kDbHelp);
    add_format_option(stats_cmd, stats.format, {"text", "json"});
    stats_cmd->footer("Examples:\n  newsarc-index stats\n  newsarc-index stats --db ~/news --format json");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    add.body_positions_given = positions->count() > 0;
    if (*add_cmd) return run_add(add);
    if (*clean_cmd) return run_clean(clean);
    if (*stats_cmd) return run_stats(stats);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    return run_program("newsarc-index", [&] { return run(argc, argv); });
}
