// Notices from library code, on stderr under the program's name.
#include "common/base/notice.h"

#include <iostream>

namespace newsarc {
namespace {

std::string_view current_program = "newsarc";

}  // namespace

void set_program_name(std::string_view name) { current_program = name; }

std::string_view program_name() { return current_program; }

void notice(std::string_view kind, const std::string& message) {
    std::cerr << current_program << ": ";
    if (!kind.empty()) std::cerr << kind << ": ";
    std::cerr << message << '\n';
}

}  // namespace newsarc
