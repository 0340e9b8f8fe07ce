// Main-text extraction: the article body of a parsed page as paragraphs, without navigation,
// sidebars, related links, share buttons, comments, ads, cookie and newsletter boxes or captions.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsarc::html {

// The body's paragraphs in page order; headings inside the article are paragraphs of their own.
// The container is found by structure (itemprop=articleBody, <article>) and by text and link
// density (scored like Readability); `title` and `site_name` let a headline or masthead repeated
// above the body be dropped. Empty when the page has no text.
std::vector<std::string> extract_paragraphs(const GumboNode* root, std::string_view title,
                                            std::string_view site_name = {});

}  // namespace newsarc::html
