// The result printers (text, json, jsonl, tsv) on real searches of the Reuters articles, plus one
// article built with a title full of characters the formats must escape (a comma, quotes, a tab, a
// line break, a backslash). The printers offer no CSV.
#include "common/cli/printers.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/base/diagnostic.h"
#include "common/cli/json_output.h"
#include "common/text/strutil.h"
#include "test_support.h"

namespace newsarc {
namespace {

using Json = nlohmann::ordered_json;

const Timestamp kToday{2024, 9, 15, 0, 0, 0};
const std::string kAwkwardTitle = "Coffee, \"tea\"\tand\nmilk \\ prices";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> out(1);
    for (char c : line) {
        if (c == '\t') out.emplace_back();
        else out.back().push_back(c);
    }
    return out;
}

// Checks that `got` has the shape of the pinned `shape` (tests/data/json-schema): the same keys in
// the same order, scalars of the named type, arrays whose first element has the first element's shape.
void expect_shape(const Json& got, const Json& shape, const std::string& where) {
    if (shape.is_object()) {
        ASSERT_TRUE(got.is_object()) << where;
        std::vector<std::string> want_keys, got_keys;
        for (const auto& [k, v] : shape.items()) want_keys.push_back(k);
        for (const auto& [k, v] : got.items()) got_keys.push_back(k);
        EXPECT_EQ(got_keys, want_keys) << where;
        for (const auto& [k, v] : shape.items())
            if (got.contains(k)) expect_shape(got[k], v, where + "." + k);
    } else if (shape.is_array()) {
        ASSERT_TRUE(got.is_array()) << where;
        if (!shape.empty() && !got.empty()) expect_shape(got[0], shape[0], where + "[0]");
    } else {
        std::string type = shape.get<std::string>();
        if (type == "number") {
            EXPECT_TRUE(got.is_number()) << where << ": " << got.dump();
        } else if (type == "string") {
            EXPECT_TRUE(got.is_string()) << where << ": " << got.dump();
        } else {
            ADD_FAILURE() << where << ": pinned type " << type;
        }
    }
}

class PrintersTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::vector<Article> articles = testing::cleaned_articles(testing::kReut2000);
        Article awkward;
        awkward.id = "awkward-1";
        awkward.title = kAwkwardTitle;
        awkward.authors = {"Ana Ribeiro", "Jonas Berg"};
        awkward.published = Timestamp{1987, 3, 2, 9, 0, 0};
        awkward.paragraphs = {"Zanzibari coffee prices rose, traders said, and \"tea\" followed."};
        awkward.content_hash = "0123456789abcdef";
        awkward.source = "made/in:the\ttest";
        articles.push_back(awkward);
        db_ = new Xapian::Database(testing::memory_archive(articles));
    }
    static void TearDownTestSuite() { delete db_; }

    static SearchResults find(const std::string& text, Xapian::doccount limit = 5) {
        QuerySpec spec;
        spec.text = text;
        SearchOptions options;
        options.limit = limit;
        return search(*db_, spec, options, kToday);
    }

    static Xapian::Database* db_;
};

Xapian::Database* PrintersTest::db_ = nullptr;

