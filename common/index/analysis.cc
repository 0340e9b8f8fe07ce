// Language codes to Snowball stemmers and foldings.
#include "common/index/analysis.h"

#include <algorithm>
#include <array>
#include <utility>

#include "common/index/cached_stemmer.h"
#include "common/text/fold.h"

namespace newsarc {
namespace {

// Every stemmer of Xapian 1.4 but its alternatives for English, German and Dutch.
constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kStemmers{{
    {"ar", "arabic"},   {"ca", "catalan"},    {"da", "danish"},     {"de", "german"},    {"en", "english"},
    {"es", "spanish"},  {"eu", "basque"},     {"fi", "finnish"},    {"fr", "french"},    {"ga", "irish"},
    {"hu", "hungarian"}, {"hy", "armenian"},  {"id", "indonesian"}, {"it", "italian"},   {"lt", "lithuanian"},
    {"nb", "norwegian"}, {"ne", "nepali"},    {"nl", "dutch"},      {"nn", "norwegian"}, {"no", "norwegian"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"},    {"sv", "swedish"},   {"ta", "tamil"},
    {"tr", "turkish"},  {"ms", "indonesian"},
}};

// Keeps words as they are.
class Unstemmed : public Xapian::StemImplementation {
public:
    Unstemmed(std::string fold_language, bool fold) : fold_language_(std::move(fold_language)), fold_(fold) {}
    std::string operator()(const std::string& word) override {
        return fold_ ? fold_for_language(word, fold_language_) : word;
    }
    std::string get_description() const override { return "none"; }

private:
    std::string fold_language_;
    bool fold_;
};

}  // namespace

std::string snowball_stemmer(std::string_view language) {
    // What detection cannot tell is mostly short items and tables, most often in English: analysed
    // as English (Xapian's and omega's default), an English archive with such items keeps one
    // analysis, and hence one parse per query.
    if (language == "und" || language.empty()) return "english";  // empty: a record of schema 3
    for (const auto& [code, name] : kStemmers)
        if (code == language) return std::string(name);
    return {};
}

Xapian::Stem analysis_stemmer(std::string_view language, bool fold) {
    std::string name = snowball_stemmer(language);
    if (name.empty()) return Xapian::Stem(new Unstemmed(std::string(language), fold));
    return Xapian::Stem(new CachedStemmer(name, std::string(language), fold));
}

std::vector<QueryAnalysis> query_analyses(const std::vector<std::string>& languages) {
    std::vector<QueryAnalysis> out;
    for (const auto& language : languages) {
        std::string stemmer = snowball_stemmer(language);
        auto same = std::find_if(out.begin(), out.end(), [&](const QueryAnalysis& a) {
            return a.stemmer == stemmer && same_folding(a.fold_language, language);
        });
        if (same == out.end()) out.push_back({stemmer, language, {language}});
        else same->languages.push_back(language);
    }
    return out;
}

}  // namespace newsarc
