// Where the archive is: --db, the environment, the configuration file, or the default.
#pragma once

#include <string>
#include <utility>

namespace newsarc {

// `--db` if given, else $NEWSARC_DB, else the configuration file's `db`, else
// ~/.local/share/newsarc/db.
std::string resolve_db_path(const std::string& option);

// The same, with where the path came from ("--db", "$NEWSARC_DB", "config file …", "default").
std::pair<std::string, std::string> resolve_db_path_and_origin(const std::string& option);

}  // namespace newsarc
