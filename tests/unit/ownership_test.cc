// What newsarc may touch on disk: recognising archives and scratch folders, removing only what is
// newsarc's, and every removal and rename in the code pinned to the check that guards it.
#include "common/store/ownership.h"

#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/base/diagnostic.h"
#include "common/store/database.h"
#include "common/store/sharded_archive.h"
#include "test_support.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

class Ownership : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = testing::fresh_test_folder("ownership");
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    void write(const std::string& name, const std::string& text) const {
        fs::create_directories(fs::path(path(name)).parent_path());
        std::ofstream(path(name)) << text;
    }
    fs::path dir_;
};

TEST_F(Ownership, SurveyTellsArchivesFromOtherFolders) {
    EXPECT_EQ(survey(path("nothing")).kind, FolderSurvey::Kind::missing);
    fs::create_directory(path("empty"));
    EXPECT_EQ(survey(path("empty")).kind, FolderSurvey::Kind::empty);
    write("notes/a.txt", "mine");
    FolderSurvey notes = survey(path("notes"));
    EXPECT_EQ(notes.kind, FolderSurvey::Kind::other);
    EXPECT_EQ(notes.foreign, std::vector<std::string>{"a.txt"});
    open_writable(path("db"), 0, OnMissing::create).commit();
    FolderSurvey db = survey(path("db"));
    EXPECT_EQ(db.kind, FolderSurvey::Kind::database);
    EXPECT_TRUE(db.foreign.empty());
    write("db/x.jsonl", "{}");
    EXPECT_EQ(survey(path("db")).foreign, std::vector<std::string>{"x.jsonl"});
    create_sharded_archive(path("sharded"), 2);
    EXPECT_EQ(survey(path("sharded")).kind, FolderSurvey::Kind::sharded);
    write("crafted/XAPIANDB", "remote :/bin/true\n");
    EXPECT_EQ(survey(path("crafted")).kind, FolderSurvey::Kind::stub);
    write("outside/XAPIANDB", "auto /srv/elsewhere\n");
    EXPECT_EQ(survey(path("outside")).kind, FolderSurvey::Kind::stub) << "a stub naming paths outside is not ours";
}

TEST_F(Ownership, OnlyNewsarcsStubShapeIsAShardedArchive) {
    EXPECT_TRUE(is_newsarc_stub("# newsarc sharded archive\nauto shard-0\nauto shard-1\n"));
    EXPECT_FALSE(is_newsarc_stub("auto shard-0\nauto ../shard-1\n"));
    EXPECT_FALSE(is_newsarc_stub("auto shard-0\nremote :ssh host xapian-progsrv db\n"));
    EXPECT_FALSE(is_newsarc_stub("shard-0\n"));
    EXPECT_FALSE(is_newsarc_stub("# nothing\n"));
    EXPECT_FALSE(is_shard_name("shard-"));
    EXPECT_FALSE(is_shard_name("shard-1/../x"));
}

