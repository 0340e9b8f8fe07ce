// clean_article: RawArticle -> Article, one pipeline per format (text/jsonl share theirs).
#include "common/clean/cleaner.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <unordered_set>

#include "common/model/article_json.h"
#include "common/clean/boilerplate.h"
#include "common/clean/boilerplate_learner.h"
#include "common/clean/byline.h"
#include "common/clean/glued.h"
#include "common/clean/language_scope.h"
#include "common/clean/paragraphs.h"
#include "common/clean/reuters_body.h"
#include "common/lang/codes.h"
#include "common/lang/detect.h"
#include "common/text/strutil.h"
#include "common/text/dates.h"
#include "common/text/hash.h"
#include "common/text/url.h"

namespace newsarc {

namespace {

std::string basename_of(const std::string& path) {
    auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string normalise_paragraph(std::string_view p) {
    return strutil::collapse_spaces(strip_control_chars(p));
}


// `english`: the rules written for English (glue beyond runs of spaces, built-in boilerplate) may
// fire (language_scope.h). The rest reads no language: cumulative repetition and exact duplicates,
// runs of spaces, the user's patterns and the site's learned lines, the Reuters wire's layout.
std::vector<std::string> clean_paragraphs(const RawArticle& raw, const std::vector<std::string>& body_lines,
                                          const std::string& title, const CleanOptions& options,
                                          const std::vector<std::string>* site_list, bool english) {
    std::vector<std::string> paragraphs;
    if (raw.format == "reuters-sgml") {
        paragraphs = unwrap_reuters_body(body_lines);
    } else if (raw.format == "html" || raw.format == "warc") {
        // Paragraphs come from the page's structure, one a line: repeats are the page's own
        // (product boxes, pull quotes), never a cumulative scrape, and nothing was glued by a
        // scraper, so "watchOS" stays one word.
        for (const auto& l : body_lines)
            if (!strutil::trim(l).empty()) paragraphs.emplace_back(strutil::trim(l));
        paragraphs = remove_boilerplate(paragraphs, options.boilerplate, english);
    } else {
        // "text", "jsonl" and anything else: every step is harmless on clean text.
        bool repeated = has_repetition(body_lines);
        std::vector<bool> set_off;
        paragraphs = paragraphs_from_lines(body_lines, raw.format == "jsonl", &set_off);
        GluedRules rules = glued_rules_in_effect();
        rules.english = english;
        paragraphs = split_glued_paragraphs(paragraphs, title, repeated, &set_off, rules);
        paragraphs = remove_boilerplate(paragraphs, options.boilerplate, english);
    }
    if (site_list) paragraphs = remove_site_boilerplate(std::move(paragraphs), *site_list);
    std::vector<std::string> out;
    for (const auto& p : paragraphs) {
        auto n = normalise_paragraph(p);
        if (!n.empty()) out.push_back(std::move(n));
    }
    return out;
}

// What CLD2 reads of an article: its title and the start of its text. The scraper's repetitions
// and boilerplate are still in it, but they are in the article's language, or too few to matter.
constexpr std::size_t kDetectBytes = 1024;

std::string detect_article_language(const std::string& title, const std::vector<std::string>& lines) {
    std::string text = title;
    for (const auto& l : lines) {
        if (text.size() >= kDetectBytes) break;
        text.append("\n").append(l, 0, kDetectBytes);
    }
    // Whole characters: a cut inside one would be invalid UTF-8 to CLD2.
    std::size_t cut = std::min(text.size(), kDetectBytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text.resize(cut);
    return lang::detect_language(text);
}

// No article has more authors, topics or places than this; a source listing 10,000 is broken, and
// each one costs terms and facet space, so the rest are dropped with a warning.
constexpr std::size_t kMaxNames = 100;

void warn_dropped(const RawArticle& raw, std::vector<Diagnostic>& warnings, std::size_t total, const char* what) {
    warnings.push_back(make_warning(raw.source_path, raw.source_line,
                                    std::to_string(total) + " " + what + "; kept the first " +
                                        std::to_string(kMaxNames)));
}

std::vector<std::string> clean_authors(const RawArticle& raw, const std::string& language, std::vector<Diagnostic>& warnings) {
    std::vector<std::string> authors;
    std::unordered_set<std::string> keys;
    std::size_t dropped = 0;
    for (const auto& b : raw.bylines) {
        for (auto& name : normalise_byline(strutil::normalise_text(strip_control_chars(b)), language)) {
            auto key = normalise_author_key(name);
            if (key.empty() || keys.count(key)) continue;
            if (authors.size() == kMaxNames) {
                ++dropped;
                continue;
            }
            keys.insert(std::move(key));
            authors.push_back(std::move(name));
        }
    }
    if (dropped) warn_dropped(raw, warnings, authors.size() + dropped, "authors");
    return authors;
}

std::string make_id(const RawArticle& raw, const std::string& url, const std::string& title) {
    std::string own_id = strip_control_chars(raw.id);
    auto own = strutil::trim(own_id);
    if (!own.empty()) return std::string(own);
    if (!url.empty()) {
        std::string site = site_of(url);
        return (site.empty() ? std::string("doc") : site) + "-" + hash_hex(canonical_url(url)).substr(0, 12);
    }
    return "doc-" + hash_hex(basename_of(raw.source_path) + "\n" + title).substr(0, 12);
}

// Separators that cannot occur in cleaned text: unit (between fields) and record (inside lists).
constexpr char kFieldSep = '\x1f';
constexpr char kItemSep = '\x1e';

std::string content_hash_of(const Article& a) {
    std::string h;
    h += a.title;
    h += kFieldSep;
    for (const auto& x : a.authors) h += x + kItemSep;
    h += kFieldSep;
    if (a.published) h += a.published->iso();
    h += kFieldSep;
    h += a.url;
    h += kFieldSep;
    h += a.language;  // it decides how the words are indexed
    h += kFieldSep;
    for (const auto& p : a.paragraphs) h += p + kItemSep;
    h += kFieldSep;
    for (const auto& [key, values] : a.tags) {
        h += key;
        h += '=';
        for (const auto& v : values) h += v + kItemSep;
        h += kFieldSep;
    }
    return hash_hex(h);
}

// A date written only in digits ("20240901"): less than the display form it usually accompanies.
bool is_compact_date(const std::string& text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || c == 'T'; });
}

// Picks the publication date: the first that parses, preferring a full (display) form over a
// compact digits-only one; a parsed date that names another day is reported, never silently mixed.
void clean_date(const RawArticle& raw, Article& a, std::vector<Diagnostic>& warnings) {
    struct Parsed {
        std::string text;
        Timestamp t;
        std::string note;
    };
    std::vector<Parsed> parsed;
    std::string first_nonempty;
    for (const auto& d : raw.dates) {
        std::string text = strutil::collapse_spaces(strutil::normalise_text(strip_control_chars(d)));
        if (text.empty()) continue;
        if (first_nonempty.empty()) first_nonempty = text;
        std::string note;
        if (auto t = parse_date(text, &note)) parsed.push_back({text, *t, note});
    }
    if (parsed.empty()) {
        if (!first_nonempty.empty())
            warnings.push_back(make_warning(raw.source_path, raw.source_line,
                                            "date \"" + first_nonempty + "\" does not parse; published left unknown"));
        return;
    }
    std::size_t best = 0;
    for (std::size_t i = 0; i < parsed.size(); ++i)
        if (!is_compact_date(parsed[i].text)) {
            best = i;
            break;
        }
    const Parsed& chosen = parsed[best];
    a.published = chosen.t;
    if (!chosen.note.empty())
        warnings.push_back(make_warning(raw.source_path, raw.source_line, "date \"" + chosen.text + "\": " + chosen.note));
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (i == best) continue;
        const Timestamp& o = parsed[i].t;
        if (o.year == chosen.t.year && o.month == chosen.t.month && o.day == chosen.t.day) continue;
        warnings.push_back(make_warning(raw.source_path, raw.source_line,
                                        "dates disagree: \"" + chosen.text + "\" is " + chosen.t.yyyymmdd() +
                                            " but \"" + parsed[i].text + "\" is " + o.yyyymmdd() + "; kept \"" +
                                            chosen.text + "\""));
    }
}

}  // namespace

