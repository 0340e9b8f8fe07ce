// The character encoding of an HTML page (BOM, HTTP header, <meta>) and its decoding to UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace newsarc::html {

// The page's declared encoding, lowercased: a byte-order mark wins, then the charset of an HTTP
// Content-Type (`http_content_type`, empty when there is none), then `<meta charset>` or
// `<meta http-equiv=Content-Type content="...; charset=...">` in the first 4 KiB. Empty when
// nothing is declared.
std::string declared_charset(std::string_view bytes, std::string_view http_content_type = {});

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1" -> "iso-8859-1").
std::string charset_parameter(std::string_view content_type);

struct Decoded {
    std::string text;         // UTF-8, without a BOM
    std::string encoding;     // what was used: "utf-8", "windows-1252" or the declared charset
    std::string problem;      // a warning to report ("unknown charset ..."), else empty
    std::size_t repaired = 0; // invalid UTF-8 bytes replaced by U+FFFD
};

// Decodes a page to UTF-8. UTF-8, US-ASCII, ISO-8859-1/Latin-1 and Windows-1252 (which browsers
// use for the Latin-1 labels) are decoded here, any other charset the C library's iconv knows
// (Shift_JIS, EUC-KR, GBK, Windows-1251, KOI8-R...) through it. Undeclared bytes that are not valid
// UTF-8 are read as Windows-1252, the web's default; an unknown charset (or a UTF-16 page, which
// gumbo cannot take) is read as UTF-8 (repaired) with a problem.
Decoded decode_html(std::string_view bytes, std::string_view http_content_type = {});

}  // namespace newsarc::html
