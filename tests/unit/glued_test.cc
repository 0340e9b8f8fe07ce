// Tests of glued-text splitting and sentence segmentation through the entry points (glued.h), every
// family of rules on. Suites named for a family (GluedSentenceEnds, GluedRows, GluedHeadings) hold
// cases of that family; Glued holds the mixed tables of scrapes. glued_families_test.cc tests each
// family on its own and switched off.
#include "common/clean/glued.h"

#include <gtest/gtest.h>

namespace newsarc {

using Pieces = std::vector<std::string>;

// A row of the tables below: one text and the pieces it splits into, or paragraphs and theirs.
struct TextCase {
    const char* in;
    Pieces out;
};
struct ParagraphsCase {
    Pieces in, out;
};

TEST(Glued, SplitsTable) {
    const TextCase cases[] = {
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
        "Mr.Smith met Dr.Jones at Acme Ltd.",
        "Samsung Electronics Co.Ltd said it would.",
        "He is cautiously optimistic that we can get an agreement....We think we're close.",
        "CALL 1MTH 3MTHS 6MTHS",
        "Shares of Amazon.COM and Node.JS projects rose.",
        "They met deRose and the duPont heirs in midApril.",
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

TEST(GluedHeadings, CamelCaseInsideLongSentenceDoesNotSplit) {
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

TEST(GluedHeadings, OnlyInGluedText) {
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

TEST(GluedSentenceEnds, SentenceSegmentation) {
    EXPECT_EQ(split_sentences("He met Brig. Gen. Roman Gofman. The U.S. said no. “We mourn,” he said. It cost $3.5 bn."),
              (Pieces{"He met Brig. Gen. Roman Gofman.", "The U.S. said no.", "“We mourn,” he said.", "It cost $3.5 bn."}));
    EXPECT_EQ(split_sentences("Stay updated with the latest news! Subscribe to The Jerusalem Post Newsletter"),
              (Pieces{"Stay updated with the latest news!", "Subscribe to The Jerusalem Post Newsletter"}));
    EXPECT_EQ(split_sentences("He said \"no.\" Then left."), (Pieces{"He said \"no.\"", "Then left."}));
    EXPECT_EQ(split_sentences("one sentence only"), Pieces{"one sentence only"});
    EXPECT_TRUE(split_sentences("").empty());
}

// In a body known to be glued (cumulative repetition), paragraph ends without punctuation are
// found too: cases from scrapes of Reuters-21578 articles.
TEST(Glued, GluedSourceTable) {
    const TextCase cases[] = {
        {"Oper shr profit 11 cts vs loss 27 ctsOper net profit 662,625 vs loss 774,002",
         {"Oper shr profit 11 cts vs loss 27 cts", "Oper net profit 662,625 vs loss 774,002"}},
        {"Net profit 363,000 vs loss 197,000Revs 3,761,000 vs 2,666,000",
         {"Net profit 363,000 vs loss 197,000", "Revs 3,761,000 vs 2,666,000"}},
        {"Sunflowerseed total 15.0 (7.9)Soybean May 20.0, total 20.0 (nil)",
         {"Sunflowerseed total 15.0 (7.9)", "Soybean May 20.0, total 20.0 (nil)"}},
        {"ALGERIA 0.64 0.64 0.635ECUADOR 0.26 0.26 0.210", {"ALGERIA 0.64 0.64 0.635", "ECUADOR 0.26 0.26 0.210"}},
        {"Revs 82.0 mln vs 54.5 mlnNOTE: Excludes income from discontinued operations.",
         {"Revs 82.0 mln vs 54.5 mln", "NOTE: Excludes income from discontinued operations."}},
        {"Revs 45.6 mln vs 31.6 mln12 mths Shr 1.10 dlrs", {"Revs 45.6 mln vs 31.6 mln", "12 mths Shr 1.10 dlrs"}},
        {"Acceptances repurchases......nil unch.........Matched sales..............4,920 vs......3,788",
         {"Acceptances repurchases......nil unch.........", "Matched sales..............4,920 vs......3,788"}},
        {"Turnover 12.0pTurnover 1.26 billion", {"Turnover 12.0p", "Turnover 1.26 billion"}},
        {"activities of both companies.BP North America is a subsidiary of British Petroleum.",
         {"activities of both companies.", "BP North America is a subsidiary of British Petroleum."}},
        {"units in Permian Partners L.P.The Permian Partners L.P. was recently formed.",
         {"units in Permian Partners L.P.", "The Permian Partners L.P. was recently formed."}},
        {"said bookrunner Drexel Burnham Lambert Inc.Junk bond traders said the issue sold well.",
         {"said bookrunner Drexel Burnham Lambert Inc.", "Junk bond traders said the issue sold well."}},
        {"and Hutchison Whampoa Ltd <HWHH.HK>.They will announce their results later today.",
         {"and Hutchison Whampoa Ltd <HWHH.HK>.", "They will announce their results later today."}},
        {"Market reactionComputer Terminal also said it sold the technology rights.",
         {"Market reaction", "Computer Terminal also said it sold the technology rights."}},
        {"What comes nextA final decision by the department is expected within 90 days.",
         {"What comes next", "A final decision by the department is expected within 90 days."}},
        {"Questions over funding\"They will not meet now,\" Mizrahi said.",
         {"Questions over funding", "\"They will not meet now,\" Mizrahi said."}},
        {"filed recently with the Securities and Exchange Commission:Audiotronics Corp - Shelf offering",
         {"filed recently with the Securities and Exchange Commission:", "Audiotronics Corp - Shelf offering"}},
        {"8.32 pct to maturity.- 8-1/2 pct bonds due June 1, 2011",
         {"8.32 pct to maturity.", "- 8-1/2 pct bonds due June 1, 2011"}},
        // Names written without a space stay whole.
        {"He noted CityBank's purchase of 50 branches. \"CityBank is moving rapidly,\" he said.",
         {"He noted CityBank's purchase of 50 branches. \"CityBank is moving rapidly,\" he said."}},
        {"A small Danish private bank, the 6.Juli Banken A/S, stopped payments today.",
         {"A small Danish private bank, the 6.Juli Banken A/S, stopped payments today."}},
        {"Note:Full company name is Continental General Insurance Co", {"Note:Full company name is Continental General Insurance Co"}},
        {"CALL 1MTH 3MTHS 6MTHS", {"CALL 1MTH 3MTHS 6MTHS"}},
        {"Occidental said its MidCon Corp unit and 3Com Corp agreed.", {"Occidental said its MidCon Corp unit and 3Com Corp agreed."}},
        // A table's heading ending in a day-month date glued to the next line's capitals; a month
        // written in full stays whole.
        {"NYMEX PLATINUM OPG TRENDS 7-APROPEN P SETT", {"NYMEX PLATINUM OPG TRENDS 7-APR", "OPEN P SETT"}},
        {"CHGO IOM LUMBER CLSG 7-APROPEN HIGH LOW", {"CHGO IOM LUMBER CLSG 7-APR", "OPEN HIGH LOW"}},
        {"LONDON GOLD CLOSING 7-APRIL 1987", {"LONDON GOLD CLOSING 7-APRIL 1987"}},
        // A run of spaces between two rows with figures; in a long sentence it is only spacing.
        {"Profit after net financial items 1.39 billion crowns  vs 1.32 billion",
         {"Profit after net financial items 1.39 billion crowns", "vs 1.32 billion"}},
        {"shr 26 cts vs 18 cts  net 5,281,000 vs 3,496,000", {"shr 26 cts vs 18 cts", "net 5,281,000 vs 3,496,000"}},
        {"The company said its net profit in the first quarter of this year rose to 5.2 mln dlrs  from 3.1 mln a year ago.",
         {"The company said its net profit in the first quarter of this year rose to 5.2 mln dlrs  from 3.1 mln a year ago."}},
        // The article "A" opening a sentence glued to a date.
        {"It withdrew its takeover bid on February 9.A BankAmerica spokesman said approval is taking longer.",
         {"It withdrew its takeover bid on February 9.", "A BankAmerica spokesman said approval is taking longer."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs({c.in}, "", true), c.out) << c.in;
}

// A straight quote glued on both sides ('legislation."Several') may close a quotation or open the
// next paragraph's (news style leaves a quotation running over paragraphs open at each paragraph's
// end): with no quotation open before it, it opens; else the next quote whose shape says which
// decides. Cases from scrapes of Reuters-21578.
TEST(GluedSentenceEnds, QuotesTable) {
    const TextCase cases[] = {
        {"\"The current bill has been in place for just a year, more is gained from maintaining the legislation."
         "\"Several studies indicate the bill is better,\" Kleckner said.",
         {"\"The current bill has been in place for just a year, more is gained from maintaining the legislation.",
          "\"Several studies indicate the bill is better,\" Kleckner said."}},
        {"he said \"this was a deceptive budget. We think it wiser to alleviate poverty.\"Steel said \"the cunning thing is "
         "the timing.\"",
         {"he said \"this was a deceptive budget. We think it wiser to alleviate poverty.\"",
          "Steel said \"the cunning thing is the timing.\""}},
        {"\"There was nothing ominous.\"\"The Fed couldn't have waited,\" a dealer said.",
         {"\"There was nothing ominous.\"", "\"The Fed couldn't have waited,\" a dealer said."}},
        {"\"We are not advising any massive inspections at this time.\"The advisory alerts operators of a problem."
         "\"A 'service bulletin' would be sent out,\" the spokesman said.",
         {"\"We are not advising any massive inspections at this time.\"", "The advisory alerts operators of a problem.",
          "\"A 'service bulletin' would be sent out,\" the spokesman said."}},
        // A quotation opening in lowercase (a fragment quoted as the paragraph's start).
        {"hoping for a rise on terms to quit today, a union leader said.\"none of the employees who have decided to "
         "quit will be paid,\" he added.",
         {"hoping for a rise on terms to quit today, a union leader said.",
          "\"none of the employees who have decided to quit will be paid,\" he added."}},
        // A quotation opening right after a company or an acronym.
        {"a buyout led by First Boston Inc.\"Following the agreement, the company was informed,\" it said.",
         {"a buyout led by First Boston Inc.", "\"Following the agreement, the company was informed,\" it said."}},
        {"fan inflationary expectations in the U.S.\"That's why Baker did not fail to add it,\" the official said.",
         {"fan inflationary expectations in the U.S.", "\"That's why Baker did not fail to add it,\" the official said."}},
        // A quotation opening with an acronym or a name in capitals.
        {"the price could rise another dollar as inventories fall.\"OPEC is keeping its production down,\" he said.",
         {"the price could rise another dollar as inventories fall.", "\"OPEC is keeping its production down,\" he said."}},
        {"Komatsu said the move will pay off in time.\"U.S. Regulations will change in the near future,\" he said.",
         {"Komatsu said the move will pay off in time.", "\"U.S. Regulations will change in the near future,\" he said."}},
        // No quotation before the glued quote, or a closed one: nothing for it to close, it opens
        // the next paragraph, even when that paragraph never closes its quotation.
        {"Third World countries would suffer from the failure of the London coffee talks.\"It is only the middlemen "
         "who will benefit, he said.",
         {"Third World countries would suffer from the failure of the London coffee talks.",
          "\"It is only the middlemen who will benefit, he said."}},
        {"next year could be a \"bonanza,\" analysts say.\"There is no reason to sell now, one said.",
         {"next year could be a \"bonanza,\" analysts say.", "\"There is no reason to sell now, one said."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs({c.in}, "", true), c.out) << c.in;
}

// Table rows glued without punctuation, whose shape (numbers, words in capitals, capitalised and
// lowercase words, in order) is that of another row: cases from scrapes of Reuters-21578 tables
// whose line for the next row went missing.
TEST(GluedRows, ByShapeTable) {
    const ParagraphsCase cases[] = {
        // Rows of the same shape glued to each other, or to a row like another line of the article.
        {{"1 month 5-7/8", "two 5-7/8three 5-7/8six 5-7/8"}, {"1 month 5-7/8", "two 5-7/8", "three 5-7/8", "six 5-7/8"}},
        {{"LONDON CDS MORNING -APRIL 7", "six 9-1/2 3/8nine 9-1/2 3/8", "twelve 9-3/8 1/4"},
         {"LONDON CDS MORNING -APRIL 7", "six 9-1/2 3/8", "nine 9-1/2 3/8", "twelve 9-3/8 1/4"}},
        {{"COFFEE OFFICIAL VOLUME FOR APRIL 6", "MAY 1414JLY 1199", "SEP 289"},
         {"COFFEE OFFICIAL VOLUME FOR APRIL 6", "MAY 1414", "JLY 1199", "SEP 289"}},
        // A heading in capitals glued to a row.
        {{"LME LEAD AFT 1ST RING 1527 - APR 7", "LAST BUYER SELLERCash -- -- --", "3 Months 302.0 301.0 302.0"},
         {"LME LEAD AFT 1ST RING 1527 - APR 7", "LAST BUYER SELLER", "Cash -- -- --", "3 Months 302.0 301.0 302.0"}},
        {{"SIX MTHSShr loss 66 cts vs loss 86 cts", "Net loss 1.2 mln"}, {"SIX MTHS", "Shr loss 66 cts vs loss 86 cts", "Net loss 1.2 mln"}},
        {{"It sells the NEW CADDstation Plus.", "Net 1.1 mln"}, {"It sells the NEW CADDstation Plus.", "Net 1.1 mln"}},
        // A rule of dashes glued to the next line.
        {{"Daily div 2.9 cts vs 2.9 cts", "---LORD ABBETT U.S. GOVERNMENT SECURITIES FUND"},
         {"Daily div 2.9 cts vs 2.9 cts", "---", "LORD ABBETT U.S. GOVERNMENT SECURITIES FUND"}},
        // "A" opening a sentence after a name in angle brackets.
        {{"The merger was submitted March one by <MCV Holdings Inc>.A spokeswoman was unable to say more.", "Net 1.1 mln"},
         {"The merger was submitted March one by <MCV Holdings Inc>.", "A spokeswoman was unable to say more.", "Net 1.1 mln"}},
        // After a run of spaces, a title glued to a number that opens the next line.
        {{"Net 1.1 mln", "Rates were unchanged.  Regulators step in151-349 days 5.00 pct 5.00 pct"},
         {"Net 1.1 mln", "Rates were unchanged.", "Regulators step in", "151-349 days 5.00 pct 5.00 pct"}},
        {{"Net 1.1 mln", "It rose.  Sales of the mp3 players rose 5 pct."}, {"Net 1.1 mln", "It rose.", "Sales of the mp3 players rose 5 pct."}},
        // A heading in capitals glued to a row opening with a figure; codes stay whole.
        {{"CHOICE HEIFERS500/550 88A unch", "550/600 87-88 unch"}, {"CHOICE HEIFERS", "500/550 88A unch", "550/600 87-88 unch"}},
        {{"NYSE-CONSOLIDATED 1200 ACTIVES5,423,600 GCA CP 7/32 OFF 1/32", "Net 1.1 mln"},
         {"NYSE-CONSOLIDATED 1200 ACTIVES", "5,423,600 GCA CP 7/32 OFF 1/32", "Net 1.1 mln"}},
        {{"OPEN P SETT MAY7 10230L SUGAR11 3.5 A320 1.5", "Net 1.1 mln"}, {"OPEN P SETT MAY7 10230L SUGAR11 3.5 A320 1.5", "Net 1.1 mln"}},
        // A line announcing a table with a dash, glued to its first row; the source's dashes stay.
        {{"Pretax profit includes -Agribusiness 28.3 mln vs 22.5 mln", "Net 1.1 mln"},
         {"Pretax profit includes -", "Agribusiness 28.3 mln vs 22.5 mln", "Net 1.1 mln"}},
        {{"Libra is a consortium bank --National Westminster Bank Plc, Chase Manhattan Bank N.A.", "Alfa -Laval AB <ALFS ST>.",
          "Net 1.1 mln"},
         {"Libra is a consortium bank --National Westminster Bank Plc, Chase Manhattan Bank N.A.", "Alfa -Laval AB <ALFS ST>.",
          "Net 1.1 mln"}},
        // Plurals of acronyms are one word.
        {{"MMDAs...(Commercial Bank Only)..378.2 vs 379.1", "Savings deposits 1.2 vs 1.3"},
         {"MMDAs...(Commercial Bank Only)..378.2 vs 379.1", "Savings deposits 1.2 vs 1.3"}},
        // A row's label in lowercase glued to the number that ends the row before; units,
        // ordinals and prose stay whole.
        {{"MALAYSIAN RUBBER 1300 - april 7quiet ones may 227.50 229.50", "jne 228.00 230.00"},
         {"MALAYSIAN RUBBER 1300 - april 7", "quiet ones may 227.50 229.50", "jne 228.00 230.00"}},
        {{"one month 4 7/8 - 4 3/4two months 5 1/8 - 5", "STG 9.5"}, {"one month 4 7/8 - 4 3/4", "two months 5 1/8 - 5", "STG 9.5"}},
        {{"2 days 1 mth 3 mths 6mths us 5-3/4 6-3/8", "a choice of 5/8ths or the alternative, he said", "the yen, 0speculation had arisen in currency markets here"},
         {"2 days 1 mth 3 mths 6mths us 5-3/4 6-3/8", "a choice of 5/8ths or the alternative, he said", "the yen, 0speculation had arisen in currency markets here"}},
        // In a glued body a run of spaces after a number is a break too.
        {{"one 51/49", "two 91/89  three 131/128"}, {"one 51/49", "two 91/89", "three 131/128"}},
        // Units written against each number, typos of a row label and names stay whole.
        {{"CALL 1MTH 3MTHS 6MTHS", "STG 10.5 10.6"}, {"CALL 1MTH 3MTHS 6MTHS", "STG 10.5 10.6"}},
        {{"Net 1.1 mln vs 941,000", "REvs 8.9 mln vs 10.3 mln", "Pay May 5"},
         {"Net 1.1 mln vs 941,000", "REvs 8.9 mln vs 10.3 mln", "Pay May 5"}},
        {{"He flew 747s and F16s to 3Com headquarters.", "Net 1.1 mln"}, {"He flew 747s and F16s to 3Com headquarters.", "Net 1.1 mln"}},
        {{"He stressed the   point.", "Net 1.1 mln"}, {"He stressed the   point.", "Net 1.1 mln"}},
        // Inside a long sentence without figures a capital after a word is the source's own
        // (a name, a typo), not a paragraph end; a note or row with figures runs on without a
        // full stop, so there it still ends one.
        {{"Rocky Mountain Medical Corp said the Baby News Store chain will carry its tenderCare line of diapers.", "Net 1.1 mln"},
         {"Rocky Mountain Medical Corp said the Baby News Store chain will carry its tenderCare line of diapers.", "Net 1.1 mln"}},
        {{"The interfaces will allow the new machines to be integrated into existing 3System workgroup systems, 3Com said.",
          "Net 1.1 mln"},
         {"The interfaces will allow the new machines to be integrated into existing 3System workgroup systems, 3Com said.",
          "Net 1.1 mln"}},
        {{"Excluding revenue of a capital nature the budget would show a deficit of 1.27 billion dlrs, Douglas saidUsing "
          "this method the deficit was 1.89 billion.",
          "Net 1.1 mln"},
         {"Excluding revenue of a capital nature the budget would show a deficit of 1.27 billion dlrs, Douglas said",
          "Using this method the deficit was 1.89 billion.", "Net 1.1 mln"}},
        // A sentence glued after an acronym opens with a word the article uses, never after it.
        {{"Japan and Taiwan have large trade surpluses with the U.S.Wang said the government would act.",
          "Wang Chao-ming told Reuters the reserves were high."},
         {"Japan and Taiwan have large trade surpluses with the U.S.", "Wang said the government would act.",
          "Wang Chao-ming told Reuters the reserves were high."}},
        {{"The book by J.R.R.Tolkien sold well.", "A biography of Tolkien appeared."},
         {"The book by J.R.R.Tolkien sold well.", "A biography of Tolkien appeared."}},
        {{"Output at U.S.Steel rose by a third.", "U.S. Steel said output rose."},
         {"Output at U.S.Steel rose by a third.", "U.S. Steel said output rose."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs(c.in, "", true), c.out) << c.in[0];
}

TEST(Glued, GluedSourceUsesTheArticle) {
    // "Shr" opens another paragraph of the article, so "YearShr" is a table header glued to a row;
    // "Webber" opens none, so "PaineWebber" stays a name.
    Pieces paragraphs = {"Qtr", "Shr 12 cts vs 10 cts", "Net 1.2 mln vs 1.0 mln", "YearShr 50 cts vs 41 cts",
                         "Net 5.1 mln vs 4.0 mln", "Leigh Stevens of PaineWebber Group Inc said so."};
    EXPECT_EQ(split_glued_paragraphs(paragraphs, "", true),
              (Pieces{"Qtr", "Shr 12 cts vs 10 cts", "Net 1.2 mln vs 1.0 mln", "Year", "Shr 50 cts vs 41 cts",
                      "Net 5.1 mln vs 4.0 mln", "Leigh Stevens of PaineWebber Group Inc said so."}));
    // A glued sentence after an acronym, opening with a word that opens sentences elsewhere.
    Pieces usa = {"Trade tensions grew between Japan and the U.S.Volcker said the dollar fell.",
                  "Volcker spoke in Washington."};
    EXPECT_EQ(split_glued_paragraphs(usa, "", true),
              (Pieces{"Trade tensions grew between Japan and the U.S.", "Volcker said the dollar fell.",
                      "Volcker spoke in Washington."}));
}

TEST(Glued, GluedSourceRowsAndSentenceEnds) {
    // Scrapes of Reuters-21578 articles whose line for the next paragraph went missing: the
    // boundary has only the shape of the junction to go on.
    const TextCase cases[] = {
        // A lowercase word into a capital that opens a word: a letter, a possessive, a row code.
        {"Market reactionS and P affirmed the company's rating.", {"Market reaction", "S and P affirmed the company's rating."}},
        {"Regulators step inBrazil's 1986/87 soybean exports rose.", {"Regulators step in", "Brazil's 1986/87 soybean exports rose."}},
        // A number into a word of capitals; a table's row code into the row before.
        {"SEP7 277 UP 1DEC7 -- --", {"SEP7 277 UP 1", "DEC7 -- --"}},
        {"MAY 1414JLY 1199", {"MAY 1414", "JLY 1199"}},
        {"OPEN P SETTMAY7 10230L 10250H", {"OPEN P SETT", "MAY7 10230L 10250H"}},
        {"Wheat 2.62 2.40 IV 4.65 --V 4.65 --", {"Wheat 2.62 2.40 IV 4.65 --", "V 4.65 --"}},
        {"Over the next two days it expects --2/26 2/27", {"Over the next two days it expects --", "2/26 2/27"}},
        {"agreed on four points:1) Regular price reviews will be held.", {"agreed on four points:", "1) Regular price reviews will be held."}},
        // A heading before a table row or a dated row.
        {"The view from TokyoNet 439,100 vs 259,948", {"The view from Tokyo", "Net 439,100 vs 259,948"}},
        {"The view from TokyoRecord April 10", {"The view from Tokyo", "Record April 10"}},
        // After a run of spaces, where the seed's scraper puts its headings, any whole word ends one.
        {"He said so.  Concerns in WashingtonHyman, delivering a speech, said more.",
         {"He said so.", "Concerns in Washington", "Hyman, delivering a speech, said more."}},
        {"Revs 3,487,693 vs 2,123,488  YearOper shr 75 cts vs 41 cts", {"Revs 3,487,693 vs 2,123,488", "Year", "Oper shr 75 cts vs 41 cts"}},
        {"Std Cash -- -- --3 Months -- -- --", {"Std Cash -- -- --", "3 Months -- -- --"}},
        {"Avg shrs 3,148,000 vs 3,011,0001st half", {"Avg shrs 3,148,000 vs 3,011,000", "1st half"}},
        // Sentence ends: an acronym in capitals, a decade, a fraction, a date, a space before the
        // period; sentences opening with initials, a bracketed name or in lowercase.
        {"Seemala told the SEC.Under the planned repayment scheme, noteholders gain.",
         {"Seemala told the SEC.", "Under the planned repayment scheme, noteholders gain."}},
        {"a reform package for the 1990s.He confirmed it.", {"a reform package for the 1990s.", "He confirmed it."}},
        {"Morris gained 1-3/4 to 88-1/4.First Boston's analyst was unavailable.",
         {"Morris gained 1-3/4 to 88-1/4.", "First Boston's analyst was unavailable."}},
        {"to a year from March 1.Siaahan said Zaire will join.", {"to a year from March 1.", "Siaahan said Zaire will join."}},
        {"of the Inter American Development Bank .In Brasilia, sources said so.",
         {"of the Inter American Development Bank .", "In Brasilia, sources said so."}},
        {"Fidelity Bank and Trust.S and P cited the merger.", {"Fidelity Bank and Trust.", "S and P cited the merger."}},
        {"the news agency Bernama reported.<Syarikat Telekom Malaysia Bhd> will list.",
         {"the news agency Bernama reported.", "<Syarikat Telekom Malaysia Bhd> will list."}},
        {"limited supply, the usda said.steers - choice 2-4 975-1250 lbs",
         {"limited supply, the usda said.", "steers - choice 2-4 975-1250 lbs"}},
        // Names, product codes and units stay whole.
        {"He bought the 767-300ER twinjets and two 747s at 8AM.", {"He bought the 767-300ER twinjets and two 747s at 8AM."}},
        {"It also unveiled the SP ScanJet, a flatbed desktop device.", {"It also unveiled the SP ScanJet, a flatbed desktop device."}},
        {"Both LAN's include FlashTalk, a recently announced architecture.",
         {"Both LAN's include FlashTalk, a recently announced architecture."}},
        {"Leigh Stevens of PaineWebber Group Inc said so.", {"Leigh Stevens of PaineWebber Group Inc said so."}},
        {"Oper net profit 3,342,0000 vs profit 318,000", {"Oper net profit 3,342,0000 vs profit 318,000"}},
        {"It said TA owns shares in Imperial Continental Gas Association.<ICGS.L>.",
         {"It said TA owns shares in Imperial Continental Gas Association.<ICGS.L>."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs({c.in, "JUL7 682L 683H 693"}, "", true), [&] {
        Pieces p = c.out;
        p.push_back("JUL7 682L 683H 693");
        return p;
    }()) << c.in;
    // "Net" is a word of the article: "CTSNet" is a row glued to a row.
    EXPECT_EQ(split_glued_paragraphs({"Shr loss 6.48 DLS VS PROFIT 23 CTSNet loss 110.6 mln", "Revs 1.2 mln vs net 1.0 mln"}, "", true),
              (Pieces{"Shr loss 6.48 DLS VS PROFIT 23 CTS", "Net loss 110.6 mln", "Revs 1.2 mln vs net 1.0 mln"}));
}

TEST(GluedHeadings, SetOffByARunTable) {
    // A short title after a run of spaces, glued to whatever opens the next paragraph: capitals,
    // a figure, a remark in brackets, a dash item, a lone capital, a whole capitalised word.
    const TextCase cases[] = {
        {"He said so.  The view from TokyoUSDA estimates farm subsidies will reach 25.3 billion dlrs.",
         {"He said so.", "The view from Tokyo", "USDA estimates farm subsidies will reach 25.3 billion dlrs."}},
        {"He said so.  Market reaction407,800 WESTERN DIG 25 5/8 UP 1",
         {"He said so.", "Market reaction", "407,800 WESTERN DIG 25 5/8 UP 1"}},
        {"He said so.  Pressure on prices(corrects year ago per share) Shr 12 cts",
         {"He said so.", "Pressure on prices", "(corrects year ago per share) Shr 12 cts"}},
        {"He said so.  A long road to recovery- Power tools, including certain drills.",
         {"He said so.", "A long road to recovery", "- Power tools, including certain drills."}},
        {"He said so.  What comes nextA 100,000-car reduction in output would follow.",
         {"He said so.", "What comes next", "A 100,000-car reduction in output would follow."}},
        {"He said so.  Concerns in WashingtonRep. Arlan Stangeland has expressed interest.",
         {"He said so.", "Concerns in Washington", "Rep. Arlan Stangeland has expressed interest."}},
        {"He said so.  Political falloutNon-callable for three years, the issue is priced.",
         {"He said so.", "Political fallout", "Non-callable for three years, the issue is priced."}},
        // Not headings: an apostrophe typed as a quote, a word cut at a hyphen, a name's dash, a
        // heading's own note, a ticker, a sentence (a verb), one word.
        {"He said so.  Saudi Arabia\"s Opec-assigned output quota is 4.133 mln bpd.",
         {"He said so.", "Saudi Arabia\"s Opec-assigned output quota is 4.133 mln bpd."}},
        {"He said so.  It also covered Berliner Handels- und Frankfurter Bank.",
         {"He said so.", "It also covered Berliner Handels- und Frankfurter Bank."}},
        {"He said so.  Speaking at the meeting of the Inter- American Development Bank, he agreed.",
         {"He said so.", "Speaking at the meeting of the Inter- American Development Bank, he agreed."}},
        {"Total 1.2  Domestic Debt(Dec vs Nov) 7,604.4 vs 7,512.1", {"Total 1.2", "Domestic Debt(Dec vs Nov) 7,604.4 vs 7,512.1"}},
        {"He said so.  The share price of Asahi Chemical Company<ASAT.T> rose.",
         {"He said so.", "The share price of Asahi Chemical Company<ASAT.T> rose."}},
        {"He said so.  The company is in WashingtonUSDA said.", {"He said so.", "The company is in WashingtonUSDA said."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs({c.in}, "", true), c.out) << c.in;
    // At the start of a paragraph with no run before it, only capitals or a figure end a title:
    // a capitalised word is a camel-case name's second half.
    EXPECT_EQ(split_glued_paragraphs({"The view from TokyoLAST BUYER SELLER", "Hg Cash 455.0 -- --"}, "", true),
              (Pieces{"The view from Tokyo", "LAST BUYER SELLER", "Hg Cash 455.0 -- --"}));
    for (const char* name : {"Lead underwriter PaineWebber Group Inc said so.", "Susan Hackmann of AgriAnalysis said there was some confusion.",
                             "Ecuador signed four loans from the InterAmerican Development Bank."})
        EXPECT_EQ(split_glued_paragraphs({name, "Other paragraph."}, "", true), (Pieces{name, "Other paragraph."})) << name;
    // A paragraph cut out after a promotional line keeps the mark of the run before it.
    EXPECT_EQ(split_glued_paragraphs({"Talks with creditorsBSi is a privately-held Canadian company."}, "", true, nullptr),
              (Pieces{"Talks with creditorsBSi is a privately-held Canadian company."}));
    std::vector<bool> set_off = {true};
    EXPECT_EQ(split_glued_paragraphs({"Talks with creditorsBSi is a privately-held Canadian company."}, "", true, &set_off),
              (Pieces{"Talks with creditors", "BSi is a privately-held Canadian company."}));
}

TEST(GluedSentenceEnds, MoreTable) {
    const TextCase cases[] = {
        // A company abbreviation is no host name's label.
        {"through agents Wood Gundy Inc.Net proceeds will be used for general purposes.",
         {"through agents Wood Gundy Inc.", "Net proceeds will be used for general purposes."}},
        // After a ticker, the article "A" before a capitalised word.
        {"shares of AE Plc <AENG.L>.A Stock Exchange spokeswoman said so.",
         {"shares of AE Plc <AENG.L>.", "A Stock Exchange spokeswoman said so."}},
        // A name opening with a lone capital.
        {"for the world's second biggest retailer.K Mart said the earnings rose.",
         {"for the world's second biggest retailer.", "K Mart said the earnings rose."}},
        // A designation ends a sentence.
        {"growth of 1.0 pct annualized for M-3.February levels of M-2 were lower.",
         {"growth of 1.0 pct annualized for M-3.", "February levels of M-2 were lower."}},
        // After an initial, an opener and a lowercase word.
        {"The office identified the manager only as Alex I.He said the manager is charged.",
         {"The office identified the manager only as Alex I.", "He said the manager is charged."}},
        {"Also opposing the appeal was AT and T.The appeals court ruling also allowed it.",
         {"Also opposing the appeal was AT and T.", "The appeals court ruling also allowed it."}},
        // Words in capitals on both sides.
        {"it held a 19 pct stake in NZI.NZI has 673.4 mln ordinary shares on issue.",
         {"it held a 19 pct stake in NZI.", "NZI has 673.4 mln ordinary shares on issue."}},
        {"SINCE THE FLOTATION OF THE NAIRA LAST SEPTEMBER.THE NAIRA HAS DEPRECIATED BY 60 PCT.",
         {"SINCE THE FLOTATION OF THE NAIRA LAST SEPTEMBER.", "THE NAIRA HAS DEPRECIATED BY 60 PCT."}},
        // After a date, an acronym.
        {"an additional charge would begin accruing April 1.USDA's Foreign Agricultural Service said so.",
         {"an additional charge would begin accruing April 1.", "USDA's Foreign Agricultural Service said so."}},
        // After an acronym used as a noun, a capitalised word and a lowercase one or a comma.
        {"for sale outside the U.S.Intraocular lenses are used as a replacement.",
         {"for sale outside the U.S.", "Intraocular lenses are used as a replacement."}},
        {"from overseas locations to the U.S.Initially, TNT Expressair will fly.",
         {"from overseas locations to the U.S.", "Initially, TNT Expressair will fly."}},
        // In the middle of a long sentence, a word that opens a sentence after a lowercase word.
        {"he was injured in a shooting incident at his home, police saidA police spokesman said the matter was serious.",
         {"he was injured in a shooting incident at his home, police said", "A police spokesman said the matter was serious."}},
        // Not split: names, initials, abbreviations, decimals, hosts, acronyms.
        {"the price was quoted by broker C.Czarnikow in its monthly sugar review.",
         {"the price was quoted by broker C.Czarnikow in its monthly sugar review."}},
        {"The U.S. and Brig. Gen. Smith met e.g. at 3.5 pct on jpost.com today.",
         {"The U.S. and Brig. Gen. Smith met e.g. at 3.5 pct on jpost.com today."}},
        {"Shares of Amazon.Com Inc rose in trading.", {"Shares of Amazon.Com Inc rose in trading."}},
        {"He cited the trading and the reappearance of the U.S.A as the world's leading producer.",
         {"He cited the trading and the reappearance of the U.S.A as the world's leading producer."}},
        {"J.R.R.Tolkien wrote the book in the 1950s.", {"J.R.R.Tolkien wrote the book in the 1950s."}},
        {"Under the agreement the company said that it will carry its tenderCare line of products in stores.",
         {"Under the agreement the company said that it will carry its tenderCare line of products in stores."}},
        {"U.S. Steel said \"it will not\" bid.", {"U.S. Steel said \"it will not\" bid."}},
    };
    for (const auto& c : cases)
        EXPECT_EQ(split_glued_paragraphs({c.in, "The U.S. trade deficit fell, officials said."}, "", true), [&] {
            Pieces p = c.out;
            p.push_back("The U.S. trade deficit fell, officials said.");
            return p;
        }()) << c.in;
    // A capitalised word into one that opens sentences elsewhere in the article.
    EXPECT_EQ(split_glued_paragraphs({"He named acting chairman Tom StanzelCollins was formerly a vice president.",
                                      "Collins joined the company in 1980."},
                                     "", true),
              (Pieces{"He named acting chairman Tom Stanzel", "Collins was formerly a vice president.",
                      "Collins joined the company in 1980."}));
}

// A value glued to the number opening the next row is cut where the article's values end: after
// as many decimals as they usually have, when the glued token's count is the article's only one.
TEST(GluedRows, DecimalsRunOnTable) {
    const ParagraphsCase cases[] = {
        {{"30 days 7.0060 days 7.05", "90 days 7.08", "120 days 7.12"},
         {"30 days 7.00", "60 days 7.05", "90 days 7.08", "120 days 7.12"}},
        // Values of four decimals are the article's own.
        {{"us 1.5128 1.5135", "uk 1.6187 1.6194", "can 1.1573 1.1589"}, {"us 1.5128 1.5135", "uk 1.6187 1.6194", "can 1.1573 1.1589"}},
        // A value of one decimal more than the others is no row ("vs 1.45 dlrs").
        {{"Shr 81 cts vs 1.45 dlrs", "Net 1.2 mln vs 2.3 mln", "Revs 10.1 mln vs 9.7 mln"},
         {"Shr 81 cts vs 1.45 dlrs", "Net 1.2 mln vs 2.3 mln", "Revs 10.1 mln vs 9.7 mln"}},
        // Too few values to say how many decimals they have.
        {{"Composite daily price 98.2915 day average 99.17"}, {"Composite daily price 98.2915 day average 99.17"}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs(c.in, "", true), c.out) << c.in.front();
}

// Cleaner version 7: junctions found by the article's own words and by the shape of its rows, in
// text known to be glued. Cases from scrapes of Reuters-21578; each rule has a case that stays whole.
TEST(Glued, ArticleVocabularyTable) {
    const ParagraphsCase cases[] = {
        // A price's fraction run into the next row's number; a ratio that is no price stays whole.
        {{"806,200 WICKES COS 4 1/8 OFF 1/8599,500 WESTERN DIG 25 UP 3/8"},
         {"806,200 WICKES COS 4 1/8 OFF 1/8", "599,500 WESTERN DIG 25 UP 3/8"}},
        {{"a 5/10,000 ratio"}, {"a 5/10,000 ratio"}},
        // A lowercase word run into a decimal that opens a row; not after a verb (a typo).
        {{"5.00 pct 92-176 days5.83 pct 177-183 days"}, {"5.00 pct 92-176 days", "5.83 pct 177-183 days"}},
        {{"It said total proceeds to the fund from the 21 mln shares was195.3 mn dlrs."},
         {"It said total proceeds to the fund from the 21 mln shares was195.3 mn dlrs."}},
        // "said" runs into a capital even inside a long sentence.
        {{"These delays were caused by a shortage of railway wagons in Uganda and bottlenecks on the ferries, the sources "
          "saidMarketing Minister John Sebaana-Kizito publicly acknowledged the delays."},
         {"These delays were caused by a shortage of railway wagons in Uganda and bottlenecks on the ferries, the sources said",
          "Marketing Minister John Sebaana-Kizito publicly acknowledged the delays."}},
        // A dated row after "N.A."; a month after an acronym is no row ("N.Y.May").
        {{"Qtly div five cts vs N.A.Payable April two", "Record March 20"},
         {"Qtly div five cts vs N.A.", "Payable April two", "Record March 20"}},
        {{"It terminated an agreement to buy the four Dey Brothers Stores in Syracuse, N.Y.May and Allied said conditions were not met."},
         {"It terminated an agreement to buy the four Dey Brothers Stores in Syracuse, N.Y.May and Allied said conditions were not met."}},
        // After a dotted acronym, capitals that open other sentences, or a possessive name.
        {{"Last year it formed a joint venture called Alcatel N.V.ITT retained a 37 pct interest in the venture.",
          "ITT said the venture would grow."},
         {"Last year it formed a joint venture called Alcatel N.V.", "ITT retained a 37 pct interest in the venture.",
          "ITT said the venture would grow."}},
        {{"He said the U.S.SEC staff would review the filing."}, {"He said the U.S.SEC staff would review the filing."}},
        {{"He hoped it would not hurt the parent company's exports to the U.S.Toshiba's 50-pct subsidiary was charged.",
          "Toshiba said the U.S. market was important."},
         {"He hoped it would not hurt the parent company's exports to the U.S.", "Toshiba's 50-pct subsidiary was charged.",
          "Toshiba said the U.S. market was important."}},
        {{"Sales to the U.S.Treasury's agencies rose.", "The U.S. Treasury's auction was held."},
         {"Sales to the U.S.Treasury's agencies rose.", "The U.S. Treasury's auction was held."}},
        // Lettered notes, dash items, remarks in brackets.
        {{"(A) - Firm sales to a declared destination.(B) - Ultimate destination not yet declared."},
         {"(A) - Firm sales to a declared destination.", "(B) - Ultimate destination not yet declared."}},
        {{"Main destinations were as follows, with comparative figures for 1986 in brackets -EC 5,500 (7,900), Brazil 5,200."},
         {"Main destinations were as follows, with comparative figures for 1986 in brackets -", "EC 5,500 (7,900), Brazil 5,200."}},
        {{"LONDON INTERBANK STERLING OPENING -APRIL 7", "overnight 10-1/8 10"},
         {"LONDON INTERBANK STERLING OPENING -APRIL 7", "overnight 10-1/8 10"}},
        {{"- 8-1/4 pct bonds due March 1, 1997,- 8-1/2 pct bonds due June 1, 2011."},
         {"- 8-1/4 pct bonds due March 1, 1997,", "- 8-1/2 pct bonds due June 1, 2011."}},
        {{"-- sorghum 585,552 acres-- cotton 417,893 acres"}, {"-- sorghum 585,552 acres", "-- cotton 417,893 acres"}},
        {{"flights to three airports--Dallas, Houston and Austin -- were cut, the airline said."},
         {"flights to three airports--Dallas, Houston and Austin -- were cut, the airline said."}},
        {{"Sales 22.6 mln vs 26.3 mln(Mouduline International Inc)"}, {"Sales 22.6 mln vs 26.3 mln", "(Mouduline International Inc)"}},
        {{"Debt(Dec vs Nov)", "Rose 1.2 pct"}, {"Debt(Dec vs Nov)", "Rose 1.2 pct"}},
        // Capitals cut between a heading's last word and a row: both words of the article, or the
        // heading's word and a row shaped as the article's; names and month ranges stay whole.
        {{"IMPORTS ALLOCATIONS", "ARGENTINA nil 39,130", "IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "GUYANA nil 10,920"},
         {"IMPORTS ALLOCATIONS", "ARGENTINA nil 39,130", "IMPORTS ALLOCATIONS", "GUATEMALA nil 43,680", "GUYANA nil 10,920"}},
        {{"1,660,200 GENCORP 117 3/4 OFF 1/4", "2,058,300 GEN MOTORS 83 UP 1 1/2", "3,009,300 USX CORP 29 3/8 UP 1/8"},
         {"1,660,200 GENCORP 117 3/4 OFF 1/4", "2,058,300 GEN MOTORS 83 UP 1 1/2", "3,009,300 USX CORP 29 3/8 UP 1/8"}},
        {{"OCTDEC 189.25 189.75", "JANMARCH 189.75 190.25 APRILJUNE 190.75 191.25"},
         {"OCTDEC 189.25 189.75", "JANMARCH 189.75 190.25 APRILJUNE 190.75 191.25"}},
        // A headline run into its dateline; a dateline that opens the text stays whole.
        {{"NATIONAL GUARDIAN ACQUIRES ALARM FIRMGREENWICH, Conn., National Guardian Corp said it acquired a fire alarm firm."},
         {"NATIONAL GUARDIAN ACQUIRES ALARM FIRM", "GREENWICH, Conn., National Guardian Corp said it acquired a fire alarm firm."}},
        {{"WASHINGTON, March 26 - Federal Reserve Board Chairman Paul Volcker said it was time to act.", "The Fed was acting."},
         {"WASHINGTON, March 26 - Federal Reserve Board Chairman Paul Volcker said it was time to act.", "The Fed was acting."}},
        // A unit run into a lowercase row's label; a compound after a year stays whole.
        {{"shr 26 cts vs 18 ctsnet 5,281,000 vs 3,496,000", "net 1.2 mln vs 1.1 mln"},
         {"shr 26 cts vs 18 cts", "net 5,281,000 vs 3,496,000", "net 1.2 mln vs 1.1 mln"}},
        {{"It has reduced its borrowings from 120 mln dlrs at 1986 yearend to 68.5 mln dlrs in recent weeks.", "The end is near."},
         {"It has reduced its borrowings from 120 mln dlrs at 1986 yearend to 68.5 mln dlrs in recent weeks.", "The end is near."}},
        // A title set off by a run of spaces run into a lowercase row; a site's line stays whole.
        {{"Shr 1.02 dlrs vs 90 cts", "Net 2.1 mln vs 1.9 mln  A shift in strategynet loss 1.16 billion vs profit 301.8 mln"},
         {"Shr 1.02 dlrs vs 90 cts", "Net 2.1 mln vs 1.9 mln", "A shift in strategy", "net loss 1.16 billion vs profit 301.8 mln"}},
        {{"Qtly div eights cts vs 7.5 cts prior   Trusted by island readers since 1975", "and a reader"},
         {"Qtly div eights cts vs 7.5 cts prior", "Trusted by island readers since 1975", "and a reader"}},
        {{"Avg shrs 4,249,221 vs 4,218,754  Concerns in WashingtonYear", "Oper shr 33 cts in year."},
         {"Avg shrs 4,249,221 vs 4,218,754", "Concerns in Washington", "Year", "Oper shr 33 cts in year."}},
        {{"Avg shrs 4,249,221 vs 4,218,754  Concerns in WashingtonPost", "Oper shr 33 cts in year."},
         {"Avg shrs 4,249,221 vs 4,218,754", "Concerns in WashingtonPost", "Oper shr 33 cts in year."}},
        // A period heading run into a row's label, in capitals too; a camel-case name stays whole.
        {{"Shr 48 cts vs 38 cts", "YearShr 85 cts vs eight cts"}, {"Shr 48 cts vs 38 cts", "Year", "Shr 85 cts vs eight cts"}},
        {{"Shr 48 cts vs 38 cts", "Occidental said its MidCon unit earned 50 mln dlrs."},
         {"Shr 48 cts vs 38 cts", "Occidental said its MidCon unit earned 50 mln dlrs."}},
        {{"Revs 47.4 mln vs 32.9 mlnYEARShr 58 cts vs 54 cts", "Shr 21 cts vs 10 cts"},
         {"Revs 47.4 mln vs 32.9 mln", "YEAR", "Shr 58 cts vs 54 cts", "Shr 21 cts vs 10 cts"}},
        {{"Final dividend 5.5p, making 7.5p vs 6.2pPre-tax profit 39.4 mln stg vs 29.7 mln."},
         {"Final dividend 5.5p, making 7.5p vs 6.2p", "Pre-tax profit 39.4 mln stg vs 29.7 mln."}},
    };
    for (const auto& c : cases) EXPECT_EQ(split_glued_paragraphs(c.in, "", true), c.out) << c.in.back();
}

}  // namespace newsarc
