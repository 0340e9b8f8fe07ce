// Opening databases with clear errors, and reading stored articles back.
#include "common/store/database.h"

#include <cctype>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>
#include <vector>

#include "common/model/article_json.h"
#include "common/base/diagnostic.h"
#include "common/base/notice.h"
#include "common/model/schema.h"
#include "common/store/ownership.h"
#include "common/store/record_codec.h"
#include "common/store/shards.h"
#include "common/text/strutil.h"

namespace fs = std::filesystem;

namespace newsarc {

int schema_version_of(const Xapian::Database& db) {
    std::string v = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    return v.empty() ? schema::kSchemaVersion : std::atoi(v.c_str());  // empty: nothing written yet
}

std::string upgrade_advice(const std::string& path) { return "newsarc-index reindex --db " + path; }

void check_schema_version(const Xapian::Database& db, const std::string& path) {
    int version = schema_version_of(db);
    if (version > schema::kSchemaVersion)
        throw FatalError("database " + path + " has schema version " + std::to_string(version) +
                         ", newer than this newsarc understands (" + std::to_string(schema::kSchemaVersion) +
                         "); upgrade newsarc");
    // An older archive still answers queries; say once how to bring it up to date.
    static bool said = false;
    if (version < schema::kOldestCurrentSchema && !said) {
        said = true;
        notice("note", path + " was built by an older newsarc (schema " + std::to_string(version) +
                           "); upgrade it with: " + upgrade_advice(path));
    }
}

namespace {

std::string damaged_advice() {
    return "restore it from a backup (newsarc-index compact --to DIR makes one), or build it again from its sources";
}

// Whether the archive holds terms indexed with positions: title and author words always are, body
// words when the archive's settings say so.
bool has_positional_terms(const Xapian::Database& db) {
    if (db.get_doccount() == 0) return false;
    auto any = [&](const std::string& prefix) { return db.allterms_begin(prefix) != db.allterms_end(prefix); };
    bool body_positions = db.get_metadata(std::string(schema::kMetaBodyPositions)) != "0";
    return body_positions ? any("Z") : any("ZS") || any("ZA");
}

// Throws FatalError when `path` is not a place newsarc may write one database to: not its own, a
// sharded archive (whose shards are opened one by one), or an archive that lost a table.
void require_writable_archive(const std::string& path, const FolderSurvey& found) {
    require_archive_or_new(path, found);
    if (found.kind == FolderSurvey::Kind::sharded)
        throw FatalError(path + " is a sharded archive; its shards are written one by one");
    if (found.kind == FolderSurvey::Kind::database) {
        std::vector<std::string> missing = missing_tables(path, false);
        if (!missing.empty())
            throw FatalError("archive " + path + " is damaged: " + strutil::join(missing, ", ") + " missing; " +
                             damaged_advice() + " (nothing was written)");
    }
}

}  // namespace

void require_tables(const Xapian::Database& db, const std::string& dir) {
    std::vector<std::string> missing = missing_tables(dir, has_positional_terms(db));
    if (!missing.empty())
        throw FatalError("archive " + dir + " is damaged: " + strutil::join(missing, ", ") + " missing although " +
                         "its " + std::to_string(db.get_doccount()) + " articles need it; " + damaged_advice());
}

void sweep_scratch_beside(const std::string& path, bool archive_has_articles) {
    sweep_scratch(path, archive_has_articles, [](const std::string& what) { notice("note", what); });
}

std::vector<std::string> damaged_tables(const std::string& dir) {
    try {
        Xapian::Database db(dir, Xapian::DB_BACKEND_GLASS);
        return missing_tables(dir, has_positional_terms(db));
    } catch (const Xapian::DatabaseError&) {
        return missing_tables(dir, false);  // those without which it does not even open
    }
}

Xapian::WritableDatabase open_writable(const std::string& path, double wait_seconds, OnMissing on_missing,
                                       bool allow_older_schema) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::duration<double>(std::max(0.0, wait_seconds));
    bool said = false;
    std::error_code ec;
    for (;;) {
        FolderSurvey found = survey(path);
        require_writable_archive(path, found);
        const bool fresh = found.kind == FolderSurvey::Kind::missing || found.kind == FolderSurvey::Kind::empty;
        if (fresh && on_missing == OnMissing::fail)
            throw FatalError("no archive at " + path + "; create one with: newsarc-index add --db " + path + " FILES...");
        if (fresh) {
            fs::path parent = fs::path(path).parent_path();
            fs::create_directories(parent.empty() ? fs::path(".") : parent, ec);
        }
        // Never Xapian's "create or open": an existing archive that lost its postlist table would be
        // created afresh over it. And always glass: the auto backend follows stubs.
        const int flags = Xapian::DB_BACKEND_GLASS | (fresh ? Xapian::DB_CREATE : Xapian::DB_OPEN);
        try {
            Xapian::WritableDatabase db(path, flags);
            if (!fresh) {
                require_tables(db, path);
                if (db.get_doccount() > 0 && db.get_metadata(std::string(schema::kMetaSchemaVersion)).empty())
                    throw FatalError(path + " is a Xapian database that newsarc did not make; newsarc-index writes "
                                            "only to its own archives");
            }
            int version = schema_version_of(db);
            if (version < schema::kOldestCurrentSchema && !allow_older_schema)
                throw FatalError("database " + path + " was built by an older newsarc (schema " +
                                 std::to_string(version) + "); searches still work, and before writing to it, " +
                                 "upgrade it with: " + upgrade_advice(path));
            check_schema_version(db, path);
            // A new archive, or one whose documents need nothing (kOldestCurrentSchema): what is
            // written now is of the current schema, which an older newsarc must refuse.
            if (db.get_metadata(std::string(schema::kMetaSchemaVersion)).empty() ||
                (version >= schema::kOldestCurrentSchema && version < schema::kSchemaVersion))
                db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
            sweep_scratch_beside(path, db.get_doccount() > 0);
            return db;
        } catch (const Xapian::DatabaseCreateError&) {
            // Another writer created it since the survey: open theirs.
            if (!fresh) throw;
            continue;
        } catch (const Xapian::DatabaseLockError& e) {
            // Only a lock held by someone else is worth waiting for; read-only media and missing
            // permissions fail the same way and at once.
            if (e.get_msg().find("already locked") == std::string::npos)
                throw FatalError("cannot write to database " + path + ": " + e.get_description());
            std::string holder = lock_holder(path);
            std::string by = holder.empty() ? "another writer" : holder;
            if (Clock::now() >= deadline)
                throw FatalError("database " + path + " is locked by " + by + "; gave up after " +
                                 std::to_string(static_cast<long>(wait_seconds)) + " s (--wait SECONDS waits longer)");
            if (!said) {
                notice("", "waiting for " + by + " to release the write lock on " + path);
                said = true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        } catch (const Xapian::Error& e) {
            // A database this call began to create (on a full disk...) would be left half made, and
            // then neither open nor be created afresh: remove its files (only those: the folder may
            // have been an empty one of the user's).
            if (fresh) remove_database_files(path, found.kind == FolderSurvey::Kind::missing);
            throw FatalError("cannot open database " + path + " for writing: " + e.get_description());
        }
    }
}

std::string lock_holder(const std::string& path) {
    // Xapian holds the lock as an open-file-description lock on <db>/flintlock, which records no
    // pid: the holder is the process with that file open (readers never open it).
    std::error_code ec;
    fs::path lock_file = fs::canonical(fs::path(path) / "flintlock", ec);
    if (ec) return "";
    for (const auto& proc : fs::directory_iterator("/proc", ec)) {
        std::string pid = proc.path().filename().string();
        if (pid.find_first_not_of("0123456789") != std::string::npos || pid == std::to_string(::getpid())) continue;
        std::error_code fd_ec;
        for (const auto& fd : fs::directory_iterator(proc.path() / "fd", fd_ec)) {
            std::error_code link_ec;
            if (fs::read_symlink(fd.path(), link_ec) != lock_file) continue;
            std::ifstream in(proc.path() / "cmdline", std::ios::binary);
            std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            std::vector<std::string> words = strutil::split(all, std::string_view("\0", 1));
            // The program and its subcommand say enough; the rest may be a long list of files.
            std::string command = words.empty() ? "process" : fs::path(words[0]).filename().string();
            if (words.size() > 1) command.append(" ").append(words[1]);
            return command + " (pid " + pid + ")";
        }
    }
    return "";
}

std::uintmax_t directory_bytes(const std::string& path) {
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const auto& entry : fs::recursive_directory_iterator(path, ec)) {
        std::error_code size_ec;
        if (entry.is_regular_file(size_ec)) total += entry.file_size(size_ec);
    }
    return total;
}

