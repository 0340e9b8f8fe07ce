// Spelling suggestions over the stemmed vocabulary, shown as words the archive actually contains.
#include "common/search/spelling.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <tuple>
#include <vector>

#include "common/store/database.h"
#include "common/text/fold.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

bool is_plain_word(const std::string& token) {
    if (token.empty() || token == "AND" || token == "OR" || token == "NOT" || token == "NEAR" || token == "XOR")
        return false;
    return std::all_of(token.begin(), token.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
}

// A word of the article that stems to `stem`, as written there (lowercased): what the user should see.
std::string word_for_stem(const Xapian::Database& db, const RecordCodec& codec, const std::string& stem) {
    std::string term = "Z" + stem;
    auto doc = db.postlist_begin(term);
    if (doc == db.postlist_end(term)) return stem;
    Article a = load_article(db.get_document(*doc), codec);
    Xapian::Stem stemmer("english");
    std::string text = a.title + " " + a.body();
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
        if (std::isalpha(c) || c >= 0x80) {
            word += static_cast<char>(c);
            continue;
        }
        if (!word.empty()) {
            std::string lower = strutil::to_lower(fold_for_search(word));
            if (stemmer(lower) == stem) return lower;
            word.clear();
        }
    }
    return stem;
}

}  // namespace

std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit) {
    std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit) return limit + 1;
    std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
    for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        std::size_t row_min = limit + 1;
        for (std::size_t j = 1; j <= m; ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
            row_min = std::min(row_min, d[i][j]);
        }
        if (row_min > limit) return limit + 1;
    }
    return d[n][m];
}

std::optional<std::string> suggest_correction(const Xapian::Database& db, const RecordCodec& codec,
                                              const std::string& text) {
    Xapian::Stem stemmer("english");
    std::istringstream in(text);
    std::vector<std::string> tokens;
    for (std::string token; in >> token;) tokens.push_back(token);

    // The words the archive knows give the context that decides between equally close candidates.
    std::vector<Xapian::Query> known;
    for (const auto& token : tokens) {
        if (!is_plain_word(token)) continue;
        // Appended, not "Z" + std::string: GCC 12 warns falsely there
        // of an overlap (-Wrestrict).
        std::string term = std::string("Z").append(stemmer(strutil::to_lower(fold_for_search(token))));
        if (db.get_termfreq(term) > 0) known.emplace_back(term);
    }
    auto matches_with_context = [&](const std::string& term) {
        std::vector<Xapian::Query> all = known;
        all.emplace_back(term);
        Xapian::Enquire enquire(db);
        enquire.set_query(Xapian::Query(Xapian::Query::OP_AND, all.begin(), all.end()));
        return enquire.get_mset(0, 0).get_matches_estimated();
    };

    bool changed = false;
    for (auto& token : tokens) {
        if (!is_plain_word(token)) continue;
        std::string word = strutil::to_lower(fold_for_search(token));
        std::string stem = stemmer(word);
        if (stem.empty() || db.get_termfreq("Z" + stem) > 0) continue;
        std::size_t limit = stem.size() <= 4 ? 1 : 2;
        // Ranked by distance between stems, then between the typed word and the stem (stems are
        // mostly prefixes of words, so this prefers "coffe" to "come" for "cofee"), then by how many
        // articles hold the candidate with the query's other words, then by frequency.
        struct Candidate {
            std::string stem;
            std::size_t distance, word_distance;
            Xapian::doccount context, freq;
        };
        std::vector<Candidate> candidates;
        // Candidates share the first letter: typos there are rare, and it bounds the scan.
        std::string prefix = std::string("Z").append(stem, 0, 1);
        for (auto t = db.allterms_begin(prefix); t != db.allterms_end(prefix); ++t) {
            std::string candidate = (*t).substr(1);
            if (candidate.empty() || std::isupper(static_cast<unsigned char>(candidate[0]))) continue;
            std::size_t distance = edit_distance(stem, candidate, limit);
            if (distance > limit) continue;
            candidates.push_back({candidate, distance, edit_distance(word, candidate, word.size()), 0, t.get_termfreq()});
        }
        if (candidates.empty()) continue;
        auto closer = [](const Candidate& a, const Candidate& b) {
            return std::tie(a.distance, a.word_distance) < std::tie(b.distance, b.word_distance);
        };
        std::sort(candidates.begin(), candidates.end(), closer);
        std::size_t tied = 1;
        while (tied < candidates.size() && !closer(candidates[0], candidates[tied])) ++tied;
        tied = std::min<std::size_t>(tied, 8);
        for (std::size_t i = 0; i < tied; ++i) candidates[i].context = matches_with_context("Z" + candidates[i].stem);
        auto best = std::max_element(candidates.begin(), candidates.begin() + tied, [](const auto& a, const auto& b) {
            return std::tie(a.context, a.freq) < std::tie(b.context, b.freq);
        });
        token = word_for_stem(db, codec, best->stem);
        changed = true;
    }
    if (!changed) return std::nullopt;
    return strutil::join(tokens, " ");
}

}  // namespace newsarc
