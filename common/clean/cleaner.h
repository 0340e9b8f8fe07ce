// The cleaner: a pure function from RawArticle to Article plus warnings. No files, no Xapian.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "common/model/article.h"
#include "common/base/diagnostic.h"

namespace newsarc {

// Bumped whenever cleaning output changes, so `reindex` can find articles cleaned by an older one.
inline constexpr int kCleanerVersion = 9;

struct CleanOptions {
    // Extra boilerplate patterns (one lowercase substring per entry) supplied by the user or learned.
    std::vector<std::string> boilerplate;
    // Boilerplate learned per site (BoilerplateLearner::learned_all()): site (as Article::site,
    // "jpost.com") -> segments. A paragraph, or a sentence inside a paragraph, equal to one of its
    // site's segments (after whitespace collapsing, see boilerplate_key) is dropped.
    std::map<std::string, std::vector<std::string>> site_boilerplate;
};

struct CleanResult {
    Article article;
    std::vector<Diagnostic> warnings;  // e.g. a date that does not parse
};

// Drops paragraphs, and sentences inside paragraphs, that a site's learned list names (boilerplate
// keys, see boilerplate_learner.h), and segments glued in front of a paragraph by a run of spaces
// ("Give now  the proposed sale"). clean_article applies CleanOptions::site_boilerplate with it; the
// indexer applies lists learned after an article was cleaned.
std::vector<std::string> remove_site_boilerplate(std::vector<std::string> paragraphs,
                                                 const std::vector<std::string>& learned);

// 16 hex digits over everything that decides what clean_article makes of `raw` except where it came
// from: its fields, the cleaner version and the user's patterns. Equal fingerprints from the same
// file and line (which the indexer checks against the document's provenance) clean alike, so a
// re-added, unchanged source need not be cleaned again.
std::string source_fingerprint(const RawArticle& raw, const CleanOptions& options);

// Throws InputError when the article cannot be indexed at all (no title and no text).
CleanResult clean_article(const RawArticle& raw, const CleanOptions& options = {});

}  // namespace newsarc
