// The subcommands of newsarc-index: their options and entry points (one .cc file each).
#pragma once

#include <string>
#include <vector>

#include "common/output_format.h"

namespace newsarc {

struct AddArgs {
    std::string db;
    std::vector<std::string> paths;
    std::vector<std::string> boilerplate_files;
    bool quiet = false;
    unsigned jobs = 0;  // 0: all cores
    bool body_positions = true;  // for a new archive: index positions of body words
    bool body_positions_given = false;  // the user chose, so a mismatch with the archive is worth a word
    OutputFormat format = OutputFormat::text;
};

struct CleanArgs {
    std::vector<std::string> paths;
    std::vector<std::string> boilerplate_files;
    OutputFormat format = OutputFormat::jsonl;
};

struct StatsArgs {
    std::string db;
    OutputFormat format = OutputFormat::text;
};

// Each returns the process exit status: 0 ok, 1 some inputs rejected, 2 fatal (thrown as FatalError).
int run_add(const AddArgs& args);
int run_clean(const CleanArgs& args);
int run_stats(const StatsArgs& args);

}  // namespace newsarc
