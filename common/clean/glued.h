// Splitting text that a scraper glued together: "deal.Russia has", "said.   Stay updated",
// "Jerusalem and MoscowTies between", and sentence segmentation that shares the same rules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// The families of rules that split glued text, each of which can be switched off to measure what
// it contributes (bench/clean's generalisation tool, --without); the cleaner runs them all. A
// family switched off makes no cuts; the article is read as context the same way.
struct GluedRules {
    bool space_runs = true;     // runs of spaces and tabs (glued_space_runs.h)
    bool sentence_ends = true;  // sentence ends glued to the next sentence (glued_sentences.h)
    bool junctions = true;      // word junctions without punctuation, in glued text (glued_junctions.h)
    bool headings = true;       // headings and titles glued on, in glued text (glued_headings.h)
    bool rows = true;           // table rows, list items, remarks, in glued text (glued_rows.h)
    bool vocabulary = true;     // cuts by the article's own words, in glued text (glued_vocabulary.h)
    // Every family but space_runs was written for English news in Latin script: its abbreviations,
    // sentence openers and verbs, capitals that open sentences and names, Reuters' tables and
    // units. False for an article in another language (language_scope.h) turns them off, as they
    // would read "ул.Ленина", "Αγ.Παρασκευή" or "15.April" as sentence ends; runs of spaces are
    // the scraper's own in any language and stay. Even on English text, a cut next to a word of
    // another script is undone (a Russian name quoted in an English article).
    bool english = true;
};

// Switches `family` off, named as the member ("space_runs", "sentence_ends", ...); false when no
// family has that name.
bool switch_off_glued_family(GluedRules& rules, std::string_view family);

// The families' names, comma-separated, for messages.
std::string glued_family_names();

// For measurement only: the rules that split_glued and split_glued_paragraphs use when given none
// (all on unless set), for the whole process. Set before any cleaning starts.
void set_glued_rules_for_measurement(const GluedRules& rules);

// The rules in effect for the entry points without rules: all on, or as set for measurement.
GluedRules glued_rules_in_effect();

// Splits one paragraph into the paragraphs glued into it:
//  - runs of two or more spaces (or a tab) are paragraph breaks when a sentence or quote ends
//    before them or a capital, quote or digit follows (other runs are just spacing);
//  - a sentence end glued to the next sentence ("deal.Russia", "ceasefire.“The", "said.”Netanyahu")
//    is a break; quotes stay with their sentence. Abbreviations (Brig., Gen., Inc.), initials and
//    acronyms (U.S., J.R.R., e.g.), decimals (3.5) and host names (jpost.com) never split;
//  - when `headings` is set, a short title-like segment (3-10 words, capitalised, no punctuation,
//    no "is"/"said"-type verb) glued to a sentence ("Strained ties between Jerusalem and
//    MoscowTies between ...") becomes its own paragraph, while camel-case names (McDonald, iPhone,
//    YouTube) stay whole, as does any camel-case token that occurs more than once in `context`;
//  - when `headings` is set (text known to be glued) and `context` holds the article, one
//    paragraph a line, paragraph ends without punctuation are found too: a lowercase word running
//    into a capitalised one ("27 ctsOper net"), a number into a word ("197,000Revs",
//    "0.635ECUADOR"), any word into a word that opens other paragraphs or sentences of the article
//    ("YearShr 50 cts"), a word into an opening quote, an all-capitals label ("mlnNOTE:"), dot
//    leaders ("unch.........Matched"), and sentence ends glued after a company abbreviation,
//    acronym or ticker ("Inc.Junk bond", "L.P.The", "<HWHH.HK>.They"), table rows glued to rows
//    ("UP 1DEC7 --", "SETTMAY7 10230L", "23 CTSNet", "IV 4.65 --V 4.65", "3,994,8081st half"),
//    list items ("points:1) Regular"), and less usual sentence ends and openings ("the SEC.Under",
//    "the 1990s.He", "March 1.Siaahan", "Bank .In", "said.S and P", "reported.<Syarikat Bhd>",
//    "said.yesterday"). Names written without a space recur in the article and stay whole
//    ("CityBank", "E.D.F.Man"); the context is the article one piece a line, a line broken at
//    every run of spaces.
// Pieces are trimmed; empty ones are dropped.
// `set_off`: a run of spaces stood before the paragraph (recover_cumulative's flag), so its start
// is judged as the start of a piece after a run.
std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context = {},
                                     bool headings = true, bool set_off = false);
std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context, bool headings, bool set_off,
                                     const GluedRules& rules);

// split_glued over every paragraph, keeping order; the context is all paragraphs plus
// `extra_context` (the title). Heading splits are made only when the text shows gluing (some
// paragraph splits at a space run or a glued sentence end) or `glued_source` says so (the body
// had cumulative repetition), since clean text is full of camel-case names.
// `set_off`, when given, holds split_glued's flag for each paragraph.
std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs,
                                                std::string_view extra_context = {},
                                                bool glued_source = false, const std::vector<bool>* set_off = nullptr);
std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs, std::string_view extra_context,
                                                bool glued_source, const std::vector<bool>* set_off, const GluedRules& rules);

// Sentences of a paragraph, split after . ! ? (and any closing quotes) followed by whitespace and
// a capital, digit or opening quote, with the same abbreviation rules. Used by boilerplate
// removal to drop one glued-in sentence. Sentences are trimmed.
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace newsarc
