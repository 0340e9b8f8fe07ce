// Compaction into a copy, and in place by swapping the copy in.
#include "common/ingest/compaction.h"

#include <filesystem>

#include <unistd.h>

#include "common/base/diagnostic.h"
#include "common/store/database.h"
#include "common/store/ownership.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

// Compacts into `scratch`/db; the caller removes the scratch folder.
std::string compact_in_scratch(Xapian::Database& source, const std::string& scratch, const std::string& what) {
    std::string out = scratch + "/db";
    try {
        source.compact(out, Xapian::DBCOMPACT_MULTIPASS);
    } catch (const Xapian::DatabaseModifiedError&) {
        remove_scratch_dir(scratch);
        throw;
    } catch (const Xapian::Error& e) {
        remove_scratch_dir(scratch);
        throw FatalError("compaction of " + what + " failed: " + e.get_description() + " (the archive itself is unchanged)");
    }
    return out;
}

// Makes the scratch folder for a compaction, saying that nothing else changed when it cannot.
void make_compaction_scratch(const std::string& scratch, const std::string& purpose) {
    try {
        make_scratch_dir(scratch, purpose);
    } catch (const FatalError& e) {
        throw FatalError(std::string(e.what()) + " (the archive itself is unchanged)");
    }
}

}  // namespace

void compact_into(Xapian::Database& source, const std::string& out_dir) {
    FolderSurvey::Kind kind = survey(out_dir).kind;
    if (kind != FolderSurvey::Kind::missing && kind != FolderSurvey::Kind::empty)
        throw FatalError(out_dir + " already exists and is not empty; give a new folder");
    std::string scratch = scratch_beside(out_dir, ".compact-" + std::to_string(::getpid()));
    make_compaction_scratch(scratch, "compact into " + out_dir);
    std::string copy = compact_in_scratch(source, scratch, "into " + out_dir);
    try {
        move_into_place(copy, out_dir);
    } catch (...) {
        remove_scratch_dir(scratch);
        throw;
    }
    remove_scratch_dir(scratch);
}

void compact_in_place(const std::string& dir, double wait) {
    // The writer lock is held throughout, so no commit can land in the old copy after it was read.
    Xapian::WritableDatabase lock = open_writable(dir, wait);
    if (FolderSurvey found = survey(dir); !found.foreign.empty())
        throw FatalError(dir + " holds files that are not the archive's (" + describe_entries(found.foreign) +
                         "); compacting replaces the folder, so move them out first");
    Xapian::Database snapshot = open_database_dir(dir);
    std::string scratch = scratch_beside(dir, ".compact-" + std::to_string(::getpid()));
    make_compaction_scratch(scratch, "compact " + dir);
    std::string fresh = compact_in_scratch(snapshot, scratch, dir);
    try {
        swap_database_dir(fresh, dir, scratch + "/old");
    } catch (...) {
        remove_scratch_dir(scratch);
        throw;
    }
    lock.close();
    remove_scratch_dir(scratch);  // the old database is in it now
}

}  // namespace newsarc
