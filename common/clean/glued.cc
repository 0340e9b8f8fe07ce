// Glued-text splitting, the driver: which families of rules run on which pieces and in what
// order (space runs, then sentence ends, then, in glued text, word junctions, rows, the article's
// vocabulary and headings), the guard that keeps long prose whole, and the switches that turn a
// family off for measurement. The families: glued_space_runs, glued_sentences, glued_junctions,
// glued_rows, glued_vocabulary, glued_headings; shared helpers in glued_words.
#include "common/clean/glued.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>

#include "common/clean/glued_headings.h"
#include "common/clean/glued_junctions.h"
#include "common/clean/glued_rows.h"
#include "common/clean/glued_sentences.h"
#include "common/clean/glued_space_runs.h"
#include "common/clean/glued_vocabulary.h"
#include "common/clean/glued_words.h"
#include "common/clean/language_scope.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

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

// Words that end a paragraph of reported speech ("..., the sources said"): glued to a capital
// ("the sources saidMarketing Minister", "he saidJeffrey said") they end it even inside a long
// sentence, where no name or typo of the source starts with them.
bool ends_attribution(std::string_view w) {
    static const std::array<std::string_view, 6> words = {"said", "says", "added", "adds", "stated", "noted"};
    return std::find(words.begin(), words.end(), w) != words.end();
}

// In text known to be glued, paragraph ends without punctuation glued to the next paragraph, judged
// at each character in turn: a list item, row or remark glued on (rows), a list after its colon or
// dot leaders (junctions), a word running into a quote, a capital or a figure (junctions), a
// heading word before a row's label (headings), a row by its junction, shape, label or decimals
// (rows), a cut inside a token of one case (vocabulary). A word running into a word inside long
// prose is the source's own (`inside_prose`) unless the second opens a sentence or the first ends
// reported speech. With `context` empty only the rules that need no article apply.
std::vector<std::string> split_unpunctuated_glue(std::string_view s, std::string_view context, const GluedRules& rules) {
    std::vector<std::string> out;
    std::size_t start = 0;
    const std::vector<std::size_t> cuts =
        context.empty() || !rules.vocabulary ? std::vector<std::size_t>{} : vocabulary_cuts(s, context);
    std::size_t next_cut = 0;
    const std::size_t straight_total = static_cast<std::size_t>(std::count(s.begin(), s.end(), '"'));
    auto cut_at = [&](std::size_t at) {
        push_piece(out, s.substr(start, at - start));
        start = at;
    };
    for (std::size_t i = 1; i < s.size();) {
        std::size_t len = 0;
        auto cp = decode_at(s, i, &len);
        auto prev = decode_before(s, i, nullptr);
        // (Most characters are lowercase letters and spaces, which start no list item or row.)
        const char ch = s[i];
        if (rules.rows && !context.empty() && ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '(') &&
            glued_list_start(s, i)) {
            cut_at(i);
            i += len;
            continue;
        }
        if (rules.junctions && cp == ':' && !context.empty() && list_after_colon(s, i, prev)) {
            cut_at(i + 1);
            i += 1;
            continue;
        }
        if (std::size_t leaders_end = rules.junctions && cp == '.' ? dot_leaders_end(s, i) : 0) {
            // (Leaders before a value, "Float.........511", are not followed by a word.)
            if (leaders_end < s.size() && capitalised_word_at(s, leaders_end)) cut_at(leaders_end);
            i = leaders_end;
            continue;
        }
        bool brk = false;
        if (cp == '"' || cp == 0x201C) {
            brk = rules.junctions && quote_junction(s, i, len, cp, prev, straight_total);
        } else if (strutil::is_upper(cp) && (strutil::is_letter(prev) || strutil::is_digit(prev) || prev == ')')) {
            const CapitalAt at = capital_at(s, i, len, prev);
            brk = rules.junctions && capital_junction(s, i, prev, at, context);
            auto judged = [&] { return !context.empty() && !inside_angle_brackets(s, i) && !is_camel_name_at(s, i); };
            if (!brk && rules.headings && at.cap_word && strutil::is_lower(prev) && judged())
                brk = heading_before_row_label(s, start, i, at.right, context);
            if (!brk && rules.rows && judged())
                brk = glued_row_junction(s, i, context) || (glued_after_day_month(s, i) && !token_recurs(s, i, context));
        } else if (rules.junctions && strutil::is_digit(cp)) {
            brk = digit_junction(s, i, cp, prev, context);
        }
        // (The common case, a lowercase letter after a lowercase letter or a space, starts no row.)
        const bool plain_lowercase = (ch >= 'a' && ch <= 'z') && ((s[i - 1] >= 'a' && s[i - 1] <= 'z') || s[i - 1] == ' ');
        if (!brk && rules.rows && !context.empty() && !plain_lowercase) brk = row_break(s, start, i, cp, prev, context);
        if (brk && strutil::is_letter(cp) && (strutil::is_letter(prev) || strutil::is_digit(prev)) && inside_prose(s, start, i) &&
            !word_opens_sentence(s, letter_word_at(s, i), context) && !ends_attribution(word_before(s, i)))
            brk = false;
        while (next_cut < cuts.size() && cuts[next_cut] < i) ++next_cut;
        if (next_cut < cuts.size() && cuts[next_cut] == i) brk = true;
        if (brk) cut_at(i);
        i += len;
    }
    push_piece(out, s.substr(start));
    return out;
}

