// Stub files as Xapian writes them, read shard by shard.
#include "common/store/shards.h"

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"

namespace newsarc {
namespace {

TEST(Stub, ReadsLocalAndRemoteShardsRelativeToTheStub) {
    auto shards = parse_stub("# archive\nshard-0\nauto /srv/news/shard-1\n\nglass ../old\n"
                             "remote news2.example.org:33333\n",
                             "/srv/news/archive.stub");
    ASSERT_EQ(shards.size(), 4u);
    EXPECT_EQ(shards[0].location, "/srv/news/shard-0");
    EXPECT_EQ(shards[1].location, "/srv/news/shard-1");
    EXPECT_EQ(shards[2].location, "/srv/old");
    EXPECT_EQ(shards[3].kind, ShardSpec::Kind::remote);
    EXPECT_EQ(shards[3].location, "news2.example.org:33333");
    EXPECT_EQ(shards[3].label, "remote news2.example.org:33333");
}

TEST(Stub, BadLinesAreNamedWithTheirLineNumber) {
    try {
        parse_stub("shard-0\nremote :no-such-program-anywhere db\n", "a.stub");
        FAIL() << "a program that does not exist was accepted";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("a.stub:2:"), std::string::npos) << e.what();
    }
    EXPECT_THROW(parse_stub("chert old-db\n", "b.stub"), UsageError);  // backends newsarc does not write
}

TEST(Stub, ProgramLinesRunOnlyFromAStubTheUserNamed) {
    auto shards = parse_stub("remote :xapian-progsrv /srv/news/shard-0\n", "/home/me/news.stub",
                             StubTrust::named_by_user);
    ASSERT_EQ(shards.size(), 1u);
    EXPECT_EQ(shards[0].kind, ShardSpec::Kind::remote);
    EXPECT_EQ(shards[0].program, "xapian-progsrv");
    EXPECT_EQ(shards[0].location, "/srv/news/shard-0");
    try {
        parse_stub("auto shard-0\nremote :xapian-progsrv /srv/news/shard-0\n", "/tmp/x/XAPIANDB",
                   StubTrust::found_in_folder);
        FAIL() << "a program line in a stub found in a folder was accepted";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("/tmp/x/XAPIANDB:2:"), std::string::npos) << e.what();
    }
}

TEST(Stub, AnEmptyStubIsAnError) { EXPECT_THROW(parse_stub("# nothing\n\n", "c.stub"), UsageError); }

}  // namespace
}  // namespace newsarc
