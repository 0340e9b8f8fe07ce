// Reuters-21578 bodies: unwrap hard-wrapped lines into paragraphs and drop the "Reuter" sign-off.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// Control characters (C0 except tab, DEL, C1) removed; tabs become spaces.
std::string strip_control_chars(std::string_view text);

// Paragraphs of a Reuters body given as its lines (entities already decoded). A line starting with
// whitespace starts a paragraph; other lines continue the current one, joined with single spaces.
// Control characters (the trailing U+0003) are dropped, as is the final "Reuter"/"REUTER" sign-off,
// whether on its own line or at the end of the last line. Tables are unwrapped like prose.
std::vector<std::string> unwrap_reuters_body(const std::vector<std::string>& lines);

}  // namespace newsarc
