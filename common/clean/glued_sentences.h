// Internal to glued-text splitting (glued.h): sentence ends glued to the next sentence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc::glued {

// Breaks where a sentence end is glued to the next sentence without a space ("deal.Russia",
// "ceasefire.“The", 'legislation."Several'); abbreviations, initials, acronyms, decimals and host
// names stay whole. `context` (the article, one paragraph a line; empty when unknown or the text
// is not known to be glued) lends evidence in the doubtful cases and enables the less usual ends
// and openings of glued text ("Inc.Junk bond", "the U.S.Volcker said", "said.yesterday").
std::vector<std::string> split_sentence_glue(std::string_view s, std::string_view context = {});

}  // namespace newsarc::glued
