// The maintenance commands over real archives built by the real programs: export then add restores
// the same documents, and check finds what was broken on purpose.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/record_codec.h"
#include "common/maintain/check.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

class Maintenance : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) / ("newsarc-maintenance-" + std::to_string(::getpid()) + "-" +
                                                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    static int index(const std::string& arguments) {
        std::string command = std::string(NEWSARC_INDEX_BIN) + " " + arguments + " >/dev/null 2>&1";
        int status = std::system(command.c_str());
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    fs::path dir_;
};

// Provenance (these terms and schema::kSlotSource) says where a copy came from, so it differs
// between an archive and its restored export.
bool is_provenance(const std::string& term) { return term.starts_with("XSRC") || term.starts_with("XFILE"); }

// Everything indexed about a document except its provenance: terms with wdf and positions, values.
std::string describe(const Xapian::Document& doc) {
    std::string out;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        if (is_provenance(*t)) continue;
        out += *t + " wdf=" + std::to_string(t.get_wdf()) + " pos=";
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out += std::to_string(*p) + ",";
        out += '\n';
    }
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v)
        if (v.get_valueno() != schema::kSlotSource && v.get_valueno() != schema::kSlotRecord)
            out += "value " + std::to_string(v.get_valueno()) + "=" + *v + '\n';
    return out;
}

// id -> description and stored article of every document.
std::map<std::string, std::pair<std::string, std::string>> contents(const std::string& path) {
    Xapian::Database db(path);
    RecordCodec codec = RecordCodec::from_database(db);
    std::map<std::string, std::pair<std::string, std::string>> out;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
        Xapian::Document doc = db.get_document(*it);
        auto q = doc.termlist_begin();
        q.skip_to("Q");
        out[(*q).substr(1)] = {describe(doc), codec.decode(stored_record(doc))};
    }
    return out;
}

TEST_F(Maintenance, ExportThenAddRestoresTheSameDocuments) {
    std::string inputs = std::string(NEWSARC_TEST_DATA) + "/reuters " + NEWSARC_TEST_DATA + "/seed " +
                         NEWSARC_TEST_DATA + "/good/sample.jsonl";
    ASSERT_EQ(index("add --db " + path("a") + " " + inputs), 0);
    ASSERT_EQ(index("export --db " + path("a") + " --output " + path("all.jsonl.zst")), 0);
    ASSERT_TRUE(fs::exists(path("all.jsonl.zst")));
    ASSERT_EQ(index("add --db " + path("b") + " " + path("all.jsonl.zst")), 0);

    auto a = contents(path("a"));
    auto b = contents(path("b"));
    ASSERT_GT(a.size(), 1000u);
    ASSERT_EQ(a.size(), b.size());
    std::size_t compared = 0;
    for (const auto& [id, doc] : a) {
        auto it = b.find(id);
        ASSERT_NE(it, b.end()) << "id " << id << " lost in the round trip";
        EXPECT_EQ(doc.first, it->second.first) << "terms or values of " << id;
        EXPECT_EQ(doc.second, it->second.second) << "stored article " << id;
        ++compared;
    }
    EXPECT_EQ(compared, a.size());

    // A second export of the restored archive is byte for byte the first.
    ASSERT_EQ(index("export --db " + path("a") + " --output " + path("a.jsonl")), 0);
    ASSERT_EQ(index("export --db " + path("b") + " --output " + path("b.jsonl")), 0);
    std::ifstream fa(path("a.jsonl")), fb(path("b.jsonl"));
    std::set<std::string> lines_a, lines_b;
    for (std::string l; std::getline(fa, l);) lines_a.insert(l);
    for (std::string l; std::getline(fb, l);) lines_b.insert(l);
    EXPECT_EQ(lines_a.size(), a.size());
    EXPECT_TRUE(lines_a == lines_b);
}

TEST_F(Maintenance, CheckPassesOnAFreshArchiveAndNamesBrokenDocuments) {
    ASSERT_EQ(index("add --db " + path("db") + " " + NEWSARC_TEST_DATA + "/reuters"), 0);
    CheckReport sound = check_archive(path("db"));
    EXPECT_TRUE(sound.ok()) << (sound.problems.empty() ? sound.xapian_output : sound.problems.front().what);
    EXPECT_EQ(sound.documents, 1000u);
    EXPECT_EQ(index("check --db " + path("db")), 0);

    std::string garbled_id, undated_id;
    {
        Xapian::WritableDatabase db(path("db"), Xapian::DB_OPEN);
        Xapian::docid first = *db.postlist_begin("");
        Xapian::Document garbled = db.get_document(first);
        auto q = garbled.termlist_begin();
        q.skip_to("Q");
        garbled_id = (*q).substr(1);
        set_stored_record(garbled, "NA\x01\x00\x00\x00\x00not zstd at all");
        db.replace_document(first, garbled);

        Xapian::docid second = first + 1;
        Xapian::Document misdated = db.get_document(second);
        q = misdated.termlist_begin();
        q.skip_to("Q");
        undated_id = (*q).substr(1);
        misdated.add_value(schema::kSlotDate, "19990101000000");
        db.replace_document(second, misdated);
        db.commit();
    }
    CheckReport broken = check_archive(path("db"));
    EXPECT_FALSE(broken.ok());
    EXPECT_EQ(broken.xapian_errors, 0u);
    ASSERT_EQ(broken.problem_count, 2u);
    EXPECT_EQ(broken.problems[0].id, garbled_id);
    EXPECT_NE(broken.problems[0].what.find("does not decode"), std::string::npos) << broken.problems[0].what;
    EXPECT_EQ(broken.problems[1].id, undated_id);
    EXPECT_NE(broken.problems[1].what.find("date value"), std::string::npos) << broken.problems[1].what;
    EXPECT_EQ(index("check --db " + path("db")), 1);
}

TEST_F(Maintenance, CheckReportsADamagedTable) {
    ASSERT_EQ(index("add --db " + path("db") + " " + NEWSARC_TEST_DATA + "/reuters"), 0);
    // Overwrite the middle of the postlist table: Xapian's own check must notice.
    std::string table = path("db") + "/postlist.glass";
    auto size = fs::file_size(table);
    ASSERT_GT(size, 16384u);
    {
        std::fstream f(table, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2));
        std::string junk(8192, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    int status = index("check --db " + path("db"));
    EXPECT_NE(status, 0);
    try {
        CheckReport report = check_archive(path("db"));
        EXPECT_FALSE(report.ok());
    } catch (const std::exception&) {
        // Damage that stops the database from opening at all is a clear failure too.
    }
}

}  // namespace
}  // namespace newsarc
