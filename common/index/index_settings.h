// Archive-wide indexing choices: fixed when an archive is created, kept in its metadata, read back
// by every later writer and by searches.
#pragma once

#include <xapian.h>

namespace newsarc {

struct IndexSettings {
    // Positions for body words. Off by default: the index is about 40% smaller and faster to build,
    // and body phrases are checked on the stored text instead (query/phrase_check.h), which is slow
    // only for phrases of very common words. On: every phrase is answered from positions.
    bool body_positions = false;

    // The settings an archive was created with; `fallback` for one that records none (a new one).
    static IndexSettings from_database(const Xapian::Database& db, IndexSettings fallback);
    static IndexSettings from_database(const Xapian::Database& db);
    void save_to(Xapian::WritableDatabase& db) const;
};

}  // namespace newsarc
