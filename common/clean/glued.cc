// Glued-text splitting: space runs, sentence ends glued to capitals, and title-like headings glued
// to the sentence after them. All positions are byte offsets at code point boundaries.
#include "common/clean/glued.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "common/text/strutil.h"

namespace newsarc {

namespace {

using strutil::decode_at;
using strutil::decode_before;

// Words that end with a period without ending a sentence.
constexpr std::array<std::string_view, 60> kAbbreviations = {
    "mr",   "mrs",  "ms",   "dr",   "prof", "gen",  "brig", "col",  "lt",   "capt", "sgt",  "maj",
    "adm",  "cmdr", "gov",  "sen",  "rep",  "rev",  "st",   "mt",   "ft",   "jr",   "sr",   "inc",
    "ltd",  "co",   "corp", "bros", "vs",   "etc",  "al",   "fig",  "op",   "cf",   "vol",  "jan",
    "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",  "sept", "oct",  "nov",  "dec",  "dept",
    "univ", "ave",  "blvd", "est",  "approx", "pres", "sec", "gov't", "cpl", "pvt", "supt", "hon"};

// Camel-case names whose inner capital must never start a paragraph.
constexpr std::array<std::string_view, 49> kCamelNames = {
    "3Com",
    "YouTube",     "PlayStation", "PowerPoint", "JavaScript", "WordPress",  "SharePoint", "BlackRock",
    "FedEx",       "GoPro",       "PayPal",     "WhatsApp",   "TikTok",     "LinkedIn",   "SpaceX",
    "OpenAI",      "ChatGPT",     "HarperCollins", "BlackBerry", "MasterCard", "SoftBank", "JetBlue",
    "AstraZeneca", "GlaxoSmithKline", "ExxonMobil", "ConocoPhillips", "PricewaterhouseCoopers",
    "DreamWorks",  "CrowdStrike", "SolarWinds", "DoorDash",   "GitHub",     "StubHub",    "WeChat",
    "AirPods",     "MacBook",     "AliExpress", "KitKat",     "BioNTech",   "InterContinental",
    "EasyJet",     "JetStar",     "McKinsey",   "MacDonald",  "DeSantis",   "LaGuardia",  "DiCaprio",
    "SeaWorld",    "NetJets"};

// Name prefixes that are followed by a capital (MacArthur, VanDyke): never a heading boundary.
constexpr std::array<std::string_view, 12> kNamePrefixes = {"mac", "van", "von", "del", "della", "des",
                                                            "les", "los", "las", "san", "ibn", "abu"};

bool ascii_alpha(char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z'); }

// The next run of ASCII letters in `s` at or after `pos` (empty at the end), and `pos` past it.
std::string_view next_ascii_word(std::string_view s, std::size_t& pos) {
    while (pos < s.size() && !ascii_alpha(s[pos])) ++pos;
    std::size_t start = pos;
    while (pos < s.size() && ascii_alpha(s[pos])) ++pos;
    return s.substr(start, pos - start);
}

bool is_open_quote(std::int32_t cp) { return cp == 0x201C || cp == 0x2018 || cp == 0xAB; }
bool is_close_quote(std::int32_t cp) { return cp == 0x201D || cp == 0x2019 || cp == 0xBB; }
bool is_closer(std::int32_t cp) { return is_close_quote(cp) || cp == ')' || cp == ']'; }

// The word (letters, digits, apostrophes, inner periods) that ends right before `end`.
std::string_view word_before(std::string_view s, std::size_t end) {
    std::size_t b = end;
    while (b > 0) {
        std::size_t start = 0;
        auto cp = decode_before(s, b, &start);
        if (!(strutil::is_letter(cp) || strutil::is_digit(cp) || cp == '\'' || cp == 0x2019)) break;
        b = start;
    }
    return s.substr(b, end - b);
}

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
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end()) return false;
    return true;
}

std::size_t count_straight_quotes(std::string_view s, std::size_t end) {
    return static_cast<std::size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(end), '"'));
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
                                (!has_upper_ascii(label) || std::find(kAbbreviations.begin(), kAbbreviations.end(),
                                                                      strutil::ascii_lower(label)) != kAbbreviations.end());
                if (!sentence) return false;
            }
        return true;
    }
    return (cp == 'I' || cp == 'A') && (next == ' ' || next == '\'' || next == 0x2019);
}

bool inside_angle_brackets(std::string_view s, std::size_t pos) {
    auto open = s.rfind('<', pos);
    if (open == std::string_view::npos) return false;
    auto close = s.find('>', open);
    return close != std::string_view::npos && close > pos;
}

void push_piece(std::vector<std::string>& out, std::string_view piece) {
    auto t = strutil::trim(piece);
    if (!t.empty()) out.emplace_back(t);
}

// Whether a run of spaces between s[..gap_begin) and s[gap_end..] is a paragraph break: the left
// side ends a sentence (or quote) or the right side starts one ("Newsletter   Subscribe Now").
// A stray run inside a sentence ("Second   paragraph") is only extra spacing.
bool is_break_gap(std::string_view s, std::size_t gap_begin, std::size_t gap_end) {
    if (gap_begin == 0 || gap_end >= s.size()) return true;
    auto before = decode_before(s, gap_begin, nullptr);
    if (before == '.' || before == '!' || before == '?' || before == ':' || before == '"' || before == ')' ||
        is_close_quote(before))
        return true;
    auto after = decode_at(s, gap_end, nullptr);
    if (before == ';' || after == '(' || after == '<' || after == '\'' ||
        (after == '-' && gap_end + 1 < s.size() && (s[gap_end + 1] == ' ' || s[gap_end + 1] == '-')))
        return true;  // "period;  - Equal access", "today  (corrects from 24.53)", "archive  '87/88"
    return strutil::is_upper(after) || is_open_quote(after) || after == '"' || strutil::is_digit(after);
}

// Whether one of the first (or last) `n` words of `text` holds a figure.
bool figure_among_words(std::string_view text, std::size_t n, bool last) {
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t e = i;
        while (e < text.size() && text[e] != ' ') ++e;
        if (e > i) words.push_back(text.substr(i, e - i));
        i = e;
    }
    std::size_t from = last && words.size() > n ? words.size() - n : 0;
    for (std::size_t k = from; k < words.size() && k < from + n; ++k)
        if (std::any_of(words[k].begin(), words[k].end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return true;
    return false;
}

// In glued text, a run of spaces between two table rows ("1.39 billion crowns  vs 1.32 billion",
// "shr 26 cts vs 18 cts  net 5,281,000"): a short piece with a figure among its last words, then
// a figure among the first words after the run. A sentence runs longer than a row.
bool between_table_rows(std::string_view s, std::size_t start, std::size_t gap_begin, std::size_t gap_end) {
    std::string_view left = s.substr(start, gap_begin - start);
    return strutil::count_words(left) <= 12 && figure_among_words(left, 3, true) &&
           figure_among_words(s.substr(gap_end, 64), 3, false);
}

// Paragraph breaks at runs of two or more spaces or at tabs. In text known to be glued, where
// runs of spaces are how the scraper joined paragraphs, a run after a number is one too: a table
// row glued to the next ("two 91/89  three 131/128", "APR 8  local mkt").
std::vector<std::string> split_space_runs(std::string_view s, bool glued = false) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '\t' || (s[i] == ' ' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\t'))) {
            std::size_t gap_begin = i;
            while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
            if (is_break_gap(s, gap_begin, i) ||
                (glued && (std::isdigit(static_cast<unsigned char>(s[gap_begin - 1])) || between_table_rows(s, start, gap_begin, i)))) {
                push_piece(out, s.substr(start, gap_begin - start));
                start = i;
            }
        } else {
            ++i;
        }
    }
    push_piece(out, s.substr(start));
    return out;
}

