// QueryBuilder on real articles: the Reuters file, the seed and sample.jsonl, cleaned and built as the
// indexer does into an in-memory database. What a query matches is checked against the articles
// themselves (their tags, authors, dates, titles and text) or against the matches of its parts, not
// against answers copied from a run.
#include "common/querylang/query_builder.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/base/diagnostic.h"
#include "common/model/schema.h"
#include "test_support.h"

namespace newsarc {
namespace {

using Ids = std::set<std::string>;

const Timestamp kToday{2024, 9, 15, 0, 0, 0};

// Lower case, every run of characters other than letters and digits made one space, padded with a
// space at both ends: what the term generator sees as a sequence of words, for phrase oracles.
std::string words_of(const std::string& text) {
    std::string out = " ";
    for (unsigned char c : text) {
        if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
        else if (out.back() != ' ') out.push_back(' ');
    }
    if (out.back() != ' ') out.push_back(' ');
    return out;
}

bool has_tag(const Article& a, const std::string& tag, const std::string& value) {
    auto it = a.tags.find(tag);
    return it != a.tags.end() && std::find(it->second.begin(), it->second.end(), value) != it->second.end();
}

class QueryBuilderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        articles_ = new std::vector<Article>(testing::cleaned_articles(testing::kReut2000));
        for (const char* extra : {"/seed/000_bb8a75b0104a1e04.txt", "/good/sample.jsonl"})
            for (auto& a : testing::cleaned_articles(std::string(NEWSARC_TEST_DATA) + extra)) articles_->push_back(a);
        db_ = new Xapian::Database(testing::memory_archive(*articles_));
    }
    static void TearDownTestSuite() {
        delete db_;
        delete articles_;
    }

    static Ids run(const Xapian::Query& query) {
        Xapian::Enquire enquire(*db_);
        enquire.set_query(query);
        Ids out;
        Xapian::MSet mset = enquire.get_mset(0, db_->get_doccount());
        for (auto it = mset.begin(); it != mset.end(); ++it) out.insert(DocumentBuilder::stored_id(it.get_document()));
        return out;
    }
    static Ids match(const QuerySpec& spec) {
        QueryBuilder builder(*db_, kToday);
        return run(builder.build(spec));
    }
    static Ids match(const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        return match(spec);
    }
    static Xapian::Query build(const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        return QueryBuilder(*db_, kToday).build(spec);
    }
    static std::set<std::string> terms(const Xapian::Query& q) {
        return {q.get_unique_terms_begin(), q.get_unique_terms_end()};
    }
    // The articles that satisfy `pred`, by id.
    static Ids where(const std::function<bool(const Article&)>& pred) {
        Ids out;
        for (const auto& a : *articles_)
            if (pred(a)) out.insert(a.id);
        return out;
    }
    static Ids all() {
        return where([](const Article&) { return true; });
    }
    static Ids intersection(const Ids& a, const Ids& b) {
        Ids out;
        std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
        return out;
    }
    static Ids unite(const Ids& a, const Ids& b) {
        Ids out = a;
        out.insert(b.begin(), b.end());
        return out;
    }
    static Ids minus(const Ids& a, const Ids& b) {
        Ids out;
        std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::inserter(out, out.end()));
        return out;
    }
    static bool subset(const Ids& a, const Ids& b) { return std::includes(b.begin(), b.end(), a.begin(), a.end()); }

    // The usage error `text` gives (its message), or "" with a failure when it gives none.
    static std::string usage_error(const QuerySpec& spec) {
        try {
            match(spec);
        } catch (const UsageError& e) {
            return e.what();
        }
        ADD_FAILURE() << "no UsageError for \"" << spec.text << "\"";
        return "";
    }
    static std::string usage_error(const std::string& text) {
        QuerySpec spec;
        spec.text = text;
        return usage_error(spec);
    }

    static std::vector<Article>* articles_;
    static Xapian::Database* db_;
};

std::vector<Article>* QueryBuilderTest::articles_ = nullptr;
Xapian::Database* QueryBuilderTest::db_ = nullptr;

