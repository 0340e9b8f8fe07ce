// Memoised stemming.
#include "common/index/cached_stemmer.h"

namespace newsarc {

std::string CachedStemmer::operator()(const std::string& word) {
    if (auto it = memo_.find(word); it != memo_.end()) return it->second;
    if (memo_.size() >= kMaxWords) memo_.clear();  // crude, but bounded and rare
    return memo_.emplace(word, stemmer_(word)).first->second;
}

}  // namespace newsarc
