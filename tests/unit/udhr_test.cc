// The Universal Declaration of Human Rights in 46 languages (../shared/corpora/udhr/html, optional:
// the tests skip without it): the same 30 articles in every language, so article N is the right
// answer for its own words in each. Issue #17's measures of multilingual handling:
//   - detection: the share of articles, stated in no language, whose language the cleaner detects;
//   - cleaning: every script comes through the cleaner unchanged;
//   - retrieval: each article's distinctive word ranks it first, on one archive of all languages;
//   - inflection: a word in a form its article does not contain (tests/data/udhr_inflections.tsv,
//     curated: the UDHR is not bundled, this list is) ranks its article first, by stemming.
#include <algorithm>
#include <array>
#include <memory>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "common/clean/cleaner.h"
#include "common/index/document_builder.h"
#include "common/index/index_settings.h"
#include "common/search/search.h"
#include "common/text/fold.h"
#include "common/text/strutil.h"
#include "test_support.h"

namespace newsarc {
namespace {

const std::string kUdhrDir = NEWSARC_SHARED_CORPORA "/udhr/html";
const std::string kInflections = NEWSARC_TEST_DATA "/udhr_inflections.tsv";
constexpr int kArticles = 30;

// ISO 639-3 (the files' data-iso6393) -> the code an archive must store: ISO 639-1 where the
// language has one. Macrolanguage members map to their macrolanguage's code (cmn -> zh, arb -> ar,
// pes -> fa, ekk -> et, lvs -> lv, swh -> sw), as ISO 639-1 has no code of their own.
const std::map<std::string, std::string> kIso1 = {
    {"arb", "ar"}, {"ben", "bn"}, {"bul", "bg"}, {"cat", "ca"}, {"ces", "cs"}, {"cmn", "zh"}, {"dan", "da"},
    {"deu", "de"}, {"ell", "el"}, {"eng", "en"}, {"ekk", "et"}, {"eus", "eu"}, {"fin", "fi"}, {"fra", "fr"},
    {"glg", "gl"}, {"heb", "he"}, {"hin", "hi"}, {"hrv", "hr"}, {"hun", "hu"}, {"ind", "id"}, {"ita", "it"},
    {"jpn", "ja"}, {"kor", "ko"}, {"lvs", "lv"}, {"lit", "lt"}, {"nld", "nl"}, {"nob", "nb"}, {"pes", "fa"},
    {"pol", "pl"}, {"por", "pt"}, {"ron", "ro"}, {"rus", "ru"}, {"slk", "sk"}, {"spa", "es"}, {"srp", "sr"},
    {"swe", "sv"}, {"swh", "sw"}, {"tam", "ta"}, {"tha", "th"}, {"tur", "tr"}, {"ukr", "uk"}, {"urd", "ur"},
    {"vie", "vi"},
};

// Xapian 1.4's Snowball stemmers, by the code of their language. The test uses them only to choose
// words (a distinctive word's stem must be its article's alone) and to check the curated list.
const std::map<std::string, std::string> kStemmer = {
    {"ar", "arabic"},     {"ca", "catalan"}, {"da", "danish"},  {"de", "german"},     {"en", "english"},
    {"es", "spanish"},    {"eu", "basque"},  {"fi", "finnish"}, {"fr", "french"},     {"hu", "hungarian"},
    {"id", "indonesian"}, {"it", "italian"}, {"lt", "lithuanian"}, {"nb", "norwegian"}, {"nl", "dutch"},
    {"pt", "portuguese"}, {"ro", "romanian"}, {"ru", "russian"}, {"sv", "swedish"},   {"tr", "turkish"},
    {"ta", "tamil"},
};

struct UdhrArticle {
    std::string heading;                  // "Artikel 1"
    std::vector<std::string> paragraphs;  // the <p> texts, in order
};

struct UdhrLanguage {
    std::string file;      // "deu_1996" (data-code)
    std::string lang;      // <html lang>: "de-1996"
    std::string iso6393;   // "deu"
    std::string expected;  // "de"
    std::vector<UdhrArticle> articles;
};

std::string unescape(std::string s) {
    static const std::vector<std::pair<std::string, std::string>> entities = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&apos;", "'"}, {"&nbsp;", "\u00a0"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size()) s.replace(at, from.size(), to);
    return s;
}

// The text of an element's content: tags dropped, entities decoded, trimmed.
std::string inner_text(const std::string& html) {
    std::string out;
    bool in_tag = false;
    for (char c : html) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (!in_tag) out += c;
    }
    return std::string(strutil::trim(unescape(out)));
}

// The contents of every `<name ...>...</name>` in `html` from `from` to `to`, in order (no nesting).
std::vector<std::string> elements(const std::string& html, const std::string& name, std::size_t from = 0,
                                  std::size_t to = std::string::npos) {
    std::vector<std::string> out;
    const std::string open = "<" + name, close = "</" + name + ">";
    to = std::min(to, html.size());
    for (std::size_t at = html.find(open, from); at != std::string::npos && at < to; at = html.find(open, at)) {
        char next = at + open.size() < html.size() ? html[at + open.size()] : '\0';
        if (next != '>' && next != ' ') {  // <pre> is not <p>
            at += open.size();
            continue;
        }
        std::size_t start = html.find('>', at);
        std::size_t end = html.find(close, start);
        if (start == std::string::npos || end == std::string::npos || end > to) break;
        out.push_back(html.substr(start + 1, end - start - 1));
        at = end + close.size();
    }
    return out;
}

// The value of attribute `name` in the first tag `<tag ...>` of `html`.
std::string attribute(const std::string& html, const std::string& tag, const std::string& name) {
    std::size_t at = html.find("<" + tag + " ");
    if (at == std::string::npos) return "";
    std::string element = html.substr(at, html.find('>', at) - at);
    std::size_t a = element.find(" " + name + "=\"");
    if (a == std::string::npos) return "";
    a += name.size() + 3;
    return element.substr(a, element.find('"', a) - a);
}

UdhrLanguage parse_file(const std::filesystem::path& path) {
    std::string html = testing::slurp(path.string());
    UdhrLanguage l;
    l.file = path.stem().string();
    l.lang = attribute(html, "html", "lang");
    l.iso6393 = attribute(html, "html", "data-iso6393");
    if (auto it = kIso1.find(l.iso6393); it != kIso1.end()) l.expected = it->second;
    for (const auto& body : elements(html, "article")) {
        UdhrArticle article;
        auto headings = elements(body, "h2");
        if (!headings.empty()) article.heading = inner_text(headings.front());
        for (const auto& p : elements(body, "p")) article.paragraphs.push_back(inner_text(p));
        l.articles.push_back(std::move(article));
    }
    return l;
}

// The article as a source stating no language (or `language`) gives it: a JSON Lines record.
RawArticle raw_article(const UdhrLanguage& l, int number, const std::string& language = "") {
    const UdhrArticle& a = l.articles.at(number - 1);
    RawArticle raw;
    raw.format = "jsonl";
    raw.source_path = l.file + ".jsonl";
    raw.source_line = static_cast<std::size_t>(number);
    raw.id = "udhr-" + l.file + "-" + std::to_string(number);
    raw.title = a.heading;
    raw.language = language;
    for (const auto& p : a.paragraphs) {
        if (!raw.body_lines.empty()) raw.body_lines.emplace_back();
        raw.body_lines.push_back(p);
    }
    return raw;
}

std::string article_id(const UdhrLanguage& l, int number) { return "udhr-" + l.file + "-" + std::to_string(number); }

// ---- words ----

// Han and kana: written without spaces, indexed as n-grams (Hangul is written with spaces).
bool is_han_or_kana(unsigned c) {
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FFFF);
}
bool is_han(unsigned c) { return is_han_or_kana(c) && !(c >= 0x3040 && c <= 0x30FF) && !(c >= 0x31F0 && c <= 0x31FF); }

