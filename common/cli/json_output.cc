// Versioned JSON output.
#include "common/cli/json_output.h"

#include <CLI/CLI.hpp>

namespace newsarc {
namespace {

int& current_version() {
    static int version = kLatestFormatVersion;
    return version;
}

}  // namespace

int format_version() { return current_version(); }
void set_format_version(int version) { current_version() = version; }

void add_format_version_option(CLI::App& app) {
    auto choose = [](int version) {
        if (version < kOldestFormatVersion || version > kLatestFormatVersion)
            throw CLI::ValidationError("--format-version", "this newsarc produces versions " +
                                                               std::to_string(kOldestFormatVersion) + " to " +
                                                               std::to_string(kLatestFormatVersion));
        set_format_version(version);
    };
    app.add_option_function<int>("--format-version", choose,
                                 "Shape of JSON output to produce (default and newest: " +
                                     std::to_string(kLatestFormatVersion) + ")")
        ->type_name("N");
}

std::string compact_json(const nlohmann::ordered_json& document) {
    return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string versioned_json(const nlohmann::ordered_json& document) {
    nlohmann::ordered_json out{{"format_version", format_version()}};
    for (const auto& [key, value] : document.items()) out[key] = value;
    return compact_json(out);
}

void print_json(const nlohmann::ordered_json& document, std::ostream& out) { out << versioned_json(document) << '\n'; }

}  // namespace newsarc