TEST_F(QueryBuilderTest, FieldNamesMapToTheSchemaPrefixes) {
    Xapian::Stem stem("english");
    auto z = [&](std::string_view prefix, const std::string& word) { return "Z" + std::string(prefix) + stem(word); };
    // Free-text fields are stemmed within their prefix (STEM_ALL_Z), boolean ones are exact.
    EXPECT_EQ(terms(build("title:prices")), std::set<std::string>{z(schema::kTitle, "prices")});
    EXPECT_EQ(terms(build("author:lazaroff")), std::set<std::string>{z(schema::kAuthorWords, "lazaroff")});
    EXPECT_EQ(terms(build("topic:coffee")), std::set<std::string>{std::string(schema::kTopic) + "coffee"});
    EXPECT_EQ(terms(build("place:brazil")), std::set<std::string>{std::string(schema::kPlace) + "brazil"});
    EXPECT_EQ(terms(build("section:business")), std::set<std::string>{std::string(schema::kSection) + "business"});
    EXPECT_EQ(terms(build("id:enw-2024-0412-002")), std::set<std::string>{DocumentBuilder::id_term("enw-2024-0412-002")});
    EXPECT_EQ(terms(build("site:www.JPost.com")), std::set<std::string>{std::string(schema::kSite) + "jpost.com"});
    // Unprefixed words are the body space, stemmed with the bare Z prefix.
    EXPECT_EQ(terms(build("prices")), std::set<std::string>{"Z" + stem("prices")});
}

TEST_F(QueryBuilderTest, BooleanFieldsMatchExactlyTheTaggedArticles) {
    Ids coffee = where([](const Article& a) { return has_tag(a, "topic", "coffee"); });
    ASSERT_GT(coffee.size(), 3u);
    EXPECT_EQ(match("topic:coffee"), coffee);
    Ids brazil = where([](const Article& a) { return has_tag(a, "place", "brazil"); });
    ASSERT_FALSE(brazil.empty());
    EXPECT_EQ(match("place:brazil"), brazil);
    EXPECT_EQ(match("section:business"), where([](const Article& a) { return a.section == "business"; }));
}

TEST_F(QueryBuilderTest, RepeatedBooleanFieldOrTogetherDifferentFieldsAnd) {
    Ids coffee = match("topic:coffee"), cocoa = match("topic:cocoa"), brazil = match("place:brazil");
    ASSERT_FALSE(cocoa.empty());
    ASSERT_NE(coffee, cocoa);
    EXPECT_EQ(match("topic:coffee topic:cocoa"), unite(coffee, cocoa));
    Ids both = intersection(coffee, brazil);
    ASSERT_FALSE(both.empty());
    ASSERT_NE(both, coffee);  // so the AND is visible
    EXPECT_EQ(match("topic:coffee place:brazil"), both);
    // Two values of one field and a value of another: (coffee OR cocoa) AND brazil.
    EXPECT_EQ(match("topic:coffee topic:cocoa place:brazil"), intersection(unite(coffee, cocoa), brazil));
}

TEST_F(QueryBuilderTest, IdFindsExactlyThatArticle) {
    for (const auto& id : {std::string("enw-2024-0412-002"), articles_->front().id, articles_->at(500).id})
        EXPECT_EQ(match("id:" + id), Ids{id}) << id;
    EXPECT_TRUE(match("id:no-such-article").empty());
}

TEST_F(QueryBuilderTest, SiteIgnoresCaseAndWww) {
    Ids sample = where([](const Article& a) { return a.site == "example-news.com"; });
    ASSERT_EQ(sample.size(), 3u);  // the three articles of sample.jsonl
    EXPECT_EQ(match("site:example-news.com"), sample);
    EXPECT_EQ(match("site:www.Example-News.COM"), sample);
    QuerySpec by_option;
    by_option.sites = {"WWW.example-news.com"};
    EXPECT_EQ(match(by_option), sample);
}

