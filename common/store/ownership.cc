// Recognising newsarc's archives and scratch folders, and every rename and removal newsarc makes there.
#include "common/store/ownership.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/base/diagnostic.h"
#include "common/base/read_file.h"
#include "common/store/sharded_archive.h"
#include "common/text/strutil.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

constexpr std::string_view kMarkerFirstLine = "newsarc scratch folder";

bool entry_exists(const fs::path& p) {
    std::error_code ec;
    return fs::symlink_status(p, ec).type() != fs::file_type::not_found && !ec;
}

// The start time of process `pid` (field 22 of /proc/PID/stat, in clock ticks since boot), which
// tells a live owner from a later process that was given the same pid; empty when none runs.
std::string process_start(long pid) {
    std::string stat = read_small_file("/proc/" + std::to_string(pid) + "/stat", 4096);
    auto close = stat.rfind(')');  // the command name may hold spaces and brackets
    if (close == std::string::npos) return "";
    std::istringstream rest(stat.substr(close + 1));
    std::string field;
    for (int i = 3; i <= 22 && rest >> field; ++i) {}
    return field;
}

// Entries of a folder that are not the database's own (nor a scratch folder's marker).
std::vector<std::string> foreign_entries(const fs::path& dir, bool sharded) {
    std::vector<std::string> foreign;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string name = entry.path().filename().string();
        if (is_database_file(name)) continue;
        // A sharded archive's own: its stub, its shards and the shards' scratch folders.
        if (sharded && (name == kStubName || name.starts_with("shard-"))) continue;
        foreign.push_back(name);
    }
    std::sort(foreign.begin(), foreign.end());
    return foreign;
}

}  // namespace

bool is_database_file(std::string_view name) {
    return name == "iamglass" || name == "flintlock" || name == "v.tmp" ||
           (name.ends_with(".glass") && name.find('/') == std::string_view::npos);
}

FolderSurvey survey(const std::string& path) {
    FolderSurvey s;
    std::error_code ec;
    fs::file_status status = fs::symlink_status(path, ec);
    if (status.type() == fs::file_type::not_found) return s;
    if (fs::is_symlink(status)) status = fs::status(path, ec);  // a link to an archive is the archive
    if (!fs::is_directory(status)) {
        // A stub file names its databases; it is the user's, never written by newsarc.
        s.kind = fs::is_regular_file(status) ? FolderSurvey::Kind::stub : FolderSurvey::Kind::other;
        return s;
    }
    fs::path dir(path);
    if (fs::is_empty(dir, ec) && !ec) {
        s.kind = FolderSurvey::Kind::empty;
        return s;
    }
    if (entry_exists(dir / "iamglass")) {
        s.kind = FolderSurvey::Kind::database;
        s.foreign = foreign_entries(dir, false);
    } else if (entry_exists(dir / kStubName)) {
        bool ours = is_newsarc_stub(read_small_file((dir / kStubName).string()));
        s.kind = ours ? FolderSurvey::Kind::sharded : FolderSurvey::Kind::stub;
        if (ours) s.foreign = foreign_entries(dir, true);
    } else {
        s.kind = FolderSurvey::Kind::other;
        s.foreign = foreign_entries(dir, false);
    }
    return s;
}

std::string describe_entries(const std::vector<std::string>& names) {
    constexpr std::size_t kShown = 4;
    std::vector<std::string> shown(names.begin(), names.begin() + std::min(names.size(), kShown));
    std::string text = strutil::join(shown, ", ");
    if (names.size() > kShown) text += ", … (" + std::to_string(names.size()) + " in all)";
    return text;
}