struct Token {
    std::string text;   // lower case
    std::size_t chars = 0;
    bool cjk = false;   // a bigram of a Han/kana run
    bool skip = false;  // not a word to search for: has a digit, or two kana (grammar)
};

// The words of `text` as a reader searches for them: runs of word characters, lower-cased (an
// apostrophe separates: "l’organisation" is two words, "organisation" the one searched for); a
// Han/kana run gives its bigrams.
std::vector<Token> tokens(const std::string& text) {
    std::vector<Token> out;
    std::vector<unsigned> run;
    auto flush = [&] {
        if (run.empty()) return;
        if (is_han_or_kana(run.front())) {
            for (std::size_t i = 0; i + 1 < run.size(); ++i) {
                Token t;
                Xapian::Unicode::append_utf8(t.text, run[i]);
                Xapian::Unicode::append_utf8(t.text, run[i + 1]);
                t.chars = 2;
                t.cjk = true;
                // A bigram with no Han character (two kana) is grammar, not a word.
                if (!is_han(run[i]) && !is_han(run[i + 1])) t.skip = true;
                out.push_back(std::move(t));
            }
        } else {
            Token t;
            for (unsigned c : run) {
                Xapian::Unicode::append_utf8(t.text, Xapian::Unicode::tolower(c));
                if (Xapian::Unicode::get_category(c) == Xapian::Unicode::DECIMAL_DIGIT_NUMBER) t.skip = true;
            }
            t.chars = run.size();
            out.push_back(std::move(t));
        }
        run.clear();
    };
    unsigned previous = 0;
    for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
        unsigned c = *it;
        bool word = Xapian::Unicode::is_wordchar(c);
        // Catalan's punt volat joins the two l's of one word: col·lectivament.
        if (c == 0xB7 && (previous == 'l' || previous == 'L')) {
            Xapian::Utf8Iterator next = it;
            ++next;
            if (next != Xapian::Utf8Iterator() && (*next == 'l' || *next == 'L')) word = true;
        }
        previous = c;
        // A run changes kind where Han/kana meets other letters ("JR東日本").
        if (word && !run.empty() && is_han_or_kana(c) != is_han_or_kana(run.front())) flush();
        if (word)
            run.push_back(c);
        else
            flush();
    }
    flush();
    return out;
}

