// Re-creating the seed article's scrape artifacts on real article text, for measuring how well
// the cleaner generalises (tests/unit/generalisation_test.cc, bench/clean/generalisation_main.cc).
//
// The seed (tests/data/seed/) shows what a broken scraper does to a page:
//  - cumulative repetition: body line k holds paragraphs k..n glued together, usually with no
//    separator ("deal.Russia has") and sometimes with a run of spaces ("behalf.  Strained");
//  - a sub-heading glued to the paragraph it introduces ("MoscowTies between"), with no line of
//    its own;
//  - promotional lines between the last paragraphs, each on a line of its own, and glued into the
//    cumulative lines with runs of spaces, with a button label ("Subscribe Now") that appears only
//    glued;
//  - the byline in capitals, a display date plus a compact YYYYMMDD one.
// Here the same is done to real (Reuters) paragraphs, for several fictional sites whose
// promotional wording is nothing like the cleaner's built-in patterns, with variants the seed does
// not show: lines shuffled, lines missing (partial repetition), NBSP in the space runs,
// zero-width spaces inside words. Everything is driven by a seeded std::mt19937.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <variant>
#include <vector>

#include "common/model/article.h"
#include "common/clean/boilerplate_learner.h"
#include "common/clean/cleaner.h"
#include <nlohmann/json.hpp>

#include "common/base/diagnostic.h"
#include "common/base/read_file.h"
#include "common/io/byte_stream.h"
#include "common/readers/formats.h"
#include "common/text/strutil.h"
#include "common/text/timestamp.h"

namespace newsarc::artifacts {

struct SiteStyle {
    std::string host;
    std::string section;
    std::vector<std::string> promos;   // lines of their own
    std::vector<std::string> buttons;  // labels that only appear glued
    int byline_style;                  // see byline_for
    int date_style;                    // see dates_for
};

// Six fictional sites. Their promotional wording was written for this test and deliberately
// avoids the phrases of common/clean/boilerplate.cc (no "subscribe", "sign up", "newsletter",
// "follow us", "read more", "advertisement", "copyright"): only learning can find it.
inline const std::vector<SiteStyle>& sites() {
    static const std::vector<SiteStyle> all = {
        {"www.harbourtimes.example", "business",
         {"Morning Tide lands in your mailbox at 6am and costs nothing",
          "Put the Harbour Times on your home screen",
          "Our reporters answer your questions every Thursday at noon.",
          "Become a Harbour Times member today"},
         {"Count me in"}, 0, 0},
        {"valleyledger.example", "news",
         {"Valley Ledger readers get weekday briefings by email.",
          "Tips? Our newsroom is listening at tips@valleyledger.example",
          "Back independent local reporting with a monthly gift",
          "Listen to The Ledger Hour wherever you get your podcasts"},
         {"Give now"}, 1, 1},
        {"www.metropulse.example", "markets",
         {"Love this story? Pass it on to a friend!",
          "The Pulse app: breaking alerts without the noise",
          "Metro Pulse Premium removes ads and unlocks 40 years of archives",
          "Chat with us on Signal for confidential tips",
          "Seen something newsworthy? Let us know"},
         {"Try it free", "Maybe later"}, 2, 2},
        {"coastalwire.example", "economy",
         {"This report is part of our Coastal Futures series.",
          "Coastal Wire is funded by readers like you.",
          "Catch our evening bulletin on channel 7",
          "Questions about this story? Write to the editors"},
         {"Donate"}, 3, 3},
        {"www.northerndispatch.example", "world",
         {"Dispatch Daily: five stories, five minutes, every morning",
          "Gift this article to a friend or colleague",
          "Our journalism stays free thanks to 12,000 supporters",
          "Want the full picture? Explore our data hub"},
         {"Become a supporter"}, 4, 4},
        {"prairieherald.example", "commodities",
         {"Herald Plus members read without limits.",
          "Prefer audio? Hit play for the narrated version",
          "Send us your photos from the weekend",
          "Corrections and clarifications are listed on our standards page"},
         {"Start reading"}, 5, 5},
        {"www.islandpost.example", "finance",
         {"The Island Post turns 50: browse our anniversary archive",
          "Trusted by island readers since 1975",
          "Ad-free reading starts at $4 a month"},
         {"Continue"}, 0, 1},
    };
    return all;
}

// Sub-headings, title-like (3-7 words, no verb of saying), glued to the paragraph they introduce.
inline const std::vector<std::string>& headings() {
    static const std::vector<std::string> all = {
        "Pressure on prices",       "What comes next",          "Background to the deal",
        "Analysts remain cautious", "A long road to recovery",  "Talks with creditors",
        "Market reaction",          "Questions over funding",   "Outlook for the year",
        "Concerns in Washington",   "The view from Tokyo",      "Rising costs for farmers",
        "Shareholders weigh the offer", "Regulators step in",   "Earnings under strain",
        "Demand from abroad",       "Political fallout",        "A shift in strategy",
    };
    return all;
}

// Fictional people: apostrophes, Mc, hyphens, accents.
inline const std::vector<std::string>& people() {
    static const std::vector<std::string> all = {
        "Jane Doe",       "John Roe",          "Mark O'Neill",  "Greg McCune",    "Anne-Marie Duval",
        "Yossi Ben-David", "Priya Raman",      "Tomás Ortega",  "Li Wei",         "Fatima Al-Sayed",
        "Hannah Kowalski", "Oluwaseun Adeyemi", "Claire D'Souza", "Ruth McAllister", "Jean-Luc Bernard",
        "Sofía Gómez",    "Peter van Dijk",    "Ingrid Solberg", "Kwame Mensah",   "Noa Levi",
    };
    return all;
}

inline std::string upper(const std::string& s) {
    // ASCII and the two-byte Latin-1 letters used in people(): enough for the fictional names.
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == 0xC3 && i + 1 < s.size()) {
            unsigned char d = static_cast<unsigned char>(s[i + 1]);
            if (d >= 0xA0 && d <= 0xBE && d != 0xB7) d = static_cast<unsigned char>(d - 0x20);
            out += static_cast<char>(c);
            out += static_cast<char>(d);
            ++i;
        } else {
            out += static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        }
    }
    return out;
}

