// Tests of the Reuters-21578 SGML reader on reut2-000.sgm and on small hand-made elements.
#include <gtest/gtest.h>

#include "tests/unit/test_support.h"

#include <filesystem>
#include <vector>

#include "common/io/byte_stream.h"
#include "common/readers/formats.h"
#include "common/text/utf8.h"

namespace newsarc {

namespace {

using testing::drain;

const std::string kData = NEWSARC_TEST_DATA;
const std::string kReut000 = kData + "/reuters/reut2-000.sgm";

std::vector<ReadItem> read_sgml(const std::string& text) {
    auto reader = make_sgml_reader(std::make_unique<MemoryStream>(text), "mem.sgm");
    return drain(*reader);
}

std::vector<RawArticle> articles_of(const std::string& path) {
    auto reader = make_sgml_reader(std::make_unique<FileStream>(path), path);
    std::vector<RawArticle> out;
    while (auto item = reader->next()) {
        EXPECT_TRUE(std::holds_alternative<RawArticle>(*item))
            << std::get<Diagnostic>(*item).to_string();
        if (auto* a = std::get_if<RawArticle>(&*item)) out.push_back(std::move(*a));
    }
    return out;
}

const RawArticle& by_id(const std::vector<RawArticle>& all, const std::string& id) {
    for (const auto& a : all) {
        if (a.id == id) return a;
    }
    throw std::runtime_error("no article " + id);
}

std::string extra(const RawArticle& a, const std::string& name) {
    for (const auto& [k, v] : a.extra) {
        if (k == name) return v;
    }
    return "<absent>";
}

std::string joined(const RawArticle& a) {
    std::string out;
    for (const auto& l : a.body_lines) out += l + "\n";
    return out;
}

bool valid_utf8(const std::string& s) {
    std::string copy = s;
    return repair_utf8(copy) == 0;
}

const char* kOne =
    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
    "<REUTERS TOPICS=\"YES\" NEWID=\"7\">\n"
    "<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
    "<TOPICS><D>grain</D><D>wheat</D></TOPICS>\n"
    "<PLACES></PLACES>\n"
    "<PEOPLE><D>lyng</D></PEOPLE>\n"
    "<ORGS></ORGS>\n"
    "<EXCHANGES></EXCHANGES>\n"
    "<COMPANIES></COMPANIES>\n"
    "<TEXT>&#2;\n"
    "<TITLE>U.S. &lt;AGRI&gt; SAYS</TITLE>\n"
    "<AUTHOR>    By A. Writer, Reuters</AUTHOR>\n"
    "<DATELINE>    WASHINGTON, Feb 26 - </DATELINE><BODY>First line &amp; more\n"
    "    caf\xe9 line.\n"
    " Reuter\n"
    "&#3;</BODY></TEXT>\n"
    "</REUTERS>\n";

}  // namespace

TEST(SgmlReader, ReadsAHandMadeElement) {
    auto items = read_sgml(kOne);
    ASSERT_EQ(items.size(), 1u);
    const auto& a = std::get<RawArticle>(items[0]);
    EXPECT_EQ(a.format, "reuters-sgml");
    EXPECT_EQ(a.source_path, "mem.sgm");
    EXPECT_EQ(a.source_line, 2u);
    EXPECT_EQ(a.id, "reuters21578-7");
    EXPECT_EQ(a.title, "U.S. <AGRI> SAYS");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"    By A. Writer, Reuters"});
    EXPECT_EQ(a.dates, std::vector<std::string>{"26-FEB-1987 15:01:01.79"});
    EXPECT_EQ(a.tags.at("topic"), (std::vector<std::string>{"grain", "wheat"}));
    EXPECT_EQ(a.tags.count("place"), 0u);
    EXPECT_EQ(a.body_lines,
              (std::vector<std::string>{"First line & more", "    caf\xc3\xa9 line.", " Reuter", "\x03"}));
    EXPECT_EQ(extra(a, "dateline"), "\"WASHINGTON, Feb 26\"");
    EXPECT_EQ(extra(a, "people"), "[\"lyng\"]");
    EXPECT_EQ(extra(a, "orgs"), "<absent>");
}

