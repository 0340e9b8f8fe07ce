// Tests of OutputFile on real paths: a regular file is replaced only once complete, and what is not
// a regular file (a FIFO, a device, a descriptor) is written straight or refused, never replaced.
#include "common/io/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"
#include "tests/unit/test_support.h"

namespace newsarc {
namespace {

namespace fs = std::filesystem;
using testing::slurp;

class OutputFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        // One folder per test: ctest runs the tests of this fixture in parallel processes.
        dir = ::testing::TempDir() + "/output_file_" + ::testing::UnitTest::GetInstance()->current_test_info()->name();
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }

    static void put(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }
    std::size_t entries() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), {})); }

    std::string dir;
};

TEST_F(OutputFileTest, ReplacesARegularFileOnlyOnceComplete) {
    std::string path = dir + "/export.jsonl";
    put(path, "old\n");
    {
        OutputFile out(path, false);
        out.write("new\n");
        EXPECT_EQ(slurp(path), "old\n");  // still the old file while the new one is written
        EXPECT_TRUE(fs::is_regular_file(out.partial_name()));
        out.finish();
    }
    EXPECT_EQ(slurp(path), "new\n");
    EXPECT_EQ(entries(), 1u);  // no partial file left
}

TEST_F(OutputFileTest, AnUnfinishedOutputReplacesNothing) {
    std::string path = dir + "/export.jsonl";
    put(path, "old\n");
    {
        OutputFile out(path, false);
        out.write("half of it");
    }
    EXPECT_EQ(slurp(path), "old\n");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(OutputFileTest, AFileWithThePartialNameIsLeftAlone) {
    std::string path = dir + "/export.jsonl";
    std::string taken = path + ".partial-" + std::to_string(::getpid());
    put(taken, "someone else's\n");
    OutputFile out(path, false);
    EXPECT_NE(out.partial_name(), taken);
    out.write("new\n");
    out.finish();
    EXPECT_EQ(slurp(taken), "someone else's\n");
    EXPECT_EQ(slurp(path), "new\n");
}

TEST_F(OutputFileTest, AFifoIsWrittenStraight) {
    std::string fifo = dir + "/fifo";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });  // opening a FIFO waits for the other end
    {
        OutputFile out(fifo, false);
        EXPECT_TRUE(out.partial_name().empty());
        out.write("through the fifo\n");
        out.finish();
    }
    reader.join();
    EXPECT_EQ(received, "through the fifo\n");
    EXPECT_TRUE(fs::is_fifo(fifo));
    EXPECT_EQ(entries(), 1u);
}

TEST_F(OutputFileTest, ADescriptorIsWrittenStraight) {
    int ends[2];
    ASSERT_EQ(::pipe(ends), 0);
    {
        OutputFile out("/dev/fd/" + std::to_string(ends[1]), false);
        EXPECT_TRUE(out.partial_name().empty());
        out.write("through the pipe\n");
        out.finish();
    }
    ::close(ends[1]);  // the output wrote through a duplicate: this was the last writer
    char buffer[64];
    ssize_t n = ::read(ends[0], buffer, sizeof buffer);
    ::close(ends[0]);
    EXPECT_EQ(std::string(buffer, n > 0 ? static_cast<std::size_t>(n) : 0), "through the pipe\n");
}

TEST_F(OutputFileTest, ACharacterDeviceIsWrittenStraight) {
    OutputFile out("/dev/null", false);
    EXPECT_TRUE(out.partial_name().empty());
    out.write("gone\n");
    out.finish();
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST_F(OutputFileTest, ADirectoryIsRefused) {
    std::string sub = dir + "/folder";
    fs::create_directory(sub);
    try {
        OutputFile out(sub, false);
        FAIL() << "a directory was accepted";
    } catch (const FatalError& e) {
        EXPECT_NE(std::string(e.what()).find(sub), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("a directory"), std::string::npos) << e.what();
    }
    EXPECT_TRUE(fs::is_empty(sub));
    EXPECT_EQ(entries(), 1u);
}

TEST_F(OutputFileTest, ASymbolicLinkIsFollowedAndKept) {
    std::string target = dir + "/backup-1.jsonl", link = dir + "/latest.jsonl";
    put(target, "old\n");
    fs::create_symlink("backup-1.jsonl", link);  // relative, as links beside their target usually are
    OutputFile out(link, false);
    out.write("new\n");
    out.finish();
    EXPECT_TRUE(fs::is_symlink(link));
    EXPECT_EQ(slurp(target), "new\n");
    EXPECT_EQ(entries(), 2u);
}

}  // namespace
}  // namespace newsarc