struct Byline {
    std::string text;
    std::vector<std::string> authors;
};

inline Byline byline_for(int style, std::mt19937& rng) {
    const auto& p = people();
    auto pick = [&] { return p[std::uniform_int_distribution<std::size_t>(0, p.size() - 1)(rng)]; };
    std::string a = pick(), b = pick(), c = pick();
    while (b == a) b = pick();
    while (c == a || c == b) c = pick();
    switch (style) {
        case 0: return {upper(a), {a}};                                      // TOVAH LAZAROFF
        case 1: return {"By " + upper(a) + " AND " + upper(b), {a, b}};      // BY X AND Y
        case 2: return {"By " + a + ", Reuters", {a}};                       // By X, Reuters
        case 3: return {upper(a) + ", " + upper(b) + " and " + upper(c), {a, b, c}};
        case 4: {
            std::uniform_int_distribution<int> d(0, 2);
            int k = d(rng);
            if (k == 0) return {"By Staff", {}};
            if (k == 1) return {"REUTERS", {}};
            return {upper(a) + ", Staff Writer", {a}};
        }
        default: return {"By " + upper(a), {a}};
    }
}

inline int weekday(int y, int m, int d) {  // 0 = Sunday (Sakamoto)
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3) y -= 1;
    return (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7;
}

struct Dates {
    std::vector<std::string> texts;
    Timestamp expected;
};

inline Dates dates_for(int style, const Timestamp& t) {
    static const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};
    static const char* days[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    std::string month = months[t.month - 1];
    char buf[128];
    Dates out;
    out.expected = t;
    switch (style) {
        case 0:  // SEPTEMBER 1, 2024 14:50 + 20240901 (the seed)
            std::snprintf(buf, sizeof buf, "%s %d, %d %02d:%02d", upper(month).c_str(), t.day, t.year, t.hour, t.minute);
            out.texts = {buf, t.yyyymmdd()};
            out.expected.second = 0;
            break;
        case 1:  // RFC 2822
            std::snprintf(buf, sizeof buf, "%.3s, %02d %.3s %d %02d:%02d:%02d +0300", days[weekday(t.year, t.month, t.day)],
                          t.day, month.c_str(), t.year, t.hour, t.minute, t.second);
            out.texts = {buf};
            break;
        case 2:  // ISO 8601 with a zone
            out.texts = {t.iso() + "Z"};
            break;
        case 3:  // date only, day first
            std::snprintf(buf, sizeof buf, "%d %s %d", t.day, month.c_str(), t.year);
            out.texts = {buf};
            out.expected = Timestamp{t.year, t.month, t.day, 0, 0, 0};
            break;
        case 4: {  // Weekday, Month D, YYYY H:MM PM + compact
            int h12 = t.hour % 12 == 0 ? 12 : t.hour % 12;
            std::snprintf(buf, sizeof buf, "%s, %s %d, %d %d:%02d %s", days[weekday(t.year, t.month, t.day)], month.c_str(),
                          t.day, t.year, h12, t.minute, t.hour < 12 ? "AM" : "PM");
            out.texts = {buf, t.yyyymmdd()};
            out.expected.second = 0;
            break;
        }
        default:  // ISO without zone
            out.texts = {t.iso()};
            break;
    }
    return out;
}