// Every spelling a word of `language` may be indexed under: as written, folded (for the language
// or for none), stemmed either way. Two words that share one may match each other's searches.
std::set<std::string> keys_of(const std::string& word, const Xapian::Stem* stem, const std::string& language) {
    std::set<std::string> keys{word, fold_for_search(word), fold_for_language(word, language)};
    if (stem) {
        for (const auto& k : std::set<std::string>(keys)) {
            keys.insert((*stem)(k));
            keys.insert(fold_for_search((*stem)(k)));
        }
    }
    return keys;
}

std::string article_text(const UdhrArticle& a) {
    std::string text;
    for (const auto& p : a.paragraphs) text += p + "\n";
    return text;
}

// Which articles of the whole corpus a search word may match: its article's own and those of any
// other language where the word, folded or stemmed by that language's stemmer, is a word of the
// article. Article N is the right answer for its own words in every language, so a word shared
// with article N of a close language (Danish and Norwegian, the two Portuguese, Serbian and
// Croatian) may rightly rank that one first; a word shared with another article may not.
class WordIndex {
public:
    explicit WordIndex(const std::vector<UdhrLanguage>& languages) : languages_(languages) {
        for (const auto& l : languages) {
            File f;
            f.language = l.expected;
            if (auto it = kStemmer.find(l.expected); it != kStemmer.end()) f.stem = std::make_shared<Xapian::Stem>(it->second);
            for (std::size_t n = 0; n < l.articles.size(); ++n) {
                f.words.push_back(tokens(article_text(l.articles[n])));
                std::set<std::string> keys;
                for (const auto& t : f.words.back()) {
                    if (t.cjk) {
                        keys.insert(t.text);
                    } else {
                        auto k = keys_of(t.text, f.stem.get(), l.expected);
                        keys.insert(k.begin(), k.end());
                    }
                }
                for (const auto& k : keys) f.articles_with[k].push_back(static_cast<int>(n + 1));
            }
            files_.push_back(std::move(f));
        }
    }

    const std::vector<Token>& words(std::size_t file, int number) const { return files_[file].words[number - 1]; }
    const Xapian::Stem* stem(std::size_t file) const { return files_[file].stem.get(); }

    // The articles (1-based) of `file` that `word` (a token of `cjk` kind or not) may match.
    std::set<int> matches(std::size_t file, const std::string& word, bool cjk) const {
        std::set<int> out;
        const File& f = files_[file];
        for (const auto& k : cjk ? std::set<std::string>{word} : keys_of(word, f.stem.get(), f.language))
            if (auto it = f.articles_with.find(k); it != f.articles_with.end()) out.insert(it->second.begin(), it->second.end());
        return out;
    }

