// Tests of page_to_article and the HTML reader: fields, fallbacks, charsets, size limit, registry.
#include "common/html/page.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/clean/cleaner.h"
#include "common/io/byte_stream.h"
#include "common/readers/formats.h"
#include "common/readers/html_reader.h"
#include "common/readers/reader.h"
#include "tests/unit/test_support.h"

namespace newsarc {
namespace {

const std::string kPara =
    "The ferry service between the two islands resumed on Monday, after a winter of repairs to the pier, "
    "and the first boat left at seven in the morning, carrying forty passengers.";

std::string article_page(const std::string& head_extra = "") {
    return "<html lang=\"en\"><head><title>Ferry service resumes | Island Times</title>" + head_extra +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Ferry service "
           "resumes</h1><p class=\"byline\">By Ola Berg</p><p>" + kPara + "</p><p>" + kPara + " Again.</p></article></body></html>";
}

std::string extra(const RawArticle& a, const std::string& name) {
    for (const auto& [k, v] : a.extra)
        if (k == name) return v;
    return {};
}

TEST(HtmlPage, FieldsOfARawArticle) {
    html::PageSource src;
    src.path = "p.html";
    RawArticle a = html::page_to_article(article_page(R"(<meta property="og:site_name" content="Island Times">
        <meta property="article:published_time" content="2024-03-04T07:00:00Z">
        <link rel="canonical" href="/news/ferry">)"), src);
    EXPECT_EQ(a.format, "html");
    EXPECT_EQ(a.title, "Ferry service resumes");
    EXPECT_EQ(a.bylines, std::vector<std::string>{"By Ola Berg"});
    EXPECT_EQ(a.dates, std::vector<std::string>{"2024-03-04T07:00:00Z"});
    EXPECT_EQ(a.url, "");  // a relative canonical URL without a page address to resolve it against
    EXPECT_EQ(a.body_lines, (std::vector<std::string>{kPara, kPara + " Again."}));
    EXPECT_EQ(extra(a, "site_name"), "\"Island Times\"");
    EXPECT_EQ(a.language, "en");  // as the page states it, for the cleaner to normalise
    EXPECT_EQ(extra(a, "language"), "");
    EXPECT_TRUE(a.warnings.empty());

    // Through the cleaner, as every other format.
    CleanResult c = clean_article(a);
    EXPECT_EQ(c.article.authors, std::vector<std::string>{"Ola Berg"});
    ASSERT_TRUE(c.article.published);
    EXPECT_EQ(c.article.published->iso(), "2024-03-04T07:00:00");
}

TEST(HtmlPage, CrawlUrlAndDateAreFallbacks) {
    html::PageSource src;
    src.path = "x.warc";
    src.line = 40;
    src.format = "warc";
    src.url = "https://island.example/news/ferry?utm=1";
    src.date = "2024-03-05T10:00:00Z";
    RawArticle a = html::page_to_article(article_page("<link rel=\"canonical\" href=\"/news/ferry\">"), src);
    EXPECT_EQ(a.url, "https://island.example/news/ferry");
    EXPECT_EQ(a.dates, std::vector<std::string>{"2024-03-05T10:00:00Z"});
    EXPECT_EQ(a.source_line, 40u);
    EXPECT_EQ(a.format, "warc");
    // A page's own date wins over the crawl's.
    RawArticle dated = html::page_to_article(article_page(R"(<meta name="date" content="2024-01-01">)"), src);
    EXPECT_EQ(dated.dates, std::vector<std::string>{"2024-01-01"});
    EXPECT_EQ(html::resolve_url("//cdn.example/a", "https://x.example/b"), "https://cdn.example/a");
}

TEST(HtmlPage, TheCleanerKeepsThePagesParagraphs) {
    // Structure gives the paragraphs: no glued-text splitting ("watchOS"), no cumulative-repeat
    // recovery for a short paragraph that a longer one ends with; built-in boilerplate still goes.
    RawArticle a;
    a.format = "html";
    a.source_path = "p.html";
    a.title = "Watch review";
    a.body_lines = {"The new watchOS update adds sleep tracking and a redesigned compass app.",
                    "Buy it now from the usual stores, where it costs less than before.",
                    "It costs less than before.", "Subscribe to our newsletter"};
    CleanResult c = clean_article(a);
    EXPECT_EQ(c.article.paragraphs, (std::vector<std::string>{a.body_lines[0], a.body_lines[1], a.body_lines[2]}));
}

TEST(HtmlPage, PlaceholderAndUnparsedDates) {
    html::PageSource src;
    src.path = "d.html";
    // A zero value printed as a date is skipped for the next source that parses.
    RawArticle a = html::page_to_article(article_page(R"(<script type="application/ld+json">
        {"@type":"NewsArticle","datePublished":"0001-01-01T00:00:00Z"}</script>
        <meta property="article:published_time" content="2019-11-19T09:00:00Z">)"), src);
    EXPECT_EQ(a.dates, std::vector<std::string>{"2019-11-19T09:00:00Z"});
    // Nothing parses: the first real one is passed on, and the cleaner says so.
    RawArticle b = html::page_to_article(article_page(R"(<meta name="date" content="0001-01-01T00:00:00Z">)") +
                                             "<time datetime=\"sometime last week\"></time>", src);
    EXPECT_EQ(b.dates, std::vector<std::string>{"sometime last week"});
    CleanResult c = clean_article(b);
    EXPECT_FALSE(c.article.published);
    ASSERT_EQ(c.warnings.size(), 1u);
    EXPECT_NE(c.warnings[0].message.find("does not parse"), std::string::npos);
}

TEST(HtmlPage, JsonLdBodyStandsInForABodyDrawnByScripts) {
    std::string full = kPara + "\n\n" + kPara + " Then the second boat left at noon.\n\n" + kPara +
                       " The island&#8217;s mayor was on board.";
    std::string head = R"(<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry",
        "articleBody":")" + [&] { std::string e; for (char c : full) { if (c == '\n') e += "\\n"; else e += c; } return e; }() +
                       R"("}</script>)";
    html::PageSource src;
    src.path = "js.html";
    // The page shows only a teaser (the rest is drawn by a script): the declared body wins.
    RawArticle a = html::page_to_article("<html><head>" + head + "</head><body><div id=\"app\"><p>" + kPara +
                                             "</p></div></body></html>", src);
    ASSERT_EQ(a.body_lines.size(), 3u);
    EXPECT_EQ(a.body_lines[2], kPara + " The island\u2019s mayor was on board.");
    // The page shows the whole article: the extraction stays.
    std::string shown = "<p>" + kPara + "</p><p>" + kPara + " Then the second boat left at noon.</p><p>" + kPara +
                        " The crew waved.</p>";
    RawArticle b = html::page_to_article("<html><head>" + head + "</head><body><article>" + shown +
                                             "</article></body></html>", src);
    ASSERT_EQ(b.body_lines.size(), 3u);
    EXPECT_EQ(b.body_lines[2], kPara + " The crew waved.");
    // Markup inside the declared body is parsed.
    EXPECT_EQ(html::jsonld_paragraphs("<p>One, two.</p><p>Three &amp; four.</p>"),
              (std::vector<std::string>{"One, two.", "Three & four."}));
}

TEST(HtmlPage, HttpCharsetAndUnknownCharset) {
    html::PageSource src;
    src.path = "l.html";
    src.content_type = "text/html; charset=ISO-8859-1";
    std::string latin = "<html><head><title>Caf\xE9 reopens</title></head><body><p>" + kPara + "</p></body></html>";
    RawArticle a = html::page_to_article(latin, src);
    EXPECT_EQ(a.title, "Caf\xC3\xA9 reopens");

    html::PageSource sjis;
    sjis.path = "j.html";
    RawArticle j = html::page_to_article("<meta charset=\"shift_jis\"><title>\x93\xfa\x96\x7b \xff</title><p>" + kPara + "</p>", sjis);
    EXPECT_EQ(j.title, "\xE6\x97\xA5\xE6\x9C\xAC \xEF\xBF\xBD");
    ASSERT_EQ(j.warnings.size(), 1u);
    EXPECT_EQ(j.warnings[0].to_string(), "j.html:1: warning: 1 bytes not valid shift_jis replaced");

    html::PageSource unknown;
    unknown.path = "u.html";
    RawArticle u = html::page_to_article("<meta charset=\"x-unheard-of\"><title>T</title><p>" + kPara + "</p>", unknown);
    ASSERT_EQ(u.warnings.size(), 1u);
    EXPECT_EQ(u.warnings[0].to_string(), "u.html:1: warning: unknown charset \"x-unheard-of\"; read as UTF-8");
    EXPECT_EQ(u.body_lines, std::vector<std::string>{kPara});
}

TEST(HtmlReader, OversizedPageIsRejectedWithItsSize) {
    std::string big = "<html><body><p>" + std::string(kMaxHtmlPageBytes, 'x') + "</p></body></html>";
    auto reader = make_html_reader(std::make_unique<MemoryStream>(big), "big.html");
    auto items = testing::drain(*reader);
    Diagnostic d = testing::only_error(items);
    EXPECT_EQ(d.to_string(), "big.html: error: page larger than 16 MiB, not read");
}

TEST(HtmlReader, MarkupNestedThousandsDeepIsRefusedNotCrashedOn) {
    std::string open, close;
    for (int i = 0; i < 200000; ++i) open += "<b>", close += "</b>";
    auto reader = make_html_reader(std::make_unique<MemoryStream>("<p>" + open + "deep" + close), "deep.html");
    Diagnostic d = testing::only_error(testing::drain(*reader));
    EXPECT_EQ(d.to_string(), "deep.html:1: error: HTML nested more than 1000 elements deep, not read");
    // Deep, but not past the limit: read.
    std::string mid_open, mid_close;
    for (int i = 0; i < 900; ++i) mid_open += "<div>", mid_close += "</div>";
    html::PageSource src;
    src.path = "mid.html";
    RawArticle a = html::page_to_article("<html><body>" + mid_open + "<p>" + kPara + "</p>" + mid_close, src);
    EXPECT_EQ(a.body_lines, std::vector<std::string>{kPara});
}

TEST(HtmlReader, RegistryOpensHtmlByExtensionAndContent) {
    EXPECT_TRUE(is_article_file("a/page.html"));
    EXPECT_TRUE(is_article_file("a/page.HTM"));
    EXPECT_TRUE(is_article_file("a/page.html.gz"));
    EXPECT_TRUE(is_article_file("a/page.html.zst"));
    EXPECT_TRUE(is_article_file("a/crawl.warc.gz"));
    EXPECT_FALSE(is_article_file("a/image.png"));
    auto dir = std::filesystem::temp_directory_path() / ("newsarc-html-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string path = (dir / "saved-page").string();  // no extension: sniffed by content
    std::ofstream(path) << "\xEF\xBB\xBF<!DOCTYPE html>" << article_page();
    auto items = testing::drain(*open_reader(path));
    ASSERT_EQ(items.size(), 1u);
    ASSERT_TRUE(std::holds_alternative<RawArticle>(items[0]));
    EXPECT_EQ(std::get<RawArticle>(items[0]).title, "Ferry service resumes");
    std::filesystem::remove_all(dir);
}

TEST(HtmlReader, BundledBenchmarkPages) {
    // Real pages from the article-extraction benchmark (tests/data/html, MIT licence).
    auto a = testing::cleaned_articles(std::string(NEWSARC_TEST_DATA) + "/html/sciencealert-europa.html");
    ASSERT_EQ(a.size(), 1u);
    EXPECT_EQ(a[0].title, "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa");
    EXPECT_EQ(a[0].site, "sciencealert.com");
    std::string body = a[0].body();
    EXPECT_NE(body.find("fill an Olympic-size swimming pool within minutes"), std::string::npos);
    EXPECT_EQ(body.find("Privacy Policy"), std::string::npos);
    EXPECT_EQ(body.find("Daily Email"), std::string::npos);

    auto gz = testing::cleaned_articles(std::string(NEWSARC_TEST_DATA) + "/html/lhpat-trademark.html.gz");
    ASSERT_EQ(gz.size(), 1u);
    EXPECT_EQ(gz[0].title, "\xE5\x95\x86\xE5\x93\x81\xE3\x81\xAE\xE6\x94\xB9\xE9\x80\xA0\xE3\x81\x8C\xE5\x95\x86\xE6\xA8\x99\xE6\xB3\x95\xE9\x81\x95\xE5\x8F\x8D\xE3\x81\xAB\xEF\xBC\x81\xEF\xBC\x9F");
    ASSERT_TRUE(gz[0].published);
}

}  // namespace
}  // namespace newsarc
