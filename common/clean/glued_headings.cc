// Headings and titles glued to what follows them: a short title set off by a run of spaces (or
// opening a piece cut out after a promotional line) that runs into capitals, a figure, a remark,
// a dash item or a whole word ("The view from TokyoUSDA estimates", "Market reaction407,800"),
// or into a lowercase row ("A shift in strategynet loss"); a title glued to a sentence
// ("Jerusalem and MoscowTies between"); a one-word heading before a row's label ("YearShr 85 cts").
#include "common/clean/glued_headings.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/clean/glued_rows.h"
#include "common/clean/glued_vocabulary.h"
#include "common/clean/glued_words.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

bool has_double_quote(std::string_view s) {
    return s.find('"') != std::string_view::npos || s.find("\u201C") != std::string_view::npos ||
           s.find("\u201D") != std::string_view::npos;
}

// Set off by a run of spaces from what comes before (as the seed's scraper sets off its
// sub-headings), a short title glued to whatever opens the next paragraph: an acronym or a heading
// in capitals ("The view from TokyoUSDA estimates", "The view from TokyoLAST BUYER SELLER"), a
// figure ("Market reaction407,800 WESTERN DIG"), a bracket, quote or dash ("Pressure on
// prices(corrects year ago", "A long road to recovery- Power tools"), a lone capital ("What comes
// nextA 100,000-car reduction") or a whole capitalised word ("Concerns in WashingtonRep. Arlan",
// "Political falloutNon-callable for three years"). The title has two to ten words, starts with a
// capital, holds no punctuation, figures or "is"/"said"-type verb, and its last word is a word
// (three letters or more, lowercase after the first) that is no name prefix; the glued token is
// no known camel-case name and does not recur in the article (a name written without a space is
// written so each time). Returns where the paragraph after the title starts, or 0.
std::size_t run_heading_end(std::string_view s, std::string_view context, bool after_run) {
    const std::size_t limit = std::min<std::size_t>(s.size(), 100);
    std::size_t i = 0;
    for (std::size_t k = 1; k < limit;) {
        std::size_t len = 0;
        auto cp = decode_at(s, k, &len);
        if (strutil::is_lower(decode_before(s, k, nullptr)) && !strutil::is_lower(cp) && !strutil::is_space(cp) && cp != '\'' &&
            cp != 0x2019) {
            i = k;
            break;
        }
        k += len;
    }
    if (i == 0 || i + 1 >= s.size()) return 0;
    std::string_view left = strutil::trim(s.substr(0, i));
    auto words = strutil::count_words(left);
    if (words < 2 || words > 10 || !std::isupper(static_cast<unsigned char>(left[0])) ||
        left.find_first_of(".!?;,:<>()[]\"&/0123456789-") != std::string_view::npos || has_double_quote(left) ||
        has_finite_verb(left))
        return 0;
    std::string_view fragment = word_before(s, i);
    if (fragment.size() < 3) return 0;
    for (std::size_t k = 0; k < fragment.size();) {
        std::size_t l = 0;
        auto cp = decode_at(fragment, k, &l);
        if (!strutil::is_letter(cp) || (k > 0 && !strutil::is_lower(cp))) return 0;
        k += l;
    }
    std::string frag_lower = strutil::ascii_lower(fragment);
    if (is_name_prefix(frag_lower) || is_lower_particle(frag_lower))
        return 0;
    std::size_t len = 0;
    auto cp = decode_at(s, i, &len);
    bool ok = false;
    if (strutil::is_upper(cp)) {
        auto w = letter_word_at(s, i);
        std::size_t e = i + w.size();
        bool capitalised = w.size() >= 2 && has_lower(w.substr(len));
        // A capitalised word must end whole ("Rep.", "Non-callable"), not run on as a name's second
        // half does ("BlueFish's"); capitals ("USDA", "LAST") and a lone capital ("A 100") may
        // end anyhow.
        ok = !capitalised || (e < s.size() && (s[e] == ' ' || s[e] == ',' || s[e] == '.' || s[e] == '-' || s[e] == ':'));
        // A word that ends the text is a heading of its own when the article uses it, any case
        // ("Concerns in WashingtonYear" before a table's "Year" rows).
        if (capitalised && e == s.size() && after_run) ok = whole_words_any_case(context, w, 1) > 0;
        // At the start of a paragraph with no run of spaces before, a camel-case name is far more
        // likely ("PaineWebber Group", "Inter-American"): only capitals ("USDA", "LAST") count.
        if (!after_run) ok = ok && !capitalised && w.size() >= 2;
    } else if (strutil::is_digit(cp)) {
        ok = true;
    } else if (cp == '"' || is_open_quote(cp)) {
        // A quotation, not a straight quote typed for an apostrophe ("Arabia"s").
        auto next = decode_at(s, i + len, nullptr);
        ok = strutil::is_upper(next) || strutil::is_digit(next);
    } else if (cp == '(') {
        // A remark in brackets ("(corrects year ago"), not a heading's own note ("Debt(Dec vs Nov)").
        ok = strutil::is_lower(decode_at(s, i + 1, nullptr));
    } else if (cp == '-') {
        // A list item ("- Power tools"), not a word cut at a hyphen ("Handels- und", "Inter-
        // American", "Sassou- Nguesso": a name).
        ok = i + 2 < s.size() && s[i + 1] == ' ' && strutil::is_lower(decode_at(fragment, 0, nullptr)) && (strutil::is_upper(decode_at(s, i + 2, nullptr)) || strutil::is_digit(s[i + 2]));
    }
    if (!ok || is_camel_name_at(s, i) || token_recurs(s, i, context)) return 0;
    return i;
}

