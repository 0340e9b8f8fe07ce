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

// Positions of each stemmed term in an article's title and paragraphs, numbered as DocumentBuilder
// numbers them (a gap between paragraphs, so no phrase spans two).
using TermPositions = std::unordered_map<std::string, std::vector<Xapian::termpos>>;
TermPositions text_positions(const std::string& title, const std::vector<std::string>& paragraphs);

// True when positions satisfy a PHRASE (in order) or NEAR (any order) of `terms` within `window`.
bool phrase_matches(const TermPositions& positions, const std::vector<std::vector<std::string>>& terms,
                    Xapian::termcount window, bool ordered);

// Accepts a candidate of the relaxed query only if the original query holds on its stored text.
class PhraseDecider : public Xapian::MatchDecider {
public:
    PhraseDecider(Xapian::Query original, const RecordCodec& codec);
    bool operator()(const Xapian::Document& doc) const override;

private:
    Xapian::Query original_;
    const RecordCodec& codec_;
};

}  // namespace newsarc
