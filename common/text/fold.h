// Accent folding for search: the same terms whether a name is written José or Jose, where that is
// how the language reads.
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// Folds UTF-8 text for the index and for queries, never for stored text, in the conventions of the
// language `language` (an Article::language code; "und" or "" for none known):
// - Latin, Greek and Cyrillic letters lose their diacritics (é -> e, ά -> α, stress marks), except
//   the letters the language counts as letters of their own: ñ in Spanish, ä ö ü in German, every
//   accented letter in Polish, Czech, Hungarian, Turkish, the Nordic and Baltic languages,
//   Vietnamese and the like. Cyrillic й ї ў and the like are letters everywhere; ё becomes е.
// - Arabic harakat and tatweel and Hebrew points go: texts are written with and without them.
// - Every other script is left as it is: the vowel signs of Devanagari, Tamil or Thai are letters.
// Letters without a decomposition (ł, ø, ß) stay. Invalid UTF-8 is returned unchanged.
std::string fold_for_language(std::string_view text, std::string_view language);

// fold_for_language for text of no particular language (names, and every query word before
// languages were analysed).
std::string fold_for_search(std::string_view text);

// Whether fold_for_language folds alike for these two languages (the query parses once per way of
// folding an archive's languages).
bool same_folding(std::string_view a, std::string_view b);

}  // namespace newsarc