// Abbreviations that stand before a name ("Brig.Gen.", "Dr.Smith"): never a sentence end, even
// glued. Others (Inc., Ltd., Corp., months) end a sentence when a sentence is glued to them.
bool is_title_abbreviation(std::string_view lower) {
    static const std::array<std::string_view, 29> titles = {
        "mr", "mrs", "ms", "dr", "prof", "gen", "brig", "col", "lt", "capt", "sgt", "maj", "adm", "cmdr", "gov",
        "sen", "rep", "rev", "st", "mt", "ft", "jr", "sr", "pres", "sec", "cpl", "pvt", "supt", "hon"};
    return std::find(titles.begin(), titles.end(), lower) != titles.end();
}

// Words that open sentences, not names: after an acronym ("L.P.The") they mark glued sentences,
// where a name ("J.P.Morgan", "E.F.Hutton") is only sloppy spacing.
bool is_sentence_opener(std::string_view w) {
    static const std::array<std::string_view, 62> openers = {
        "The", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "There", "In", "On",
        "At", "For", "But", "And", "As", "If", "However", "Under", "After", "Before", "When", "While", "Some",
        "Analysts", "Officials", "Shares", "Although", "Also", "Meanwhile", "Separately", "Since", "With",
        "According", "Other", "An", "Among", "Both", "Each", "From", "His", "Her", "Many", "Most", "Much",
        "Not", "Now", "Only", "Our", "Several", "Such", "Their", "Thus", "Today", "What", "Which", "Who",
        "You", "Yesterday"};
    return std::find(openers.begin(), openers.end(), w) != openers.end();
}

// The letters-only word starting at `i` (ASCII and Unicode letters).
std::string_view letter_word_at(std::string_view s, std::size_t i) {
    std::size_t e = i;
    while (e < s.size()) {
        std::size_t l = 0;
        if (!strutil::is_letter(decode_at(s, e, &l))) break;
        e += l;
    }
    return s.substr(i, e - i);
}

// A capitalised word (capital, then lowercase, at least two letters) starts at `i` and is not an
// abbreviation itself ("Gen.").
bool capitalised_word_at(std::string_view s, std::size_t i) {
    auto w = letter_word_at(s, i);
    if (w.size() < 2) return false;
    std::size_t l = 0;
    if (!strutil::is_upper(decode_at(w, 0, &l)) || !strutil::is_lower(decode_at(w, l, nullptr))) return false;
    std::size_t end = i + w.size();
    return end >= s.size() || s[end] != '.';
}

// An acronym word ("BP", "OECD", "WAM's") of two or more capitals followed by a space, comma or
// apostrophe: a glued sentence opening with it ("companies.BP North America is ...").
bool acronym_word_at(std::string_view s, std::size_t i) {
    std::size_t e = i;
    while (e < s.size() && s[e] >= 'A' && s[e] <= 'Z') ++e;
    if (e - i < 2) return false;
    // Host and file endings written in capitals ("Amazon.COM", "Node.JS") are not sentences.
    static const std::array<std::string_view, 10> endings = {"COM", "NET", "ORG", "GOV", "EDU", "CO", "UK", "IO", "JS", "TV"};
    if (std::find(endings.begin(), endings.end(), s.substr(i, e - i)) != endings.end() && i > 0 && s[i - 1] == '.')
        return false;
    return e >= s.size() || s[e] == ' ' || s[e] == ',' || s[e] == '\'' || s[e] == ';' || s[e] == ':';
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
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end()) {
        if (is_title_abbreviation(lower)) return GluedLeft::no;
        // A company ends a sentence as often as not: "Drexel Burnham Lambert Inc.Junk bond traders".
        if (lower == "inc" || lower == "corp" || lower == "ltd" || lower == "plc" || lower == "bros" || lower == "co")
            return GluedLeft::company;
        return GluedLeft::opener_only;
    }
    return GluedLeft::no;
}

bool is_month_name(std::string_view w) {
    static const std::array<std::string_view, 12> months = {"January", "February", "March",     "April",
                                                            "May",     "June",     "July",      "August",
                                                            "September", "October", "November", "December"};
    return std::find(months.begin(), months.end(), w) != months.end();
}

// Whether `word` opens a sentence or paragraph somewhere in `context` (after a line start or a
// sentence end and a space): evidence that, glued to a period, it opens one here too.
bool opens_sentence_in(std::string_view context, std::string_view word) {
    if (context.empty() || word.empty()) return false;
    for (auto pos = context.find(word); pos != std::string_view::npos; pos = context.find(word, pos + 1)) {
        std::size_t end = pos + word.size();
        if (end < context.size() && context[end] != ' ' && context[end] != ',' && context[end] != '\'') continue;
        if (pos == 0 || context[pos - 1] == '\n') return true;
        if (pos >= 2 && context[pos - 1] == ' ' &&
            (context[pos - 2] == '.' || context[pos - 2] == '!' || context[pos - 2] == '?')) {
            // Not after an acronym: "U.S. Steel", "U.K. Treasury" go on.
            bool acronym = context[pos - 2] == '.' && pos >= 5 && std::isupper(static_cast<unsigned char>(context[pos - 3])) &&
                           context[pos - 4] == '.' && std::isupper(static_cast<unsigned char>(context[pos - 5]));
            if (!acronym) return true;
        }
    }
    return false;
}

bool has_lower(std::string_view w);
bool has_finite_verb(std::string_view s);
std::string_view last_word(std::string_view text);

