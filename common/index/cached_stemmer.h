// The English stemmer with a memo: news text repeats its words, and Snowball stemming is most of
// the cost of turning an article into terms.
#pragma once

#include <string>
#include <unordered_map>

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
    Xapian::Stem stemmer_{"english"};
    std::unordered_map<std::string, std::string> memo_;
};

}  // namespace newsarc
