// Compacting one database: into a new directory, or in place with an atomic swap.
#pragma once

#include <string>

#include <xapian.h>

namespace newsarc {

// Compacts the revision `source` has open into `out_dir`. Throws FatalError, removing what it had
// written, when Xapian fails (disk full...).
void compact_into(Xapian::Database& source, const std::string& out_dir);

// Compacts the database at `dir` into a scratch copy beside it and swaps the copy in atomically,
// holding its writer lock throughout (waiting up to `wait` seconds for it). Searches running
// meanwhile keep their results.
void compact_in_place(const std::string& dir, double wait);

}  // namespace newsarc
