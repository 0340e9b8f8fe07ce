// Runs of spaces and tabs as paragraph breaks: when a sentence or quote ends before the run or a
// capital, quote or digit follows it, and in glued text also after a number or between two rows.
#include "common/clean/glued_space_runs.h"

#include <cctype>

#include "common/clean/glued_words.h"
#include "common/clean/language_scope.h"
#include "common/text/strutil.h"

namespace newsarc::glued {

using strutil::decode_at;
using strutil::decode_before;

namespace {

// Whether a run of spaces between s[..gap_begin) and s[gap_end..] is a paragraph break: the left
// side ends a sentence (or quote) or the right side starts one ("Newsletter   Subscribe Now").
// A stray run inside a sentence ("Second   paragraph") is only extra spacing.
bool is_break_gap(std::string_view s, std::size_t gap_begin, std::size_t gap_end) {
    if (gap_begin == 0 || gap_end >= s.size()) return true;
    auto before = decode_before(s, gap_begin, nullptr);
    if (before == '.' || before == '!' || before == '?' || before == ':' || before == '"' || before == ')' ||
        is_close_quote(before) || is_other_script_sentence_end(before))  // "。  ", "।  ": the scraper's run in any script
        return true;
    auto after = decode_at(s, gap_end, nullptr);
    if (before == ';' || after == '(' || after == '<' || after == '\'' ||
        (after == '-' && gap_end + 1 < s.size() && (s[gap_end + 1] == ' ' || s[gap_end + 1] == '-')))
        return true;  // "period;  - Equal access", "today  (corrects from 24.53)", "archive  '87/88"
    return strutil::is_upper(after) || is_open_quote(after) || after == '"' || strutil::is_digit(after);
}

// In glued text, a run of spaces between two table rows ("1.39 billion crowns  vs 1.32 billion",
// "shr 26 cts vs 18 cts  net 5,281,000"): a short piece with a figure among its last words, then
// a figure among the first words after the run. A sentence runs longer than a row.
bool between_table_rows(std::string_view s, std::size_t start, std::size_t gap_begin, std::size_t gap_end) {
    std::string_view left = s.substr(start, gap_begin - start);
    return strutil::count_words(left) <= 12 && figure_among_words(left, 3, true) &&
           figure_among_words(s.substr(gap_end, 64), 3, false);
}

}  // namespace

std::vector<std::string> split_space_runs(std::string_view s, bool glued) {
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


}  // namespace newsarc::glued
