// `newsarc-query --show ID|URL`: one whole stored article.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "common/model/article.h"

namespace newsarc {

// The article whose id or URL (any spelling of it) is `key`; nullopt when there is none.
std::optional<Article> find_article(const Xapian::Database& db, const std::string& key);

}  // namespace newsarc
