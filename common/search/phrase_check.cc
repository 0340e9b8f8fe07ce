// Relaxing phrase queries for Xapian and checking them on stored text.
#include "common/search/phrase_check.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "common/index/analysis.h"
#include "common/model/article_json.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/text/fold.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

using Q = Xapian::Query;

// Body words are indexed as "Z" + stem; prefixed fields continue with a capital ("ZS", "ZA").
bool is_body_term(const std::string& term) {
    return term.size() > 1 && term[0] == 'Z' && !std::isupper(static_cast<unsigned char>(term[1]));
}

bool is_positional(Q::op op) { return op == Q::OP_PHRASE || op == Q::OP_NEAR; }

// The alternatives for each position of a PHRASE/NEAR: its subqueries are terms or ORs of terms.
std::vector<std::vector<std::string>> phrase_terms(const Q& query) {
    std::vector<std::vector<std::string>> out;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        Q sub = query.get_subquery(i);
        out.emplace_back(sub.get_unique_terms_begin(), sub.get_unique_terms_end());
    }
    return out;
}

bool has_body_phrase(const Q& query) {
    if (is_positional(query.get_type())) {
        for (const auto& alternatives : phrase_terms(query))
            for (const auto& term : alternatives)
                if (is_body_term(term)) return true;
        return false;
    }
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        if (has_body_phrase(query.get_subquery(i))) return true;
    return false;
}

// The window of a PHRASE/NEAR, which Xapian 1.4 exposes only in the description: "(a PHRASE 2 b)".
Xapian::termcount window_of(const Q& query) {
    std::string d = query.get_description();
    const char* name = query.get_type() == Q::OP_PHRASE ? " PHRASE " : " NEAR ";
    auto at = d.find(name);
    if (at == std::string::npos) return static_cast<Xapian::termcount>(query.get_num_subqueries());
    return static_cast<Xapian::termcount>(std::strtoul(d.c_str() + at + std::string(name).size(), nullptr, 10));
}

// The words of a query's description, "Query(WILDCARD SYNONYM Zpric)" -> {WILDCARD, SYNONYM, Zpric}:
// Xapian 1.4 exposes a wildcard's pattern and a value range's slot and bounds only there. Terms
// and the date values newsarc keeps hold no spaces; a description with escapes (Xapian writes a
// backslash or a control character as \xNN) gives no words rather than wrong ones.
std::vector<std::string> description_words(const Q& query) {
    std::string d = query.get_description();
    if (d.find('\\') != std::string::npos) return {};
    if (d.starts_with("Query(") && d.ends_with(")")) d = d.substr(6, d.size() - 7);
    return strutil::split(d, " ");
}

bool rebuildable(Q::op op) {
    switch (op) {
        case Q::OP_AND: case Q::OP_OR: case Q::OP_AND_NOT: case Q::OP_XOR: case Q::OP_AND_MAYBE:
        case Q::OP_FILTER: case Q::OP_SYNONYM: case Q::OP_MAX:
            return true;
        default:
            return false;
    }
}

// Evaluates the query on one document: term presence from its term list, phrases from its text.
class Evaluator {
public:
    Evaluator(const Xapian::Document& doc, const RecordCodec& codec, const std::vector<std::string>& wanted)
        : doc_(doc), codec_(codec), wanted_(wanted) {}

    bool holds(const Q& query) {
        std::size_t n = query.get_num_subqueries();
        switch (query.get_type()) {
            case Q::LEAF_TERM: {
                auto it = query.get_unique_terms_begin();
                return it == query.get_unique_terms_end() || has_term(*it);
            }
            case Q::LEAF_MATCH_NOTHING: return false;
            case Q::OP_AND: case Q::OP_FILTER:
                for (std::size_t i = 0; i < n; ++i)
                    if (!holds(query.get_subquery(i))) return false;
                return true;
            case Q::OP_OR: case Q::OP_SYNONYM: case Q::OP_MAX: case Q::OP_ELITE_SET:
                for (std::size_t i = 0; i < n; ++i)
                    if (holds(query.get_subquery(i))) return true;
                return n == 0;
            case Q::OP_AND_NOT:
                if (n == 0 || !holds(query.get_subquery(0))) return false;
                for (std::size_t i = 1; i < n; ++i)
                    if (holds(query.get_subquery(i))) return false;
                return true;
            case Q::OP_AND_MAYBE: case Q::OP_SCALE_WEIGHT:
                return n == 0 || holds(query.get_subquery(0));
            case Q::OP_XOR: {
                bool odd = false;
                for (std::size_t i = 0; i < n; ++i) odd ^= holds(query.get_subquery(i));
                return odd;
            }
            case Q::OP_PHRASE: case Q::OP_NEAR: {
                auto terms = phrase_terms(query);
                bool body = false;
                for (const auto& alternatives : terms)
                    for (const auto& t : alternatives) body = body || is_body_term(t);
                if (!body) return true;  // positions are indexed: Xapian has checked it
                return phrase_matches(positions(), terms, window_of(query), query.get_type() == Q::OP_PHRASE);
            }
            case Q::OP_WILDCARD: return wildcard_holds(query);
            case Q::OP_VALUE_RANGE: case Q::OP_VALUE_GE: case Q::OP_VALUE_LE: return value_range_holds(query);
            default:
                // MatchAll, and anything newsarc's parser does not make.
                return true;
        }
    }

private:
    // Wildcards and value ranges are evaluated too, not taken as true because Xapian has applied
    // them: under a NOT or beside a phrase in an OR, "true" would drop or keep the wrong articles
    // ('"crude oil" -pric*' would keep none). A description that cannot be read stays "true".
    bool wildcard_holds(const Q& query) {
        std::vector<std::string> words = description_words(query);
        if (words.size() != 3 || words[0] != "WILDCARD") return true;
        load_terms();
        const std::string& prefix = words[2];
        auto it = terms_.lower_bound(prefix);
        return it != terms_.end() && it->starts_with(prefix);
    }

