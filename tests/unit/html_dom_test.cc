// Tests of the parser front end: scripts and styles emptied before parsing, JSON-LD and comments kept.
#include "common/html/dom.h"

#include <gtest/gtest.h>

namespace newsarc::html {
namespace {

TEST(HtmlDom, ScriptsAndStylesAreEmptied) {
    EXPECT_EQ(strip_scripts_and_styles("<p>a</p><script>if (a < b) { x = '</p>'; }</script><p>b</p>"),
              "<p>a</p><script></script><p>b</p>");
    EXPECT_EQ(strip_scripts_and_styles("<STYLE type=\"text/css\">p > a { color: red }</STYLE><p>x</p>"),
              "<STYLE type=\"text/css\"></STYLE><p>x</p>");
    // The raw text ends at the first end tag, whatever is inside it, as in the HTML tokenizer.
    EXPECT_EQ(strip_scripts_and_styles("<script src=\"a.js\" data-x='>'>var s = \"<script>\";</script >t"),
              "<script src=\"a.js\" data-x='>'></script >t");
}

TEST(HtmlDom, JsonLdCommentsAndLookalikesAreKept) {
    std::string ld = R"(<script type="application/ld+json">{"headline": "A < B"}</script>)";
    EXPECT_EQ(strip_scripts_and_styles(ld), ld);
    std::string comment = "<!-- <script> --><p>kept</p>";
    EXPECT_EQ(strip_scripts_and_styles(comment), comment);
    std::string lookalike = "<scripture>text</scripture><styles>x</styles>";
    EXPECT_EQ(strip_scripts_and_styles(lookalike), lookalike);
    // Unterminated: everything after the open tag is script, as a browser would have it.
    EXPECT_EQ(strip_scripts_and_styles("<p>a</p><script>never ends"), "<p>a</p><script>");
}

TEST(HtmlDom, NestingDepths) {
    EXPECT_EQ(open_tag_depth("<html><body><div><p>a<br>b<img src=x><div/></p></div></body></html>"), 3u);
    EXPECT_EQ(open_tag_depth("<ul><li>a<li>b<li>c</ul>"), 1u);  // li closes itself
    std::string deep;
    for (int i = 0; i < 300; ++i) deep += "<div>";
    EXPECT_EQ(open_tag_depth(deep), 300u);
    Document doc("<html><body>" + deep + "x</body></html>");
    EXPECT_EQ(tree_depth(doc.root()), 300u + 3);  // html, body, the divs, the text
}

TEST(HtmlDom, ParsedTextSkipsScripts) {
    Document doc("<html><body><p>Hello <b>world</b></p><script>document.write('no')</script><p>again</p></body></html>");
    EXPECT_EQ(text_of(doc.root()), "Hello world again");
}

}  // namespace
}  // namespace newsarc::html