// The piece as one, for a family switched off.
std::vector<std::string> whole(std::string_view s) {
    std::vector<std::string> out;
    push_piece(out, s);
    return out;
}

constexpr std::array<std::string_view, 6> kFamilies = {"space_runs", "sentence_ends", "junctions",
                                                       "headings",   "rows",          "vocabulary"};

bool GluedRules::*const kSwitches[] = {&GluedRules::space_runs, &GluedRules::sentence_ends, &GluedRules::junctions,
                                       &GluedRules::headings,   &GluedRules::rows,          &GluedRules::vocabulary};

// The families switched off for the entry points without rules, one bit each in kFamilies' order.
std::atomic<unsigned> families_off{0};

GluedRules rules_in_effect() {
    GluedRules rules;
    const unsigned off = families_off.load(std::memory_order_relaxed);
    for (std::size_t f = 0; f < kFamilies.size(); ++f)
        if (off >> f & 1) rules.*kSwitches[f] = false;
    return rules;
}

// The families that may act: outside English only runs of spaces (see GluedRules::english).
GluedRules in_scope(GluedRules rules) {
    if (!rules.english) rules.sentence_ends = rules.junctions = rules.headings = rules.rows = rules.vocabulary = false;
    return rules;
}

// The pieces the English families cut `run` into, with every cut that touches a word of another
// script than Latin undone: those rules read Latin letters, capitals and punctuation, and a
// Cyrillic or Greek word glued to an abbreviation ("им.Пушкина") is no glue they know. Pieces are
// the run's own text, in order, with only whitespace between them.
std::vector<std::string> undo_cuts_in_other_scripts(std::string_view run, std::vector<std::string> pieces) {
    if (pieces.size() < 2 || std::all_of(run.begin(), run.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }))
        return pieces;
    std::vector<std::string> out;
    std::size_t begin = std::string_view::npos, end = 0;
    for (const auto& piece : pieces) {
        std::size_t at = run.find(piece, end);
        if (at == std::string_view::npos) return pieces;
        if (begin != std::string_view::npos && !other_script_at_cut(run, end, at)) {
            push_piece(out, run.substr(begin, end - begin));
            begin = std::string_view::npos;
        }
        if (begin == std::string_view::npos) begin = at;
        end = at + piece.size();
    }
    push_piece(out, run.substr(begin, end - begin));
    return out;
}

}  // namespace

}  // namespace glued

bool switch_off_glued_family(GluedRules& rules, std::string_view family) {
    for (std::size_t f = 0; f < glued::kFamilies.size(); ++f)
        if (glued::kFamilies[f] == family) {
            rules.*glued::kSwitches[f] = false;
            return true;
        }
    return false;
}

