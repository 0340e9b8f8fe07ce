// Removal of newsletter, sign-up, "follow us", "read more", advertisement and copyright text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// Segments longer than this many words (guard_words: Chinese counts too) are never boilerplate: a
// news sentence that mentions subscribers or a newsletter is content.
inline constexpr std::size_t kBoilerplateMaxWords = 25;

// True when a short segment (at most kBoilerplateMaxWords words) matches a built-in pattern or
// contains one of `extra` (lowercase substrings, compared with the segment lowercased). The
// built-in patterns are English calls to action and notices ("Subscribe now", "Read more:", "©
// 2024 ... All rights reserved"): they count only when `english` (the article's language, see
// language_scope.h); the user's `extra` count in any language.
bool is_boilerplate(std::string_view segment, const std::vector<std::string>& extra = {}, bool english = true);

// Drops boilerplate paragraphs whole; inside longer paragraphs, drops boilerplate sentences that
// open with a call to action ("Subscribe now.", "Follow us on X.", "Read more: ..."). Paragraphs
// left empty disappear. `english` as for is_boilerplate.
std::vector<std::string> remove_boilerplate(const std::vector<std::string>& paragraphs,
                                            const std::vector<std::string>& extra = {}, bool english = true);

}  // namespace newsarc
