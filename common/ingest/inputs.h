// What `add` and `clean` share around the pipeline: input expansion, diagnostics, clean options.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "common/model/article.h"
#include "common/clean/cleaner.h"
#include "common/base/diagnostic.h"

namespace newsarc {

// Prints diagnostics on stderr as `file:line: severity: reason` and counts them.
class Reporter {
public:
    explicit Reporter(bool quiet_warnings = false) : quiet_warnings_(quiet_warnings) {}
    void report(const Diagnostic& d);
    std::size_t errors() const { return errors_; }
    std::size_t warnings() const { return warnings_; }
private:
    bool quiet_warnings_;
    std::size_t errors_ = 0;
    std::size_t warnings_ = 0;
};

// Command-line paths -> files to read: a folder is walked recursively for article files (sorted, so
// runs are reproducible), a file is read whatever its name, "-" is standard input. A path that does
// not exist is reported as an error.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths, Reporter& reporter);

// The absolute, normalised form of an input path (empty for "-"): how provenance names a file.
std::string absolute_path(const std::string& path);

// Total size of the regular files among `files` (0 for stdin), for progress estimates.
std::uintmax_t total_input_bytes(const std::vector<std::string>& files);

}  // namespace newsarc
