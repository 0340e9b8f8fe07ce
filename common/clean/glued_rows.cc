// Table rows and list items glued to what comes before, in text known to be glued: junctions
// shaped as rows meet ("27 ctsOper", "UP 1DEC7", "SETTMAY7"), rows whose token classes match the
// article's other rows ("two 5-7/8three 5-7/8"), headings in capitals before a figure, rules of
// dashes, dash items and lines announcing a table, remarks in brackets, numbers running on
// (thousands groups, price fractions, decimals, day-month dates), lowercase row labels after a value.
#include "common/clean/glued_rows.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/clean/glued_words.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_before;

namespace {

// Whether the capitals `run` (its first three letters) occur in `context` right after a whole number
// at least `limit` times: a unit written against its number ("1MTH 3MTHS 6MTHS", "100MLN"), not a
// row glued to a value (a value with a decimal point, "1.62NYSE", is no evidence either way).
bool glued_after_digit_elsewhere(std::string_view context, std::string_view run, std::size_t limit) {
    run = run.substr(0, 3);
    std::size_t seen = 0;
    for (auto pos = context.find(run); pos != std::string_view::npos; pos = context.find(run, pos + 1)) {
        if (pos == 0 || !std::isdigit(static_cast<unsigned char>(context[pos - 1]))) continue;
        std::size_t b = pos;
        while (b > 0 && std::isdigit(static_cast<unsigned char>(context[b - 1]))) --b;
        if (b > 0 && (context[b - 1] == '.' || context[b - 1] == ',')) continue;
        if (++seen >= limit) return true;
    }
    return false;
}

// Whether a line of `context` opens with a row code: three capitals, one or two digits, a space.
bool opens_with_row_code(std::string_view context) {
    for (std::size_t pos = 0; pos < context.size();) {
        std::size_t k = pos, caps = 0, digits = 0;
        while (k < context.size() && context[k] >= 'A' && context[k] <= 'Z') ++k, ++caps;
        while (k < context.size() && std::isdigit(static_cast<unsigned char>(context[k]))) ++k, ++digits;
        if (caps == 3 && digits >= 1 && digits <= 2 && k < context.size() && context[k] == ' ') return true;
        auto nl = context.find('\n', pos);
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
    }
    return false;
}



// A price's fraction glued to the number that opens the next row: "WICKES COS 4 1/8 OFF 1/8599,500
// WESTERN DIG", "UP 2 1/8333,900 WANG LAB". The digits after the slash read as one number only with
// a first group of four digits or more ("8599,500"); cut at `i` after a price's denominator (2 to
// 64, larger than the numerator), the rest is a number grouped by thousands ("599,500").
bool glued_after_fraction(std::string_view s, std::size_t i) {
    // (A denominator has one or two digits: look for its slash first, as this runs at every digit.)
    if (!((i >= 2 && s[i - 2] == '/') || (i >= 3 && s[i - 3] == '/'))) return false;
    auto digit = [&](std::size_t k) { return k < s.size() && std::isdigit(static_cast<unsigned char>(s[k])); };
    std::size_t j = i;
    while (j > 0 && digit(j - 1)) --j;
    if (j == i || j < 2 || s[j - 1] != '/') return false;
    std::size_t n = j - 1;
    while (n > 0 && digit(n - 1)) --n;
    if (n == j - 1 || j - 1 - n > 2 || (n > 0 && s[n - 1] != ' ' && s[n - 1] != '-') || i - j > 2) return false;
    int numerator = std::stoi(std::string(s.substr(n, j - 1 - n)));
    int denominator = std::stoi(std::string(s.substr(j, i - j)));
    if (numerator >= denominator || (denominator & (denominator - 1)) != 0 || denominator < 2 || denominator > 64) return false;
    std::size_t e = i;
    while (digit(e)) ++e;
    if (e - i > 3 || (i - j) + (e - i) < 4) return false;
    bool grouped = false;
    while (e < s.size() && s[e] == ',' && digit(e + 1) && digit(e + 2) && digit(e + 3) && !digit(e + 4)) {
        e += 4;
        grouped = true;
    }
    return grouped && (e == s.size() || s[e] == ' ');
}

// A dash item glued to the item before it: after a comma ("due March 1, 1997,- 8-1/2 pct bonds"),
// or, in a piece that is itself a dash item, after a word ("-- sorghum 585,552 acres-- cotton").
// A dash the source sets between words has no space after it ("airports--Dallas").
bool glued_dash_item(std::string_view s, std::size_t i) {
    if (s[i] != '-' || i + 2 >= s.size()) return false;
    if (s[i - 1] == ',' && s[i + 1] == ' ') return std::isalnum(static_cast<unsigned char>(s[i + 2])) != 0;
    return s.substr(i, 3) == "-- " && std::isalnum(static_cast<unsigned char>(s[i - 1])) && s.substr(0, 3) == "-- ";
}

// A remark in brackets that ends the text glued to a figure or lowercase word: "Sales 22.6 mln vs
// 26.3 mln(Mouduline International Inc)", "Record March 31(Company corrects amount...)", "SIX MTHS
// 199/197(ALL DISCS)". The remark opens with a capital and holds a space; a capitalised word
// before it is a heading's own note ("Debt(Dec vs Nov)").
bool glued_remark(std::string_view s, std::size_t i) {
    if (s[i] != '(' || i + 2 >= s.size() || !std::isupper(static_cast<unsigned char>(s[i + 1])) || s.back() != ')' ||
        s.find(' ', i) == std::string_view::npos || s.find(')', i) != s.size() - 1)
        return false;
    std::string_view before = last_word(s.substr(0, i));
    bool lowercase = before.size() >= 3 && std::all_of(before.begin(), before.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    bool figure = !before.empty() && std::isdigit(static_cast<unsigned char>(before.back())) &&
                  std::all_of(before.begin(), before.end(), [](char ch) {
                      return std::isdigit(static_cast<unsigned char>(ch)) || ch == ',' || ch == '.' || ch == '/';
                  });
    return lowercase || figure;
}


// A number running into a lowercase word ("noon - april 7quiet ones may 227.50", "5 1/8 - 4
// 3/4two months 5"): a row's label glued to the value that ends the row before. The number stands
// alone (a space before it, or a fraction or range), the word has three letters or more and ends
// there, and no number in the article runs into it elsewhere, as units do ("5mln", "10pct").
bool number_then_word(std::string_view s, std::size_t i, std::string_view context) {
    std::size_t b = i;
    while (b > 0 && (std::isdigit(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '/' || s[b - 1] == '.' ||
                     s[b - 1] == ',' || s[b - 1] == '-'))
        --b;
    if (b == 0 || s[b - 1] != ' ') return false;
    std::size_t e = i;
    while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    if (e - i < 3 || (e < s.size() && s[e] != ' ')) return false;
    std::string_view w = s.substr(i, e - i);
    // Units and ordinals: "mln", "pct", "slr", "mths" have no vowel, "ths" and "thh" are ordinals.
    if (w.find_first_of("aeiouy") == std::string_view::npos || w.substr(0, 2) == "th" || w.substr(0, 2) == "st" ||
        w.substr(0, 2) == "nd" || w.substr(0, 2) == "rd")
        return false;
    // A row goes on with a figure or ends within a few words; prose runs on ("yen, 0speculation
    // had arisen in currency markets").
    std::size_t k = e, words = 0;
    while (k < s.size() && words < 4) {
        while (k < s.size() && s[k] == ' ') ++k;
        if (k >= s.size()) break;
        if (std::isdigit(static_cast<unsigned char>(s[k]))) break;
        while (k < s.size() && s[k] != ' ') ++k;
        ++words;
    }
    if (words >= 4) return false;
    std::size_t after_digit = 0;  // this junction is one of them
    for (auto pos = context.find(w); pos != std::string_view::npos && after_digit < 2; pos = context.find(w, pos + 1))
        if (pos > 0 && std::isdigit(static_cast<unsigned char>(context[pos - 1]))) ++after_digit;
    return after_digit < 2;
}

// Table rows glued to each other or to their header ("MAY 1414JLY 1199", "two 5-7/8three
// 5-7/8six 5-7/8", "CHOICE HEIFERS500/550 88A unch") have no junction of their own to go on, but
// a row has the shape of the other rows of its table: the classes of its tokens (number, word in
// capitals, capitalised word, lowercase word, dash) in order. A junction where no space separates
// a number or a lowercase word from a word, or a word in capitals from a capitalised one, is a
// row boundary when what follows it up to the next such junction has the shape of a line of the
// article, or of the segment before it, and holds a number. Prose never qualifies: its segments
// run on for many words and no other line has their shape.
bool row_junction_at(std::string_view s, std::size_t i) {
    if (i == 0 || i + 1 >= s.size()) return false;
    auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
    auto lower = [](char ch) { return ch >= 'a' && ch <= 'z'; };
    char p = s[i - 1], c = s[i], n = s[i + 1];
    if (!(upper(c) || lower(c)) || !(upper(n) || lower(n))) return false;  // a word of two letters or more follows
    if ((p >= '0' && p <= '9') || p == ')') return true;                   // "1414JLY", "5-7/8three", "(7.9)Soybean"
    if (lower(p) && upper(c)) return true;                                 // "unchPrice"
    // "HEIFERSChoice", not "REvs": two capitals or more before; not a plural ("MMDAs", "CDs").
    return i >= 2 && upper(p) && upper(s[i - 2]) && upper(c) && lower(n) && i + 2 < s.size() && lower(s[i + 2]);
}

// The letters after a number at junction `i` ("MTH" in "1MTH"), empty for other junctions.
std::string_view unit_after_number(std::string_view s, std::size_t i) {
    if (i == 0 || !std::isdigit(static_cast<unsigned char>(s[i - 1]))) return {};
    return letter_word_at(s, i).substr(0, 3);
}



bool row_junction(std::string_view s, std::size_t i, std::string_view context) {
    if (!row_junction_at(s, i)) return false;
    std::size_t end = i + 1;
    while (end < s.size() && !row_junction_at(s, end)) ++end;
    std::string shape = row_shape(s.substr(i, end - i));
    if (shape.size() < 2 || shape.size() > 12 || shape.find('N') == std::string::npos ||
        (shape[0] != 'W' && shape[0] != 'w'))
        return false;
    std::size_t begin = i - 1;
    while (begin > 0 && !row_junction_at(s, begin)) --begin;
    // A unit written against each number ("1MTH 3MTHS 6MTHS", "10KG 20KG") is no row label.
    auto unit = unit_after_number(s, i);
    if (!unit.empty() && ((end < s.size() && unit_after_number(s, end) == unit) || (begin > 0 && unit_after_number(s, begin) == unit)))
        return false;
    if (row_shape(s.substr(begin, i - begin)) == shape) return true;  // "two 5-7/8three 5-7/8"
    return some_line_has_shape(context, shape);
}

// How many numbers of `text` have exactly `n` decimals ("7.05" has two).
std::size_t numbers_with_decimals(std::string_view text, std::size_t n) {
    std::size_t count = 0;
    for (auto dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', dot + 1)) {
        if (dot == 0 || !std::isdigit(static_cast<unsigned char>(text[dot - 1]))) continue;
        std::size_t e = dot + 1;
        while (e < text.size() && std::isdigit(static_cast<unsigned char>(text[e]))) ++e;
        if (e - dot - 1 == n) ++count;
    }
    return count;
}

// A value glued to the number that opens the next row ("30 days 7.0060 days 7.05", "ICA 1979
// 98.2915 day average 99.17"): at `i`, the value has as many decimals as the article's values
// usually have (three of them or more) while the glued token's count is the article's only one,
// and the row after `i`, with a figure besides its first, has the shape of the row before it or of
// a line of the article.
bool decimals_run_on(std::string_view s, std::size_t start, std::size_t i, std::string_view context) {
    std::size_t first = i;
    while (first > start && std::isdigit(static_cast<unsigned char>(s[first - 1]))) --first;
    if (first == i || first < start + 2 || s[first - 1] != '.' || !std::isdigit(static_cast<unsigned char>(s[first - 2])))
        return false;
    std::size_t e = i;
    while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
    bool row_goes_on = e < s.size() && (s[e] == ' ' || s[e] == '-' || (s[e] == '.' && e + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[e + 1]))));
    // The next row opens with a number of two digits or more and holds another ("1.45 dlrs" is one value).
    if (!row_goes_on || e - i < 2 || numbers_with_decimals(context, e - first) > 1 || numbers_with_decimals(context, i - first) < 3)
        return false;
    std::string shape = row_shape(s.substr(i));
    if (std::count(shape.begin(), shape.end(), 'N') < 2) return false;
    return row_shape(s.substr(start, i - start)) == shape || some_line_has_shape(context, shape);
}

}  // namespace

