// Tests of LineReader: line endings, a last line without newline, line numbers, buffer boundaries.
#include "common/io/line_reader.h"

#include <gtest/gtest.h>

#include <vector>

namespace newsarc {

namespace {

std::vector<std::string> lines_of(const std::string& text, std::size_t buffer = 64 * 1024) {
    MemoryStream s(text);
    LineReader r(s, buffer);
    std::vector<std::string> out;
    std::string line;
    while (r.next(line)) {
        out.push_back(line);
        EXPECT_EQ(r.line_number(), out.size());
    }
    return out;
}

}  // namespace

TEST(LineReader, StripsLfAndCrlf) {
    EXPECT_EQ(lines_of("a\nb\r\nc\n"), (std::vector<std::string>{"a", "b", "c"}));
}

TEST(LineReader, KeepsALastLineWithoutNewline) {
    EXPECT_EQ(lines_of("a\nlast"), (std::vector<std::string>{"a", "last"}));
    EXPECT_EQ(lines_of("only\r"), (std::vector<std::string>{"only"}));
}

TEST(LineReader, EmptyInputHasNoLines) {
    EXPECT_TRUE(lines_of("").empty());
    EXPECT_EQ(lines_of("\n"), (std::vector<std::string>{""}));
    EXPECT_EQ(lines_of("\n\nx"), (std::vector<std::string>{"", "", "x"}));
}

TEST(LineReader, LinesLongerThanTheBuffer) {
    std::string long_line(1000, 'x');
    auto lines = lines_of(long_line + "\r\nshort\n" + long_line, 16);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], long_line);
    EXPECT_EQ(lines[1], "short");
    EXPECT_EQ(lines[2], long_line);
}

TEST(LineReader, CrlfSplitAcrossBuffers) {
    // "ab\r" fills the buffer; the "\n" arrives in the next read.
    EXPECT_EQ(lines_of("ab\r\ncd\r\n", 3), (std::vector<std::string>{"ab", "cd"}));
}

TEST(LineReader, CountsTheSeedLines) {
    FileStream f(std::string(NEWSARC_TEST_DATA) + "/seed/000_bb8a75b0104a1e04.txt");
    LineReader r(f);
    std::string line, first;
    while (r.next(line)) {
        if (first.empty()) first = line;
    }
    EXPECT_EQ(r.line_number(), 18u);
    EXPECT_EQ(first, "Israeli military secretary was in Moscow to advance hostage deal");
}

}  // namespace newsarc
