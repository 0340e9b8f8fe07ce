// The reader for WARC 1.0/1.1 web archives: HTTP responses with HTML payloads become articles.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// Undoes HTTP chunked transfer encoding. Returns false (and what was decoded so far) when the
// chunks are malformed or cut short. Exposed for tests.
bool decode_chunked(std::string_view body, std::string& out);

}  // namespace newsarc
