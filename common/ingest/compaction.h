// Compacting one database: into a new directory, or in place with an atomic swap.
#pragma once

#include <string>

#include <xapian.h>

namespace newsarc {

// Compacts the revision `source` has open into `out_dir`, which must be missing or an empty folder:
// written in a scratch folder beside it and moved into place when complete. Throws FatalError,
// leaving nothing behind, when Xapian fails (disk full...); DatabaseModifiedError when writers
// moved on meanwhile (reopen and try again).
void compact_into(Xapian::Database& source, const std::string& out_dir);

// Compacts the database at `dir` into a scratch copy beside it and swaps the copy in atomically,
// holding its writer lock throughout (waiting up to `wait` seconds for it). Searches running
// meanwhile keep their results.
void compact_in_place(const std::string& dir, double wait);

}  // namespace newsarc
