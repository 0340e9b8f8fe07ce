// URL terms from canonical URLs.
#include "common/index/url_term.h"

#include "common/model/schema.h"
#include "common/text/hash.h"
#include "common/text/url.h"

namespace newsarc {

std::string url_term(std::string_view url) {
    if (url.find_first_not_of(" \t") == std::string_view::npos) return {};
    // People type URLs without a scheme; canonical URLs treat http and https alike.
    if (url.find("://") == std::string_view::npos) return url_term("https://" + std::string(url));
    return std::string(schema::kUrl) + hash_hex(canonical_url(url));
}

}  // namespace newsarc
