// Which of the cleaner's rules an article's language and script let fire. Most were written for
// English news in Latin script (Reuters 1987, the seed's scrape): English abbreviations, sentence
// openers, verbs and calls to action, capitals that open sentences and names, Reuters' tables and
// units. On other languages they read ordinary text as glue ("ул.Ленина" is no sentence end, a
// German noun's capital no heading), so they act only on English text (see cleaner.cc for the
// rules that stay everywhere: runs of spaces, cumulative repetition, learned site lines).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// Whether the rules written for English apply to an article of `language` (Article::language): it
// is "en", or undetermined ("und", CLD2 unsure: short texts, Reuters' tables) and its title and body
// are in Latin script with at least 90% of their letters ASCII, as English is (Vietnamese or Czech
// are not; text without letters, a table of figures, counts as English).
bool english_rules_apply(std::string_view language, std::string_view title, const std::vector<std::string>& body_lines);

// A letter of the Latin script: ASCII, Latin-1, Latin Extended A to E, IPA, Latin Extended Additional.
bool is_latin_letter(std::int32_t cp);

// Whether the text around a cut, from the last whitespace before `left_end` to `left_end` and from
// `right_begin` to the next whitespace, holds a letter of another script than Latin (a cut that
// splits "ул.Ленина" or a Greek word glued to an English one). Byte offsets into `s`.
bool other_script_at_cut(std::string_view s, std::size_t left_end, std::size_t right_begin);

// A full stop, question or exclamation mark of a script other than Latin: 。！？． (CJK), ؟ ۔
// (Arabic, Urdu), । ॥ (Devanagari, Bengali), ։ (Armenian), ። (Ethiopic), ။ (Myanmar), ។ (Khmer),
// ། (Tibetan). The rules that are not English's own ("a line ending a sentence ends a paragraph",
// "a run of spaces after a sentence is a break") read them as they read . ! ?
bool is_other_script_sentence_end(std::int32_t cp);

// Words as the cleaner's length guards count them ("a repeat of two words or more", "boilerplate
// is 25 words at most"): whitespace-separated words, plus one for every two characters of the
// scripts written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar), so that a
// paragraph of Chinese is not one word. The same as strutil::count_words on other text.
std::size_t guard_words(std::string_view text);

// Whether code point `cp` is written without spaces between words (Han, kana, CJK punctuation
// and full-width forms, Thai, Lao, Khmer, Myanmar).
bool is_unspaced_script(std::int32_t cp);

}  // namespace newsarc
