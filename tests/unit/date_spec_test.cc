// Tests of date bounds as typed in queries: granularity, open ends, relative forms, errors.
#include "common/querylang/date_spec.h"

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"

namespace newsarc {
namespace {

const Timestamp kToday{2024, 9, 15, 0, 0, 0};

struct Case {
    const char* spec;
    const char* lower;
    const char* upper;
};

TEST(DateSpec, BoundsCoverTheWholePeriod) {
    const Case cases[] = {
        {"2024", "20240101000000", "20241231235959"},
        {"2024-02", "20240201000000", "20240229235959"},
        {"2023-02", "20230201000000", "20230228235959"},
        {"2024-09-01", "20240901000000", "20240901235959"},
        {"20240901", "20240901000000", "20240901235959"},
        {"today", "20240915000000", "20240915235959"},
        {"yesterday", "20240914000000", "20240914235959"},
        {"7d", "20240908000000", "20240908235959"},
        {"2w", "20240901000000", "20240901235959"},
        {"1m", "20240815000000", "20240815235959"},
        {"1y", "20230915000000", "20230915235959"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(date_bound(c.spec, false, kToday), c.lower) << c.spec;
        EXPECT_EQ(date_bound(c.spec, true, kToday), c.upper) << c.spec;
    }
}

TEST(DateSpec, MonthsBackClampToTheMonthEnd) {
    EXPECT_EQ(date_bound("1m", false, Timestamp{2024, 3, 31}), "20240229000000");
}

TEST(DateSpec, RejectsGarbageQuotingIt) {
    for (const char* bad : {"2024-13", "2024-02-30", "someday", "24", "2024/09/01", "x7d", "-3d", ""}) {
        try {
            date_bound(bad, false, kToday);
            ADD_FAILURE() << "accepted " << bad;
        } catch (const UsageError& e) {
            EXPECT_NE(std::string(e.what()).find(std::string("\"") + bad + "\""), std::string::npos) << e.what();
        }
    }
}

}  // namespace
}  // namespace newsarc

namespace newsarc {
namespace {

TEST(DateCover, WholeYearsMonthsAndDays) {
    using V = std::vector<std::string>;
    EXPECT_EQ(date_cover_terms("20130101", "20181231", 100), (V{"Y2013", "Y2014", "Y2015", "Y2016", "Y2017", "Y2018"}));
    EXPECT_EQ(date_cover_terms("20240901", "20240930", 100), V{"M202409"});
    EXPECT_EQ(date_cover_terms("20240901", "20240901", 100), V{"D20240901"});
    // Partial months and years at both ends: days, then months, then years, then back down.
    EXPECT_EQ(date_cover_terms("20231230", "20250202", 100),
              (V{"D20231230", "D20231231", "Y2024", "M202501", "D20250201", "D20250202"}));
    // A leap day closes February.
    EXPECT_EQ(date_cover_terms("20240228", "20240229", 100), (V{"D20240228", "D20240229"}));
    EXPECT_EQ(date_cover_terms("20240201", "20240229", 100), V{"M202402"});
    EXPECT_EQ(date_cover_terms("20230201", "20230228", 100), V{"M202302"});
    // Keys with a time of day (the value slot's form) count by their day.
    EXPECT_EQ(date_cover_terms("19870226150101", "19870226235959", 100), V{"D19870226"});
}

TEST(DateCover, EmptyWhenBackwardsTooWideOrMalformed) {
    EXPECT_TRUE(date_cover_terms("20240902", "20240901", 100).empty());
    EXPECT_TRUE(date_cover_terms("10000101", "99991231", 128).empty());
    EXPECT_EQ(date_cover_terms("10000101", "99991231", 9000).size(), 9000u);
    EXPECT_TRUE(date_cover_terms("2024", "20241231", 100).empty());
    EXPECT_TRUE(date_cover_terms("20240230", "20241231", 100).empty());
}

}  // namespace
}  // namespace newsarc
