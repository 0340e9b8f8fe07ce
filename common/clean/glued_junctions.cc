// Word junctions without punctuation, in text known to be glued: paragraph ends where a word runs
// into the next paragraph's first word ("three cts priorPay March 13", "197,000Revs 3,761,000",
// "mlnNOTE:", "YearShr" where "Shr" opens other paragraphs), into an opening quote
// ('funding"They will'), a list after its colon ("Commission:Audiotronics"), dot leaders before a
// row ("unch.........Matched"), a lowercase word into a number ("31.6 mln12 mths").
#include "common/clean/glued_junctions.h"

#include <algorithm>
#include <cctype>

#include "common/clean/glued_words.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

// A lowercase word running into a capitalised word, a word in capitals, an opener or a hyphenated
// word: words that start lowercase and hold a capital are vanishingly rare (iPhone and eBay have
// one letter before it; deRose and duPont are particles).
bool lowercase_into_capital(std::string_view s, std::size_t i, std::int32_t prev, const CapitalAt& at) {
    // "What comes nextA final decision", "Market reactionEarlier, the company": after a
    // lowercase word, the articles A and I and a word followed by a comma also open.
    bool opener_after_lower = strutil::is_lower(prev) &&
                              (((at.right == "A" || at.right == "I") && at.right_end + 1 < s.size() && s[at.right_end] == ' ' &&
                                strutil::is_lower(decode_at(s, at.right_end + 1, nullptr))) ||
                               (at.right.size() >= 2 && strutil::is_lower(at.second) && at.right_end < s.size() &&
                                s[at.right_end] == ','));
    // After a lowercase word, a hyphenated word ends whole too ("6.2pPre-tax profit",
    // "24.3 mlnPre-tax 26.6 mln"), and capitals that run into the capitalised word of a
    // row are a heading ("32.9 mlnYEARShr 58 cts").
    bool hyphenated = at.right.size() >= 2 && strutil::is_lower(at.second) && at.right_end + 1 < s.size() &&
                      s[at.right_end] == '-' && std::islower(static_cast<unsigned char>(s[at.right_end + 1]));
    std::size_t caps_end = i;
    while (caps_end < s.size() && s[caps_end] >= 'A' && s[caps_end] <= 'Z') ++caps_end;
    bool caps_then_word = !strutil::is_upper(prev) && caps_end - i >= 4 && caps_end < s.size() &&
                          std::islower(static_cast<unsigned char>(s[caps_end]));
    if (!(strutil::is_lower(prev) && (at.cap_word || at.caps_word || opener_after_lower || hyphenated || caps_then_word)))
        return false;
    std::string_view left = word_before(s, i);
    // The left word must be all lowercase letters from its start: "prior", "reaction".
    bool all_lower = left.size() >= 2;
    for (std::size_t k = 0; k < left.size() && all_lower;) {
        std::size_t l = 0;
        if (!strutil::is_lower(decode_at(left, k, &l))) all_lower = false;
        k += l;
    }
    // A unit after a number ("12.0pTurnover 1.26 billion", "45.72pDiv") is short.
    if (!all_lower && !left.empty()) {
        std::size_t k = left.size();
        while (k > 0 && strutil::is_lower(static_cast<unsigned char>(left[k - 1]))) --k;
        all_lower = k > 0 && k < left.size() && std::isdigit(static_cast<unsigned char>(left[k - 1])) && (at.cap_word || hyphenated);
    }
    return all_lower && !is_lower_particle(left);
}

// A number or closing bracket running into a capitalised word ("197,000Revs 3,761,000", "15.0
// (7.9)Soybean May", "180Pre-tax 133"), or into a word in capitals after a value with a decimal
// point or separator ("0.635ECUADOR 0.26", never after a bare count: "1MTH 3MTHS"), unless the
// token recurs in the article (3Com).
bool number_into_capital(std::string_view s, std::size_t i, std::int32_t prev, const CapitalAt& at, std::string_view context) {
    bool value_before = false;
    for (std::size_t k = i; k > 0 && (std::isdigit(static_cast<unsigned char>(s[k - 1])) || s[k - 1] == '.' || s[k - 1] == ',');
         --k)
        if (s[k - 1] == '.' || s[k - 1] == ',') value_before = true;
    bool digit_whole = at.whole || (at.right_end < s.size() && s[at.right_end] == '-');
    bool digit_cap_word = at.right.size() >= 2 && strutil::is_lower(at.second) && digit_whole;
    if (!((digit_cap_word || (at.caps_word && value_before)) && at.right.size() >= 3 &&
          (strutil::is_digit(prev) || prev == ')') && !is_camel_name_at(s, i) && !inside_angle_brackets(s, i)))
        return false;
    std::size_t tb = i;
    while (tb > 0 && s[tb - 1] != ' ') --tb;
    std::string token(s.substr(tb, at.right_end - tb));
    std::size_t seen = 0;
    for (auto pos = context.find(token); pos != std::string_view::npos && seen < 2; pos = context.find(token, pos + 1)) ++seen;
    return seen < 2;
}

}  // namespace

bool word_opens_sentence(std::string_view s, std::string_view word, std::string_view context) {
    std::size_t e = static_cast<std::size_t>(word.data() - s.data()) + word.size();
    if (word.empty() || e + 1 >= s.size() || s[e] != ' ' || context.empty()) return false;
    bool lower_next = strutil::is_lower(decode_at(s, e + 1, nullptr));
    if (word == "A" || word == "I") return lower_next;
    if (word.size() < 2 || !lower_next) return false;
    return is_sentence_opener(word) || opens_sentence_in(context, word) || paragraphs_opening_with(context, word, s) > 0;
}