bool all_digits(std::string_view w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
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

bool has_lower(std::string_view w) {
    for (std::size_t k = 0; k < w.size();) {
        std::size_t l = 0;
        if (strutil::is_lower(decode_at(w, k, &l))) return true;
        k += l;
    }
    return false;
}

// Whether the whitespace-delimited token around byte `i` of `s` occurs twice or more in `context`:
// glue happens once, a name written without a space ("CityBank", "E.D.F.Man") recurs.
bool token_recurs(std::string_view s, std::size_t i, std::string_view context) {
    if (context.empty()) return false;
    std::size_t b = i, e = i;
    while (b > 0 && s[b - 1] != ' ') --b;
    while (e < s.size() && s[e] != ' ') ++e;
    std::string_view token = s.substr(b, e - b);
    // Trailing punctuation and possessives are not part of the name.
    while (!token.empty() && std::string_view(",.;:'\")").find(token.back()) != std::string_view::npos) token.remove_suffix(1);
    if (token.size() > 2 && token.substr(token.size() - 2) == "'s") token.remove_suffix(2);
    if (token.size() < 3) return false;
    std::size_t seen = 0;
    for (auto pos = context.find(token); pos != std::string_view::npos && seen < 2; pos = context.find(token, pos + 1)) ++seen;
    return seen >= 2;
}

// "fleet.E.F. Hutton": an acronym with periods opening a sentence glued to the previous one.
bool dotted_acronym_at(std::string_view s, std::size_t i) {
    return i + 3 < s.size() && std::isupper(static_cast<unsigned char>(s[i])) && s[i + 1] == '.' &&
           std::isupper(static_cast<unsigned char>(s[i + 2])) && s[i + 3] == '.';
}

// Three or more lowercase ASCII letters, not an abbreviation ("year", "costs"; not "fig").
bool lowercase_word(std::string_view w) {
    if (w.size() < 3 || !std::all_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) return false;
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), w) == kAbbreviations.end();
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

// Breaks where a sentence end is glued to the next sentence without a space. `context` (the
// article, one paragraph a line; empty when unknown) lends evidence in the doubtful cases.
std::vector<std::string> split_sentence_glue(std::string_view s, std::string_view context = {}) {
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
            // A capitalised word or quote ("deal.Russia", "ceasefire.“The"), or an acronym opening
            // the sentence ("companies.BP North America", 'revived."U.S. officials', "(UCAP).PCA").
            std::string_view lw = word_before(s, i);
            bool left_ok = has_lower(lw) || all_digits(lw) || (lw.empty() && i > 0) ||
                           (lw.size() >= 2 && std::isdigit(static_cast<unsigned char>(lw[0])));
            // In glued text, a word in capitals also ends a sentence before one in capitals ("a 19 pct
            // stake in NZI.NZI has", "LAST SEPTEMBER.THE NAIRA"); not a dotted acronym ("U.S.SEC").
            if (!left_ok && !context.empty() && lw.size() >= 3 && i > lw.size() && s[i - lw.size() - 1] != '.' &&
                std::all_of(lw.begin(), lw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
                left_ok = acronym_word_at(s, after);
            brk = starts_sentence(s, after, straight_opens) ||
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
        } else if (after == i + 1 && c == '.' && starts_sentence(s, after, straight_opens) &&
                   (straight_opens || is_open_quote(decode_at(s, after, nullptr))) &&
                   glued_left_side(s, i) != GluedLeft::no) {
            // A quotation opening right after a company or acronym ("First Boston Inc."Following
            // announcement", "in the U.S."That's why"): a name never runs on into a quote.
            brk = true;
        } else if (after == i + 1) {
            switch (glued_left_side(s, i)) {
                case GluedLeft::any_sentence:
                    brk = ((capitalised_word_at(s, after) || article_a_at(s, after)) && starts_sentence(s, after, false)) ||
                          acronym_word_at(s, after) ||
                          (after + 3 < s.size() && s[after] == 'A' && s[after + 1] == ' ' && capitalised_word_at(s, after + 2));
                    break;
                case GluedLeft::company: {
                    auto w = letter_word_at(s, after);
                    // "Lambert Inc.Junk bond", "Brothers Inc.BP earlier", "Tektronix Inc.S and P",
                    // "Co Inc.A 150 mln dlr offering"; never "Co.Ltd".
                    bool article_a = w == "A" && after + 2 < s.size() && s[after + 1] == ' ' &&
                                     (std::islower(static_cast<unsigned char>(s[after + 2])) ||
                                      std::isdigit(static_cast<unsigned char>(s[after + 2])));
                    brk = ((capitalised_word_at(s, after) && starts_sentence(s, after, false)) ||
                           (!context.empty() && (acronym_word_at(s, after) || glued_opening_at(s, after) || article_a))) &&
                          !is_company_word(w) && !token_recurs(s, i, context);
                    break;
                }
                case GluedLeft::opener_only: {
                    auto w = letter_word_at(s, after);
                    // An opener, or a word seen opening sentences elsewhere in the article ("March
                    // 1.Siaahan said" where "Siaahan said" opens another), unless the glued token
                    // recurs (a name such as "E.D.F.Man" is written the same way each time; "the
                    // 6.Juli Banken" opens nothing).
                    // After a date ("from March 1.Siaahan said") any capitalised word opens.
                    std::string_view num = word_before(s, i);
                    bool dated = !context.empty() && all_digits(num) && num.size() <= 2 && i > num.size() + 1 &&
                                 s[i - num.size() - 1] == ' ' && is_month_name(word_before(s, i - num.size() - 1));
                    brk = is_sentence_opener(w) ||
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
                    break;
                }
                case GluedLeft::initial: {
                    // Only an opener and a lowercase word: "Alex I.He said" opens a sentence, "broker
                    // C.Czarnikow" and "Harry S.The Truman Library" are names.
                    auto w = letter_word_at(s, after);
                    std::size_t e = after + w.size();
                    brk = is_sentence_opener(w) && e + 1 < s.size() && s[e] == ' ' &&
                          std::islower(static_cast<unsigned char>(s[e + 1]));
                    break;
                }
                case GluedLeft::no: break;
            }
        }
        if (!brk && !context.empty() && c == '.' && after == i + 1 && after + 7 < s.size() && s.substr(after + 1, 5) == " and " &&
            glued_opening_at(s, after))
            brk = true;  // firms named by initials: "upgraded to BB-minus from B.S and P said"
        if (!brk) continue;
        push_piece(out, s.substr(start, after - start));
        start = after;
        i = after - 1;
    }
    push_piece(out, s.substr(start));
    return out;
}

bool is_camel_name_at(std::string_view s, std::size_t boundary) {
    for (auto name : kCamelNames) {
        // The boundary falls inside `name` at one of its inner capitals.
        for (std::size_t k = 1; k < name.size(); ++k) {
            if (!std::isupper(static_cast<unsigned char>(name[k]))) continue;
            if (boundary >= k && boundary - k + name.size() <= s.size() && s.substr(boundary - k, name.size()) == name)
                return true;
        }
    }
    return false;
}

// Lowercase name particles that take a capital after them ("deRose", "duPont", "vanDijk") and
// "mid" in Reuters' "midApl": not glue.
bool is_lower_particle(std::string_view w) {
    static const std::array<std::string_view, 14> particles = {"de", "du", "di", "da", "la", "le", "van", "von",
                                                               "del", "della", "des", "mc", "mac", "mid"};
    return std::find(particles.begin(), particles.end(), w) != particles.end();
}

