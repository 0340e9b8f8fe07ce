// Exception-to-exit-code mapping shared by newsarc-index and newsarc-query.
#include "common/program.h"

#include <iostream>

#include <xapian.h>

#include "common/diagnostic.h"

namespace newsarc {

int run_program(std::string_view program, const std::function<int()>& body) {
    try {
        return body();
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