    // The ids a search for `word`, a word of article `number` of `file`, may rightly rank first:
    // that article, and article `number` of any other language that has the word. Empty when the
    // word is in another article of any language (so it is no fair test of ranking).
    std::set<std::string> right_answers(std::size_t file, int number, const std::string& word, bool cjk) const {
        std::set<std::string> ids{article_id(languages_[file], number)};
        for (std::size_t g = 0; g < files_.size(); ++g) {
            for (int m : matches(g, word, cjk)) {
                if (g == file && m == number) continue;
                if (m != number) return {};
                ids.insert(article_id(languages_[g], m));
            }
        }
        return ids;
    }

    // The other articles, of any number, that `word` may match (for messages).
    std::string others(std::size_t file, int number, const std::string& word, bool cjk) const {
        std::string out;
        for (std::size_t g = 0; g < files_.size(); ++g)
            for (int m : matches(g, word, cjk))
                if (!(g == file && m == number)) out += " " + article_id(languages_[g], m);
        return out;
    }

private:
    struct File {
        std::string language;
        std::shared_ptr<Xapian::Stem> stem;
        std::vector<std::vector<Token>> words;
        std::map<std::string, std::vector<int>> articles_with;
    };
    const std::vector<UdhrLanguage>& languages_;
    std::vector<File> files_;
};

// ---- the suite ----

class UdhrTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        if (!std::filesystem::is_directory(kUdhrDir)) return;
        std::vector<std::filesystem::path> files;
        for (const auto& e : std::filesystem::directory_iterator(kUdhrDir))
            if (e.path().extension() == ".html") files.push_back(e.path());
        std::sort(files.begin(), files.end());
        for (const auto& f : files) languages_.push_back(parse_file(f));
    }
    static void TearDownTestSuite() {
        if (!archive_.empty()) std::filesystem::remove_all(archive_);
        words_.reset();
        languages_.clear();
    }
    void SetUp() override {
        if (!std::filesystem::is_directory(kUdhrDir)) GTEST_SKIP() << kUdhrDir << " is missing";
    }

    // One glass archive of every article of every language, each stated in its file's language
    // (<html lang>: "de-1996", "zh-Hant", "sr-Latn"...), built as the indexer builds documents.
    static Xapian::Database archive() {
        if (archive_.empty()) {
            archive_ = (std::filesystem::temp_directory_path() / ("newsarc-udhr-" + std::to_string(::getpid()))).string();
            std::filesystem::remove_all(archive_);
            Xapian::WritableDatabase w(archive_, Xapian::DB_CREATE_OR_OVERWRITE);
            IndexSettings settings;
            settings.save_to(w);
            RecordCodec codec;
            DocumentBuilder builder(codec, settings);
            for (const auto& l : languages_)
                for (int n = 1; n <= static_cast<int>(l.articles.size()); ++n) {
                    Article a = clean_article(raw_article(l, n, l.lang)).article;
                    w.replace_document(DocumentBuilder::id_term(a.id), builder.build(a));
                }
            w.commit();
        }
        return Xapian::Database(archive_);
    }

    static std::size_t find(const std::string& lang) {
        for (std::size_t i = 0; i < languages_.size(); ++i)
            if (languages_[i].lang == lang) return i;
        return languages_.size();
    }
    static const WordIndex& words() {
        if (!words_) words_ = std::make_unique<WordIndex>(languages_);
        return *words_;
    }

    static std::vector<UdhrLanguage> languages_;
    static std::string archive_;
    static std::unique_ptr<WordIndex> words_;
};
std::vector<UdhrLanguage> UdhrTest::languages_;
std::string UdhrTest::archive_;
std::unique_ptr<WordIndex> UdhrTest::words_;

QuerySpec query(const std::string& text) {
    QuerySpec spec;
    spec.text = text;
    return spec;
}

SearchOptions first_results() {
    SearchOptions options;
    options.limit = 3;
    options.collapse = false;  // por_BR and por_PT articles are near-duplicates, but not the same article
    options.snippet_length = 40;
    options.suggest_below = 0;
    return options;
}

