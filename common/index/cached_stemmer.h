// The English stemmer with a memo: news text repeats its words, and Snowball stemming is most of
// the cost of turning an article into terms.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace newsarc {

// Gives exactly Xapian::Stem("english")'s stems, remembering up to a bounded number of words. Not
// thread-safe: each DocumentBuilder owns one.
class CachedStemmer : public Xapian::StemImplementation {
public:
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return "english, memoised"; }

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

    Xapian::Stem stemmer_{"english"};
    std::vector<Slot> slots_;
    std::vector<std::pair<std::string, std::string>> words_;  // word, stem
};

}  // namespace newsarc
