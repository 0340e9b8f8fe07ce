// Tests of URL canonicalisation, site and section extraction.
#include "common/text/url.h"

#include <gtest/gtest.h>

namespace newsarc {

TEST(Url, CanonicalForm) {
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"https://www.jpost.com/breaking-news/article-817267", "https://jpost.com/breaking-news/article-817267"},
        {"  HTTP://WWW.JPost.com/breaking-news/article-817267#comments  ",
         "https://jpost.com/breaking-news/article-817267"},
        {"https://jpost.com:443/a?utm_source=x&id=3&fbclid=abc&utm_medium=y", "https://jpost.com/a?id=3"},
        {"http://example.com:80", "https://example.com/"},
        {"https://example.com:8080/x?gclid=1", "https://example.com:8080/x"},
        {"https://example.com/Path/Case?Q=1", "https://example.com/Path/Case?Q=1"},
        {"not a url", "not a url"},
    };
    for (const auto& c : cases) EXPECT_EQ(canonical_url(c.in), c.out) << c.in;
}

TEST(Url, HttpAndHttpsAreTheSameIdentity) {
    EXPECT_EQ(canonical_url("http://www.jpost.com/x/1"), canonical_url("https://jpost.com/x/1"));
    EXPECT_EQ(canonical_url("https://jpost.com/x/1?utm_campaign=z"), canonical_url("https://jpost.com/x/1"));
}

TEST(Url, TrailingSlashAndAmpVariantsFold) {
    const std::string canon = "https://jpost.com/breaking-news/article-817267";
    const char* variants[] = {
        "https://www.jpost.com/breaking-news/article-817267/",
        "https://www.jpost.com/breaking-news/article-817267//",
        "https://www.jpost.com/amp/breaking-news/article-817267",
        "https://www.jpost.com/breaking-news/article-817267/amp",
        "https://www.jpost.com/breaking-news/article-817267/amp/",
        "https://www.jpost.com/breaking-news/article-817267.amp",
        "https://amp.jpost.com/breaking-news/article-817267",
        "https://www.jpost.com/breaking-news/article-817267?amp",
        "https://www.jpost.com/breaking-news/article-817267?amp=1",
        "https://www.jpost.com/breaking-news/article-817267?outputType=amp",
        "http://WWW.JPOST.COM/breaking-news/article-817267/?utm_source=tw&amp=1#comments",
    };
    for (const char* v : variants) EXPECT_EQ(canonical_url(v), canon) << v;
    struct Case {
        const char* in;
        const char* out;
    };
    const Case cases[] = {
        {"https://example.com/a/story.amp.html", "https://example.com/a/story.html"},
        {"https://example.com/", "https://example.com/"},
        {"https://example.com", "https://example.com/"},
        {"https://example.com/?amp=1", "https://example.com/"},
        {"https://example.com/x/?id=3", "https://example.com/x?id=3"},
        // Words that merely contain "amp" are not AMP markers.
        {"https://example.com/camp/ample-story", "https://example.com/camp/ample-story"},
        {"https://example.com/x?lamp=1&ampere=2", "https://example.com/x?lamp=1&ampere=2"},
        {"https://amp.com/x", "https://amp.com/x"},
        {"https://example.com/x?outputType=html", "https://example.com/x?outputType=html"},
    };
    for (const auto& c : cases) EXPECT_EQ(canonical_url(c.in), c.out) << c.in;
    EXPECT_EQ(site_of("https://amp.jpost.com/x/1"), "jpost.com");
    EXPECT_EQ(section_of("https://www.jpost.com/amp/breaking-news/article-817267"), "breaking-news");
    EXPECT_EQ(section_of("https://www.jpost.com/article-817267/amp"), "");
}

TEST(Url, SiteOf) {
    EXPECT_EQ(site_of("https://www.jpost.com/breaking-news/article-817267"), "jpost.com");
    EXPECT_EQ(site_of("HTTPS://News.BBC.co.uk:443/x"), "news.bbc.co.uk");
    EXPECT_EQ(site_of("https://user:pw@www.example.org/"), "example.org");
    EXPECT_EQ(site_of("www.reuters.com/markets/x"), "reuters.com");
    EXPECT_EQ(site_of(""), "");
    EXPECT_EQ(site_of("garbage"), "");
}

TEST(Url, SectionOfNeedsTwoPathSegments) {
    EXPECT_EQ(section_of("https://www.jpost.com/breaking-news/article-817267"), "breaking-news");
    EXPECT_EQ(section_of("https://www.jpost.com/Israel-News/politics/article-1"), "israel-news");
    EXPECT_EQ(section_of("https://x.com/article-1"), "");
    EXPECT_EQ(section_of("https://x.com/"), "");
    EXPECT_EQ(section_of("https://x.com"), "");
    EXPECT_EQ(section_of("https://x.com/world/?page=2"), "");
    EXPECT_EQ(section_of("https://x.com/world/story#top"), "world");
}

TEST(Url, LooksLikeUrl) {
    EXPECT_TRUE(looks_like_url("https://www.jpost.com/breaking-news/article-817267"));
    EXPECT_TRUE(looks_like_url(" http://localhost:8080/x "));
    EXPECT_FALSE(looks_like_url("jpost.com/x"));
    EXPECT_FALSE(looks_like_url("https://"));
    EXPECT_FALSE(looks_like_url("https://exa mple.com/"));
    EXPECT_FALSE(looks_like_url("SEPTEMBER 1, 2024 14:50"));
    EXPECT_FALSE(looks_like_url(""));
}

}  // namespace newsarc
