// The cleaner: a pure function from RawArticle to Article plus warnings. No files, no Xapian.
#pragma once

#include <string>
#include <vector>

#include "common/article.h"
#include "common/diagnostic.h"

namespace newsarc {

// Bumped whenever cleaning output changes, so `reindex` can find articles cleaned by an older one.
inline constexpr int kCleanerVersion = 1;

struct CleanOptions {
    // Extra boilerplate patterns (one lowercase substring per entry) supplied by the user or learned.
    std::vector<std::string> boilerplate;
};

struct CleanResult {
    Article article;
    std::vector<Diagnostic> warnings;  // e.g. a date that does not parse
};

// Throws InputError when the article cannot be indexed at all (no title and no text).
CleanResult clean_article(const RawArticle& raw, const CleanOptions& options = {});

}  // namespace newsarc
