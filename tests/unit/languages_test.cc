// Language codes, detection, per-language folding and analysis, CJK runs: on real strings.
#include <gtest/gtest.h>

#include <xapian.h>

#include "common/clean/cleaner.h"
#include "common/index/analysis.h"
#include "common/index/cjk.h"
#include "common/lang/codes.h"
#include "common/querylang/query_builder.h"
#include "common/search/search.h"
#include "common/lang/detect.h"
#include "common/text/elision.h"
#include "common/text/fold.h"
#include "test_support.h"

namespace newsarc {
namespace {

TEST(LanguageCodes, SourcesSpellingsBecomeOneCode) {
    const std::pair<const char*, const char*> cases[] = {
        {"de", "de"},       {"de-1996", "de"}, {"DE-de", "de"},   {"pt_BR", "pt"},  {"deu", "de"},
        {"ger", "de"},      {"German", "de"},  {"English", "en"}, {"zh-Hant", "zh"}, {"cmn", "zh"},
        {"iw", "he"},       {"in", "id"},      {"nob", "nb"},     {"pes", "fa"},    {"ceb", "ceb"},
        {" fr_FR ", "fr"},  {"", ""},          {"und", ""},       {"mul", ""},      {"xx", ""},
        {"qqq", ""},        {"not a language", ""},
    };
    for (const auto& [in, want] : cases) EXPECT_EQ(lang::normalise_code(in), want) << in;
}

TEST(LanguageDetection, NewsTextInTenLanguages) {
    const std::pair<const char*, const char*> cases[] = {
        {"Die Mieten für Wohnungen und Häuser in Berlin sind im vergangenen Jahr stark gestiegen, "
         "und viele Familien suchen seit Monaten vergeblich eine bezahlbare Bleibe.", "de"},
        {"Les prix de l'immobilier ont fortement augmenté à Paris l'année dernière, et de nombreuses "
         "familles cherchent depuis des mois un logement abordable.", "fr"},
        {"Los precios de la vivienda subieron con fuerza en Madrid el año pasado y muchas familias "
         "buscan desde hace meses un piso asequible.", "es"},
        {"I turisti arrivano a Venezia ogni giorno in numero crescente, e la città introduce una "
         "tassa d'ingresso per i visitatori giornalieri.", "it"},
        {"Цены на жильё в Москве в прошлом году резко выросли, и многие семьи месяцами ищут "
         "доступную квартиру.", "ru"},
        {"ارتفعت أسعار المساكن في القاهرة بشكل حاد في العام الماضي، وتبحث عائلات كثيرة منذ أشهر "
         "عن شقة بسعر معقول.", "ar"},
        {"מחירי הדירות בתל אביב עלו בחדות בשנה שעברה, ומשפחות רבות מחפשות כבר חודשים דירה "
         "במחיר סביר.", "he"},
        {"东京都政府宣布，为迎接奥运会，地铁线路将延长运营时间。许多游客预计将在夏季抵达，"
         "酒店价格已经明显上涨。", "zh"},
        {"東京都は、オリンピックに向けて地下鉄の運行時間を延長すると発表した。夏には多くの"
         "観光客が訪れる見込みだ。", "ja"},
        {"서울시는 올림픽을 앞두고 지하철 운행 시간을 연장한다고 발표했다. 여름에는 많은 관광객이 "
         "찾을 것으로 예상된다.", "ko"},
        {"Oil prices rose sharply on Tuesday as traders worried about supplies from the Middle East "
         "after the weekend's attacks on two tankers.", "en"},
    };
    for (const auto& [text, want] : cases) EXPECT_EQ(lang::detect_language(text), want) << text;
}

// An exported record comes back with its language, normalised; one that names none is detected.
TEST(LanguageDetection, RestoredRecordsKeepOrRegainALanguage) {
    auto restore = [](const std::string& language_field) {
        RawArticle raw;
        raw.format = "jsonl";
        raw.restored_json = std::string(R"({"id":"x1","title":"Mieten in Berlin steigen","body":"Die Mieten )") +
                            R"(für Wohnungen und Häuser in Berlin sind im vergangenen Jahr stark gestiegen, und )" +
                            R"(viele Familien suchen seit Monaten eine bezahlbare Bleibe.")" + language_field + "}";
        return clean_article(raw).article.language;
    };
    EXPECT_EQ(restore(R"(,"language":"de")"), "de");
    EXPECT_EQ(restore(R"(,"language":"und")"), "und");       // undetermined when exported, and kept so
    EXPECT_EQ(restore(""), "de");                            // exported before languages: detected
    EXPECT_EQ(restore(R"(,"language":"Klingon!!")"), "de");  // edited into nonsense: detected
    EXPECT_EQ(restore(R"(,"language":"deu")"), "de");
}

