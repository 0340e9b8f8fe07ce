// Near-duplicate keys: the same story re-published or syndicated gets the same key with high
// probability, so search can collapse it into one result.
#pragma once

#include <string>
#include <vector>

namespace newsarc {

// Two MinHash values over 8-word shingles of the title and text (lowercased, accent-folded words), as
// 16 hex digits. Two articles whose shingle sets have Jaccard similarity J share the key with
// probability J² (exact copies always); unrelated ones almost never. The title counts so that short
// templated items (dividend notices of two companies) stay apart. Empty under 8 words.
std::string similarity_key(const std::string& title, const std::vector<std::string>& paragraphs);

}  // namespace newsarc
