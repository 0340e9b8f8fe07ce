// A Snowball stemmer with a memo: news text repeats its words, and Snowball stemming is most of
// the cost of turning an article into terms.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsarc {

// Gives exactly Xapian::Stem(language)'s stems, remembering up to a bounded number of words. With
// `fold_language` set, it folds each word for that language first (fold_for_language), for text
// that was not folded before (snippets). Not thread-safe: each DocumentBuilder owns its own.
class CachedStemmer : public Xapian::StemImplementation {
public:
    explicit CachedStemmer(const std::string& language = "english", std::string fold_language = "", bool fold = false)
        : stemmer_(language), language_(language), fold_language_(std::move(fold_language)), fold_(fold) {}
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return language_ + ", memoised"; }

private:
    // About 200,000 distinct words cover a large archive's common vocabulary in a few tens of MB.
    static constexpr std::size_t kMaxWords = 200000;

    // Open addressing over a power-of-two table (every word is looked up, so the lookup must be
    // cheap: a std::unordered_map spent more on its modulo and node chasing than this does in all).
    // A slot holds the word's hash and 1 + its index in words_ (0: empty).
    struct Slot {
        std::uint64_t hash = 0;
        std::uint32_t entry = 0;
    };
    void grow();

    Xapian::Stem stemmer_;
    std::string language_;
    std::string fold_language_;
    bool fold_;
    std::vector<Slot> slots_;
    std::vector<std::pair<std::string, std::string>> words_;  // word, stem
};

}  // namespace newsarc