TEST(LanguageDetection, TooLittleTextIsUnknown) {
    EXPECT_EQ(lang::detect_language(""), "und");
    EXPECT_EQ(lang::detect_language("12,345 vs 11,020"), "und");
    EXPECT_EQ(lang::detect_language("GKN 1986 pretax profit 132.4 mln stg\n******Blah blah blah."), "und");
}

TEST(LanguageDetection, EnglishNewsAboutForeignNamesIsEnglish) {
    // CLD2's own summary picks Italian here (22% of the text); the majority is English.
    EXPECT_EQ(lang::detect_language("CASSA DI RISPARMIO DI ROMA LAUNCHING CD PROGRAM\nItalian savings bank Cassa di "
                                    "Risparmio di Roma is launching a 100 mln dlr euro-certificate of deposit "
                                    "issuance program, Chase Investment Bank Ltd said as arranger. Chase will also "
                                    "be a dealer for the program, which will be issued in London."),
              "en");
}

TEST(FoldForLanguage, KeepsTheLettersALanguageCountsAsItsOwn) {
    EXPECT_EQ(fold_for_language("año José", "es"), "año Jose");
    EXPECT_EQ(fold_for_language("año José", "en"), "ano Jose");
    EXPECT_EQ(fold_for_language("Bär Café", "de"), "Bär Cafe");
    EXPECT_EQ(fold_for_language("źle być", "pl"), "źle być");
    EXPECT_EQ(fold_for_language("şık Işık", "tr"), "şık Işık");
    EXPECT_EQ(fold_for_language("får", "sv"), "får");
    EXPECT_EQ(fold_for_language("Tiếng Việt", "vi"), "Tiếng Việt");
    EXPECT_EQ(fold_for_language("naïve café", "fr"), "naive cafe");
    EXPECT_EQ(fold_for_language("n\xcc\x83o", "es"), "ño");  // a decomposed ñ is composed, then kept
}

TEST(FoldForLanguage, OtherScriptsAsTheyAre) {
    EXPECT_EQ(fold_for_search("мой ёж"), "мой еж");           // й is a letter; ё reads as е
    EXPECT_EQ(fold_for_search("Αθήνα"), "Αθηνα");             // Greek tonos folds
    EXPECT_EQ(fold_for_search("مَدْرَسَة"), "مدرسة");          // Arabic harakat go
    EXPECT_EQ(fold_for_search("שָׁלוֹם"), "שלום");             // Hebrew points go
    EXPECT_EQ(fold_for_search("हिंदी समाचार"), "हिंदी समाचार");  // Devanagari vowel signs stay
    EXPECT_EQ(fold_for_search("ภาษาไทย"), "ภาษาไทย");          // Thai too
    EXPECT_EQ(fold_for_search("东京"), "东京");
}

TEST(Elision, FrenchItalianCatalanArticlesComeOff) {
    EXPECT_EQ(split_elisions("l'interieur d’un pays, aujourd'hui", "fr"), "l interieur d un pays, aujourd hui");
    EXPECT_EQ(split_elisions("dell'alimentazione e l'organizzazione", "it"), "dell alimentazione e l organizzazione");
    EXPECT_EQ(split_elisions("l'organitzacio d'esclaus", "ca"), "l organitzacio d esclaus");
    EXPECT_EQ(split_elisions("O'Brien's l'idea", "en"), "O'Brien's l'idea");  // English keeps its apostrophes
    EXPECT_EQ(split_elisions("O'Brien", "fr"), "O'Brien");                     // "o" is no French elision
    EXPECT_EQ(split_elisions("bol'shoi l'", "fr"), "bol'shoi l'");             // not a word start, no word after
    EXPECT_EQ(analysis_text("L'Intérieur", "fr"), "L Intérieur");  // French stems before it folds
}

TEST(Analysis, StemmersByLanguage) {
    EXPECT_EQ(snowball_stemmer("de"), "german");
    EXPECT_EQ(snowball_stemmer("nb"), "norwegian");
    EXPECT_EQ(snowball_stemmer("und"), "english");
    EXPECT_EQ(snowball_stemmer("zh"), "");
    EXPECT_EQ(snowball_stemmer("pl"), "");
    EXPECT_EQ(analysis_stemmer("de")("häuser"), "haus");
    EXPECT_EQ(analysis_stemmer("it")("turisti"), analysis_stemmer("it")("turista"));
    EXPECT_EQ(analysis_stemmer("pl")("domów"), "domów");                 // unstemmed
    EXPECT_EQ(analysis_stemmer("es")("josé"), analysis_stemmer("es")("jose"));  // stems folded
    // Catalan stems as written, then folds: the accent decides the suffix.
    EXPECT_EQ(analysis_stemmer("ca")("persecució"), analysis_stemmer("ca")("persecucions"));
    EXPECT_EQ(analysis_text("La persecució", "ca"), "La persecució");
    EXPECT_EQ(analysis_text("La persecución", "en"), "La persecucion");
    EXPECT_EQ(analysis_stemmer("fr", /*snippet=*/true)("l'intérieur"), analysis_stemmer("fr")("interieur"));
}

