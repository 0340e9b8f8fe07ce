// Opening databases with clear errors, and reading stored articles back.
#include "common/store/database.h"

#include <cstdlib>
#include <filesystem>

#include "common/article_json.h"
#include "common/diagnostic.h"
#include "common/schema.h"
#include "common/store/record_codec.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

void check_schema_version(const Xapian::Database& db, const std::string& path) {
    std::string v = db.get_metadata(std::string(schema::kMetaSchemaVersion));
    if (v.empty()) return;  // a database that has not been written to yet
    int version = std::atoi(v.c_str());
    if (version > schema::kSchemaVersion)
        throw FatalError("database " + path + " has schema version " + v +
                         ", newer than this newsarc understands (" +
                         std::to_string(schema::kSchemaVersion) + "); upgrade newsarc");
}

}  // namespace

std::string resolve_db_path(const std::string& option) {
    if (!option.empty()) return option;
    if (const char* env = std::getenv("NEWSARC_DB"); env && *env) return env;
    const char* home = std::getenv("HOME");
    return std::string(home && *home ? home : ".") + "/.local/share/newsarc/db";
}

Xapian::WritableDatabase open_writable(const std::string& path) {
    try {
        std::error_code ec;
        fs::create_directories(fs::path(path).parent_path().empty() ? fs::path(".") : fs::path(path).parent_path(), ec);
        Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
        check_schema_version(db, path);
        if (db.get_metadata(std::string(schema::kMetaSchemaVersion)).empty())
            db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
        return db;
    } catch (const Xapian::DatabaseLockError&) {
        throw FatalError("database " + path + " is locked by another writer (is another newsarc-index running?)");
    } catch (const Xapian::Error& e) {
        throw FatalError("cannot open database " + path + " for writing: " + e.get_description());
    }
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

Article load_article(const Xapian::Document& doc, const RecordCodec& codec) {
    return article_from_json(codec.decode(doc.get_data()));
}

}  // namespace newsarc
