// Tests of boilerplate detection and removal.
#include "common/clean/boilerplate.h"

#include <gtest/gtest.h>

namespace newsarc {

using Paras = std::vector<std::string>;

TEST(Boilerplate, IsBoilerplateTable) {
    const char* yes[] = {
        "Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter",
        "Stay updated with the latest news!",
        "Subscribe to The Jerusalem Post Newsletter",
        "Subscribe Now",
        "SIGN UP for our free daily newsletter",
        "Get our daily briefing delivered to your inbox",
        "Follow us on Twitter and Facebook",
        "Follow The Times of Israel on Facebook",
        "Join our Telegram channel for updates",
        "Read more: Israel strikes back",
        "READ MORE",
        "See also: the full timeline",
        "Related articles",
        "Advertisement",
        "Sponsored content",
        "© 2024 The Jerusalem Post. All rights reserved.",
        "Copyright 2024 Reuters",
        "Click here to download the app",
        "Download our app for breaking news alerts",
        "Don't miss our weekly podcast",
        "Never miss a story",
        "Want more news like this? Sign up today.",
        "Support independent journalism",
    };
    for (const char* s : yes) EXPECT_TRUE(is_boilerplate(s)) << s;
    const char* no[] = {
        "Netanyahu spoke with Lobanov’s parents, Oksana and Grigory, and apologized to them.",
        "The company's newsletter said profits rose.",
        "Subscribers to the service rose 20 percent in the quarter.",
        "Related to this, the ministry said talks would resume.",
        "Copyright lawsuits against AI firms have multiplied.",
        "Sponsored by the government, the program ran for two years.",
        "Share prices fell sharply.",
        "He urged citizens to subscribe to the government's emergency alert system, which he said "
        "had saved lives during the war and would be expanded to cover the entire country by next year.",
        "",
    };
    for (const char* s : no) EXPECT_FALSE(is_boilerplate(s)) << s;
}

TEST(Boilerplate, LongSentencesNeverMatch) {
    std::string s = "Subscribe";
    for (int i = 0; i < 30; ++i) s += " word";
    EXPECT_FALSE(is_boilerplate(s));
}

TEST(Boilerplate, UserPatterns) {
    EXPECT_TRUE(is_boilerplate("Listen to our PODCAST every week", {"podcast every week"}));
    EXPECT_FALSE(is_boilerplate("Listen to our podcast every week", {"nothing"}));
    EXPECT_EQ(remove_boilerplate({"Real news here. Listen to the Podcast every week. More news."}, {"podcast every week"}),
              Paras{"Real news here. More news."});
}

TEST(Boilerplate, RemovesParagraphsAndGluedSentences) {
    Paras in = {
        "Netanyahu spoke with Lobanov’s parents, the Prime Minister’s Office said.",
        "Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter",
        "Subscribe Now",
        "The army said the strike hit a depot. Follow us on Telegram for live updates. Officials declined to comment.",
        "Advertisement",
        "“I would like to tell you how much I regret,” he said.",
    };
    Paras out = {
        "Netanyahu spoke with Lobanov’s parents, the Prime Minister’s Office said.",
        "The army said the strike hit a depot. Officials declined to comment.",
        "“I would like to tell you how much I regret,” he said.",
    };
    EXPECT_EQ(remove_boilerplate(in), out);
}

TEST(Boilerplate, KeepsNewsThatMentionsNewsletters) {
    Paras in = {"The newsletter, published weekly, has 2,000 subscribers. It was founded in 1990.",
                "Reporters said the subscription model was failing. Readers disagreed."};
    EXPECT_EQ(remove_boilerplate(in), in);
}

}  // namespace newsarc
