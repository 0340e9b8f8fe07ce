// Parsing of date bounds for date:A..B, --since, --until and --on.
#include "common/querylang/date_spec.h"

#include <cctype>
#include <charconv>
#include <ctime>

#include "common/base/diagnostic.h"
#include "common/model/schema.h"

namespace newsarc {
namespace {

[[noreturn]] void bad_date(std::string_view spec) {
    throw UsageError("invalid date \"" + std::string(spec) +
                     "\": use YYYY, YYYY-MM, YYYY-MM-DD, today, yesterday or a span such as 7d, 2w, 3m, 1y");
}

bool parse_int(std::string_view s, int& out) {
    if (s.empty()) return false;
    for (char c : s)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc();
}

// Moves a date back by whole days, months or years (months and years clamp the day to the month).
Timestamp go_back(Timestamp t, int amount, char unit) {
    if (unit == 'd' || unit == 'w') {
        std::tm tm{};
        tm.tm_year = t.year - 1900;
        tm.tm_mon = t.month - 1;
        tm.tm_mday = t.day - amount * (unit == 'w' ? 7 : 1);
        tm.tm_hour = 12;  // midday keeps daylight-saving shifts from moving the date
        std::mktime(&tm);
        return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, 0, 0, 0};
    }
    int months = t.year * 12 + (t.month - 1) - amount * (unit == 'y' ? 12 : 1);
    Timestamp r{months / 12, months % 12 + 1, t.day, 0, 0, 0};
    r.day = std::min(r.day, days_in_month(r.year, r.month));
    return r;
}

std::string day_bound(const Timestamp& t, bool upper) {
    Timestamp b{t.year, t.month, t.day, upper ? 23 : 0, upper ? 59 : 0, upper ? 59 : 0};
    return b.sort_key();
}

bool parse_day(std::string_view key, int& year, int& month, int& day) {
    return key.size() >= 8 && parse_int(key.substr(0, 4), year) && parse_int(key.substr(4, 2), month) &&
           parse_int(key.substr(6, 2), day) && is_valid_date(year, month, day);
}

std::string digits(int value, int width) {
    std::string s = std::to_string(value);
    return std::string(s.size() < static_cast<std::size_t>(width) ? width - s.size() : 0, '0') + s;
}

}  // namespace

std::vector<std::string> date_cover_terms(std::string_view first, std::string_view last, std::size_t max_terms) {
    int y = 0, m = 0, d = 0, ly = 0, lm = 0, ld = 0;
    if (!parse_day(first, y, m, d) || !parse_day(last, ly, lm, ld)) return {};
    auto key = [](int year, int month, int day) { return year * 10000 + month * 100 + day; };
    const int end = key(ly, lm, ld);
    std::vector<std::string> terms;
    while (key(y, m, d) <= end) {
        if (terms.size() == max_terms) return {};
        if (m == 1 && d == 1 && key(y, 12, 31) <= end) {
            terms.push_back(std::string(schema::kYear) + digits(y, 4));
            ++y;
        } else if (d == 1 && key(y, m, days_in_month(y, m)) <= end) {
            terms.push_back(std::string(schema::kMonth) + digits(y, 4) + digits(m, 2));
            if (++m > 12) m = 1, ++y;
        } else {
            terms.push_back(std::string(schema::kDay) + digits(y, 4) + digits(m, 2) + digits(d, 2));
            if (++d > days_in_month(y, m)) {
                d = 1;
                if (++m > 12) m = 1, ++y;
            }
        }
    }
    return terms;
}

Timestamp local_today() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, 0, 0, 0};
}

std::string date_bound(std::string_view spec, bool upper, const Timestamp& today) {
    if (spec == "today") return day_bound(today, upper);
    if (spec == "yesterday") return day_bound(go_back(today, 1, 'd'), upper);
    if (spec.size() >= 2 && std::string_view("dwmy").find(spec.back()) != std::string_view::npos) {
        int amount = 0;
        if (!parse_int(spec.substr(0, spec.size() - 1), amount) || amount > 100000) bad_date(spec);
        return day_bound(go_back(today, amount, spec.back()), upper);
    }

    int year = 0, month = 0, day = 0;
    if (spec.size() == 4) {
        if (!parse_int(spec, year)) bad_date(spec);
        return Timestamp{year, upper ? 12 : 1, upper ? 31 : 1, upper ? 23 : 0, upper ? 59 : 0, upper ? 59 : 0}.sort_key();
    }
    if (spec.size() == 7 && spec[4] == '-') {
        if (!parse_int(spec.substr(0, 4), year) || !parse_int(spec.substr(5, 2), month) || month < 1 || month > 12)
            bad_date(spec);
        return day_bound({year, month, upper ? days_in_month(year, month) : 1}, upper);
    }
    bool dashed = spec.size() == 10 && spec[4] == '-' && spec[7] == '-';
    bool compact = spec.size() == 8;
    if (!dashed && !compact) bad_date(spec);
    std::size_t m = dashed ? 5 : 4, d = dashed ? 8 : 6;
    if (!parse_int(spec.substr(0, 4), year) || !parse_int(spec.substr(m, 2), month) ||
        !parse_int(spec.substr(d, 2), day) || !is_valid_date(year, month, day))
        bad_date(spec);
    return day_bound({year, month, day}, upper);
}

}  // namespace newsarc
