// Index settings in the database metadata.
#include "common/index/index_settings.h"

#include "common/model/schema.h"

namespace newsarc {
namespace {

const std::string kBodyPositionsKey(schema::kMetaBodyPositions);

}  // namespace

IndexSettings IndexSettings::from_database(const Xapian::Database& db, IndexSettings fallback) {
    std::string value = db.get_metadata(kBodyPositionsKey);
    if (value.empty()) return fallback;
    IndexSettings settings;
    settings.body_positions = value == "1";
    return settings;
}

IndexSettings IndexSettings::from_database(const Xapian::Database& db) { return from_database(db, IndexSettings()); }

void IndexSettings::save_to(Xapian::WritableDatabase& db) const {
    db.set_metadata(kBodyPositionsKey, body_positions ? "1" : "0");
}

}  // namespace newsarc