TEST_F(UdhrTest, CorpusHasThirtyArticlesInEachOf46Languages) {
    EXPECT_EQ(languages_.size(), 46u);
    for (const auto& l : languages_) {
        SCOPED_TRACE(l.file);
        EXPECT_EQ(l.articles.size(), static_cast<std::size_t>(kArticles));
        EXPECT_FALSE(l.lang.empty());
        EXPECT_FALSE(l.expected.empty()) << "no ISO 639-1 mapping for data-iso6393 \"" << l.iso6393 << "\"";
        for (const auto& a : l.articles) EXPECT_FALSE(a.paragraphs.empty()) << a.heading;
    }
}

// Issue #17: the language of an article whose source states none is detected from its text. Each
// UDHR article is short (article 4 is one sentence), which is hard for any detector; Serbian in
// Latin script is (nearly) the same text as Croatian, Galician close to Portuguese.
TEST_F(UdhrTest, DetectionPerLanguage) {
    int right_total = 0, total = 0;
    std::map<std::string, int> right_by_file;
    std::printf("\nlanguage detection, UDHR articles stated in no language (right/30):\n");
    std::printf("  %-14s %-8s %-6s %s\n", "file", "expected", "right", "detected instead");
    for (const auto& l : languages_) {
        int right = 0;
        std::map<std::string, int> wrong;
        for (int n = 1; n <= static_cast<int>(l.articles.size()); ++n) {
            std::string got = clean_article(raw_article(l, n)).article.language;
            if (got == l.expected)
                ++right;
            else
                ++wrong[got];
        }
        std::string others;
        for (const auto& [code, count] : wrong) others += code + "×" + std::to_string(count) + " ";
        std::printf("  %-14s %-8s %2d/%-3zu %s\n", l.file.c_str(), l.expected.c_str(), right, l.articles.size(), others.c_str());
        right_by_file[l.file] = right;
        right_total += right;
        total += static_cast<int>(l.articles.size());
    }
    double share = total ? double(right_total) / total : 0;
    std::printf("  overall %d/%d = %.3f\n", right_total, total, share);
    EXPECT_GE(share, 0.9) << "overall share of articles detected right";
    // CLD2 (measured on main 3c8e143: 1333/1380) detects 40 of the 46 right on 29 or 30 of the 30
    // articles, even the one-sentence ones: a floor of 28/30 for each of those. The other six are
    // close kin CLD2 confuses on short texts, reported above and held to the overall share only:
    //   bul 29/30 (sr), dan 27/30 (nb), hrv 25/30 (bs), ind 19/30 (ms), srp_latn 8/30 (bs, hr:
    //   Serbian in Latin script is nearly Croatian and Bosnian), swe 27/30 (nb, und).
    const std::set<std::string> kin = {"bul", "dan", "hrv", "ind", "srp_latn", "swe"};
    for (const auto& [file, right] : right_by_file) {
        if (kin.count(file)) continue;
        EXPECT_GE(right, 28) << file << ": articles detected right";
    }
}

// ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER: letters of Persian words (می‌خواهم), of Bengali
// and Hindi conjuncts, of emoji sequences. Not invisible formatting to drop.
constexpr std::string_view kZwnj = "\u200c", kZwj = "\u200d";

std::size_t count_joiners(const std::string& s) {
    std::size_t n = 0;
    for (auto j : {kZwnj, kZwj})
        for (std::size_t at = 0; (at = s.find(j, at)) != std::string::npos; at += j.size()) ++n;
    return n;
}

std::string without_joiners(std::string s) {
    for (auto j : {kZwnj, kZwj})
        for (std::size_t at = 0; (at = s.find(j, at)) != std::string::npos;) s.erase(at, j.size());
    return s;
}