TEST_F(QueryBuilderTest, UrlFindsTheArticleUnderAnySpelling) {
    const Article* seed = nullptr;
    for (const auto& a : *articles_)
        if (a.site == "jpost.com") seed = &a;
    ASSERT_NE(seed, nullptr);
    ASSERT_EQ(seed->url, "https://www.jpost.com/breaking-news/article-817267");
    for (const char* spelling : {"https://www.jpost.com/breaking-news/article-817267",
                                 "http://jpost.com/breaking-news/article-817267",
                                 "jpost.com/breaking-news/article-817267/",
                                 "https://WWW.JPOST.COM/breaking-news/article-817267?utm_source=x#top"})
        EXPECT_EQ(match(std::string("url:") + spelling), Ids{seed->id}) << spelling;
    EXPECT_TRUE(match("url:https://www.jpost.com/breaking-news/article-1").empty());
}

TEST_F(QueryBuilderTest, TitleFieldMatchesTitleWordsOnly) {
    // Every title with the word "coffee" matches title:coffee, and nothing else does (stemming
    // could add "coffees", so the converse checks the stem as a word start).
    Ids titled = where([](const Article& a) { return words_of(a.title).find(" coffee ") != std::string::npos; });
    ASSERT_GT(titled.size(), 2u);
    Ids got = match("title:coffee");
    EXPECT_TRUE(subset(titled, got));
    for (const auto& a : *articles_)
        if (got.count(a.id)) {
            EXPECT_NE(words_of(a.title).find(" coffee"), std::string::npos) << a.title;
        }
    // The body word space is wider: articles mention coffee without it in their title.
    EXPECT_TRUE(subset(got, match("coffee")));
    EXPECT_GT(match("coffee").size(), got.size());
}

TEST_F(QueryBuilderTest, AuthorFieldAndOptionMatchNameWords) {
    // Reuters bylines such as "By Jeff Stearns, Reuters" become the author "Jeff Stearns".
    auto by = [](const std::string& surname) {
        return where([&](const Article& a) {
            return std::any_of(a.authors.begin(), a.authors.end(),
                               [&](const std::string& name) { return words_of(name).find(" " + surname + " ") != std::string::npos; });
        });
    };
    Ids stearns = by("stearns"), lazaroff = by("lazaroff");
    ASSERT_FALSE(stearns.empty());
    ASSERT_EQ(lazaroff.size(), 1u);
    EXPECT_EQ(match("author:stearns"), stearns);
    EXPECT_EQ(match("author:Stearns"), stearns);
    QuerySpec two;
    two.authors = {"stearns", "lazaroff"};  // several --author OR together
    EXPECT_EQ(match(two), unite(stearns, lazaroff));
}

TEST_F(QueryBuilderTest, WordsAndByDefault) {
    Ids coffee = match("coffee"), brazil = match("brazil");
    Ids both = intersection(coffee, brazil);
    ASSERT_FALSE(both.empty());
    ASSERT_LT(both.size(), coffee.size());
    ASSERT_LT(both.size(), brazil.size());
    EXPECT_EQ(match("coffee brazil"), both);
    EXPECT_EQ(match("coffee AND brazil"), both);
}

TEST_F(QueryBuilderTest, OrNotAndParentheses) {
    Ids coffee = match("coffee"), cocoa = match("cocoa"), brazil = match("brazil");
    EXPECT_EQ(match("coffee OR cocoa"), unite(coffee, cocoa));
    Ids coffee_not_brazil = minus(coffee, brazil);
    ASSERT_FALSE(coffee_not_brazil.empty());
    EXPECT_EQ(match("coffee NOT brazil"), coffee_not_brazil);
    EXPECT_EQ(match("coffee -brazil"), coffee_not_brazil);
    EXPECT_EQ(match("coffee AND NOT brazil"), coffee_not_brazil);
    EXPECT_EQ(match("(coffee OR cocoa) brazil"), intersection(unite(coffee, cocoa), brazil));
    // A query of only a negation (FLAG_PURE_NOT) is everything else.
    EXPECT_EQ(match("NOT brazil"), minus(all(), brazil));
}