bool list_after_colon(std::string_view s, std::size_t i, std::int32_t prev) {
    return s[i] == ':' && i + 1 < s.size() && capitalised_word_at(s, i + 1) && strutil::is_lower(prev) && s.find(' ') < i &&
           !inside_angle_brackets(s, i);
}

std::size_t dot_leaders_end(std::string_view s, std::size_t i) {
    if (s.substr(i, 6) != "......") return 0;
    std::size_t e = i;
    while (e < s.size() && s[e] == '.') ++e;
    return e;
}

bool quote_junction(std::string_view s, std::size_t i, std::size_t len, std::int32_t cp, std::int32_t prev,
                    std::size_t straight_total) {
    if (!((cp == '"' || cp == 0x201C) && (strutil::is_lower(prev) || strutil::is_digit(prev)))) return false;
    std::size_t nlen = 0;
    auto next = decode_at(s, i + len, &nlen);
    bool opens = cp == 0x201C || (count_straight_quotes(s, i) % 2 == 0 && straight_total >= 2);
    return opens && (strutil::is_upper(next) || next == '(') && !inside_angle_brackets(s, i);
}

CapitalAt capital_at(std::string_view s, std::size_t i, std::size_t len, std::int32_t prev) {
    CapitalAt at;
    at.right = letter_word_at(s, i);
    at.right_end = i + at.right.size();
    at.whole = at.right_end >= s.size() || s[at.right_end] == ' ' || s[at.right_end] == ':' || s[at.right_end] == '/' ||
               s.substr(at.right_end, 3) == "...";  // table dot leaders: "10Float......511"
    at.second = decode_at(at.right, len, nullptr);
    at.cap_word = at.right.size() >= 2 && strutil::is_lower(at.second) && at.whole;
    // An all-capitals word must start here, not inside a longer run ("NOTE", not "OTE").
    at.caps_word = !strutil::is_upper(prev) && acronym_word_at(s, i) && at.whole;
    return at;
}

bool capital_junction(std::string_view s, std::size_t i, std::int32_t prev, const CapitalAt& at, std::string_view context) {
    bool label = at.caps_word && at.right_end < s.size() && s[at.right_end] == ':';  // "NOTE:", "UPDATE:"
    // (A recurring glued token is still glue here: tables repeat "ctsOper net" in each
    // section. Recurrence only vouches for names in the capitalised cases below.)
    bool brk = false;
    if (inside_angle_brackets(s, i) || is_camel_name_at(s, i)) {
        brk = false;
    } else if (label) {
        brk = true;
    } else {
        brk = lowercase_into_capital(s, i, prev, at);
    }
    if (!brk) brk = number_into_capital(s, i, prev, at, context);
    // A word that opens other paragraphs of the article ("YearShr 93 cts" where "Shr 1.02 dlrs" is
    // one), which a camel-case name's second half (BankAmerica, PaineWebber) never does.
    if (!brk && (at.cap_word || at.caps_word) && !context.empty() && !inside_angle_brackets(s, i) &&
        !is_camel_name_at(s, i) && !token_recurs(s, i, context))
        brk = paragraphs_opening_with(context, at.right, s) > 0 ||
              (strutil::is_upper(prev) && opens_sentence_in(context, at.right)) ||  // "23 CTSNet loss"
              (strutil::is_lower(prev) && at.cap_word && word_before(s, i).size() >= 3 &&
               word_opens_sentence(s, at.right, context));  // "Tom StanzelCollins was"
    if (!brk && prev == ')' && at.caps_word && !context.empty() && !inside_angle_brackets(s, i) && !is_camel_name_at(s, i))
        brk = !token_recurs(s, i, context);  // "(2358.96)AB 12664"
    return brk;
}

bool digit_junction(std::string_view s, std::size_t i, std::int32_t cp, std::int32_t prev, std::string_view context) {
    if (strutil::is_digit(cp) && strutil::is_lower(prev) && !context.empty() && !inside_angle_brackets(s, i) &&
        word_before(s, i).size() >= 3 &&
        std::all_of(word_before(s, i).begin(), word_before(s, i).end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
        // "31.6 mln12 mths", "in year1986 year operating", "92-176 days5.83 pct": a lowercase
        // word glued to a number that opens the next paragraph ("mp3" and "g20" have shorter words).
        std::size_t e = i;
        while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
        // (A decimal not after a verb: "the shares was195.3 mn dlrs" is the source's typo.)
        if (e + 1 < s.size() && s[e] == '.' && std::isdigit(static_cast<unsigned char>(s[e + 1])) &&
            !has_finite_verb(word_before(s, i)))
            for (++e; e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]));) ++e;
        std::string_view suffix = s.substr(e, 3);
        return e < s.size() && (s[e] == ' ' || suffix == "st " || suffix == "nd " || suffix == "rd " || suffix == "th ");
    }
    if (strutil::is_digit(cp) && strutil::is_letter(prev) && !context.empty() && !inside_angle_brackets(s, i)) {
        // "31.6 mln12 mths" where "12 mths" opens another paragraph (a table's period column).
        std::size_t e = i;
        while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
        if (e < s.size() && s[e] == ' ') return paragraphs_opening_with(context, s.substr(i, e - i), s) > 0;
    }
    return false;
}

}  // namespace newsarc::glued