std::int32_t prev_cp_of(std::string_view s, std::size_t i) { return decode_before(s, i, nullptr); }

// How many paragraphs of `context` (one per line) other than the one holding `piece` open with
// `word` followed by a space or colon.
std::size_t paragraphs_opening_with(std::string_view context, std::string_view word, std::string_view piece) {
    std::size_t n = 0;
    std::size_t start = 0;
    while (start < context.size()) {
        auto nl = context.find('\n', start);
        std::string_view line = context.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? context.size() : nl + 1;
        if (line.size() > word.size() && line.substr(0, word.size()) == word &&
            (line[word.size()] == ' ' || line[word.size()] == ':') && line.find(piece) == std::string_view::npos)
            ++n;
    }
    return n;
}

// Whether `word` occurs in `context` as a whole word (letters neither side).
bool standalone_word_in(std::string_view context, std::string_view word) {
    if (word.empty()) return false;
    for (auto pos = context.find(word); pos != std::string_view::npos; pos = context.find(word, pos + 1)) {
        std::size_t end = pos + word.size();
        bool left = pos == 0 || !std::isalpha(static_cast<unsigned char>(context[pos - 1]));
        bool right = end >= context.size() || !std::isalpha(static_cast<unsigned char>(context[end]));
        if (left && right) return true;
    }
    return false;
}

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
            std::find(kAbbreviations.begin(), kAbbreviations.end(), left) == kAbbreviations.end()) {
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

// Whether the junction at `i` falls inside running prose: the sentence it is in, from its start
// (or `begin`) to `i`, has a dozen words or more, most of them lowercase, and no figures (notes
// and rows of a table run on without a full stop). A paragraph ends with a
// full stop; the paragraph ends without one are headings and table rows, short or numeric, so a
// word running into a capitalised one in the middle of a long sentence is a name or a typo of the
// source ("will carry its tenderCare line", "the group*hK!UiIe and prospects", "integrated into
// existing 3System workgroup systems"), not glue.
bool inside_prose(std::string_view s, std::size_t begin, std::size_t i) {
    std::size_t from = begin;
    for (std::size_t k = i; k > begin + 1; --k)
        if (s[k - 1] == ' ' && (s[k - 2] == '.' || s[k - 2] == '!' || s[k - 2] == '?') && k < i &&
            std::isupper(static_cast<unsigned char>(s[k]))) {
            from = k;
            break;
        }
    std::size_t words = 0, lower = 0;
    bool in_word = false;
    std::size_t token = i;
    while (token > from && s[token - 1] != ' ') --token;
    for (std::size_t k = from; k < i; ++k) {
        if (k < token && std::isdigit(static_cast<unsigned char>(s[k]))) return false;  // figures: a row or a note
        if (s[k] == ' ') {
            in_word = false;
        } else if (!in_word) {
            in_word = true;
            ++words;
            if (std::islower(static_cast<unsigned char>(s[k]))) ++lower;
        }
    }
    return words >= 12 && 2 * lower >= words;
}

// A heading of one capitalised word glued to a row whose label, `right` at `i`, labels rows of the
// article elsewhere: "YearShr 85 cts" and "Six MthsShr 34 cts" where "Shr 48 cts" is a row. The
// label is followed by a figure there and here; a camel-case name's second half ("BankAmerica")
// does not label rows.
// `begin`: where the current piece starts ("mln|YearShr" was cut before).
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

// Words that end a paragraph of reported speech ("..., the sources said"): glued to a capital
// ("the sources saidMarketing Minister", "he saidJeffrey said") they end it even inside a long
// sentence, where no name or typo of the source starts with them.
bool ends_attribution(std::string_view w) {
    static const std::array<std::string_view, 6> words = {"said", "says", "added", "adds", "stated", "noted"};
    return std::find(words.begin(), words.end(), w) != words.end();
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

// The token classes of a segment, one letter a token: N number, C capitals, W capitalised word,
// w lowercase word, - dashes, p anything else.
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

// Whether a line of `context` (a row, under 200 bytes) has the token classes `shape`.
bool some_line_has_shape(std::string_view context, const std::string& shape) {
    for (std::size_t start = 0; start < context.size();) {
        auto nl = context.find('\n', start);
        std::string_view line = context.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? context.size() : nl + 1;
        if (line.size() < 200 && row_shape(line) == shape) return true;
    }
    return false;
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

// The last space-separated word of `text`.
std::string_view last_word(std::string_view text) {
    auto sp = text.rfind(' ');
    return sp == std::string_view::npos ? text : text.substr(sp + 1);
}

// How many times (up to `limit`) `word` occurs in `text` as a whole word, in any case.
std::size_t whole_words_any_case(std::string_view text, std::string_view word, std::size_t limit) {
    auto lower = [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); };
    const char first[] = {lower(word[0]), static_cast<char>(std::toupper(static_cast<unsigned char>(word[0]))), '\0'};
    std::size_t n = 0;
    for (std::size_t p = text.find_first_of(first); p != std::string_view::npos && p + word.size() <= text.size() && n < limit;
         p = text.find_first_of(first, p + 1)) {
        if (p > 0 && ascii_alpha(text[p - 1])) continue;
        std::size_t e = p + word.size();
        if (e < text.size() && ascii_alpha(text[e])) continue;
        bool same = true;
        for (std::size_t k = 1; k < word.size() && same; ++k) same = lower(text[p + k]) == lower(word[k]);
        if (same) ++n;
    }
    return n;
}

// A dateline after the token ending at `e`: the city's other words in capitals, then a comma and a
// month and a day ("CHICAGO, April 8") or a state ("COSTA MESA, Calif., March 19", "GREENWICH, Conn.,").
bool dateline_follows(std::string_view s, std::size_t e) {
    while (e + 1 < s.size() && s[e] == ' ' && s[e + 1] >= 'A' && s[e + 1] <= 'Z') {
        std::size_t k = e + 1;
        while (k < s.size() && s[k] >= 'A' && s[k] <= 'Z') ++k;
        if (k - e - 1 < 2) return false;
        e = k;
    }
    if (s.substr(e, 2) != ", " || e + 3 >= s.size()) return false;
    std::string_view w = letter_word_at(s, e + 2);
    std::size_t after = e + 2 + w.size();
    if (is_month_name(w)) return after + 1 < s.size() && s[after] == ' ' && std::isdigit(static_cast<unsigned char>(s[after + 1]));
    return w.size() >= 2 && w.size() <= 5 && std::isupper(static_cast<unsigned char>(w[0])) && has_lower(w) &&
           s.substr(after, 2) == ".,";
}

// Whether a line of `context` opens with `word` (any case) and a space, or (`at_end`) ends with
// a space and `word`.
bool line_has_at_edge(std::string_view context, std::string_view word, bool at_end) {
    for (std::size_t start = 0; start < context.size();) {
        auto nl = context.find('\n', start);
        std::string_view line = context.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        start = nl == std::string_view::npos ? context.size() : nl + 1;
        if (line.size() <= word.size()) continue;
        std::size_t at = at_end ? line.size() - word.size() : 0;
        if (line[at_end ? at - 1 : word.size()] == ' ' && whole_words_any_case(line.substr(at, word.size()), word, 1)) return true;
    }
    return false;
}

bool is_month_abbreviation(std::string_view w) {
    static const std::array<std::string_view, 13> months = {"jan", "feb", "mar", "apr", "may", "jun", "jul",
                                                            "jly", "aug", "sep", "oct", "nov", "dec"};
    return w.size() >= 3 && std::find(months.begin(), months.end(), strutil::ascii_lower(w.substr(0, 3))) != months.end();
}

// Where a token of one case that the article uses nowhere else splits into two words that it does
// use ("IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "vs 18 ctsnet 5,281,000"): exactly one cut leaves
// words of three letters or more found elsewhere in the article, in any case (`both`). Failing
// that, the cut after the longest first word that the article uses (`first`), for the caller to
// vouch for ("BOOSTS DIVIDENDCHICAGO, April 8"). 0 when none.
struct VocabularyCut {
    std::size_t both = 0, first = 0;
};

// What the article's whole words (any case) say about `token` (under 64 letters), in one pass over
// `context`: how often it occurs, and which of its beginnings and ends of three letters or more,
// leaving three, are words (bit n: the first or last n letters).
struct TokenParts {
    std::size_t whole = 0;
    std::uint64_t firsts = 0, lasts = 0;
};

TokenParts token_parts(std::string_view context, std::string_view token) {
    auto same = [](std::string_view a, std::string_view b) {
        for (std::size_t k = 0; k < a.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(a[k])) != std::tolower(static_cast<unsigned char>(b[k]))) return false;
        return true;
    };
    TokenParts parts;
    std::size_t p = 0;
    for (std::string_view w; !(w = next_ascii_word(context, p)).empty();) {
        if (w.size() == token.size() && same(w, token)) ++parts.whole;
        if (w.size() < 3 || w.size() + 3 > token.size()) continue;
        if (same(w, token.substr(0, w.size()))) parts.firsts |= std::uint64_t{1} << w.size();
        if (same(w, token.substr(token.size() - w.size()))) parts.lasts |= std::uint64_t{1} << w.size();
    }
    return parts;
}

VocabularyCut vocabulary_cut(std::string_view token, std::string_view context, const TokenParts& parts) {
    if (parts.whole >= 2) return {};
    std::size_t cut = 0, longest_first = 0;
    for (std::size_t k = 3; k + 3 <= token.size(); ++k) {
        if (!(parts.firsts >> k & 1)) continue;
        longest_first = k;
        if (!(parts.lasts >> (token.size() - k) & 1)) continue;
        // A lowercase row opens with a label that opens other rows ("ctsnet", not "yearend").
        if (std::islower(static_cast<unsigned char>(token[0])) && !line_has_at_edge(context, token.substr(k), false)) continue;
        // A range of months is one heading ("JANMARCH 189.75", "APRILJUNE").
        if (is_month_abbreviation(token.substr(0, k)) && is_month_abbreviation(token.substr(k))) continue;
        if (cut != 0) return {};  // ambiguous
        cut = k;
    }
    return {cut, longest_first};
}

// After a figure, a unit that the article writes elsewhere, an abbreviation without a vowel ("cts",
// "dlrs", "mln"), glued to the lowercase label of the next row: "vs 18 ctsnet 5,281,000". No
// word of English starts with such letters. The cut after the longest one, three letters or more
// left; 0 when none.
std::size_t unit_cut(std::string_view token, const TokenParts& parts) {
    std::size_t k = 0;
    while (k < token.size() && std::string_view("aeiouy").find(token[k]) == std::string_view::npos) ++k;
    for (; k >= 3; --k)
        if (token.size() - k >= 3 && (parts.firsts >> k & 1)) return k;
    return 0;
}

// The cuts of `vocabulary_cut` in `s`, in order, where the paragraph after the cut is a row (a
// figure among its first words) or opens with a dateline. A token in capitals stands alone or after
// a slash, not after a figure (a row's label: "1,660,200 GENCORP 117 3/4"), a lowercase one after a
// figure ("18 ctsnet"; "for 1986, totalled"): in prose, compounds ("farmland") abound. Before a
// dateline the token ends a headline: a word in capitals goes before it ("WASHINGTON, March 26").
std::vector<std::size_t> vocabulary_cuts(std::string_view s, std::string_view context) {
    std::vector<std::size_t> cuts;
    std::size_t e = 0;
    for (std::string_view token; !(token = next_ascii_word(s, e)).empty();) {
        const std::size_t start = e - token.size();
        // (Cheap tests first: this runs over every word of glued text.)
        if (token.size() < 6 || token.size() >= 64 || (e < s.size() && s[e] != ' ' && s[e] != ',')) continue;
        bool upper = std::all_of(token.begin(), token.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
        bool lower = !upper && std::all_of(token.begin(), token.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        if (!upper && !lower) continue;
        // A lowercase token cuts only after a unit ("ctsnet"): in prose after a figure ("in 1986
        // compared with"), a word opening with a vowel among its first three letters is no unit,
        // and the article need not be searched for it.
        if (lower && token.substr(0, 3).find_first_of("aeiouy") != std::string_view::npos) continue;
        // (A piece's first word has nothing before it to have been glued to.)
        bool left_ok = start > 0 && (s[start - 1] == ' ' || (upper && s[start - 1] == '/'));
        std::string_view before = start >= 2 && s[start - 1] == ' ' ? last_word(s.substr(0, start - 1)) : std::string_view{};
        auto figure_char = [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)) != 0; };
        bool after_figure = !before.empty() && std::all_of(before.begin(), before.end(), [](char ch) {
            return std::isdigit(static_cast<unsigned char>(ch)) || ch == ',' || ch == '.' || ch == '/' || ch == '-';
        }) && figure_char(before.back());
        left_ok = left_ok && (upper ? std::none_of(before.begin(), before.end(), figure_char) : after_figure);
        if (left_ok) {
            bool dateline = upper && before.size() >= 2 &&
                            std::all_of(before.begin(), before.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) &&
                            dateline_follows(s, e);
            if (dateline || (e < s.size() && s[e] == ' ' && figure_among_words(s.substr(e, 64), 3, false))) {
                // The first word alone before a dateline, or, ending a heading as it does elsewhere,
                // before a row shaped as a line of the article ("IMPORTS ALLOCATIONSGUATEMALA nil
                // 43,680" where "IMPORTS ALLOCATIONS" and "GUYANA nil 10,920" are lines).
                // (A dateline's word and city have four letters or more: "DIV" is no headline's end.)
                const TokenParts parts = token_parts(context, token);
                auto cut = vocabulary_cut(token, context, parts);
                std::size_t k = cut.both, f = cut.first;
                if (k == 0 && f != 0 && upper &&
                    ((dateline && f >= 4 && token.size() - f >= 4) ||
                     (line_has_at_edge(context, token.substr(0, f), true) && some_line_has_shape(context, row_shape(s.substr(start + f))))))
                    k = f;
                if (k == 0 && lower && parts.whole < 2) k = unit_cut(token, parts);
                if (k != 0) cuts.push_back(start + k);
            }
        }
    }
    return cuts;
}

// In text known to be glued, paragraph ends without punctuation glued to the next paragraph:
//  - a lowercase word running into a capitalised one ("three cts priorPay March 13",
//    "Market reactionComputer Terminal"): words that start lowercase and hold a capital are
//    vanishingly rare (iPhone and eBay have one letter before it; deRose and duPont are particles);
//  - a number or closing bracket running into a capitalised word ("197,000Revs 3,761,000",
//    "15.0 (7.9)Soybean May"), unless the token recurs in the article (3Com);
//  - any word running into a word that opens another paragraph of the same article ("YearShr
//    93 cts" where "Shr 1.02 dlrs" is a paragraph; "PriceWheat" in a table of grains), which a
//    camel-case name's second half (BankAmerica, PaineWebber) never does;
//  - a word running into an opening quote and a capital (‘funding"They will’);
//  - inside a token of one case, a cut between two words of the article (`vocabulary_cuts`).
// The word after the junction must be whole (followed by a space, colon or the end).
std::vector<std::string> split_unpunctuated_glue(std::string_view s, std::string_view context) {
    std::vector<std::string> out;
    std::size_t start = 0;
    const std::vector<std::size_t> cuts = context.empty() ? std::vector<std::size_t>{} : vocabulary_cuts(s, context);
    std::size_t next_cut = 0;
    const std::size_t straight_total = static_cast<std::size_t>(std::count(s.begin(), s.end(), '"'));
    // Whether the word at the junction opens a sentence (a word after it in lowercase: "police
    // saidA police spokesman", "officials told ReutersIn Australia, concern", "chairman Tom
    // StanzelCollins was"): the article "A" or "I", an opener, or a word that opens sentences or
    // paragraphs elsewhere in the article. A camel-case name's second half ("tenderCare",
    // "PaineWebber") opens none.
    auto opens_sentence = [&](std::string_view word) {
        std::size_t e = static_cast<std::size_t>(word.data() - s.data()) + word.size();
        if (word.empty() || e + 1 >= s.size() || s[e] != ' ' || context.empty()) return false;
        bool lower_next = strutil::is_lower(decode_at(s, e + 1, nullptr));
        if (word == "A" || word == "I") return lower_next;
        if (word.size() < 2 || !lower_next) return false;
        return is_sentence_opener(word) || opens_sentence_in(context, word) || paragraphs_opening_with(context, word, s) > 0;
    };
    for (std::size_t i = 1; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        auto prev = decode_before(s, i, nullptr);
        bool brk = false;
        // (Most characters are lowercase letters and spaces, which start no list item or row.)
        const char ch = s[i];
        if (!context.empty() && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '(') &&
            glued_list_start(s, i)) {
            push_piece(out, s.substr(start, i - start));
            start = i;
            i += len;
            continue;
        }
        if (cp == ':' && !context.empty() && i + 1 < s.size() && capitalised_word_at(s, i + 1) &&
            strutil::is_lower(prev_cp_of(s, i)) && s.find(' ') < i && !inside_angle_brackets(s, i)) {
            // "filed with the Commission:Audiotronics Corp": a list glued after its colon.
            push_piece(out, s.substr(start, i + 1 - start));
            start = i + 1;
            i += 1;
            continue;
        }
        if (cp == '.' && s.substr(i, 6) == "......") {
            // Table dot leaders glued to the next row: "nil unch.........Matched sales....4,920"
            // (six dots or more: "agreement....We think" is an ellipsis).
            std::size_t e = i;
            while (e < s.size() && s[e] == '.') ++e;
            // (Leaders before a value, "Float.........511", are not followed by a word.)
            if (e < s.size() && capitalised_word_at(s, e)) {
                push_piece(out, s.substr(start, e - start));
                start = e;
            }
            i = e;
            continue;
        }
        if ((cp == '"' || cp == 0x201C) && (strutil::is_lower(prev) || strutil::is_digit(prev))) {
            std::size_t nlen = 0;
            auto next = decode_at(s, i + len, &nlen);
            bool opens = cp == 0x201C || (count_straight_quotes(s, i) % 2 == 0 && straight_total >= 2);
            brk = opens && (strutil::is_upper(next) || next == '(') && !inside_angle_brackets(s, i);
        } else if (strutil::is_upper(cp) && (strutil::is_letter(prev) || strutil::is_digit(prev) || prev == ')')) {
            auto right = letter_word_at(s, i);
            std::size_t right_end = i + right.size();
            bool whole = right_end >= s.size() || s[right_end] == ' ' || s[right_end] == ':' || s[right_end] == '/' ||
                         s.substr(right_end, 3) == "...";  // table dot leaders: "10Float......511"
            auto second = decode_at(right, len, nullptr);
            bool cap_word = right.size() >= 2 && strutil::is_lower(second) && whole;
            // "What comes nextA final decision", "Market reactionEarlier, the company": after a
            // lowercase word, the articles A and I and a word followed by a comma also open.
            bool opener_after_lower = strutil::is_lower(prev) &&
                                      (((right == "A" || right == "I") && right_end + 1 < s.size() && s[right_end] == ' ' &&
                                        strutil::is_lower(decode_at(s, right_end + 1, nullptr))) ||
                                       (right.size() >= 2 && strutil::is_lower(second) && right_end < s.size() &&
                                        s[right_end] == ','));
            // After a lowercase word, a hyphenated word ends whole too ("6.2pPre-tax profit",
            // "24.3 mlnPre-tax 26.6 mln"), and capitals that run into the capitalised word of a
            // row are a heading ("32.9 mlnYEARShr 58 cts").
            bool hyphenated = right.size() >= 2 && strutil::is_lower(second) && right_end + 1 < s.size() &&
                              s[right_end] == '-' && std::islower(static_cast<unsigned char>(s[right_end + 1]));
            std::size_t caps_end = i;
            while (caps_end < s.size() && s[caps_end] >= 'A' && s[caps_end] <= 'Z') ++caps_end;
            bool caps_then_word = !strutil::is_upper(prev) && caps_end - i >= 4 && caps_end < s.size() &&
                                  std::islower(static_cast<unsigned char>(s[caps_end]));
            // An all-capitals word must start here, not inside a longer run ("NOTE", not "OTE").
            bool caps_word = !strutil::is_upper(prev) && acronym_word_at(s, i) && whole;
            bool label = caps_word && right_end < s.size() && s[right_end] == ':';  // "NOTE:", "UPDATE:"
            // (A recurring glued token is still glue here: tables repeat "ctsOper net" in each
            // section. Recurrence only vouches for names in the capitalised cases below.)
            if (inside_angle_brackets(s, i) || is_camel_name_at(s, i)) {
                brk = false;
            } else if (label) {
                brk = true;
            } else if (strutil::is_lower(prev) && (cap_word || caps_word || opener_after_lower || hyphenated || caps_then_word)) {
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
                    all_lower = k > 0 && k < left.size() && std::isdigit(static_cast<unsigned char>(left[k - 1])) && (cap_word || hyphenated);
                }
                brk = all_lower && !is_lower_particle(left);
            }
            // An all-capitals word only after a value with a decimal point or separator
            // ("0.635ECUADOR 0.26"), never after a bare count ("1MTH 3MTHS").
            bool value_before = false;
            for (std::size_t k = i; k > 0 && (std::isdigit(static_cast<unsigned char>(s[k - 1])) || s[k - 1] == '.' || s[k - 1] == ',');
                 --k)
                if (s[k - 1] == '.' || s[k - 1] == ',') value_before = true;
            // After a number, a hyphenated word also ends whole ("180Pre-tax 133").
            bool digit_whole = whole || (right_end < s.size() && s[right_end] == '-');
            bool digit_cap_word = right.size() >= 2 && strutil::is_lower(second) && digit_whole;
            if (!brk && (digit_cap_word || (caps_word && value_before)) && right.size() >= 3 &&
                (strutil::is_digit(prev) || prev == ')') && !is_camel_name_at(s, i) && !inside_angle_brackets(s, i)) {
                std::size_t tb = i;
                while (tb > 0 && s[tb - 1] != ' ') --tb;
                std::string token(s.substr(tb, right_end - tb));
                std::size_t seen = 0;
                for (auto pos = context.find(token); pos != std::string_view::npos && seen < 2; pos = context.find(token, pos + 1))
                    ++seen;
                brk = seen < 2;
            }
            if (!brk && (cap_word || caps_word) && !context.empty() && !inside_angle_brackets(s, i) &&
                !is_camel_name_at(s, i) && !token_recurs(s, i, context))
                brk = paragraphs_opening_with(context, right, s) > 0 ||
                      (strutil::is_upper(prev) && opens_sentence_in(context, right)) ||  // "23 CTSNet loss"
                      (strutil::is_lower(prev) && cap_word && word_before(s, i).size() >= 3 &&
                       opens_sentence(right));  // "Tom StanzelCollins was"
            if (!brk && cap_word && strutil::is_lower(prev) && !context.empty() && !inside_angle_brackets(s, i) &&
                !is_camel_name_at(s, i))
                brk = heading_before_row_label(s, start, i, right, context);
            if (!brk && !context.empty() && !inside_angle_brackets(s, i) && !is_camel_name_at(s, i))
                brk = glued_row_junction(s, i, context) || (glued_after_day_month(s, i) && !token_recurs(s, i, context)) ||
                      (prev == ')' && caps_word && !token_recurs(s, i, context));  // "(2358.96)AB 12664"
        } else if (strutil::is_digit(cp) && strutil::is_lower(prev) && !context.empty() && !inside_angle_brackets(s, i) &&
                   word_before(s, i).size() >= 3 && std::all_of(word_before(s, i).begin(), word_before(s, i).end(), [](char ch) {
                       return ch >= 'a' && ch <= 'z';
                   })) {
            // "31.6 mln12 mths", "in year1986 year operating", "92-176 days5.83 pct": a lowercase
            // word glued to a number that opens the next paragraph ("mp3" and "g20" have shorter words).
            std::size_t e = i;
            while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
            // (A decimal not after a verb: "the shares was195.3 mn dlrs" is the source's typo.)
            if (e + 1 < s.size() && s[e] == '.' && std::isdigit(static_cast<unsigned char>(s[e + 1])) &&
                !has_finite_verb(word_before(s, i)))
                for (++e; e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]));) ++e;
            std::string_view suffix = s.substr(e, 3);
            brk = e < s.size() && (s[e] == ' ' || suffix == "st " || suffix == "nd " || suffix == "rd " || suffix == "th ");
        } else if (strutil::is_digit(cp) && strutil::is_letter(prev) && !context.empty() && !inside_angle_brackets(s, i)) {
            // "31.6 mln12 mths" where "12 mths" opens another paragraph (a table's period column).
            std::size_t e = i;
            while (e < s.size() && std::isdigit(static_cast<unsigned char>(s[e]))) ++e;
            if (e < s.size() && s[e] == ' ') brk = paragraphs_opening_with(context, s.substr(i, e - i), s) > 0;
        }
        // (The common case, a lowercase letter after a lowercase letter or a space, is no junction.)
        if (!brk && !context.empty() && !((s[i] >= 'a' && s[i] <= 'z') && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == ' ')) &&
            row_junction_at(s, i) && row_junction(s, i, context) && !inside_angle_brackets(s, i) &&
            !is_camel_name_at(s, i) && !token_recurs(s, i, context))
            brk = true;
        if (!brk && !context.empty() && strutil::is_digit(prev) && strutil::is_lower(cp) && number_then_word(s, i, context))
            brk = true;
        if (!brk && !context.empty() && strutil::is_digit(prev) && strutil::is_digit(cp) && decimals_run_on(s, start, i, context))
            brk = true;
        if (brk && strutil::is_letter(cp) && (strutil::is_letter(prev) || strutil::is_digit(prev)) && inside_prose(s, start, i) &&
            !opens_sentence(letter_word_at(s, i)) && !ends_attribution(word_before(s, i)))
            brk = false;
        while (next_cut < cuts.size() && cuts[next_cut] < i) ++next_cut;
        if (next_cut < cuts.size() && cuts[next_cut] == i) brk = true;
        if (brk) {
            push_piece(out, s.substr(start, i - start));
            start = i;
        }
        i += len;
    }
    push_piece(out, s.substr(start));
    return out;
}

