// newsarc_gen_corpus: a deterministic, realistic scale corpus for the benchmark.
//
// Real text, resampled: the sentences and titles come from Reuters-21578 read through newsarc's own
// readers and cleaner, so the vocabulary and its (Zipfian) distribution are those of real newswire.
// Each article gets 5-15 paragraphs of 1-4 resampled sentences, a real (title-cased) Reuters title, a
// byline from a list of names, a date drawn uniformly over 1985-2025 and a URL on one of a handful
// of fictional news sites. In the txt format each article is written exactly in the seed scrape's
// layout with its artifacts (cumulative body lines, glued paragraphs, the site's newsletter promo
// glued in and on lines of its own); in jsonl it is one clean JSON object a line.
//
//   newsarc_gen_corpus N --source PATH... [--format txt|jsonl] [--zst] [--out PATH] [--seed S]
//                       [--queries FILE]
//
// --queries FILE also writes 200+ benchmark queries drawn from the same material (see peer_util.h
// for the format). Prints the number of articles and bytes written.
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <zstd.h>

#include "bench/peers/peer_util.h"

namespace fs = std::filesystem;
using namespace newsarc;

namespace {

// xoshiro256** seeded by splitmix64: fixed algorithms, so a seed gives the same corpus everywhere.
class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        for (auto& s : s_) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    std::uint64_t next() {
        const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const std::uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }
    // Uniform in [0, n).
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
    // Uniform in [lo, hi].
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // An index drawn with the given weights.
    template <std::size_t K>
    std::size_t weighted(const std::array<double, K>& weights) {
        double total = 0;
        for (double w : weights) total += w;
        double x = unit() * total;
        for (std::size_t i = 0; i < K; ++i) {
            if (x < weights[i]) return i;
            x -= weights[i];
        }
        return K - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t s_[4];
};

// Paragraphs per article: 5..15, most articles short (mean 7.65).
constexpr std::array<double, 11> kParagraphWeights{24, 20, 15, 11, 8, 6, 5, 4, 3, 2, 2};
// Sentences per paragraph: 1..4 (mean 1.51). With Reuters' sentences (about 143 bytes) an article
// has about 1.65 KB of body text, like the measurements in ../shared/notes.
constexpr std::array<double, 4> kSentenceWeights{62, 28, 7, 3};

const std::vector<std::string> kFirstNames{
    "Tovah", "Cal", "Lisa", "David", "Maria", "James", "Aisha", "Kenji", "Sofia", "Michael", "Olga", "Rahul",
    "Emma", "Daniel", "Leila", "Thomas", "Ines", "Samuel", "Hannah", "Pedro", "Yuki", "Anna", "Omar", "Claire",
    "Robert", "Mei", "Jonas", "Fatima", "Peter", "Laura", "Ahmed", "Nora", "Victor", "Julia", "Marcus", "Elena",
    "Noah", "Priya", "Gabriel", "Sarah", "Ivan", "Chloe", "Tariq", "Ruth", "Lucas", "Amara", "Felix", "Grace"};
const std::vector<std::string> kLastNames{
    "Lazaroff", "Mankowski", "Vaughan", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Brennan",
    "Castillo", "Novak", "Fischer", "Petrov", "Ramirez", "Sato", "Whitfield", "Adeyemi", "Bergstrom", "Costa",
    "Dubois", "Eriksen", "Goldberg", "Hughes", "Ivanova", "Jansen", "Khan", "Lombardi", "Mendes", "Nakamura",
    "O'Connell", "Papadopoulos", "Quinn", "Rossi", "Schneider", "Thornton", "Underwood", "Valdez", "Weiss",
    "Yilmaz", "Zhang", "Abernathy", "Blackwood", "Carvalho", "Delaney", "Fairbanks", "Gallagher", "Holloway"};

struct Site {
    std::string host;  // with www. where the site uses it
    std::vector<std::string> sections;
    std::vector<std::string> promo_lines;  // the newsletter box, one line each when on lines of their own
    std::string promo_button;              // glued after the promo lines in the body's cumulative lines
};

const std::vector<Site> kSites{
    {"www.example-times.com", {"world", "politics", "business", "science", "sport", "opinion"},
     {"Stay updated with the latest news!", "Subscribe to the Example Times newsletter"}, "Subscribe Now"},
    {"www.example-herald.net", {"news", "economy", "markets", "europe", "asia"},
     {"Get the Herald in your inbox every morning.", "Sign up for the Example Herald Daily Briefing"}, "Sign Up"},
    {"news.example-courier.org", {"local", "national", "international", "energy"},
     {"Enjoying this article?", "Subscribe to the Courier for unlimited access"}, "Subscribe"},
    {"www.example-ledger.com", {"finance", "companies", "commodities", "technology", "policy"},
     {"Don't miss a story.", "Join 2 million readers of the Ledger Morning Newsletter"}, "Join Now"},
    {"www.example-gazette.co.uk", {"uk", "world", "business", "farming", "transport"},
     {"Sign up to the Gazette's free daily email", "Never miss the stories that matter"}, "Sign me up"},
    {"www.example-tribune.com", {"breaking-news", "middle-east", "americas", "africa", "defence"},
     {"Stay updated with the latest news!", "Subscribe to The Example Tribune Newsletter"}, "Subscribe Now"},
};

const std::set<std::string> kStopwords{
    "the", "and", "for", "that", "with", "from", "this", "said", "were", "which", "have", "been", "will", "would",
    "their", "there", "they", "than", "also", "into", "about", "after", "over", "more", "other", "some", "such",
    "its", "was", "has", "had", "not", "but", "are", "his", "her", "she", "who", "what", "when", "where", "could",
    "should", "reuter", "reuters", "year", "last", "says", "mln", "dlrs", "pct", "under", "these", "those"};

const std::set<std::string> kSmallTitleWords{"a",  "an", "the", "of", "in", "on", "at", "to", "for",
                                             "and", "or", "by", "with", "from", "as", "vs"};

const char* const kMonths[] = {"JANUARY", "FEBRUARY", "MARCH",     "APRIL",   "MAY",      "JUNE",
                               "JULY",    "AUGUST",   "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

// Splits a cleaned paragraph into sentences: after . ? or ! followed by a space and a capital or a
// quote, unless the word before the stop is an abbreviation (a single letter, "U.S.", "Inc.", "Mr.").
std::vector<std::string> split_sentences(const std::string& text) {
    static const std::set<std::string> kAbbrev{"mr", "mrs", "ms", "dr", "inc", "co", "corp", "ltd", "st", "jan",
                                               "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "gen", "sen",
                                               "rep", "gov", "jr", "bros", "u.s", "u.k", "e.g", "i.e"};
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        char c = text[i];
        if (c != '.' && c != '?' && c != '!') continue;
        if (text[i + 1] != ' ') continue;
        char n = text[i + 2];
        if (!is_upper(n) && n != '"' && n != '\'') continue;
        if (c == '.') {
            std::size_t w = i;
            while (w > start && text[w - 1] != ' ') --w;
            std::string word = text.substr(w, i - w);
            for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            if (word.size() <= 1 || kAbbrev.count(word) || word.find('.') != std::string::npos) continue;
        }
        out.push_back(text.substr(start, i + 1 - start));
        start = i + 2;
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

// Keeps sentences that read as prose: 30-400 bytes, mostly letters, not a table row.
bool good_sentence(const std::string& s) {
    if (s.size() < 30 || s.size() > 400) return false;
    std::size_t letters = 0, digits = 0, spaces = 0;
    for (unsigned char c : s) {
        if (std::isalpha(c)) ++letters;
        else if (std::isdigit(c)) ++digits;
        else if (c == ' ') ++spaces;
    }
    if (spaces < 4 || letters < s.size() * 6 / 10 || digits > s.size() / 8) return false;
    if (s.find("  ") != std::string::npos) return false;
    char last = s.back();
    return last == '.' || last == '"' || last == '?' || last == '!';
}

// "COFFEE TRADERS EXPECT <XYZ> SELLOFF" -> "Coffee Traders Expect Selloff"; empty when unusable.
std::string title_case(const std::string& raw) {
    std::string text;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '<') {
            auto close = raw.find('>', i);
            if (close == std::string::npos) break;
            i = close;
            continue;
        }
        text += raw[i];
    }
    std::vector<std::string> words;
    std::string word;
    for (char c : text + " ") {
        if (c == ' ') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    while (!words.empty() && (words.back() == "-" || words.back() == "/")) words.pop_back();
    if (words.size() < 3) return "";
    std::string out;
    for (std::size_t k = 0; k < words.size(); ++k) {
        std::string w = words[k];
        for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (k == 0 || !kSmallTitleWords.count(w)) {
            // Capitalise the first letter of each hyphen- or slash-separated part.
            bool start = true;
            for (auto& ch : w) {
                if (start && std::isalpha(static_cast<unsigned char>(ch))) ch = static_cast<char>(std::toupper(ch));
                start = (ch == '-' || ch == '/' || ch == '(' || ch == '"');
            }
        }
        if (k) out += ' ';
        out += w;
    }
    std::size_t letters = 0;
    for (unsigned char c : out) letters += std::isalpha(c) ? 1 : 0;
    return letters * 10 >= out.size() * 7 ? out : "";
}

std::string to_upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

// Lowercase alphabetic words of a text, for queries.
std::vector<std::string> plain_words(const std::string& text) {
    std::vector<std::string> words;
    std::string w;
    bool clean = true;
    for (char c : text + " ") {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == ' ') {
            while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
            while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
            bool alpha = !w.empty();
            for (unsigned char x : w) alpha = alpha && std::isalpha(x);
            words.push_back(alpha && clean ? w : std::string());
            w.clear();
            clean = true;
        } else {
            if (u >= 0x80) clean = false;
            w += static_cast<char>(std::tolower(u));
        }
    }
    return words;
}

bool content_word(const std::string& w) { return w.size() >= 4 && !kStopwords.count(w); }

struct Material {
    std::vector<std::string> sentences;
    std::vector<std::string> titles;
};

Material load_material(const std::vector<std::string>& sources) {
    Material m;
    std::unordered_set<std::string> seen;
    auto files = bench::list_inputs(sources);
    bench::for_each_clean_article(files, [&](Article&& a) {
        if (auto t = title_case(a.title); !t.empty()) m.titles.push_back(t);
        for (const auto& p : a.paragraphs) {
            for (auto& s : split_sentences(p)) {
                if (good_sentence(s) && seen.insert(s).second) m.sentences.push_back(std::move(s));
            }
        }
    });
    return m;
}

struct GenArticle {
    std::string title;
    std::vector<std::string> authors;
    int year, month, day, hour, minute;
    const Site* site;
    std::string url;
    std::vector<std::string> paragraphs;
};

GenArticle make_article(Rng& rng, const Material& m, std::size_t index, bool allow_two_authors) {
    GenArticle a;
    a.title = m.titles[rng.below(m.titles.size())];
    std::size_t nauthors = allow_two_authors && rng.below(100) < 12 ? 2 : 1;
    for (std::size_t k = 0; k < nauthors; ++k)
        a.authors.push_back(kFirstNames[rng.below(kFirstNames.size())] + " " + kLastNames[rng.below(kLastNames.size())]);
    a.year = rng.between(1985, 2025);
    a.month = rng.between(1, 12);
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int dim = kDays[a.month - 1] + (a.month == 2 && a.year % 4 == 0 && (a.year % 100 != 0 || a.year % 400 == 0));
    a.day = rng.between(1, dim);
    a.hour = rng.between(0, 23);
    a.minute = rng.between(0, 59);
    a.site = &kSites[rng.below(kSites.size())];
    const auto& section = a.site->sections[rng.below(a.site->sections.size())];
    a.url = "https://" + a.site->host + "/" + section + "/article-" + std::to_string(100000 + index);
    std::size_t np = 5 + rng.weighted(kParagraphWeights);
    for (std::size_t p = 0; p < np; ++p) {
        std::size_t ns = 1 + rng.weighted(kSentenceWeights);
        std::string para;
        for (std::size_t s = 0; s < ns; ++s) {
            if (s) para += ' ';
            para += m.sentences[rng.below(m.sentences.size())];
        }
        a.paragraphs.push_back(std::move(para));
    }
    return a;
}

// The seed scrape's layout: title, BYLINE IN CAPITALS, "SEPTEMBER 1, 2024 14:50", 20240901, URL, then
// body line k = paragraphs k..n glued with no separator, with the site's promo glued in before the
// last paragraph; then the promo lines on lines of their own and the last paragraph alone.
std::string render_txt(const GenArticle& a) {
    std::string out = a.title + "\n";
    std::string byline;
    for (std::size_t k = 0; k < a.authors.size(); ++k) {
        byline += k ? " AND " : "";
        byline += to_upper(a.authors[k]);
    }
    out += byline + "\n";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %d, %d %02d:%02d\n%04d%02d%02d\n", kMonths[a.month - 1], a.day, a.year, a.hour,
                  a.minute, a.year, a.month, a.day);
    out += buf;
    out += a.url + "\n";
    const auto& site = *a.site;
    std::string promo_glued = "   ";
    for (const auto& l : site.promo_lines) promo_glued += l + " ";
    promo_glued += "  " + site.promo_button + "  ";
    const std::size_t n = a.paragraphs.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        for (std::size_t j = k; j + 1 < n; ++j) out += a.paragraphs[j];
        out += promo_glued + a.paragraphs[n - 1] + "\n";
    }
    for (const auto& l : site.promo_lines) out += l + "\n";
    out += a.paragraphs[n - 1] + "\n";
    return out;
}

