// `newsarc-index config`: the settings in effect and where each came from (command line,
// environment, configuration file or default).
#include <iostream>
#include <memory>
#include <thread>

#include <nlohmann/json.hpp>

#include "common/cli/db_path.h"
#include "common/cli/config.h"
#include "common/store/database.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"

namespace newsarc {
namespace {

struct ConfigArgs {
    std::string db;
    OutputFormat format = OutputFormat::text;
};

struct Effective {
    std::string key;
    std::vector<std::string> values;
    std::string origin;
};

// Built-in defaults, as the programs apply them.
std::vector<std::string> default_of(const std::string& key) {
    if (key == "limit") return {"10"};
    if (key == "color") return {"auto"};
    if (key == "wait") return {std::to_string(static_cast<int>(kDefaultLockWaitSeconds))};
    if (key == "jobs") return {std::to_string(std::max(1u, std::thread::hardware_concurrency()))};
    return {};
}

int run_config(const ConfigArgs& args) {
    std::vector<Effective> settings;
    for (const auto& [key, help] : Config::known_keys()) {
        if (key == "db") {
            auto [path, origin] = resolve_db_path_and_origin(args.db);
            settings.push_back({key, {path}, origin});
        } else if (const ConfigValue* value = config().find(key)) {
            settings.push_back({key, value->values, value->origin});
        } else {
            settings.push_back({key, default_of(key), "default"});
        }
    }
    if (args.format == OutputFormat::json) {
        nlohmann::ordered_json j{{"config_file", config().path().empty() ? nlohmann::ordered_json()
                                                                         : nlohmann::ordered_json(config().path())},
                                 {"settings", nlohmann::ordered_json::object()}};
        for (const auto& s : settings) {
            nlohmann::ordered_json value = s.key == "boilerplate" ? nlohmann::ordered_json(s.values)
                                           : s.values.empty()     ? nlohmann::ordered_json()
                                                                  : nlohmann::ordered_json(s.values.front());
            j["settings"][s.key] = {{"value", value}, {"origin", s.origin}};
        }
        print_json(j, std::cout);
        return 0;
    }
    std::cout << "config file: "
              << (config().path().empty() ? "none (looked for " + default_config_path() + ")" : config().path()) << '\n';
    for (const auto& s : settings) {
        std::string value;
        for (const auto& v : s.values) value += (value.empty() ? "" : ", ") + v;
        std::printf("%-12s %-40s (%s)\n", s.key.c_str(), value.empty() ? "-" : value.c_str(), s.origin.c_str());
    }
    return 0;
}

}  // namespace

Command config_command(CLI::App& app) {
    auto args = std::make_shared<ConfigArgs>();
    auto* cmd = app.add_subcommand("config", "Print the settings in effect and where each came from");
    add_db_option(cmd, args->db);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer(
        "Settings come from the command line, then the environment (NEWSARC_DB), then the configuration\n"
        "file ($XDG_CONFIG_HOME/newsarc/config, else ~/.config/newsarc/config, or --config FILE), e.g.\n"
        "  db = \"~/news\"\n  limit = 20\n  color = \"never\"\n  boilerplate = [\"~/patterns.txt\"]\n  wait = 300\n\n"
        "Examples:\n"
        "  newsarc-index config\n"
        "  newsarc-index --config ./team.toml config --format json");
    return {cmd, [args] { return run_config(*args); }};
}

}  // namespace newsarc
