// Tests of facet counting and the coverage histogram over a small in-memory archive.
#include "common/search/facets.h"

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"
#include "common/index/document_builder.h"
#include "common/cli/printers.h"
#include "common/search/search.h"

namespace newsarc {
namespace {

Article make(const std::string& id, std::vector<std::string> authors, Timestamp date, std::vector<std::string> topics) {
    Article a;
    a.id = id;
    a.title = "Coffee talks " + id;
    a.authors = std::move(authors);
    a.published = date;
    a.site = "reuters.com";
    a.tags["topic"] = std::move(topics);
    a.paragraphs = {"Coffee quota talks went on."};
    a.content_hash = id;
    return a;
}

SearchResults run(const Xapian::Database& db, SearchOptions options) {
    QuerySpec spec;
    spec.text = "coffee";
    return search(db, spec, options, Timestamp{2024, 1, 1});
}

class FacetsTest : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase w(std::string(), Xapian::DB_BACKEND_INMEMORY);
        RecordCodec codec;
        DocumentBuilder builder(codec);
        for (const Article& a : {make("1", {"Lisa Vaughan"}, {1987, 2, 26}, {"coffee"}),
                                 make("2", {"Lisa Vaughan", "José Martí"}, {1987, 3, 2}, {"coffee", "tea"}),
                                 make("3", {}, {1987, 3, 2}, {"coffee"}),
                                 make("4", {"José Martí"}, {1987, 5, 1}, {"cocoa"})})
            w.replace_document(DocumentBuilder::id_term(a.id), builder.build(a));
        db = w;
    }
    Xapian::Database db;
};

TEST_F(FacetsTest, CountsEveryMatchNotOnlyThePageShown) {
    SearchOptions options;
    options.limit = 1;
    options.facets = {"author", "topic", "site", "year"};
    auto results = run(db, options);
    ASSERT_EQ(results.facets.size(), 4u);
    const auto& authors = results.facets[0].values;
    ASSERT_EQ(authors.size(), 2u);
    EXPECT_EQ(authors[0].count, 2u);  // display names, most frequent first, ties in value order
    EXPECT_EQ(authors[0].value, "José Martí");
    EXPECT_EQ(authors[1].value, "Lisa Vaughan");
    const auto& topics = results.facets[1].values;
    EXPECT_EQ(topics[0].value, "coffee");
    EXPECT_EQ(topics[0].count, 3u);
    EXPECT_EQ(results.facets[2].values[0].count, 4u);
    EXPECT_EQ(results.facets[3].values[0].value, "1987");
}

TEST_F(FacetsTest, HistogramFillsEmptyPeriods) {
    SearchOptions options;
    options.histogram = "month";
    auto results = run(db, options);
    ASSERT_TRUE(results.histogram);
    std::vector<std::pair<std::string, Xapian::doccount>> got;
    for (const auto& v : results.histogram->values) got.emplace_back(v.value, v.count);
    EXPECT_EQ(got, (std::vector<std::pair<std::string, Xapian::doccount>>{
                       {"1987-02", 1}, {"1987-03", 2}, {"1987-04", 0}, {"1987-05", 1}}));
    options.histogram = "day";
    results = run(db, options);
    EXPECT_EQ(results.histogram->values.front().value, "1987-02-26");
    EXPECT_EQ(results.histogram->values.back().value, "1987-05-01");
    EXPECT_EQ(results.histogram->values.size(), 3u + 31u + 30u + 1u);  // 26-28 Feb, March, April, 1 May
}

TEST_F(FacetsTest, UnknownFacetIsAUsageError) {
    SearchOptions options;
    options.facets = {"colour"};
    EXPECT_THROW(run(db, options), UsageError);
    options.facets.clear();
    options.histogram = "author";
    EXPECT_THROW(run(db, options), UsageError);
}

TEST(DrawBar, ScalesToTheWidthInEighths) {
    EXPECT_EQ(draw_bar(10, 10, 4), "████");
    EXPECT_EQ(draw_bar(5, 10, 4), "██");
    EXPECT_EQ(draw_bar(1, 16, 4), "▎");  // two eighths
    EXPECT_EQ(draw_bar(1, 32, 4), "▏");  // one eighth of a cell
    EXPECT_EQ(draw_bar(1, 1000, 4), "▏");  // never empty when there are matches
    EXPECT_EQ(draw_bar(0, 10, 4), "");
}

}  // namespace
}  // namespace newsarc
