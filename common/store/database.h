// Opening newsarc databases: where they live, the writer lock, the schema version, stored articles.
#pragma once

#include <string>

#include <xapian.h>

#include "common/article.h"
#include "common/store/record_codec.h"

namespace newsarc {

// `--db` if given, else $NEWSARC_DB, else ~/.local/share/newsarc/db.
std::string resolve_db_path(const std::string& option);

// Creates the database (and its parent folders) if missing. Throws FatalError with a clear message
// when it is locked by another writer, belongs to a newer newsarc, or cannot be opened.
Xapian::WritableDatabase open_writable(const std::string& path);

// Throws FatalError naming the path, and how to create a database, when there is none.
Xapian::Database open_readonly(const std::string& path);

// The cleaned article stored as a document's data; `codec` holds the database's dictionaries
// (RecordCodec::from_database).
Article load_article(const Xapian::Document& doc, const RecordCodec& codec);

}  // namespace newsarc
