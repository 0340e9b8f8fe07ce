// The boolean term that finds an article by URL, whatever form of the URL is typed.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// "XURL" + 16 hex digits of the canonical URL's hash (URLs outgrow Xapian's term length limit);
// empty for an empty URL. A missing scheme, http/https, www., fragments and tracking parameters do
// not matter.
std::string url_term(std::string_view url);

}  // namespace newsarc
