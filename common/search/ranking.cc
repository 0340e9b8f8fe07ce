// Rankings as plain values, and their merge.
#include "common/search/ranking.h"

#include <algorithm>
#include <unordered_map>

namespace newsarc {

std::vector<RankedDoc> ranked_docs(const Xapian::MSet& mset) {
    std::vector<RankedDoc> out;
    out.reserve(mset.size());
    for (auto it = mset.begin(); it != mset.end(); ++it)
        out.push_back({*it, it.get_weight(), it.get_collapse_count(), it.get_sort_key(), it.get_collapse_key()});
    return out;
}

bool ranks_before(const RankedDoc& a, const RankedDoc& b, SortOrder order) {
    switch (order) {
        case SortOrder::relevance:
            if (a.weight != b.weight) return a.weight > b.weight;
            if (a.sort_key != b.sort_key) return a.sort_key > b.sort_key;
            break;
        case SortOrder::newest:
        case SortOrder::oldest:
            if (a.sort_key != b.sort_key) return order == SortOrder::newest ? a.sort_key > b.sort_key : a.sort_key < b.sort_key;
            if (a.weight != b.weight) return a.weight > b.weight;
            break;
    }
    return a.docid < b.docid;
}

std::vector<RankedDoc> merge_rankings(const std::vector<std::vector<RankedDoc>>& parts, SortOrder order,
                                      bool collapse, std::size_t offset, std::size_t count) {
    std::vector<RankedDoc> all;
    for (const auto& part : parts) all.insert(all.end(), part.begin(), part.end());
    std::sort(all.begin(), all.end(), [order](const RankedDoc& a, const RankedDoc& b) { return ranks_before(a, b, order); });
    std::vector<RankedDoc> merged;
    std::unordered_map<std::string, std::size_t> first_of_key;
    for (auto& doc : all) {
        if (collapse && !doc.collapse_key.empty()) {
            auto [it, fresh] = first_of_key.emplace(doc.collapse_key, merged.size());
            if (!fresh) {
                merged[it->second].collapsed += 1 + doc.collapsed;
                continue;
            }
        }
        merged.push_back(std::move(doc));
    }
    if (offset >= merged.size()) return {};
    auto begin = merged.begin() + static_cast<std::ptrdiff_t>(offset);
    auto end = merged.size() - offset > count ? begin + static_cast<std::ptrdiff_t>(count) : merged.end();
    return {std::make_move_iterator(begin), std::make_move_iterator(end)};
}

}  // namespace newsarc