// Issue #17: Arabic, Hebrew, Persian, Urdu, Thai, Devanagari, CJK... come through cleaning
// unchanged; no glue or boilerplate rule fires on a script it was not written for. Unchanged up to
// Unicode normalisation (NFC, the same spaces: strutil::normalise_text), and with every joiner kept.
// (strutil::normalise_text dropped U+200C and U+200D as invisible until Persian (20 of 30 articles)
// and Bengali (28 of 30) showed that they spell words.)
TEST_F(UdhrTest, TextComesThroughCleaningUnchanged) {
    std::printf("\ncleaning, articles whose text changed:\n");
    int changed_total = 0;
    for (const auto& l : languages_) {
        int changed = 0, joiners_lost = 0;
        std::string example;
        for (int n = 1; n <= static_cast<int>(l.articles.size()); ++n) {
            const UdhrArticle& source = l.articles[n - 1];
            Article a = clean_article(raw_article(l, n, l.lang)).article;
            std::vector<std::string> expected, got;
            std::size_t joiners_in = 0, joiners_out = 0;
            for (const auto& p : source.paragraphs) {
                joiners_in += count_joiners(p);
                expected.push_back(strutil::collapse_spaces(strutil::normalise_text(without_joiners(p))));
            }
            for (const auto& p : a.paragraphs) {
                joiners_out += count_joiners(p);
                got.push_back(without_joiners(p));
            }
            bool title_same = without_joiners(a.title) ==
                              strutil::collapse_spaces(strutil::normalise_text(without_joiners(source.heading)));
            joiners_out += count_joiners(a.title);
            joiners_in += count_joiners(source.heading);
            if (got != expected || !title_same || joiners_out != joiners_in) {
                ++changed;
                if (joiners_out != joiners_in) ++joiners_lost;
                if (example.empty()) {
                    std::size_t i = 0;
                    while (i < std::min(got.size(), expected.size()) && got[i] == expected[i]) ++i;
                    if (joiners_out != joiners_in)
                        example = "article " + std::to_string(n) + ": " + std::to_string(joiners_in) +
                                  " joiners (U+200C/U+200D) became " + std::to_string(joiners_out);
                    else if (!title_same)
                        example = "article " + std::to_string(n) + ": heading \"" + source.heading + "\" became \"" + a.title + "\"";
                    else
                        example = "article " + std::to_string(n) + ": " +
                                  (i < expected.size() ? "\"" + expected[i].substr(0, 120) + "\"" : "(extra paragraph)") +
                                  " became " + (i < got.size() ? "\"" + got[i].substr(0, 120) + "\"" : "nothing");
                }
            }
        }
        if (changed) std::printf("  %-14s %2d/30 (%d lost joiners)  %s\n", l.file.c_str(), changed, joiners_lost, example.c_str());
        changed_total += changed;
        EXPECT_EQ(changed, 0) << l.file << ": " << example;
    }
    if (!changed_total) std::printf("  none\n");
}

// The number of an article id ("udhr-deu_1996-12" -> 12).
int number_of(const std::string& id) {
    auto dash = id.rfind('-');
    return dash == std::string::npos ? 0 : std::atoi(id.c_str() + dash + 1);
}

// Xapian's TermGenerator leaves out words longer than this many bytes (its default
// max_word_length): 22 Thai or Tamil letters.
constexpr std::size_t kMaxWordBytes = 64;

// A distinctive word of each article, as the retrieval test searches for it.
struct Pick {
    int number = 0;
    const Token* word = nullptr;
    std::set<std::string> answers;  // WordIndex::right_answers
};

// For article `n` of file `f`: a word no other article of its language has, in any spelling it
// may be indexed under (folded, stemmed), skipping numbers; preferably one no other language's
// article has either; among those the longest (the most repeated, for Han/kana bigrams, as a bigram
// that recurs is most likely a word and not two words' edges). `fits`: only words Xapian indexes
// (at most kMaxWordBytes), or only words longer than that.
Pick pick_word(const WordIndex& index, std::size_t f, int n, bool fits) {
    std::vector<const Token*> candidates;
    std::set<std::string> seen;
    std::map<std::string, int> repeats;
    for (const auto& t : index.words(f, n)) ++repeats[t.text];
    for (const auto& t : index.words(f, n))
        if (!t.skip && (t.text.size() <= kMaxWordBytes) == fits && seen.insert(t.text).second &&
            index.matches(f, t.text, t.cjk) == std::set<int>{n})
            candidates.push_back(&t);
    std::stable_sort(candidates.begin(), candidates.end(), [&](const Token* a, const Token* b) {
        if (a->chars != b->chars) return a->chars > b->chars;
        return a->cjk && repeats[a->text] > repeats[b->text];
    });
    Pick pick;
    pick.number = n;
    for (const Token* t : candidates) {
        auto answers = index.right_answers(f, n, t->text, t->cjk);
        if (answers.size() == 1) {  // in no other language
            pick.word = t;
            pick.answers = answers;
            break;
        }
        if (!answers.empty() && !pick.word) {  // shared with article N of other languages only
            pick.word = t;
            pick.answers = answers;
        }
    }
    return pick;
}

