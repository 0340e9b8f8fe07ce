// What on disk is newsarc's to write and remove: its archives, recognised by their own files, and
// its scratch folders, recognised by the marker newsarc writes in them before anything else.
// Every rename and removal of a folder or file that newsarc makes goes through this file or
// through io/output_file.cc; tests/unit/ownership_test.cc pins each call to the check guarding it.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// The marker file of a scratch folder (name, and what its first line says).
inline constexpr const char* kScratchMarker = "NEWSARC-SCRATCH";

// True for the files a Xapian glass database keeps in its folder (tables, version, lock, the
// version file's temporary).
bool is_database_file(std::string_view name);

// What a path holds, as far as newsarc's ownership goes.
struct FolderSurvey {
    enum class Kind {
        missing,   // nothing there
        empty,     // an empty folder
        database,  // a glass database folder (its iamglass), possibly with other files beside
        sharded,   // a folder whose stub is the kind newsarc writes (only "auto shard-N" lines)
        stub,      // a folder with a stub newsarc did not write, or a stub file
        other,     // anything else: a folder of other files, a file, a device...
    } kind = Kind::missing;
    // Entries of the folder that are neither the database's nor newsarc's (database, sharded, other).
    std::vector<std::string> foreign;
};
FolderSurvey survey(const std::string& path);

// "notes.txt, sub, … (5 in all)": the first few foreign entries, for messages.
std::string describe_entries(const std::vector<std::string>& names);

// Throws FatalError unless `path` is missing or an empty folder, where a command may create an
// archive, or already an archive of newsarc's (one database, or a sharded archive).
// `found` is survey(path).
void require_archive_or_new(const std::string& path, const FolderSurvey& found);

// The newsarc archive that holds `path` (itself or a folder above it), or "" when none does. A path
// there must never be written by anything but the archive's own code.
std::string enclosing_archive(const std::string& path);

// The tables a glass database folder lacks although its archive has articles that need them
// (postlist, termlist; position when titles or body words are indexed with positions).
// `has_positional_terms` says whether the archive holds terms indexed with positions.
std::vector<std::string> missing_tables(const std::string& dir, bool has_positional_terms);

// --- scratch folders ----------------------------------------------------------------------------

// The scratch folder `<db><suffix>` beside the archive at `db_path` (".build", ".compact-PID"),
// however the path was spelled ("news/" is "news").
std::string scratch_beside(const std::string& db_path, const std::string& suffix);

// Creates the folder `path` (which must not exist) and writes its marker first, naming this
// process and `purpose`. Throws FatalError.
void make_scratch_dir(const std::string& path, const std::string& purpose);

// A scratch folder made for one operation (make_scratch_dir), removed with all it holds when the
// object goes, whether the operation finished or threw.
class ScopedScratch {
public:
    ScopedScratch(std::string path, const std::string& purpose);
    ~ScopedScratch();
    ScopedScratch(const ScopedScratch&) = delete;
    ScopedScratch& operator=(const ScopedScratch&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

// Rewrites the marker of the scratch folder `path` (newsarc's: checked) to name this process, which
// takes over what an interrupted run left there.
void claim_scratch_dir(const std::string& path, const std::string& purpose);

// Removes `name` (a file or folder) inside the scratch folder `scratch`, only when the scratch
// folder's marker says it is newsarc's.
void clear_in_scratch(const std::string& scratch, const std::string& name);

// The process that made a scratch folder, from its marker: 0 when it has no marker of newsarc's.
struct ScratchOwner {
    long pid = 0;
    bool alive = false;  // that process still runs (same pid and start time)
};
ScratchOwner scratch_owner(const std::string& path);

// Removes a scratch folder and everything in it, only when its marker says it is newsarc's;
// otherwise leaves it and returns false.
bool remove_scratch_dir(const std::string& path);

// Scratch folders that earlier runs left beside `db_path` (<db>.compact-PID, <db>.creating-PID):
// removed when their marker is newsarc's and their process has ended, otherwise reported through
// `say` and left. `<db>.build` is left to the build that may resume it unless `archive_has_articles`.
void sweep_scratch(const std::string& db_path, bool archive_has_articles,
                   const std::function<void(const std::string&)>& say);

// Puts the database folder `replacement` (inside a scratch folder) in the place of the database
// folder `target` in one step (renameat2 RENAME_EXCHANGE; else two renames, with a moment when
// `target` is missing). The old database ends where `replacement` was, or at `aside` when the
// exchange is not available; returns where it is (empty when there was none). Refuses when
// `target` holds files that are not the database's, which would go with it.
std::string swap_database_dir(const std::string& replacement, const std::string& target, const std::string& aside);

// Removes the database files (is_database_file) of the folder `dir`, and the folder itself when
// `and_folder` and nothing else is left in it: what a failed creation leaves.
void remove_database_files(const std::string& dir, bool and_folder);

// Moves the new folder `from` (inside a scratch folder) to `to`, which must be missing or empty.
void move_into_place(const std::string& from, const std::string& to);

}  // namespace newsarc