TEST(SgmlReader, MissingNewidAndCutOffElementsAreErrors) {
    std::string text = std::string(kOne) +
                       "<REUTERS TOPICS=\"NO\">\n<TEXT><BODY>no id</BODY></TEXT>\n</REUTERS>\n" +
                       "<REUTERS NEWID=\"9\">\n<TEXT><TITLE>Not closed</TITLE>\n" +
                       "<REUTERS NEWID=\"10\"><TEXT><TITLE>One line</TITLE></TEXT></REUTERS>\n" +
                       "<REUTERS NEWID=\"11\">\n<TEXT><TITLE>Cut off";
    auto items = read_sgml(text);
    ASSERT_EQ(items.size(), 5u);
    EXPECT_EQ(std::get<RawArticle>(items[0]).id, "reuters21578-7");
    const auto& no_id = std::get<Diagnostic>(items[1]);
    EXPECT_EQ(no_id.line, 18u);
    EXPECT_EQ(no_id.message, "REUTERS element without NEWID");
    const auto& unclosed = std::get<Diagnostic>(items[2]);
    EXPECT_EQ(unclosed.line, 21u);
    EXPECT_EQ(unclosed.message, "REUTERS element not closed before the next one");
    const auto& one_line = std::get<RawArticle>(items[3]);
    EXPECT_EQ(one_line.id, "reuters21578-10");
    EXPECT_EQ(one_line.title, "One line");
    EXPECT_EQ(one_line.source_line, 23u);
    const auto& cut = std::get<Diagnostic>(items[4]);
    EXPECT_EQ(cut.line, 24u);
    EXPECT_EQ(cut.severity, Severity::error);
    EXPECT_EQ(cut.message, "REUTERS element cut off at end of file (no </REUTERS>)");
}

TEST(SgmlReader, ReadsAllOfReut2000InOrder) {
    auto all = articles_of(kReut000);
    ASSERT_EQ(all.size(), 1000u);
    for (std::size_t i = 0; i < all.size(); ++i) {
        ASSERT_EQ(all[i].id, "reuters21578-" + std::to_string(i + 1));
        EXPECT_EQ(all[i].format, "reuters-sgml");
        EXPECT_FALSE(all[i].dates.empty()) << all[i].id;
    }

    const auto& first = all[0];
    EXPECT_EQ(first.source_line, 2u);
    EXPECT_EQ(first.title, "BAHIA COCOA REVIEW");
    EXPECT_EQ(first.dates, std::vector<std::string>{"26-FEB-1987 15:01:01.79"});
    EXPECT_EQ(first.tags.at("topic"), std::vector<std::string>{"cocoa"});
    EXPECT_EQ(first.tags.at("place"), (std::vector<std::string>{"el-salvador", "usa", "uruguay"}));
    EXPECT_EQ(extra(first, "dateline"), "\"SALVADOR, Feb 26\"");
    ASSERT_FALSE(first.body_lines.empty());
    EXPECT_EQ(first.body_lines.front(), "Showers continued throughout the week in");
    EXPECT_EQ(first.body_lines[first.body_lines.size() - 2], " Reuter");
    EXPECT_EQ(first.body_lines.back(), "\x03");  // &#3; decoded; the cleaner drops it
    EXPECT_TRUE(first.bylines.empty());

    // `grep -c '<AUTHOR>' reut2-000.sgm` is 54.
    std::size_t with_author = 0;
    for (const auto& a : all) with_author += a.bylines.empty() ? 0 : 1;
    EXPECT_EQ(with_author, 54u);

    // No raw markup and no undecoded entities leak into the fields.
    for (const auto& a : all) {
        EXPECT_EQ(a.title.find("&lt;"), std::string::npos) << a.id;
        std::string body = joined(a);
        EXPECT_EQ(body.find("&lt;"), std::string::npos) << a.id;
        EXPECT_EQ(body.find("&#"), std::string::npos) << a.id;
        EXPECT_EQ(body.find("<BODY>"), std::string::npos) << a.id;
        EXPECT_EQ(body.find("</TEXT>"), std::string::npos) << a.id;
        EXPECT_EQ(body.find("<TITLE>"), std::string::npos) << a.id;
        EXPECT_TRUE(valid_utf8(body) && valid_utf8(a.title)) << a.id;
    }
}

