// Sentence ends glued to the next sentence ("deal.Russia", 'legislation."Several'), and sentence
// segmentation with the same rules: whether a period's left side ends a sentence (abbreviations,
// initials, acronyms, decimals), whether a sentence opens after it (capitals, quotes, host names),
// which side of a quotation a straight quote is on, and, in glued text, the less usual ends and
// openings (companies, acronyms used as nouns, dates, lowercase sentences).
#include "common/clean/glued_sentences.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/clean/glued.h"
#include "common/clean/glued_words.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

// Whether the punctuation at `pos` (. ! ?) can end a sentence, judging only its left side.
bool left_side_ends_sentence(std::string_view s, std::size_t pos) {
    char p = s[pos];
    std::string_view word = word_before(s, pos);
    if (p != '.') {
        // "yen.?" ends too.
        return !word.empty() || (pos > 0 && (is_closer(decode_before(s, pos, nullptr)) || s[pos - 1] == '.'));
    }
    if (word.empty()) {
        // "...).", "”." and 'diets".' end sentences, as does an acronym's doubled period ("the
        // U.S.."); "..." and " ." do not.
        std::int32_t prev = decode_before(s, pos, nullptr);
        if (prev == '.' && pos >= 3 && strutil::is_letter(static_cast<unsigned char>(s[pos - 2])) && s[pos - 3] == '.' &&
            (pos + 1 >= s.size() || s[pos + 1] != '.'))
            return true;
        return is_closer(prev) || prev == '"';
    }
    // Single letters are initials or acronym parts: "U.S.", "J.R.R.", "e.g.".
    std::size_t letters = 0;
    bool has_lower = false, all_digits = true;
    for (std::size_t i = 0; i < word.size();) {
        std::size_t len = 0;
        auto cp = decode_at(word, i, &len);
        if (strutil::is_letter(cp)) ++letters;
        if (strutil::is_lower(cp)) has_lower = true;
        if (!strutil::is_digit(cp)) all_digits = false;
        i += len;
    }
    std::size_t wstart = pos - word.size();
    if (all_digits) {
        // "in 2024." ends; "the 6. July" does not; a fraction or decimal does ("88-1/4.", "3026.9.").
        if (word.size() >= 2) return true;
        // A designation ends like a word: "growth of 1.0 pct for M-3.", "the G-7."
        if (wstart >= 2 && s[wstart - 1] == '-' && std::isupper(static_cast<unsigned char>(s[wstart - 2]))) return true;
        return wstart >= 2 && (s[wstart - 1] == '/' || s[wstart - 1] == '.') &&
               std::isdigit(static_cast<unsigned char>(s[wstart - 2]));
    }
    // A number with a letter or two ends like a number: "the 1990s.", "Smartmodem 2400B.".
    if (letters < 3 && word.size() - letters >= 2 && std::isdigit(static_cast<unsigned char>(word[0]))) return true;
    if (letters < 2) return false;
    if (!has_lower) {
        // Acronym chains like "U.S." have a period before the last letter run.
        if (wstart > 0 && s[wstart - 1] == '.') return false;
        // A word of three capitals or more is an acronym, not an abbreviation: "told the SEC."
        if (letters >= 3) return true;
    }
    std::string lower = strutil::ascii_lower(word);
    if (is_abbreviation(lower)) return false;
    return true;
}

// What the shape of the straight quote at `q` says: after a space or bracket and before a word it
// opens; after a word or punctuation and before a space, punctuation or the end it closes; glued
// on both sides ('legislation."Several', 'said"It', 'don"t') it says nothing.
enum class QuoteShape { opens, closes, glued };

QuoteShape straight_quote_shape(std::string_view s, std::size_t q) {
    auto is_gap = [](std::int32_t cp) { return strutil::is_space(cp) || cp == '(' || cp == '[' || is_open_quote(cp); };
    std::int32_t prev = q > 0 ? decode_before(s, q, nullptr) : ' ';
    std::int32_t next = q + 1 < s.size() ? decode_at(s, q + 1, nullptr) : ' ';
    if (next == '"') return QuoteShape::closes;  // 'ominous.""The Fed': one closes, one opens
    if (prev == '"') return QuoteShape::opens;
    bool open_left = is_gap(prev);
    bool open_right = strutil::is_space(next) || is_close_quote(next) ||
                      (next < 0x80 && std::string_view(",.;:!?)]'").find(static_cast<char>(next)) != std::string_view::npos);
    if (open_left && !open_right) return QuoteShape::opens;
    if (open_right && !open_left) return QuoteShape::closes;
    return QuoteShape::glued;
}

