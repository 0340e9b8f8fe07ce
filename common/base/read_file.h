// Reading a small file whole: a stub, a scratch folder's marker, a build's manifest, /proc/PID/stat.
#pragma once

#include <cstddef>
#include <string>

namespace newsarc {

// The first `limit` bytes of the file at `path` (all of a small one); empty when it cannot be read.
// Bounded because such a file may be a user's or a crafted archive's, and must not fill memory.
std::string read_small_file(const std::string& path, std::size_t limit = std::size_t{1} << 20);

}  // namespace newsarc
