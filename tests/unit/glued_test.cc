// Tests of glued-text splitting and sentence segmentation.
#include "common/clean/glued.h"

#include <gtest/gtest.h>

namespace newsarc {

using Pieces = std::vector<std::string>;

TEST(Glued, SplitsTable) {
    struct Case {
        const char* in;
        Pieces out;
    };
    const Case cases[] = {
        // Sentence end glued to a capital.
        {"a ceasefire deal.Russia has not been an active part.",
         {"a ceasefire deal.", "Russia has not been an active part."}},
        {"Is it over?Yes, it is. Great!Now go.", {"Is it over?", "Yes, it is. Great!", "Now go."}},
        {"It ended in 2024.The next one starts soon.", {"It ended in 2024.", "The next one starts soon."}},
        // Quotes stay with their sentence.
        {"an immediate Gaza ceasefire.“The position of Russia remains unchanged,” he said.",
         {"an immediate Gaza ceasefire.", "“The position of Russia remains unchanged,” he said."}},
        {"“We mourn,” he said.”Netanyahu spoke with them.", {"“We mourn,” he said.”", "Netanyahu spoke with them."}},
        {"He said \"stop.\"Then he left.", {"He said \"stop.\"", "Then he left."}},
        {"He left.\"We will return,\" she said.", {"He left.", "\"We will return,\" she said."}},
        {"in constant contact all this time,” he wrote, as he expressed", {"in constant contact all this time,” he wrote, as he expressed"}},
        // Space runs are breaks.
        {"said.   Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter   Subscribe Now  “I would like",
         {"said.", "Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter", "Subscribe Now", "“I would like"}},
        {"One.\tTwo.", {"One.", "Two."}},
        // Title-like heading glued to the next sentence.
        {"Strained ties between Jerusalem and MoscowTies between Jerusalem and Moscow have been strained in the last years.",
         {"Strained ties between Jerusalem and Moscow", "Ties between Jerusalem and Moscow have been strained in the last years."}},
        {"Israel's behalf.  Strained ties between Jerusalem and MoscowTies between Jerusalem and Moscow have been strained.Moscow has also taken it seriously.",
         {"Israel's behalf.", "Strained ties between Jerusalem and Moscow",
          "Ties between Jerusalem and Moscow have been strained.", "Moscow has also taken it seriously."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued(c.in), c.out) << c.in;
}

TEST(Glued, NeverSplitsTable) {
    const char* cases[] = {
        "The U.S. military said so.",
        "The U.S.Army said so.",
        "Brig. Gen. Roman Gofman returned Sunday.",
        "Brig.Gen.Roman Gofman returned.",
        "Growth was 3.5 percent, according to jpost.com and Amazon.Com reports.",
        "Use a tool, e.g. a hammer, i.e. The Best One.",
        "Use a tool, e.g.The hammer.",
        "J.R.R. Tolkien wrote it; J.R.R.Tolkien too.",
        "Mr. Smith met Dr. Jones and Gov. Brown at St. Paul.",
        "Mr.Smith met Dr.Jones at Acme Inc.Later that day nothing happened.",
        "McDonald said the iPhone and YouTube videos on the PlayStation were fine.",
        "Watch the YouTube video of the attack on the base here now.",
        "Old MacDonald had a farm with many animals on it.",
        "The meeting with DeSantis was scheduled for Monday morning.",
        "Wait... What happened?",
        "He earned $3.5bn in Q3.",
        "The price rose to 1.25 times New York Dec.",
        "He said so, Sept. 1, 2024.",
        // Real Reuters-21578 sentences (camel-case company names, ticker codes, dates).
        "Colonial BancGroup said it and The Liberty Bank of Pensacola, Fla., signed a letter of intent.",
        "Leigh Stevens of PaineWebber Group Inc said what he saw was mostly covering of short positions.",
        "Storage Dimensions is the creator or SpeedStor software, a utility program that integrates drives.",
        "Occidental Petroleum Corp said its MidCon Corp subsidiary will redeem on March 31 all its debentures.",
        "Note: Full name is Freeport-McMoRan Resources Partners LP.",
        "conglomerate Swedish Match AB <smbs.St> from arms and chemical concern Nobel Industrier AB <NOBL.ST> by",
        "A spokesman said that the 6.July Bank was one of the smallest of Denmark's 80 banks.",
    };
    for (const char* c : cases) EXPECT_EQ(split_glued(c), Pieces{c}) << c;
}

TEST(Glued, CamelCaseInsideLongSentenceDoesNotSplit) {
    // A lower->Upper junction far into a sentence is not a heading boundary.
    const char* s = "The company said on Monday that its new product, called the FooBar widget, would ship soon.";
    EXPECT_EQ(split_glued(s), Pieces{s});
    // Left side must look like a title: a sentence-ish left side with punctuation is not one.
    const char* t = "He said, quietly, that MoscowTies between the two were strained for years.";
    EXPECT_EQ(split_glued(t), Pieces{t});
    // A junction after a long or comma-bearing left side is no heading.
    const char* v = "The company said on Monday that its new product, called the FooBar widget, would ship.";
    EXPECT_EQ(split_glued(v), Pieces{v});
    // A camel-case name the article uses again is a name, not a glued heading.
    const char* w = "Shares of GameStop rose sharply on Monday after the report.";
    EXPECT_EQ(split_glued(w, std::string(w) + "\nGameStop said nothing."), Pieces{w});
    // Right side must be a sentence, not a short fragment.
    const char* u = "Rising tensions in the NorthEast";
    EXPECT_EQ(split_glued(u), Pieces{u});
}

TEST(Glued, HeadingsOnlyInGluedText) {
    // Clean text: a camel-case company name opening a paragraph is left alone.
    const std::vector<std::string> clean = {
        "Southwest Airlines Co's TranStar Airlines Corp said it will add nonstop flights from Houston.",
        "The carrier did not give a date."};
    EXPECT_EQ(split_glued_paragraphs(clean), clean);
    // The same shape in text that shows gluing elsewhere is split.
    const std::vector<std::string> glued = {
        "Talks ended on Sunday.Officials said so.",
        "Strained ties between Jerusalem and MoscowTies between Jerusalem and Moscow have been strained."};
    EXPECT_EQ(split_glued_paragraphs(glued),
              (Pieces{"Talks ended on Sunday.", "Officials said so.", "Strained ties between Jerusalem and Moscow",
                      "Ties between Jerusalem and Moscow have been strained."}));
    EXPECT_EQ(split_glued_paragraphs({glued[1]}).size(), 1u);
    EXPECT_EQ(split_glued_paragraphs({glued[1]}, "", true).size(), 2u);
}

TEST(Glued, ParagraphListKeepsOrderAndDropsEmpty) {
    EXPECT_EQ(split_glued_paragraphs({"One thing.Two things.", "   ", "Three things."}),
              (Pieces{"One thing.", "Two things.", "Three things."}));
}

TEST(Glued, Sentences) {
    EXPECT_EQ(split_sentences("He met Brig. Gen. Roman Gofman. The U.S. said no. “We mourn,” he said. It cost $3.5 bn."),
              (Pieces{"He met Brig. Gen. Roman Gofman.", "The U.S. said no.", "“We mourn,” he said.", "It cost $3.5 bn."}));
    EXPECT_EQ(split_sentences("Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter"),
              (Pieces{"Stay updated with the latest news!", "Subscribe to The Jerusalem Post Newsletter"}));
    EXPECT_EQ(split_sentences("He said \"no.\" Then left."), (Pieces{"He said \"no.\"", "Then left."}));
    EXPECT_EQ(split_sentences("one sentence only"), Pieces{"one sentence only"});
    EXPECT_TRUE(split_sentences("").empty());
}

}  // namespace newsarc
