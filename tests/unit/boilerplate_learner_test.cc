// Tests of per-site boilerplate learning: thresholds, sentences glued into paragraphs, duplicates,
// memory bound, serialisation, clean_article with a learned list, and real Reuters text (a wire
// whose recurring sentences must not be taken for boilerplate).
#include "common/clean/boilerplate_learner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "common/clean/cleaner.h"
#include "common/io/byte_stream.h"
#include "common/readers/formats.h"

namespace newsarc {

namespace {

using Paragraphs = std::vector<std::string>;

bool contains(const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

// Distinct news-like paragraphs for article `i`.
Paragraphs story(int i) {
    std::string n = std::to_string(i);
    return {"The council of district " + n + " approved a budget of " + n + " million dollars on Tuesday.",
            "Officials said the vote in district " + n + " followed months of debate.",
            "Residents of district " + n + " will see the first projects next spring."};
}

std::vector<RawArticle> reuters_articles(const std::string& path) {
    std::vector<RawArticle> out;
    auto reader = make_sgml_reader(std::make_unique<FileStream>(path), path);
    while (auto item = reader->next())
        if (auto* a = std::get_if<RawArticle>(&*item)) out.push_back(std::move(*a));
    return out;
}

}  // namespace

TEST(BoilerplateLearner, SegmentsAreParagraphsAndTheirSentences) {
    auto segs = boilerplate_segments({"  One   paragraph only ", "He said so. Get the app now! Then more.", ""});
    EXPECT_EQ(segs, (std::vector<std::string>{"One paragraph only", "He said so. Get the app now! Then more.",
                                              "He said so.", "Get the app now!", "Then more."}));
    EXPECT_EQ(boilerplate_key(" a \t b\u00a0 c "), "a b c");
}

TEST(BoilerplateLearner, LearnsLinesRepeatedAcrossASite) {
    BoilerplateLearner learner;
    for (int i = 0; i < 20; ++i) {
        auto p = story(i);
        p.push_back("Get the Evening Digest in your inbox");
        // A promotional sentence glued into the last paragraph of every other article.
        if (i % 2 == 0) p.back() = "Residents will wait. Tap the bell icon for alerts.";
        // The same "sub-heading" in a quarter of the articles is a template too (a section label).
        if (i % 4 == 0) p.insert(p.begin() + 1, "Heavy rains expected");
        learner.observe("example.com", p);
        learner.observe("other.org", story(100 + i));
    }
    auto l = learner.learned("example.com");
    EXPECT_TRUE(contains(l, "Get the Evening Digest in your inbox"));
    EXPECT_TRUE(contains(l, "Tap the bell icon for alerts."));
    EXPECT_TRUE(contains(l, "Residents will wait."));  // recurring verbatim in half the articles: a template
    EXPECT_TRUE(contains(l, "Heavy rains expected"));  // in 5 of 20 articles: 25%
    for (const auto& s : l) EXPECT_EQ(s.find("district"), std::string::npos) << s;
    EXPECT_TRUE(learner.learned("other.org").empty());
    EXPECT_TRUE(learner.learned("nowhere.net").empty());
    EXPECT_EQ(learner.articles("example.com"), 20u);
    EXPECT_EQ(learner.sites(), (std::vector<std::string>{"example.com", "other.org"}));
    EXPECT_EQ(learner.learned_all().size(), 1u);
}

TEST(BoilerplateLearner, SubHeadingInOneArticleIsContent) {
    BoilerplateLearner learner;
    for (int i = 0; i < 30; ++i) {
        auto p = story(i);
        if (i == 7) p.insert(p.begin() + 1, "Strained ties between the districts");
        p.push_back("Follow the Herald on Mastodon");
        learner.observe("herald.example", p);
    }
    auto l = learner.learned("herald.example");
    EXPECT_EQ(l, std::vector<std::string>{"Follow the Herald on Mastodon"});
}

TEST(BoilerplateLearner, ThresholdsNeedBothCountAndShare) {
    // Two articles are not enough evidence, whatever the share.
    BoilerplateLearner small;
    for (int i = 0; i < 2; ++i) {
        auto p = story(i);
        p.push_back("Promo line");
        small.observe("s", p);
    }
    EXPECT_TRUE(small.learned("s").empty());
    small.observe("s", {"Promo line", "Something else entirely."});
    EXPECT_EQ(small.learned("s"), std::vector<std::string>{"Promo line"});

    // A small site needs half its articles: a quote repeated in 3 of 10 stories on one event stays.
    BoilerplateLearner event;
    for (int i = 0; i < 10; ++i) {
        auto p = story(i);
        if (i < 3) p.push_back("The army said it was looking into the reports.");
        if (i < 6) p.push_back("Share your story with the Gazette team");
        event.observe("e", p);
    }
    EXPECT_EQ(event.learned("e"), std::vector<std::string>{"Share your story with the Gazette team"});

    // Five articles out of a hundred (5%) is under the share: a recurring phrase, not a template.
    BoilerplateLearner big;
    for (int i = 0; i < 100; ++i) {
        auto p = story(i);
        if (i % 20 == 0) p.push_back("The ministry did not comment.");
        big.observe("b", p);
    }
    EXPECT_TRUE(big.learned("b").empty());

    BoilerplateLearner::Options loose;
    loose.min_share = 0.04;
    BoilerplateLearner tuned(loose);
    for (int i = 0; i < 100; ++i) {
        auto p = story(i);
        if (i % 20 == 0) p.push_back("The ministry did not comment.");
        tuned.observe("b", p);
    }
    EXPECT_EQ(tuned.learned("b"), std::vector<std::string>{"The ministry did not comment."});
}

TEST(BoilerplateLearner, SameArticleTwiceCountsOnceAndRepeatsInsideOneArticleCountOnce) {
    BoilerplateLearner learner;
    Paragraphs p = {"Same story text here.", "Read the Gazette app", "Read the Gazette app"};
    for (int i = 0; i < 5; ++i) learner.observe("g", p);
    EXPECT_EQ(learner.articles("g"), 1u);
    EXPECT_TRUE(learner.learned("g").empty());
}

TEST(BoilerplateLearner, LongRepeatedParagraphsAreNotLearned) {
    // A long paragraph repeated across articles is the same story filed again, not a template.
    std::string long_para;
    for (int i = 0; i < 70; ++i) long_para += "word" + std::to_string(i) + " ";
    BoilerplateLearner learner;
    for (int i = 0; i < 10; ++i) {
        auto p = story(i);
        p.push_back(long_para);
        learner.observe("x", p);
    }
    EXPECT_TRUE(learner.learned("x").empty());
}

TEST(BoilerplateLearner, MemoryIsBoundedAndFrequentLinesSurviveEviction) {
    BoilerplateLearner::Options o;
    o.max_tracked_per_site = 200;
    BoilerplateLearner learner(o);
    for (int i = 0; i < 1000; ++i) {
        auto p = story(i);
        if (i % 3 == 0) p.push_back("Listen to our daily podcast");
        learner.observe("m", p);
    }
    EXPECT_EQ(learner.learned("m"), std::vector<std::string>{"Listen to our daily podcast"});
    // Serialised form holds only segments seen twice: small.
    EXPECT_LT(learner.serialise().size(), 40000u);
}

TEST(BoilerplateLearner, SerialiseRoundTrip) {
    BoilerplateLearner learner;
    for (int i = 0; i < 12; ++i) {
        auto p = story(i);
        p.push_back("Get the Evening Digest in your inbox");
        learner.observe("a.com", p);
        auto q = story(50 + i);
        q.insert(q.begin(), "Advertisement - scroll to continue");
        learner.observe("b.com", q);
    }
    auto text = learner.serialise();
    auto copy = BoilerplateLearner::deserialise(text);
    EXPECT_EQ(copy.learned_all(), learner.learned_all());
    EXPECT_EQ(copy.articles("a.com"), 12u);
    EXPECT_EQ(copy.serialise(), text);
    // Learning goes on after a restart; an article seen before stays counted once.
    copy.observe("a.com", [] {
        auto p = story(0);
        p.push_back("Get the Evening Digest in your inbox");
        return p;
    }());
    EXPECT_EQ(copy.articles("a.com"), 12u);
    // One key per site.
    BoilerplateLearner merged;
    merged.deserialise_site(learner.serialise_site("a.com"));
    merged.deserialise_site(learner.serialise_site("b.com"));
    EXPECT_EQ(merged.learned_all(), learner.learned_all());
    EXPECT_THROW(BoilerplateLearner::deserialise("garbage"), std::invalid_argument);
    EXPECT_THROW(BoilerplateLearner::deserialise(""), std::invalid_argument);
    EXPECT_THROW(BoilerplateLearner::deserialise("newsarc-boilerplate-learner 1\nseg\tx\ty\n"), std::invalid_argument);
    EXPECT_TRUE(BoilerplateLearner::deserialise("newsarc-boilerplate-learner 1\n").learned_all().empty());
}

TEST(BoilerplateLearner, CleanArticleDropsTheSiteList) {
    RawArticle raw;
    raw.format = "text";
    raw.title = "Budget approved";
    raw.url = "https://www.example.com/local/budget-1";
    raw.body_lines = {"The council approved the budget.",
                      "Get the Evening Digest in your inbox",
                      "Officials said the vote followed months of debate. Tap the bell icon for alerts.",
                      "Residents will see the first projects next spring."};
    CleanOptions opts;
    opts.site_boilerplate["example.com"] = {"Get the Evening Digest in your inbox", "Tap the bell icon for alerts."};
    opts.site_boilerplate["other.org"] = {"The council approved the budget."};
    auto a = clean_article(raw, opts).article;
    EXPECT_EQ(a.paragraphs, (Paragraphs{"The council approved the budget.",
                                        "Officials said the vote followed months of debate.",
                                        "Residents will see the first projects next spring."}));
    // Without the list nothing is dropped.
    EXPECT_EQ(clean_article(raw).article.paragraphs.size(), 4u);

    // A learned line that sentence splitting cannot isolate ("Tips? Our newsroom ...") glued into
    // a paragraph goes where it sits between sentences.
    std::vector<std::string> learned = {"Tips? Our newsroom is listening at tips@valleyledger.example"};
    EXPECT_EQ(remove_site_boilerplate({"He said so. Tips? Our newsroom is listening at tips@valleyledger.example",
                                       "Tips? Our newsroom is listening at tips@valleyledger.example The vote came late.",
                                       "Readers asked: Tips? Our newsroom is listening at tips@valleyledger.example"},
                                      learned),
              (Paragraphs{"He said so.", "The vote came late.", "Readers asked:"}));
    // Not inside a sentence.
    EXPECT_EQ(remove_site_boilerplate({"He wrote Tips? Our newsroom is listening at tips@valleyledger.example today."},
                                      learned)
                  .size(),
              1u);
    EXPECT_EQ(remove_site_boilerplate({"He wrote Tips? Our newsroom is listening at tips@valleyledger.example today."},
                                      learned)[0],
              "He wrote Tips? Our newsroom is listening at tips@valleyledger.example today.");
}

// On a real wire (Reuters-21578 as one "site"), recurring content must not be learned. Whatever
// is learned must be short non-news text; the list is printed for inspection.
TEST(BoilerplateLearner, ReutersTeachesNoNewsSentences) {
    std::vector<std::string> files = {NEWSARC_TEST_DATA "/reuters/reut2-000.sgm"};
    const std::string shared = NEWSARC_SHARED_CORPORA "/reuters21578";
    if (std::filesystem::is_directory(shared)) {
        for (const auto& e : std::filesystem::directory_iterator(shared))
            if (e.path().extension() == ".sgm" && e.path().filename() != "reut2-000.sgm" && files.size() < 4)
                files.push_back(e.path().string());
    }
    BoilerplateLearner learner;
    std::size_t n = 0;
    for (const auto& f : files)
        for (const auto& raw : reuters_articles(f)) {
            if (raw.body_lines.empty()) continue;
            try {
                learner.observe("", clean_article(raw).article.paragraphs);
                ++n;
            } catch (const InputError&) {
            }
        }
    auto l = learner.learned("");
    std::cout << "reuters: " << n << " articles from " << files.size() << " files, " << l.size()
              << " learned segments\n";
    for (const auto& s : l) std::cout << "  learned: " << s << "\n";
    EXPECT_GE(n, 900u);
    EXPECT_TRUE(l.empty());
}

}  // namespace newsarc
