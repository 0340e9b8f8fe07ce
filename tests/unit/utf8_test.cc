// Tests of the UTF-8 helpers: Latin-1 conversion, repair of invalid sequences, binary sniffing.
#include "common/text/utf8.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace newsarc {

TEST(Utf8, Latin1ToUtf8) {
    EXPECT_EQ(latin1_to_utf8("plain"), "plain");
    EXPECT_EQ(latin1_to_utf8("M\xfcnchen \xa3" "5 caf\xe9"), "M\xc3\xbc" "nchen \xc2\xa3" "5 caf\xc3\xa9");
    EXPECT_EQ(latin1_to_utf8(std::string("\xff\x80", 2)), "\xc3\xbf\xc2\x80");
}

TEST(Utf8, RepairLeavesValidTextAlone) {
    std::string s = "Prime Minister\xe2\x80\x99s Office \xf0\x9f\x93\xb0 caf\xc3\xa9";
    std::string copy = s;
    EXPECT_EQ(repair_utf8(s), 0u);
    EXPECT_EQ(s, copy);
}

TEST(Utf8, RepairReplacesEachInvalidByte) {
    std::string s = "active \xff\xfe part";
    EXPECT_EQ(repair_utf8(s), 2u);
    EXPECT_EQ(s, "active \xef\xbf\xbd\xef\xbf\xbd part");

    std::string truncated = "Mos\xc3" "cow";  // lead byte without its continuation
    EXPECT_EQ(repair_utf8(truncated), 1u);
    EXPECT_EQ(truncated, "Mos\xef\xbf\xbd" "cow");

    std::string at_end = "end \xe2\x80";
    EXPECT_EQ(repair_utf8(at_end), 2u);
    EXPECT_EQ(at_end, "end \xef\xbf\xbd\xef\xbf\xbd");
}

TEST(Utf8, RepairRejectsOverlongAndSurrogates) {
    std::string overlong = "\xc0\xaf";  // overlong '/'
    EXPECT_EQ(repair_utf8(overlong), 2u);
    std::string surrogate = "\xed\xa0\x80";  // U+D800
    EXPECT_EQ(repair_utf8(surrogate), 3u);
    std::string too_big = "\xf4\x90\x80\x80";  // U+110000
    EXPECT_EQ(repair_utf8(too_big), 4u);
}

TEST(Utf8, AppendUtf8) {
    std::string s;
    append_utf8(s, 'A');
    append_utf8(s, 0xE9);
    append_utf8(s, 0x2019);
    append_utf8(s, 0x1F4F0);
    append_utf8(s, 0xD800);
    EXPECT_EQ(s, "A\xc3\xa9\xe2\x80\x99\xf0\x9f\x93\xb0\xef\xbf\xbd");
}

TEST(Utf8, LooksBinary) {
    std::ifstream png(std::string(NEWSARC_TEST_DATA) + "/bad/binary.txt", std::ios::binary);
    std::ostringstream ss;
    ss << png.rdbuf();
    EXPECT_TRUE(looks_binary(ss.str()));
    EXPECT_TRUE(looks_binary(std::string("abc\0def", 7)));
    EXPECT_TRUE(looks_binary("\x01\x02\x03\x04 text"));
    EXPECT_FALSE(looks_binary("Ordinary text,\twith tabs\r\nand lines.\f\n"));
    EXPECT_FALSE(looks_binary("caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d"));
    EXPECT_FALSE(looks_binary("one stray \x1b control in a long enough line of text"));
    EXPECT_FALSE(looks_binary(""));
}

}  // namespace newsarc