struct Generated {
    RawArticle raw;
    std::vector<std::string> paragraphs;  // what the cleaner should give back
    std::vector<std::string> authors;
    std::optional<Timestamp> published;
    std::string variant;
};

// One scrape of `original` (a cleaned article with its true paragraphs) as `site` would publish it.
inline Generated make_scrape(const Article& original, const SiteStyle& site, int serial, std::mt19937& rng) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
    Generated g;
    const auto& paras = original.paragraphs;
    const std::size_t n = paras.size();

    struct Unit {
        std::string text;
        std::string before;  // junction glued in front of it in cumulative lines
        bool own_line;       // it starts a body line of its own
        bool promo;          // its own line holds only itself
    };
    std::vector<Unit> units;
    // Sub-heading before paragraph h (never the first).
    std::size_t heading_at = n >= 3 && u(rng) < 0.35 ? 1 + pick(n - 1) : n;
    // Promotional block before the last paragraph (as in the seed) or after another one.
    std::size_t promo_at = u(rng) < 0.75 ? n - 1 : 1 + pick(n - 1);
    auto junction = [&] {
        double r = u(rng);
        if (r < 0.65) return std::string();
        if (r < 0.9) return std::string("  ");
        return std::string("\u00a0 ");
    };
    for (std::size_t i = 0; i < n; ++i) {
        if (i == promo_at) {
            std::vector<std::string> pool = site.promos;
            std::shuffle(pool.begin(), pool.end(), rng);
            std::size_t k = 1 + pick(3);
            for (std::size_t j = 0; j < k && j < pool.size(); ++j)
                units.push_back({pool[j], j == 0 ? "   " : "  ", u(rng) < 0.8, true});
            if (u(rng) < 0.6) units.push_back({site.buttons[pick(site.buttons.size())], "   ", false, true});
        }
        std::string text = paras[i];
        if (i == heading_at) {
            std::string h = headings()[pick(headings().size())];
            g.paragraphs.push_back(h);
            units.push_back({h, "  ", false, false});
            units.push_back({text, "", true, false});
        } else {
            units.push_back({text, i == 0 ? "" : (i == promo_at ? "  " : junction()), true, false});
        }
        g.paragraphs.push_back(paras[i]);
    }
    // A zero-width space inside a word of some article (invisible in a browser, kept by scrapers).
    if (u(rng) < 0.1) {
        std::string& t = units[0].text;
        auto sp = t.find(' ', t.size() / 2);
        if (sp != std::string::npos && sp > 2) {
            std::size_t at = sp - 2;
            while (at > 0 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;  // not inside a character
            t.insert(at, "\u200b");
        }
    }

    std::vector<std::string> lines;
    for (std::size_t k = 0; k < units.size(); ++k) {
        if (!units[k].own_line) continue;
        if (units[k].promo) {
            lines.push_back(units[k].text);
            continue;
        }
        std::string line = units[k].text;
        for (std::size_t j = k + 1; j < units.size(); ++j) line += units[j].before + units[j].text;
        lines.push_back(std::move(line));
    }
    double r = u(rng);
    if (r < 0.4) {
        g.variant = "full";
    } else if (r < 0.6) {
        g.variant = "shuffled";
        std::shuffle(lines.begin(), lines.end(), rng);
    } else {
        // Partial repetition: the complete first line survives, others go missing.
        g.variant = r < 0.85 ? "partial" : "partial-shuffled";
        std::vector<std::string> kept = {lines[0]};
        for (std::size_t k = 1; k < lines.size(); ++k)
            if (u(rng) >= 0.35) kept.push_back(lines[k]);
        lines = std::move(kept);
        if (g.variant == "partial-shuffled") std::shuffle(lines.begin(), lines.end(), rng);
    }

    RawArticle& raw = g.raw;
    raw.format = "text";
    raw.source_path = site.host + "/" + std::to_string(serial) + ".txt";
    raw.title = original.title;
    auto by = byline_for(site.byline_style, rng);
    raw.bylines = {by.text};
    g.authors = by.authors;
    if (original.published) {
        auto d = dates_for(site.date_style, *original.published);
        raw.dates = d.texts;
        g.published = d.expected;
    }
    raw.url = "https://" + site.host + "/" + site.section + "/article-" + std::to_string(100000 + serial);
    raw.body_lines = std::move(lines);
    return g;
}

