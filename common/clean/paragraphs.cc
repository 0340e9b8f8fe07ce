// Cumulative-repetition recovery: find repeated units inside longer ones and cut there.
#include "common/clean/paragraphs.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <set>
#include <string_view>

#include "common/clean/language_scope.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace {

// A short unit found inside a long one could be a coincidence ("Reuters", a one-word heading),
// so only tails of some substance, or interior matches that are long, count as repeats.
constexpr std::size_t kMinSuffixBytes = 12;
constexpr std::size_t kMinInteriorBytes = 30;
constexpr std::size_t kMinInteriorWords = 6;
// The search is quadratic; a cumulative body of this many lines would hold thousands of
// paragraph copies, so longer bodies are taken as plain text.
constexpr std::size_t kMaxUnits = 200;

struct Match {
    std::size_t begin, end;
};

// (Words counted so that Chinese and Japanese, written without spaces, have some: guard_words.)
std::optional<Match> find_repeat(std::string_view master, std::string_view unit) {
    if (unit.empty() || unit.size() >= master.size()) return std::nullopt;
    if (master.substr(master.size() - unit.size()) == unit && unit.size() >= kMinSuffixBytes && guard_words(unit) >= 2)
        return Match{master.size() - unit.size(), master.size()};
    if (unit.size() >= kMinInteriorBytes && guard_words(unit) >= kMinInteriorWords) {
        auto pos = master.find(unit);
        if (pos != std::string_view::npos) return Match{pos, pos + unit.size()};
    }
    return std::nullopt;
}

// Whether a line ends a sentence, in other scripts' punctuation too: a Hindi line ending in a
// danda or a Chinese one in "。" is no hard-wrapped line to join to the next.
bool ends_sentence(std::string_view line) {
    static const std::string_view enders[] = {".", "!", "?", ":", "\"", ")", "]", "\u201D", "\u2019", "\u2026",
                                              "\u00BB", "\u300D", "\u300F", "\uFF09"};  // » 」 』 ）
    for (auto e : enders)
        if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return true;
    return !line.empty() && is_other_script_sentence_end(strutil::decode_before(line, line.size(), nullptr));
}

// Chinese and Japanese put no space between words: a line hard-wrapped between two of their
// characters is joined without one (as browsers do), where a space would cut a word in two.
bool joins_without_space(std::string_view before, std::string_view after) {
    auto cjk = [](std::int32_t cp) {
        return is_unspaced_script(cp) && !(cp >= 0x0E00 && cp <= 0x0EFF) && !(cp >= 0x1000 && cp <= 0x109F) &&
               !(cp >= 0x1780 && cp <= 0x17FF);  // Thai, Lao, Myanmar and Khmer wrap between words
    };
    return !before.empty() && !after.empty() && cjk(strutil::decode_before(before, before.size(), nullptr)) &&
           cjk(strutil::decode_at(after, 0, nullptr));
}

std::vector<std::string> trimmed_nonblank(const std::vector<std::string>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) {
        auto t = strutil::trim(l);
        if (!t.empty()) out.emplace_back(t);
    }
    return out;
}

}  // namespace

std::vector<std::string> group_lines(const std::vector<std::string>& lines, bool whole_blocks) {
    // Only blank lines *between* text lines count, so a trailing blank line does not glue a
    // one-paragraph-per-line body together.
    std::vector<std::vector<std::string>> blocks;
    bool pending_break = false;
    bool interior_blank = false;
    bool multi_line_block = false;
    for (const auto& l : lines) {
        auto t = strutil::trim(l);
        if (t.empty()) {
            pending_break = !blocks.empty();
            continue;
        }
        if (blocks.empty() || pending_break) {
            if (pending_break) interior_blank = true;
            blocks.emplace_back();
        } else if (!blocks.back().empty()) {
            multi_line_block = true;
        }
        blocks.back().emplace_back(t);
        pending_break = false;
    }
    std::vector<std::string> out;
    if (!(interior_blank && multi_line_block)) {
        for (auto& b : blocks)
            for (auto& l : b) out.push_back(std::move(l));
        return out;
    }
    // Inside a block, a line that ends a sentence ends its paragraph too (one paragraph per line
    // with the odd blank line); a line that stops mid-sentence was hard-wrapped and continues.
    for (const auto& b : blocks) {
        std::string joined;
        for (const auto& l : b) {
            if (!joined.empty()) {
                if (!whole_blocks && ends_sentence(joined)) {
                    out.push_back(std::move(joined));
                    joined.clear();
                } else if (!joins_without_space(joined, l)) {
                    joined += ' ';
                }
            }
            joined += l;
        }
        if (!joined.empty()) out.push_back(std::move(joined));
    }
    return out;
}

