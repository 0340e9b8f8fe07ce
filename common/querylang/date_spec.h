// Date bounds as users type them (2024, 2024-09, 2024-09-01, today, 7d...) -> sortable date keys.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/text/timestamp.h"

namespace newsarc {

// The first or last instant a date spec covers, as a "YYYYMMDDHHMMSS" key for the date value slot.
// An end bound covers its whole day, month or year. Relative forms count back from `today`:
// today, yesterday, Nd, Nw, Nm, Ny. Throws UsageError quoting the text when it does not parse.
std::string date_bound(std::string_view spec, bool upper, const Timestamp& today);

// The fewest year, month and day terms (Y2024, M202409, D20240901) whose days are exactly those
// from `first` to `last` ("YYYYMMDD", both included): whole years as Y terms, whole months as M
// terms, the rest as D terms. Empty when first > last, or when more than `max_terms` are needed.
std::vector<std::string> date_cover_terms(std::string_view first, std::string_view last, std::size_t max_terms);

// Today's local date, for the relative forms.
Timestamp local_today();

}  // namespace newsarc
