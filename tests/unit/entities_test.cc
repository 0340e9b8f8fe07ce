// Tests of SGML/HTML entity decoding.
#include "common/text/entities.h"

#include <gtest/gtest.h>

namespace newsarc {

TEST(Entities, NamedEntities) {
    EXPECT_EQ(decode_entities("&lt;AMR&gt; says &amp; &quot;sees&quot; &apos;87"), "<AMR> says & \"sees\" '87");
    EXPECT_EQ(decode_entities("a&nbsp;b"), "a\xc2\xa0" "b");
}

TEST(Entities, NumericEntities) {
    EXPECT_EQ(decode_entities("&#65;&#x42;&#X43;"), "ABC");
    EXPECT_EQ(decode_entities("&#233;t&#xe9;"), "\xc3\xa9t\xc3\xa9");
    EXPECT_EQ(decode_entities("&#8217;"), "\xe2\x80\x99");
    // Reuters' control characters come through as themselves; the cleaner drops them.
    EXPECT_EQ(decode_entities("&#2;text&#3;"), "\x02text\x03");
    EXPECT_EQ(decode_entities("&#127;"), "\x7f");
}

TEST(Entities, InvalidNumbersBecomeReplacementCharacter) {
    EXPECT_EQ(decode_entities("&#0;"), "\xef\xbf\xbd");
    EXPECT_EQ(decode_entities("&#xD800;"), "\xef\xbf\xbd");
    EXPECT_EQ(decode_entities("&#99999999999;"), "\xef\xbf\xbd");
}

TEST(Entities, LeavesOtherAmpersandsAlone) {
    EXPECT_EQ(decode_entities("AT&T"), "AT&T");
    EXPECT_EQ(decode_entities("S&P 500; up"), "S&P 500; up");
    EXPECT_EQ(decode_entities("&unknown; &lt &#; &#x; &#12a;"), "&unknown; &lt &#; &#x; &#12a;");
    EXPECT_EQ(decode_entities("&&lt;"), "&<");
    EXPECT_EQ(decode_entities("trailing &"), "trailing &");
    EXPECT_EQ(decode_entities(""), "");
}

TEST(Entities, DoesNotDecodeTwice) {
    EXPECT_EQ(decode_entities("&amp;lt;"), "&lt;");
}

}  // namespace newsarc
