// --version and program-named usage errors for newsarc-index and newsarc-query.
#include "common/cli/cli.h"

#include <CLI/CLI.hpp>

#include "common/cli/version.h"

namespace newsarc {

void identify_program(CLI::App& app, const std::string& program) {
    app.set_version_flag("--version", version_text(program));
    app.failure_message([program](const CLI::App* failed, const CLI::Error& error) {
        return program + ": " + CLI::FailureMessage::simple(failed, error);
    });
}

}  // namespace newsarc
