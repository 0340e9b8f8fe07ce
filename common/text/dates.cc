// Date parsing: a few anchored patterns (ISO, compact, Reuters, month-name forms), then calendar
// and clock validation. Regexes are compiled once.
#include "common/text/dates.h"

#include <array>
#include <cctype>
#include <regex>

#include "common/text/strutil.h"

namespace newsarc {

namespace {

int to_int(const std::ssub_match& m) { return m.matched ? std::stoi(m.str()) : 0; }

int month_number(std::string_view written) {
    std::string name = strutil::ascii_lower(written);
    if (!name.empty() && name.back() == '.') name.pop_back();
    static const std::array<const char*, 12> full = {"january", "february", "march",     "april",
                                                     "may",     "june",     "july",      "august",
                                                     "september", "october", "november", "december"};
    for (int i = 0; i < 12; ++i) {
        std::string f = full[static_cast<std::size_t>(i)];
        if (name == f) return i + 1;
        if (name.size() >= 3 && name.size() < f.size() && f.compare(0, name.size(), name) == 0) {
            // Accept the usual abbreviations (Jan, Sept, Dec) but not arbitrary prefixes ("ma").
            if (name.size() == 3 || name == "sept") return i + 1;
        }
    }
    return 0;
}

struct Clock {
    int hour = 0, minute = 0, second = 0;
};

// Parses a time-of-day tail: "14:50", "15:01:01.79", "2:50 PM", "14:50 GMT", "14:50:00+02:00".
// Returns false when the text is not a valid time.
bool parse_clock(const std::string& text, Clock& out) {
    static const std::regex re(
        R"(^(?:at\s+)?(\d{1,2})[:.](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(a\.?m\.?|p\.?m\.?)?\s*)"
        R"((?:z|utc|gmt|[a-z]{1,4}t|(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?)?$)",
        std::regex::icase | std::regex::ECMAScript);
    std::smatch m;
    if (!std::regex_match(text, m, re)) return false;
    int h = to_int(m[1]), mi = to_int(m[2]), s = to_int(m[3]);
    if (m[4].matched) {
        bool pm = std::tolower(static_cast<unsigned char>(m[4].str()[0])) == 'p';
        if (h < 1 || h > 12) return false;
        h = (h % 12) + (pm ? 12 : 0);
    }
    if (h > 23 || mi > 59 || s > 60) return false;
    out = {h, mi, s == 60 ? 59 : s};
    return true;
}

// Fills a Timestamp from a parsed day and an optional time tail; a bad tail keeps the day.
std::optional<Timestamp> finish(int y, int mo, int d, const std::string& time_text, std::string* note) {
    if (!is_valid_date(y, mo, d)) return std::nullopt;
    Timestamp t{y, mo, d, 0, 0, 0};
    std::string tail(strutil::trim(time_text));
    if (tail.empty()) return t;
    Clock c;
    if (parse_clock(tail, c)) {
        t.hour = c.hour;
        t.minute = c.minute;
        t.second = c.second;
    } else if (note) {
        *note = "time \"" + tail + "\" is not a valid time; kept the day";
    }
    return t;
}

}  // namespace

std::optional<Timestamp> parse_date(std::string_view text, std::string* note) {
    if (note) note->clear();
    std::string s = strutil::collapse_spaces(text);
    if (s.empty()) return std::nullopt;

    // ISO 8601: 2024-09-01, 2024-09-01T14:50:00(.123)(Z|+02:00), 2024-09-01 14:50, 2024/09/01.
    static const std::regex iso(R"(^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ](.*))?$)", std::regex::icase);
    // Compact: 20240901, 20240901145000, 20240901T145000.
    static const std::regex compact(R"(^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?$)", std::regex::icase);
    // Reuters: 26-FEB-1987 15:01:01.79.
    static const std::regex reuters(R"(^(\d{1,2})-([a-z]{3,9})-(\d{4})(?:\s+(.*))?$)", std::regex::icase);
    // Optional weekday, then month name first: September 1, 2024 14:50 / Sept. 1st 2024.
    static const std::regex month_first(
        R"(^(?:(?:[a-z]+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?([a-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(.*))?$)",
        std::regex::icase);
    // Day first: 1 September 2024 / Sunday, 1 Sept. 2024, 14:50.
    // RFC 2822 is this form too: "Sun, 01 Sep 2024 14:50:00 +0300" (the offset is dropped).
    static const std::regex day_first(
        R"(^(?:(?:[a-z]+day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9}\.?),?\s+(\d{4})(?:,?\s+(.*))?$)",
        std::regex::icase);

    std::smatch m;
    if (std::regex_match(s, m, iso)) {
        std::string tail = m[5].matched ? m[5].str() : std::string();
        return finish(to_int(m[1]), to_int(m[3]), to_int(m[4]), tail, note);
    }
    if (std::regex_match(s, m, compact)) {
        auto t = finish(to_int(m[1]), to_int(m[2]), to_int(m[3]), "", note);
        if (t && m[4].matched) {
            int h = to_int(m[4]), mi = to_int(m[5]), sec = to_int(m[6]);
            if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
            t->hour = h;
            t->minute = mi;
            t->second = sec;
        }
        return t;
    }
    if (std::regex_match(s, m, reuters)) {
        int mo = month_number(m[2].str());
        if (mo == 0) return std::nullopt;
        std::string tail = m[4].matched ? m[4].str() : "";
        // Wire codes sometimes trail a good time ("14:04:26.14F", "14:02:56.54V RM"); the time stands.
        static const std::regex coded(R"(^(\d{1,2}:\d{2}:\d{2}(?:\.\d+)?)(?:[a-z#\s].*)$)", std::regex::icase);
        std::smatch tm;
        if (std::regex_match(tail, tm, coded)) tail = tm[1].str();
        return finish(to_int(m[3]), mo, to_int(m[1]), tail, note);
    }
    if (std::regex_match(s, m, month_first)) {
        int mo = month_number(m[1].str());
        if (mo == 0) return std::nullopt;
        return finish(to_int(m[3]), mo, to_int(m[2]), m[4].matched ? m[4].str() : "", note);
    }
    if (std::regex_match(s, m, day_first)) {
        int mo = month_number(m[2].str());
        if (mo == 0) return std::nullopt;
        return finish(to_int(m[3]), mo, to_int(m[1]), m[4].matched ? m[4].str() : "", note);
    }
    return std::nullopt;
}

}  // namespace newsarc