TEST_F(QueryBuilderTest, PhrasesNeedTheWordsInOrder) {
    // Every article with "coffee prices" in its title or a paragraph matches; every match has the
    // stems in sequence (punctuation between them does not break a phrase for the term generator).
    auto contains = [](const Article& a, const std::string& seq) {
        if (words_of(a.title).find(seq) != std::string::npos) return true;
        return std::any_of(a.paragraphs.begin(), a.paragraphs.end(),
                           [&](const std::string& p) { return words_of(p).find(seq) != std::string::npos; });
    };
    Ids literal = where([&](const Article& a) { return contains(a, " coffee prices "); });
    ASSERT_FALSE(literal.empty());
    Ids got = match("\"coffee prices\"");
    EXPECT_TRUE(subset(literal, got));
    for (const auto& a : *articles_)
        if (got.count(a.id)) {
            EXPECT_TRUE(contains(a, " coffee price")) << a.id;
        }
    EXPECT_LT(got.size(), match("coffee prices").size());
    // The reverse order is another phrase.
    Ids reversed = match("\"prices coffee\"");
    for (const auto& a : *articles_)
        if (reversed.count(a.id)) {
            EXPECT_TRUE(contains(a, " price")) << a.id;
        }
    EXPECT_NE(reversed, got);
}

TEST_F(QueryBuilderTest, NearIsWithinTheAndOfItsWords) {
    Ids both = match("coffee prices");
    Ids near2 = match("coffee NEAR/2 prices"), near20 = match("coffee NEAR/20 prices");
    // Articles where the two words are adjacent, either order, in one paragraph or the title: within
    // any window.
    Ids adjacent = where([](const Article& a) {
        std::vector<std::string> parts = a.paragraphs;
        parts.push_back(a.title);
        return std::any_of(parts.begin(), parts.end(), [](const std::string& p) {
            std::string w = words_of(p);
            return w.find(" coffee prices ") != std::string::npos || w.find(" prices coffee ") != std::string::npos;
        });
    });
    ASSERT_FALSE(adjacent.empty());
    EXPECT_TRUE(subset(adjacent, near2));
    EXPECT_TRUE(subset(near2, near20));
    EXPECT_TRUE(subset(near20, both));
    EXPECT_LT(near2.size(), both.size());  // articles with both words far apart are left out
}

TEST_F(QueryBuilderTest, WildcardsExpandOverTheIndexedWords) {
    Ids coff = match("coff*");
    EXPECT_TRUE(subset(match("coffee"), coff));
    // A wildcard in a field stays in that field.
    Ids title_coff = match("title:coff*");
    ASSERT_FALSE(title_coff.empty());
    for (const auto& a : *articles_)
        if (title_coff.count(a.id)) {
            EXPECT_NE(words_of(a.title).find(" coff"), std::string::npos) << a.title;
        }
    EXPECT_TRUE(subset(match("title:coffee"), title_coff));
    // A wildcard no word starts with matches nothing rather than failing.
    EXPECT_TRUE(match("qqqzzz*").empty());
}

