// Tests of page metadata: each source of title, author, date, URL, site, section and language.
#include "common/html/metadata.h"

#include <gtest/gtest.h>

#include "common/html/dom.h"

namespace newsarc::html {
namespace {

PageMetadata meta_of(const std::string& html) {
    Document doc(html);
    return extract_metadata(doc.root());
}

TEST(HtmlMetadata, OpenGraphAndArticleMeta) {
    auto m = meta_of(R"(<html lang="en-GB"><head><title>Storm hits coast | Daily News</title>
        <meta property="og:title" content="Storm hits the coast">
        <meta property="og:site_name" content="Daily News">
        <meta property="article:published_time" content="2024-09-01T14:50:00+02:00">
        <meta property="article:modified_time" content="2024-09-02T08:00:00Z">
        <meta property="article:section" content="Weather">
        <meta name="author" content="Jane Doe">
        <link rel="canonical" href="https://news.example/weather/storm">
        </head><body><p>x</p></body></html>)");
    EXPECT_EQ(m.title, "Storm hits the coast");
    EXPECT_EQ(m.site_name, "Daily News");
    EXPECT_EQ(m.published, "2024-09-01T14:50:00+02:00");
    EXPECT_EQ(m.modified, "2024-09-02T08:00:00Z");
    EXPECT_EQ(m.section, "Weather");
    EXPECT_EQ(m.bylines, std::vector<std::string>{"Jane Doe"});
    EXPECT_EQ(m.url, "https://news.example/weather/storm");
    EXPECT_EQ(m.language, "en-GB");
}

TEST(HtmlMetadata, JsonLdOutranksMetaTags) {
    auto m = meta_of(R"(<head><meta name="author" content="Site Staff">
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"Example"},
          {"@type":"NewsArticle","headline":"Council votes on budget",
           "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chen"}],
           "datePublished":"2023-05-04T10:00:00Z","dateModified":"2023-05-05T10:00:00Z",
           "articleSection":["Politics"],"publisher":{"@type":"Organization","name":"The Example"},
           "articleBody":"The council voted."}]}</script></head><body></body>)");
    EXPECT_EQ(m.title, "Council votes on budget");
    EXPECT_EQ(m.bylines, (std::vector<std::string>{"Ann Lee", "Bo Chen"}));
    EXPECT_EQ(m.published, "2023-05-04T10:00:00Z");
    EXPECT_EQ(m.modified, "2023-05-05T10:00:00Z");
    EXPECT_EQ(m.section, "Politics");
    EXPECT_EQ(m.site_name, "The Example");
    EXPECT_EQ(m.jsonld_body, "The council voted.");
}

TEST(HtmlMetadata, JsonLdAuthorByReference) {
    auto m = meta_of(R"(<head><script type="application/ld+json">{"@graph":[
          {"@type":"Article","headline":"H","author":{"@id":"https://x.example/#/person/1"}},
          {"@type":"Person","@id":"https://x.example/#/person/1","name":"Ria Sol"}]}</script></head>)");
    EXPECT_EQ(m.bylines, std::vector<std::string>{"Ria Sol"});
}

TEST(HtmlMetadata, BrokenJsonLdIsIgnored) {
    auto m = meta_of(R"(<head><title>Plain title</title><script type="application/ld+json">{"headline": oops</script></head>)");
    EXPECT_EQ(m.title, "Plain title");
}

TEST(HtmlMetadata, DeeplyNestedJsonLdIsHarmless) {
    std::string deep = std::string(100000, '[') + "\"Ann Lee\"" + std::string(100000, ']');
    auto m = meta_of("<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"H\","
                     "\"author\":" + deep + "}</script></head>");
    EXPECT_EQ(m.title, "H");
    EXPECT_TRUE(m.bylines.empty());  // too deep to be a real author list
}

