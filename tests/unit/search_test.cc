// Tests of query building and snippets against a small in-memory archive built from real articles.
#include "common/search/search.h"

#include <gtest/gtest.h>

#include "common/base/diagnostic.h"
#include "common/index/document_builder.h"
#include "common/model/schema.h"

namespace newsarc {
namespace {

Article make(const std::string& id, const std::string& title, const std::string& author, Timestamp date,
             const std::string& site, const std::string& body) {
    Article a;
    a.id = id;
    a.title = title;
    a.authors = {author};
    a.published = date;
    a.site = site;
    a.paragraphs = {body};
    a.content_hash = id;
    return a;
}

QuerySpec q(const std::string& text) {
    QuerySpec spec;
    spec.text = text;
    return spec;
}

class SearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        Xapian::WritableDatabase w(std::string(), Xapian::DB_BACKEND_INMEMORY);
        RecordCodec codec;
        DocumentBuilder builder(codec);
        auto add = [&](const Article& a) { w.replace_document(DocumentBuilder::id_term(a.id), builder.build(a)); };
        add(make("a", "Israeli military secretary was in Moscow to advance hostage deal", "Tovah Lazaroff",
                 {2024, 9, 1, 14, 50, 0}, "jpost.com",
                 "The Prime Minister's Office said its military secretary returned Sunday from Moscow."));
        add(make("b", "BAHIA COCOA REVIEW", "Cal Mankowski", {1987, 2, 26, 15, 1, 1}, "",
                 "Showers continued throughout the week in the Bahia cocoa zone."));
        add(make("c", "Coffee prices rise", "Cal Mankowski", {1987, 3, 2, 9, 0, 0}, "",
                 "Coffee prices rose in the Bahia market after the showers."));
        db = w;
    }
    std::vector<std::string> ids(const QuerySpec& spec, SortOrder sort = SortOrder::relevance) {
        SearchOptions options;
        options.sort = sort;
        std::vector<std::string> out;
        for (const auto& hit : search(db, spec, options, Timestamp{2024, 9, 15}).hits) out.push_back(hit.article.id);
        return out;
    }
    Xapian::Database db;
};

TEST_F(SearchTest, FreeTextIsAndWithStemming) {
    EXPECT_EQ(ids(q("bahia shower")).size(), 2u);  // "shower" matches "showers" through the stemmer
    EXPECT_EQ(ids(q("bahia showers")).size(), 2u);
    EXPECT_EQ(ids(q("bahia moscow")).size(), 0u);
}

TEST_F(SearchTest, TitleMatchesRankFirst) {
    // "coffee" is in c's title and body; "cocoa" only in b's; "bahia" in both bodies and b's title.
    EXPECT_EQ(ids(q("bahia")).front(), "b");
}

TEST_F(SearchTest, PhrasesNeedPositions) {
    EXPECT_EQ(ids(q("\"military secretary\"")), std::vector<std::string>{"a"});
    EXPECT_TRUE(ids(q("\"secretary military\"")).empty());
}

TEST_F(SearchTest, FieldsAndFilters) {
    EXPECT_EQ(ids(q("author:lazaroff")), std::vector<std::string>{"a"});
    EXPECT_EQ(ids(q("author:\"cal mankowski\"")).size(), 2u);
    EXPECT_EQ(ids(q("site:jpost.com")), std::vector<std::string>{"a"});
    QuerySpec by_author;
    by_author.authors = {"mankowski"};
    EXPECT_EQ(ids(by_author, SortOrder::oldest), (std::vector<std::string>{"b", "c"}));
    EXPECT_EQ(ids(by_author, SortOrder::newest), (std::vector<std::string>{"c", "b"}));
    QuerySpec by_site;
    by_site.sites = {"www.JPost.com"};
    EXPECT_EQ(ids(by_site), std::vector<std::string>{"a"});
}

