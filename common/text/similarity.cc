// MinHash near-duplicate keys over word shingles.
#include "common/text/similarity.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <limits>

#include <xxhash.h>

#include "common/text/fold.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

constexpr std::size_t kShingleWords = 8;

bool is_ascii(const std::string& text) {
    for (unsigned char c : text)
        if (c >= 0x80) return false;
    return true;
}

// Appends the hashes of the words of `text`, as lowercase, accent-folded runs of letters and digits
// (bytes >= 0x80 count as letters, so other scripts still form words). ASCII text, most news, is
// lowered on the way instead of through copies; `word` is scratch space.
void hash_words(const std::string& text, std::vector<std::uint64_t>& hashes, std::string& word) {
    auto end_word = [&] {
        if (word.empty()) return;
        hashes.push_back(XXH3_64bits(word.data(), word.size()));
        word.clear();
    };
    if (is_ascii(text)) {
        for (unsigned char c : text) {
            if (c >= 'A' && c <= 'Z') {
                word += static_cast<char>(c + ('a' - 'A'));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word += static_cast<char>(c);
            } else {
                end_word();
            }
        }
    } else {
        for (unsigned char c : strutil::to_lower(fold_for_search(text))) {
            if (std::isalnum(c) || c >= 0x80) {
                word += static_cast<char>(c);
            } else {
                end_word();
            }
        }
    }
    end_word();
}

}  // namespace

std::string similarity_key(const std::string& title, const std::vector<std::string>& paragraphs) {
    // Each word hashed once; a shingle's hash combines its words' hashes.
    std::vector<std::uint64_t> word_hashes;
    std::string word;
    hash_words(title, word_hashes, word);
    for (const auto& p : paragraphs) hash_words(p, word_hashes, word);
    if (word_hashes.size() < kShingleWords) return {};
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
