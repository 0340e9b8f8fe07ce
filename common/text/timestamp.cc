// Renderings and validity of Timestamp.
#include "common/text/timestamp.h"

#include <cstdio>

namespace newsarc {

std::string Timestamp::iso() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day, hour, minute, second);
    return buf;
}

std::string Timestamp::yyyymmdd() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
    return buf;
}

std::string Timestamp::sort_key() const {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02d", year, month, day, hour, minute, second);
    return buf;
}

std::string period_label(std::string_view key) {
    // Written out character by character: GCC 12 warns falsely (-Wrestrict) on the string appends.
    std::string out;
    for (std::size_t i = 0; i < key.size() && i < 8; ++i) {
        if (i == 4 || i == 6) {
            if (key.size() < i + 2) break;
            out += '-';
        }
        out += key[i];
    }
    return out;
}

int days_in_month(int year, int month) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
}

bool is_valid_date(int year, int month, int day) {
    return year >= 1 && year <= 9999 && day >= 1 && day <= days_in_month(year, month);
}

}  // namespace newsarc
