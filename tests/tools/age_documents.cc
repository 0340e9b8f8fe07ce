// Test tool: makes documents look as an older newsarc wrote them, so that `reindex` has work.
//   newsarc-test-age DB CLEANER_VERSION [--schema-1] [ID...]
// sets the cleaner-version slot of the given documents (all when no id is given) to CLEANER_VERSION;
// --schema-1 also takes away what schema 2 added (provenance and the schema-version slot) and marks
// the database as schema 1.
#include <cstdio>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/schema.h"

namespace schema = newsarc::schema;

static void age(Xapian::WritableDatabase& db, Xapian::docid id, const std::string& version, bool schema_1) {
    Xapian::Document doc = db.get_document(id);
    doc.add_value(schema::kSlotCleanerVersion, version);
    if (schema_1) {
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
        std::fprintf(stderr, "usage: %s DB CLEANER_VERSION [--schema-1] [ID...]\n", argv[0]);
        return 2;
    }
    try {
        Xapian::WritableDatabase db(argv[1], Xapian::DB_OPEN);
        std::string version = argv[2];
        bool schema_1 = false;
        std::vector<std::string> ids;
        for (int i = 3; i < argc; ++i) {
            std::string arg = argv[i];
            if (arg == "--schema-1") schema_1 = true;
            else ids.push_back(arg);
        }
        std::size_t aged = 0;
        if (ids.empty()) {
            std::vector<Xapian::docid> all;
            for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) all.push_back(*it);
            for (auto id : all) age(db, id, version, schema_1), ++aged;
        } else {
            for (const auto& id : ids) {
                std::string term = std::string(schema::kUniqueId) + id;
                for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) age(db, *it, version, schema_1), ++aged;
            }
        }
        if (schema_1) db.set_metadata(std::string(schema::kMetaSchemaVersion), "1");
        db.commit();
        std::printf("%zu\n", aged);
    } catch (const Xapian::Error& e) {
        std::fprintf(stderr, "%s\n", e.get_description().c_str());
        return 2;
    }
    return 0;
}
