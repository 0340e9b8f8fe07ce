// Small files read whole, up to a bound.
#include "common/base/read_file.h"

#include <fstream>

namespace newsarc {

std::string read_small_file(const std::string& path, std::size_t limit) {
    std::ifstream in(path, std::ios::binary);
    std::string text(limit, '\0');
    in.read(text.data(), static_cast<std::streamsize>(limit));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return text;
}

}  // namespace newsarc
