// How an article's words become terms in its language: which Snowball stemmer, which folding. The
// indexer (DocumentBuilder) and the query parser (QueryBuilder) both ask here, so they agree.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace newsarc {

// The Xapian 1.4 Snowball stemmer of a language code ("german" for "de"), or "" for a language
// without one (Chinese, Polish, Greek, Hebrew...), whose words are indexed unstemmed. "und" (not
// known) is analysed as English.
std::string_view snowball_stemmer(std::string_view language);

// The stemmer an article of `language` is indexed with: its Snowball stemmer, memoised, or one
// that keeps words as they are (terms still get the "Z" of STEM_ALL_Z, so queries need no special
// case); either way the result is folded (fold_for_language). With `snippet`, for words as a text
// has them, an elided article comes off first.
Xapian::Stem analysis_stemmer(std::string_view language, bool snippet = false);

// The stemmer of each language met so far, made once by analysis_stemmer: the indexer's and the
// snippets' memo (a CachedStemmer remembers its words). Not thread-safe.
class LanguageStemmers {
public:
    explicit LanguageStemmers(bool snippet = false) : snippet_(snippet) {}
    const Xapian::Stem& operator()(const std::string& language);

private:
    bool snippet_;
    std::map<std::string, Xapian::Stem> stemmers_;
};

// Whether text of `language` is folded before its words are stemmed: for English and unstemmed
// languages. Other stemmers are written for their accented letters ("persecució" and
// "persecucions" stem alike in Catalan, "persecucio" does not), so their stems are folded instead.
bool folds_before_stemming(std::string_view language);

// Text as the words of `language` are indexed: folded where folds_before_stemming, with French,
// Italian and Catalan elisions split off ("l'intérieur" -> "l interieur"), Persian and Urdu words
// cut at their zero-width non-joiners, and Thai, Lao, Khmer and Burmese cut into words (ICU). DocumentBuilder applies it to an
// article's title and text, QueryBuilder to query text once per analysis.
std::string analysis_text(std::string_view text, std::string_view language);

// One way of analysing query text: a stemmer and a folding, and the languages that share it.
struct QueryAnalysis {
    std::string stemmer;               // snowball_stemmer(), "" for none
    std::string fold_language;         // a language whose folding this is
    std::vector<std::string> languages;
};

// The distinct analyses of `languages` (Article::language codes), in a stable order.
std::vector<QueryAnalysis> query_analyses(const std::vector<std::string>& languages);

}  // namespace newsarc
