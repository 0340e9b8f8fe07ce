// Provenance in documents (DocumentBuilder): the XFILE term and source slot, shortened terms for
// long paths that a folder's prefix still finds, and how a stored document compares with a newly
// cleaned article (same, moved, changed) and is relocated without re-indexing its text.
#include <gtest/gtest.h>

#include <xapian.h>

#include "common/model/article_json.h"
#include "common/index/document_builder.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/record_codec.h"
#include "test_support.h"

namespace newsarc {
namespace {

Article seed_article(const std::string& file, std::size_t line) {
    Article a = clean_article(testing::seed_raw_article()).article;
    a.source_fingerprint = "00000000000000aa";
    a.source_file = file;
    a.source_line = line;
    return a;
}

std::vector<std::string> terms_with(const Xapian::Document& doc, std::string_view prefix) {
    std::vector<std::string> out;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t)
        if ((*t).rfind(prefix, 0) == 0) out.push_back(*t);
    return out;
}

TEST(Provenance, DocumentRecordsFileLineAndSchema) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Article a = seed_article("/news/2024/seed.txt", 7);
    Xapian::Document doc = builder.build(a);
    EXPECT_EQ(terms_with(doc, schema::kSourceFile), std::vector<std::string>{"XFILE/news/2024/seed.txt"});
    EXPECT_EQ(doc.get_value(schema::kSlotSource), "/news/2024/seed.txt:7");
    EXPECT_EQ(doc.get_value(schema::kSlotSchemaVersion), std::to_string(schema::kSchemaVersion));
    EXPECT_EQ(DocumentBuilder::stored_id(doc), a.id);
    EXPECT_EQ(a.id.rfind("jpost.com-", 0), 0u);
}

TEST(Provenance, StandardInputHasNoFile) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Xapian::Document doc = builder.build(seed_article("", 1));
    EXPECT_TRUE(terms_with(doc, schema::kSourceFile).empty());
    EXPECT_EQ(doc.get_value(schema::kSlotSource), "");
}

TEST(Provenance, LongPathIsShortenedButFoundByItsFolder) {
    std::string folder = "/archive/" + std::string(250, 'f');
    std::string file = folder + "/feed.jsonl";
    std::string term = DocumentBuilder::source_file_term(file);
    EXPECT_LE(term.size(), 245u);
    EXPECT_NE(term, DocumentBuilder::source_file_term(folder + "/other.jsonl"));  // the hash tells them apart
    EXPECT_EQ(term.rfind(DocumentBuilder::source_scan_prefix(folder + "/"), 0), 0u);
    EXPECT_EQ(term.rfind(DocumentBuilder::source_scan_prefix("/archive/"), 0), 0u);
    EXPECT_EQ(DocumentBuilder::parse_source_value(file + ":12"), std::make_pair(file, std::size_t{12}));
    EXPECT_EQ(DocumentBuilder::parse_source_value("/a:b/c.txt:3"), std::make_pair(std::string("/a:b/c.txt"), std::size_t{3}));
}

TEST(Provenance, CompareSeesSameMovedAndChanged) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Article a = seed_article("/news/seed.txt", 1);
    Xapian::Document doc = builder.build(a);
    EXPECT_EQ(DocumentBuilder::compare(doc, a), DocumentBuilder::Match::same);

    Article moved = seed_article("/news/old/seed.txt", 1);
    EXPECT_EQ(DocumentBuilder::compare(doc, moved), DocumentBuilder::Match::moved);
    Article shifted = seed_article("/news/seed.txt", 5);
    EXPECT_EQ(DocumentBuilder::compare(doc, shifted), DocumentBuilder::Match::moved);
    Article other_fingerprint = a;  // same cleaned content from a differently written source
    other_fingerprint.source_fingerprint = "00000000000000bb";
    EXPECT_EQ(DocumentBuilder::compare(doc, other_fingerprint), DocumentBuilder::Match::same);

    Article edited = a;
    edited.content_hash = "0123456789abcdef";
    EXPECT_EQ(DocumentBuilder::compare(doc, edited), DocumentBuilder::Match::changed);
    Article newer_cleaner = a;
    newer_cleaner.cleaner_version = kCleanerVersion + 1;
    EXPECT_EQ(DocumentBuilder::compare(doc, newer_cleaner), DocumentBuilder::Match::changed);
    Xapian::Document old_schema = doc;
    old_schema.remove_value(schema::kSlotSchemaVersion);
    EXPECT_EQ(DocumentBuilder::compare(old_schema, a), DocumentBuilder::Match::changed);
}

