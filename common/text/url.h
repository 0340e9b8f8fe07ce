// URL helpers: canonical form for identity (ids, duplicates), site and section facets.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// True for an absolute http(s) URL with a host and no whitespace inside.
bool looks_like_url(std::string_view url);

// The form used for identity: trimmed; scheme and host lowercased; http mapped to https (the same
// article is served on both); "www." and default ports dropped; fragment and tracking parameters
// (utm_*, fbclid, gclid) dropped; a trailing slash dropped ("/world/x/" -> "/world/x"; the bare host
// keeps "/"); AMP variants folded into the canonical page ("amp." host prefix, an "/amp" path
// segment, an ".amp" suffix, "amp", "amp=1", "outputType=amp" parameters). Non-URLs come back
// trimmed only.
std::string canonical_url(std::string_view url);

// Host without "www." (or an AMP mirror's "amp."), lowercase, no port or user info: "https://www.jpost.com/x" -> "jpost.com".
// Empty when there is no host.
std::string site_of(std::string_view url);

// First path segment, lowercase, when the path has at least two segments ("amp" segments ignored):
// "https://www.jpost.com/breaking-news/article-817267" -> "breaking-news"; "https://x.com/a" -> "".
std::string section_of(std::string_view url);

}  // namespace newsarc