// Issue #17: every language's articles are found by their own words on an archive of all 46: each
// article's distinctive word (pick_word) must rank it first, or article N of a close language that
// has the same word (Danish and Norwegian, the two Portuguese, Serbian and Croatian share many).
// Reported per language: first/asked (ranked so), same (article N of any language first, the
// declaration's own notion of the right answer), none (articles with no word of their own).
// Han and kana text is written without spaces: its words are the article's bigrams. Thai is left
// to LongWordsRankTheirArticleFirst: this test's tokeniser cuts Thai only at spaces, so its
// "words" are phrases (the indexer cuts them into words with ICU), and a phrase of common words
// is no article's own.
TEST_F(UdhrTest, DistinctiveWordsRankTheirArticleFirst) {
    const WordIndex& index = words();
    Searcher searcher(archive());
    const Timestamp today{2025, 1, 1};
    std::printf("\nretrieval by a distinctive word of each article, on one archive of all 46 languages\n"
                "  (first/asked; same: article N of some language first; none: articles without a word of\n"
                "   their own; misses as article:word->what ranked first)\n");
    int first_total = 0, same_total = 0, asked_total = 0;
    for (std::size_t f = 0; f < languages_.size(); ++f) {
        const UdhrLanguage& l = languages_[f];
        int first = 0, same = 0, asked = 0, none = 0;
        std::string misses;
        if (l.expected == "th") continue;
        for (int n = 1; n <= static_cast<int>(l.articles.size()); ++n) {
            Pick pick = pick_word(index, f, n, true);
            // An article may have no word of its own: article 3, "Everyone has the right to life,
            // liberty and security of person", shares every word with others in most languages.
            if (!pick.word) {
                ++none;
                continue;
            }
            ++asked;
            auto results = searcher.search(query(pick.word->text), first_results(), today);
            std::string top = results.hits.empty() ? "(nothing)" : results.hits.front().article.id;
            if (number_of(top) == n) ++same;
            if (pick.answers.count(top))
                ++first;
            else
                misses += " " + std::to_string(n) + ":" + pick.word->text + "->" + top;
            EXPECT_TRUE(pick.answers.count(top)) << l.file << " article " << n << ": \"" << pick.word->text << "\" ranked "
                                                 << top << " first";
        }
        std::printf("  %-14s %2d/%-2d same %2d none %d%s\n", l.file.c_str(), first, asked, same, none, misses.c_str());
        EXPECT_GE(asked, 24) << l.file << ": articles with a distinctive word";
        first_total += first;
        same_total += same;
        asked_total += asked;
    }
    std::printf("  overall %d/%d, same article %d\n", first_total, asked_total, same_total);
}

// Words longer than Xapian's default word length (kMaxWordBytes) are left out of the index, so an
// article cannot be found by them: Tamil's long agglutinated words, and Thai, whose runs between
// spaces are whole clauses unless words are segmented. Each such distinctive word must still rank
// its article first. (Both 0 before Thai was segmented with ICU and Indic words allowed 192 bytes.)
TEST_F(UdhrTest, LongWordsRankTheirArticleFirst) {
    const WordIndex& index = words();
    Searcher searcher(archive());
    const Timestamp today{2025, 1, 1};
    std::printf("\nretrieval by distinctive words longer than %zu bytes (first/asked; misses):\n", kMaxWordBytes);
    for (std::size_t f = 0; f < languages_.size(); ++f) {
        const UdhrLanguage& l = languages_[f];
        int first = 0, asked = 0;
        std::string misses;
        for (int n = 1; n <= static_cast<int>(l.articles.size()); ++n) {
            Pick pick = pick_word(index, f, n, false);
            if (!pick.word) continue;
            ++asked;
            auto results = searcher.search(query(pick.word->text), first_results(), today);
            std::string top = results.hits.empty() ? "(nothing)" : results.hits.front().article.id;
            if (pick.answers.count(top))
                ++first;
            else
                misses += " " + std::to_string(n) + "->" + top;
            EXPECT_TRUE(pick.answers.count(top)) << l.file << " article " << n << ": \"" << pick.word->text << "\" ("
                                                 << pick.word->text.size() << " bytes) ranked " << top << " first";
        }
        if (asked) std::printf("  %-14s %2d/%-2d%s\n", l.file.c_str(), first, asked, misses.c_str());
    }
}