TEST(Provenance, RelocateRewritesProvenanceOnly) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Article a = seed_article("/news/seed.txt", 1);
    Xapian::docid id = db.add_document(builder.build(a));
    Xapian::termcount terms_before = db.get_doclength(id);
    auto unique_before = db.get_unique_terms(id);

    Article moved = seed_article("/elsewhere/seed.txt", 3);
    moved.source = "elsewhere/seed.txt:3";
    moved.source_fingerprint = "00000000000000cc";
    Xapian::Document doc = db.get_document(id);
    builder.relocate(doc, moved);
    db.replace_document(id, doc);

    Xapian::Document stored = db.get_document(id);
    EXPECT_EQ(DocumentBuilder::compare(stored, moved), DocumentBuilder::Match::same);
    EXPECT_EQ(terms_with(stored, schema::kSourceFile), std::vector<std::string>{"XFILE/elsewhere/seed.txt"});
    EXPECT_EQ(terms_with(stored, schema::kSource), std::vector<std::string>{"XSRC00000000000000cc"});
    EXPECT_EQ(stored.get_value(schema::kSlotSource), "/elsewhere/seed.txt:3");
    EXPECT_EQ(db.get_doclength(id), terms_before);
    EXPECT_EQ(db.get_unique_terms(id), unique_before);
    Article json = load_article(stored, codec);
    EXPECT_EQ(json.source, "elsewhere/seed.txt:3");
    EXPECT_EQ(json.paragraphs, a.paragraphs);
}

TEST(Provenance, RelocateWithinTheFileKeepsTheTerms) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::docid id = db.add_document(builder.build(seed_article("/news/feed.jsonl", 9)));
    Article shifted = seed_article("/news/feed.jsonl", 4);  // lines above it were deleted
    shifted.source = "feed.jsonl:4";
    Xapian::Document doc = db.get_document(id);
    builder.relocate(doc, shifted);
    db.replace_document(id, doc);
    Xapian::Document stored = db.get_document(id);
    EXPECT_EQ(DocumentBuilder::compare(stored, shifted), DocumentBuilder::Match::same);
    EXPECT_EQ(stored.get_value(schema::kSlotSource), "/news/feed.jsonl:4");
    EXPECT_EQ(terms_with(stored, schema::kSourceFile), std::vector<std::string>{"XFILE/news/feed.jsonl"});
    EXPECT_EQ(terms_with(stored, schema::kSource), std::vector<std::string>{"XSRC00000000000000aa"});
    EXPECT_EQ(load_article(stored, codec).source, "feed.jsonl:4");
}

// Schema 2 kept the stored article in the document data: such documents are read as they are, and a
// relocation moves their record to kSlotRecord. They analysed every article as English, so from
// schema 4 on they need re-indexing.
TEST(Provenance, SchemaTwoDocumentsKeepTheirRecordInTheData) {
    RecordCodec codec;
    DocumentBuilder builder(codec);
    Article a = seed_article("/news/feed.jsonl", 9);
    Xapian::Document doc = builder.build(a);
    std::string record = doc.get_value(schema::kSlotRecord);
    ASSERT_FALSE(record.empty());
    EXPECT_TRUE(doc.get_data().empty());
    doc.remove_value(schema::kSlotRecord);
    doc.set_data(record);
    doc.add_value(schema::kSlotSchemaVersion, "2");
    EXPECT_EQ(stored_record(doc), record);
    EXPECT_EQ(load_article(doc, codec).paragraphs, a.paragraphs);
    EXPECT_FALSE(DocumentBuilder::schema_is_current(doc));
    EXPECT_EQ(DocumentBuilder::compare(doc, a), DocumentBuilder::Match::changed);

    Article moved = seed_article("/news/feed.jsonl", 4);
    moved.source = "feed.jsonl:4";
    builder.relocate(doc, moved);
    EXPECT_TRUE(doc.get_data().empty());
    EXPECT_EQ(load_article(doc, codec).source, "feed.jsonl:4");

    doc.add_value(schema::kSlotSchemaVersion, "1");  // schema 1: no provenance, re-indexed
    EXPECT_FALSE(DocumentBuilder::schema_is_current(doc));
    EXPECT_EQ(DocumentBuilder::compare(doc, moved), DocumentBuilder::Match::changed);
}

}  // namespace
}  // namespace newsarc
