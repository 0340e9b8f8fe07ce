// MinHash near-duplicate keys over word shingles.
#include "common/text/similarity.h"

#include <cstdint>
#include <cstdio>
#include <limits>

#include <xxhash.h>

#include "common/text/fold.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

constexpr std::size_t kShingleWords = 8;

// Words as lowercase, accent-folded runs of letters and digits (bytes >= 0x80 count as letters, so
// other scripts still form words).
std::vector<std::string> words_of(const std::string& title, const std::vector<std::string>& paragraphs) {
    std::vector<std::string> words;
    std::vector<const std::string*> texts{&title};
    for (const auto& p : paragraphs) texts.push_back(&p);
    for (const std::string* p : texts) {
        std::string text = strutil::to_lower(fold_for_search(*p));
        std::string word;
        for (unsigned char c : text) {
            if (std::isalnum(c) || c >= 0x80) {
                word += static_cast<char>(c);
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty()) words.push_back(std::move(word));
    }
    return words;
}

}  // namespace

std::string similarity_key(const std::string& title, const std::vector<std::string>& paragraphs) {
    std::vector<std::string> words = words_of(title, paragraphs);
    if (words.size() < kShingleWords) return {};
    // Hash each word once; a shingle's hash combines its words' hashes.
    std::vector<std::uint64_t> word_hashes;
    word_hashes.reserve(words.size());
    for (const auto& w : words) word_hashes.push_back(XXH3_64bits(w.data(), w.size()));
    std::uint64_t min1 = std::numeric_limits<std::uint64_t>::max(), min2 = min1;
    for (std::size_t i = 0; i + kShingleWords <= word_hashes.size(); ++i) {
        std::uint64_t h1 = XXH3_64bits_withSeed(&word_hashes[i], kShingleWords * sizeof(std::uint64_t), 1);
        std::uint64_t h2 = XXH3_64bits_withSeed(&word_hashes[i], kShingleWords * sizeof(std::uint64_t), 2);
        if (h1 < min1) min1 = h1;
        if (h2 < min2) min2 = h2;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%08x%08x", static_cast<unsigned>(min1 >> 32), static_cast<unsigned>(min2 >> 32));
    return buf;
}

}  // namespace newsarc
