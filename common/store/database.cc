// Opening databases with clear errors, and reading stored articles back.
#include "common/store/database.h"

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

#include "common/article_json.h"
#include "common/config.h"
#include "common/diagnostic.h"
#include "common/program.h"
#include "common/schema.h"
#include "common/store/record_codec.h"
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
        std::cerr << program_name() << ": note: " << path << " was built by an older newsarc (schema " << version
                  << "); upgrade it with: " << upgrade_advice(path) << '\n';
    }
}

std::pair<std::string, std::string> resolve_db_path_and_origin(const std::string& option) {
    if (!option.empty()) return {option, "--db"};
    if (const char* env = std::getenv("NEWSARC_DB"); env && *env) return {env, "environment NEWSARC_DB"};
    if (const ConfigValue* value = config().find("db"); value && !value->values.empty())
        return {expand_home(value->values.front()), value->origin};
    const char* home = std::getenv("HOME");
    return {std::string(home && *home ? home : ".") + "/.local/share/newsarc/db", "default"};
}

std::string resolve_db_path(const std::string& option) { return resolve_db_path_and_origin(option).first; }

Xapian::WritableDatabase open_writable(const std::string& path, double wait_seconds, int flags,
                                       bool allow_older_schema) {
    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::duration<double>(std::max(0.0, wait_seconds));
    bool said = false;
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path(), ec);
    const bool existed = fs::exists(path, ec);
    for (;;) {
        try {
            Xapian::WritableDatabase db(path, flags);
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
            return db;
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
                std::cerr << "newsarc-index: waiting for " << by << " to release the write lock on " << path << '\n';
                said = true;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        } catch (const Xapian::Error& e) {
            // A database this call began to create (on a full disk...) would be left half made, and
            // then neither open nor be created afresh: remove it.
            if (!existed) fs::remove_all(path, ec);
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

std::string swap_database_dir(const std::string& replacement, const std::string& target) {
    std::error_code ec;
    if (!fs::exists(target, ec)) {
        fs::rename(replacement, target, ec);
        if (ec) throw FatalError("cannot move " + replacement + " to " + target + ": " + ec.message());
        return "";
    }
    if (::renameat2(AT_FDCWD, replacement.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) == 0)
        return replacement;
    // Filesystems without the exchange: a moment when `target` does not exist, which readers opening
    // it then see as a missing database; a retry finds the new one.
    std::string aside = target + ".old-" + std::to_string(::getpid());
    fs::rename(target, aside, ec);
    if (ec) throw FatalError("cannot move " + target + " aside: " + ec.message());
    fs::rename(replacement, target, ec);
    if (ec) {
        fs::rename(aside, target, ec);
        throw FatalError("cannot move " + replacement + " to " + target + ": " + ec.message());
    }
    return aside;
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
    if (!fs::exists(path))
        throw FatalError("no database at " + path + "; create one with: newsarc-index add --db " + path + " FILES...");
    try {
        Xapian::Database db(path);
        check_schema_version(db, path);
        return db;
    } catch (const Xapian::DatabaseNotFoundError&) {
        throw FatalError(path + " is not a newsarc database; create one with: newsarc-index add --db " + path + " FILES...");
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

}  // namespace newsarc
