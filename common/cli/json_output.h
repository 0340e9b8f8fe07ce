// Machine-readable output is versioned (notmuch's --format-version): every JSON document a command
// prints says which version of its shape it follows, and a change of shape is a new version.
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

namespace CLI {
class App;
}

namespace newsarc {

// The newest shape; scripts may ask for an older one that is still produced.
inline constexpr int kLatestFormatVersion = 1;
inline constexpr int kOldestFormatVersion = 1;

int format_version();
void set_format_version(int version);

// Declares --format-version on `app`.
void add_format_version_option(CLI::App& app);

// One JSON document on one line, "format_version" first; invalid UTF-8 is replaced, never fatal.
std::string versioned_json(const nlohmann::ordered_json& document);
void print_json(const nlohmann::ordered_json& document, std::ostream& out);

// Plain compact JSON (for JSON Lines records, whose version the option pins).
std::string compact_json(const nlohmann::ordered_json& document);

}  // namespace newsarc