// A straight quote between two letters, the second lowercase ("don"t", "Nigeria"s"): an
// apostrophe typed as a quote, no quotation mark.
bool quote_as_apostrophe(std::string_view s, std::size_t q) {
    return q > 0 && q + 1 < s.size() && strutil::is_letter(decode_before(s, q, nullptr)) &&
           strutil::is_lower(decode_at(s, q + 1, nullptr));
}

// The straight quote before `q` that is a quotation mark (not an apostrophe), or npos.
std::size_t previous_quotation_mark(std::string_view s, std::size_t q) {
    for (std::size_t k = q; k > 0;) {
        k = s.rfind('"', k - 1);
        if (k == std::string_view::npos) return k;
        if (!quote_as_apostrophe(s, k)) return k;
    }
    return std::string_view::npos;
}

// Whether the straight quote at `q` closes a quotation. Where its shape does not say, a quotation
// mark before it may (none, or a closing one: it opens); else the next quote whose shape does decides, quotes alternating in between: a closing one means this one
// opens ('legislation."Several studies ... advanced," Kleckner said': a quotation running over two
// paragraphs, its first left open as news style has it), an opening one that it closes
// ('poverty."Steel said "the cunning thing'). Counting from the start of the text instead goes
// wrong after every paragraph that leaves a quotation open. With no such quote, the count decides.
bool straight_quote_closes(std::string_view s, std::size_t q) {
    switch (straight_quote_shape(s, q)) {
        case QuoteShape::opens: return false;
        case QuoteShape::closes: return true;
        case QuoteShape::glued: break;
    }
    // With no quotation mark before it, or a closing one last ('a "bonanza," analysts say."We'),
    // there is no quotation for it to close: a paragraph inside a quotation opens with its own mark.
    auto before = previous_quotation_mark(s, q);
    if (before == std::string_view::npos || straight_quote_shape(s, before) == QuoteShape::closes) return false;
    std::size_t between = 0;
    for (auto k = s.find('"', q + 1); k != std::string_view::npos; k = s.find('"', k + 1)) {
        auto shape = straight_quote_shape(s, k);
        if (shape == QuoteShape::closes) return between % 2 == 1;
        if (shape == QuoteShape::opens) return between % 2 == 0;
        if (!quote_as_apostrophe(s, k)) ++between;
    }
    return count_straight_quotes(s, q) % 2 == 1;
}

// End (byte offset) of the run of closing quotes/brackets starting at `i` (one straight quote at
// most, when it closes).
std::size_t skip_closers(std::string_view s, std::size_t i) {
    bool straight_seen = false;
    while (i < s.size()) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        if (is_closer(cp) || (cp == '"' && !straight_seen && straight_quote_closes(s, i))) {
            if (cp == '"') straight_seen = true;
            i += len;
            continue;
        }
        break;
    }
    return i;
}