// Set off by a run of spaces, a title whose last word runs into a lowercase row: "A shift in
// strategynet loss 1.16 billion", "Rising costs for farmersrevs 52.6 mln". The title has two to ten
// words of letters, starts with a capital and holds no "is"/"said"-type verb; the glued token, of
// six lowercase letters or more, is the article's only one and cuts in one place only into four
// letters or more of the title's word and a row: its word opens other rows of the article, any
// case, or is a word of the article and the row has the shape of another line (a title's last word is seldom one of the story's;
// "island" is no "isl" and "and"); a figure follows within four words. Returns where the row starts, or 0.
std::size_t run_heading_row_cut(std::string_view s, std::string_view context) {
    std::size_t words = 0;
    for (std::size_t i = 0; i < s.size() && words < 10; ++words) {
        std::size_t e = s.find(' ', i);
        if (e == std::string_view::npos) return 0;
        std::string_view token = s.substr(i, e - i);
        if (!std::all_of(token.begin(), token.end(), ascii_alpha) || (words == 0 && !std::isupper(static_cast<unsigned char>(token[0]))))
            return 0;
        if (words >= 1 && token.size() >= 6 && lowercase_word(token) && figure_among_words(s.substr(e, 64), 4, false) &&
            !has_finite_verb(s.substr(0, i)) && whole_words_any_case(context, token, 2) < 2) {
            std::size_t cut = 0;
            for (std::size_t k = 4; k + 3 <= token.size(); ++k) {
                if (!line_has_at_edge(context, token.substr(k), false) &&
                    (whole_words_any_case(context, token.substr(k), 1) == 0 || !some_line_has_shape(context, row_shape(s.substr(i + k)))))
                    continue;
                if (cut != 0) return 0;  // ambiguous
                cut = k;
            }
            if (cut != 0) return i + cut;
        }
        i = e + 1;
    }
    return 0;
}

