// Content hashing: 64-bit XXH3 rendered as 16 lowercase hex digits (ids, content_hash).
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// 16 lowercase hex digits of XXH3_64bits(data); stable across runs and platforms.
std::string hash_hex(std::string_view data);

}  // namespace newsarc