TEST_F(PrintersTest, JsonHasThePinnedShapeAndTheResultsInRankOrder) {
    // As t150 asks for it: facets author and year, a histogram by month.
    QuerySpec spec;
    spec.text = "coffee prices";
    SearchOptions options;
    options.facets = {"author", "year"};
    options.histogram = "month";
    SearchResults results = search(*db_, spec, options, kToday);
    ASSERT_GE(results.hits.size(), 2u);
    std::ostringstream out;
    print_json(results, kResultFields, false, out);
    std::string text = out.str();
    ASSERT_EQ(text.back(), '\n');
    EXPECT_EQ(text.find('\n'), text.size() - 1) << "one line";
    Json j = Json::parse(text);
    Json pinned = Json::parse(testing::slurp(NEWSARC_TEST_DATA "/json-schema/query.json"));
    expect_shape(j, pinned, "query");
    EXPECT_EQ(j["format_version"], kLatestFormatVersion);
    EXPECT_EQ(j["query"], "coffee prices");
    EXPECT_EQ(j["total_estimate"], results.total_estimate);
    ASSERT_EQ(j["results"].size(), results.hits.size());
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
        const Hit& hit = results.hits[i];
        const Json& r = j["results"][i];
        EXPECT_EQ(r["rank"], i + 1);
        EXPECT_EQ(r["id"], hit.article.id);
        EXPECT_EQ(r["title"], hit.article.title);
        EXPECT_EQ(r["published"], hit.article.published->iso());
        EXPECT_EQ(r["snippet"], hit.snippet.text);
        // Highlights are byte ranges into the snippet, of the words searched for.
        const std::string snippet = r["snippet"];
        ASSERT_EQ(r["highlights"].size(), hit.snippet.highlights.size());
        EXPECT_FALSE(r["highlights"].empty()) << hit.article.id;
        for (const auto& range : r["highlights"]) {
            std::size_t b = range[0], e = range[1];
            ASSERT_LE(e, snippet.size());
            std::string word = strutil::to_lower(snippet.substr(b, e - b));
            EXPECT_TRUE(word.starts_with("coffee") || word.starts_with("price")) << word;
        }
    }
    // Only with --explain: the parsed query.
    EXPECT_FALSE(j.contains("parsed"));
    std::ostringstream explained;
    print_json(results, kResultFields, true, explained);
    EXPECT_EQ(Json::parse(explained.str())["parsed"], results.parsed);
}

TEST_F(PrintersTest, JsonKeepsAwkwardTitlesIntact) {
    SearchResults results = find("zanzibari");
    ASSERT_EQ(results.hits.size(), 1u);
    std::ostringstream out;
    print_json(results, kResultFields, false, out);
    Json r = Json::parse(out.str())["results"][0];
    EXPECT_EQ(r["title"], kAwkwardTitle);
    EXPECT_EQ(r["authors"], Json::array({"Ana Ribeiro", "Jonas Berg"}));
    EXPECT_EQ(r["source"], "made/in:the\ttest");
}

TEST_F(PrintersTest, JsonlIsOneObjectPerResultWithTheChosenFields) {
    SearchResults results = find("coffee brazil", 7);
    ASSERT_GE(results.hits.size(), 3u);
    std::vector<std::string> fields = parse_fields("id, title,rank");
    std::ostringstream out;
    print_jsonl(results, fields, out);
    auto lines = lines_of(out.str());
    ASSERT_EQ(lines.size(), results.hits.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        Json r = Json::parse(lines[i]);
        std::vector<std::string> keys;
        for (const auto& [k, v] : r.items()) keys.push_back(k);
        EXPECT_EQ(keys, fields);  // only the fields asked for, in the order asked
        EXPECT_EQ(r["id"], results.hits[i].article.id);
        EXPECT_EQ(r["rank"], i + 1);
    }
}

TEST_F(PrintersTest, JsonlOfNoResultsIsEmpty) {
    SearchResults results = find("qqqzzzx");
    ASSERT_TRUE(results.hits.empty());
    std::ostringstream out;
    print_jsonl(results, kResultFields, out);
    EXPECT_EQ(out.str(), "");
}

TEST_F(PrintersTest, TsvHasAHeaderAndOneRowPerResult) {
    SearchResults results = find("coffee brazil", 7);
    ASSERT_GE(results.hits.size(), 3u);
    std::ostringstream out;
    print_tsv(results, kResultFields, out);
    auto lines = lines_of(out.str());
    ASSERT_EQ(lines.size(), results.hits.size() + 1);
    EXPECT_EQ(split_tabs(lines[0]), kResultFields);
    for (std::size_t i = 0; i < results.hits.size(); ++i) {
        auto cells = split_tabs(lines[i + 1]);
        ASSERT_EQ(cells.size(), kResultFields.size()) << lines[i + 1];
        EXPECT_EQ(cells[0], std::to_string(i + 1));
        EXPECT_EQ(cells[1], results.hits[i].article.id);
        EXPECT_EQ(cells[3], results.hits[i].article.title);
    }
}

