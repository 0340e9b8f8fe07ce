// Reading the configuration file with CLI11's TOML reader, and handing its values to options.
#include "common/cli/config.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <CLI/CLI.hpp>

#include "common/base/diagnostic.h"

namespace newsarc {
namespace {

Config& global_config() {
    static Config instance;
    return instance;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& Config::known_keys() {
    static const std::vector<std::pair<std::string, std::string>> keys{
        {"db", "archive directory (after --db and $NEWSARC_DB)"},
        {"limit", "newsarc-query: number of results"},
        {"color", "newsarc-query: colour (auto, always, never)"},
        {"boilerplate", "add, clean: extra boilerplate pattern files"},
        {"wait", "writers: seconds to wait for the lock"},
        {"jobs", "add: threads"},
    };
    return keys;
}

Config Config::parse(const std::string& text, const std::string& origin) {
    Config config;
    std::istringstream in(text);
    std::vector<CLI::ConfigItem> items;
    try {
        items = CLI::ConfigTOML().from_config(in);
    } catch (const CLI::Error& e) {
        throw UsageError(origin + ": " + e.what());
    }
    for (const auto& item : items) {
        if (item.name == "++" || item.name == "--") continue;  // CLI11's section markers
        if (!item.parents.empty() && !(item.parents.size() == 1 && item.parents[0] == "default"))
            throw UsageError(origin + ": sections are not used; put \"" + item.name + "\" at the top level");
        bool known = false;
        for (const auto& [key, help] : known_keys()) known = known || key == item.name;
        if (!known) {
            std::string keys;
            for (const auto& [key, help] : known_keys()) keys += (keys.empty() ? "" : ", ") + key;
            throw UsageError(origin + ": unknown setting \"" + item.name + "\" (known: " + keys + ")");
        }
        config.values_[item.name] = ConfigValue{item.inputs, origin};
    }
    return config;
}

Config Config::load(const std::string& explicit_path) {
    std::string path = explicit_path.empty() ? default_config_path() : expand_home(explicit_path);
    std::error_code ec;
    if (path.empty() || (!std::filesystem::exists(path, ec) && explicit_path.empty())) return Config();
    std::ifstream in(path);
    if (!in) throw UsageError("cannot read configuration file " + path);
    std::stringstream text;
    text << in.rdbuf();
    Config config = parse(text.str(), "config file " + path);
    config.path_ = path;
    return config;
}

const ConfigValue* Config::find(std::string_view key) const {
    auto it = values_.find(key);
    return it == values_.end() ? nullptr : &it->second;
}

std::optional<std::string> Config::get(std::string_view key) const {
    const ConfigValue* v = find(key);
    if (!v || v->values.empty()) return std::nullopt;
    return v->values.front();
}

std::string expand_home(const std::string& path) {
    if (path == "~" || path.starts_with("~/")) {
        const char* home = std::getenv("HOME");
        return std::string(home ? home : "") + path.substr(1);
    }
    return path;
}

std::string default_config_path() {
    if (const char* xdg = std::getenv("XDG_CONFIG_HOME"); xdg && *xdg) return std::string(xdg) + "/newsarc/config";
    const char* home = std::getenv("HOME");
    if (!home || !*home) return "";
    return std::string(home) + "/.config/newsarc/config";
}

const Config& config() { return global_config(); }
void set_config(Config c) { global_config() = std::move(c); }

std::string config_path_from_args(int argc, const char* const* argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--") break;
        if (arg == "--config" && i + 1 < argc) return argv[i + 1];
        if (arg.starts_with("--config=")) return std::string(arg.substr(9));
    }
    return "";
}

void apply_config_default(CLI::Option* option, std::string_view key) {
    const ConfigValue* value = config().find(key);
    if (!value || value->values.empty()) return;
    try {
        option->default_val(value->values.front());
    } catch (const CLI::Error& e) {
        throw UsageError(value->origin + ": invalid " + std::string(key) + " \"" + value->values.front() +
                         "\": " + e.what());
    }
}

}  // namespace newsarc