// Headlines drop "is", "said" and friends; a left side holding one is a sentence running into a
// camel-case name ("Storage Dimensions is the creator of SpeedStor"), not a heading.
bool has_finite_verb(std::string_view s) {
    static const std::array<std::string_view, 16> verbs = {"is", "are", "was", "were", "has", "have", "had", "will",
                                                           "would", "said", "says", "can", "could", "does", "did", "its"};
    std::string lower = strutil::ascii_lower(s);
    std::size_t i = 0;
    while (i < lower.size()) {
        auto end = lower.find(' ', i);
        if (end == std::string::npos) end = lower.size();
        std::string_view w = std::string_view(lower).substr(i, end - i);
        if (std::find(verbs.begin(), verbs.end(), w) != verbs.end()) return true;
        i = end + 1;
    }
    return false;
}

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
    if (std::find(kNamePrefixes.begin(), kNamePrefixes.end(), frag_lower) != kNamePrefixes.end() || is_lower_particle(frag_lower))
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

// A heading glued to the sentence after it: "Strained ties between Jerusalem and MoscowTies
// between ...". The first lower->Upper junction that is not part of a name decides: it splits only
// when the left side looks like a title (3-10 words, starts with a capital, no punctuation, quotes
// or "is"/"said"-type verbs) and the right side starts with a whole word, then a lowercase word,
// and runs on as a sentence of several words.
std::vector<std::string> split_title_glue(std::string_view s, std::string_view context, bool after_run = false,
                                          bool opens_piece = false) {
    if ((after_run || opens_piece) && !context.empty()) {
        if (auto at = run_heading_end(s, context, after_run)) return {std::string(strutil::trim(s.substr(0, at))), std::string(strutil::trim(s.substr(at)))};
    }
    if (after_run && !context.empty()) {
        if (auto at = run_heading_row_cut(s, context)) return {std::string(s.substr(0, at)), std::string(strutil::trim(s.substr(at)))};
    }
    if (after_run && !context.empty()) {
        // Set off by a run of spaces, a title glued to a number that opens a row or a sentence:
        // "Regulators step in151-349 days 5.00 pct", "The view from Tokyo1986 results include".
        // (A title is short: the junction lies within its first 100 bytes.)
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
        if (word && i < s.size() && e < s.size() && s[e] == ' ' && std::isdigit(static_cast<unsigned char>(s[e - 1]))) {
            std::string_view left = s.substr(0, i);
            auto words = strutil::count_words(left);
            bool title_like = words >= 3 && words <= 10 && std::isupper(static_cast<unsigned char>(left[0])) &&
                              left.find_first_of(".!?;,:<>()\"0123456789") == std::string_view::npos && !has_finite_verb(left) &&
                              !token_recurs(s, i, context);
            if (title_like) return {std::string(strutil::trim(left)), std::string(strutil::trim(s.substr(i)))};
        }
    }
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        auto prev = decode_before(s, i, nullptr);
        auto next = decode_at(s, i + len, nullptr);
        bool article_junction = cp == 'A' && next == ' ';  // "The view from TokyoA spokesman said"
        if (!(strutil::is_lower(prev) && strutil::is_upper(cp) && (strutil::is_lower(next) || article_junction))) {
            i += len;
            continue;
        }
        std::string_view left = strutil::trim(s.substr(0, i));
        auto words = strutil::count_words(left);
        if (words > 10 || left.size() > 100) break;  // too long to be a heading
        std::string_view fragment = word_before(s, i);
        std::string frag_lower = strutil::ascii_lower(fragment);
        // Short capitalised fragments are name parts (McDonald, LeBaron, DuPont); a short lowercase
        // word ("step inThere") is a word.
        bool short_name = fragment.size() < 2 ||
                          (fragment.size() < 3 && strutil::is_upper(decode_at(fragment, 0, nullptr))) ||
                          is_lower_particle(fragment);
        bool name_like = short_name || is_camel_name_at(s, i) ||
                         std::find(kNamePrefixes.begin(), kNamePrefixes.end(), frag_lower) != kNamePrefixes.end();
        if (!name_like && !context.empty()) {
            // A camel-case token used more than once in the article is a name (GameStop), not a
            // heading glued to a sentence: "MoscowTies" never occurs twice.
            std::size_t right_end = i;
            while (right_end < s.size()) {
                std::size_t l = 0;
                if (!strutil::is_letter(decode_at(s, right_end, &l))) break;
                right_end += l;
            }
            std::string token(s.substr(i - fragment.size(), right_end - (i - fragment.size())));
            std::size_t seen = 0;
            for (auto pos = context.find(token); pos != std::string_view::npos && seen < 2;
                 pos = context.find(token, pos + 1))
                ++seen;
            name_like = seen >= 2;
        }
        if (name_like) {
            i += len;
            continue;
        }
        auto first = decode_at(left, 0, nullptr);
        bool title_like = words >= 3 && left.find_first_of(".!?;,:<>()") == std::string_view::npos &&
                          !has_double_quote(left) && !has_finite_verb(left) &&
                          (strutil::is_upper(first) || strutil::is_digit(first));
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
        if (title_like && sentence_like) {
            std::vector<std::string> out;
            push_piece(out, left);
            push_piece(out, right);
            return out;
        }
        break;
    }
    return {std::string(strutil::trim(s))};
}

}  // namespace