TEST_F(SearchTest, AuthorsAndWordsIgnoreCaseAndAccents) {
    Xapian::WritableDatabase w(std::string(), Xapian::DB_BACKEND_INMEMORY);
    RecordCodec codec;
        DocumentBuilder builder(codec);
    Article a = make("j", "Café society in Bogotá", "José Martínez", {2024, 1, 2, 0, 0, 0}, "", "Israel’s café owners.");
    w.replace_document(DocumentBuilder::id_term(a.id), builder.build(a));
    db = w;
    EXPECT_EQ(ids(q("author:martinez")), std::vector<std::string>{"j"});
    EXPECT_EQ(ids(q("author:MARTÍNEZ")), std::vector<std::string>{"j"});
    EXPECT_EQ(ids(q("author:\"jose martinez\"")), std::vector<std::string>{"j"});
    EXPECT_EQ(ids(q("bogota cafe")), std::vector<std::string>{"j"});
    EXPECT_EQ(ids(q("Israel's")), std::vector<std::string>{"j"});  // typed with ' finds ’
    QuerySpec by_author;
    by_author.authors = {"Jose"};
    EXPECT_EQ(ids(by_author), std::vector<std::string>{"j"});
}

TEST_F(SearchTest, NearDuplicatesCollapseIntoOneResult) {
    Xapian::WritableDatabase w(std::string(), Xapian::DB_BACKEND_INMEMORY);
    RecordCodec codec;
    DocumentBuilder builder(codec);
    const std::string body = "The Philippines will offer its commercial bank creditors an innovative pricing plan.";
    for (const char* id : {"wire", "copy"})
        w.replace_document(DocumentBuilder::id_term(id),
                           builder.build(make(id, "Manila to offer debt bonds", "", {1987, 3, 2, 0, 0, 0}, "", body)));
    db = w;
    SearchOptions options;
    auto results = search(db, q("philippines"), options, Timestamp{2024, 9, 15});
    ASSERT_EQ(results.hits.size(), 1u);
    EXPECT_EQ(results.hits[0].similar, 1u);
    options.collapse = false;
    EXPECT_EQ(search(db, q("philippines"), options, Timestamp{2024, 9, 15}).hits.size(), 2u);
    options.collapse = true;
    options.exact_count = true;  // --count counts every article
    EXPECT_EQ(search(db, q("philippines"), options, Timestamp{2024, 9, 15}).total_estimate, 2u);
}

TEST_F(SearchTest, DateRanges) {
    EXPECT_EQ(ids(q("date:2024-09-01..2024-09-01")), std::vector<std::string>{"a"});
    EXPECT_EQ(ids(q("date:1987")).size(), 2u);
    EXPECT_EQ(ids(q("date:1987-03..")).size(), 2u);  // c and a
    EXPECT_EQ(ids(q("bahia date:..1987-02")), std::vector<std::string>{"b"});
    QuerySpec since;
    since.since = "1987-02-27";
    since.until = "1987-12";
    EXPECT_EQ(ids(since), std::vector<std::string>{"c"});
    EXPECT_THROW(ids(q("date:1987-02-30..")), UsageError);
}

TEST_F(SearchTest, EmptyQueryIsAUsageError) { EXPECT_THROW(ids(q("  ")), UsageError); }

TEST_F(SearchTest, SnippetsHighlightMatchedWords) {
    SearchOptions options;
    auto results = search(db, q("\"military secretary\""), options, Timestamp{2024, 9, 15});
    ASSERT_EQ(results.hits.size(), 1u);
    const Snippet& s = results.hits[0].snippet;
    ASSERT_FALSE(s.highlights.empty());
    for (const auto& [begin, end] : s.highlights) {
        // Xapian marks a matched phrase as one span.
        std::string marked = s.text.substr(begin, end - begin);
        EXPECT_TRUE(marked == "military secretary" || marked == "military" || marked == "secretary") << marked;
    }
}

