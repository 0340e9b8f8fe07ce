// Tests of the shared string helpers, above all normalise_text (NFC, invisible characters, spaces).
#include "common/text/strutil.h"

#include <gtest/gtest.h>

namespace newsarc {

TEST(Strutil, NormaliseTextTable) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"plain ASCII  stays   as is", "plain ASCII  stays   as is"},
        // NFC: a decomposed e + combining acute becomes one code point.
        {"Jose\u0301 A\u0301lvarez", "Jos\u00e9 \u00c1lvarez"},
        {"Zo\u0308e caf\u00e9", "Z\u00f6e caf\u00e9"},
        // Zero-width characters and soft hyphens vanish.
        {"Jeru\u200Bsalem", "Jerusalem"},
        {"\uFEFFByte order mark", "Byte order mark"},
        {"a\u200Bb\u2060c\uFEFFd", "abcd"},
        {"می\u200Cدانند", "می\u200Cدانند"},  // a Persian word keeps its zero-width non-joiner
        {"co\u00ADoperation", "cooperation"},
        // NBSP, thin, narrow and ideographic spaces become plain spaces, one each (runs kept).
        {"said.\u00a0\u00a0Stay", "said.  Stay"},
        {"10\u202F000 people\u2009here\u3000now", "10 000 people here now"},
        {"line\u2028sep", "line sep"},
        // Curly quotes and dashes are kept.
        {"\u201CWe mourn\u201D \u2013 he said \u2014 it\u2019s", "\u201CWe mourn\u201D \u2013 he said \u2014 it\u2019s"},
        // Invalid bytes are repaired, never fatal.
        {"bad \xff byte and caf\xc3", "bad \uFFFD byte and caf\uFFFD"},
        {"", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(strutil::normalise_text(c.in), c.out) << c.in;
}

TEST(Strutil, SplitUndoesJoin) {
    using V = std::vector<std::string>;
    // Paragraphs of a stored body, empty ones kept; a trailing separator starts nothing.
    EXPECT_EQ(strutil::split("One.\n\nTwo.\n\n\n\nFour.", "\n\n"), (V{"One.", "Two.", "", "Four."}));
    EXPECT_EQ(strutil::split("One.\n\n", "\n\n"), (V{"One."}));
    EXPECT_EQ(strutil::split("no separator", "\n\n"), (V{"no separator"}));
    EXPECT_TRUE(strutil::split("", "\n\n").empty());
    // /proc/PID/cmdline: NUL-separated, NUL-terminated.
    const char raw[] = "newsarc-index\0add\0file.sgm\0";
    const std::string cmdline(raw, sizeof raw - 1);  // without the literal's own NUL
    EXPECT_EQ(strutil::split(cmdline, std::string_view("\0", 1)), (V{"newsarc-index", "add", "file.sgm"}));
    V items{"a", "", "b"};
    EXPECT_EQ(strutil::split(strutil::join(items, ", "), ", "), items);
}

TEST(Strutil, CollapseAndTrim) {
    EXPECT_EQ(strutil::collapse_spaces("  a \t b\u00a0\u00a0c  "), "a b c");
    EXPECT_EQ(strutil::trim("\u00a0 x \n"), "x");
    // Runs of ASCII, letters of other scripts, Unicode spaces and stray bytes, in every order.
    EXPECT_EQ(strutil::collapse_spaces("Caf\u00e9\u2009au  lait\u3000\u00e0 Gen\u00e8ve\n\n"), "Caf\u00e9 au lait \u00e0 Gen\u00e8ve");
    EXPECT_EQ(strutil::collapse_spaces("\u2003\u00e9t\u00e9 \xff bad"), "\u00e9t\u00e9 \xff bad");
    EXPECT_EQ(strutil::collapse_spaces(" \t\n"), "");
    EXPECT_EQ(strutil::count_words(" one two\u00a0three "), 3u);
    EXPECT_EQ(strutil::count_words("\u00e9t\u00e9\u2009\u00e0\tGen\u00e8ve \xff"), 4u);
    EXPECT_EQ(strutil::count_words(""), 0u);
    EXPECT_EQ(strutil::to_lower("ÉMILE Zola"), "émile zola");
}

}  // namespace newsarc