    bool value_range_holds(const Q& query) {
        std::vector<std::string> words = description_words(query);
        bool range = query.get_type() == Q::OP_VALUE_RANGE;
        if (words.size() != (range ? 4u : 3u) || words[1].find_first_not_of("0123456789") != std::string::npos)
            return true;
        std::string value = doc_.get_value(static_cast<Xapian::valueno>(std::stoul(words[1])));
        if (value.empty()) return false;  // Xapian matches no document without a value in the slot
        if (query.get_type() == Q::OP_VALUE_LE) return value <= words[2];
        return value >= words[2] && (!range || value <= words[3]);
    }

    void load_terms() {
        if (terms_loaded_) return;
        for (auto it = doc_.termlist_begin(); it != doc_.termlist_end(); ++it) terms_.insert(*it);
        terms_loaded_ = true;
    }

    bool has_term(const std::string& term) {
        load_terms();
        return terms_.count(term) > 0;
    }

    const TermPositions& positions() {
        if (!positions_loaded_) {
            Article a = load_article(doc_, codec_);
            positions_ = text_positions(a.title, a.paragraphs, wanted_, a.language);
            positions_loaded_ = true;
        }
        return positions_;
    }

    const Xapian::Document& doc_;
    const RecordCodec& codec_;
    const std::vector<std::string>& wanted_;
    std::set<std::string> terms_;
    bool terms_loaded_ = false;
    TermPositions positions_;
    bool positions_loaded_ = false;
};

}  // namespace

bool needs_phrase_check(const Xapian::Query& query) { return has_body_phrase(query); }

namespace {

// `negated`: the subquery excludes documents (right of AND_NOT). There a phrase must exclude less
// than its words would, so it becomes MatchNothing and the decider applies the real exclusion.
Xapian::Query relax(const Xapian::Query& query, bool negated) {
    Q::op op = query.get_type();
    if (is_positional(op) && has_body_phrase(query)) {
        if (negated) return Q::MatchNothing;
        std::vector<Q> subs;
        for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) subs.push_back(query.get_subquery(i));
        return Q(Q::OP_AND, subs.begin(), subs.end());
    }
    // Rebuild only the nodes above a body phrase, and only those whose parameters are all in their
    // subqueries (XOR mixes both polarities and is kept as it is).
    if (!rebuildable(op) || op == Q::OP_XOR || !has_body_phrase(query)) return query;
    std::vector<Q> subs;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
        subs.push_back(relax(query.get_subquery(i), negated != (op == Q::OP_AND_NOT && i > 0)));
    return Q(op, subs.begin(), subs.end());
}

}  // namespace

Xapian::Query relax_phrases(const Xapian::Query& query) { return relax(query, false); }

namespace {

// Appends the lowercased, accent-folded words of `text` to `words`, split like TermGenerator.
void split_words(const std::string& text, const std::string& language, std::vector<std::string>& words) {
    std::string folded = analysis_text(text, language);
    Xapian::Utf8Iterator it(folded), end;
    std::string word;
    bool acronym = false;  // "U.S." so far: letters each followed by a full stop
    auto flush = [&] {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
        acronym = false;
    };
    while (it != end) {
        unsigned ch = *it;
        if (Xapian::Unicode::is_wordchar(ch)) {
            Xapian::Unicode::append_utf8(word, Xapian::Unicode::tolower(ch));
            ++it;
            continue;
        }
        Xapian::Utf8Iterator next = it;
        ++next;
        bool word_follows = next != end && Xapian::Unicode::is_wordchar(*next);
        // Inner apostrophes join a word (Israel's); a full stop after a single letter that another
        // single letter and full stop follow makes an acronym (U.S. -> us), as TermGenerator does.
        if (!word.empty() && word_follows && (ch == '\'' || ch == 0x2019)) {
            word += '\'';
            it = next;
            continue;
        }
        if (ch == '.' && word_follows && (acronym || strutil::code_points(word) == 1)) {
            Xapian::Utf8Iterator after = next;
            ++after;
            if (after != end && *after == '.') {
                acronym = true;
                it = next;
                continue;
            }
        }
        flush();
        ++it;
    }
    flush();
}

}  // namespace