std::string row_shape(std::string_view seg) {
    std::string shape;
    std::size_t i = 0;
    while (i < seg.size()) {
        while (i < seg.size() && seg[i] == ' ') ++i;
        std::size_t e = i;
        while (e < seg.size() && seg[e] != ' ') ++e;
        if (e == i) break;
        std::string_view t = seg.substr(i, e - i);
        auto at = [&](std::size_t k) { return k < t.size() ? static_cast<unsigned char>(t[k]) : 0; };
        char cls = 'p';
        if (std::isdigit(at(0)) || ((at(0) == '(' || at(0) == '-' || at(0) == '+') && std::isdigit(at(1))))
            cls = 'N';
        else if (std::all_of(t.begin(), t.end(), [](char ch) { return ch == '-'; }))
            cls = '-';
        else if (std::isupper(at(0)) && (std::isupper(at(1)) || std::islower(at(1))))
            cls = 'W';  // "EC" and "France" name rows alike
        else if (std::islower(at(0)))
            cls = 'w';
        shape += cls;
        i = e;
    }
    return shape;
}

bool some_line_has_shape(std::string_view context, const std::string& shape) {
    for (std::size_t start = 0; start < context.size();) {
        auto nl = context.find('\n', start);
        std::string_view line = context.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? context.size() : nl + 1;
        if (line.size() < 200 && row_shape(line) == shape) return true;
    }
    return false;
}

