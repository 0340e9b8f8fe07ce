// Opening newsarc databases: where they live, the writer lock, the schema version, stored articles.
#pragma once

#include <string>

#include <xapian.h>

#include "common/article.h"
#include "common/store/record_codec.h"

namespace newsarc {

// `--db` if given, else $NEWSARC_DB, else the configuration file's `db`, else
// ~/.local/share/newsarc/db.
std::string resolve_db_path(const std::string& option);

// The same, with where the path came from ("--db", "$NEWSARC_DB", "config file …", "default").
std::pair<std::string, std::string> resolve_db_path_and_origin(const std::string& option);

// How long a writer waits for another writer's lock by default (`--wait`).
inline constexpr double kDefaultLockWaitSeconds = 120;

// Creates the database (and its parent folders) if missing. While another writer holds the lock it
// waits up to `wait_seconds`, saying once on stderr whom it waits for. Throws FatalError with a clear
// message when the lock is still held then, the database belongs to a newer newsarc, or it cannot be
// opened.
// An archive of an older schema is refused (with the command that upgrades it) unless
// `allow_older_schema`, which only that command sets.
Xapian::WritableDatabase open_writable(const std::string& path, double wait_seconds = kDefaultLockWaitSeconds,
                                       int flags = Xapian::DB_CREATE_OR_OPEN, bool allow_older_schema = false);

// Who holds the writer lock of the database at `path` ("newsarc-index add (pid 123)"), or "" when
// nobody does or it cannot be told.
std::string lock_holder(const std::string& path);

// Puts the database directory `replacement` in the place of `target` in one step (Linux
// renameat2 RENAME_EXCHANGE, else two renames) and returns where the old one now is (empty when
// there was none), for the caller to delete once it has closed it. Readers that have the old one
// open keep reading it; new opens get the replacement.
std::string swap_database_dir(const std::string& replacement, const std::string& target);

// Bytes in the files of a database directory.
std::uintmax_t directory_bytes(const std::string& path);

// Throws FatalError naming the path, and how to create a database, when there is none.
Xapian::Database open_readonly(const std::string& path);

// Throws FatalError when `db` (found at `where`) was written by a newer newsarc; says once on stderr
// how to upgrade one written by an older newsarc.
void check_schema_version(const Xapian::Database& db, const std::string& where);

// A document's stored record (RecordCodec's bytes): value slot kSlotRecord, or the document data
// for documents of schema 2 and before; empty when it has none.
std::string stored_record(const Xapian::Document& doc);
// Stores `record` where the current schema keeps it (and takes it out of the data).
void set_stored_record(Xapian::Document& doc, const std::string& record);

// The cleaned article stored with a document; `codec` holds the database's dictionaries
// (RecordCodec::from_database).
Article load_article(const Xapian::Document& doc, const RecordCodec& codec);

}  // namespace newsarc
