// Diagnostics about inputs (file:line: severity: reason) and the exception types of newsarc.
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>

namespace newsarc {

enum class Severity { warning, error };

// One problem with one input, reported as `file:line: error|warning: reason` (scriptindex's form).
struct Diagnostic {
    std::string file;
    std::size_t line = 0;  // 1-based; 0 when the problem concerns the whole file
    Severity severity = Severity::error;
    std::string message;

    std::string to_string() const;
};

Diagnostic make_error(std::string file, std::size_t line, std::string message);
Diagnostic make_warning(std::string file, std::size_t line, std::string message);

// A problem with the input data: the article (or file) is rejected, the run goes on.
class InputError : public std::runtime_error {
public:
    InputError(std::size_t line, const std::string& message)
        : std::runtime_error(message), line_(line) {}
    std::size_t line() const { return line_; }

private:
    std::size_t line_;
};

// Bad command-line usage (exit status 2).
class UsageError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// A fatal problem that stops the run: database missing, locked, corrupt (exit status 2).
class FatalError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Standard output was closed by its reader (`newsarc-index export | head`): the reader's choice, not
// an error, so the program stops quietly with status 0 (run_program).
class OutputClosed : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace newsarc
