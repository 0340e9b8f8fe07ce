// The subcommands of newsarc-index. Each lives in its own file, which declares its options on the
// parser and returns how to run it; main.cc only lists them.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>

#include <CLI/CLI.hpp>

#include "common/cli/output_format.h"
#include "common/maintain/selection.h"

namespace newsarc {

// A registered subcommand: `run` returns the process exit status (0 ok, 1 some inputs rejected or
// checks failed, 2 fatal, thrown as FatalError or UsageError).
struct Command {
    CLI::App* app;
    std::function<int()> run;
};

Command add_command(CLI::App& app);
Command clean_command(CLI::App& app);
Command stats_command(CLI::App& app);
Command remove_command(CLI::App& app);
Command export_command(CLI::App& app);
Command check_command(CLI::App& app);
Command compact_command(CLI::App& app);
Command config_command(CLI::App& app);
Command init_command(CLI::App& app);
Command sync_command(CLI::App& app);
Command reindex_command(CLI::App& app);

// Options several subcommands share, declared the same way everywhere.
void add_db_option(CLI::App* cmd, std::string& db);
void add_wait_option(CLI::App* cmd, double& seconds);
void add_format_option(CLI::App* cmd, OutputFormat& format, std::initializer_list<std::string> names);
// --id, --url, --query and --before: which articles `remove` and `export` act on.
void add_selection_options(CLI::App* cmd, Selection& selection);

}  // namespace newsarc
