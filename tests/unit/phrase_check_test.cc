// Tests of phrase and NEAR queries answered without body positions: relaxing, checking on the
// stored text, and the end result through search().
#include "common/search/phrase_check.h"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "common/index/document_builder.h"
#include "common/search/search.h"

namespace newsarc {
namespace {

TEST(PhraseMatches, OrderWindowAndAlternatives) {
    TermPositions pos = text_positions("", {"The military secretary returned from Moscow", "Secretary of the military"},
                                       {"Zmilitari", "Zsecretari", "Zmoscow", "Zgeneral", "Zabsent"});
    auto z = [](const char* s) { return std::vector<std::string>{std::string("Z") + s}; };
    EXPECT_TRUE(phrase_matches(pos, {z("militari"), z("secretari")}, 2, true));
    EXPECT_FALSE(phrase_matches(pos, {z("secretari"), z("militari")}, 2, true));  // wrong order
    EXPECT_TRUE(phrase_matches(pos, {z("secretari"), z("militari")}, 2, false));  // NEAR: any order
    EXPECT_FALSE(phrase_matches(pos, {z("militari"), z("moscow")}, 3, true));     // too far
    EXPECT_TRUE(phrase_matches(pos, {z("militari"), z("moscow")}, 5, true));
    // "secretary of the military" must not join "Moscow" in the previous paragraph.
    EXPECT_FALSE(phrase_matches(pos, {z("moscow"), z("secretari")}, 5, true));
    EXPECT_TRUE(phrase_matches(pos, {{"Zgeneral", "Zmilitari"}, z("secretari")}, 2, true));
    EXPECT_FALSE(phrase_matches(pos, {z("militari"), z("absent")}, 2, true));
}

TEST(TextPositions, SplitsWordsLikeTheIndexer) {
    TermPositions pos = text_positions("U.S. aid", {"Israel’s “ceasefire” talks – the hostages’ families."},
                                       {"Zus", "Zaid", "Zisrael'", "Zceasefir", "Ztalk", "Zhostag"});
    EXPECT_EQ(pos["Zus"], std::vector<Xapian::termpos>{1});
    EXPECT_EQ(pos["Zaid"], std::vector<Xapian::termpos>{2});
    EXPECT_EQ(pos["Zceasefir"], std::vector<Xapian::termpos>{2 + 10 + 2});
    EXPECT_EQ(pos["Ztalk"], std::vector<Xapian::termpos>{2 + 10 + 3});
    EXPECT_EQ(pos["Zhostag"], std::vector<Xapian::termpos>{2 + 10 + 5});
}

TEST(RelaxPhrases, OnlyBodyPhrasesBecomeAnd) {
    std::vector<Xapian::Query> body_terms{Xapian::Query("Zmilitari"), Xapian::Query("Zsecretari")};
    std::vector<Xapian::Query> title_terms{Xapian::Query("ZSmilitari"), Xapian::Query("ZSsecretari")};
    Xapian::Query body(Xapian::Query::OP_PHRASE, body_terms.begin(), body_terms.end());
    Xapian::Query title(Xapian::Query::OP_PHRASE, title_terms.begin(), title_terms.end());
    EXPECT_TRUE(needs_phrase_check(body));
    EXPECT_FALSE(needs_phrase_check(title));  // title positions are indexed
    Xapian::Query both(Xapian::Query::OP_OR, body, title);
    EXPECT_EQ(relax_phrases(both).get_description(),
              "Query(((Zmilitari AND Zsecretari) OR (ZSmilitari PHRASE 2 ZSsecretari)))");
    // Excluding a phrase must not exclude every document that merely has its words.
    Xapian::Query excluded(Xapian::Query::OP_AND_NOT, Xapian::Query("Ztalk"), body);
    EXPECT_EQ(relax_phrases(excluded).get_description(), "Query(Ztalk)");
}

// The same small archive twice: without body positions (phrases checked on the text) and with
// them (IndexSettings::body_positions, Xapian checks positions). Every query must agree.
class PhraseSearchTest : public ::testing::Test {
protected:
    void SetUp() override {
        db = build(false);
        positional = build(true);
    }
    Xapian::Database build(bool body_positions) {
        // One folder per test: ctest runs the tests of this fixture in parallel processes.
        std::string path = ::testing::TempDir() + "/phrase_search_" +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name() +
                           (body_positions ? "_pos" : "_nopos");
        std::filesystem::remove_all(path);
        Xapian::WritableDatabase w(path, Xapian::DB_CREATE);
        IndexSettings settings;
        settings.body_positions = body_positions;
        settings.save_to(w);
        DocumentBuilder builder(codec, settings);
        auto add = [&](const char* id, const char* title, std::vector<std::string> paragraphs) {
            Article a;
            a.id = id;
            a.title = title;
            a.paragraphs = std::move(paragraphs);
            a.content_hash = id;
            a.published = Timestamp{2024, 9, 1};
            a.tags["topic"] = {"politics"};
            w.replace_document(DocumentBuilder::id_term(a.id), builder.build(a));
        };
        add("exact", "Moscow talks", {"Its military secretary returned Sunday."});
        add("reversed", "Moscow talks", {"The secretary said military aid would come."});
        add("split", "Moscow talks", {"He spoke to the military.", "Secretary Blinken replied."});
        add("title", "Military secretary in Moscow", {"Talks went on."});
        w.commit();
        return Xapian::Database(path);
    }
    std::vector<std::string> ids_in(const Xapian::Database& d, const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        std::vector<std::string> out;
        for (const auto& hit : search(d, spec, SearchOptions{}, Timestamp{2024, 9, 15}).hits)
            out.push_back(hit.article.id);
        std::sort(out.begin(), out.end());
        return out;
    }
    std::vector<std::string> ids(const std::string& text) {
        auto checked = ids_in(db, text);
        EXPECT_EQ(checked, ids_in(positional, text)) << "positions and text checks disagree on " << text;
        return checked;
    }
    RecordCodec codec;
    Xapian::Database db, positional;
};

TEST_F(PhraseSearchTest, PhrasesMatchOnlyWhereTheWordsAreAdjacent) {
    EXPECT_EQ(ids("\"military secretary\""), (std::vector<std::string>{"exact", "title"}));
    EXPECT_EQ(ids("\"military secretaries\""), (std::vector<std::string>{"exact", "title"}));  // stems
    EXPECT_EQ(ids("military secretary").size(), 4u);                                            // AND
    EXPECT_EQ(ids("military NEAR secretary"), (std::vector<std::string>{"exact", "reversed", "title"}));
    EXPECT_EQ(ids("\"military secretary\" OR blinken"), (std::vector<std::string>{"exact", "split", "title"}));
    EXPECT_EQ(ids("talks -\"military secretary\""), (std::vector<std::string>{"reversed", "split"}));
    EXPECT_EQ(ids("title:\"military secretary\""), std::vector<std::string>{"title"});
}

// A wildcard or a date range beside a phrase is evaluated on the article too: taken as true because
// Xapian had applied it, under a NOT it dropped every article, and in an OR it kept articles whose
// words were not a phrase.
TEST_F(PhraseSearchTest, WildcardsAndDateRangesBesideAPhraseAreEvaluated) {
    EXPECT_EQ(ids("\"military secretary\" -blink*"), (std::vector<std::string>{"exact", "title"}));
    EXPECT_EQ(ids("\"military secretary\" OR blink*"), (std::vector<std::string>{"exact", "split", "title"}));
    // Wider than 128 year, month and day terms: a value range.
    EXPECT_EQ(ids("\"military secretary\" OR date:1900-01-15..2020-06-15"), (std::vector<std::string>{"exact", "title"}));
    EXPECT_EQ(ids("\"military secretary\" OR date:1900-01-15..2030-06-15").size(), 4u);
    EXPECT_EQ(ids("\"military secretary\" NOT date:1900-01-15..2030-06-15"), std::vector<std::string>{});
}

TEST_F(PhraseSearchTest, CountsAndFacetsSeeOnlyVerifiedMatches) {
    SearchOptions options;
    options.exact_count = true;
    options.facets = {"topic"};
    QuerySpec spec;
    spec.text = "\"military secretary\"";
    auto results = search(db, spec, options, Timestamp{2024, 9, 15});
    EXPECT_EQ(results.total_estimate, 2u);
    ASSERT_EQ(results.facets.size(), 1u);
    ASSERT_EQ(results.facets[0].values.size(), 1u);
    EXPECT_EQ(results.facets[0].values[0].count, 2u);
}

}  // namespace
}  // namespace newsarc
