// Parsing the date strings sources print into a wall-clock Timestamp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/text/timestamp.h"

namespace newsarc {

// Accepts, among others: "SEPTEMBER 1, 2024 14:50", "September 1, 2024", "Sept. 1, 2024",
// "Sunday, September 1, 2024 2:50 PM", "1 September 2024", RFC 2822 ("Sun, 01 Sep 2024 14:50:00
// +0300", "01 Sep 2024 14:50 GMT"), "2024-09-01", "2024-09-01T14:50:00"
// (fractions, "Z" and "+02:00" offsets accepted; the wall-clock time is kept and the offset
// dropped), "2024-09-01 14:50", "20240901", "20240901145000" and Reuters' "26-FEB-1987 15:01:01.79"
// (wire codes after a good Reuters time, as in "14:04:26.14F", are ignored).
// A valid day followed by a time that does not parse (Reuters' "31-MAR-1987 605:12:19") keeps the
// day at 00:00:00 and explains in *note (when note is given). Anything else, including impossible
// calendar dates (30 February), gives nullopt: never a made-up date.
std::optional<Timestamp> parse_date(std::string_view text, std::string* note = nullptr);

}  // namespace newsarc
