// Cleaning options from the command line and the configuration file.
#pragma once

#include <string>
#include <vector>

#include "common/clean/cleaner.h"

namespace newsarc {

// `--boilerplate FILE` holds one pattern per line ('#' starts a comment); without any, the
// configuration file's `boilerplate` files. Throws UsageError when a file cannot be read.
CleanOptions load_clean_options(const std::vector<std::string>& boilerplate_files);

}  // namespace newsarc
