// "Did you mean": corrections drawn from the archive's own vocabulary at query time, so ingest pays
// nothing for them.
#pragma once

#include <optional>
#include <string>

#include <xapian.h>

#include "common/store/record_codec.h"

namespace newsarc {

// The query text with each plain word the archive does not know replaced by the closest word it
// does know (edit distance 1 for short words, 2 for longer, the more frequent on a tie); nullopt
// when nothing needs or admits correction. Fielded terms, phrases and operators are left alone.
std::optional<std::string> suggest_correction(const Xapian::Database& db, const RecordCodec& codec,
                                              const std::string& text);

// Damerau-Levenshtein distance (adjacent transpositions count one), stopping early past `limit`.
std::size_t edit_distance(const std::string& a, const std::string& b, std::size_t limit);

}  // namespace newsarc
