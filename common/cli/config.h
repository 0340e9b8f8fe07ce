// The configuration file: settings both programs read before their command line, which overrides
// them. $XDG_CONFIG_HOME/newsarc/config (else ~/.config/newsarc/config), or --config FILE; TOML
// `key = value` lines as CLI11 reads config files:
//
//   db = "~/news"             # archive (after --db and $NEWSARC_DB)
//   limit = 20                # newsarc-query results
//   color = "never"           # newsarc-query colour: auto, always, never
//   boilerplate = ["~/patterns.txt"]   # extra boilerplate pattern files for add and clean
//   wait = 300                # seconds a writer waits for the lock
//   jobs = 4                  # threads for add
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class Option;
}

namespace newsarc {

struct ConfigValue {
    std::vector<std::string> values;  // one for a plain setting, several for a list
    std::string origin;               // "config file /home/me/.config/newsarc/config"
};

class Config {
public:
    // The keys a configuration file may set, with what each does (for `newsarc-index config`).
    static const std::vector<std::pair<std::string, std::string>>& known_keys();

    // Reads `explicit_path` (which must exist) or else the default file if there is one. Throws
    // UsageError naming the file for a file that does not parse or sets an unknown key.
    static Config load(const std::string& explicit_path);
    // Parses configuration text (tests); `origin` names where it came from.
    static Config parse(const std::string& text, const std::string& origin);

    const ConfigValue* find(std::string_view key) const;
    std::optional<std::string> get(std::string_view key) const;
    const std::string& path() const { return path_; }

private:
    std::map<std::string, ConfigValue, std::less<>> values_;
    std::string path_;  // the file read, empty when none
};

// The default file: $XDG_CONFIG_HOME/newsarc/config, else ~/.config/newsarc/config.
std::string default_config_path();

// The process's configuration, set once by main before parsing the command line.
const Config& config();
void set_config(Config config);

// `--config FILE` or `--config=FILE` among the arguments, found before the real parse so that the
// file can supply defaults to it; empty when absent.
std::string config_path_from_args(int argc, const char* const* argv);

// Makes the configuration's `key` the default of `option` (the command line still overrides it).
// Throws UsageError naming the file when the value is not valid for the option.
void apply_config_default(CLI::Option* option, std::string_view key);

// "~/x" -> "$HOME/x".
std::string expand_home(const std::string& path);

}  // namespace newsarc