void require_archive_or_new(const std::string& path, const FolderSurvey& found) {
    switch (found.kind) {
        case FolderSurvey::Kind::missing:
        case FolderSurvey::Kind::empty:
        case FolderSurvey::Kind::database:
        case FolderSurvey::Kind::sharded:
            return;
        case FolderSurvey::Kind::stub:
            throw FatalError(path + " holds a Xapian stub that newsarc did not write; newsarc-index writes only to "
                                    "its own archives (give a new or empty folder to create one)");
        case FolderSurvey::Kind::other:
            break;
    }
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        throw FatalError(path + " is not a folder; give a new or empty folder to create an archive");
    throw FatalError(path + " is not a newsarc archive: it holds " + describe_entries(found.foreign) +
                     "; newsarc-index creates an archive only in a new or empty folder");
}

std::string enclosing_archive(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path, ec), ec);
    for (; !p.empty(); p = p.parent_path()) {
        FolderSurvey::Kind kind = survey(p.string()).kind;
        if (kind == FolderSurvey::Kind::database || kind == FolderSurvey::Kind::sharded) return p.string();
        if (p == p.root_path()) break;
    }
    return "";
}

std::vector<std::string> missing_tables(const std::string& dir, bool has_positional_terms) {
    std::vector<std::string> missing;
    fs::path d(dir);
    // postlist and termlist exist from creation on; position is made by the first positional term.
    for (const char* table : {"postlist.glass", "termlist.glass"})
        if (!entry_exists(d / table)) missing.push_back(table);
    if (has_positional_terms && !entry_exists(d / "position.glass")) missing.push_back("position.glass");
    return missing;
}

std::string scratch_beside(const std::string& db_path, const std::string& suffix) {
    fs::path db = fs::path(db_path).lexically_normal();
    if (db.filename().empty()) db = db.parent_path();
    return db.string() + suffix;
}

namespace {

void write_marker(const std::string& path, const std::string& purpose) {
    // Written beside and renamed, so that a marker is never half there.
    fs::path marker = fs::path(path) / kScratchMarker;
    fs::path partial = fs::path(path) / (std::string(kScratchMarker) + ".new");
    {
        std::ofstream out(partial);
        out << kMarkerFirstLine << "\npurpose " << purpose << "\npid " << ::getpid() << "\nstart "
            << process_start(::getpid()) << '\n';
        if (!out.flush()) throw FatalError("cannot write " + marker.string());
    }
    std::error_code ec;
    fs::rename(partial, marker, ec);  // guard: inside a folder this process just made or claimed
    if (ec) throw FatalError("cannot write " + marker.string() + ": " + ec.message());
}

}  // namespace

void make_scratch_dir(const std::string& path, const std::string& purpose) {
    std::error_code ec;
    if (!fs::create_directory(path, ec) || ec)
        throw FatalError("cannot create " + path + ": " + (ec ? ec.message() : "it already exists"));
    try {
        write_marker(path, purpose);
    } catch (const FatalError&) {
        // Guard: the folder was made by this call and holds at most the marker's attempt (a full disk).
        std::error_code ignored;
        fs::remove(fs::path(path) / (std::string(kScratchMarker) + ".new"), ignored);
        fs::remove(fs::path(path) / kScratchMarker, ignored);
        fs::remove(path, ignored);
        throw;
    }
}

ScopedScratch::ScopedScratch(std::string path, const std::string& purpose) : path_(std::move(path)) {
    make_scratch_dir(path_, purpose);
}

ScopedScratch::~ScopedScratch() { remove_scratch_dir(path_); }

void claim_scratch_dir(const std::string& path, const std::string& purpose) {
    if (scratch_owner(path).pid == 0) throw FatalError(path + " is not a scratch folder of newsarc's");
    write_marker(path, purpose);
}

void clear_in_scratch(const std::string& scratch, const std::string& name) {
    if (scratch_owner(scratch).pid == 0) return;  // guard: only inside newsarc's scratch folder
    std::error_code ec;
    fs::remove_all(fs::path(scratch) / name, ec);
}

