// Archive-wide indexing choices: fixed when an archive is created, kept in its metadata, read back
// by every later writer and by searches.
#pragma once

#include <xapian.h>

namespace newsarc {

struct IndexSettings {
    // Positions for body words: every phrase is answered from positions (phrase p95 1.7 ms on
    // 20,000 generated articles). Without them the index is half the size and builds 30% faster,
    // and body phrases are checked on the stored text (common/search/phrase_check.h): p95 59 ms, and a
    // phrase of very common words may return partial results. Search comes first, so on.
    bool body_positions = true;

    // The settings an archive was created with; `fallback` for one that records none (a new one).
    static IndexSettings from_database(const Xapian::Database& db, IndexSettings fallback);
    static IndexSettings from_database(const Xapian::Database& db);
    void save_to(Xapian::WritableDatabase& db) const;
};

}  // namespace newsarc
