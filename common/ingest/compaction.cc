// Compaction into a copy, and in place by swapping the copy in.
#include "common/ingest/compaction.h"

#include <filesystem>

#include <unistd.h>

#include "common/base/diagnostic.h"
#include "common/store/database.h"
#include "common/store/ownership.h"

namespace newsarc {
namespace {

// The scratch folder beside `path` for a compaction, saying that nothing else changed when it cannot
// be made.
ScopedScratch compaction_scratch(const std::string& path, const std::string& purpose) {
    try {
        return ScopedScratch(scratch_beside(path, ".compact-" + std::to_string(::getpid())), purpose);
    } catch (const FatalError& e) {
        throw FatalError(std::string(e.what()) + " (the archive itself is unchanged)");
    }
}

// Compacts into `scratch`/db and returns that path. DatabaseModifiedError passes through for the
// caller to reopen and try again.
std::string compact_in_scratch(Xapian::Database& source, const ScopedScratch& scratch, const std::string& what) {
    std::string out = scratch.path() + "/db";
    try {
        source.compact(out, Xapian::DBCOMPACT_MULTIPASS);
    } catch (const Xapian::DatabaseModifiedError&) {
        throw;
    } catch (const Xapian::Error& e) {
        throw FatalError("compaction of " + what + " failed: " + e.get_description() + " (the archive itself is unchanged)");
    }
    return out;
}

}  // namespace

void compact_into(Xapian::Database& source, const std::string& out_dir) {
    FolderSurvey::Kind kind = survey(out_dir).kind;
    if (kind != FolderSurvey::Kind::missing && kind != FolderSurvey::Kind::empty)
        throw FatalError(out_dir + " already exists and is not empty; give a new folder");
    ScopedScratch scratch = compaction_scratch(out_dir, "compact into " + out_dir);
    move_into_place(compact_in_scratch(source, scratch, "into " + out_dir), out_dir);
}

void compact_in_place(const std::string& dir, double wait) {
    // The writer lock is held throughout, so no commit can land in the old copy after it was read.
    Xapian::WritableDatabase lock = open_writable(dir, wait);
    if (FolderSurvey found = survey(dir); !found.foreign.empty())
        throw FatalError(dir + " holds files that are not the archive's (" + describe_entries(found.foreign) +
                         "); compacting replaces the folder, so move them out first");
    Xapian::Database snapshot = open_database_dir(dir);
    ScopedScratch scratch = compaction_scratch(dir, "compact " + dir);
    swap_database_dir(compact_in_scratch(snapshot, scratch, dir), dir, scratch.path() + "/old");
    lock.close();  // then the scratch folder goes, with the old database in it
}

}  // namespace newsarc
