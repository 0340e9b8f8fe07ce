// Tests of "did you mean" over a real archive (reut2-000.sgm), and of the edit distance behind it.
#include "common/search/spelling.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "tests/unit/test_support.h"


namespace newsarc {
namespace {

TEST(EditDistance, CountsTranspositionsOnceAndStopsAtTheLimit) {
    EXPECT_EQ(edit_distance("coffe", "coffe", 2), 0u);
    EXPECT_EQ(edit_distance("cofe", "coffe", 2), 1u);
    EXPECT_EQ(edit_distance("militray", "military", 2), 1u);  // transposition
    EXPECT_EQ(edit_distance("reagen", "reagan", 2), 1u);
    EXPECT_GT(edit_distance("coffee", "brazil", 2), 2u);
    EXPECT_GT(edit_distance("a", "abcdef", 2), 2u);
}

class SpellingTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        path = ::testing::TempDir() + "/spelling_reut2_000";
        testing::build_reuters_archive(path);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(path); }
    static std::string path;
};
std::string SpellingTest::path;

TEST_F(SpellingTest, CorrectsFromTheArchivesOwnWords) {
    Xapian::Database db(path);
    RecordCodec codec;
    EXPECT_EQ(suggest_correction(db, codec, "cofee brazil"), "coffee brazil");
    EXPECT_EQ(suggest_correction(db, codec, "goverment bonds"), "government bonds");
    EXPECT_EQ(suggest_correction(db, codec, "reagen"), "reagan");
    EXPECT_EQ(suggest_correction(db, codec, "cocoa"), std::nullopt);                 // known word
    EXPECT_EQ(suggest_correction(db, codec, "title:cofee \"cofee x\""), std::nullopt);  // fields, phrases
    EXPECT_EQ(suggest_correction(db, codec, "zzyzx"), std::nullopt);                 // nothing close
}

}  // namespace
}  // namespace newsarc