// More junctions without punctuation, for text known to be glued whose article is known, where
// the right side starts with a capital at `i`:
//  - a lowercase word (three letters or more, or a preposition; not a particle) into a capital
//    that opens a word of another kind: a lone letter ("Market reactionS and P affirmed"), a
//    possessive ("step inBrazil's"), a code ("inSEP7 276") or a dotted acronym ("mlnU.K. 111");
//  - a number into a word of capitals, perhaps with a digit, that ends there ("UP 1DEC7 --",
//    "MAY 1414JLY 1199", "APR 7LAST BUYER"), unless the capitals are an ordinal or a unit the
//    article writes against numbers elsewhere ("1ST", "1MTH 3MTHS");
//  - a word of three or more capitals into a capitalised word, one of them a word of the article
//    ("23 CTSNet loss", "TRADERFragrant rice"), or a capitalised word into a word of three or more
//    capitals that opens a sentence or line of the article ("BangkokASSOCIATION");
//  - anything into a row code of three capitals and a digit or two when other lines of the article
//    open with one ("OPEN P SETTMAY7 10230L").
// In every case the token around the junction must not recur in the article (names written
// without a space are written the same way each time).
bool glued_row_junction(std::string_view s, std::size_t i, std::string_view context) {
    auto prev = decode_before(s, i, nullptr);
    std::size_t ce = i;
    while (ce < s.size() && s[ce] >= 'A' && s[ce] <= 'Z') ++ce;
    const std::size_t caps = ce - i;
    auto ends_token = [&](std::size_t e) {
        return e >= s.size() || s[e] == ' ' || s[e] == ':' || s[e] == ';' || s[e] == '/';
    };
    auto lower_tail = [](std::string_view w) {
        return w.size() >= 2 && std::all_of(w.begin() + 1, w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    };
    std::size_t de = ce;
    while (de < s.size() && std::isdigit(static_cast<unsigned char>(s[de]))) ++de;
    std::string_view right = letter_word_at(s, i);
    std::size_t right_end = i + right.size();
    bool candidate = false;
    if (strutil::is_lower(prev)) {
        std::string_view left = word_before(s, i);
        // Two-letter words only when they are English prepositions ("step inBrazil's").
        static const std::array<std::string_view, 8> short_words = {"in", "on", "at", "of", "to", "up", "by", "as"};
        bool all_lower = (left.size() >= 3 || std::find(short_words.begin(), short_words.end(), left) != short_words.end()) &&
                         std::all_of(left.begin(), left.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        if (all_lower && !is_lower_particle(left) &&
            !is_abbreviation(left)) {
            // "reactionS and P", "strategyA Swissair", "falloutJ YEN", "step inBrazil's", "inSEP7 276".
            bool letter = right.size() == 1 && right_end + 1 < s.size() && s[right_end] == ' ' &&
                          std::isalpha(static_cast<unsigned char>(s[right_end + 1]));
            bool possessive = lower_tail(right) && s.substr(right_end, 2) == "'s";
            bool coded = caps >= 2 && de > ce && ends_token(de);
            bool dotted = dotted_acronym_at(s, i);  // "strategyU.S. beef sales", "mlnU.K. 111 mln"
            candidate = letter || possessive || coded || dotted;
        } else if (caps >= 3 && ends_token(ce) && left.size() >= 4 && std::isupper(static_cast<unsigned char>(left[0])) &&
                   lower_tail(left)) {
            // "BangkokASSOCIATION TRADER": a capitalised word, then a word in capitals used elsewhere.
            candidate = opens_sentence_in(context, s.substr(i, caps)) || paragraphs_opening_with(context, s.substr(i, caps), s) > 0;
        }
    } else if (std::isdigit(static_cast<unsigned char>(prev)) && caps >= 3) {
        // The number stands alone: "UP 1DEC7", not "767-300ER".
        std::size_t b = i;
        while (b > 0 && (std::isdigit(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == ',' || s[b - 1] == '.' || s[b - 1] == '/'))
            --b;
        std::string_view run = s.substr(i, caps);
        candidate = (b == 0 || s[b - 1] == ' ' || s[b - 1] == '(') && ends_token(de) &&
                    !glued_after_digit_elsewhere(context, run, 2);
    } else if (strutil::is_upper(prev) && caps == 1 && right.size() >= 2 && lower_tail(right) && ends_token(right_end)) {
        // The capitals before: a whole word of three or more ("CTS", "TRADER"); the word after one the
        // article uses elsewhere ("Net", "Fragrant"), so that "CADDstation" stays whole.
        std::size_t b = i;
        while (b > 0 && s[b - 1] >= 'A' && s[b - 1] <= 'Z') --b;
        bool word_start = b == 0 || s[b - 1] == ' ';
        std::string lower = strutil::ascii_lower(right);
        candidate = word_start && i - b >= 3 &&
                    (opens_sentence_in(context, right) || paragraphs_opening_with(context, right, s) > 0 ||
                     standalone_word_in(context, lower) || standalone_word_in(context, s.substr(b, i - b)));
        if (!candidate && word_start && i - b >= 2 && b >= 3 && right.size() >= 3) {
            // Or the capitals end a heading in capitals ("LAST BUYER SELLERCash", "SIX MTHSShr
            // loss"): the word before them is in capitals too, and nothing before is lowercase
            // ("the NEW CADDstation" is a name in a sentence).
            std::size_t pb = b - 1;
            while (pb > 0 && s[pb - 1] != ' ') --pb;
            std::string_view before = s.substr(pb, b - 1 - pb);
            candidate = before.size() >= 2 && std::all_of(before.begin(), before.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                        !has_lower(s.substr(0, b));
        }
    }
    if (!candidate && caps == 3 && de > ce && de - ce <= 2 && ends_token(de) &&
        (strutil::is_letter(prev) || std::isdigit(static_cast<unsigned char>(prev))) && i >= 3 &&
        s.substr(i - 3, 3).find(' ') == std::string_view::npos) {  // "SETTMAY7", not "SUGAR11"
        // A table's row code ("MAY7", "OCT8") glued to the row before ("OPEN P SETTMAY7 10230L",
        // "JUL8 UNTRDOCT8 UNTRD"): other rows of the article open with a code of the same shape.
        candidate = opens_with_row_code(context);
    }
    return candidate && !token_recurs(s, i, context);
}

// A date written day-month in capitals ("7-APR", the last word of a table's heading) glued to the
// next line's capitals at `i`: "NYMEX PLATINUM OPG TRENDS 7-APROPEN P SETT". Month names that
// start with the abbreviation ("7-APRIL", "1-SEPTEMBER") are one word.
bool glued_after_day_month(std::string_view s, std::size_t i) {
    static const std::array<std::string_view, 13> months = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL",
                                                            "JLY", "AUG", "SEP", "OCT", "NOV", "DEC"};
    static const std::array<std::string_view, 11> names = {"JANUARY", "FEBRUARY", "MARCH",   "APRIL",    "JUNE",    "JULY",
                                                           "AUGUST",  "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};
    auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
    if (i < 6 || s[i - 4] != '-' || !std::isdigit(static_cast<unsigned char>(s[i - 5]))) return false;
    std::string_view month = s.substr(i - 3, 3);
    if (std::find(months.begin(), months.end(), month) == months.end() || (month == "SEP" && s[i] == 'T')) return false;
    std::size_t e = i;
    while (e < s.size() && upper(s[e])) ++e;
    if (e - i < 2) return false;
    std::string_view run = s.substr(i - 3, e - i + 3);
    for (auto name : names)
        if (name.substr(0, std::min(name.size(), run.size())) == run.substr(0, std::min(name.size(), run.size()))) return false;
    return true;
}

// Whether a list item or table row glued to what comes before starts at `i`:
//  - after an empty table cell "--" that follows a number or another cell ("IV 4.65 --V 4.65"),
//    or dates after a dash that ends a line ("expects --2/26 2/27");
//  - a capitalised word right after a name in angle brackets ("Corp>Note continued");
//  - after a colon or semicolon: a numbered item or a dash ("points:1) Regular", "points:- The
//    terms", "regulations;-- tightening");
//  - a number whose last thousands group runs on ("3,994,8081st half"), a fraction run into a
//    number ("1/8599,500");
//  - a dash item after a comma or another item, a closing remark in brackets (`glued_dash_item`,
//    `glued_remark`).
bool glued_list_start(std::string_view s, std::size_t i) {
    if (i < 2 || i >= s.size()) return false;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (i >= 3 && s[i - 1] == '-' && s[i - 2] == '-' && s[i - 3] == '-' && std::isupper(c)) {
        // A rule of three dashes or more, a line of its own, glued to the next line: "---LORD
        // ABBETT U.S. GOVERNMENT", "----The USDA will issue", "--- ---Oct --- 147.00".
        std::size_t d = i;
        while (d > 0 && s[d - 1] == '-') --d;
        return d == 0 || s[d - 1] == ' ';
    }
    if (s[i - 1] == '-' && std::isupper(c) && i + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[i + 1]))) {
        // A line that announces a table with a dash, glued to its first row: "Pretax profit
        // includes -Agribusiness 28.3 mln", "in mln lbs --Production -- 1987", "in brackets -EC
        // 5,500 (7,900)". The dash stands after a space and a word, the row opens with a whole
        // capitalised word (or one of capitals) and a figure
        // follows within three words ("a consortium bank --National Westminster Bank Plc" and
        // "Alfa -Laval AB" are the source's dashes).
        std::size_t d = i;
        while (d > 0 && s[d - 1] == '-') --d;
        std::size_t e = i;
        while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
        bool capitals = std::all_of(s.begin() + static_cast<std::ptrdiff_t>(i), s.begin() + static_cast<std::ptrdiff_t>(e),
                                    [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        // (Capitals only after a sentence's lowercase word: "CLOSING -APRIL 7" is a heading's date.)
        bool word = (capitals && d >= 2 && std::islower(static_cast<unsigned char>(s[d - 2]))) ||
                    std::islower(static_cast<unsigned char>(s[i + 1]));
        if (word && i - d <= 2 && d >= 2 && s[d - 1] == ' ' && std::isalpha(static_cast<unsigned char>(s[d - 2])) &&
            e - i >= (capitals ? 2u : 3u) && e < s.size() && s[e] == ' ') {
            for (std::size_t k = e, words = 0; k < s.size() && words < 3; ++words) {
                while (k < s.size() && s[k] == ' ') ++k;
                if (k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]))) return true;
                while (k < s.size() && s[k] != ' ') ++k;
            }
        }
    }
    if (i >= 5 && s[i - 1] == '-' && s[i - 2] == '-' && s[i - 3] == ' ' && std::isupper(c)) {
        // A table cell "--" glued to the next row's label: "IV 4.65 --V 4.65 --", "-- -- --CLOSE".
        std::size_t b = i - 3;
        while (b > 0 && s[b - 1] != ' ') --b;
        std::string_view before = s.substr(b, i - 3 - b);
        return before == "--" || (!before.empty() && std::all_of(before.begin(), before.end(), [](char ch) {
                   return std::isdigit(static_cast<unsigned char>(ch)) || ch == '.' || ch == ',' || ch == '/';
               }));
    }
    if (i >= 3 && s[i - 1] == '-' && s[i - 2] == '-' && s[i - 3] == ' ' && std::isdigit(c)) {
        // "expects --2/26 2/27": dates after a dash that ends the line; not "airports--Dallas";
        // "Std Cash -- -- --3 Months": a row after a row of empty cells.
        std::size_t e = i;
        while (e < s.size() && s[e] != ' ') ++e;
        return s.substr(i, e - i).find('/') != std::string_view::npos || (i >= 6 && s[i - 4] == '-' && s[i - 5] == '-' && s[i - 6] == ' ');
    }
    if (std::isdigit(c) && s[i - 1] >= 'A' && s[i - 1] <= 'Z') {
        // A heading in capitals glued to a row that opens with a figure: "CHOICE HEIFERS500/550
        // 88A unch", "NYSE-CONSOLIDATED 1200 ACTIVES5,423,600 GCA". The capitals are a word of four
        // or more with nothing lowercase before them, the figure has a separator inside and a
        // space after ("MAY7 10230L", "SUGAR11", "A320" and "CFM56" are codes).
        std::size_t b = i;
        while (b > 0 && s[b - 1] >= 'A' && s[b - 1] <= 'Z') --b;
        std::size_t e = i;
        bool separator = false;
        while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ',' || s[e] == '/' || s[e] == '-' ||
                                s[e] == '.')) {
            if (!std::isdigit(static_cast<unsigned char>(s[e]))) separator = true;
            ++e;
        }
        return i - b >= 4 && (b == 0 || s[b - 1] == ' ' || s[b - 1] == '-') && separator && e < s.size() && s[e] == ' ' &&
               std::isdigit(static_cast<unsigned char>(s[e - 1])) && !has_lower(s.substr(0, b));
    }
    if (s[i - 1] == '>' && std::isupper(c) && i + 1 < s.size() && std::islower(static_cast<unsigned char>(s[i + 1])) &&
        s.rfind('<', i) != std::string_view::npos) {
        // A sentence glued after a name in angle brackets: "Resources Investment Corp>Note continued",
        // "<MGCR.L>Minorities and provisions".
        std::size_t e = i;
        while (e < s.size() && std::isalpha(static_cast<unsigned char>(s[e]))) ++e;
        return e < s.size() && (s[e] == ' ' || s[e] == ',');
    }
    if ((s[i - 1] == ':' || s[i - 1] == ';') && std::isalpha(static_cast<unsigned char>(s[i - 2]))) {
        if (std::isdigit(c) && i + 1 < s.size() && s[i + 1] == ')') return true;
        if (c == '-' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '-')) return true;
    }
    if (std::isdigit(c) && i >= 5 && s[i - 4] == ',' && std::isdigit(static_cast<unsigned char>(s[i - 5])) &&
        std::isdigit(static_cast<unsigned char>(s[i - 3])) && std::isdigit(static_cast<unsigned char>(s[i - 2])) &&
        std::isdigit(static_cast<unsigned char>(s[i - 1]))) {
        // A number whose last thousands group runs on into the next row: "3,994,8081st half",
        // "11,502,03512 mths". Agency typos add a digit or a zero ("1,475,0000", "480,0009 dlrs").
        std::size_t e = i;
        while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
        std::string_view suffix = s.substr(e, 3);
        bool ordinal = suffix == "st " || suffix == "nd " || suffix == "rd " || suffix == "th ";
        return ordinal || (e - i >= 2 && c != '0' && e < s.size() && s[e] == ' ');
    }
    return (std::isdigit(c) && glued_after_fraction(s, i)) || glued_dash_item(s, i) || glued_remark(s, i);
}

bool row_break(std::string_view s, std::size_t start, std::size_t i, std::int32_t cp, std::int32_t prev,
               std::string_view context) {
    if (row_junction_at(s, i) && row_junction(s, i, context) && !inside_angle_brackets(s, i) && !is_camel_name_at(s, i) &&
        !token_recurs(s, i, context))
        return true;
    if (strutil::is_digit(prev) && strutil::is_lower(cp) && number_then_word(s, i, context)) return true;
    return strutil::is_digit(prev) && strutil::is_digit(cp) && decimals_run_on(s, start, i, context);
}

}  // namespace newsarc::glued
