// Tests of parse_date: accepted forms, broken Reuters times, rejected garbage.
#include "common/text/dates.h"

#include <gtest/gtest.h>

namespace newsarc {

TEST(ParseDate, AcceptedForms) {
    struct Case {
        const char* in;
        const char* iso;
    };
    const Case cases[] = {
        {"SEPTEMBER 1, 2024 14:50", "2024-09-01T14:50:00"},
        {"September 1, 2024", "2024-09-01T00:00:00"},
        {"Sept. 1, 2024", "2024-09-01T00:00:00"},
        {"Sep 1 2024", "2024-09-01T00:00:00"},
        {"Sunday, September 1, 2024 2:50 PM", "2024-09-01T14:50:00"},
        {"September 1st, 2024 at 9:05 a.m.", "2024-09-01T09:05:00"},
        {"1 September 2024", "2024-09-01T00:00:00"},
        {"1 Sept. 2024 14:50", "2024-09-01T14:50:00"},
        {"  01 sep 2024  ", "2024-09-01T00:00:00"},
        {"2024-09-01", "2024-09-01T00:00:00"},
        {"2024-09-01T14:50:00", "2024-09-01T14:50:00"},
        {"2024-09-01T14:50:00Z", "2024-09-01T14:50:00"},
        {"2024-09-01T14:50:00+02:00", "2024-09-01T14:50:00"},
        {"2024-09-01T14:50:00.123-0500", "2024-09-01T14:50:00"},
        {"2024-09-01 14:50", "2024-09-01T14:50:00"},
        {"2024/09/01", "2024-09-01T00:00:00"},
        {"20240901", "2024-09-01T00:00:00"},
        {"20240901145000", "2024-09-01T14:50:00"},
        {"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01"},
        {"5-MAR-1987 09:07:00.00", "1987-03-05T09:07:00"},
        {"27-MAR-1987 14:04:26.14F", "1987-03-27T14:04:26"},
        {"27-MAR-1987 14:02:56.54V RM", "1987-03-27T14:02:56"},
        {"9-APR-1987 00:00:00.00 # date added by S Finch as guesswork", "1987-04-09T00:00:00"},
        {"September 1, 2024 14:50 IDT", "2024-09-01T14:50:00"},
        {"2024-02-29", "2024-02-29T00:00:00"},
        // RFC 2822 (mail, RSS pubDate): weekday abbreviation, two-digit day, numeric or named zone.
        {"Sun, 01 Sep 2024 14:50:00 +0300", "2024-09-01T14:50:00"},
        {"Sun, 1 Sep 2024 14:50 GMT", "2024-09-01T14:50:00"},
        {"Mon, 02 Sep 2024 07:05:09 -0000", "2024-09-02T07:05:09"},
        {"Thu, 26 Feb 1987 15:01:01 EST", "1987-02-26T15:01:01"},
        {"01 Sep 2024 14:50:00 +0000", "2024-09-01T14:50:00"},
        {"Tue, 31 Dec 2024 23:59:59 Z", "2024-12-31T23:59:59"},
        {"Sun., Sep. 1, 2024", "2024-09-01T00:00:00"},
        {"Fri, 30 Feb 2024 10:00:00 +0000", nullptr},
        {"12:00 PM", nullptr},
    };
    for (const auto& c : cases) {
        std::string note;
        auto t = parse_date(c.in, &note);
        if (c.iso == nullptr) {
            EXPECT_FALSE(t.has_value()) << c.in;
            continue;
        }
        ASSERT_TRUE(t.has_value()) << c.in;
        EXPECT_EQ(t->iso(), c.iso) << c.in;
        EXPECT_TRUE(note.empty()) << c.in << ": " << note;
    }
}

TEST(ParseDate, BrokenReutersTimeKeepsTheDayWithANote) {
    std::string note;
    auto t = parse_date("31-MAR-1987 605:12:19", &note);
    ASSERT_TRUE(t.has_value());
    EXPECT_EQ(t->iso(), "1987-03-31T00:00:00");
    EXPECT_NE(note.find("605:12:19"), std::string::npos) << note;
    // Without a note pointer it still parses.
    EXPECT_TRUE(parse_date("31-MAR-1987 605:12:19").has_value());
    note.clear();
    EXPECT_EQ(parse_date("2024-09-01T25:61", &note)->iso(), "2024-09-01T00:00:00");
    EXPECT_FALSE(note.empty());
}

TEST(ParseDate, RejectedForms) {
    const char* cases[] = {
        "",
        "   ",
        "garbage",
        "0",
        "1970",
        "February 30, 2024",
        "30-FEB-1987 10:00:00.00",
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "20241301",
        "20240230",
        "Smarch 1, 2024",
        "Ma 1, 2024",
        "32 January 2024",
        "yesterday",
        "2024-09-01junk",
        "01/09/2024",
    };
    for (const char* c : cases) {
        std::string note;
        auto t = parse_date(c, &note);
        EXPECT_FALSE(t.has_value()) << c << " -> " << (t ? t->iso() : "");
    }
}

TEST(ParseDate, ClearsTheNote) {
    std::string note = "stale";
    ASSERT_TRUE(parse_date("2024-09-01", &note));
    EXPECT_TRUE(note.empty());
}

}  // namespace newsarc