std::vector<std::string> remove_site_boilerplate(std::vector<std::string> paragraphs,
                                                 const std::vector<std::string>& learned) {
    if (learned.empty()) return paragraphs;
    std::unordered_set<std::string> keys;
    for (const auto& l : learned) keys.insert(boilerplate_key(l));
    std::vector<std::string> out;
    for (auto& p : paragraphs) {
        // Segments glued in front of the paragraph by a run of spaces ("Give now  the proposed
        // sale", "Our journalism stays free  (corrects from 24.53)") go first.
        for (auto run = p.find("  "); run != std::string::npos && run > 0; run = p.find("  ")) {
            if (!keys.count(boilerplate_key(std::string_view(p).substr(0, run)))) break;
            std::size_t e = run;
            while (e < p.size() && p[e] == ' ') ++e;
            p.erase(0, e);
        }
        std::string key = boilerplate_key(p);
        if (key.empty() || keys.count(key)) continue;
        auto sentences = split_sentences(key);
        if (sentences.size() < 2) {
            out.push_back(std::move(p));
            continue;
        }
        std::string kept;
        bool dropped = false;
        for (const auto& sentence : sentences) {
            if (keys.count(boilerplate_key(sentence))) {
                dropped = true;
                continue;
            }
            if (!kept.empty()) kept += ' ';
            kept += sentence;
        }
        if (!dropped) out.push_back(std::move(p));
        else if (!kept.empty()) out.push_back(std::move(kept));
    }
    // A segment glued inside a paragraph where sentence splitting does not isolate it ("... he
    // said. Tips? Our newsroom is listening"): removed where it starts after a sentence end and
    // ends the paragraph or precedes a new sentence.
    std::vector<std::string> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() > b.size() : a < b;
    });
    std::vector<std::string> result;
    for (auto& p : out) {
        std::string text = boilerplate_key(p);
        bool changed = false;
        for (const auto& key : sorted) {
            if (key.size() < 8 || key.size() >= text.size()) continue;
            for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + 1)) {
                std::size_t end = pos + key.size();
                bool left = pos == 0 || (pos >= 2 && text[pos - 1] == ' ' &&
                                         std::string_view(".!?\":)").find(text[pos - 2]) != std::string_view::npos) ||
                            (pos >= 4 && text[pos - 1] == ' ' && (text.compare(pos - 4, 3, "\u201D") == 0 ||
                                                                   text.compare(pos - 4, 3, "\u2019") == 0));
                bool right = end == text.size() ||
                             (text[end] == ' ' && end + 1 < text.size() &&
                              (std::isupper(static_cast<unsigned char>(text[end + 1])) || text[end + 1] == '"' ||
                               text.compare(end + 1, 3, "\u201C") == 0));
                if (!left || !right) continue;
                text = strutil::collapse_spaces(text.substr(0, pos) + " " + text.substr(end));
                changed = true;
                break;
            }
        }
        if (!changed) result.push_back(std::move(p));
        else if (!text.empty()) result.push_back(std::move(text));
    }
    return result;
}

