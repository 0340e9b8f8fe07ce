// Tests of each family of glued-text rules on its own: called directly through its internal header
// where it has a piece-level entry point, else through split_glued_paragraphs with only that family
// switched on; and, for each, a case whose split goes when the family is switched off.
// (glued_test.cc tests the entry points with every family on.)
#include <gtest/gtest.h>

#include "common/clean/glued.h"
#include "common/clean/glued_headings.h"
#include "common/clean/glued_rows.h"
#include "common/clean/glued_sentences.h"
#include "common/clean/glued_space_runs.h"
#include "common/clean/glued_vocabulary.h"

namespace newsarc {
namespace {

using Pieces = std::vector<std::string>;

// A row of the tables below: a piece, the article it comes from (one paragraph a line; empty:
// unknown) and the pieces it splits into.
struct ContextCase {
    const char* in;
    const char* context;
    Pieces out;
};

// Paragraphs of a body known to be glued and the pieces they split into.
struct ParagraphsCase {
    Pieces in, out;
};

GluedRules only(bool GluedRules::*family) {
    GluedRules rules{false, false, false, false, false, false};
    rules.*family = true;
    return rules;
}

GluedRules without(bool GluedRules::*family) {
    GluedRules rules;
    rules.*family = false;
    return rules;
}

Pieces glued_body(const Pieces& paragraphs, const GluedRules& rules) {
    return split_glued_paragraphs(paragraphs, "", true, nullptr, rules);
}

// The pieces of `s` cut at `cuts`.
Pieces cut(std::string_view s, const std::vector<std::size_t>& cuts) {
    Pieces out;
    std::size_t start = 0;
    for (auto at : cuts) {
        out.emplace_back(s.substr(start, at - start));
        start = at;
    }
    out.emplace_back(s.substr(start));
    return out;
}

TEST(GluedFamilies, NamesSwitchFamiliesOff) {
    GluedRules rules;
    for (std::string_view family : {"space_runs", "sentence_ends", "junctions", "headings", "rows", "vocabulary"})
        EXPECT_TRUE(switch_off_glued_family(rules, family)) << family;
    EXPECT_FALSE(rules.space_runs || rules.sentence_ends || rules.junctions || rules.headings || rules.rows || rules.vocabulary);
    EXPECT_FALSE(switch_off_glued_family(rules, "quotes"));
    EXPECT_EQ(glued_family_names(), "space_runs, sentence_ends, junctions, headings, rows, vocabulary");
}

TEST(GluedFamilies, MeasurementRulesApplyToTheEntryPointsWithoutRules) {
    const char* text = "a ceasefire deal.Russia has not been an active part.";
    set_glued_rules_for_measurement(without(&GluedRules::sentence_ends));
    EXPECT_EQ(split_glued(text), Pieces{text});
    set_glued_rules_for_measurement(GluedRules{});
    EXPECT_EQ(split_glued(text), (Pieces{"a ceasefire deal.", "Russia has not been an active part."}));
}

TEST(GluedSpaceRuns, Table) {
    struct Case {
        const char* in;
        bool glued;
        Pieces out;
    };
    const Case cases[] = {
        {"said.   Stay updated  Subscribe Now", false, {"said.", "Stay updated", "Subscribe Now"}},
        {"One.\tTwo.", false, {"One.", "Two."}},
        {"today  (corrects from 24.53)", false, {"today", "(corrects from 24.53)"}},
        // In glued text, a run after a number or between two short rows with figures.
        {"two 91/89  three 131/128", true, {"two 91/89", "three 131/128"}},
        {"shr 26 cts vs 18 cts  net 5,281,000 vs 3,496,000", true, {"shr 26 cts vs 18 cts", "net 5,281,000 vs 3,496,000"}},
        // Whole: a stray run inside a sentence; a run after a number in text not known to be glued.
        {"He stressed the   point.", false, {"He stressed the   point."}},
        {"two 91/89  three 131/128", false, {"two 91/89  three 131/128"}},
        {"The company said its net profit in the first quarter of this year rose to 5.2 mln dlrs  from 3.1 mln a year ago.", true,
         {"The company said its net profit in the first quarter of this year rose to 5.2 mln dlrs  from 3.1 mln a year ago."}},
    };
    for (const auto& c : cases) EXPECT_EQ(glued::split_space_runs(c.in, c.glued), c.out) << c.in;
}

TEST(GluedSentenceEnds, Table) {
    const ContextCase cases[] = {
        {"a ceasefire deal.Russia has not been an active part.", "", {"a ceasefire deal.", "Russia has not been an active part."}},
        {"He left.\"We will return,\" she said.", "", {"He left.", "\"We will return,\" she said."}},
        {"“We mourn,” he said.”Netanyahu spoke.", "", {"“We mourn,” he said.”", "Netanyahu spoke."}},
        // With the article known: less usual ends and openings of glued text.
        {"said bookrunner Drexel Burnham Lambert Inc.Junk bond traders said so.", "x",
         {"said bookrunner Drexel Burnham Lambert Inc.", "Junk bond traders said so."}},
        {"Trade grew with the U.S.Volcker said the dollar fell.", "Volcker spoke in Washington.\nThe U.S. deficit rose.",
         {"Trade grew with the U.S.", "Volcker said the dollar fell."}},
        {"limited supply, the usda said.steers - choice 2-4", "x", {"limited supply, the usda said.", "steers - choice 2-4"}},
        // Whole: abbreviations, initials, acronyms, decimals, host names, names the article repeats.
        {"Brig.Gen.Roman Gofman returned.", "", {"Brig.Gen.Roman Gofman returned."}},
        {"The U.S.Army said so.", "", {"The U.S.Army said so."}},
        {"Growth was 3.5 percent, says jpost.com today.", "", {"Growth was 3.5 percent, says jpost.com today."}},
        {"Samsung Electronics Co.Ltd said it would.", "x", {"Samsung Electronics Co.Ltd said it would."}},
        {"Output at U.S.Steel rose by a third.", "U.S. Steel said output rose.", {"Output at U.S.Steel rose by a third."}},
        {"limited supply, the usda said.steers - choice 2-4", "", {"limited supply, the usda said.steers - choice 2-4"}},
    };
    for (const auto& c : cases) EXPECT_EQ(glued::split_sentence_glue(c.in, c.context), c.out) << c.in;
}

TEST(GluedJunctions, TableWithOnlyJunctions) {
    const ParagraphsCase cases[] = {
        {{"Oper shr profit 11 cts vs loss 27 ctsOper net profit 662,625"}, {"Oper shr profit 11 cts vs loss 27 cts", "Oper net profit 662,625"}},
        {{"Net profit 363,000 vs loss 197,000Revs 3,761,000"}, {"Net profit 363,000 vs loss 197,000", "Revs 3,761,000"}},
        {{"Revs 82.0 mln vs 54.5 mlnNOTE: Excludes income."}, {"Revs 82.0 mln vs 54.5 mln", "NOTE: Excludes income."}},
        {{"Revs 45.6 mln vs 31.6 mln12 mths Shr 1.10 dlrs"}, {"Revs 45.6 mln vs 31.6 mln", "12 mths Shr 1.10 dlrs"}},
        {{"Questions over funding\"They will not meet now,\" Mizrahi said."},
         {"Questions over funding", "\"They will not meet now,\" Mizrahi said."}},
        {{"with the Securities and Exchange Commission:Audiotronics Corp - Shelf offering"},
         {"with the Securities and Exchange Commission:", "Audiotronics Corp - Shelf offering"}},
        {{"nil unch.........Matched sales....4,920"}, {"nil unch.........", "Matched sales....4,920"}},
        // Whole: names the article repeats, known camel-case names, particles, units against numbers.
        {{"He noted CityBank's purchase. \"CityBank is moving rapidly,\" he said."},
         {"He noted CityBank's purchase. \"CityBank is moving rapidly,\" he said."}},
        {{"McDonald said the iPhone and YouTube videos were fine."}, {"McDonald said the iPhone and YouTube videos were fine."}},
        {{"They met deRose and the duPont heirs."}, {"They met deRose and the duPont heirs."}},
        {{"CALL 1MTH 3MTHS 6MTHS"}, {"CALL 1MTH 3MTHS 6MTHS"}},
    };
    for (const auto& c : cases) EXPECT_EQ(glued_body(c.in, only(&GluedRules::junctions)), c.out) << c.in.front();
}

TEST(GluedHeadings, Table) {
    struct Case {
        const char* in;
        const char* context;
        bool after_run;
        Pieces out;
    };
    const Case cases[] = {
        {"Strained ties between Jerusalem and MoscowTies between Jerusalem and Moscow have been strained.", "", false,
         {"Strained ties between Jerusalem and Moscow", "Ties between Jerusalem and Moscow have been strained."}},
        {"The view from TokyoUSDA estimates farm subsidies will rise.", "x", true,
         {"The view from Tokyo", "USDA estimates farm subsidies will rise."}},
        {"Market reaction407,800 WESTERN DIG 25 5/8 UP 1", "x", true, {"Market reaction", "407,800 WESTERN DIG 25 5/8 UP 1"}},
        {"Regulators step in151-349 days 5.00 pct", "x", true, {"Regulators step in", "151-349 days 5.00 pct"}},
        {"A shift in strategynet loss 1.16 billion vs profit 301.8 mln", "Shr 1.02 dlrs vs 90 cts\nnet 2.1 mln vs 1.9 mln", true,
         {"A shift in strategy", "net loss 1.16 billion vs profit 301.8 mln"}},
        // Whole: camel-case names, a sentence (a verb), a capitalised word not set off by a run.
        {"Leigh Stevens of PaineWebber Group Inc said so.", "x", false, {"Leigh Stevens of PaineWebber Group Inc said so."}},
        {"The company is in WashingtonUSDA said.", "x", true, {"The company is in WashingtonUSDA said."}},
        {"Susan Hackmann of AgriAnalysis said there was some confusion.", "x", false,
         {"Susan Hackmann of AgriAnalysis said there was some confusion."}},
    };
    for (const auto& c : cases) EXPECT_EQ(glued::split_title_glue(c.in, c.context, c.after_run, true), c.out) << c.in;
    // A one-word heading before a row's label that labels other rows; a name's second half does not.
    std::string_view year = "YearShr 85 cts vs eight cts";
    EXPECT_TRUE(glued::heading_before_row_label(year, 0, 4, "Shr", "Shr 48 cts vs 38 cts"));
    std::string_view bank = "BankAmerica 85 cts";
    EXPECT_FALSE(glued::heading_before_row_label(bank, 0, 4, "America", "Shr 48 cts vs 38 cts"));
}

TEST(GluedRows, ShapesTable) {
    const std::pair<const char*, const char*> cases[] = {
        {"two 5-7/8", "wN"}, {"LAST BUYER SELLER", "WWW"}, {"Cash -- -- --", "W---"}, {"EC 5,500 (7,900)", "WNN"},
        {"(A) - Firm", "p-W"},
    };
    for (const auto& [in, shape] : cases) EXPECT_EQ(glued::row_shape(in), shape) << in;
}

TEST(GluedRows, TableWithOnlyRows) {
    const ParagraphsCase cases[] = {
        {{"1 month 5-7/8", "two 5-7/8three 5-7/8six 5-7/8"}, {"1 month 5-7/8", "two 5-7/8", "three 5-7/8", "six 5-7/8"}},
        {{"COFFEE OFFICIAL VOLUME FOR APRIL 6", "MAY 1414JLY 1199", "SEP 289"},
         {"COFFEE OFFICIAL VOLUME FOR APRIL 6", "MAY 1414", "JLY 1199", "SEP 289"}},
        {{"CHOICE HEIFERS500/550 88A unch", "550/600 87-88 unch"}, {"CHOICE HEIFERS", "500/550 88A unch", "550/600 87-88 unch"}},
        {{"Daily div 2.9 cts vs 2.9 cts", "---LORD ABBETT U.S. GOVERNMENT SECURITIES FUND"},
         {"Daily div 2.9 cts vs 2.9 cts", "---", "LORD ABBETT U.S. GOVERNMENT SECURITIES FUND"}},
        {{"agreed on four points:1) Regular price reviews will be held."}, {"agreed on four points:", "1) Regular price reviews will be held."}},
        {{"806,200 WICKES COS 4 1/8 OFF 1/8599,500 WESTERN DIG 25 UP 3/8"},
         {"806,200 WICKES COS 4 1/8 OFF 1/8", "599,500 WESTERN DIG 25 UP 3/8"}},
        {{"NYMEX PLATINUM OPG TRENDS 7-APROPEN P SETT"}, {"NYMEX PLATINUM OPG TRENDS 7-APR", "OPEN P SETT"}},
        {{"30 days 7.0060 days 7.05", "90 days 7.08", "120 days 7.12"}, {"30 days 7.00", "60 days 7.05", "90 days 7.08", "120 days 7.12"}},
        {{"Sales 22.6 mln vs 26.3 mln(Mouduline International Inc)"}, {"Sales 22.6 mln vs 26.3 mln", "(Mouduline International Inc)"}},
        // Whole: codes, a source's dashes, a heading's own note, a month written in full, a ratio.
        {{"OPEN P SETT MAY7 10230L SUGAR11 3.5 A320 1.5", "Net 1.1 mln"}, {"OPEN P SETT MAY7 10230L SUGAR11 3.5 A320 1.5", "Net 1.1 mln"}},
        {{"flights to three airports--Dallas, Houston and Austin -- were cut."}, {"flights to three airports--Dallas, Houston and Austin -- were cut."}},
        {{"Debt(Dec vs Nov)", "Rose 1.2 pct"}, {"Debt(Dec vs Nov)", "Rose 1.2 pct"}},
        {{"LONDON GOLD CLOSING 7-APRIL 1987"}, {"LONDON GOLD CLOSING 7-APRIL 1987"}},
        {{"a 5/10,000 ratio"}, {"a 5/10,000 ratio"}},
    };
    for (const auto& c : cases) EXPECT_EQ(glued_body(c.in, only(&GluedRules::rows)), c.out) << c.in.front();
}

// The context is the article's other paragraphs; the piece is one of its lines, as in the driver.
TEST(GluedVocabulary, Table) {
    const ContextCase cases[] = {
        {"IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "IMPORTS ALLOCATIONS\nARGENTINA nil 39,130\nGUYANA nil 10,920",
         {"IMPORTS ALLOCATIONS", "GUATEMALA nil 43,680"}},
        {"shr 26 cts vs 18 ctsnet 5,281,000 vs 3,496,000", "net 1.2 mln vs 1.1 mln", {"shr 26 cts vs 18 cts", "net 5,281,000 vs 3,496,000"}},
        {"ALARM FIRMGREENWICH, Conn., National Guardian Corp said it acquired a fire alarm firm.", "",
         {"ALARM FIRM", "GREENWICH, Conn., National Guardian Corp said it acquired a fire alarm firm."}},
        // Whole: a token the article uses whole, a range of months, a compound in prose.
        {"1,660,200 GENCORP 117 3/4 OFF 1/4", "2,058,300 GEN MOTORS 83 UP 1 1/2\n3,009,300 USX CORP 29 3/8 UP 1/8",
         {"1,660,200 GENCORP 117 3/4 OFF 1/4"}},
        {"JANMARCH 189.75 190.25", "OCTDEC 189.25 189.75\nJAN 1\nMARCH 2", {"JANMARCH 189.75 190.25"}},
        {"from 120 mln dlrs at 1986 yearend to 68.5 mln dlrs", "The end is near.\nyear 1986",
         {"from 120 mln dlrs at 1986 yearend to 68.5 mln dlrs"}},
    };
    for (const auto& c : cases)
        EXPECT_EQ(cut(c.in, glued::vocabulary_cuts(c.in, std::string(c.in) + "\n" + c.context)), c.out) << c.in;
    EXPECT_EQ(glued::whole_words_any_case("Net rose; NET fell; network", "net", 5), 2u);
    EXPECT_TRUE(glued::line_has_at_edge("IMPORTS ALLOCATIONS\nGUYANA nil", "allocations", true));
}

// Switched off, a family's cuts go and nothing else changes.
TEST(GluedFamilies, SwitchedOffFamilyKeepsItsCaseWhole) {
    struct Case {
        bool GluedRules::*family;
        Pieces in, on, off;
    };
    const Case cases[] = {
        {&GluedRules::space_runs, {"Net 1.1 mln", "two 91/89  three 131/128"}, {"Net 1.1 mln", "two 91/89", "three 131/128"},
         {"Net 1.1 mln", "two 91/89  three 131/128"}},
        {&GluedRules::sentence_ends, {"Talks ended on Sunday.Officials said so."}, {"Talks ended on Sunday.", "Officials said so."},
         {"Talks ended on Sunday.Officials said so."}},
        {&GluedRules::junctions, {"Net profit 363,000 vs loss 197,000Revs 3,761,000"}, {"Net profit 363,000 vs loss 197,000", "Revs 3,761,000"},
         {"Net profit 363,000 vs loss 197,000Revs 3,761,000"}},
        {&GluedRules::headings, {"He said so.  Concerns in WashingtonHyman, delivering a speech, said more."},
         {"He said so.", "Concerns in Washington", "Hyman, delivering a speech, said more."},
         {"He said so.", "Concerns in WashingtonHyman, delivering a speech, said more."}},
        {&GluedRules::rows, {"1 month 5-7/8", "two 5-7/8three 5-7/8"}, {"1 month 5-7/8", "two 5-7/8", "three 5-7/8"},
         {"1 month 5-7/8", "two 5-7/8three 5-7/8"}},
        {&GluedRules::vocabulary, {"IMPORTS ALLOCATIONS", "IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "GUYANA nil 10,920"},
         {"IMPORTS ALLOCATIONS", "IMPORTS ALLOCATIONS", "GUATEMALA nil 43,680", "GUYANA nil 10,920"},
         {"IMPORTS ALLOCATIONS", "IMPORTS ALLOCATIONSGUATEMALA nil 43,680", "GUYANA nil 10,920"}},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(glued_body(c.in, GluedRules{}), c.on) << c.in.back();
        EXPECT_EQ(split_glued_paragraphs(c.in, "", true), c.on) << c.in.back();
        EXPECT_EQ(glued_body(c.in, without(c.family)), c.off) << c.in.back();
    }
}

}  // namespace
}  // namespace newsarc
