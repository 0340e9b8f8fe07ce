// What library code tells the person running the program while it works: a lock it waits for, a
// scratch folder it removed, an archive to upgrade. Library code never writes to the terminal
// otherwise, and these lines go to stderr under the name of the program (run_program sets it).
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// "PROGRAM: KIND: message" on stderr ("PROGRAM: message" when `kind` is empty): kind "note" for
// what went well on its own, "warning" for what the user may want to change.
void notice(std::string_view kind, const std::string& message);

// The name notices start with ("newsarc" until a program sets its own).
void set_program_name(std::string_view name);
std::string_view program_name();

}  // namespace newsarc
