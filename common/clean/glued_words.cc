// Shared character and word helpers of glued-text splitting: quotes, words and capitals at a
// position, the word lists the families share (abbreviations, openers, months, camel-case names,
// particles), and what the article (the context, one paragraph a line) says about a word or token.
#include "common/clean/glued_words.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

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

}  // namespace

bool is_abbreviation(std::string_view lower) {
    return std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end();
}

bool is_name_prefix(std::string_view lower) {
    return std::find(kNamePrefixes.begin(), kNamePrefixes.end(), lower) != kNamePrefixes.end();
}




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

std::size_t count_straight_quotes(std::string_view s, std::size_t end) {
    return static_cast<std::size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(end), '"'));
}

void push_piece(std::vector<std::string>& out, std::string_view piece) {
    auto t = strutil::trim(piece);
    if (!t.empty()) out.emplace_back(t);
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
    return !is_abbreviation(w);
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

// The last space-separated word of `text`.
std::string_view last_word(std::string_view text) {
    auto sp = text.rfind(' ');
    return sp == std::string_view::npos ? text : text.substr(sp + 1);
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

}  // namespace newsarc::glued
