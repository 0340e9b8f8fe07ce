// Memoised stemming.
#include "common/index/cached_stemmer.h"

#include <xxhash.h>

#include "common/text/elision.h"
#include "common/text/fold.h"

namespace newsarc {

std::string CachedStemmer::stem(const std::string& word) {
    return fold_for_language(stemmer_(snippet_ ? without_elision(word, language_) : word), language_);
}

void CachedStemmer::grow() {
    std::vector<Slot> bigger(slots_.empty() ? 4096 : 2 * slots_.size());
    std::size_t mask = bigger.size() - 1;
    for (const Slot& s : slots_) {
        if (s.entry == 0) continue;
        std::size_t i = s.hash & mask;
        while (bigger[i].entry != 0) i = (i + 1) & mask;
        bigger[i] = s;
    }
    slots_ = std::move(bigger);
}

std::string CachedStemmer::operator()(const std::string& word) {
    std::uint64_t hash = XXH3_64bits(word.data(), word.size());
    if (!slots_.empty()) {
        std::size_t mask = slots_.size() - 1;
        for (std::size_t i = hash & mask; slots_[i].entry != 0; i = (i + 1) & mask) {
            const Slot& s = slots_[i];
            if (s.hash == hash && words_[s.entry - 1].first == word) return words_[s.entry - 1].second;
        }
    }
    if (words_.size() >= kMaxWords) {  // crude, but bounded and rare
        words_.clear();
        slots_.assign(slots_.size(), Slot{});
    }
    // At most half full, so that probes stay short.
    if (2 * (words_.size() + 1) > slots_.size()) grow();
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash & mask;
    while (slots_[i].entry != 0) i = (i + 1) & mask;
    words_.emplace_back(word, stem(word));
    slots_[i] = Slot{hash, static_cast<std::uint32_t>(words_.size())};
    return words_.back().second;
}

}  // namespace newsarc
