// Cleaning options from the command line and the configuration file.
#include "common/cli/clean_options.h"

#include <fstream>

#include "common/base/diagnostic.h"
#include "common/cli/config.h"
#include "common/text/strutil.h"

namespace newsarc {

CleanOptions load_clean_options(const std::vector<std::string>& given_files) {
    CleanOptions options;
    // --boilerplate on the command line replaces the configuration file's list.
    std::vector<std::string> boilerplate_files = given_files;
    if (const ConfigValue* configured = config().find("boilerplate"); configured && given_files.empty())
        for (const auto& file : configured->values) boilerplate_files.push_back(expand_home(file));
    for (const auto& file : boilerplate_files) {
        std::ifstream in(file);
        if (!in) throw UsageError("cannot read boilerplate file " + file);
        std::string line;
        while (std::getline(in, line)) {
            auto first = line.find_first_not_of(" \t\r");
            if (first == std::string::npos || line[first] == '#') continue;
            auto last = line.find_last_not_of(" \t\r");
            options.boilerplate.push_back(strutil::to_lower(line.substr(first, last - first + 1)));
        }
    }
    return options;
}

}  // namespace newsarc
