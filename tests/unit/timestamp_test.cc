// Tests of Timestamp renderings and calendar validity.
#include "common/text/timestamp.h"

#include <gtest/gtest.h>

namespace newsarc {

TEST(Timestamp, RendersIsoCompactAndSortKey) {
    Timestamp t{2024, 9, 1, 14, 50, 0};
    EXPECT_EQ(t.iso(), "2024-09-01T14:50:00");
    EXPECT_EQ(t.yyyymmdd(), "20240901");
    EXPECT_EQ(t.sort_key(), "20240901145000");
}

TEST(Timestamp, PeriodLabels) {
    EXPECT_EQ(period_label("1987"), "1987");
    EXPECT_EQ(period_label("198703"), "1987-03");
    EXPECT_EQ(period_label("19870302"), "1987-03-02");
    EXPECT_EQ(period_label("19870302150101"), "1987-03-02");  // a whole sort key: the day
}

TEST(Timestamp, KnowsLeapYearsAndMonthLengths) {
    EXPECT_TRUE(is_valid_date(2024, 2, 29));
    EXPECT_FALSE(is_valid_date(2023, 2, 29));
    EXPECT_FALSE(is_valid_date(1900, 2, 29));
    EXPECT_TRUE(is_valid_date(2000, 2, 29));
    EXPECT_FALSE(is_valid_date(1987, 4, 31));
    EXPECT_FALSE(is_valid_date(1987, 13, 1));
    EXPECT_FALSE(is_valid_date(1987, 0, 1));
}

}  // namespace newsarc