std::string render_jsonl(const GenArticle& a) {
    std::string out = "{\"title\":" + bench::json_string(a.title) + ",\"authors\":[";
    for (std::size_t k = 0; k < a.authors.size(); ++k) {
        out += k ? "," : "";
        out += bench::json_string(a.authors[k]);
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, "],\"published\":\"%04d-%02d-%02dT%02d:%02d:00\"", a.year, a.month, a.day, a.hour,
                  a.minute);
    out += buf;
    out += ",\"url\":" + bench::json_string(a.url);
    std::string body;
    for (std::size_t k = 0; k < a.paragraphs.size(); ++k) {
        body += k ? "\n\n" : "";
        body += a.paragraphs[k];
    }
    out += ",\"body\":" + bench::json_string(body) + "}\n";
    return out;
}

// Writes bytes to a file, optionally through a streaming zstd compressor; counts what it writes.
class Output {
public:
    Output(const std::string& path, bool zst) : out_(path, std::ios::binary), zst_(zst) {
        if (!out_) {
            std::cerr << "newsarc_gen_corpus: cannot write " << path << "\n";
            std::exit(2);
        }
        if (zst_) {
            cctx_ = ZSTD_createCCtx();
            ZSTD_CCtx_setParameter(cctx_, ZSTD_c_compressionLevel, 3);
            buffer_.resize(ZSTD_CStreamOutSize());
        }
    }
    ~Output() { close(); }
    void write(std::string_view data) {
        raw_bytes_ += data.size();
        if (!zst_) {
            out_.write(data.data(), static_cast<std::streamsize>(data.size()));
            written_ += data.size();
            return;
        }
        ZSTD_inBuffer in{data.data(), data.size(), 0};
        while (in.pos < in.size) pump(&in, ZSTD_e_continue);
    }
    void close() {
        if (closed_) return;
        closed_ = true;
        if (zst_) {
            ZSTD_inBuffer in{nullptr, 0, 0};
            while (pump(&in, ZSTD_e_end) != 0) {
            }
            ZSTD_freeCCtx(cctx_);
        }
        out_.close();
    }
    std::uint64_t raw_bytes() const { return raw_bytes_; }
    std::uint64_t written() const { return written_; }

private:
    std::size_t pump(ZSTD_inBuffer* in, ZSTD_EndDirective mode) {
        ZSTD_outBuffer outb{buffer_.data(), buffer_.size(), 0};
        std::size_t left = ZSTD_compressStream2(cctx_, &outb, in, mode);
        if (ZSTD_isError(left)) {
            std::cerr << "newsarc_gen_corpus: zstd: " << ZSTD_getErrorName(left) << "\n";
            std::exit(2);
        }
        out_.write(buffer_.data(), static_cast<std::streamsize>(outb.pos));
        written_ += outb.pos;
        return left;
    }
    std::ofstream out_;
    bool zst_;
    bool closed_ = false;
    ZSTD_CCtx* cctx_ = nullptr;
    std::vector<char> buffer_;
    std::uint64_t raw_bytes_ = 0, written_ = 0;
};

