// The consistency check behind `newsarc-index check`: Xapian's own check of every table, then
// newsarc's invariants over every document.
#pragma once

#include <string>
#include <vector>

namespace newsarc {

struct CheckProblem {
    unsigned docid = 0;  // 0 for a problem of the database as a whole
    std::string id;      // the article id, when known
    std::string what;
};

struct CheckReport {
    std::size_t documents = 0;
    // Xapian's check opens tables read-write, so it cannot run on read-only media: then it is
    // skipped (and said so) while newsarc's own checks still run.
    bool xapian_checked = true;
    std::size_t xapian_errors = 0;  // as counted by Xapian::Database::check
    std::string xapian_output;      // what Xapian's check said about the errors
    std::size_t problem_count = 0;  // newsarc invariants broken (all counted, the first kept)
    std::vector<CheckProblem> problems;
    bool ok() const { return xapian_errors == 0 && problem_count == 0; }
};

// Checks the database at `path`: every table (Xapian), every stored article decodes and agrees with
// its terms and values (id, date, content hash, cleaner version), ids are unique, and the metadata
// is one this newsarc understands. Throws FatalError when the database cannot be opened at all.
// Checks every shard of a sharded archive on up to `jobs` threads.
CheckReport check_archive(const std::string& path, std::size_t keep_problems = 100, unsigned jobs = 1);

}  // namespace newsarc
