// Byline normalisation: "By Cal Mankowski, Reuters" -> {"Cal Mankowski"}, "TOVAH LAZAROFF" ->
// {"Tovah Lazaroff"}, plus the exact-match key used for author terms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// The authors a byline names, as display names, in order, without duplicates. Strips "By",
// agency credits (", Reuters"), job titles ("Staff Writer"), e-mail addresses and parenthesised
// notes; splits "A and B", "A, B and C", "A & B", "A; B". Shouted names are title-cased
// (O'Brien, McDonald, Jean-Paul, J.R.R.); names written in mixed case are kept as written.
// A byline naming only an agency or staff ("By REUTERS", "AP", "Staff", "Staff Writer",
// "Reuters Staff") names no person and gives no author.
// Shouted names are title-cased only where letter-by-letter case mapping spells them right: Latin
// and Cyrillic letters, and not in Turkish or Azerbaijani (`language`, the article's: "I" is "ı"
// there) nor a Dutch "IJ". Greek capitals drop the accents and lowercase to "σ" where a word ends
// in "ς", so a shouted Greek name is kept as written, as are names in other scripts.
std::vector<std::string> normalise_byline(std::string_view byline, std::string_view language = {});

// Title-cases one shouted name: "MARK O'NEILL" -> "Mark O'Neill", "GREG MCCUNE" -> "Greg McCune".
// Roman numerals (II, III, IV) stay in capitals; surname particles inside a name are lowercase
// ("PETER VAN DIJK" -> "Peter van Dijk").
std::string title_case_name(std::string_view name);

// The key for exact author terms: Unicode-lowercased, whitespace collapsed, diacritics kept
// ("Tovah  Lazaroff" -> "tovah lazaroff").
std::string normalise_author_key(std::string_view name);

}  // namespace newsarc