Xapian::Database open_readonly(const std::string& path) {
    FolderSurvey found = survey(path);
    switch (found.kind) {
        case FolderSurvey::Kind::missing:
            throw FatalError("no database at " + path + "; create one with: newsarc-index add --db " + path + " FILES...");
        case FolderSurvey::Kind::empty:
            throw FatalError(path + " is an empty folder, not an archive yet; create one with: newsarc-index add --db " +
                             path + " FILES...");
        case FolderSurvey::Kind::other:
            throw FatalError(path + " is not a newsarc archive" +
                             (found.foreign.empty() ? "" : " (it holds " + describe_entries(found.foreign) + ")"));
        case FolderSurvey::Kind::stub:
        case FolderSurvey::Kind::sharded:
            return open_archive(expand_db_arguments({path}), kRemoteTimeoutSeconds, false).db;
        case FolderSurvey::Kind::database:
            break;
    }
    return open_database_dir(path);
}

Xapian::Database open_database_dir(const std::string& path) {
    FolderSurvey::Kind kind = survey(path).kind;
    if (kind == FolderSurvey::Kind::stub || kind == FolderSurvey::Kind::sharded)
        throw FatalError(path + " holds a stub (XAPIANDB) inside an archive's list of shards; newsarc does not follow "
                                "stubs inside stubs");
    if (kind != FolderSurvey::Kind::database) return open_readonly(path);  // says what is there instead
    try {
        Xapian::Database db(path, Xapian::DB_BACKEND_GLASS);
        require_tables(db, path);
        check_schema_version(db, path);
        return db;
    } catch (const Xapian::DatabaseOpeningError& e) {
        if (std::vector<std::string> missing = missing_tables(path, false); !missing.empty())
            throw FatalError("archive " + path + " is damaged: " + strutil::join(missing, ", ") + " missing; " +
                             damaged_advice());
        throw FatalError("cannot open database " + path + ": " + e.get_description());
    } catch (const Xapian::Error& e) {
        throw FatalError("cannot open database " + path + ": " + e.get_description());
    }
}

std::string stored_record(const Xapian::Document& doc) {
    std::string record = doc.get_value(schema::kSlotRecord);
    return record.empty() ? doc.get_data() : record;
}

void set_stored_record(Xapian::Document& doc, const std::string& record) {
    doc.add_value(schema::kSlotRecord, record);
    if (!doc.get_data().empty()) doc.set_data(std::string());
}

Article load_article(const Xapian::Document& doc, const RecordCodec& codec) {
    return article_from_json(codec.decode(stored_record(doc)));
}

std::vector<std::pair<std::string, Xapian::doccount>> language_counts(const Xapian::Database& db) {
    std::vector<std::pair<std::string, Xapian::doccount>> out;
    std::string prefix(schema::kLanguage);
    for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
        std::string code = (*it).substr(prefix.size());
        // Only lower-case codes: "L" is no other field's prefix, but a longer capital prefix would be.
        if (!code.empty() && std::islower(static_cast<unsigned char>(code[0])))
            out.emplace_back(std::move(code), it.get_termfreq());
    }
    return out;
}

}  // namespace newsarc
