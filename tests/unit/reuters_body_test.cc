// Tests of Reuters body unwrapping on real Reuters-21578 articles (reut2-000.sgm).
#include "common/clean/reuters_body.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newsarc {

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// NEWID 1, "BAHIA COCOA REVIEW", body as the reader hands it over (entities decoded: &#3; is U+0003).
const std::string kBahia = R"(Showers continued throughout the week in
the Bahia cocoa zone, alleviating the drought since early
January and improving prospects for the coming temporao,
although normal humidity levels have not been restored,
Comissaria Smith said in its weekly review.
    The dry period means the temporao will be late this year.
    Arrivals for the week ended February 22 were 155,221 bags
of 60 kilos making a cumulative total for the season of 5.93
mln against 5.81 at the same stage last year. Again it seems
that cocoa delivered earlier on consignment was included in the
arrivals figures.
    Comissaria Smith said there is still some doubt as to how
much old crop cocoa is still available as harvesting has
practically come to an end. With total Bahia crop estimates
around 6.4 mln bags and sales standing at almost 6.2 mln there
are a few hundred thousand bags still in the hands of farmers,
middlemen, exporters and processors.
    There are doubts as to how much of this cocoa would be fit
for export as shippers are now experiencing dificulties in
obtaining +Bahia superior+ certificates.
    In view of the lower quality over recent weeks farmers have
sold a good part of their cocoa held on consignment.
    Comissaria Smith said spot bean prices rose to 340 to 350
cruzados per arroba of 15 kilos.
    Bean shippers were reluctant to offer nearby shipment and
only limited sales were booked for March shipment at 1,750 to
1,780 dlrs per tonne to ports to be named.
    New crop sales were also light and all to open ports with
June/July going at 1,850 and 1,880 dlrs and at 35 and 45 dlrs
under New York july, Aug/Sept at 1,870, 1,875 and 1,880 dlrs
per tonne FOB.
    Routine sales of butter were made. March/April sold at
4,340, 4,345 and 4,350 dlrs.
    April/May butter went at 2.27 times New York May, June/July
at 4,400 and 4,415 dlrs, Aug/Sept at 4,351 to 4,450 dlrs and at
2.27 and 2.28 times New York Sept and Oct/Dec at 4,480 dlrs and
2.27 times New York Dec, Comissaria Smith said.
    Destinations were the U.S., Covertible currency areas,
Uruguay and open ports.
    Cake sales were registered at 785 to 995 dlrs for
March/April, 785 dlrs for May, 753 dlrs for Aug and 0.39 times
New York Dec for Oct/Dec.
    Buyers were the U.S., Argentina, Uruguay and convertible
currency areas.
    Liquor sales were limited with March/April selling at 2,325
and 2,380 dlrs, June/July at 2,375 dlrs and at 1.25 times New
York July, Aug/Sept at 2,400 dlrs and at 1.25 times New York
Sept and Oct/Dec at 1.25 times New York Dec, Comissaria Smith
said.
    Total Bahia sales are currently estimated at 6.13 mln bags
against the 1986/87 crop and 1.06 mln bags against the 1987/88
crop.
    Final figures for the period to February 28 are expected to
be published by the Brazilian Cocoa Trade Commission after
carnival which ends midday on February 27.
 Reuter
)" "\x03";

// NEWID 2, "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT" (&lt; decoded).
const std::string kStandardOil = R"(Standard Oil Co and BP North America
Inc said they plan to form a venture to manage the money market
borrowing and investment activities of both companies.
    BP North America is a subsidiary of British Petroleum Co
Plc <BP>, which also owns a 55 pct interest in Standard Oil.
    The venture will be called BP/Standard Financial Trading
and will be operated by Standard Oil under the oversight of a
joint management committee.

 Reuter
)" "\x03";

}  // namespace

