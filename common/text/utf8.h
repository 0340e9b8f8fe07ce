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

// True when the first bytes of a file look like binary data rather than text: a NUL byte, or
// more than one in ten bytes a control character other than tab, newline, CR and form feed.
bool looks_binary(std::string_view first_bytes);

}  // namespace newsarc
