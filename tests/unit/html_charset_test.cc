// Tests of the HTML charset rules: BOM, HTTP header, <meta>, the Latin-1 family and unknown names.
#include "common/html/charset.h"

#include <gtest/gtest.h>

namespace newsarc::html {
namespace {

TEST(HtmlCharset, DeclarationsInOrderOfAuthority) {
    EXPECT_EQ(declared_charset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
    EXPECT_EQ(declared_charset("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">"),
              "windows-1252");
    // The HTTP header outranks the page; a BOM outranks both.
    EXPECT_EQ(declared_charset("<meta charset=\"utf-8\">", "text/html; charset=ISO-8859-1"), "iso-8859-1");
    EXPECT_EQ(declared_charset("\xEF\xBB\xBF<meta charset=\"iso-8859-1\">", "text/html; charset=latin1"), "utf-8");
    EXPECT_EQ(declared_charset("<p>nothing declared</p>"), "");
    EXPECT_EQ(charset_parameter("text/html;charset='UTF-8'"), "utf-8");
}

TEST(HtmlCharset, Latin1AndWindows1252BecomeUtf8) {
    // 0xE9 is é in both; 0x93/0x94 are curly quotes only in Windows-1252, which browsers use for both labels.
    Decoded d = decode_html("<meta charset=iso-8859-1><p>caf\xE9 \x93quoted\x94</p>");
    EXPECT_EQ(d.encoding, "windows-1252");
    EXPECT_NE(d.text.find("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D"), std::string::npos) << d.text;
    EXPECT_TRUE(d.problem.empty());
}

TEST(HtmlCharset, UndeclaredBytesFallBackToWindows1252OnlyWhenNotUtf8) {
    EXPECT_EQ(decode_html("<p>caf\xC3\xA9</p>").encoding, "utf-8");
    Decoded d = decode_html("<p>caf\xE9</p>");
    EXPECT_EQ(d.encoding, "windows-1252");
    EXPECT_EQ(d.text, "<p>caf\xC3\xA9</p>");
}

TEST(HtmlCharset, OtherCharsetsThroughIconv) {
    // Windows-1251 "Привет", Shift_JIS "日本", KOI8-R "мир".
    Decoded ru = decode_html("<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>");
    EXPECT_EQ(ru.text, "<meta charset=\"windows-1251\"><p>\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82</p>");
    EXPECT_EQ(ru.encoding, "windows-1251");
    EXPECT_TRUE(ru.problem.empty());
    Decoded ja = decode_html("<p>\x93\xfa\x96\x7b</p>", "text/html; charset=Shift_JIS");
    EXPECT_EQ(ja.text, "<p>\xE6\x97\xA5\xE6\x9C\xAC</p>");
    Decoded koi = decode_html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\"><p>\xcd\xc9\xd2</p>");
    EXPECT_NE(koi.text.find("<p>\xD0\xBC\xD0\xB8\xD1\x80</p>"), std::string::npos);
    // A byte the charset does not define is replaced and counted, the rest converted.
    Decoded bad = decode_html("<meta charset=\"shift_jis\"><p>\x93\xfa \xff ok</p>");
    EXPECT_EQ(bad.repaired, 1u);
    EXPECT_NE(bad.text.find("\xE6\x97\xA5 \xEF\xBF\xBD ok"), std::string::npos) << bad.text;
}

TEST(HtmlCharset, UnknownCharsetIsAProblemAndReadAsRepairedUtf8) {
    Decoded d = decode_html("<meta charset=\"x-klingon\"><p>ok \xFF</p>");
    EXPECT_EQ(d.problem, "unknown charset \"x-klingon\"; read as UTF-8");
    EXPECT_EQ(d.repaired, 1u);
    EXPECT_NE(d.text.find("ok \xEF\xBF\xBD"), std::string::npos);
}

TEST(HtmlCharset, InvalidUtf8OfEveryKindIsRepairedOrFallsBack) {
    // Overlong, surrogate, past U+10FFFF, truncated, stray continuation: none is valid UTF-8.
    for (std::string bad : {"\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xE2\x82", "\x80"}) {
        Decoded declared = decode_html("<meta charset=utf-8><p>long ascii text before it " + bad + "</p>");
        EXPECT_GT(declared.repaired, 0u) << bad;
        EXPECT_EQ(decode_html("<p>undeclared " + bad + "</p>").encoding, "windows-1252") << bad;
    }
    Decoded ok = decode_html("<meta charset=utf-8><p>\xE2\x82\xAC \xF0\x9F\x98\x80 \xED\x9F\xBF</p>");
    EXPECT_EQ(ok.repaired, 0u);
    EXPECT_EQ(decode_html("<p>\xF0\x9F\x98\x80 emoji</p>").encoding, "utf-8");
}

TEST(HtmlCharset, BomIsDropped) {
    EXPECT_EQ(decode_html("\xEF\xBB\xBF<p>x</p>").text, "<p>x</p>");
}

}  // namespace
}  // namespace newsarc::html
