// Formatting of input diagnostics.
#include "common/base/diagnostic.h"

namespace newsarc {

std::string Diagnostic::to_string() const {
    std::string out = file;
    // Appended, not "literal" + std::string: GCC 12 warns falsely there
    // of an overlap (-Wrestrict).
    if (line > 0) out.append(":").append(std::to_string(line));
    out += severity == Severity::error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

Diagnostic make_error(std::string file, std::size_t line, std::string message) {
    return {std::move(file), line, Severity::error, std::move(message)};
}

Diagnostic make_warning(std::string file, std::size_t line, std::string message) {
    return {std::move(file), line, Severity::warning, std::move(message)};
}

}  // namespace newsarc