// Set off by a run of spaces, a title glued to a number that opens a row or a sentence:
// "Regulators step in151-349 days 5.00 pct", "The view from Tokyo1986 results include". Returns
// where the number starts, or 0. (A title is short: the junction lies within its first 100 bytes.)
std::size_t run_title_before_number(std::string_view s, std::string_view context) {
    std::string_view head = s.substr(0, std::min<std::size_t>(s.size(), 101));
    std::size_t i = head.find_first_of("0123456789", 1);
    while (i != std::string_view::npos && !(s[i - 1] >= 'a' && s[i - 1] <= 'z')) i = head.find_first_of("0123456789", i + 1);
    if (i == std::string_view::npos) i = s.size();
    std::size_t e = i;
    while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == ',' || s[e] == '.' || s[e] == '/' ||
                            s[e] == '-'))
        ++e;
    // The word before the number is a word ("in", "Tokyo"), not a code's letters ("mp3").
    std::string_view fragment = word_before(s, i);
    std::string lower(strutil::ascii_lower(fragment));
    static const std::array<std::string_view, 8> short_words = {"in", "on", "at", "of", "to", "up", "by", "as"};
    bool word = (lower.size() >= 3 && lower.find_first_of("aeiouy") != std::string::npos) ||
                std::find(short_words.begin(), short_words.end(), lower) != short_words.end();
    if (!(word && i < s.size() && e < s.size() && s[e] == ' ' && std::isdigit(static_cast<unsigned char>(s[e - 1])))) return 0;
    std::string_view left = s.substr(0, i);
    auto words = strutil::count_words(left);
    bool title_like = words >= 3 && words <= 10 && std::isupper(static_cast<unsigned char>(left[0])) &&
                      left.find_first_of(".!?;,:<>()\"0123456789") == std::string_view::npos && !has_finite_verb(left) &&
                      !token_recurs(s, i, context);
    return title_like ? i : 0;
}

// Whether the lower->Upper junction at `i` is part of a name: short capitalised fragments are name
// parts (McDonald, LeBaron, DuPont), as are particles, name prefixes and known camel-case names; a
// short lowercase word ("step inThere") is a word. A camel-case token used more than once in the
// article is a name (GameStop), not a heading glued to a sentence: "MoscowTies" never occurs twice.
bool name_at_junction(std::string_view s, std::size_t i, std::string_view context) {
    std::string_view fragment = word_before(s, i);
    std::string frag_lower = strutil::ascii_lower(fragment);
    bool short_name = fragment.size() < 2 || (fragment.size() < 3 && strutil::is_upper(decode_at(fragment, 0, nullptr))) ||
                      is_lower_particle(fragment);
    if (short_name || is_camel_name_at(s, i) || is_name_prefix(frag_lower)) return true;
    if (context.empty()) return false;
    std::size_t right_end = i;
    while (right_end < s.size()) {
        std::size_t l = 0;
        if (!strutil::is_letter(decode_at(s, right_end, &l))) break;
        right_end += l;
    }
    std::string token(s.substr(i - fragment.size(), right_end - (i - fragment.size())));
    std::size_t seen = 0;
    for (auto pos = context.find(token); pos != std::string_view::npos && seen < 2; pos = context.find(token, pos + 1)) ++seen;
    return seen >= 2;
}

// The first lower->Upper junction of `s` that is not part of a name, or 0 when there is none within
// ten words and 100 bytes (too long to be a heading).
std::size_t first_title_junction(std::string_view s, std::string_view context) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        auto prev = decode_before(s, i, nullptr);
        auto next = decode_at(s, i + len, nullptr);
        bool article_junction = cp == 'A' && next == ' ';  // "The view from TokyoA spokesman said"
        if (strutil::is_lower(prev) && strutil::is_upper(cp) && (strutil::is_lower(next) || article_junction)) {
            std::string_view left = strutil::trim(s.substr(0, i));
            if (strutil::count_words(left) > 10 || left.size() > 100) return 0;
            if (!name_at_junction(s, i, context)) return i;
        }
        i += len;
    }
    return 0;
}

