// The stored-record codec: a versioned header, a zstd dictionary id and a zstd payload.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace newsarc {

// Layout: "NA" magic, one version byte (1), a 4-byte little-endian dictionary id (0 = none), then one
// zstd frame. The dictionary id lets a later issue train dictionaries without breaking old records.
std::string encode_record(std::string_view payload, int level = 3);

// Throws std::runtime_error naming what is wrong (bad magic, unknown version, corrupt frame).
std::string decode_record(std::string_view record);

}  // namespace newsarc
