// Compaction into a copy, and in place by swapping the copy in.
#include "indexer/compaction.h"

#include <filesystem>

#include <unistd.h>

#include "common/diagnostic.h"
#include "common/store/database.h"

namespace fs = std::filesystem;

namespace newsarc {

void compact_into(Xapian::Database& source, const std::string& out_dir) {
    try {
        source.compact(out_dir, Xapian::DBCOMPACT_MULTIPASS);
    } catch (const Xapian::Error& e) {
        std::error_code ec;
        fs::remove_all(out_dir, ec);
        throw FatalError("compaction into " + out_dir + " failed: " + e.get_description() +
                         " (the archive itself is unchanged)");
    }
}

void compact_in_place(const std::string& dir, double wait) {
    // The writer lock is held throughout, so no commit can land in the old copy after it was read.
    Xapian::WritableDatabase lock = open_writable(dir, wait, Xapian::DB_OPEN);
    Xapian::Database snapshot = open_readonly(dir);
    std::string fresh = dir + ".compact-" + std::to_string(::getpid());
    std::error_code ignored;
    fs::remove_all(fresh, ignored);
    compact_into(snapshot, fresh);
    std::string old = swap_database_dir(fresh, dir);
    lock.close();
    if (!old.empty()) fs::remove_all(old, ignored);
}

}  // namespace newsarc
