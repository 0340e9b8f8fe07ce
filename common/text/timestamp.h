// A publication time as written by the source (wall-clock, no time zone) and its renderings.
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace newsarc {

// Civil date and time. Sources rarely give a zone; newsarc keeps the wall-clock time they print,
// so an article "published 1 September" is found on 1 September whatever the reader's zone.
struct Timestamp {
    int year = 0, month = 0, day = 0;
    int hour = 0, minute = 0, second = 0;

    auto operator<=>(const Timestamp&) const = default;

    std::string iso() const;          // 2024-09-01T14:50:00
    std::string yyyymmdd() const;     // 20240901
    std::string sort_key() const;     // 20240901145000, the sortable value
};

// A sort key cut to a period ("1987", "198703", "19870302...") as people write it: "1987",
// "1987-03", "1987-03-02" (at most the day).
std::string period_label(std::string_view key);

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

}  // namespace newsarc