// Benchmark queries from the same material: single words, word pairs from titles, body phrases,
// title:word, and some of these with an author, site or date filter.
void write_queries(const std::string& path, Rng& rng, const Material& m) {
    std::ofstream out(path);
    if (!out) {
        std::cerr << "newsarc_gen_corpus: cannot write " << path << "\n";
        std::exit(2);
    }
    std::set<std::string> seen;
    auto random_word = [&]() -> std::string {
        for (int tries = 0; tries < 1000; ++tries) {
            auto words = plain_words(m.sentences[rng.below(m.sentences.size())]);
            auto& w = words[rng.below(words.size())];
            if (content_word(w)) return w;
        }
        return "market";
    };
    auto title_pair = [&]() -> std::string {
        for (int tries = 0; tries < 1000; ++tries) {
            auto words = plain_words(m.titles[rng.below(m.titles.size())]);
            std::vector<std::string> content;
            for (auto& w : words)
                if (content_word(w)) content.push_back(w);
            if (content.size() < 2) continue;
            std::size_t k = rng.below(content.size() - 1);
            return content[k] + " " + content[k + 1];
        }
        return "oil prices";
    };
    auto phrase = [&]() -> std::string {
        for (int tries = 0; tries < 1000; ++tries) {
            auto words = plain_words(m.sentences[rng.below(m.sentences.size())]);
            std::size_t len = 2 + rng.below(2);
            if (words.size() < len + 1) continue;
            std::size_t k = rng.below(words.size() - len);
            bool ok = true, has_content = false;
            for (std::size_t j = k; j < k + len; ++j) {
                ok = ok && !words[j].empty();
                has_content = has_content || content_word(words[j]);
            }
            if (!ok || !has_content) continue;
            std::string p = "\"";
            for (std::size_t j = k; j < k + len; ++j) {
                p += j > k ? " " : "";
                p += words[j];
            }
            return p + "\"";
        }
        return "\"interest rates\"";
    };
    struct Row {
        std::string kind, text, author, site, since, until;
    };
    std::vector<Row> rows;
    auto add = [&](Row r) {
        std::string key = r.text + "\t" + r.author + "\t" + r.site + "\t" + r.since;
        if (seen.insert(key).second) rows.push_back(std::move(r));
    };
    auto upto = [&](std::size_t count, auto make) {
        for (std::size_t target = rows.size() + count, tries = 0; rows.size() < target && tries < count * 20; ++tries)
            add(make());
    };
    upto(60, [&] { return Row{"word", random_word(), "", "", "", ""}; });
    upto(50, [&] { return Row{"title-pair", title_pair(), "", "", "", ""}; });
    upto(40, [&] { return Row{"phrase", phrase(), "", "", "", ""}; });
    upto(15, [&] { return Row{"title-field", "title:" + random_word(), "", "", "", ""}; });
    upto(15, [&] {
        int y = rng.between(1985, 2020);
        return Row{"date", rng.below(2) ? random_word() : title_pair(), "", "", std::to_string(y),
                   std::to_string(y + rng.between(0, 5))};
    });
    upto(15, [&] {
        return Row{"author", rng.below(2) ? random_word() : title_pair(), kLastNames[rng.below(kLastNames.size())], "",
                   "", ""};
    });
    upto(15, [&] {
        std::string host = kSites[rng.below(kSites.size())].host;
        if (host.rfind("www.", 0) == 0) host = host.substr(4);
        return Row{"site", rng.below(2) ? random_word() : title_pair(), "", host, "", ""};
    });
    out << "# kind\ttext\tauthor\tsite\tsince\tuntil (generated by newsarc_gen_corpus)\n";
    for (const auto& r : rows)
        out << r.kind << '\t' << r.text << '\t' << r.author << '\t' << r.site << '\t' << r.since << '\t' << r.until
            << '\n';
    std::cerr << "wrote " << rows.size() << " queries to " << path << "\n";
}