// Whether a sentence or a row runs on from the junction at `i` after a title: a whole word, then a
// sentence of four words or more going on in lowercase, or a word that opens other paragraphs of
// the article; or, after a word of three letters or more, a figure or a month (a table row).
bool sentence_after_title(std::string_view s, std::size_t i, std::string_view context) {
    std::string_view right = s.substr(i);
    std::size_t word_end = right.find_first_of(" ,;:");
    bool article_a = right.size() > 2 && right[0] == 'A' && right[1] == ' ' && strutil::is_lower(decode_at(right, 2, nullptr));
    bool whole_word = word_end != std::string_view::npos && (word_end > 1 || article_a) && right[word_end] == ' ';
    std::string_view first_sentence = right.substr(0, right.find_first_of(".!?"));
    std::string_view first_word = right.substr(0, word_end == std::string_view::npos ? right.size() : word_end);
    // A word that opens other paragraphs of the article opens this one, however short
    // ("Concerns in WashingtonPay April one" in a dividend table).
    bool opens_paragraphs = whole_word && !context.empty() && paragraphs_opening_with(context, first_word, s) > 0 &&
                            !token_recurs(s, i, context);
    bool sentence_like = whole_word && (strutil::count_words(first_sentence) >= 4 || opens_paragraphs);
    if (sentence_like) {
        // A capitalised second word continues a name ("PaineWebber Group Inc", "TranStar
        // Airlines"); a sentence after a heading goes on in lowercase ("Ties between ...").
        auto second = decode_at(right, word_end + 1, nullptr);
        if ((strutil::is_upper(second) || strutil::is_digit(second)) && !opens_paragraphs &&
            !is_sentence_opener(right.substr(0, word_end))) {  // "Concerns in WashingtonThe London coffee"
            // ...unless the word is known to open paragraphs or sentences in this article
            // ("The view from TokyoRecord April 10", "Concerns in WashingtonGeorgia Gulf said").
            std::string_view w = right.substr(0, word_end);
            sentence_like = !context.empty() && !token_recurs(s, i, context) &&
                            (paragraphs_opening_with(context, w, s) > 0 || opens_sentence_in(context, w));
        }
    }
    if (!sentence_like && !context.empty() && word_end != std::string_view::npos && word_end >= 3 &&
        word_end + 2 < right.size() && !token_recurs(s, i, context)) {
        // A table row after a heading: "The view from TokyoNet 439,100 vs 259,948".
        auto after = decode_at(right, word_end + 1, nullptr);
        // Or a dated row: "The view from TokyoRecord April 10", "Concerns in WashingtonPay April one".
        std::string_view second_word = letter_word_at(right, word_end + 1);
        static const std::array<std::string_view, 13> short_months = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul",
                                                                      "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"};
        bool month = is_month_name(second_word) ||
                     std::find(short_months.begin(), short_months.end(), second_word) != short_months.end();
        sentence_like = right[word_end] == ' ' && (strutil::is_digit(after) || month);
    }
    return sentence_like;
}

