// Page metadata: title, authors, dates, canonical URL, site name, section and language, from
// <meta>, JSON-LD, microdata, <link>, <time> and byline elements.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace newsarc::html {

struct PageMetadata {
    std::string title;                  // the best title, site suffix removed
    std::vector<std::string> bylines;   // author strings as written, best source first
    std::string published;              // date strings as written (ISO 8601 mostly)
    std::vector<std::string> published_candidates;  // every source's date, best first (published is the first)
    std::string modified;
    std::string url;                    // canonical (<link rel=canonical>, og:url), may be relative
    std::string site_name;
    std::string section;
    std::string language;
    std::string jsonld_body;            // schema.org articleBody, when the page has one
};

PageMetadata extract_metadata(const GumboNode* root);

// "Storm hits coast | The Daily News" -> "Storm hits coast": a trailing (or leading) part after a
// separator (| - – — · :: ») is dropped when it names `site_name`, or when it is short (at most four
// words) and the rest is longer.
std::string strip_site_suffix(std::string_view title, std::string_view site_name);

// A date as pages print it, tidied for the date parser: label words ("Published", "Updated on",
// "Posted:") and a leading weekday dropped, a time printed before the date moved after it:
// "Published 7:07 PM EST Nov 19, 2019" -> "Nov 19, 2019 7:07 PM EST".
std::string tidy_date_text(std::string_view text);

// The authors of a JSON-LD `author` value (a string, an object with `name`, or an array of them).
// Exposed for tests: `json` is the value's JSON text.
std::vector<std::string> jsonld_author_names(std::string_view json);

}  // namespace newsarc::html