namespace {

// An exported article comes back exactly as the archive held it (`export` then `add` round-trips);
// only the content hash is recomputed, so that an edited record is not taken for the old one.
CleanResult restore_article(const RawArticle& raw) {
    CleanResult result;
    result.warnings = raw.warnings;
    try {
        result.article = article_from_json(raw.restored_json);
    } catch (const std::exception& e) {
        throw InputError(raw.source_line, std::string("exported article does not read back: ") + e.what());
    }
    Article& a = result.article;
    if (a.id.empty()) throw InputError(raw.source_line, "exported article has no id");
    if (a.title.empty() && a.paragraphs.empty()) throw InputError(raw.source_line, "article has no title and no text");
    if (a.format.empty()) a.format = raw.format;
    // Exported before articles had a language (none), or edited into something that is none.
    if (a.language != lang::kUnknown) a.language = lang::normalise_code(a.language);
    if (a.language.empty()) a.language = detect_article_language(a.title, a.paragraphs);
    a.content_hash = content_hash_of(a);
    return result;
}

}  // namespace

CleanResult clean_article(const RawArticle& raw, const CleanOptions& options) {
    if (!raw.restored_json.empty()) return restore_article(raw);
    CleanResult result;
    result.warnings = raw.warnings;
    Article& a = result.article;

    // Control characters (a NUL from a JSON "\u0000") have no place in a URL, an id or a name.
    a.url = std::string(strutil::trim(strip_control_chars(raw.url)));
    a.site = site_of(a.url);
    std::string raw_section = strip_control_chars(raw.section);
    auto section = strutil::trim(raw_section);
    a.section = section.empty() ? section_of(a.url) : std::string(section);

    // NFC, zero-width characters gone, every Unicode space a plain one, before anything compares text.
    a.title = strutil::collapse_spaces(strutil::normalise_text(strip_control_chars(raw.title)));
    std::vector<std::string> body_lines;
    body_lines.reserve(raw.body_lines.size());
    for (const auto& l : raw.body_lines) body_lines.push_back(strutil::normalise_text(l));
    // The language as the source states it, else as detected: the cleaning rules written for one
    // language fire only on it. A stated "und" is kept: `reindex` re-cleans a stored article with the
    // language it was given (raw_from_article), and detection on the cleaned text may differ.
    a.language = lang::normalise_code(raw.language);
    if (a.language.empty())
        a.language = raw.language == lang::kUnknown ? std::string(lang::kUnknown) : detect_article_language(a.title, body_lines);
    const bool english = english_rules_apply(a.language, a.title, body_lines);
    const std::vector<std::string>* site_list = nullptr;
    if (auto it = options.site_boilerplate.find(a.site); it != options.site_boilerplate.end()) site_list = &it->second;
    a.paragraphs = clean_paragraphs(raw, body_lines, a.title, options, site_list, english);
    if (a.title.empty() && a.paragraphs.empty())
        throw InputError(raw.source_line, "article has no title and no text");

    a.authors = clean_authors(raw, a.language, result.warnings);
    clean_date(raw, a, result.warnings);

    a.id = make_id(raw, a.url, a.title);

    for (const auto& [key, values] : raw.tags) {
        auto& out = a.tags[key];
        for (const auto& v : values) {
            auto t = strutil::to_lower(strutil::trim(strip_control_chars(v)));
            if (!t.empty()) out.push_back(std::move(t));
        }
        if (out.size() > kMaxNames) {
            warn_dropped(raw, result.warnings, out.size(), (key + " values").c_str());
            out.resize(kMaxNames);
        }
    }
    a.extra = raw.extra;
    a.source = raw.source_path + ":" + std::to_string(raw.source_line);
    a.format = raw.format;
    a.cleaner_version = kCleanerVersion;
    a.content_hash = content_hash_of(a);
    return result;
}

}  // namespace newsarc
