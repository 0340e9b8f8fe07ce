// Glued-text splitting: space runs, sentence ends glued to capitals, and title-like headings glued
// to the sentence after them. All positions are byte offsets at code point boundaries.
#include "common/clean/glued.h"

#include <algorithm>
#include <array>
#include <cctype>

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
constexpr std::array<std::string_view, 48> kCamelNames = {
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
    if (p != '.') return !word.empty() || (pos > 0 && is_closer(decode_before(s, pos, nullptr)));
    if (word.empty()) {
        // "...)." or "”." end sentences; "..." or " ." do not.
        std::int32_t prev = decode_before(s, pos, nullptr);
        return is_closer(prev);
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
    if (all_digits) return word.size() >= 2;  // "in 2024." ends; "the 6. July" does not
    if (letters < 2) return false;
    if (!has_lower) {
        // Acronym chains like "U.S." have a period before the last letter run.
        std::size_t wstart = pos - word.size();
        if (wstart > 0 && s[wstart - 1] == '.') return false;
    }
    std::string lower = strutil::ascii_lower(word);
    if (std::find(kAbbreviations.begin(), kAbbreviations.end(), lower) != kAbbreviations.end()) return false;
    return true;
}

// End (byte offset) of the run of closing quotes/brackets starting at `i`.
std::size_t skip_closers(std::string_view s, std::size_t i, std::size_t straight_quotes_before) {
    bool inside = straight_quotes_before % 2 == 1;
    while (i < s.size()) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        if (is_closer(cp) || (cp == '"' && inside)) {
            if (cp == '"') inside = false;
            i += len;
            continue;
        }
        break;
    }
    return i;
}

// Whether a sentence plausibly starts at `i`: an opening quote (curly, or a straight one that
// opens) and then a capital followed by a lowercase letter, or the words "I"/"A".
bool starts_sentence(std::string_view s, std::size_t i, bool straight_quote_opens) {
    std::size_t len = 0;
    auto cp = decode_at(s, i, &len);
    if (is_open_quote(cp) || (cp == '"' && straight_quote_opens)) {
        i += len;
        cp = decode_at(s, i, &len);
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
            if (w.rfind(t, 0) == 0 && (w.size() == 3 || !std::isalpha(static_cast<unsigned char>(w[3]))))
                return false;
        return true;
    }
    return (cp == 'I' || cp == 'A') && (next == ' ' || next == '\'' || next == 0x2019);
}

std::size_t count_straight_quotes(std::string_view s, std::size_t end) {
    return static_cast<std::size_t>(std::count(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(end), '"'));
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
    return strutil::is_upper(after) || is_open_quote(after) || after == '"' || strutil::is_digit(after);
}

// Paragraph breaks at runs of two or more spaces or at tabs.
std::vector<std::string> split_space_runs(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == '\t' || (s[i] == ' ' && i + 1 < s.size() && (s[i + 1] == ' ' || s[i + 1] == '\t'))) {
            std::size_t gap_begin = i;
            while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
            if (is_break_gap(s, gap_begin, i)) {
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

// Breaks where a sentence end is glued to the next sentence without a space.
std::vector<std::string> split_sentence_glue(std::string_view s) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '.' && c != '!' && c != '?') continue;
        if (!left_side_ends_sentence(s, i)) continue;
        if (inside_angle_brackets(s, i)) continue;  // ticker codes: "<NOBL.ST>", "<smbs.St>"
        std::size_t quotes = count_straight_quotes(s, i);
        std::size_t after = skip_closers(s, i + 1, quotes);
        if (after >= s.size()) continue;
        // Another period or a digit right after ("...", "3.5") means no break.
        if (s[after] == '.' || std::isdigit(static_cast<unsigned char>(s[after]))) continue;
        bool straight_opens = count_straight_quotes(s, after) % 2 == 0;
        if (!starts_sentence(s, after, straight_opens)) continue;
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

// A heading glued to the sentence after it: "Strained ties between Jerusalem and MoscowTies
// between ...". The first lower->Upper junction that is not part of a name decides: it splits only
// when the left side looks like a title (3-10 words, starts with a capital, no punctuation, quotes
// or "is"/"said"-type verbs) and the right side starts with a whole word, then a lowercase word,
// and runs on as a sentence of several words.
std::vector<std::string> split_title_glue(std::string_view s, std::string_view context) {
    for (std::size_t i = 0; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        auto prev = decode_before(s, i, nullptr);
        auto next = decode_at(s, i + len, nullptr);
        if (!(strutil::is_lower(prev) && strutil::is_upper(cp) && strutil::is_lower(next))) {
            i += len;
            continue;
        }
        std::string_view left = strutil::trim(s.substr(0, i));
        auto words = strutil::count_words(left);
        if (words > 10 || left.size() > 100) break;  // too long to be a heading
        std::string_view fragment = word_before(s, i);
        std::string frag_lower = strutil::ascii_lower(fragment);
        bool name_like = fragment.size() < 3 || is_camel_name_at(s, i) ||
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
        bool whole_word = word_end != std::string_view::npos && word_end > 1 && right[word_end] == ' ';
        std::string_view first_sentence = right.substr(0, right.find_first_of(".!?"));
        bool sentence_like = whole_word && strutil::count_words(first_sentence) >= 4;
        if (sentence_like) {
            // A capitalised second word continues a name ("PaineWebber Group Inc", "TranStar
            // Airlines"); a sentence after a heading goes on in lowercase ("Ties between ...").
            auto second = decode_at(right, word_end + 1, nullptr);
            if (strutil::is_upper(second) || strutil::is_digit(second)) sentence_like = false;
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

std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context, bool headings) {
    std::vector<std::string> out;
    for (const auto& run : split_space_runs(paragraph))
        for (const auto& sentence_piece : split_sentence_glue(run)) {
            if (!headings) {
                push_piece(out, sentence_piece);
                continue;
            }
            for (auto& piece : split_title_glue(sentence_piece, context))
                if (!piece.empty()) out.push_back(std::move(piece));
        }
    return out;
}

std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs,
                                                std::string_view extra_context, bool glued_source) {
    std::string context(extra_context);
    for (const auto& p : paragraphs) {
        context += '\n';
        context += p;
    }
    // Headings glued to sentences are only looked for in text that shows it was glued: camel-case
    // company names (BancGroup, PaineWebber) open many paragraphs of clean text.
    bool glued = glued_source;
    for (std::size_t i = 0; i < paragraphs.size() && !glued; ++i)
        glued = split_glued(paragraphs[i], {}, false).size() > 1;
    std::vector<std::string> out;
    for (const auto& p : paragraphs)
        for (auto& piece : split_glued(p, context, glued)) out.push_back(std::move(piece));
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
        std::size_t after = skip_closers(s, i + 1, count_straight_quotes(s, i));
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
        bool straight_opens = count_straight_quotes(s, next) % 2 == 0;
        if (!starts_sentence(s, next, straight_opens)) continue;
        push_piece(out, s.substr(start, after - start));
        start = next;
        i = next - 1;
    }
    push_piece(out, s.substr(start));
    return out;
}

}  // namespace newsarc