TEST(HtmlMetadata, JsonLdAuthorShapes) {
    EXPECT_EQ(jsonld_author_names(R"("Jane Doe")"), std::vector<std::string>{"Jane Doe"});
    EXPECT_EQ(jsonld_author_names(R"({"@type":"Person","name":"Jane Doe"})"), std::vector<std::string>{"Jane Doe"});
    EXPECT_EQ(jsonld_author_names(R"([{"name":"A B"},"C D",{"name":"https://x.org/a"}])"),
              (std::vector<std::string>{"A B", "C D"}));
}

TEST(HtmlMetadata, VisibleBylinesMicrodataAndTime) {
    auto m = meta_of(R"(<body><h1>Headline here</h1><div class="article-byline">By Sam Roe</div>
        <time datetime="2022-01-02T03:04:05">Jan 2</time><p>text</p></body>)");
    EXPECT_EQ(m.title, "Headline here");
    EXPECT_EQ(m.bylines, std::vector<std::string>{"By Sam Roe"});
    EXPECT_EQ(m.published, "2022-01-02T03:04:05");

    auto micro = meta_of(R"(<body><span itemprop="author" itemscope><span itemprop="name">Kim Park</span></span>
        <meta itemprop="datePublished" content="2021-07-08"><a rel="author" href="/k">Kim P.</a></body>)");
    EXPECT_EQ(micro.bylines, std::vector<std::string>{"Kim Park"});
    EXPECT_EQ(micro.published, "2021-07-08");

    auto dated = meta_of(R"(<body><div class="byline">Tom Davies Associated Press Published 11:34 PM EST Nov 19, 2019</div>
        <p class="author-line">x</p></body>)");
    EXPECT_EQ(dated.bylines, std::vector<std::string>{"Tom Davies Associated Press"});

    auto rel = meta_of(R"(<body><a rel="author" href="/k">Kim Park</a></body>)");
    EXPECT_EQ(rel.bylines, std::vector<std::string>{"Kim Park"});
}

TEST(HtmlMetadata, DateCandidatesInOrder) {
    auto m = meta_of(R"(<head><script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-02-03"}</script>
        </head><body><span itemprop="datePublished dateCreated" content="2020-02-02T10:00:00Z"></span>
        <input type="hidden" class="published_date" value="2020-02-01 09:00:00">
        <time datetime="2020-01-31">yesterday</time></body>)");
    EXPECT_EQ(m.published, "2020-02-02T10:00:00Z");  // microdata before a WebPage's date
    EXPECT_EQ(m.published_candidates,
              (std::vector<std::string>{"2020-02-02T10:00:00Z", "2020-02-03", "2020-01-31", "2020-02-01 09:00:00"}));
    // A publisher is not a publication date.
    auto p = meta_of(R"(<body><div class="publisher-name">Acme 2000 Media</div></body>)");
    EXPECT_TRUE(p.published_candidates.empty());
}

TEST(HtmlMetadata, PrintedDatesAreTidiedForTheParser) {
    EXPECT_EQ(tidy_date_text("Published 7:07 PM EST Nov 19, 2019"), "Nov 19, 2019 7:07 PM EST");
    EXPECT_EQ(tidy_date_text("Fri 6:45 PM, Feb 16, 2018"), "Feb 16, 2018 6:45 PM");
    EXPECT_EQ(tidy_date_text("Posted: Nov 19, 2019"), "Nov 19, 2019");
    EXPECT_EQ(tidy_date_text("Last updated on Tuesday, 3 March 2020"), "3 March 2020");
    EXPECT_EQ(tidy_date_text("2019-11-19T09:00:00Z"), "2019-11-19T09:00:00Z");
    EXPECT_EQ(tidy_date_text("Monday"), "Monday");  // nothing after the weekday: left alone
}

TEST(HtmlMetadata, AuthorUrlsAndHandlesAreNotNames) {
    auto m = meta_of(R"(<head><meta property="article:author" content="https://facebook.com/someone">
        <meta name="author" content="@handle"></head><body><p class="byline">By Lee Ray</p></body>)");
    EXPECT_EQ(m.bylines, std::vector<std::string>{"By Lee Ray"});
}

TEST(HtmlMetadata, SiteSuffixLeavesTheTitle) {
    EXPECT_EQ(strip_site_suffix("Storm hits coast | Daily News", "Daily News"), "Storm hits coast");
    EXPECT_EQ(strip_site_suffix("Storm hits the coast - BBC News", ""), "Storm hits the coast");
    EXPECT_EQ(strip_site_suffix("Daily News: Storm hits coast", "Daily News"), "Storm hits coast");
    // A title whose own words contain a dash keeps them.
    EXPECT_EQ(strip_site_suffix("Pro-democracy - a long march to freedom in the streets", ""),
              "Pro-democracy - a long march to freedom in the streets");
    EXPECT_EQ(strip_site_suffix("Q&A: what the new rules mean", ""), "Q&A: what the new rules mean");
}

}  // namespace
}  // namespace newsarc::html
