// Language codes to Snowball stemmers and foldings.
#include "common/index/analysis.h"

#include <algorithm>
#include <array>
#include <utility>

#include "common/index/cached_stemmer.h"
#include "common/lang/segment.h"
#include "common/text/elision.h"
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

// Keeps words as they are, folded.
class Unstemmed : public Xapian::StemImplementation {
public:
    Unstemmed(std::string language, bool snippet) : language_(std::move(language)), snippet_(snippet) {}
    std::string operator()(const std::string& word) override {
        return fold_for_language(snippet_ ? without_elision(word, language_) : word, language_);
    }
    std::string get_description() const override { return "none"; }

private:
    std::string language_;
    bool snippet_;
};

}  // namespace

std::string_view snowball_stemmer(std::string_view language) {
    // What detection cannot tell is mostly short items and tables, most often in English: analysed
    // as English (Xapian's and omega's default), an English archive with such items keeps one
    // analysis, and hence one parse per query.
    if (language == "und" || language.empty()) return "english";  // empty: a record of schema 3
    for (const auto& [code, name] : kStemmers)
        if (code == language) return name;
    return {};
}

bool folds_before_stemming(std::string_view language) {
    std::string_view name = snowball_stemmer(language);
    return name.empty() || name == "english";
}

namespace {

// Arabic-script languages whose words join their prefixes and suffixes with a zero-width
// non-joiner ("نمی‌توان", "کتاب‌ها"): a word of its own for search, as Lucene's Persian analysis
// has it. In the Indic scripts the joiners shape letters and stay.
bool joins_with_zwnj(std::string_view language) {
    return language == "fa" || language == "ur" || language == "ps" || language == "ckb" || language == "ar";
}

std::string split_zwnj(const std::string& text) {
    // Appended piece by piece: std::string::replace here makes GCC 12 warn falsely (-Wrestrict).
    static constexpr std::string_view kZwnj = "\xE2\x80\x8C";
    std::string out;
    out.reserve(text.size());
    std::size_t last = 0;
    for (std::size_t at = text.find(kZwnj); at != std::string::npos; at = text.find(kZwnj, last)) {
        out.append(text, last, at - last).push_back(' ');
        last = at + kZwnj.size();
    }
    out.append(text, last, std::string::npos);
    return out;
}

}  // namespace

std::string analysis_text(std::string_view text, std::string_view language) {
    // Folding first is the same as folding the stems for English (its stemmer knows no accents)
    // and for unstemmed languages, and keeps English text exactly as indexed before languages.
    std::string out = split_elisions(folds_before_stemming(language) ? fold_for_language(text, language) : std::string(text),
                                     language);
    if (joins_with_zwnj(language)) out = split_zwnj(out);
    return lang::segment_words(std::move(out));
}

Xapian::Stem analysis_stemmer(std::string_view language, bool snippet) {
    std::string_view name = snowball_stemmer(language);
    if (name.empty()) return Xapian::Stem(new Unstemmed(std::string(language), snippet));
    return Xapian::Stem(new CachedStemmer(std::string(name), std::string(language), snippet));
}

const Xapian::Stem& LanguageStemmers::operator()(const std::string& language) {
    auto it = stemmers_.find(language);
    if (it == stemmers_.end()) it = stemmers_.emplace(language, analysis_stemmer(language, snippet_)).first;
    return it->second;
}

std::vector<QueryAnalysis> query_analyses(const std::vector<std::string>& languages) {
    std::vector<QueryAnalysis> out;
    for (const auto& language : languages) {
        std::string stemmer(snowball_stemmer(language));
        auto same = std::find_if(out.begin(), out.end(), [&](const QueryAnalysis& a) {
            return a.stemmer == stemmer && same_folding(a.fold_language, language);
        });
        if (same == out.end()) out.push_back({stemmer, language, {language}});
        else same->languages.push_back(language);
    }
    return out;
}

}  // namespace newsarc