struct Score {
    std::size_t articles = 0, exact = 0, authors_exact = 0, dates_exact = 0;
    // Articles whose words all come back, in order, wherever the paragraph breaks fall: a split or
    // joined word is lost to search, a misplaced break is not.
    std::size_t words_kept = 0;
    std::map<std::string, std::size_t> words_kept_by_variant;
    std::vector<std::string> failures;  // descriptions of the first few mismatches
    std::map<std::string, std::pair<std::size_t, std::size_t>> by_variant;  // variant -> (exact, all)
    std::map<std::string, std::vector<std::string>> learned;                // site -> learned segments
    double share() const { return articles ? 100.0 * static_cast<double>(exact) / static_cast<double>(articles) : 0.0; }
    double words_share() const {
        return articles ? 100.0 * static_cast<double>(words_kept) / static_cast<double>(articles) : 0.0;
    }
};

// The whitespace-separated words of paragraphs, in order.
inline std::vector<std::string> words_of(const std::vector<std::string>& paragraphs) {
    std::vector<std::string> out;
    for (const auto& p : paragraphs) {
        std::size_t i = 0;
        while (i < p.size()) {
            while (i < p.size() && p[i] == ' ') ++i;
            std::size_t start = i;
            while (i < p.size() && p[i] != ' ') ++i;
            if (i > start) out.push_back(p.substr(start, i - start));
        }
    }
    return out;
}

// The true paragraphs: Reuters articles of three or more paragraphs, read and cleaned by the
// project's own reader and Reuters pipeline (wrapped lines joined, sign-off dropped).
inline std::vector<Article> reuters_originals(const std::string& path) {
    std::vector<Article> out;
    auto reader = make_sgml_reader(std::make_unique<FileStream>(path), path);
    while (auto item = reader->next()) {
        auto* raw = std::get_if<RawArticle>(&*item);
        if (!raw) continue;
        try {
            auto a = clean_article(*raw).article;
            if (a.paragraphs.size() >= 3) out.push_back(std::move(a));
        } catch (const InputError&) {
        }
    }
    return out;
}

// Modern news (2010s, many sites: ../shared/corpora/aeb/ground-truth.json): each page's
// articleBody, paragraphs split at blank lines, with its cleaner's whitespace normalisation. Its
// brands, units and initialisms (iPhone, 4G, PDAs, 3.6Mbps) are what 1987 wire copy lacks. The
// title is made from the URL's last segment; articles of fewer than three paragraphs are left out.
inline std::vector<Article> aeb_originals(const std::string& path) {
    std::vector<Article> out;
    nlohmann::json pages = nlohmann::json::parse(read_small_file(path, std::size_t{64} << 20));
    int serial = 0;
    for (const auto& [key, page] : pages.items()) {
        std::string body = page.value("articleBody", "");
        Article a;
        a.id = "aeb-" + key.substr(0, 12);
        for (const auto& p : strutil::split(body, "\n\n")) {
            std::string text = strutil::collapse_spaces(strutil::normalise_text(p));
            if (!text.empty()) a.paragraphs.push_back(std::move(text));
        }
        if (a.paragraphs.size() < 3) continue;
        std::string url = page.value("url", "");
        std::string slug = url.substr(url.find_last_of('/') + 1);
        slug = slug.substr(0, slug.find_first_of("?#."));
        for (char& c : slug)
            if (c == '-' || c == '_') c = ' ';
        a.title = strutil::collapse_spaces(slug);
        if (a.title.empty()) a.title = "Modern news " + std::to_string(serial);
        a.title[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(a.title[0])));
        Timestamp t;
        t.year = 2019;
        t.month = 1 + serial % 12;
        t.day = 1 + serial % 28;
        a.published = t;
        ++serial;
        out.push_back(std::move(a));
    }
    return out;
}