bool has_upper_ascii(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether a sentence plausibly starts at `i`: an opening quote (curly, or a straight one that
// opens) and then a capital followed by a lowercase letter, or the words "I"/"A".
bool starts_sentence(std::string_view s, std::size_t i, bool straight_quote_opens) {
    std::size_t len = 0;
    auto cp = decode_at(s, i, &len);
    if (is_open_quote(cp) || (cp == '"' && straight_quote_opens)) {
        i += len;
        cp = decode_at(s, i, &len);
        if (cp == '(') {  // a quote opening on a bracketed insertion: "(The proposal) will ..."
            i += len;
            cp = decode_at(s, i, &len);
        }
    }
    // Digits are left alone: "No. 10", "Vol. 3" and "Sept. 1" would split otherwise.
    if (!strutil::is_upper(cp)) return false;
    std::size_t len2 = 0;
    auto next = decode_at(s, i + len, &len2);
    if (strutil::is_lower(next)) {
        // Host names written with a capital ("Amazon.Com") are not sentences.
        std::string w = strutil::ascii_lower(s.substr(i, std::min<std::size_t>(4, s.size() - i)));
        static const std::array<std::string_view, 5> tlds = {"com", "net", "org", "gov", "edu"};
        for (auto t : tlds)
            if (w.rfind(t, 0) == 0 && (w.size() == 3 || !std::isalpha(static_cast<unsigned char>(w[3])))) {
                // "billion.Net profit rose": a sentence; "Amazon.Com Inc", "Salon.com": a host.
                // "Wood Gundy Inc.Net proceeds": an abbreviation is no host's label either.
                std::string_view label = word_before(s, i - 1);
                bool sentence = i + 5 < s.size() && s[i + 3] == ' ' && strutil::is_lower(decode_at(s, i + 4, nullptr)) &&
                                i >= 2 && s[i - 1] == '.' &&
                                (!has_upper_ascii(label) || is_abbreviation(strutil::ascii_lower(label)));
                if (!sentence) return false;
            }
        return true;
    }
    return (cp == 'I' || cp == 'A') && (next == ' ' || next == '\'' || next == 0x2019);
}

// Abbreviations that stand before a name ("Brig.Gen.", "Dr.Smith"): never a sentence end, even
// glued. Others (Inc., Ltd., Corp., months) end a sentence when a sentence is glued to them.
bool is_title_abbreviation(std::string_view lower) {
    static const std::array<std::string_view, 29> titles = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr", "gov",
        "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "pres", "sec", "cpl", "pvt", "supt", "hon"};
    return std::find(titles.begin(), titles.end(), lower) != titles.end();
}

// The article "A" opening a sentence at `i`: "A", a space, a lowercase word ("<MCV Holdings
// Inc>.A spokeswoman"; not "Class A shares").
bool article_a_at(std::string_view s, std::size_t i) {
    return i + 3 < s.size() && s[i] == 'A' && s[i + 1] == ' ' && std::islower(static_cast<unsigned char>(s[i + 2])) &&
           std::islower(static_cast<unsigned char>(s[i + 3]));
}

// Why the left side of a period glued to a capital may still end a sentence: it closes a ticker
// ("<HKEH.HK>.They", any capitalised word may follow), or its word is a non-title abbreviation
// ("Inc.That"), an acronym ("L.P.The") or a one-digit number ("item 1.The"), after which only
// a word that opens sentences counts ("Acme Inc.Later", "U.S.Steel", "the 6.July" stay whole), or
// it is a lone capital, an initial ("Alex I.He said"), after which only an opener does.
enum class GluedLeft { no, any_sentence, opener_only, company, initial };

// Words that continue a company name after "Inc." or "Co.": "Samsung Co.Ltd".
bool is_company_word(std::string_view w) {
    static const std::array<std::string_view, 10> words = {"Ltd", "Inc", "Corp", "Co", "Plc", "LLC", "AG", "SA", "NV", "Limited"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

GluedLeft glued_left_side(std::string_view s, std::size_t pos) {
    if (s[pos] != '.') return GluedLeft::no;
    std::string_view word = word_before(s, pos);
    if (word.empty()) return pos > 0 && s[pos - 1] == '>' ? GluedLeft::any_sentence : GluedLeft::no;
    std::string lower = strutil::ascii_lower(word);
    bool digits = std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) return GluedLeft::opener_only;  // "the 6.July Bank" is a date, "1.The" a sentence
    std::size_t wstart = pos - word.size();
    bool acronym = word.size() <= 2 && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                   wstart > 0 && s[wstart - 1] == '.';
    if (acronym) return GluedLeft::opener_only;
    // A lone capital after a space, an initial or a letter ("known only as Alex I.He said", "AT and
    // T.The appeals court"): only a word that opens sentences follows it glued.
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z' && wstart > 0 && s[wstart - 1] == ' ') return GluedLeft::initial;
    if (is_abbreviation(lower)) {
        if (is_title_abbreviation(lower)) return GluedLeft::no;
        // A company ends a sentence as often as not: "Drexel Burnham Lambert Inc.Junk bond traders".
        if (lower == "inc" || lower == "corp" || lower == "ltd" || lower == "plc" || lower == "bros" || lower == "co")
            return GluedLeft::company;
        return GluedLeft::opener_only;
    }
    return GluedLeft::no;
}

// A word of three or more letters opening with two capitals and holding a lowercase letter
// ("USAir", "NYNEX" does not qualify): a name that opens a sentence glued to the previous one.
bool capital_led_word_at(std::string_view s, std::size_t i) {
    auto w = letter_word_at(s, i);
    if (w.size() < 3 || !std::isupper(static_cast<unsigned char>(w[0])) || !std::isupper(static_cast<unsigned char>(w[1])))
        return false;
    std::size_t end = i + w.size();
    return has_lower(w) && (end >= s.size() || s[end] == ' ' || s[end] == '\'' || s[end] == ',');
}

// Less usual openings of a sentence glued to a sentence end, for text known to be glued: a company
// in angle brackets ("reported.<Syarikat Telekom"), a bracketed remark or note ("growth.(See page", "(B) - Ultimate"),
// firms named by initials ("said.S and P cited", "disclosed.D and K"), a name with an apostrophe
// ("said.O'Connor's action") and a hyphenated capital word ("members.IG-Metall", "said.OS-2").
bool glued_opening_at(std::string_view s, std::size_t i) {
    if (i + 3 >= s.size()) return false;
    auto up = [&](std::size_t k) { return k < s.size() && s[k] >= 'A' && s[k] <= 'Z'; };
    auto low = [&](std::size_t k) { return k < s.size() && s[k] >= 'a' && s[k] <= 'z'; };
    if (s[i] == '<') {  // a name ("<South Central Bell>"), not a ticker ("Association.<ICGS.L>")
        auto close = s.find('>', i);
        return up(i + 1) && close != std::string_view::npos && s.substr(i, close - i).find(' ') != std::string_view::npos;
    }
    // "(B) - Ultimate destination": a lettered note, as a table's notes are listed.
    if (s[i] == '(') return up(i + 1) && (low(i + 2) || (s[i + 2] == ')' && s[i + 3] == ' '));
    if (!up(i)) return false;
    if (s.substr(i + 1, 5) == " and " && up(i + 6) && (i + 7 >= s.size() || s[i + 7] == ' ' || s[i + 7] == ',')) return true;
    if (s[i + 1] == '\'' && up(i + 2) && low(i + 3)) return true;
    std::size_t e = i;
    while (up(e)) ++e;
    return e - i >= 2 && e + 1 < s.size() && s[e] == '-' && std::isalnum(static_cast<unsigned char>(s[e + 1]));
}

// Whether the dotted acronym stands on its own somewhere in `context` ("the U.S. trade deficit",
// "the U.S., Japan", a paragraph ending "with the U.S."): a noun, not a person's initials
// ("J.R.R.Tolkien wrote"), which always go before a name.
bool acronym_is_noun(std::string_view acronym, std::string_view context) {
    for (auto pos = context.find(acronym); pos != std::string_view::npos; pos = context.find(acronym, pos + 1)) {
        std::size_t e = pos + acronym.size();
        if (pos > 0 && std::isalpha(static_cast<unsigned char>(context[pos - 1]))) continue;
        if (e >= context.size() || context[e] == '\n' || context[e] == ',' || context[e] == ';' || context[e] == ')' ||
            (context[e] == ' ' && e + 1 < context.size() && std::islower(static_cast<unsigned char>(context[e + 1]))))
            return true;
    }
    return false;
}

// After an acronym that the article uses as a noun ("the savings generated in the U.S.Volcker
// said", "outside the U.S.Intraocular lenses are", "to the U.S.Initially, TNT"), a capitalised word
// and then a lowercase one, a comma or a possessive ("the U.S.Toshiba's 50-pct unit") opens a sentence unless the article writes the two together
// elsewhere: a name that belongs with the acronym ("U.S. Steel said", "U.K. Treasury") is written
// with it each time, while a glued sentence happens once.
bool name_after_acronym(std::string_view s, std::size_t dot, std::string_view w, std::string_view context) {
    std::string_view letters = word_before(s, dot);
    std::size_t wstart = dot - letters.size();
    if (letters.empty() || letters.size() > 2 || wstart == 0 || s[wstart - 1] != '.' ||
        !std::all_of(letters.begin(), letters.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        return false;
    std::size_t after = dot + 1, end = after + w.size();
    if (end + 1 >= s.size() ||
        !((s[end] == ' ' && strutil::is_lower(decode_at(s, end + 1, nullptr))) || s[end] == ',' || s.substr(end, 2) == "'s"))
        return false;
    std::size_t a = dot;
    while (a > 0 && ((s[a - 1] >= 'A' && s[a - 1] <= 'Z') || s[a - 1] == '.')) --a;
    std::string_view acronym = s.substr(a, dot + 1 - a);  // "U.S."
    if (!acronym_is_noun(acronym, context)) return false;
    for (auto pos = context.find(w); pos != std::string_view::npos; pos = context.find(w, pos + 1)) {
        std::size_t e = pos + w.size();
        if ((pos > 0 && std::isalpha(static_cast<unsigned char>(context[pos - 1]))) ||
            (e < context.size() && std::isalpha(static_cast<unsigned char>(context[e]))))
            continue;
        std::size_t b = pos > 0 && context[pos - 1] == ' ' ? pos - 1 : pos;
        if (b < pos && b >= acronym.size() && context.substr(b - acronym.size(), acronym.size()) == acronym)
            return false;  // "U.S. Volcker": written with the acronym
    }
    return true;
}

// A row of a dividend table glued after a dotted acronym that ends the row before: "Qtly div five
// cts vs N.A.Payable April two" (a capitalised word, then a month). Not "N.Y.May" (a month itself).
bool dated_row_after_acronym(std::string_view s, std::size_t dot, std::string_view w) {
    std::string_view letters = word_before(s, dot);
    std::size_t wstart = dot - letters.size();
    if (letters.size() != 1 || wstart == 0 || s[wstart - 1] != '.') return false;
    std::size_t end = dot + 1 + w.size();
    return end + 1 < s.size() && s[end] == ' ' && is_month_name(letter_word_at(s, end + 1));
}

// An opening quote at `i` followed by a capital: after a sentence end, a quotation opens a sentence
// whatever its first word ('fall."OPEC is', 'time."U.S. Regulations', 'Gruet."GM is').
bool quotation_opens_with_capital(std::string_view s, std::size_t i, bool straight_opens) {
    std::size_t len = 0;
    auto cp = decode_at(s, i, &len);
    if (!(is_open_quote(cp) || (cp == '"' && straight_opens)) || i + len >= s.size()) return false;
    return strutil::is_upper(decode_at(s, i + len, nullptr));
}

// After a period that ends a sentence by its left side (`left_side_ends_sentence`), whether the
// next sentence opens at `after`: a capitalised word or quote ("deal.Russia", "ceasefire.“The"),
// or an acronym opening the sentence ("companies.BP North America", 'revived."U.S. officials',
// "(UCAP).PCA"); in glued text (`context` known) less usual openings too.
bool opens_after_sentence_end(std::string_view s, std::size_t i, std::size_t after, bool straight_opens,
                              std::string_view context) {
    const char c = s[i];
    std::string_view lw = word_before(s, i);
    bool left_ok = has_lower(lw) || all_digits(lw) || (lw.empty() && i > 0) ||
                   (lw.size() >= 2 && std::isdigit(static_cast<unsigned char>(lw[0])));
    // In glued text, a word in capitals also ends a sentence before one in capitals ("a 19 pct
    // stake in NZI.NZI has", "LAST SEPTEMBER.THE NAIRA"); not a dotted acronym ("U.S.SEC").
    if (!left_ok && !context.empty() && lw.size() >= 3 && i > lw.size() && s[i - lw.size() - 1] != '.' &&
        std::all_of(lw.begin(), lw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
        left_ok = acronym_word_at(s, after);
    bool brk = starts_sentence(s, after, straight_opens) ||
               (left_ok && (acronym_word_at(s, after) || dotted_acronym_at(s, after) || capital_led_word_at(s, after)));
    if (!brk && !context.empty() && left_ok && quotation_opens_with_capital(s, after, straight_opens))
        brk = true;  // 'inventories fall."OPEC is keeping', 'in time."U.S. Regulations will'
    if (!brk && !context.empty() && c == '.' && after == i + 1 && has_lower(lw) && lw.size() >= 3 && after + 3 < s.size() &&
        std::isupper(static_cast<unsigned char>(s[after])) && s[after + 1] == ' ' && capitalised_word_at(s, after + 2))
        brk = true;  // a name opening with a lone capital: "retailer.K Mart said"
    if (!brk && !context.empty() && c != '?' && left_ok) brk = glued_opening_at(s, after);
    if (!brk && !context.empty() && straight_opens && after + 2 < s.size() &&
        std::islower(static_cast<unsigned char>(s[after + 1])) && std::islower(static_cast<unsigned char>(s[after + 2])))
        brk = true;  // a quotation opening in lowercase: 'a union leader said."none of the employees
    if (!brk && !context.empty() && c == '.' && after == i + 1 && lowercase_word(lw)) {
        // "seaga said.yesterday jamaica agreed": a lowercase sentence glued on (host
        // names such as "jpost.com" end in a short ending and have no space after it).
        auto w = letter_word_at(s, after);
        static const std::array<std::string_view, 8> tlds = {"com", "net", "org", "gov", "edu", "int", "mil", "biz"};
        brk = w.size() >= 3 && after + w.size() < s.size() && s[after + w.size()] == ' ' &&
              std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
              std::find(tlds.begin(), tlds.end(), w) == tlds.end() && !token_recurs(s, i, context);
    }
    return brk;
}

// After a company abbreviation ("Lambert Inc.Junk bond", "Brothers Inc.BP earlier", "Tektronix
// Inc.S and P", "Co Inc.A 150 mln dlr offering"); never "Co.Ltd".
bool opens_after_company(std::string_view s, std::size_t i, std::size_t after, std::string_view context) {
    auto w = letter_word_at(s, after);
    bool article_a = w == "A" && after + 2 < s.size() && s[after + 1] == ' ' &&
                     (std::islower(static_cast<unsigned char>(s[after + 2])) ||
                      std::isdigit(static_cast<unsigned char>(s[after + 2])));
    return ((capitalised_word_at(s, after) && starts_sentence(s, after, false)) ||
            (!context.empty() && (acronym_word_at(s, after) || glued_opening_at(s, after) || article_a))) &&
           !is_company_word(w) && !token_recurs(s, i, context);
}

// After an abbreviation, an acronym or a one-digit number: an opener, or a word seen opening
// sentences elsewhere in the article ("March 1.Siaahan said" where "Siaahan said" opens another),
// unless the glued token recurs (a name such as "E.D.F.Man" is written the same way each time;
// "the 6.Juli Banken" opens nothing). After a date ("from March 1.Siaahan said") any capitalised
// word opens.
bool opens_after_opener_only(std::string_view s, std::size_t i, std::size_t after, std::string_view context) {
    auto w = letter_word_at(s, after);
    std::string_view num = word_before(s, i);
    bool dated = !context.empty() && all_digits(num) && num.size() <= 2 && i > num.size() + 1 &&
                 s[i - num.size() - 1] == ' ' && is_month_name(word_before(s, i - num.size() - 1));
    bool brk = is_sentence_opener(w) ||
               (capitalised_word_at(s, after) && !is_month_name(w) &&
                (dated || opens_sentence_in(context, w)) && !token_recurs(s, i, context)) ||
               (dated && (acronym_word_at(s, after) ||  // "begin accruing April 1.USDA's Foreign"
                          (after + 2 < s.size() && s[after] == 'A' && s[after + 1] == ' ' &&
                           strutil::is_letter(decode_at(s, after + 2, nullptr)))));  // "on February 9.A BankAmerica spokesman"
    if (!brk && !context.empty() && capitalised_word_at(s, after) && !is_month_name(w))
        brk = name_after_acronym(s, i, w, context) || dated_row_after_acronym(s, i, w);
    if (!brk && !context.empty() && acronym_word_at(s, after) && opens_sentence_in(context, w) &&
        !token_recurs(s, i, context))
        brk = true;  // "called Alcatel N.V.ITT retained" where "ITT" opens other sentences
    return brk;
}

// After a period glued to the next word whose left side does not end a sentence by itself: what
// the left side is (`glued_left_side`) says which openings count.
bool opens_after_glued_left(std::string_view s, std::size_t i, std::size_t after, std::string_view context) {
    switch (glued_left_side(s, i)) {
        case GluedLeft::any_sentence:
            return ((capitalised_word_at(s, after) || article_a_at(s, after)) && starts_sentence(s, after, false)) ||
                   acronym_word_at(s, after) ||
                   (after + 3 < s.size() && s[after] == 'A' && s[after + 1] == ' ' && capitalised_word_at(s, after + 2));
        case GluedLeft::company: return opens_after_company(s, i, after, context);
        case GluedLeft::opener_only: return opens_after_opener_only(s, i, after, context);
        case GluedLeft::initial: {
            // Only an opener and a lowercase word: "Alex I.He said" opens a sentence, "broker
            // C.Czarnikow" and "Harry S.The Truman Library" are names.
            auto w = letter_word_at(s, after);
            std::size_t e = after + w.size();
            return is_sentence_opener(w) && e + 1 < s.size() && s[e] == ' ' && std::islower(static_cast<unsigned char>(s[e + 1]));
        }
        case GluedLeft::no: break;
    }
    return false;
}

// Whether the sentence end at `i` (. ! ?, closers up to `after`) is glued to a sentence that opens
// at `after`. In glued text (`context` known) a dash list, a period set off by a space and a number
// opening a paragraph count too.
bool glued_sentence_end(std::string_view s, std::size_t i, std::size_t after, bool straight_opens, std::string_view context) {
    const char c = s[i];
    bool brk = false;
    if (!context.empty() && c == '.' && after == i + 1 && s.substr(after, 2) == "- " &&
        (has_lower(word_before(s, i)) || all_digits(word_before(s, i))) && word_before(s, i).size() >= 2) {
        brk = true;  // a dash list glued on: "to maturity.- 8-1/2 pct bonds due 2011", "at 190.- Five barges"
    } else if (!context.empty() && c == '.' && after == i + 1 && i >= 2 && s[i - 1] == ' ' &&
               strutil::is_lower(static_cast<unsigned char>(s[i - 2])) &&
               (starts_sentence(s, after, straight_opens) || acronym_word_at(s, after))) {
        brk = true;  // a period set off by a space: "Development Bank .In Brasilia, sources said"
    } else if (!context.empty() && c == '.' && after == i + 1 && std::isdigit(static_cast<unsigned char>(s[after])) &&
               lowercase_word(word_before(s, i))) {
        // "in year.1985 year net includes": a number opening a glued paragraph. Decimals have
        // digits on the left, "No.1" and "fig.3" a capital or an abbreviation.
        std::size_t e = after;
        while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
        brk = e < s.size() && (s[e] == ' ' || (s[e] == '.' && e + 1 < s.size() && s[e + 1] == ' '));
    } else if (left_side_ends_sentence(s, i)) {
        brk = opens_after_sentence_end(s, i, after, straight_opens, context);
    } else if (after == i + 1 && c == '.' && starts_sentence(s, after, straight_opens) &&
               (straight_opens || is_open_quote(decode_at(s, after, nullptr))) && glued_left_side(s, i) != GluedLeft::no) {
        // A quotation opening right after a company or acronym ("First Boston Inc."Following
        // announcement", "in the U.S."That's why"): a name never runs on into a quote.
        brk = true;
    } else if (after == i + 1) {
        brk = opens_after_glued_left(s, i, after, context);
    }
    if (!brk && !context.empty() && c == '.' && after == i + 1 && after + 7 < s.size() && s.substr(after + 1, 5) == " and " &&
        glued_opening_at(s, after))
        brk = true;  // firms named by initials: "upgraded to BB-minus from B.S and P said"
    return brk;
}

}  // namespace

std::vector<std::string> split_sentence_glue(std::string_view s, std::string_view context) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (inside_angle_brackets(s, i)) continue;  // ticker codes: "<NOBL.ST>", "<smbs.St>"
        std::size_t after = skip_closers(s, i + 1);
        if (after >= s.size()) continue;
        // Another period or a digit right after ("...", "3.5") means no break.
        bool glued_number = !context.empty() && c == '.' && after == i + 1 && lowercase_word(word_before(s, i));
        if (s[after] == '.' || (std::isdigit(static_cast<unsigned char>(s[after])) && !glued_number)) continue;
        bool straight_opens = s[after] == '"' && !straight_quote_closes(s, after);
        if (!glued_sentence_end(s, i, after, straight_opens, context)) continue;
        push_piece(out, s.substr(start, after - start));
        start = after;
        i = after - 1;
    }
    push_piece(out, s.substr(start));
    return out;
}

}  // namespace newsarc::glued

namespace newsarc {

std::vector<std::string> split_sentences(std::string_view text) {
    using namespace glued;
    std::vector<std::string> out;
    std::string_view s = text;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (!left_side_ends_sentence(s, i)) continue;
        std::size_t after = skip_closers(s, i + 1);
        if (after >= s.size()) continue;
        std::size_t len = 0;
        if (!strutil::is_space(decode_at(s, after, &len))) continue;
        std::size_t next = after;
        while (next < s.size()) {
            std::size_t l = 0;
            if (!strutil::is_space(decode_at(s, next, &l))) break;
            next += l;
        }
        if (next >= s.size()) continue;
        bool straight_opens = s[next] == '"' && !straight_quote_closes(s, next);
        if (!starts_sentence(s, next, straight_opens)) continue;
        push_piece(out, s.substr(start, after - start));
        start = next;
        i = next - 1;
    }
    push_piece(out, s.substr(start));
    return out;
}


}  // namespace newsarc