TEST_F(Ownership, WritersRefuseWhatIsNotAnArchive) {
    write("notes/a.txt", "mine");
    EXPECT_THROW(open_writable(path("notes"), 0, OnMissing::create), FatalError);
    EXPECT_EQ(fs::directory_iterator(path("notes"))->path().filename(), "a.txt");
    EXPECT_FALSE(fs::exists(path("notes/iamglass")));
    EXPECT_THROW(open_writable(path("missing"), 0), FatalError) << "only a command that creates may create";
    EXPECT_FALSE(fs::exists(path("missing")));
    // A Xapian database of someone else's, with documents and without newsarc's schema.
    {
        Xapian::WritableDatabase other(path("other"), Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
        other.add_document(Xapian::Document());
        other.commit();
    }
    EXPECT_THROW(open_writable(path("other"), 0), FatalError);
}

TEST_F(Ownership, EnclosingArchiveFindsTheArchiveAbove) {
    open_writable(path("db"), 0, OnMissing::create).commit();
    EXPECT_EQ(enclosing_archive(path("db/termlist.glass")), fs::canonical(path("db")).string());
    EXPECT_EQ(enclosing_archive(path("db/new/x.jsonl")), fs::canonical(path("db")).string());
    EXPECT_EQ(enclosing_archive(path("elsewhere.jsonl")), "");
}

TEST_F(Ownership, ScratchFoldersAreRemovedOnlyWithTheirMarkerAndOwner) {
    // A scratch folder made by a process that then ended, as a killed run leaves it.
    std::string left = path("db.compact-1");
    pid_t child = ::fork();
    if (child == 0) {
        try {
            make_scratch_dir(left, "compact");
            std::ofstream(left + "/partial") << "half";
        } catch (...) {
            ::_exit(1);
        }
        ::_exit(0);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_EQ(status, 0);
    ScratchOwner owner = scratch_owner(left);
    EXPECT_EQ(owner.pid, child);
    EXPECT_FALSE(owner.alive);
    // A look-alike without the marker, and one this process holds.
    write("db.creating-2/precious", "keep");
    make_scratch_dir(path("db.compact-3"), "compact");
    EXPECT_TRUE(scratch_owner(path("db.compact-3")).alive);

    std::vector<std::string> said;
    sweep_scratch(path("db"), false, [&](const std::string& s) { said.push_back(s); });
    EXPECT_FALSE(fs::exists(left)) << "the dead run's folder goes";
    EXPECT_TRUE(fs::exists(path("db.creating-2/precious"))) << "a folder without the marker stays";
    EXPECT_TRUE(fs::exists(path("db.compact-3"))) << "a live run's folder stays";
    ASSERT_EQ(said.size(), 2u);
    EXPECT_NE(said[0].find("no newsarc marker"), std::string::npos) << said[0];
    EXPECT_EQ(remove_scratch_dir(path("db.creating-2")), false);
    EXPECT_TRUE(fs::exists(path("db.creating-2/precious")));
}

TEST_F(Ownership, SwapRefusesAFolderHoldingOtherFiles) {
    open_writable(path("db"), 0, OnMissing::create).commit();
    open_writable(path("fresh"), 0, OnMissing::create).commit();
    write("db/notes.txt", "mine");
    EXPECT_THROW(swap_database_dir(path("fresh"), path("db"), path("aside")), FatalError);
    EXPECT_TRUE(fs::exists(path("db/notes.txt")));
    EXPECT_TRUE(fs::exists(path("fresh/iamglass")));
    fs::remove(path("db/notes.txt"));
    EXPECT_EQ(swap_database_dir(path("fresh"), path("db"), path("aside")), path("fresh"));
}

TEST_F(Ownership, FailedCreationRemovesOnlyDatabaseFiles) {
    open_writable(path("made"), 0, OnMissing::create).commit();
    write("made/notes.txt", "mine");
    remove_database_files(path("made"), true);
    EXPECT_TRUE(fs::exists(path("made/notes.txt")));
    EXPECT_FALSE(fs::exists(path("made/iamglass")));
}

// --- every removal and rename in the code, and its guard ----------------------------------------

struct PinnedCall {
    std::string_view file;   // under the source tree
    std::string_view call;   // text of the call's line
    std::string_view guard;  // what must come before it in the same function
};

// Adding a removal or a rename anywhere means adding it here, with the check that keeps it to what
// is newsarc's.
constexpr PinnedCall kPinned[] = {
    {"common/store/ownership.cc", "fs::rename(partial, marker, ec)", "kScratchMarker"},
    {"common/store/ownership.cc", "fs::remove(fs::path(path) / (std::string(kScratchMarker)", "fs::create_directory(path, ec)"},
    {"common/store/ownership.cc", "fs::remove(fs::path(path) / kScratchMarker, ignored)", "fs::create_directory(path, ec)"},
    {"common/store/ownership.cc", "fs::remove(path, ignored)", "fs::create_directory(path, ec)"},
    {"common/store/ownership.cc", "fs::remove_all(fs::path(scratch) / name, ec)", "scratch_owner(scratch).pid == 0"},
    {"common/store/ownership.cc", "fs::remove_all(path, ec)", "scratch_owner(path).pid == 0"},
    {"common/store/ownership.cc", "::renameat2(", "!s.foreign.empty()"},
    {"common/store/ownership.cc", "fs::rename(target, aside, ec)", "!s.foreign.empty()"},
    {"common/store/ownership.cc", "fs::rename(replacement, target, ec)", "!s.foreign.empty()"},
    {"common/store/ownership.cc", "fs::rename(aside, target, ignored)", "!s.foreign.empty()"},
    {"common/store/ownership.cc", "fs::remove(file, ec)", "is_database_file("},
    {"common/store/ownership.cc", "fs::remove(dir, ec)", "and_folder"},
    {"common/store/ownership.cc", "fs::rename(from, to, ec)", "s.kind != FolderSurvey::Kind::empty"},
    {"common/io/output_file.cc", "std::remove(partial_.c_str())", "!partial_.empty()"},
    {"common/io/output_file.cc", "::unlink(name.c_str())", "O_EXCL"},
    {"common/io/output_file.cc", "std::rename(partial_.c_str(), target_.c_str())",
     "now != Kind::absent && now != Kind::regular"},
    {"bench/peers/fts5_index.cc", "std::filesystem::remove(path)", "is_sqlite_file(path)"},
};

// Line `at` and those before it in its function, back to the function's first line (one at column 0).
std::string function_before(const std::vector<std::string>& lines, std::size_t at) {
    std::string text;
    for (std::size_t i = at + 1; i-- > 0;) {
        text = lines[i] + "\n" + text;
        if (!lines[i].empty() && lines[i][0] != ' ' && lines[i][0] != '}' && lines[i][0] != '#' &&
            lines[i][0] != '/' && lines[i].back() == '{')
            break;
    }
    return text;
}

TEST(Pinned, EveryRemovalAndRenameHasItsGuard) {
    const fs::path root = fs::path(NEWSARC_TEST_DATA).parent_path().parent_path();
    const std::regex destructive(R"((\bremove_all|\bremove|\brename|\brenameat2?|\bunlink(at)?|\brmdir)\s*\()");
    std::vector<bool> used(std::size(kPinned), false);
    std::size_t calls = 0;
    for (const char* folder : {"common", "indexer", "query", "bench", "tests/tools"}) {
        for (const auto& entry : fs::recursive_directory_iterator(root / folder)) {
            std::string ext = entry.path().extension().string();
            if (ext != ".cc" && ext != ".h") continue;
            std::string file = fs::relative(entry.path(), root).string();
            std::ifstream in(entry.path());
            std::vector<std::string> lines;
            for (std::string line; std::getline(in, line);) lines.push_back(line);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const std::string& line = lines[i];
                std::string code = line.substr(0, line.find("//"));
                if (!std::regex_search(code, destructive)) continue;
                if (code.find(".begin()") != std::string::npos) continue;  // std::remove of <algorithm>
                ++calls;
                bool pinned = false;
                for (std::size_t p = 0; p < std::size(kPinned); ++p) {
                    if (kPinned[p].file != file || code.find(kPinned[p].call) == std::string::npos) continue;
                    pinned = used[p] = true;
                    EXPECT_NE(function_before(lines, i).find(kPinned[p].guard), std::string::npos)
                        << file << ":" << i + 1 << ": " << kPinned[p].call << " without its guard " << kPinned[p].guard;
                }
                EXPECT_TRUE(pinned) << file << ":" << i + 1 << ": a removal or rename not pinned here: " << line;
            }
        }
    }
    for (std::size_t p = 0; p < std::size(kPinned); ++p)
        EXPECT_TRUE(used[p]) << "pinned call no longer in the code: " << kPinned[p].file << ": " << kPinned[p].call;
    EXPECT_GE(calls, std::size(kPinned));
}

}  // namespace
}  // namespace newsarc