[[noreturn]] void usage(const std::string& why) {
    std::cerr << "newsarc_gen_corpus: " << why << "\n"
              << "usage: newsarc_gen_corpus N --source PATH... [--format txt|jsonl] [--zst] [--out PATH] [--seed S]"
                 " [--queries FILE]\n";
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t n = 0;
    bool have_n = false;
    std::string format = "jsonl", out_path, queries_path;
    bool zst = false;
    std::uint64_t seed = 1;
    std::vector<std::string> sources;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) usage(arg + " needs a value");
            return argv[++i];
        };
        if (arg == "--format") format = value();
        else if (arg == "--zst") zst = true;
        else if (arg == "--out") out_path = value();
        else if (arg == "--seed") seed = std::stoull(value());
        else if (arg == "--source") sources.push_back(value());
        else if (arg == "--queries") queries_path = value();
        else if (!arg.empty() && arg[0] != '-' && !have_n) {
            n = std::stoull(arg);
            have_n = true;
        } else usage("unknown argument " + arg);
    }
    if (!have_n) usage("N is required");
    if (format != "txt" && format != "jsonl") usage("--format is txt or jsonl");
    if (sources.empty()) usage("--source is required (Reuters-21578 .sgm files or a folder of them)");

    Material m = load_material(sources);
    if (m.sentences.size() < 100 || m.titles.empty()) {
        std::cerr << "newsarc_gen_corpus: too little text in the sources (" << m.sentences.size() << " sentences)\n";
        return 2;
    }
    std::cerr << "material: " << m.sentences.size() << " sentences, " << m.titles.size() << " titles\n";

    Rng rng(seed);
    if (out_path.empty()) out_path = "corpus-" + std::to_string(n) + (format == "txt" ? "" : ".jsonl");
    if (format == "jsonl" && zst && !out_path.ends_with(".zst")) out_path += ".zst";

    std::uint64_t raw = 0, written = 0, text_bytes = 0;
    if (format == "jsonl") {
        if (auto parent = fs::path(out_path).parent_path(); !parent.empty()) fs::create_directories(parent);
        Output out(out_path, zst);
        for (std::size_t i = 0; i < n; ++i) {
            GenArticle a = make_article(rng, m, i, true);
            for (auto& p : a.paragraphs) text_bytes += p.size();
            out.write(render_jsonl(a));
        }
        out.close();
        raw = out.raw_bytes();
        written = out.written();
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            GenArticle a = make_article(rng, m, i, false);
            for (auto& p : a.paragraphs) text_bytes += p.size();
            char name[64];
            std::snprintf(name, sizeof name, "%04zu/article-%07zu.txt%s", i / 1000, i, zst ? ".zst" : "");
            fs::path path = fs::path(out_path) / name;
            if (i % 1000 == 0) fs::create_directories(path.parent_path());
            Output out(path.string(), zst);
            out.write(render_txt(a));
            out.close();
            raw += out.raw_bytes();
            written += out.written();
        }
    }
    if (!queries_path.empty()) write_queries(queries_path, rng, m);
    std::printf("%zu articles, %llu bytes written (%llu uncompressed, %llu of body text, %.2f KB per article) to %s\n", n,
                static_cast<unsigned long long>(written), static_cast<unsigned long long>(raw),
                static_cast<unsigned long long>(text_bytes), n ? text_bytes / 1000.0 / static_cast<double>(n) : 0.0,
                out_path.c_str());
    return 0;
}
