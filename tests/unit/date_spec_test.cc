// Tests of date bounds as typed in queries: granularity, open ends, relative forms, errors.
#include "common/query/date_spec.h"

#include <gtest/gtest.h>

#include "common/diagnostic.h"

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
