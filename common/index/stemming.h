// How words become terms, on which the indexer (TermGenerator) and the query parser must agree.
#pragma once

#include <xapian.h>

namespace newsarc::schema {

// One stemmed term per word, with positions (phrases match on stems). Half the terms of STEM_SOME,
// and about 1.6x faster to index (../shared/notes/xapian-ingest-measurements.md).
inline constexpr auto kTermStemming = Xapian::TermGenerator::STEM_ALL_Z;
inline constexpr auto kQueryStemming = Xapian::QueryParser::STEM_ALL_Z;

}  // namespace newsarc::schema