TEST(Analysis, LanguagesSharingStemmerAndFoldingParseOnce) {
    auto analyses = query_analyses({"de", "en", "pl", "und", "zh"});
    ASSERT_EQ(analyses.size(), 4u);  // german, english (en + und), unstemmed keeping letters (pl), unstemmed (zh)
    EXPECT_EQ(analyses[1].languages, (std::vector<std::string>{"en", "und"}));
}

TEST(Cjk, RunsAreCutOutOfMixedText) {
    std::string text = "iPhone 手机在东京发售。Sony 株式会社";
    auto segments = cjk_segments(text);
    std::vector<std::pair<std::string, bool>> got;
    for (const auto& s : segments) got.emplace_back(std::string(s.text), s.cjk);
    EXPECT_EQ(got, (std::vector<std::pair<std::string, bool>>{
                       {"iPhone ", false}, {"手机在东京发售", true}, {"。Sony ", false}, {"株式会社", true}}));
    EXPECT_EQ(cjk_characters("东京").size(), 2u);
    EXPECT_FALSE(may_contain_cjk("Israel’s “ceasefire”"));  // quotes are encoded from E2 80 too
    EXPECT_TRUE(may_contain_cjk("한국어"));
}

// Highlights as MSet::snippet gives them for 奥运会 (each character and pair marked wherever it
// stands): the word stays marked, a lone 运 elsewhere does not; Latin highlights are left alone.
TEST(Cjk, OnlyWholeWordsStayHighlighted) {
    Snippet s;
    s.text = "为迎接奥运会，运动员 arrive";  // 为迎接 9 bytes, 奥运会 9, ， 3, 运动员 9
    s.highlights = {{9, 12}, {12, 15}, {15, 18}, {21, 24}, {31, 37}};
    keep_whole_cjk_words(s, "奥运会 arrive");
    EXPECT_EQ(s.highlights, (std::vector<std::pair<std::size_t, std::size_t>>{{9, 12}, {12, 15}, {15, 18}, {31, 37}}));
    Snippet latin = s;
    keep_whole_cjk_words(latin, "arrive");  // no CJK word in the query: nothing to do
    EXPECT_EQ(latin.highlights, s.highlights);
}

Article article_in(const std::string& id, const std::string& language, const std::string& text) {
    Article a;
    a.id = id;
    a.title = text;
    a.paragraphs = {text};
    a.language = language;
    return a;
}

// One analysis for an archive in one language: the query is what it was before languages.
TEST(QueryLanguages, OneLanguageOneParse) {
    Xapian::Database db = testing::memory_archive({article_in("e1", "en", "Oil prices rose"),
                                                   article_in("e2", "und", "Shr 45 cts vs 58 cts")});
    QuerySpec spec;
    spec.text = "oil prices";
    EXPECT_EQ(QueryBuilder(db, Timestamp{2025, 1, 1}).build(spec).get_description(), "Query((Zoil@1 AND Zprice@2))");
}

// The main language's parse excludes the others, each of which is filtered to its own.
TEST(QueryLanguages, EachArticleScoredByItsOwnLanguagesParse) {
    Xapian::Database db = testing::memory_archive({article_in("e1", "en", "Tourists in Venice"),
                                                   article_in("e2", "en", "More tourists"),
                                                   article_in("i1", "it", "I turisti a Venezia")});
    QuerySpec spec;
    spec.text = "turista";
    EXPECT_EQ(QueryBuilder(db, Timestamp{2025, 1, 1}).build(spec).get_description(),
              "Query(((Zturista@1 AND_NOT Lit) OR (Zturist@1 FILTER Lit)))");
    spec.languages = {"Italian"};
    EXPECT_EQ(QueryBuilder(db, Timestamp{2025, 1, 1}).build(spec).get_description(), "Query((Zturist@1 FILTER Lit))");
    spec.languages = {"klingon!"};
    EXPECT_THROW(QueryBuilder(db, Timestamp{2025, 1, 1}).build(spec), UsageError);
}

TEST(QueryLanguages, LangFiltersInTheText) {
    EXPECT_EQ(languages_in_query("lang:de Haus"), std::vector<std::string>{"de"});
    EXPECT_EQ(languages_in_query("(lang:fr OR lang:German) x"), (std::vector<std::string>{"fr", "de"}));
    EXPECT_TRUE(languages_in_query("Haus -lang:de").empty());
    EXPECT_TRUE(languages_in_query("Haus NOT lang:de").empty());
}

}  // namespace
}  // namespace newsarc
