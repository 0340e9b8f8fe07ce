// Resolving the archive's path from the command line, the environment and the configuration.
#include "common/cli/db_path.h"

#include <cstdlib>

#include "common/cli/config.h"

namespace newsarc {

std::pair<std::string, std::string> resolve_db_path_and_origin(const std::string& option) {
    if (!option.empty()) return {option, "--db"};
    if (const char* env = std::getenv("NEWSARC_DB"); env && *env) return {env, "environment NEWSARC_DB"};
    if (const ConfigValue* value = config().find("db"); value && !value->values.empty())
        return {expand_home(value->values.front()), value->origin};
    const char* home = std::getenv("HOME");
    return {std::string(home && *home ? home : ".") + "/.local/share/newsarc/db", "default"};
}

std::string resolve_db_path(const std::string& option) { return resolve_db_path_and_origin(option).first; }

}  // namespace newsarc
