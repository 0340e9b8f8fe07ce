// Accent folding for search: the same terms whether a name is written José or Jose.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// Strips combining marks (é -> e, ü -> u) from UTF-8 text, NFC-composed. Applied to everything the
// index sees and to every query, never to stored text. Letters without a decomposition (ł, ø) stay.
// Invalid UTF-8 is returned unchanged.
std::string fold_for_search(std::string_view text);

}  // namespace newsarc