// A heading glued to the sentence after it: "Strained ties between Jerusalem and MoscowTies
// between ...". The first lower->Upper junction that is not part of a name decides: it splits only
// when the left side looks like a title (3-10 words, starts with a capital, no punctuation, quotes
// or "is"/"said"-type verbs) and the right side starts with a whole word, then a lowercase word,
// and runs on as a sentence of several words. Returns the junction, or 0.
std::size_t title_junction_cut(std::string_view s, std::string_view context, bool after_run) {
    std::size_t i = first_title_junction(s, context);
    if (i == 0) return 0;
    std::string_view left = strutil::trim(s.substr(0, i));
    auto words = strutil::count_words(left);
    std::string_view fragment = word_before(s, i);
    auto first = decode_at(left, 0, nullptr);
    bool title_like = words >= 3 && left.find_first_of(".!?;,:<>()") == std::string_view::npos && !has_double_quote(left) &&
                      !has_finite_verb(left) && (strutil::is_upper(first) || strutil::is_digit(first));
    std::string_view right = s.substr(i);
    std::size_t word_end = right.find_first_of(" ,;:");
    bool sentence_like = sentence_after_title(s, i, context);
    if (!title_like && after_run && words >= 1 && words <= 2 && !context.empty() &&
        left.find_first_of(".!?;,:<>()\"") == std::string_view::npos && (strutil::is_upper(first) || strutil::is_digit(first))) {
        // A one- or two-word table heading before a row: "  YearOper shr 75 cts", "  1986
        // YearNet loss 1.2 mln": the row has a number among its first words.
        std::string_view row = right.substr(0, std::min<std::size_t>(right.size(), 24));
        title_like = row.find_first_of("0123456789") != std::string_view::npos && strutil::count_words(right) <= 12;
    }
    if (title_like && !sentence_like && after_run && !context.empty() && !token_recurs(s, i, context)) {
        // Set off by a run of spaces from what comes before, as the seed's scraper sets off its
        // headings, a title glued to any word that ends whole is a heading: "Concerns in
        // WashingtonHyman, delivering a speech", "The view from TokyoNational Westminster Bank".
        std::size_t e = 0;
        while (e < right.size() && std::isalpha(static_cast<unsigned char>(right[e]))) ++e;
        sentence_like = e >= 2 && e < right.size() && (right[e] == ' ' || right[e] == ',' || right[e] == ':');
    }
    if (title_like && sentence_like && !after_run && !context.empty() && strutil::is_upper(decode_at(fragment, 0, nullptr)) &&
        word_end != std::string_view::npos && strutil::is_lower(decode_at(right, word_end + 1, nullptr)) &&
        !standalone_word_in(context, fragment)) {
        // Not set off by a run of spaces, a title ending in a capitalised word and glued to a
        // sentence is a heading only when the article uses that word on its own ("Jerusalem
        // and MoscowTies between", Moscow being a word of the story); else the junction is a
        // camel-case name's ("Susan Hackmann of AgriAnalysis said there").
        sentence_like = false;
    }
    return title_like && sentence_like ? i : 0;
}

}  // namespace

bool heading_before_row_label(std::string_view s, std::size_t begin, std::size_t i, std::string_view right,
                              std::string_view context) {
    std::size_t lb = std::max(begin, i - word_before(s, i).size());
    std::string_view left = s.substr(lb, i - lb);
    std::size_t re = i + right.size();
    if (left.size() < 3 || (lb > begin && s[lb - 1] != ' ') || !std::isupper(static_cast<unsigned char>(left[0])) ||
        !std::all_of(left.begin() + 1, left.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) || re + 1 >= s.size() ||
        s[re] != ' ' || !std::isdigit(static_cast<unsigned char>(s[re + 1])))
        return false;
    for (auto pos = context.find(right); pos != std::string_view::npos; pos = context.find(right, pos + 1)) {
        std::size_t e = pos + right.size();
        if ((pos == 0 || !ascii_alpha(context[pos - 1])) && e + 1 < context.size() && context[e] == ' ' &&
            std::isdigit(static_cast<unsigned char>(context[e + 1])))
            return true;
    }
    return false;
}

std::vector<std::string> split_title_glue(std::string_view s, std::string_view context, bool after_run, bool opens_piece) {
    std::size_t at = 0;
    if ((after_run || opens_piece) && !context.empty()) at = run_heading_end(s, context, after_run);
    if (at == 0 && after_run && !context.empty()) at = run_heading_row_cut(s, context);
    if (at == 0 && after_run && !context.empty()) at = run_title_before_number(s, context);
    if (at == 0) at = title_junction_cut(s, context, after_run);
    if (at == 0) return {std::string(strutil::trim(s))};
    return {std::string(strutil::trim(s.substr(0, at))), std::string(strutil::trim(s.substr(at)))};
}

}  // namespace newsarc::glued