TEST(ReutersBody, BahiaCocoaReview) {
    auto paras = unwrap_reuters_body(lines_of(kBahia));
    ASSERT_EQ(paras.size(), 17u);
    EXPECT_EQ(paras[0].rfind("Showers continued throughout the week in the Bahia cocoa zone", 0), 0u);
    EXPECT_EQ(paras[0],
              "Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought "
              "since early January and improving prospects for the coming temporao, although normal "
              "humidity levels have not been restored, Comissaria Smith said in its weekly review.");
    EXPECT_EQ(paras[1], "The dry period means the temporao will be late this year.");
    EXPECT_EQ(paras.back(),
              "Final figures for the period to February 28 are expected to be published by the "
              "Brazilian Cocoa Trade Commission after carnival which ends midday on February 27.");
    for (const auto& p : paras) {
        EXPECT_EQ(p.find('\n'), std::string::npos) << p;
        EXPECT_EQ(p.find("  "), std::string::npos) << p;
        EXPECT_EQ(p.find('\x03'), std::string::npos) << p;
        EXPECT_NE(p, "Reuter");
    }
}

TEST(ReutersBody, StandardOilWithBlankLineBeforeSignOff) {
    auto paras = unwrap_reuters_body(lines_of(kStandardOil));
    ASSERT_EQ(paras.size(), 3u);
    EXPECT_EQ(paras[1], "BP North America is a subsidiary of British Petroleum Co Plc <BP>, which also owns "
                        "a 55 pct interest in Standard Oil.");
    EXPECT_EQ(paras[2].substr(paras[2].size() - 27), "joint management committee.");
}

TEST(ReutersBody, SignOffVariants) {
    EXPECT_EQ(unwrap_reuters_body({"Text one.", " REUTER", "\x03"}), std::vector<std::string>{"Text one."});
    EXPECT_EQ(unwrap_reuters_body({"Text one.", " REUTER...", "\x03"}), std::vector<std::string>{"Text one."});
    EXPECT_EQ(unwrap_reuters_body({"Text one.", " reuter"}), std::vector<std::string>{"Text one."});
    EXPECT_EQ(unwrap_reuters_body({"    Jun 13.0, Jul 7.0, total 55.8 (33.7).        REUTER", "\x03"}),
              std::vector<std::string>{"Jun 13.0, Jul 7.0, total 55.8 (33.7)."});
    // Signed off twice (reut2-012.sgm, NEWID 12014).
    EXPECT_EQ(unwrap_reuters_body({"Shr 39 cts vs 26 cts", "    Note: period ended February 28. REUTER", " Reuter", "\x03"}),
              (std::vector<std::string>{"Shr 39 cts vs 26 cts", "Note: period ended February 28."}));
    // Prose that ends with "Reuters" keeps it; only the wire's "Reuter" sign-off goes.
    EXPECT_EQ(unwrap_reuters_body({"He told Reuters"}), std::vector<std::string>{"He told Reuters"});
    // The whole body given as one string with newlines works too.
    EXPECT_EQ(unwrap_reuters_body({"First line\nwraps here.\n    Second.\n Reuter\n\x03"}),
              (std::vector<std::string>{"First line wraps here.", "Second."}));
    EXPECT_TRUE(unwrap_reuters_body({}).empty());
    EXPECT_TRUE(unwrap_reuters_body({" Reuter", "\x03"}).empty());
}

TEST(ReutersBody, TablesAreUnwrapped) {
    auto paras = unwrap_reuters_body({"    Shr 18 cts vs 15 cts", "    Net 2,000,000 vs   1,500,000", "    Revs 30.1 mln vs 22.4 mln", " Reuter"});
    EXPECT_EQ(paras, (std::vector<std::string>{"Shr 18 cts vs 15 cts", "Net 2,000,000 vs 1,500,000", "Revs 30.1 mln vs 22.4 mln"}));
}

TEST(ReutersBody, StripControlChars) {
    EXPECT_EQ(strip_control_chars("a\x01" "b\tc\x7f" "d\xc2\x85" "e"), "ab cde");
    EXPECT_EQ(strip_control_chars("José"), "José");
}

}  // namespace newsarc