TEST_F(SearchTest, WithoutMatchedWordsTheSnippetIsTheOpening) {
    QuerySpec by_author;
    by_author.authors = {"lazaroff"};
    SearchOptions options;
    options.snippet_length = 30;
    auto results = search(db, by_author, options, Timestamp{2024, 9, 15});
    ASSERT_EQ(results.hits.size(), 1u);
    EXPECT_EQ(results.hits[0].snippet.text, "The Prime Minister's Office…");
    EXPECT_TRUE(results.hits[0].snippet.highlights.empty());
}

TEST(SplitSnippet, TurnsMarksIntoRanges) {
    Snippet s = split_snippet("a <b>b</b> c <b>dd</b>", "<b>", "</b>");
    EXPECT_EQ(s.text, "a b c dd");
    ASSERT_EQ(s.highlights.size(), 2u);
    EXPECT_EQ(s.highlights[0], std::make_pair(std::size_t{2}, std::size_t{3}));
    EXPECT_EQ(s.highlights[1], std::make_pair(std::size_t{6}, std::size_t{8}));
}

TEST(SplitSnippet, UndoesHtmlEscaping) {
    // MSet::snippet escapes Reuters' "<SVM>" tickers; offsets must count the decoded text.
    Snippet s = split_snippet("Companies L.P. &lt;SVM&gt; &amp; <b>Rollins</b>", "<b>", "</b>");
    EXPECT_EQ(s.text, "Companies L.P. <SVM> & Rollins");
    ASSERT_EQ(s.highlights.size(), 1u);
    EXPECT_EQ(s.text.substr(s.highlights[0].first, s.highlights[0].second - s.highlights[0].first), "Rollins");
}

TEST_F(SearchTest, WildcardsExpandOverStems) {
    EXPECT_EQ(ids(q("milit*")), std::vector<std::string>{"a"});
    EXPECT_EQ(ids(q("author:mankow*")).size(), 2u);
    EXPECT_EQ(ids(q("title:coff*")), std::vector<std::string>{"c"});
    EXPECT_EQ(ids(q("bahia -coff*")), std::vector<std::string>{"b"});
}

TEST(RouteWildcards, OnlyFreeTextOutsidePhrases) {
    EXPECT_EQ(route_wildcards("hostag* deal"), "zzstem:hostag* deal");
    EXPECT_EQ(route_wildcards("(a OR author:lazar*)"), "(a OR zzstemauthor:lazar*)");
    EXPECT_EQ(route_wildcards("\"hostag* deal\" milit*"), "\"hostag* deal\" zzstem:milit*");
    EXPECT_EQ(route_wildcards("site:jpost*"), "site:jpost*");  // boolean fields are left alone
    EXPECT_EQ(route_wildcards("-coff*"), "-zzstem:coff*");
}

TEST(DescribeSyntaxError, PointsAtTheOperator) {
    EXPECT_EQ(describe_syntax_error("coffee AND (tea OR)", "Syntax: <expression> OR <expression>"),
              "cannot parse query at column 17: OR needs an expression on each side\n"
              "  coffee AND (tea OR)\n"
              "                  ^^");
    EXPECT_EQ(describe_syntax_error("ORegon AND", "Syntax: <expression> AND <expression>").substr(0, 35),
              "cannot parse query at column 8: AND");  // whole words only
    EXPECT_EQ(describe_syntax_error("x", "Unknown range operation"), "cannot parse query: Unknown range operation\n  x");
}

TEST_F(SearchTest, SyntaxErrorsAreUsageErrors) { EXPECT_THROW(ids(q("(coffee OR")), UsageError); }

TEST(ExpandSingleDates, OnlyBareDates) {
    EXPECT_EQ(expand_single_dates("coffee date:1987"), "coffee date:1987..1987");
    EXPECT_EQ(expand_single_dates("(date:2024-09) OR x"), "(date:2024-09..2024-09) OR x");
    EXPECT_EQ(expand_single_dates("date:1987..1988"), "date:1987..1988");
    EXPECT_EQ(expand_single_dates("date:..1988"), "date:..1988");
    EXPECT_EQ(expand_single_dates("update:1987"), "update:1987");
}

}  // namespace
}  // namespace newsarc