std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context, bool headings, bool set_off) {
    std::vector<std::string> out;
    auto runs = split_space_runs(paragraph, headings && !context.empty());
    for (std::size_t r = 0; r < runs.size(); ++r) {
        auto sentence_pieces = split_sentence_glue(runs[r], headings ? context : std::string_view{});
        for (std::size_t k = 0; k < sentence_pieces.size(); ++k) {
            if (!headings) {
                push_piece(out, sentence_pieces[k]);
                continue;
            }
            auto glued_pieces = split_unpunctuated_glue(sentence_pieces[k], context);
            for (std::size_t g = 0; g < glued_pieces.size(); ++g) {
                for (auto& piece : split_title_glue(glued_pieces[g], context, (r > 0 || set_off) && k == 0 && g == 0, k == 0 && g == 0))
                    if (!piece.empty()) out.push_back(std::move(piece));
            }
        }
    }
    return out;
}

std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs,
                                                std::string_view extra_context, bool glued_source,
                                                const std::vector<bool>* set_off) {
    // One line per piece between space-run breaks: a row glued after a run ("Revs 3,487,693 vs
    // 2,123,488  YearShr profit") is judged against the rows before it as lines of their own.
    std::string context(extra_context);
    for (const auto& p : paragraphs) {
        if (p.find("  ") == std::string::npos && p.find('\t') == std::string::npos) {
            context += '\n';
            context += p;
            continue;
        }
        for (const auto& run : split_space_runs(p)) {
            context += '\n';
            context += run;
        }
    }
    // Headings glued to sentences are only looked for in text that shows it was glued: camel-case
    // company names (BancGroup, PaineWebber) open many paragraphs of clean text.
    bool glued = glued_source;
    for (std::size_t i = 0; i < paragraphs.size() && !glued; ++i) {
        glued = split_glued(paragraphs[i], {}, false).size() > 1;
        // A lowercase word running into a capitalised one ("ctsOper net") is glue too.
        if (!glued) glued = split_unpunctuated_glue(paragraphs[i], {}).size() > 1;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        bool off = set_off && i < set_off->size() && (*set_off)[i];
        for (auto& piece : split_glued(paragraphs[i], context, glued, off)) out.push_back(std::move(piece));
    }
    return out;
}

std::vector<std::string> split_sentences(std::string_view text) {
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