// The curated list: per language with a Snowball stemmer, words in an inflected form that does not
// occur in their article (checked here), which must rank that article first through stemming (or
// article N of a language that has the same word: Danish and Norwegian share many).
//
// All hold. Before, they showed why a parse is filtered to its own languages (Lithuanian ligų, stem
// "lig", ranked Danish article 7 "lige" first), why elisions are split ("d’esclaus"), and why
// stemmers other than English see accented words and their stems are folded instead (Catalan
// vacança folded first stems to "vacanc", not the "vac" of vacances).
TEST_F(UdhrTest, InflectedFormsRankTheirArticleFirst) {
    std::ifstream in(kInflections);
    ASSERT_TRUE(in) << kInflections;
    const WordIndex& index = words();
    Searcher searcher(archive());
    const Timestamp today{2025, 1, 1};
    std::map<std::string, std::array<int, 3>> by_lang;  // first, own, asked
    std::map<std::string, std::string> misses;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::istringstream fields(line);
        std::string lang, number_text, word;
        std::getline(fields, lang, '\t');
        std::getline(fields, number_text, '\t');
        std::getline(fields, word, '\t');
        if (lang == "lang") continue;  // the header
        SCOPED_TRACE(line);
        std::size_t f = find(lang);
        ASSERT_LT(f, languages_.size()) << "no UDHR file has <html lang=\"" << lang << "\">";
        const UdhrLanguage& l = languages_[f];
        int number = std::stoi(number_text);
        ASSERT_GE(number, 1);
        ASSERT_LE(number, static_cast<int>(l.articles.size()));
        // The list's own promise: the form is not in the article, and the stemmer of its language
        // gives it a stem of the article's and of no other article of the language.
        const Xapian::Stem* stem = index.stem(f);
        ASSERT_NE(stem, nullptr) << l.expected << " has no Snowball stemmer";
        std::set<std::string> forms, stems;
        for (const auto& t : index.words(f, number)) {
            forms.insert(t.text);
            stems.insert((*stem)(t.text));
        }
        auto word_tokens = tokens(word);
        ASSERT_EQ(word_tokens.size(), 1u);
        const std::string& lower = word_tokens[0].text;
        EXPECT_FALSE(forms.count(lower)) << "\"" << word << "\" occurs as such in article " << number;
        EXPECT_TRUE(stems.count((*stem)(lower))) << "\"" << word << "\" (stem " << (*stem)(lower)
                                                 << ") shares no stem with article " << number;
        auto answers = index.right_answers(f, number, lower, false);
        EXPECT_FALSE(answers.empty()) << "\"" << word << "\" may match another article:" << index.others(f, number, lower, false);

        auto results = searcher.search(query(word), first_results(), today);
        std::string top = results.hits.empty() ? "(nothing)" : results.hits.front().article.id;
        auto& counts = by_lang[lang];
        ++counts[2];
        if (top == article_id(l, number)) ++counts[1];
        if (answers.count(top))
            ++counts[0];
        else
            misses[lang] += " " + number_text + ":" + word + "->" + top;
        EXPECT_TRUE(answers.count(top)) << "\"" << word << "\" should rank article " << number << " first, not " << top;
    }
    std::printf("\nretrieval by an inflected form its article does not contain (first/asked, own article first; misses):\n");
    for (const auto& [lang, counts] : by_lang)
        std::printf("  %-8s %2d/%-2d own %2d%s\n", lang.c_str(), counts[0], counts[2], counts[1], misses[lang].c_str());
    for (const auto& [code, name] : kStemmer) {
        if (code == "ta") continue;  // Tamil: not in the curated list
        bool covered = false;
        for (const auto& [lang, counts] : by_lang) {
            std::size_t f = find(lang);
            if (f < languages_.size() && languages_[f].expected == code && counts[2] >= 5) covered = true;
        }
        EXPECT_TRUE(covered) << code << " (" << name << "): fewer than 5 curated words";
    }
}

}  // namespace
}  // namespace newsarc