ScratchOwner scratch_owner(const std::string& path) {
    ScratchOwner owner;
    std::error_code ec;
    fs::path marker = fs::path(path) / kScratchMarker;
    if (!fs::is_regular_file(fs::symlink_status(marker, ec)) || fs::is_symlink(fs::symlink_status(path, ec)))
        return owner;
    std::istringstream in(read_small_file(marker.string(), 4096));
    std::string line, start;
    if (!std::getline(in, line) || line != kMarkerFirstLine) return owner;
    while (std::getline(in, line)) {
        if (line.starts_with("pid ")) owner.pid = std::atol(line.c_str() + 4);
        if (line.starts_with("start ")) start = line.substr(6);
    }
    if (owner.pid <= 0) {
        owner.pid = 0;
        return owner;
    }
    bool running = ::kill(static_cast<pid_t>(owner.pid), 0) == 0 || errno == EPERM;
    owner.alive = running && process_start(owner.pid) == start;
    return owner;
}

bool remove_scratch_dir(const std::string& path) {
    if (scratch_owner(path).pid == 0) return false;  // guard: only a folder with newsarc's marker
    std::error_code ec;
    fs::remove_all(path, ec);
    return !ec;
}

void sweep_scratch(const std::string& db_path, bool archive_has_articles,
                   const std::function<void(const std::string&)>& say) {
    fs::path db(scratch_beside(db_path, ""));
    fs::path parent = db.parent_path().empty() ? fs::path(".") : db.parent_path();
    std::string name = db.filename().string();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(parent, ec)) {
        std::string entry_name = entry.path().filename().string();
        bool build = entry_name == name + ".build";
        bool scratch = entry_name.starts_with(name + ".compact-") || entry_name.starts_with(name + ".creating-");
        if (!scratch && !(build && archive_has_articles)) continue;
        std::string where = db.parent_path().empty() ? entry_name : entry.path().string();
        ScratchOwner owner = scratch_owner(where);
        if (owner.pid == 0)
            say("left " + where + ": it looks like a scratch folder but has no newsarc marker");
        else if (owner.alive)
            continue;  // a running newsarc's
        else if (remove_scratch_dir(where))
            say("removed " + where + ", left by an interrupted newsarc-index (pid " + std::to_string(owner.pid) + ")");
    }
}

std::string swap_database_dir(const std::string& replacement, const std::string& target, const std::string& aside) {
    FolderSurvey s = survey(target);
    if (s.kind == FolderSurvey::Kind::missing) {
        move_into_place(replacement, target);
        return "";
    }
    // Guard: the old folder is deleted afterwards, so it may hold nothing but its database.
    if (s.kind != FolderSurvey::Kind::database || !s.foreign.empty())
        throw FatalError(target + " holds files that are not the archive's (" + describe_entries(s.foreign) +
                         "); move them out of the archive folder and run the command again");
    if (::renameat2(AT_FDCWD, replacement.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0)
        return replacement;
    // Filesystems without the exchange: a moment when `target` does not exist, which readers opening
    // it then see as a missing database; a retry finds the new one.
    std::error_code ec;
    fs::rename(target, aside, ec);
    if (ec) throw FatalError("cannot move " + target + " aside: " + ec.message());
    fs::rename(replacement, target, ec);
    if (ec) {
        std::error_code ignored;
        fs::rename(aside, target, ignored);
        throw FatalError("cannot move " + replacement + " to " + target + ": " + ec.message());
    }
    return aside;
}

void remove_database_files(const std::string& dir, bool and_folder) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (is_database_file(entry.path().filename().string()) && entry.is_regular_file(ec)) files.push_back(entry.path());
    for (const auto& file : files) fs::remove(file, ec);  // guard: only the database's own files
    if (and_folder) fs::remove(dir, ec);                   // rmdir: only when nothing else is left
}

void move_into_place(const std::string& from, const std::string& to) {
    // Guard: only onto nothing or an empty folder (which rename(2) replaces).
    FolderSurvey s = survey(to);
    if (s.kind != FolderSurvey::Kind::missing && s.kind != FolderSurvey::Kind::empty)
        throw FatalError(to + " appeared while it was being made; it is left as it is");
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec) throw FatalError("cannot move " + from + " to " + to + ": " + ec.message());
}

}  // namespace newsarc
