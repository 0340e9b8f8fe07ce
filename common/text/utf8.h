// UTF-8 helpers for the readers: Latin-1 conversion, repair of invalid sequences, binary sniffing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace newsarc {

// Each byte taken as a Latin-1 (ISO-8859-1) character, encoded as UTF-8.
std::string latin1_to_utf8(std::string_view latin1);

// Replaces every byte that is not part of a valid UTF-8 sequence with U+FFFD (so overlong forms,
// surrogates and truncated sequences are all caught); returns how many bytes were replaced.
std::size_t repair_utf8(std::string& text);

// Appends the UTF-8 encoding of a code point (U+FFFD for surrogates and values past U+10FFFF).
void append_utf8(std::string& out, std::uint32_t code_point);

// True when the first bytes of a file look like binary data rather than text: NUL bytes beyond a
// stray one or two (more than one byte in 200), or more than one in ten bytes a control character
// other than tab, newline, CR and form feed. A stray NUL in text is the reader's to report with
// its line, so that one bad line does not lose the whole file.
bool looks_binary(std::string_view first_bytes);

// Removes NUL bytes (never meaningful in an article); returns how many there were.
std::size_t remove_nul_bytes(std::string& text);

}  // namespace newsarc