TEST_F(QueryBuilderTest, DateRangesSelectByPublishedDate) {
    auto published = [](const std::function<bool(const Timestamp&)>& pred) {
        return where([&](const Article& a) { return a.published && pred(*a.published); });
    };
    // Open upper end: 2015 and later is the seed and the sample articles, nothing of 1987.
    Ids recent = published([](const Timestamp& t) { return t.year >= 2015; });
    ASSERT_EQ(recent.size(), 4u);
    EXPECT_EQ(match("date:2015.."), recent);
    // Open lower end at month granularity covers the whole of March 1987.
    Ids to_march = published([](const Timestamp& t) { return t < Timestamp{1987, 4, 1, 0, 0, 0}; });
    ASSERT_GT(to_march.size(), 900u);
    EXPECT_EQ(match("date:..1987-03"), to_march);
    Ids to_feb = published([](const Timestamp& t) { return t < Timestamp{1987, 3, 1, 0, 0, 0}; });
    ASSERT_FALSE(to_feb.empty());
    ASSERT_LT(to_feb.size(), to_march.size());
    EXPECT_EQ(match("date:..1987-02"), to_feb);
    // A closed range of days, and a bare day meaning that day.
    Ids two_days = published([](const Timestamp& t) {
        return t >= Timestamp{1987, 3, 2, 0, 0, 0} && t < Timestamp{1987, 3, 4, 0, 0, 0};
    });
    ASSERT_FALSE(two_days.empty());
    EXPECT_EQ(match("date:1987-03-02..1987-03-03"), two_days);
    Ids april12 = published([](const Timestamp& t) { return t.year == 2024 && t.month == 4 && t.day == 12; });
    ASSERT_EQ(april12.size(), 2u);
    EXPECT_EQ(match("date:2024-04-12"), april12);
    // With words: AND.
    EXPECT_EQ(match("coffee date:..1987-02"), intersection(match("coffee"), to_feb));
}

TEST_F(QueryBuilderTest, DateOptionsAreTheSameRanges) {
    QuerySpec since;
    since.since = "2015";
    EXPECT_EQ(match(since), match("date:2015.."));
    QuerySpec until;
    until.until = "1987-02";
    EXPECT_EQ(match(until), match("date:..1987-02"));
    QuerySpec on;
    on.on = "2024-04-12";
    EXPECT_EQ(match(on), match("date:2024-04-12..2024-04-12"));
    QuerySpec both;
    both.since = "1987-03-02";
    both.until = "1987-03-03";
    both.text = "oil";
    EXPECT_EQ(match(both), match("oil date:1987-03-02..1987-03-03"));
}

TEST_F(QueryBuilderTest, AnEmptyRangeMatchesNothing) {
    EXPECT_TRUE(match("date:2030..").empty());
    EXPECT_TRUE(match("date:1990..2000").empty());
    EXPECT_TRUE(match("date:1988..1987").empty());  // reversed
}

TEST_F(QueryBuilderTest, ABadDateIsAUsageErrorQuotingIt) {
    std::string message = usage_error("coffee date:1987-02-30..");
    EXPECT_NE(message.find("1987-02-30"), std::string::npos) << message;
    message = usage_error("date:someday");
    EXPECT_NE(message.find("someday"), std::string::npos) << message;
    QuerySpec option;
    option.since = "2024-13";
    message = usage_error(option);
    EXPECT_NE(message.find("2024-13"), std::string::npos) << message;
}

TEST_F(QueryBuilderTest, ASyntaxErrorIsAUsageErrorPointingAtTheOperator) {
    std::string message = usage_error("coffee AND");
    EXPECT_NE(message.find("AND needs an expression on each side"), std::string::npos) << message;
    EXPECT_NE(message.find("coffee AND"), std::string::npos) << message;  // the query is quoted
    message = usage_error("(coffee OR");
    EXPECT_NE(message.find("coffee"), std::string::npos) << message;
}

TEST_F(QueryBuilderTest, NoQueryAndNoFilterIsAUsageError) {
    std::string message = usage_error(" \t ");
    EXPECT_NE(message.find("give a query or a filter"), std::string::npos) << message;
    // A filter alone is a query: every article it selects.
    QuerySpec site_only;
    site_only.sites = {"jpost.com"};
    EXPECT_EQ(match(site_only).size(), 1u);
}

TEST_F(QueryBuilderTest, AnUnknownFieldNameIsReadAsAPhraseOfWords) {
    // Not a UsageError: QueryParser takes "autor:lazaroff" (a typo of author:) as the words "autor"
    // and "lazaroff" joined by a phrase character, so the Lazaroff article is not found and nothing
    // says why. Pinned so that a change to it is deliberate.
    ASSERT_EQ(match("author:lazaroff").size(), 1u);
    EXPECT_EQ(match("autor:lazaroff"), match("\"autor lazaroff\""));
    EXPECT_TRUE(match("autor:lazaroff").empty());
}

}  // namespace
}  // namespace newsarc
