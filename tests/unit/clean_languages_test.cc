// Text in other languages and scripts through the cleaner: the rules written for English (glue,
// built-in boilerplate, shouted bylines) must leave it as it is, word for word and paragraph for
// paragraph, whether the source states its language or CLD2 detects it. On the UDHR in 46
// languages (../shared/corpora/udhr, skipped without it) and on short articles in ten languages
// bundled in tests/data/clean_languages/; the English rules must still fire on English.
#include "common/clean/cleaner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/clean/byline.h"
#include "common/clean/language_scope.h"
#include "common/text/strutil.h"
#include "tests/unit/test_support.h"

namespace newsarc {

namespace {

// A title and its paragraphs, as the source wrote them, and the language it states.
struct Source {
    std::string name;  // for messages: "rus article 5"
    std::string language;
    std::string title;
    std::vector<std::string> paragraphs;
};

// The ways an article reaches the cleaner: a text file (one paragraph a line), a JSON Lines body
// (paragraphs between blank lines), and a cumulative scrape (line k holds paragraphs k..n glued
// together, as the seed's scraper writes them).
enum class Shape { text, jsonl, scrape };
const char* shape_name(Shape s) { return s == Shape::text ? "text" : s == Shape::jsonl ? "jsonl" : "scrape"; }

RawArticle raw_of(const Source& s, Shape shape, bool stated) {
    RawArticle raw;
    raw.format = shape == Shape::jsonl ? "jsonl" : "text";
    raw.source_path = s.name;
    raw.title = s.title;
    if (stated) raw.language = s.language;
    for (std::size_t k = 0; k < s.paragraphs.size(); ++k) {
        if (shape == Shape::jsonl && k > 0) raw.body_lines.emplace_back();
        if (shape != Shape::scrape) {
            raw.body_lines.push_back(s.paragraphs[k]);
            continue;
        }
        std::string line;
        for (std::size_t j = k; j < s.paragraphs.size(); ++j) line += s.paragraphs[j];
        raw.body_lines.push_back(line);
    }
    return raw;
}

// Text as the cleaner normalises it before any rule (NFC, invisible characters gone, whitespace
// collapsed): what must come out again.
std::string normalised(std::string_view s) { return strutil::collapse_spaces(strutil::normalise_text(s)); }

std::vector<std::string> words_of(const std::vector<std::string>& paragraphs) {
    std::vector<std::string> words;
    for (const auto& p : paragraphs)
        for (auto& w : strutil::split(normalised(p), " ")) words.push_back(std::move(w));
    return words;
}

// How the cleaned article differs from its source: the first word lost, split or joined, or a
// paragraph dropped, split or merged; empty when it came through unchanged.
std::string damage(const Source& s, const Article& a) {
    if (a.title != normalised(s.title)) return "title became \"" + a.title + "\"";
    auto want = words_of(s.paragraphs), got = words_of(a.paragraphs);
    std::size_t k = 0;
    while (k < want.size() && k < got.size() && want[k] == got[k]) ++k;
    if (k < want.size() || k < got.size()) {
        auto at = [](const std::vector<std::string>& v, std::size_t i) { return i < v.size() ? "\"" + v[i] + "\"" : "(end)"; };
        return "word " + std::to_string(k) + ": " + at(want, k) + " came out as " + at(got, k) +
               (k + 1 < got.size() ? " " + at(got, k + 1) : "");
    }
    if (a.paragraphs.size() != s.paragraphs.size())
        return std::to_string(s.paragraphs.size()) + " paragraphs came out as " + std::to_string(a.paragraphs.size()) +
               (a.paragraphs.empty() ? "" : ", the first \"" + a.paragraphs.front() + "\"");
    for (std::size_t p = 0; p < a.paragraphs.size(); ++p)
        if (a.paragraphs[p] != normalised(s.paragraphs[p])) return "paragraph " + std::to_string(p) + " changed";
    return "";
}

// Every shape, language stated and not: the damage done, one line each.
std::vector<std::string> damages(const Source& s, std::vector<Shape> shapes = {Shape::text, Shape::jsonl, Shape::scrape}) {
    std::vector<std::string> out;
    for (Shape shape : shapes)
        for (bool stated : {true, false}) {
            auto cleaned = clean_article(raw_of(s, shape, stated)).article;
            auto d = damage(s, cleaned);
            if (!d.empty())
                out.push_back(s.name + " (" + shape_name(shape) + ", " + (stated ? "stated " + s.language : "detected " + cleaned.language) +
                              "): " + d);
        }
    return out;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += "  " + l + "\n";
    return out;
}

// The text between `open` and `close` tags from `pos` on, and `pos` past it; npos at the end.
std::string element(const std::string& html, const std::string& open, const std::string& close, std::size_t& pos) {
    auto b = html.find(open, pos);
    if (b == std::string::npos) return pos = std::string::npos, "";
    b = html.find('>', b) + 1;
    auto e = html.find(close, b);
    pos = e + close.size();
    return std::string(strutil::trim(html.substr(b, e - b)));
}

// The UDHR's 30 articles in one language: title "Article N" in the language, its paragraphs (the
// files hold no entities and no markup inside paragraphs).
std::vector<Source> udhr_articles(const std::string& path, const std::string& code) {
    std::string html = testing::slurp(path);
    std::size_t lang = html.find(" lang=\"") + 7;
    std::string language = html.substr(lang, html.find('"', lang) - lang);
    std::vector<Source> out;
    for (std::size_t pos = 0;;) {
        std::string body = element(html, "<article", "</article>", pos);
        if (pos == std::string::npos) break;
        Source s;
        s.name = code + " article " + std::to_string(out.size() + 1);
        s.language = language;
        std::size_t at = 0;
        s.title = element(body, "<h2", "</h2>", at);
        for (std::size_t p = 0;;) {
            std::string text = element(body, "<p", "</p>", p);
            if (p == std::string::npos) break;
            s.paragraphs.push_back(text);
        }
        out.push_back(std::move(s));
    }
    return out;
}

class UdhrLanguage : public ::testing::TestWithParam<const char*> {};

}  // namespace

// Every article of the UDHR in every language comes through unchanged: the same words in the same
// order, none split or joined, the same paragraphs, the language stated or detected.
TEST_P(UdhrLanguage, EveryWordAndParagraphKept) {
    std::string path = std::string(NEWSARC_SHARED_CORPORA "/udhr/html/") + GetParam() + ".html";
    if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " is missing";
    auto articles = udhr_articles(path, GetParam());
    ASSERT_EQ(articles.size(), 30u);
    std::vector<std::string> all;
    for (const auto& s : articles)
        for (auto& d : damages(s)) all.push_back(std::move(d));
    EXPECT_TRUE(all.empty()) << all.size() << " of 180 cleanings changed the text:\n" << joined(all);
}

INSTANTIATE_TEST_SUITE_P(CleanLanguages, UdhrLanguage,
                         ::testing::Values("arb", "ben", "bul", "cat", "ces", "cmn_hans", "cmn_hant", "dan", "deu_1996",
                                           "ell_monotonic", "eng", "est", "eus", "fin", "fra", "glg", "heb", "hin", "hrv",
                                           "hun", "ind", "ita", "jpn", "kor", "lav", "lit", "nld", "nob", "pes_1", "pol",
                                           "por_BR", "por_PT", "ron_2006", "rus", "slk", "spa", "srp_cyrl", "srp_latn", "swe",
                                           "swh", "tam", "tha", "tur", "ukr", "urd", "vie"));

namespace {

// The bundled articles as the text reader gives them, the language stated by the file's name.
std::vector<Source> bundled_articles() {
    std::vector<Source> out;
    for (const char* code : {"ar", "he", "ru", "el", "hi", "th", "zh", "ja", "de", "fr"}) {
        auto items = testing::drain(*open_reader(std::string(NEWSARC_TEST_DATA "/clean_languages/") + code + ".txt"));
        const auto& raw = std::get<RawArticle>(items.at(0));
        out.push_back({code, code, raw.title, raw.body_lines});
    }
    return out;
}

}  // namespace

TEST(CleanLanguages, BundledArticlesKeepEveryWordAndParagraph) {
    std::vector<std::string> all;
    for (const auto& s : bundled_articles()) {
        EXPECT_GE(s.paragraphs.size(), 4u) << s.name;
        for (auto& d : damages(s)) all.push_back(std::move(d));
    }
    EXPECT_TRUE(all.empty()) << joined(all);
}

// What CLD2 makes of the bundled articles: their own language (the rules' gate depends on it).
TEST(CleanLanguages, BundledArticlesDetectedAsTheirLanguage) {
    for (const auto& s : bundled_articles())
        EXPECT_EQ(clean_article(raw_of(s, Shape::text, false)).article.language, s.language) << s.name;
}

// Abbreviations glued to the next word, as Russian, Greek and German news write them, are no
// sentence ends: the English rule cut "им." | "Пушкина", "Αγ." | "Παρασκευή", "15." | "April".
TEST(CleanLanguages, GluedAbbreviationsOfOtherLanguagesStayWhole) {
    for (const auto& s : bundled_articles()) {
        auto body = clean_article(raw_of(s, Shape::text, false)).article.body();
        if (s.language == "ru") {
            EXPECT_NE(body.find("им.Пушкина на ул.Пречистенка"), std::string::npos) << body;
        } else if (s.language == "el") {
            EXPECT_NE(body.find("στην Αγ.Παρασκευή,"), std::string::npos) << body;
        } else if (s.language == "de") {
            EXPECT_NE(body.find("nach dem 15.April beginnen"), std::string::npos) << body;
            EXPECT_NE(body.find("im 19.Jahrhundert eine"), std::string::npos) << body;
        }
    }
}

// A shouted Greek byline is kept as written: lowercased letter by letter it loses its accents and
// ends in "σ" where Greek writes "ς" ("Παπαδοπουλου", "Παπαδοπουλοσ"). Cyrillic and Latin names are
// title-cased as before; Turkish ones only where the language is not Turkish (I is ı there).
TEST(CleanLanguages, ShoutedBylinesTitleCasedOnlyWhereCaseMapsSimply) {
    for (const auto& s : bundled_articles()) {
        auto items = testing::drain(*open_reader(std::string(NEWSARC_TEST_DATA "/clean_languages/") + s.name + ".txt"));
        auto a = clean_article(std::get<RawArticle>(items.at(0))).article;
        if (s.language == "el") {
            EXPECT_EQ(a.authors, std::vector<std::string>{"ΜΑΡΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ"});
        } else if (s.language == "ru") {
            EXPECT_EQ(a.authors, std::vector<std::string>{"Анна Смирнова"});
        }
    }
    EXPECT_EQ(normalise_byline("By GIORGOS PAPADOPOULOS"), std::vector<std::string>{"Giorgos Papadopoulos"});
    EXPECT_EQ(normalise_byline("ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ", "el"), std::vector<std::string>{"ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"});
    EXPECT_EQ(normalise_byline("ÇAĞLA YILDIRIM", "tr"), std::vector<std::string>{"ÇAĞLA YILDIRIM"});
    EXPECT_EQ(normalise_byline("ÇAĞLA YILDIRIM", "en"), std::vector<std::string>{"Çağla Yildirim"});
    EXPECT_EQ(normalise_byline("ИВАН ПЕТРОВ", "ru"), std::vector<std::string>{"Иван Петров"});
}

namespace {

Source english_glued() {
    return {"english glued", "en", "Talks resume in Geneva",
            {"Negotiators met again on Tuesday in Geneva to discuss the ceasefire deal.Russia has not been an active part "
             "of the talks, officials said.",
             "The next round is expected in two weeks, the foreign ministry said in a statement."}};
}

}  // namespace

// The English rules still fire on English: stated, detected, or undetermined with English letters.
TEST(CleanLanguages, EnglishRulesStillFireOnEnglish) {
    Source s = english_glued();
    for (const char* language : {"en", "", "und"}) {
        RawArticle raw = raw_of(s, Shape::text, false);
        raw.language = language;
        auto a = clean_article(raw).article;
        ASSERT_EQ(a.paragraphs.size(), 3u) << language << "\n" << a.body();
        EXPECT_EQ(a.paragraphs[1], "Russia has not been an active part of the talks, officials said.");
    }
    RawArticle promo = raw_of(s, Shape::text, true);
    promo.body_lines.push_back("Subscribe to our newsletter for the latest news");
    EXPECT_EQ(clean_article(promo).article.paragraphs.size(), 3u);
}

// The same glue in an article stated in another language is left alone: the rule was written for
// English and the source says the text is not.
TEST(CleanLanguages, EnglishRulesSilentWhereTheSourceStatesAnotherLanguage) {
    RawArticle raw = raw_of(english_glued(), Shape::text, false);
    raw.language = "de";
    raw.body_lines.push_back("Subscribe to our newsletter for the latest news");
    auto a = clean_article(raw).article;
    EXPECT_EQ(a.paragraphs.size(), 3u) << a.body();
    EXPECT_NE(a.body().find("deal.Russia"), std::string::npos);
}

// Undetermined text counts as English only when its letters are English's: Vietnamese is Latin
// script, but not English.
TEST(CleanLanguages, UndeterminedTextMustReadAsEnglish) {
    EXPECT_TRUE(english_rules_apply("en", "", {}));
    EXPECT_TRUE(english_rules_apply("und", "Shr 26 cts vs 18 cts", {"Net 5,281,000 vs 4,112,000"}));
    EXPECT_TRUE(english_rules_apply("und", "", {"1,200 3.5 --"}));
    EXPECT_TRUE(english_rules_apply("und", "Chairman quits", {"José Müller, the chairman, resigned on Friday."}));
    EXPECT_FALSE(english_rules_apply("und", "Mọi người sinh ra đều được tự do", {}));
    EXPECT_FALSE(english_rules_apply("und", "Все люди рождаются свободными", {}));
    EXPECT_FALSE(english_rules_apply("de", "The talks resumed", {}));
}

// In an English article, a cut next to a word of another script is undone: the English glue is
// split, the Russian quotation's abbreviation stays whole.
TEST(CleanLanguages, EnglishCutsNeverTouchWordsOfAnotherScript) {
    Source s = english_glued();
    s.paragraphs.push_back(
        "The sign at the museum reads \"Музей им.Пушкина\" and the exhibition closes on Sunday, the museum said.");
    RawArticle raw = raw_of(s, Shape::text, false);
    raw.language = "en";
    auto a = clean_article(raw).article;
    ASSERT_EQ(a.paragraphs.size(), 4u) << a.body();
    EXPECT_NE(a.paragraphs[3].find("им.Пушкина"), std::string::npos);
    EXPECT_TRUE(other_script_at_cut("им.Пушкина", 5, 5));
    EXPECT_FALSE(other_script_at_cut("deal.Russia", 5, 5));
    EXPECT_FALSE(other_script_at_cut("Café.Résumé", 6, 6));
}

// The rules that read no language read other scripts' punctuation too. A Chinese or Japanese line
// hard-wrapped inside a paragraph is joined without a space (one would cut a word in two: before,
// "底开 通运营"); a Hindi line ending in a danda ends its paragraph, as a line ending in "." does
// (before, two such lines of a block became one paragraph); a run of spaces after "。" is the
// scraper's paragraph break, as after "." (before, it stayed inside the paragraph; the same in
// Hindi after "।").
TEST(CleanLanguages, ScriptGenericRulesReadOtherScriptsPunctuation) {
    RawArticle zh;
    zh.format = "jsonl";
    zh.title = "北京地铁新线路年底开通";
    zh.body_lines = {"北京市交通委员会3日宣布，地铁17号线北段将于今年12月底开", "通运营，全长约24公里。", "",
                     "据介绍，新线路开通后，通勤时间将缩短约30分钟。"};
    auto a = clean_article(zh).article;
    ASSERT_EQ(a.paragraphs.size(), 2u) << a.body();
    EXPECT_EQ(a.paragraphs[0], "北京市交通委员会3日宣布，地铁17号线北段将于今年12月底开通运营，全长约24公里。");

    RawArticle hi;
    hi.format = "text";
    hi.title = "दिल्ली में मानसून की पहली बारिश";
    hi.body_lines = {"राजधानी दिल्ली में शुक्रवार सुबह मानसून की पहली बारिश हुई।",
                     "कई इलाकों में जलभराव के कारण यातायात प्रभावित हुआ।", "",
                     "मौसम विभाग के अनुसार, अगले तीन दिनों तक बारिश जारी रहेगी", "और तापमान सामान्य रहेगा।"};
    a = clean_article(hi).article;
    ASSERT_EQ(a.paragraphs.size(), 3u) << a.body();
    EXPECT_EQ(a.paragraphs[2], "मौसम विभाग के अनुसार, अगले तीन दिनों तक बारिश जारी रहेगी और तापमान सामान्य रहेगा।");

    RawArticle runs = zh;
    runs.format = "text";
    runs.body_lines = {"据介绍，新线路开通后，通勤时间将大幅缩短。   市民表示，新线开通后就方便多了。"};
    a = clean_article(runs).article;
    EXPECT_EQ(a.paragraphs, (std::vector<std::string>{"据介绍，新线路开通后，通勤时间将大幅缩短。", "市民表示，新线开通后就方便多了。"}));
    runs = hi;
    runs.body_lines = {"राजधानी दिल्ली में शुक्रवार सुबह मानसून की पहली बारिश हुई।   कई इलाकों में जलभराव के कारण यातायात प्रभावित हुआ।"};
    a = clean_article(runs).article;
    EXPECT_EQ(a.paragraphs.size(), 2u) << a.body();
}

// Persian writes some words with a zero-width non-joiner (می‌شود, "becomes"), which cleaning keeps
// (strutil::normalise_text once removed it with the invisible characters).
TEST(CleanLanguages, PersianZeroWidthNonJoinerKept) {
    RawArticle raw;
    raw.format = "text";
    raw.language = "fa";
    raw.title = "آزمون";
    raw.body_lines = {"این قانون از فردا اجرا می\u200Cشود."};
    EXPECT_EQ(clean_article(raw).article.paragraphs.at(0), "این قانون از فردا اجرا می\u200Cشود.");
}

// The seed (the English article the cleaner was written for) still comes out as before: twelve
// paragraphs, glue and newsletter gone (the detailed checks are cleaner_test's).
TEST(CleanLanguages, SeedStillCleaned) {
    auto a = clean_article(testing::seed_raw_article()).article;
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.paragraphs.size(), 12u);
    EXPECT_EQ(a.body().find("deal.Russia"), std::string::npos);
    EXPECT_EQ(a.body().find("Subscribe"), std::string::npos);
}

}  // namespace newsarc