bool has_repetition(const std::vector<std::string>& raw_units) {
    std::vector<std::string_view> units;
    for (const auto& u : raw_units) {
        auto t = strutil::trim(u);
        if (!t.empty()) units.push_back(t);
    }
    if (units.size() > kMaxUnits) return false;
    for (std::size_t i = 0; i < units.size(); ++i)
        for (std::size_t j = 0; j < units.size(); ++j)
            if (i != j && find_repeat(units[j], units[i])) return true;
    return false;
}

std::vector<std::string> recover_cumulative(const std::vector<std::string>& in, std::vector<bool>* set_off) {
    if (set_off) set_off->clear();
    // Exact duplicates are one unit.
    std::vector<std::string> units;
    {
        std::set<std::string_view> seen;
        for (const auto& u : in) {
            auto t = strutil::trim(u);
            if (t.empty() || !seen.insert(t).second) continue;
            units.emplace_back(t);
        }
    }
    if (units.size() > kMaxUnits) {
        std::vector<std::string> out;
        for (const auto& u : in) {
            auto t = strutil::trim(u);
            if (!t.empty()) out.emplace_back(t);
        }
        if (set_off) set_off->assign(out.size(), false);
        return out;
    }
    const std::size_t n = units.size();
    std::vector<std::size_t> by_length(n);
    std::iota(by_length.begin(), by_length.end(), 0);
    std::stable_sort(by_length.begin(), by_length.end(),
                     [&](std::size_t a, std::size_t b) { return units[a].size() > units[b].size(); });

    // Once the body is known to be cumulative (some unit of substance repeats inside another),
    // a short last paragraph ("More", "Year") counts as a repeat too when it ends several other
    // units, or ends one with no ordinary single space before it (glued, or after a space run),
    // where a coincidence ("The company told Reuters" and "Reuters") has a plain space.
    bool cumulative = false;
    for (std::size_t i = 0; i < n && !cumulative; ++i)
        for (std::size_t j = 0; j < n && !cumulative; ++j)
            if (i != j && find_repeat(units[j], units[i])) cumulative = true;
    auto short_suffix = [&](std::size_t master, std::size_t idx) -> bool {
        const std::string& m = units[master];
        const std::string& u = units[idx];
        if (!cumulative || u.size() >= m.size() || m.compare(m.size() - u.size(), u.size(), u) != 0) return false;
        std::size_t ending = 0;
        for (std::size_t k = 0; k < n; ++k)
            if (k != idx && units[k].size() > u.size() &&
                units[k].compare(units[k].size() - u.size(), u.size(), u) == 0)
                ++ending;
        if (ending >= 2) return true;
        std::size_t b = m.size() - u.size();
        bool single_space = b >= 1 && m[b - 1] == ' ' && (b < 2 || m[b - 2] != ' ');
        return !single_space;
    };

    std::vector<bool> is_master(n, false);
    std::vector<std::set<std::size_t>> cuts(n);
    std::vector<std::size_t> masters;  // in decreasing length
    for (std::size_t idx : by_length) {
        bool placed = false;
        for (std::size_t m : masters) {
            if (auto match = find_repeat(units[m], units[idx])) {
                cuts[m].insert(match->begin);
                cuts[m].insert(match->end);
                placed = true;
                break;
            }
        }
        for (std::size_t m : masters) {
            if (placed) break;
            if (short_suffix(m, idx)) {
                cuts[m].insert(units[m].size() - units[idx].size());
                placed = true;
            }
        }
        if (!placed) {
            is_master[idx] = true;
            masters.push_back(idx);
        }
    }

    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_master[i]) continue;
        const std::string& text = units[i];
        std::size_t prev = 0;
        cuts[i].insert(text.size());
        for (std::size_t c : cuts[i]) {
            if (c <= prev) continue;
            auto piece = strutil::trim(std::string_view(text).substr(prev, c - prev));
            if (!piece.empty()) {
                out.emplace_back(piece);
                if (set_off) set_off->push_back(text.compare(prev, 2, "  ") == 0);
            }
            prev = c;
        }
    }
    return out;
}

std::vector<std::string> paragraphs_from_lines(const std::vector<std::string>& lines, bool whole_blocks,
                                               std::vector<bool>* set_off) {
    auto units = trimmed_nonblank(lines);
    if (has_repetition(units)) return recover_cumulative(units, set_off);
    // No repetition: the lines (or blank-line blocks) are the paragraphs as they are, repeated
    // table rows included.
    auto grouped = group_lines(lines, whole_blocks);
    if (grouped != units && has_repetition(grouped)) return recover_cumulative(grouped, set_off);
    if (set_off) set_off->assign(grouped.size(), false);
    return grouped;
}

}  // namespace newsarc