TEST(SgmlReader, DecodesEntitiesInReut2000) {
    auto all = articles_of(kReut000);
    // NEWID 2 is <TITLE>STANDARD OIL &lt;SRD> TO FORM FINANCIAL UNIT</TITLE>.
    const auto& a = by_id(all, "reuters21578-2");
    EXPECT_EQ(a.title, "STANDARD OIL <SRD> TO FORM FINANCIAL UNIT");
    EXPECT_NE(joined(a).find("Plc <BP>, which also owns"), std::string::npos);
    std::size_t with_angle = 0;
    for (const auto& b : all) with_angle += joined(b).find('<') != std::string::npos ? 1 : 0;
    EXPECT_GT(with_angle, 100u);
}

TEST(SgmlReader, BriefAndUnprocItemsGetTheirText) {
    auto all = articles_of(kReut000);
    const auto& brief = by_id(all, "reuters21578-30");
    EXPECT_EQ(brief.title, "ASSETS OF MONEY MARKET MUTUAL FUNDS ROSE 720.4 MLN DLRS IN LATEST WEEK");
    EXPECT_NE(joined(brief).find("Blah blah blah."), std::string::npos);
    EXPECT_EQ(joined(brief).find("ASSETS OF MONEY"), std::string::npos);  // the title is not body text
    EXPECT_FALSE(brief.body_lines.back().empty());

    const auto& unproc = by_id(all, "reuters21578-99");
    EXPECT_TRUE(unproc.title.empty());
    ASSERT_FALSE(unproc.body_lines.empty());
    EXPECT_NE(joined(unproc).find("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26"), std::string::npos);
    EXPECT_NE(joined(unproc).find(" Treasury deposits...........4,208 down......63"), std::string::npos);
}

TEST(SgmlReader, EveryPrefixOfAnElementIsHandled) {
    // Cut anywhere, the reader yields articles or errors and never throws or loops.
    std::string text = kOne;
    for (std::size_t cut = 0; cut <= text.size(); ++cut) {
        std::vector<ReadItem> items;
        ASSERT_NO_THROW(items = read_sgml(text.substr(0, cut))) << cut;
        ASSERT_LE(items.size(), 1u) << cut;
        bool complete = text.substr(0, cut).find("</REUTERS>") != std::string::npos;
        if (complete) {
            EXPECT_TRUE(std::holds_alternative<RawArticle>(items.at(0))) << cut;
        } else if (!items.empty()) {
            EXPECT_TRUE(std::holds_alternative<Diagnostic>(items[0])) << cut;
        }
    }
}

TEST(SgmlReader, Latin1BecomesUtf8) {
    auto items = read_sgml("<REUTERS NEWID=\"1\"><TEXT><TITLE>M\xdcNCHEN</TITLE><BODY>Caf\xe9 \xa3" "5</BODY></TEXT></REUTERS>\n");
    const auto& a = std::get<RawArticle>(items.at(0));
    EXPECT_EQ(a.title, "M\xc3\x9cNCHEN");
    EXPECT_EQ(a.body_lines, std::vector<std::string>{"Caf\xc3\xa9 \xc2\xa3" "5"});
}

TEST(SgmlReader, Latin1ByteInReut2017) {
    std::string path = std::string(NEWSARC_SHARED_CORPORA) + "/reuters21578/reut2-017.sgm";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
    auto all = articles_of(path);
    EXPECT_EQ(all.size(), 1000u);
    // The collection's one non-ASCII byte: 0xFC (u-umlaut) in NEWID 17980.
    const auto& a = by_id(all, "reuters21578-17980");
    EXPECT_NE(joined(a).find("growth.\xc3\xbc"), std::string::npos);
    for (const auto& b : all) EXPECT_TRUE(valid_utf8(joined(b))) << b.id;
}

TEST(SgmlReader, ReadsTheWholeSharedCollection) {
    std::string dir = std::string(NEWSARC_SHARED_CORPORA) + "/reuters21578";
    if (!std::filesystem::exists(dir + "/reut2-021.sgm")) GTEST_SKIP() << dir << " not complete";
    std::size_t total = 0, with_author = 0, no_title = 0;
    for (int i = 0; i <= 21; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "/reut2-%03d.sgm", i);
        for (const auto& a : articles_of(dir + name)) {
            ++total;
            with_author += a.bylines.empty() ? 0 : 1;
            no_title += a.title.empty() ? 1 : 0;
        }
    }
    EXPECT_EQ(total, 21578u);
    EXPECT_EQ(with_author, 875u);  // the corpus README's count
    EXPECT_EQ(no_title, 737u);
}

}  // namespace newsarc
