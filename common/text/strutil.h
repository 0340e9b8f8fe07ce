// Small UTF-8 string helpers shared across newsarc (trim, collapse, case, join, code points).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc::strutil {

// ASCII whitespace (space, tab, CR, LF, VT, FF) plus U+00A0 is trimmed.
std::string_view trim(std::string_view s);

// Trims and turns every run of whitespace (ASCII, NBSP) into one ASCII space.
std::string collapse_spaces(std::string_view s);

// Unicode lowercase via utf8proc; invalid bytes are copied through.
std::string to_lower(std::string_view s);

// ASCII-only lowercase, for protocol-level names (hosts, month names, file extensions).
std::string ascii_lower(std::string_view s);

// Text as the cleaner keeps it: invalid UTF-8 bytes become U+FFFD, NFC-composed (e + U+0301 ->
// é), zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and soft hyphens removed,
// NBSP and every other Unicode space (Zs, line and paragraph separators) turned into one ASCII
// space each (runs are kept: they mark glued paragraphs). Curly quotes and dashes are kept.
std::string normalise_text(std::string_view s);

// The items with `separator` between them.
std::string join(const std::vector<std::string>& items, std::string_view separator);

// The pieces of `text` between occurrences of `separator` (not empty), empty pieces included; a
// trailing separator ends the last piece without starting another, and "" has no pieces.
std::vector<std::string> split(std::string_view text, std::string_view separator);

// Number of code points (UTF-8 lead bytes); a fair display width for labels in Latin scripts.
std::size_t code_points(std::string_view s);

// Number of whitespace-separated words.
std::size_t count_words(std::string_view s);

// Decodes the code point starting at s[i]; `len` receives its byte length (1 for an invalid byte,
// which decodes as -1).
std::int32_t decode_at(std::string_view s, std::size_t i, std::size_t* len);

// The code point ending just before byte position `end` (its start is stored in *start); -1 at 0.
std::int32_t decode_before(std::string_view s, std::size_t end, std::size_t* start);

void append_utf8(std::string& out, std::int32_t cp);

bool is_upper(std::int32_t cp);   // Unicode Lu / Lt
bool is_lower(std::int32_t cp);   // Unicode Ll
bool is_letter(std::int32_t cp);  // Unicode L*
bool is_digit(std::int32_t cp);   // Unicode Nd
bool is_space(std::int32_t cp);   // ASCII whitespace, NBSP and Unicode Zs

std::int32_t to_upper_cp(std::int32_t cp);
std::int32_t to_lower_cp(std::int32_t cp);

}  // namespace newsarc::strutil
