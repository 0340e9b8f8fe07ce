// Phrases without body positions: the index stores no positions for body words (half the index
// size and build time), so phrase and NEAR queries on them match as AND in Xapian and are verified
// here against the stored text of each candidate.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "common/store/record_codec.h"

namespace newsarc {

// True when `query` has a PHRASE or NEAR over body words (unprefixed stemmed terms).
bool needs_phrase_check(const Xapian::Query& query);

// The query with each such PHRASE/NEAR turned into an AND of its terms, for Xapian to match.
Xapian::Query relax_phrases(const Xapian::Query& query);

// Positions of the wanted stemmed terms ("Z" + stem) in an article's title and paragraphs, with a
// gap between paragraphs so that no phrase spans two. Words are split as Xapian's TermGenerator
// splits them (word characters, inner apostrophes, acronyms such as U.S.), accent-folded and
// lowercased; only words that could stem to a wanted term are stemmed, which keeps checking a
// candidate cheap (a few microseconds for a typical article).
using TermPositions = std::unordered_map<std::string, std::vector<Xapian::termpos>>;
// The words are analysed in `language`, as DocumentBuilder analyses an article of that language.
TermPositions text_positions(const std::string& title, const std::vector<std::string>& paragraphs,
                             const std::vector<std::string>& wanted, const std::string& language = "en");

// True when positions satisfy a PHRASE (in order) or NEAR (any order) of `terms` within `window`.
bool phrase_matches(const TermPositions& positions, const std::vector<std::vector<std::string>>& terms,
                    Xapian::termcount window, bool ordered);

// Accepts a candidate of the relaxed query only if the original query holds on its stored text.
// A phrase of common words can have most of the archive as candidates: `max_checks` (0 = no limit)
// bounds the work of one search; past it candidates are refused and exhausted() says the results
// may be incomplete.
class PhraseDecider : public Xapian::MatchDecider {
public:
    PhraseDecider(Xapian::Query original, const RecordCodec& codec, std::size_t max_checks = 0);
    bool operator()(const Xapian::Document& doc) const override;
    bool exhausted() const { return exhausted_; }

private:
    Xapian::Query original_;
    const RecordCodec& codec_;
    std::vector<std::string> wanted_;  // body terms of the query's phrases
    std::size_t max_checks_;
    mutable std::size_t checks_ = 0;
    mutable bool exhausted_ = false;
};

}  // namespace newsarc