// `originals` spread over the sites in turn and scraped, from `seed`: the same scrapes for the
// same arguments.
inline std::vector<Generated> make_scrapes(const std::vector<Article>& originals, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<Generated> scrapes;
    const auto& all_sites = sites();
    for (std::size_t i = 0; i < originals.size(); ++i)
        scrapes.push_back(make_scrape(originals[i], all_sites[i % all_sites.size()], static_cast<int>(i), rng));
    return scrapes;
}

// What the indexer does first, per site: clean every article and feed the learner. The options to
// clean them again with the learned lists.
inline CleanOptions learned_options(const std::vector<Generated>& scrapes) {
    BoilerplateLearner learner;
    for (const auto& g : scrapes) {
        try {
            auto a = clean_article(g.raw).article;
            learner.observe(a.site, a.paragraphs);
        } catch (const std::exception&) {
        }
    }
    CleanOptions options;
    options.site_boilerplate = learner.learned_all();
    return options;
}

// Scrapes `originals` (make_scrapes), then cleans them as the indexer does: a first pass learns
// per site, a second cleans with the learned lists.
inline Score run(const std::vector<Article>& originals, unsigned seed = 20240901, std::size_t keep_failures = 10) {
    std::vector<Generated> scrapes = make_scrapes(originals, seed);
    CleanOptions options = learned_options(scrapes);

    Score score;
    score.learned = options.site_boilerplate;
    for (const auto& g : scrapes) {
        ++score.articles;
        Article a;
        try {
            a = clean_article(g.raw, options).article;
        } catch (const std::exception&) {
        }
        auto& v = score.by_variant[g.variant];
        ++v.second;
        if (words_of(a.paragraphs) == words_of(g.paragraphs)) {
            ++score.words_kept;
            ++score.words_kept_by_variant[g.variant];
        }
        if (a.paragraphs == g.paragraphs) {
            ++score.exact;
            ++v.first;
        } else if (score.failures.size() < keep_failures) {
            std::string f = g.raw.source_path + " (" + g.variant + "):\n";
            std::size_t i = 0;
            while (i < a.paragraphs.size() && i < g.paragraphs.size() && a.paragraphs[i] == g.paragraphs[i]) ++i;
            f += "  first difference at paragraph " + std::to_string(i) + "\n";
            f += "  expected: " + (i < g.paragraphs.size() ? g.paragraphs[i].substr(0, 300) : "(none)") + "\n";
            f += "  got:      " + (i < a.paragraphs.size() ? a.paragraphs[i].substr(0, 300) : "(none)") + "\n";
            score.failures.push_back(std::move(f));
        }
        if (a.authors == g.authors) {
            ++score.authors_exact;
        } else if (score.failures.size() < keep_failures) {
            std::string f = g.raw.source_path + " byline \"" + g.raw.bylines[0] + "\" gave:";
            for (const auto& x : a.authors) f += " [" + x + "]";
            score.failures.push_back(f + "\n");
        }
        if (a.published == g.published) ++score.dates_exact;
    }
    return score;
}

struct Unchanged {
    std::size_t articles = 0, same = 0;
    std::vector<std::string> failures;  // the first few changed paragraphs, expected and got
    double share() const { return articles ? 100.0 * static_cast<double>(same) / static_cast<double>(articles) : 0.0; }
};

// The other side of the splitting rules: each article's true paragraphs fed as a plain text file,
// one a line, must come back as they are.
inline Unchanged clean_bodies_unchanged(const std::vector<Article>& originals, std::size_t keep_failures = 0) {
    Unchanged out;
    std::size_t shown = 0;
    for (const auto& a : originals) {
        ++out.articles;
        RawArticle raw;
        raw.format = "text";
        raw.source_path = "plain.txt";
        raw.title = a.title;
        raw.body_lines = a.paragraphs;
        auto got = clean_article(raw).article.paragraphs;
        if (got == a.paragraphs) {
            ++out.same;
        } else if (shown++ < keep_failures) {
            std::size_t k = 0;
            while (k < got.size() && k < a.paragraphs.size() && got[k] == a.paragraphs[k]) ++k;
            if (k < a.paragraphs.size() && k < got.size())
                out.failures.push_back("clean body changed (" + a.id + "):\n  expected: " + a.paragraphs[k].substr(0, 300) +
                                       "\n  got:      " + got[k].substr(0, 300) + "\n");
        }
    }
    return out;
}

}  // namespace newsarc::artifacts