TEST_F(PrintersTest, TsvTurnsTabsAndLineBreaksIntoSpacesAndJoinsAuthors) {
    SearchResults results = find("zanzibari");
    ASSERT_EQ(results.hits.size(), 1u);
    std::ostringstream out;
    print_tsv(results, parse_fields("id,title,authors,source,highlights"), out);
    auto lines = lines_of(out.str());
    ASSERT_EQ(lines.size(), 2u);  // the line break in the title did not make a row
    auto cells = split_tabs(lines[1]);
    ASSERT_EQ(cells.size(), 5u);  // nor did its tab make a column
    EXPECT_EQ(cells[0], "awkward-1");
    // TSV has no quoting: the comma, quotes and backslash stay as they are.
    EXPECT_EQ(cells[1], "Coffee, \"tea\" and milk \\ prices");
    EXPECT_EQ(cells[2], "Ana Ribeiro; Jonas Berg");
    EXPECT_EQ(cells[3], "made/in:the test");
    // Non-string values are their JSON.
    EXPECT_TRUE(Json::parse(cells[4]).is_array()) << cells[4];
}

TEST_F(PrintersTest, TextWithoutColourHasNoEscapeCodes) {
    SearchResults results = find("coffee brazil");
    ASSERT_GE(results.hits.size(), 2u);
    std::ostringstream out;
    print_text(results, TextStyle{}, out);
    std::string text = out.str();
    EXPECT_EQ(text.find('\033'), std::string::npos);
    // Each result: its rank and title, its id among the details, its snippet.
    std::size_t at = 0;
    for (const auto& hit : results.hits) {
        std::size_t line = text.find(std::to_string(hit.rank) + ". " + hit.article.title + "\n", at);
        ASSERT_NE(line, std::string::npos) << hit.article.title;
        EXPECT_NE(text.find(hit.article.id, line), std::string::npos);
        EXPECT_NE(text.find(hit.snippet.text, line), std::string::npos);
        at = line + 1;  // in rank order
    }
    EXPECT_NE(text.find("results 1-" + std::to_string(results.hits.size()) + " of about " +
                        std::to_string(results.total_estimate)),
              std::string::npos);
    EXPECT_EQ(text.find("parsed:"), std::string::npos);
}

TEST_F(PrintersTest, TextWithColourMarksEachHighlight) {
    SearchResults results = find("coffee");
    ASSERT_FALSE(results.hits.empty());
    TextStyle style;
    style.color = true;
    style.explain = true;
    std::ostringstream out;
    print_text(results, style, out);
    std::string text = out.str();
    EXPECT_EQ(text.rfind("parsed: " + results.parsed + "\n", 0), 0u);
    for (const auto& hit : results.hits) {
        ASSERT_FALSE(hit.snippet.highlights.empty()) << hit.article.id;
        for (const auto& [b, e] : hit.snippet.highlights) {
            std::string marked = "\033[1;31m" + hit.snippet.text.substr(b, e - b) + "\033[0m";
            EXPECT_NE(text.find(marked), std::string::npos) << marked;
        }
    }
}

TEST_F(PrintersTest, TextSaysUndatedAndUntitled) {
    // No Reuters article lacks both, so a result is edited: the printer prints what it is given.
    SearchResults results = find("zanzibari");
    ASSERT_EQ(results.hits.size(), 1u);
    results.hits[0].article.title.clear();
    results.hits[0].article.published.reset();
    std::ostringstream out;
    print_text(results, TextStyle{}, out);
    EXPECT_EQ(out.str().rfind("1. (untitled)\n   undated · Ana Ribeiro, Jonas Berg · awkward-1\n", 0), 0u) << out.str();
}

TEST(ParseFields, RejectsAnUnknownFieldNamingIt) {
    EXPECT_EQ(parse_fields(""), kResultFields);
    EXPECT_EQ(parse_fields("title,id"), (std::vector<std::string>{"title", "id"}));
    try {
        parse_fields("id,titel");
        ADD_FAILURE() << "accepted titel";
    } catch (const UsageError& e) {
        EXPECT_NE(std::string(e.what()).find("\"titel\""), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace newsarc
