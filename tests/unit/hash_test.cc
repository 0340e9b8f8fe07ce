// Tests of hash_hex: XXH3-64 as 16 lowercase hex digits.
#include "common/text/hash.h"

#include <gtest/gtest.h>

#include <xxhash.h>

namespace newsarc {

TEST(HashHex, IsSixteenLowercaseHexDigits) {
    for (std::string_view s : {"", "a", "hello world", "Tovah Lazaroff\n"}) {
        auto h = hash_hex(s);
        ASSERT_EQ(h.size(), 16u) << s;
        for (char c : h) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << h;
    }
}

TEST(HashHex, MatchesXxh3AndIsStable) {
    EXPECT_EQ(hash_hex(""), "2d06800538d394c2");  // XXH3_64bits of the empty input
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(XXH3_64bits("abc", 3)));
    EXPECT_EQ(hash_hex("abc"), buf);
    EXPECT_EQ(hash_hex("abc"), hash_hex(std::string("abc")));
    EXPECT_NE(hash_hex("abc"), hash_hex("abd"));
}

TEST(HashHex, KeepsLeadingZeros) {
    // Some input among many hashes to a value below 2^60; its rendering must keep 16 digits.
    bool found = false;
    for (int i = 0; i < 200 && !found; ++i) {
        auto s = std::to_string(i);
        if (XXH3_64bits(s.data(), s.size()) < (1ULL << 60)) {
            EXPECT_EQ(hash_hex(s)[0], '0');
            EXPECT_EQ(hash_hex(s).size(), 16u);
            found = true;
        }
    }
    EXPECT_TRUE(found);
}

}  // namespace newsarc
