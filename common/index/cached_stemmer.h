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

// Gives Xapian::Stem(snowball)'s stems, folded for `language` (fold_for_language: stemmers are
// written for their language's accented letters, so words are stemmed as written and the stem is
// folded), remembering up to a bounded number of words. With `snippet`, a word as the text has it
// loses an elided article first ("l'intérieur"), as split_elisions does for indexed text. Not
// thread-safe: each DocumentBuilder owns its own.
class CachedStemmer : public Xapian::StemImplementation {
public:
    explicit CachedStemmer(const std::string& snowball = "english", std::string language = "", bool snippet = false)
        : stemmer_(snowball), snowball_(snowball), language_(std::move(language)), snippet_(snippet) {}
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return snowball_ + ", memoised"; }

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
    std::string stem(const std::string& word);

    Xapian::Stem stemmer_;
    std::string snowball_;
    std::string language_;
    bool snippet_;
    std::vector<Slot> slots_;
    std::vector<std::pair<std::string, std::string>> words_;  // word, stem
};

}  // namespace newsarc
