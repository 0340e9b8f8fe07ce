// The one serialiser of Article: JSON objects for `clean --format jsonl`, the stored record and `export`.
#pragma once

#include <string>
#include <string_view>

#include "common/model/article.h"

namespace newsarc {

// One line of JSON (no trailing newline). Fields: id, title, authors, published (ISO or null), url,
// site, section, body, source, then topics/places and other tags, format, content_hash,
// cleaner_version, and the unknown fields the source carried.
std::string article_to_json(const Article& article);

// The inverse, for stored records. Throws std::runtime_error on malformed input.
Article article_from_json(std::string_view json);

}  // namespace newsarc
