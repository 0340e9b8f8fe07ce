// The source fingerprint: equal for equal raw articles and cleaning, different when anything that
// changes the cleaned article changes, except its location (compared with provenance instead).
#include <gtest/gtest.h>

#include "common/clean/cleaner.h"

namespace newsarc {
namespace {

RawArticle seed_like() {
    RawArticle raw;
    raw.format = "text";
    raw.source_path = "seed.txt";
    raw.title = "Israeli military secretary was in Moscow";
    raw.bylines = {"TOVAH LAZAROFF"};
    raw.dates = {"SEPTEMBER 1, 2024 14:50", "20240901"};
    raw.url = "https://www.jpost.com/breaking-news/article-817267";
    raw.body_lines = {"First paragraph.Second paragraph.", "Second paragraph."};
    return raw;
}

TEST(SourceFingerprint, StableAndSensitive) {
    RawArticle raw = seed_like();
    std::string base = source_fingerprint(raw, {});
    EXPECT_EQ(base.size(), 16u);
    EXPECT_EQ(source_fingerprint(seed_like(), {}), base);

    std::vector<RawArticle> changed(7, seed_like());
    changed[0].title += "!";
    changed[1].body_lines.back() += " ";
    changed[2].dates[1] = "20240902";
    changed[3].section = "politics";
    changed[4].tags["topic"] = {"coffee"};
    changed[5].extra = {{"lang", "\"en\""}};
    // Moving text from one line to the next is a change too.
    changed[6].body_lines = {"First paragraph.Second paragraph.Second", " paragraph."};
    for (const auto& c : changed) EXPECT_NE(source_fingerprint(c, {}), base);

    // Where it came from is compared with the document's provenance instead (common/ingest/pipeline.cc).
    RawArticle moved = seed_like();
    moved.source_path = "/archive/other.txt";
    moved.source_line = 42;
    EXPECT_EQ(source_fingerprint(moved, {}), base);

    CleanOptions with_patterns;
    with_patterns.boilerplate = {"sponsored by"};
    EXPECT_NE(source_fingerprint(raw, with_patterns), base);  // other patterns clean differently
}

}  // namespace
}  // namespace newsarc
