// Paragraph recovery from body lines, including undoing "cumulative" scrapes where body line k
// holds paragraphs k..n glued together (paragraph N appears N times).
#pragma once

#include <string>
#include <vector>

namespace newsarc {

// Units from raw lines: trimmed, blank lines dropped. When blank lines separate blocks of several
// lines (hard-wrapped paragraphs), the lines of a block are joined with single spaces (none between
// two Chinese or Japanese characters): all of them when `whole_blocks` (JSON bodies, where blank
// lines are the paragraph breaks), else only after a line that stops mid-sentence (text files: one
// paragraph per line with the odd blank line; a sentence ends in . ! ? and the like, 。 । ؟ too).
// Without such blocks every non-blank line is a unit.
std::vector<std::string> group_lines(const std::vector<std::string>& lines, bool whole_blocks = false);

// True when some unit repeats inside another (the cumulative pattern), by the rules of
// recover_cumulative. Units are compared trimmed; blank ones are ignored.
bool has_repetition(const std::vector<std::string>& units);

// Undoes cumulative repetition. The longest unit is a "master"; every other unit found inside it
// (as its tail, or, when long enough to be unambiguous, anywhere) is a repeat, and its start and
// end mark paragraph boundaries inside the master. Units found in no master become masters
// themselves. Masters are cut at their boundaries and returned in input order, each paragraph
// once, trimmed. Works whatever the line order, for partial repeats, and leaves bodies without
// repetition as they are (exact duplicate units are kept once).
// When `set_off` is given, it receives one flag per returned paragraph: whether its piece of the
// master began with a run of two or more spaces, as a paragraph cut out after a repeated
// promotional line does ("...data hub  Talks with creditorsBSi is": the cut falls at the line's
// end, before the run), which the glue splitter takes as the mark the scraper sets before headings.
std::vector<std::string> recover_cumulative(const std::vector<std::string>& units, std::vector<bool>* set_off = nullptr);

// The whole step for a body: repetition across lines is undone line by line; otherwise lines are
// grouped by blank lines (group_lines), and the groups are undone if they repeat, else returned
// as they are.
// `set_off` as for recover_cumulative (all false when nothing was repeated).
std::vector<std::string> paragraphs_from_lines(const std::vector<std::string>& lines, bool whole_blocks = false,
                                               std::vector<bool>* set_off = nullptr);

}  // namespace newsarc
