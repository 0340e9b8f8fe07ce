// Elided articles and pronouns in French, Italian and Catalan: "l'intérieur", "dell'alimentazione",
// "d'esclaus" are two words, but Xapian's tokenisers keep a word's inner apostrophe (as English
// needs for "don't" and "O'Brien"), which would index "l'interieur" and never "interieur".
#pragma once

#include <string>
#include <string_view>

namespace newsarc {

// `text` with the apostrophe after an elided word of `language` (fr, it, ca) turned into a space;
// other languages' text unchanged.
std::string split_elisions(std::string text, std::string_view language);

// One word as a text has it ("l'intérieur") without its elided article ("intérieur").
std::string without_elision(const std::string& word, std::string_view language);

}  // namespace newsarc
