// What both programs do around their work: map exceptions to messages and exit codes.
#pragma once

#include <functional>
#include <string_view>

namespace newsarc {

// Runs `body` and returns its exit status; a UsageError, FatalError, Xapian::Error or other exception
// becomes `PROGRAM: error: message` on stderr and exit status 2. OutputClosed (the reader of standard
// output went away) ends it quietly with status 0.
int run_program(std::string_view program, const std::function<int()>& body);

}  // namespace newsarc