TermPositions text_positions(const std::string& title, const std::vector<std::string>& paragraphs,
                             const std::vector<std::string>& wanted, const std::string& language) {
    Xapian::Stem stemmer = analysis_stemmer(language);
    // English stems keep the start of their word; other stemmers fold (German umlauts) or strip
    // prefixes, so every word is stemmed there.
    bool prefix_shortcut = language == "en";
    TermPositions out;
    std::vector<std::string> words;
    Xapian::termpos pos = 0;
    std::vector<const std::string*> texts{&title};
    for (const auto& p : paragraphs) texts.push_back(&p);
    for (const std::string* text : texts) {
        words.clear();
        split_words(*text, language, words);
        for (const auto& word : words) {
            ++pos;
            std::string stem;  // stemmed once, when some term may want it
            // A stem keeps the start of its word: "hostages" -> "hostag". Only words that begin like
            // a wanted stem (all but its last letter, which stemming may change) are stemmed.
            for (const auto& term : wanted) {
                std::size_t keep = term.size() > 2 ? std::min<std::size_t>(term.size() - 2, 3) : 1;
                if (prefix_shortcut && word.compare(0, keep, term, 1, keep) != 0) continue;
                // term is "Z" + stem: compare past the prefix rather than build a string per word.
                if (stem.empty()) stem = stemmer(word);
                if (term.compare(1, std::string::npos, stem) == 0) out[term].push_back(pos);
            }
        }
        pos += schema::kParagraphGap;
    }
    return out;
}

bool phrase_matches(const TermPositions& positions, const std::vector<std::vector<std::string>>& terms,
                    Xapian::termcount window, bool ordered) {
    if (terms.empty()) return true;
    // Every occurrence of any alternative for each slot, as (position, slot), in position order.
    std::vector<std::pair<Xapian::termpos, std::size_t>> hits;
    for (std::size_t slot = 0; slot < terms.size(); ++slot) {
        bool found = false;
        for (const auto& term : terms[slot]) {
            auto it = positions.find(term);
            if (it == positions.end()) continue;
            found = true;
            for (auto p : it->second) hits.emplace_back(p, slot);
        }
        if (!found) return false;
    }
    std::sort(hits.begin(), hits.end());
    if (ordered) {
        // From each occurrence of the first slot, take the earliest next slot each time: that keeps
        // the span as short as it can be.
        for (const auto& [start, slot] : hits) {
            if (slot != 0) continue;
            Xapian::termpos last = start;
            std::size_t want = 1;
            for (const auto& [p, s] : hits) {
                if (want == terms.size()) break;
                if (p > last && s == want) {
                    last = p;
                    ++want;
                }
            }
            if (want == terms.size() && last - start < window) return true;
        }
        return false;
    }
    // NEAR: the shortest stretch holding every slot, by a sliding window over the hits.
    std::vector<std::size_t> count(terms.size(), 0);
    std::size_t covered = 0, left = 0;
    for (std::size_t right = 0; right < hits.size(); ++right) {
        if (count[hits[right].second]++ == 0) ++covered;
        while (covered == terms.size()) {
            if (hits[right].first - hits[left].first < window) return true;
            if (--count[hits[left].second] == 0) --covered;
            ++left;
        }
    }
    return false;
}

namespace {

// The body terms that PHRASE/NEAR nodes of `query` name.
void collect_phrase_terms(const Q& query, std::vector<std::string>& out) {
    if (is_positional(query.get_type())) {
        for (const auto& alternatives : phrase_terms(query))
            for (const auto& term : alternatives)
                if (is_body_term(term) && std::find(out.begin(), out.end(), term) == out.end()) out.push_back(term);
        return;
    }
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) collect_phrase_terms(query.get_subquery(i), out);
}

}  // namespace

PhraseDecider::PhraseDecider(Xapian::Query original, const RecordCodec& codec, std::size_t max_checks)
    : original_(std::move(original)), codec_(codec), max_checks_(max_checks) {
    collect_phrase_terms(original_, wanted_);
}

bool PhraseDecider::operator()(const Xapian::Document& doc) const {
    if (max_checks_ && ++checks_ > max_checks_) {
        exhausted_ = true;
        return false;
    }
    Evaluator evaluator(doc, codec_, wanted_);
    return evaluator.holds(original_);
}

}  // namespace newsarc