std::string glued_family_names() {
    std::string names;
    for (auto f : glued::kFamilies) {
        if (!names.empty()) names += ", ";
        names += f;
    }
    return names;
}

GluedRules glued_rules_in_effect() { return glued::rules_in_effect(); }

void set_glued_rules_for_measurement(const GluedRules& rules) {
    unsigned off = 0;
    for (std::size_t f = 0; f < glued::kFamilies.size(); ++f)
        if (!(rules.*glued::kSwitches[f])) off |= 1u << f;
    glued::families_off.store(off, std::memory_order_relaxed);
}

std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context, bool headings, bool set_off,
                                     const GluedRules& given) {
    using namespace glued;
    const GluedRules rules = in_scope(given);
    std::vector<std::string> out;
    auto runs = rules.space_runs ? split_space_runs(paragraph, headings && !context.empty()) : whole(paragraph);
    for (std::size_t r = 0; r < runs.size(); ++r) {
        std::vector<std::string> pieces;
        auto sentence_pieces =
            rules.sentence_ends ? split_sentence_glue(runs[r], headings ? context : std::string_view{}) : whole(runs[r]);
        for (std::size_t k = 0; k < sentence_pieces.size(); ++k) {
            if (!headings) {
                push_piece(pieces, sentence_pieces[k]);
                continue;
            }
            auto glued_pieces = split_unpunctuated_glue(sentence_pieces[k], context, rules);
            for (std::size_t g = 0; g < glued_pieces.size(); ++g) {
                if (!rules.headings) {
                    push_piece(pieces, glued_pieces[g]);
                    continue;
                }
                for (auto& piece : split_title_glue(glued_pieces[g], context, (r > 0 || set_off) && k == 0 && g == 0, k == 0 && g == 0))
                    if (!piece.empty()) pieces.push_back(std::move(piece));
            }
        }
        for (auto& piece : undo_cuts_in_other_scripts(runs[r], std::move(pieces))) out.push_back(std::move(piece));
    }
    return out;
}

std::vector<std::string> split_glued(std::string_view paragraph, std::string_view context, bool headings, bool set_off) {
    return split_glued(paragraph, context, headings, set_off, glued::rules_in_effect());
}

std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs,
                                                std::string_view extra_context, bool glued_source,
                                                const std::vector<bool>* set_off, const GluedRules& given) {
    const GluedRules rules = glued::in_scope(given);
    // One line per piece between space-run breaks: a row glued after a run ("Revs 3,487,693 vs
    // 2,123,488  YearShr profit") is judged against the rows before it as lines of their own.
    std::string context(extra_context);
    for (const auto& p : paragraphs) {
        if (p.find("  ") == std::string::npos && p.find('\t') == std::string::npos) {
            context += '\n';
            context += p;
            continue;
        }
        for (const auto& run : glued::split_space_runs(p)) {
            context += '\n';
            context += run;
        }
    }
    // Headings glued to sentences are only looked for in text that shows it was glued: camel-case
    // company names (BancGroup, PaineWebber) open many paragraphs of clean text.
    bool shows_glue = glued_source;
    for (std::size_t i = 0; i < paragraphs.size() && !shows_glue; ++i) {
        shows_glue = split_glued(paragraphs[i], {}, false, false, rules).size() > 1;
        // A lowercase word running into a capitalised one ("ctsOper net") is glue too.
        if (!shows_glue)
            shows_glue = glued::undo_cuts_in_other_scripts(paragraphs[i], glued::split_unpunctuated_glue(paragraphs[i], {}, rules))
                             .size() > 1;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        bool off = set_off && i < set_off->size() && (*set_off)[i];
        for (auto& piece : split_glued(paragraphs[i], context, shows_glue, off, rules)) out.push_back(std::move(piece));
    }
    return out;
}

std::vector<std::string> split_glued_paragraphs(const std::vector<std::string>& paragraphs, std::string_view extra_context,
                                                bool glued_source, const std::vector<bool>* set_off) {
    return split_glued_paragraphs(paragraphs, extra_context, glued_source, set_off, glued::rules_in_effect());
}

}  // namespace newsarc
