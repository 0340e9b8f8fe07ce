// clean_article: RawArticle -> Article, one pipeline per format (text/jsonl share theirs).
#include "common/clean/cleaner.h"

#include <algorithm>

#include "common/clean/boilerplate.h"
#include "common/clean/byline.h"
#include "common/clean/glued.h"
#include "common/clean/paragraphs.h"
#include "common/clean/reuters_body.h"
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

std::vector<std::string> clean_paragraphs(const RawArticle& raw, const CleanOptions& options) {
    std::vector<std::string> paragraphs;
    if (raw.format == "reuters-sgml") {
        paragraphs = unwrap_reuters_body(raw.body_lines);
    } else {
        // "text", "jsonl" and anything else: every step is harmless on clean text.
        bool repeated = has_repetition(raw.body_lines);
        paragraphs = paragraphs_from_lines(raw.body_lines, raw.format == "jsonl");
        paragraphs = split_glued_paragraphs(paragraphs, raw.title, repeated);
        paragraphs = remove_boilerplate(paragraphs, options.boilerplate);
    }
    std::vector<std::string> out;
    for (const auto& p : paragraphs) {
        auto n = normalise_paragraph(p);
        if (!n.empty()) out.push_back(std::move(n));
    }
    return out;
}

std::vector<std::string> clean_authors(const std::vector<std::string>& bylines) {
    std::vector<std::string> authors;
    std::vector<std::string> keys;
    for (const auto& b : bylines) {
        for (auto& name : normalise_byline(strip_control_chars(b))) {
            auto key = normalise_author_key(name);
            if (key.empty() || std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            keys.push_back(std::move(key));
            authors.push_back(std::move(name));
        }
    }
    return authors;
}

std::string make_id(const RawArticle& raw, const std::string& url, const std::string& title) {
    auto own = strutil::trim(raw.id);
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

}  // namespace

CleanResult clean_article(const RawArticle& raw, const CleanOptions& options) {
    CleanResult result;
    result.warnings = raw.warnings;
    Article& a = result.article;

    a.title = strutil::collapse_spaces(strip_control_chars(raw.title));
    a.paragraphs = clean_paragraphs(raw, options);
    if (a.title.empty() && a.paragraphs.empty())
        throw InputError(raw.source_line, "article has no title and no text");

    a.authors = clean_authors(raw.bylines);

    std::string first_nonempty;
    for (const auto& d : raw.dates) {
        std::string text = strutil::collapse_spaces(strip_control_chars(d));
        if (text.empty()) continue;
        if (first_nonempty.empty()) first_nonempty = text;
        std::string note;
        if (auto t = parse_date(text, &note)) {
            a.published = t;
            if (!note.empty())
                result.warnings.push_back(make_warning(raw.source_path, raw.source_line,
                                                       "date \"" + text + "\": " + note));
            break;
        }
    }
    if (!a.published && !first_nonempty.empty())
        result.warnings.push_back(make_warning(raw.source_path, raw.source_line,
                                               "date \"" + first_nonempty +
                                                   "\" does not parse; published left unknown"));

    a.url = std::string(strutil::trim(raw.url));
    a.site = site_of(a.url);
    auto section = strutil::trim(raw.section);
    a.section = section.empty() ? section_of(a.url) : std::string(section);
    a.id = make_id(raw, a.url, a.title);

    for (const auto& [key, values] : raw.tags) {
        auto& out = a.tags[key];
        for (const auto& v : values) {
            auto t = strutil::to_lower(strutil::trim(v));
            if (!t.empty()) out.push_back(std::move(t));
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
