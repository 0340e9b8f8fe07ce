// How an article's words become terms in its language: which Snowball stemmer, which folding. The
// indexer (DocumentBuilder) and the query parser (QueryBuilder) both ask here, so they agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace newsarc {

// The Xapian 1.4 Snowball stemmer of a language code ("german" for "de"), or "" for a language
// without one (Chinese, Polish, Greek, Hebrew...), whose words are indexed unstemmed. "und" (not
// known) is analysed as English.
std::string snowball_stemmer(std::string_view language);

// The stemmer an article of `language` is indexed with: its Snowball stemmer, memoised, or one
// that keeps words as they are (terms still get the "Z" of STEM_ALL_Z, so queries need no special
// case). With `fold`, it folds each word for the language first, for text not folded before.
Xapian::Stem analysis_stemmer(std::string_view language, bool fold = false);

// One way of analysing query text: a stemmer and a folding, and the languages that share it.
struct QueryAnalysis {
    std::string stemmer;               // snowball_stemmer(), "" for none
    std::string fold_language;         // a language whose folding this is
    std::vector<std::string> languages;
};

// The distinct analyses of `languages` (Article::language codes), in a stable order.
std::vector<QueryAnalysis> query_analyses(const std::vector<std::string>& languages);

}  // namespace newsarc
