// Internal to glued-text splitting (glued.h): word junctions without punctuation, the paragraph
// ends a scraper glued to the next paragraph's first word or figure. Each rule is judged at the
// byte offset `i` of `s` where the next paragraph would start (`cp` the code point there, `len`
// its length, `prev` the code point before); `context` is the article, one piece a line, or
// empty when unknown (then only the rules that need no article apply).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace newsarc::glued {

// The word that starts with a capital at a junction, and how it ends.
struct CapitalAt {
    std::string_view right;      // its letters
    std::size_t right_end = 0;   // where they end
    bool whole = false;          // followed by a space, colon, slash, dot leaders or the end
    std::int32_t second = 0;     // its second code point
    bool cap_word = false;       // a capitalised word, whole ("Oper", "Revs")
    bool caps_word = false;      // a word of capitals starting here, whole ("NOTE", "ECUADOR")
};
CapitalAt capital_at(std::string_view s, std::size_t i, std::size_t len, std::int32_t prev);

// A capital at `i` after a letter, digit or ')': a lowercase word into a capitalised word or
// capitals ("priorPay", "Market reactionComputer", "mlnNOTE:"), a number into a capitalised word
// ("197,000Revs", "0.635ECUADOR"), a word that opens other paragraphs or sentences of the article
// ("23 CTSNet", "Tom StanzelCollins was"), a closing bracket into capitals ("(2358.96)AB 12664").
// Names stay whole: known camel-case names, names in angle brackets, tokens the article repeats.
bool capital_junction(std::string_view s, std::size_t i, std::int32_t prev, const CapitalAt& at, std::string_view context);

// A word or number running into an opening quote and a capital: 'funding"They will'.
bool quote_junction(std::string_view s, std::size_t i, std::size_t len, std::int32_t cp, std::int32_t prev,
                    std::size_t straight_total);

// A lowercase word into a number that opens the next paragraph ("31.6 mln12 mths", "in
// year1986 year"), or a word into a number that opens other paragraphs of the article.
bool digit_junction(std::string_view s, std::size_t i, std::int32_t cp, std::int32_t prev, std::string_view context);

// A list glued after its colon, at the colon `i`: "filed with the Commission:Audiotronics Corp".
bool list_after_colon(std::string_view s, std::size_t i, std::int32_t prev);

// Table dot leaders (six dots or more: "agreement....We think" is an ellipsis) starting at `i`:
// where they end, or 0. Before a capitalised word they end a row ("unch.........Matched sales").
std::size_t dot_leaders_end(std::string_view s, std::size_t i);

// Whether `word` (a view into `s`) opens a sentence, a lowercase word following it: "police
// saidA police spokesman", "officials told ReutersIn Australia", "chairman Tom StanzelCollins
// was": the article "A" or "I", an opener, or a word that opens sentences or paragraphs elsewhere
// in the article. A camel-case name's second half ("tenderCare", "PaineWebber") opens none.
bool word_opens_sentence(std::string_view s, std::string_view word, std::string_view context);

}  // namespace newsarc::glued
