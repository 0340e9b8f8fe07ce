// Exception-to-exit-code mapping shared by newsarc-index and newsarc-query.
#include "common/cli/program.h"

#include <csignal>
#include <iostream>

#include <xapian.h>

#include "common/base/diagnostic.h"
#include "common/base/notice.h"

namespace newsarc {

int run_program(std::string_view program, const std::function<int()>& body) {
    set_program_name(program);
    // `newsarc-query … | head` closes the pipe early: that is the reader's choice, not an error.
    // Without SIGPIPE, writes to the closed pipe fail silently and the program ends with the status
    // its work had, instead of being killed.
    std::signal(SIGPIPE, SIG_IGN);
    try {
        return body();
    } catch (const OutputClosed&) {
        return 0;
    } catch (const UsageError& e) {
        std::cerr << program << ": " << e.what() << '\n';
    } catch (const Xapian::Error& e) {
        std::cerr << program << ": error: " << e.get_description() << '\n';
    } catch (const std::exception& e) {
        std::cerr << program << ": error: " << e.what() << '\n';
    }
    return 2;
}

}  // namespace newsarc
