// What the two programs' command lines share: --version, and parse errors that name the program.
#pragma once

#include <string>

#include <CLI/App.hpp>

namespace newsarc {

// Adds --version (version_text) and makes CLI11's usage errors read "PROGRAM: message".
void identify_program(CLI::App& app, const std::string& program);

}  // namespace newsarc
