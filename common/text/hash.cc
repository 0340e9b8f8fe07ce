// hash_hex over libxxhash's XXH3.
#include "common/text/hash.h"

#include <cstdint>
#include <cstdio>

#include <xxhash.h>

namespace newsarc {

std::string hash_hex(std::string_view data) {
    const XXH64_hash_t h = XXH3_64bits(data.data(), data.size());
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return std::string(buf, 16);
}

}  // namespace newsarc
