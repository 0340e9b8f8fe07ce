// Tests of main-text extraction, one rule at a time, on small pages built around a real-sized body.
#include "common/html/extract.h"

#include <gtest/gtest.h>

#include "common/html/dom.h"
#include "common/html/furniture.h"
#include "common/text/strutil.h"

namespace newsarc::html {
namespace {

const std::vector<std::string> kBody = {
    "The city council voted on Tuesday to extend the tram line to the harbour, after a debate that lasted "
    "most of the afternoon, ending years of planning.",
    "Supporters said the line, which will add six stops, would cut journey times for thousands of commuters, "
    "while opponents worried about the cost, the noise and the loss of parking.",
    "Construction is expected to begin next spring, and the first trams should run within three years, "
    "according to the transport department, which will publish a timetable.",
    "The mayor, who had campaigned for the extension, called the vote a turning point for the district, "
    "saying that the harbour had waited long enough for a proper connection."};

std::string body_paragraphs() {
    std::string s;
    for (const auto& p : kBody) s += "<p>" + p + "</p>\n";
    return s;
}

std::string page(const std::string& inside_body) {
    return "<!doctype html><html><head><title>Tram line to the harbour approved</title></head><body>" + inside_body +
           "</body></html>";
}

std::vector<std::string> extract(const std::string& html, const std::string& title = "Tram line to the harbour approved") {
    Document doc(html);
    return extract_paragraphs(doc.root(), title);
}

std::string joined(const std::vector<std::string>& ps) { return strutil::join(ps, "\n"); }

const std::string kNav =
    R"(<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>)";
const std::string kSidebar =
    R"(<aside><h3>Most read</h3><ul><li><a href="/a">Prices rise again as the winter begins in earnest</a></li>
       <li><a href="/b">Local team wins the cup after a dramatic final match</a></li></ul></aside>)";
const std::string kFooter = R"(<footer><p>Copyright 2024 The Harbour Gazette. All rights reserved, everywhere.</p></footer>)";

TEST(HtmlExtract, ArticleWithoutNavigationSidebarAndFooter) {
    auto ps = extract(page(kNav + "<article>" + body_paragraphs() + "</article>" + kSidebar + kFooter));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, DensestContainerWithoutSemanticTags) {
    std::string links;
    for (int i = 0; i < 12; ++i) links += "<li><a href=\"/x" + std::to_string(i) + "\">Another story number " + std::to_string(i) + "</a></li>";
    auto ps = extract(page("<div id=\"top\"><ul>" + links + "</ul></div><div id=\"c\"><div>" + body_paragraphs() +
                           "</div></div><div id=\"bottom\"><ul>" + links + "</ul></div>"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, HeadingsInsideTheArticleAreParagraphsButTheTitleIsNot) {
    auto ps = extract(page("<article><h1>Tram line to the harbour approved</h1>" + body_paragraphs() +
                           "<h2>What happens next</h2><p>" + kBody[0] + "</p></article>"));
    ASSERT_EQ(ps.size(), kBody.size() + 2);
    EXPECT_EQ(ps[0], kBody[0]);
    EXPECT_EQ(ps[kBody.size()], "What happens next");
}

TEST(HtmlExtract, FurnitureInsideTheArticleIsLeftOut) {
    auto ps = extract(page(
        "<article>" + body_paragraphs() +
        R"(<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet this story</a></div>
           <div class="newsletter-signup"><p>Sign up for our morning briefing, free every weekday.</p></div>
           <div id="comments"><p>Great news, I have waited for this tram for twenty years, finally.</p></div>
           <div class="cookie-consent"><p>We use cookies to improve your experience on our site.</p></div>
           <div class="related-stories"><p>Earlier: the council delays the vote, again, for a month.</p></div>
           </article>)"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, CaptionsAndHiddenBlocksAreLeftOut) {
    auto ps = extract(page("<article>" + body_paragraphs() +
                           R"(<figure><img src="t.jpg"><figcaption>A tram at the depot, photographed on Monday.</figcaption></figure>
                              <p style="display: none">Hidden text that no reader ever sees on the page.</p>
                              <div hidden><p>Also hidden from every reader of the page, always.</p></div></article>)"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, LinkListsInsideTheArticleAreLeftOut) {
    auto ps = extract(page("<article>" + body_paragraphs() +
                           R"(<ul><li><a href="/1">Tram fares to rise in January next year</a></li>
                              <li><a href="/2">Harbour redevelopment plan unveiled by the council</a></li></ul>
                              <p><a href="/3">Read more about the harbour redevelopment plans here</a></p></article>)"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, BodyNamesAndItempropAreNeverFurniture) {
    auto ps = extract(page(kNav + R"(<div class="entry-content entry-content-read-more">)" + body_paragraphs() + "</div>" +
                           kSidebar));
    EXPECT_EQ(ps, kBody);
    auto ip = extract(page(kNav + R"(<div class="promo-box" itemprop="articleBody">)" + body_paragraphs() + "</div>" +
                           kSidebar));
    EXPECT_EQ(ip, kBody);
}

TEST(HtmlExtract, AGenericNameWrappingMostOfThePageIsNotFurniture) {
    // Blog platforms call every block a "widget", the article's too.
    auto ps = extract(page(R"(<div class="widget Blog"><div class="post">)" + body_paragraphs() + "</div></div>"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, NestedArticleTeasersAreLeftOut) {
    std::string teaser = R"(<article class="post"><p>Another post about gardens, flowers, trees and the long summer we had.</p></article>)";
    auto ps = extract(page("<article class=\"post\">" + body_paragraphs() + teaser + teaser + "</article>"));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, TextStraightInADivSplitsAtLineBreaks) {
    std::string html = "<div class=\"menu\"><a href=\"/\">Home</a></div><div>" + kBody[0] + "<br><br>" + kBody[1] +
                       "<br>" + kBody[2] + "</div>";
    auto ps = extract(page(html));
    EXPECT_EQ(ps, (std::vector<std::string>{kBody[0], kBody[1], kBody[2]}));
}

TEST(HtmlExtract, InlineMarkupStaysInItsParagraph) {
    auto ps = extract(page("<article><p>The <b>council</b> voted, <a href=\"/t\">the tram</a> will run, "
                           "and <em>everyone</em> is pleased with the outcome of the long debate.</p>" +
                           body_paragraphs() + "</article>"));
    ASSERT_FALSE(ps.empty());
    EXPECT_EQ(ps[0], "The council voted, the tram will run, and everyone is pleased with the outcome of the long debate.");
}

TEST(HtmlExtract, EmptyAndBrokenPagesGiveWhatTextThereIs) {
    EXPECT_TRUE(extract("").empty());
    EXPECT_TRUE(extract("<html><body><script>var x = 1;</script></body></html>").empty());
    // Unclosed tags, stray end tags: the HTML5 parser recovers as browsers do.
    auto ps = extract("<div><p>" + kBody[0] + "<p>" + kBody[1] + "</span></div></td><div><p>" + kBody[2]);
    EXPECT_EQ(joined(ps), kBody[0] + "\n" + kBody[1] + "\n" + kBody[2]);
}

TEST(HtmlExtract, AnArticleCutIntoChunksBetweenAdsIsReadWhole) {
    // Each chunk under its own wrapper, an ad between them: the chunks wear the same class.
    auto chunk = [](const std::string& a, const std::string& b) {
        return "<div class=\"grid\"><div class=\"article__body\"><p>" + a + "</p><p>" + b +
               "</p></div><div class=\"ad-rail\"></div></div>";
    };
    auto ps = extract(page(kNav + "<div class=\"chunks\">" + chunk(kBody[0], kBody[1]) +
                           "<div class=\"ad-slot\"><p>Advertisement</p></div>" + chunk(kBody[2], kBody[3]) + "</div>" +
                           kSidebar));
    EXPECT_EQ(ps, kBody);
}

TEST(HtmlExtract, EmbeddedPostsAreQuotedContent) {
    auto ps = extract(page("<article>" + body_paragraphs() +
                           R"(<div class="social-media-embed"><blockquote class="twitter-tweet"><p>The tram is coming, at last!
                              <a href="https://t.co/x">pic.twitter.com/x</a></p>&mdash; Mayor (@mayor)
                              <a href="https://twitter.com/mayor/status/1">May 1, 2024</a></blockquote></div></article>)"));
    EXPECT_NE(joined(ps).find("The tram is coming, at last!"), std::string::npos);
    EXPECT_NE(joined(ps).find("Mayor (@mayor)"), std::string::npos);
    // An embedded image is not an embedded post: its caption and credit stay out.
    auto img = extract(page("<article>" + body_paragraphs() +
                            R"(<div class="InlineImage-imageEmbed"><img src="t.jpg"><div class="InlineImage-imageEmbedCaption">
                               The mayor at the depot, on Monday, before the vote.</div><div class="InlineImage-imageEmbedCredit">
                               Ann Lee | Gazette | Photo Agency</div></div></article>)"));
    EXPECT_EQ(img, kBody);
}

TEST(HtmlExtract, HoverCardsInsideParagraphsAreLeftOut) {
    auto ps = extract(page("<article><p>The plan was backed by <span class=\"people\"><a href=\"/p/ann\">Ann Lee</a>"
                           "<span class=\"card\"><a href=\"/p/ann\">Ann Lee</a><a href=\"/s/1\">Ann Lee opens the new "
                           "library</a> <a href=\"/s/2\">Council budget passes</a></span></span>, the deputy mayor, "
                           "who spoke for an hour.</p>" + body_paragraphs() + "</article>"));
    ASSERT_FALSE(ps.empty());
    EXPECT_EQ(ps[0], "The plan was backed by Ann Lee, the deputy mayor, who spoke for an hour.");
}

TEST(HtmlExtract, ALeadingHeadlineInAnyElementIsNotBody) {
    auto ps = extract(page("<div class=\"post\"><p class=\"titulo\">Tram line to the harbour approved</p>" +
                           body_paragraphs() + "</div>"));
    EXPECT_EQ(ps, kBody);
    Document doc(page("<div class=\"post\"><h2>The Harbour Gazette</h2>" + body_paragraphs() + "</div>"));
    EXPECT_EQ(extract_paragraphs(doc.root(), "Tram line", "The Harbour Gazette"), kBody);
}

TEST(HtmlExtract, FurnitureLabelsAloneOnALineAreLeftOut) {
    auto ps = extract(page("<article><p>Advertisement</p>" + body_paragraphs() +
                           "<div>Share this article</div><p>Comments</p><p>Ad</p><p>Image 1 of 5</p>"
                           "<p>Slide 12 of 12</p></article>"));
    EXPECT_EQ(ps, kBody);
    EXPECT_FALSE(is_ui_label("Image 1 of the mayor"));
    EXPECT_FALSE(is_ui_label("Photo 3 of"));
}

TEST(HtmlExtract, ATableRowIsOneParagraph) {
    auto ps = extract(page("<article>" + body_paragraphs() +
                           "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
                           "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table></article>"));
    ASSERT_EQ(ps.size(), kBody.size() + 2);
    EXPECT_EQ(ps[kBody.size()], "Pos. Driver Points");
    EXPECT_EQ(ps[kBody.size() + 1], "1 Kyle Busch 5040");
}

TEST(HtmlExtract, NonLatinHeadlinesAreComparedToo) {
    std::string ja = "\xE5\x95\x86\xE5\x93\x81\xE3\x81\xAE\xE6\x94\xB9\xE9\x80\xA0";  // 商品の改造
    auto ps = extract(page("<article><h1>" + ja + "</h1><h2>\xE6\xA6\x82\xE8\xA6\x81</h2>" + body_paragraphs() + "</article>"), ja);
    ASSERT_EQ(ps.size(), kBody.size() + 1);
    EXPECT_EQ(ps[0], "\xE6\xA6\x82\xE8\xA6\x81");  // the other heading stays
}

TEST(HtmlExtract, FurnitureNames) {
    EXPECT_TRUE(is_furniture_name("article-comments"));
    EXPECT_TRUE(is_furniture_name("social-share"));
    EXPECT_TRUE(is_furniture_name("sidebar"));
    EXPECT_TRUE(is_furniture_name("ad slot"));
    EXPECT_FALSE(is_furniture_name("sidebar-content"));  // weak name, but says content
    EXPECT_FALSE(is_furniture_name("headline"));          // "ad" only as a whole token
    EXPECT_FALSE(is_furniture_name("story-body"));
}

}  // namespace
}  // namespace newsarc::html
