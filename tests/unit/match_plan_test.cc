// Tests of matching a query as every command matches it (all_matches, which newsarc-index remove
// and export use): on the bundled Reuters articles, an archive without body positions selects what
// one with them selects, and what a search of it shows.
#include "common/search/match_plan.h"

#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "common/store/database.h"
#include "common/search/search.h"
#include "tests/unit/test_support.h"

namespace newsarc {
namespace {

const Timestamp kToday{2024, 9, 15};

class AllMatchesTest : public ::testing::Test {
protected:
    void SetUp() override {
        positions = build(true);
        text_checked = build(false);
    }
    static Xapian::Database build(bool body_positions) {
        // One folder per test: ctest runs the tests of this fixture in parallel processes.
        std::string path = ::testing::TempDir() + "/all_matches_" +
                           ::testing::UnitTest::GetInstance()->current_test_info()->name() +
                           (body_positions ? "_pos" : "_nopos");
        IndexSettings settings;
        settings.body_positions = body_positions;
        testing::build_reuters_archive(path, settings);
        return Xapian::Database(path);
    }
    static Xapian::Query parse(const Xapian::Database& db, const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        return QueryBuilder(db, kToday).build(spec);
    }
    static std::vector<std::string> ids_of(const Xapian::Database& db, const std::vector<Xapian::docid>& docids) {
        RecordCodec codec = RecordCodec::from_database(db);
        std::vector<std::string> ids;
        for (Xapian::docid d : docids) ids.push_back(load_article(db.get_document(d), codec).id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    // The ids all_matches selects in `db`, with the archive's own settings.
    static std::vector<std::string> selected(const Xapian::Database& db, const std::string& text) {
        RecordCodec codec = RecordCodec::from_database(db);
        return ids_of(db, all_matches(db, parse(db, text), IndexSettings::from_database(db), codec));
    }
    // The ids newsarc-query --no-collapse shows.
    static std::vector<std::string> searched(const Xapian::Database& db, const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        SearchOptions options;
        options.collapse = false;
        options.limit = 100000;
        std::vector<std::string> ids;
        for (const auto& hit : search(db, spec, options, kToday).hits) ids.push_back(hit.article.id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }
    Xapian::Database positions, text_checked;
};

TEST_F(AllMatchesTest, SelectsWhatSearchShowsWithOrWithoutBodyPositions) {
    for (const char* text : {"\"oil prices\"", "oil -\"crude oil\"", "oil NEAR prices", "\"the company said\"",
                             "grain -\"soviet union\"", "pric* \"crude oil\"", "title:oil -\"crude oil\"",
                             "topic:crude -\"oil prices\"", "\"mln dlrs\" date:1987-02", "oil*"}) {
        std::vector<std::string> checked = selected(text_checked, text);
        EXPECT_FALSE(checked.empty()) << text;
        EXPECT_EQ(checked, selected(positions, text)) << text;
        EXPECT_EQ(checked, searched(text_checked, text)) << text;
        EXPECT_EQ(checked, searched(positions, text)) << text;
    }
}

TEST_F(AllMatchesTest, PhrasesAreCheckedOnTheTextOnlyWithoutBodyPositions) {
    Xapian::Query query = parse(text_checked, "oil -\"crude oil\"");
    RecordCodec codec = RecordCodec::from_database(text_checked);
    MatchPlan plan = plan_match(query, IndexSettings::from_database(text_checked), codec);
    ASSERT_TRUE(plan.decider);
    // Xapian alone cannot exclude the phrase (it sees no positions): it matches every "oil".
    std::vector<std::string> every_oil = selected(text_checked, "oil");
    Xapian::Enquire enquire(text_checked);
    enquire.set_query(plan.query);
    EXPECT_EQ(enquire.get_mset(0, text_checked.get_doccount()).size(), every_oil.size());
    EXPECT_LT(selected(text_checked, "oil -\"crude oil\"").size(), every_oil.size());

    EXPECT_FALSE(plan_match(query, IndexSettings::from_database(positions), codec).decider);
    EXPECT_FALSE(plan_match(parse(text_checked, "oil prices"), IndexSettings::from_database(text_checked), codec).decider);
}

}  // namespace
}  // namespace newsarc
