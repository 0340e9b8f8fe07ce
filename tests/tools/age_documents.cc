// Test tool: makes documents look as an older newsarc wrote them, so that `reindex` has work.
//   newsarc-test-age DB CLEANER_VERSION [--schema-1|--schema-2] [ID...]
// sets the cleaner-version slot of the given documents (all when no id is given) to CLEANER_VERSION;
// --schema-2 also moves the stored record back into the document data, as schema 2 kept it;
// --schema-1 does that and takes away what schema 2 added (provenance and the schema-version slot).
// Either marks the database with that schema.
#include <cstdio>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/model/schema.h"

namespace schema = newsarc::schema;

static void age(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& version, int as_schema) {
    Xapian::Document doc = db.get_document(id);
    doc.add_value(schema::kSlotCleanerVersion, version);
    if (as_schema) {  // 1 or 2: the record back in the document data
        std::string record = doc.get_value(schema::kSlotRecord);
        if (!record.empty()) {
            doc.remove_value(schema::kSlotRecord);
            doc.set_data(record);
        }
        doc.add_value(schema::kSlotSchemaVersion, "2");
    }
    if (as_schema == 1) {
        for (Xapian::valueno slot : {schema::kSlotSource, schema::kSlotSchemaVersion})
            if (!doc.get_value(slot).empty()) doc.remove_value(slot);
        std::vector<std::string> terms;
        std::string prefix(schema::kSourceFile);
        for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
            if ((*t).rfind(prefix, 0) == 0) terms.push_back(*t);
        for (const auto& t : terms) doc.remove_term(t);
    }
    db.replace_document(id, doc);
}

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: %s DB CLEANER_VERSION [--schema-1|--schema-2] [ID...]\n", argv[0]);
        return 2;
    }
    try {
        Xapian::WritableDatabase db(argv[1], Xapian::DB_OPEN);
        std::string version = argv[2];
        int as_schema = 0;  // unchanged
        std::vector<std::string> ids;
        for (int i = 3; i < argc; ++i) {
            std::string arg = argv[i];
            if (arg == "--schema-1") as_schema = 1;
            else if (arg == "--schema-2") as_schema = 2;
            else ids.push_back(arg);
        }
        std::size_t aged = 0;
        if (ids.empty()) {
            std::vector<Xapian::docid> all;
            for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) all.push_back(*it);
            for (auto id : all) age(db, id, version, as_schema), ++aged;
        } else {
            for (const auto& id : ids) {
                std::string term = std::string(schema::kUniqueId) + id;
                for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) age(db, *it, version, as_schema), ++aged;
            }
        }
        if (as_schema) db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(as_schema));
        db.commit();
        std::printf("%zu\n", aged);
    } catch (const Xapian::Error& e) {
        std::fprintf(stderr, "%s\n", e.get_description().c_str());
        return 2;
    }
    return 0;
}
