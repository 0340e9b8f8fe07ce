// Opening newsarc databases: where they live, the writer lock, the schema version, stored articles.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "common/model/article.h"
#include "common/store/record_codec.h"

namespace newsarc {

// How long a writer waits for another writer's lock by default (`--wait`).
inline constexpr double kDefaultLockWaitSeconds = 120;

// Whether a command may create the archive where there is none (add, init), or only open one.
enum class OnMissing { fail, create };

// How long a remote shard may take to connect and to answer, for commands without --timeout.
inline constexpr double kRemoteTimeoutSeconds = 30;

// Opens the glass database at `path` for writing. Only a newsarc archive is opened; a missing path
// or an empty folder is created (with its parent folders) only when `on_missing` says so; anything
// else (a folder of other files, a stub, a database newsarc did not make, one missing a table) is a
// FatalError. While another writer holds the lock it waits up to `wait_seconds`, saying once on
// stderr whom it waits for. Throws FatalError with a clear message when the lock is still held
// then, or the database belongs to a newer newsarc. An archive of an older schema is refused (with
// the command that upgrades it) unless `allow_older_schema`, which only that command sets.
// Scratch folders that interrupted runs left beside it are removed (ownership.h: sweep_scratch).
Xapian::WritableDatabase open_writable(const std::string& path, double wait_seconds = kDefaultLockWaitSeconds,
                                       OnMissing on_missing = OnMissing::fail, bool allow_older_schema = false);

// Removes the scratch folders that interrupted runs left beside the archive at `path`, saying so on
// stderr (ownership.h: sweep_scratch). Writers call it: open_writable for every database it opens.
void sweep_scratch_beside(const std::string& path, bool archive_has_articles);

// Who holds the writer lock of the database at `path` ("newsarc-index add (pid 123)"), or "" when
// nobody does or it cannot be told.
std::string lock_holder(const std::string& path);

// Bytes in the files of a database directory.
std::uintmax_t directory_bytes(const std::string& path);

// An archive for reading: a glass database folder, a sharded archive, or a stub file (ShardSpec).
// Throws FatalError naming the path and what it holds when it is not an archive (with how to create
// one only where `add` would create one), or when a table is missing.
Xapian::Database open_readonly(const std::string& path);

// One glass database folder for reading, never following a stub: the tables its articles need
// must be there. Throws FatalError.
Xapian::Database open_database_dir(const std::string& path);

// Throws FatalError when the glass database folder `dir` lacks a table its articles need
// (ownership.h: missing_tables): searching it would silently miss articles or phrases, and
// writing to it would recreate the table empty.
void require_tables(const Xapian::Database& db, const std::string& dir);

// The tables the glass database folder `dir` lacks although its articles need them, for `check`:
// empty when it has all of them.
std::vector<std::string> damaged_tables(const std::string& dir);

// Throws FatalError when `db` (found at `where`) was written by a newer newsarc; says once on stderr
// how to upgrade one written by an older newsarc.
void check_schema_version(const Xapian::Database& db, const std::string& where);

// A document's stored record (RecordCodec's bytes): value slot kSlotRecord, or the document data
// for documents of schema 2 and before; empty when it has none.
// The languages of the archive's articles (their L terms, schema 4 on) and how many articles each
// has, by code. Documents of older schemas have none and are not counted.
std::vector<std::pair<std::string, Xapian::doccount>> language_counts(const Xapian::Database& db);

std::string stored_record(const Xapian::Document& doc);
// Stores `record` where the current schema keeps it (and takes it out of the data).
void set_stored_record(Xapian::Document& doc, const std::string& record);

// The cleaned article stored with a document; `codec` holds the database's dictionaries
// (RecordCodec::from_database).
Article load_article(const Xapian::Document& doc, const RecordCodec& codec);

}  // namespace newsarc
