// Metadata from the page's head and markup; every source is optional and the first that gives a
// value wins (JSON-LD and Open Graph before microdata, microdata before visible bylines).
#include "common/html/metadata.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <map>
#include <regex>

#include "common/html/dom.h"
#include "common/html/furniture.h"
#include "common/text/strutil.h"

namespace newsarc::html {

namespace {

using nlohmann::json;

struct Found {
    std::string og_title, twitter_title, jsonld_headline, html_title, h1, itemprop_headline;
    std::vector<std::string> jsonld_authors, meta_authors, itemprop_authors, rel_authors, byline_elements;
    std::string jsonld_published, meta_published, itemprop_published, time_published, class_published,
        jsonld_page_published;
    std::string jsonld_modified, meta_modified;
    std::string canonical, og_url;
    std::string og_site_name, jsonld_publisher, application_name;
    std::string jsonld_section, meta_section;
    std::string html_lang, meta_language, jsonld_language;
    std::string jsonld_body;
    bool jsonld_article_seen = false;
    std::vector<std::string> jsonld_author_ids;            // authors given as {"@id": ...} only
    std::map<std::string, std::string> jsonld_names;       // @id -> name, over every JSON-LD object
};

bool is_url_like(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") || s.starts_with("www.");
}

void set_once(std::string& field, std::string_view value) {
    auto v = strutil::trim(value);
    if (field.empty() && !v.empty()) field = std::string(v);
}

void add_author(std::vector<std::string>& list, std::string_view value) {
    std::string v = strutil::collapse_spaces(value);
    if (v.empty() || is_url_like(v) || v.starts_with("@") || v.size() > 200) return;
    if (std::find(list.begin(), list.end(), v) == list.end()) list.push_back(std::move(v));
}

bool one_of(std::string_view key, std::initializer_list<std::string_view> keys) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

// ---- JSON-LD ----

// Depths past which JSON-LD values are not followed: real ones nest two or three levels, and a
// page could nest millions.
constexpr int kMaxJsonDepth = 8;

std::string json_string(const json& v, int depth = 0) {
    if (depth > kMaxJsonDepth) return {};
    if (v.is_string()) return v.get<std::string>();
    if (v.is_array() && !v.empty()) return json_string(v.front(), depth + 1);
    if (v.is_object()) {
        if (auto it = v.find("name"); it != v.end()) return json_string(*it, depth + 1);
        if (auto it = v.find("@value"); it != v.end()) return json_string(*it, depth + 1);
    }
    return {};
}

// Names of an author value; references ({"@id": "..."} without a name) go to `ids` when given.
void collect_authors(const json& v, std::vector<std::string>& out, std::vector<std::string>* ids = nullptr,
                     int depth = 0) {
    if (depth > kMaxJsonDepth) return;
    if (v.is_string()) {
        add_author(out, v.get<std::string>());
    } else if (v.is_array()) {
        for (const auto& x : v) collect_authors(x, out, ids, depth + 1);
    } else if (v.is_object()) {
        if (auto it = v.find("name"); it != v.end()) collect_authors(*it, out, ids, depth + 1);
        else if (auto id = v.find("@id"); id != v.end() && id->is_string() && ids) ids->push_back(id->get<std::string>());
    }
}

bool is_article_type(const json& type) {
    if (type.is_array()) return std::any_of(type.begin(), type.end(), is_article_type);
    if (!type.is_string()) return false;
    const std::string& t = type.get_ref<const std::string&>();
    return t.ends_with("Article") || t.ends_with("BlogPosting") || t == "LiveBlogPosting" || t == "Report" ||
           t.ends_with("Review");
}

void visit_jsonld(const json& v, Found& f, int depth) {
    if (depth > kMaxJsonDepth) return;
    if (v.is_array()) {
        for (const auto& x : v) visit_jsonld(x, f, depth + 1);
        return;
    }
    if (!v.is_object()) return;
    if (auto id = v.find("@id"), name = v.find("name"); id != v.end() && id->is_string() && name != v.end())
        f.jsonld_names.emplace(id->get<std::string>(), json_string(*name));
    if (auto g = v.find("@graph"); g != v.end()) visit_jsonld(*g, f, depth + 1);
    auto type = v.find("@type");
    if (type == v.end() || !is_article_type(*type)) {
        if (auto m = v.find("mainEntity"); m != v.end()) visit_jsonld(*m, f, depth + 1);
        // A WebPage's date stands in when no article object gives one.
        if (auto d = v.find("datePublished"); d != v.end()) set_once(f.jsonld_page_published, json_string(*d));
        return;
    }
    if (f.jsonld_article_seen) return;  // the first article object describes the page
    f.jsonld_article_seen = true;
    if (auto it = v.find("headline"); it != v.end()) set_once(f.jsonld_headline, json_string(*it));
    if (f.jsonld_headline.empty())
        if (auto it = v.find("name"); it != v.end()) set_once(f.jsonld_headline, json_string(*it));
    if (auto it = v.find("author"); it != v.end()) collect_authors(*it, f.jsonld_authors, &f.jsonld_author_ids);
    if (f.jsonld_authors.empty())
        if (auto it = v.find("creator"); it != v.end()) collect_authors(*it, f.jsonld_authors);
    if (auto it = v.find("datePublished"); it != v.end()) set_once(f.jsonld_published, json_string(*it));
    if (f.jsonld_published.empty())
        if (auto it = v.find("dateCreated"); it != v.end()) set_once(f.jsonld_published, json_string(*it));
    if (auto it = v.find("dateModified"); it != v.end()) set_once(f.jsonld_modified, json_string(*it));
    if (auto it = v.find("articleSection"); it != v.end()) set_once(f.jsonld_section, json_string(*it));
    if (auto it = v.find("inLanguage"); it != v.end()) set_once(f.jsonld_language, json_string(*it));
    if (auto it = v.find("publisher"); it != v.end()) set_once(f.jsonld_publisher, json_string(*it));
    if (auto it = v.find("articleBody"); it != v.end()) set_once(f.jsonld_body, json_string(*it));
}

void read_jsonld(const GumboNode* script, Found& f) {
    std::string text;
    const GumboVector& c = children_of(script);
    for (unsigned i = 0; i < c.length; ++i) {
        auto* n = static_cast<const GumboNode*>(c.data[i]);
        if (is_text(n)) text += n->v.text.text;
    }
    json v = json::parse(text, nullptr, false);
    if (!v.is_discarded()) visit_jsonld(v, f, 0);
}

// ---- markup ----

std::string lower(std::string_view s) { return strutil::ascii_lower(s); }

void read_meta(const GumboNode* n, Found& f) {
    std::string key = lower(attr(n, "property"));
    if (key.empty()) key = lower(attr(n, "name"));
    if (key.empty()) key = lower(attr(n, "itemprop"));
    if (key.empty()) key = lower(attr(n, "http-equiv"));
    std::string_view content = attr(n, "content");
    if (key.empty() || strutil::trim(content).empty()) return;
    if (key == "og:title") set_once(f.og_title, content);
    else if (key == "twitter:title") set_once(f.twitter_title, content);
    else if (key == "og:site_name") set_once(f.og_site_name, content);
    else if (key == "application-name") set_once(f.application_name, content);
    else if (key == "og:url") set_once(f.og_url, content);
    else if (one_of(key, {"author", "article:author", "byl", "dc.creator", "dcterms.creator", "sailthru.author",
                          "parsely-author", "citation_author", "og:article:author"}))
        add_author(f.meta_authors, content);
    else if (one_of(key, {"article:published_time", "og:article:published_time", "datepublished", "pubdate",
                          "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
                          "dcterms.created", "sailthru.date", "parsely-pub-date", "og:published_time",
                          "article.published", "published_time", "citation_publication_date", "release_date"}))
        set_once(f.meta_published, content);
    else if (one_of(key, {"article:modified_time", "og:updated_time", "datemodified", "lastmod", "dcterms.modified",
                          "article.updated"}))
        set_once(f.meta_modified, content);
    else if (one_of(key, {"article:section", "section", "parsely-section", "og:article:section", "article.section"}))
        set_once(f.meta_section, content);
    else if (one_of(key, {"content-language", "language", "dc.language", "og:locale"}))
        set_once(f.meta_language, content);
}

bool has(std::string_view hay, std::string_view word) { return hay.find(word) != std::string_view::npos; }

// A visible byline often runs on into its date ("Tom Davies Associated Press Published 11:34 PM"):
// the names end at a digit, a separator or a word that starts the date.
std::string byline_names_part(std::string_view text) {
    std::size_t cut = text.find_first_of("0123456789|");
    for (std::string_view stop : {"\xE2\x80\xA2", "\xE2\x80\x94", " Published", " Updated", " Posted", " published",
                                  " updated", " posted"})
        cut = std::min(cut, text.find(stop));
    return std::string(strutil::trim(text.substr(0, cut)));
}

// A visible byline: an element whose class or id names the author or byline, short enough to be
// a name list ("By Jane Doe and John Roe").
// `name` is the element's class and id, lowercased.
void read_byline_element(const GumboNode* n, std::string_view name, Found& f) {
    if (!f.byline_elements.empty()) return;
    GumboTag t = tag_of(n);
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY || t == GUMBO_TAG_META || t == GUMBO_TAG_LINK) return;
    if (!has(name, "byline") && !has(name, "author")) return;
    if (has(name, "bio") || has(name, "avatar") || has(name, "image") || has(name, "photo")) return;
    std::string text = byline_names_part(text_of(n));
    if (text.size() < 3 || text.size() > 120 || strutil::count_words(text) > 14) return;
    add_author(f.byline_elements, text);
}

// The text of the element's own text children (for <title>, whose content is raw text).
std::string child_text(const GumboNode* n) {
    std::string text;
    const GumboVector& c = children_of(n);
    for (unsigned i = 0; i < c.length; ++i) {
        auto* k = static_cast<const GumboNode*>(c.data[i]);
        if (is_text(k)) text += k->v.text.text;
    }
    return strutil::collapse_spaces(text);
}

// The date an element states: a `datetime` or `content` attribute, else its text.
std::string date_of(const GumboNode* n) {
    std::string_view d = attr(n, "datetime");
    if (d.empty()) d = attr(n, "content");
    if (d.empty() && tag_of(n) == GUMBO_TAG_INPUT) d = attr(n, "value");
    if (!d.empty()) return std::string(strutil::trim(d));
    std::string text = text_of(n);
    return text.size() <= 80 ? text : std::string();
}

void read_itemprop(const GumboNode* n, std::string_view prop, Found& f) {
    if (prop == "author" || prop == "creator") {
        std::string name;
        visit_elements(n, [&](const GumboNode* k) {
            if (name.empty() && k != n && lower(attr(k, "itemprop")) == "name")
                name = attr(k, "content").empty() ? text_of(k) : std::string(attr(k, "content"));
            return name.empty();
        });
        if (name.empty()) name = attr(n, "content").empty() ? text_of(n) : std::string(attr(n, "content"));
        if (name.size() <= 120) add_author(f.itemprop_authors, name);
    } else if (prop == "datepublished" || prop == "datecreated") {
        set_once(f.itemprop_published, date_of(n));
    } else if (prop == "headline" && tag_of(n) != GUMBO_TAG_META) {
        set_once(f.itemprop_headline, text_of(n));
    }
}

void visit(const GumboNode* n, Found& f) {
    GumboTag t = tag_of(n);
    switch (t) {
        case GUMBO_TAG_HTML:
            set_once(f.html_lang, attr(n, "lang"));
            if (f.html_lang.empty()) set_once(f.html_lang, attr(n, "xml:lang"));
            break;
        case GUMBO_TAG_TITLE:
            if (f.html_title.empty()) f.html_title = child_text(n);
            return;
        case GUMBO_TAG_META:
            read_meta(n, f);
            break;
        case GUMBO_TAG_LINK: {
            std::string rel = lower(attr(n, "rel"));
            if (rel == "canonical") set_once(f.canonical, attr(n, "href"));
            break;
        }
        case GUMBO_TAG_SCRIPT:
            if (lower(attr(n, "type")).find("ld+json") != std::string::npos) read_jsonld(n, f);
            return;
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
            return;
        case GUMBO_TAG_H1:
            if (f.h1.empty()) f.h1 = text_of(n);
            break;
        case GUMBO_TAG_TIME:
            if (f.time_published.empty() && has_attr(n, "datetime")) f.time_published = std::string(attr(n, "datetime"));
            break;
        case GUMBO_TAG_A:
            if (lower(attr(n, "rel")).find("author") != std::string::npos) {
                std::string text = text_of(n);
                if (text.size() <= 80) add_author(f.rel_authors, text);
            }
            break;
        default:
            break;
    }
    // itemprop holds a list of names ("datePublished dateCreated").
    if (std::string props = lower(attr(n, "itemprop")); !props.empty()) {
        std::size_t i = 0;
        while (i < props.size()) {
            std::size_t e = props.find(' ', i);
            if (e == std::string::npos) e = props.size();
            if (e > i) read_itemprop(n, std::string_view(props).substr(i, e - i), f);
            i = e + 1;
        }
    }
    if (has_attr(n, "class") || has_attr(n, "id")) {
        std::string name = class_and_id(n);
        if (f.class_published.empty() && t != GUMBO_TAG_META && t != GUMBO_TAG_HTML && t != GUMBO_TAG_BODY &&
            has(name, "publish") && !has(name, "publisher")) {
            std::string d = date_of(n);
            if (d.find_first_of("0123456789") != std::string::npos) f.class_published = std::move(d);
        }
        if (t != GUMBO_TAG_A) read_byline_element(n, name, f);
    }
    if (!is_element(n)) return;
    const GumboVector& c = children_of(n);
    for (unsigned i = 0; i < c.length; ++i) {
        auto* k = static_cast<const GumboNode*>(c.data[i]);
        if (is_element(k)) visit(k, f);
    }
}

const std::array<std::string_view, 9> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \xC2\xB7 ",
                                                     " :: ", " \xC2\xBB ", " // ", " : "};

bool same_name(std::string_view a, std::string_view b) {
    return !a.empty() && strutil::to_lower(strutil::trim(a)) == strutil::to_lower(strutil::trim(b));
}

}  // namespace

std::string strip_site_suffix(std::string_view title_in, std::string_view site_name) {
    std::string title = strutil::collapse_spaces(title_in);
    for (std::string_view sep : kSeparators) {
        std::size_t last = title.rfind(sep);
        if (last != std::string::npos && last > 0) {
            std::string_view head = std::string_view(title).substr(0, last);
            std::string_view tail = std::string_view(title).substr(last + sep.size());
            if (same_name(tail, site_name) ||
                (sep != " : " && strutil::count_words(tail) <= 4 && strutil::count_words(head) > strutil::count_words(tail) &&
                 strutil::count_words(head) >= 3))
                return strip_site_suffix(head, site_name);
        }
        std::size_t first = title.find(sep);
        if (first != std::string::npos && first > 0 && same_name(std::string_view(title).substr(0, first), site_name))
            return std::string(strutil::trim(std::string_view(title).substr(first + sep.size())));
    }
    // "Site Name: the headline"
    if (std::size_t colon = title.find(": "); colon != std::string::npos && same_name(title.substr(0, colon), site_name))
        return std::string(strutil::trim(std::string_view(title).substr(colon + 2)));
    return title;
}

std::string tidy_date_text(std::string_view text) {
    static const std::regex label(
        R"(^\s*(first\s+|last\s+)?(published|updated|posted|modified|date)\s*(:|on|at)?\s*)", std::regex::icase);
    static const std::regex weekday(
        R"(^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)", std::regex::icase);
    static const std::regex leading_time(
        R"(^(\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,4}\b)?)\s*[,|\-]?\s*(.+)$)", std::regex::icase);
    std::string s = strutil::collapse_spaces(text);
    s = std::regex_replace(s, label, "", std::regex_constants::format_first_only);
    s = std::regex_replace(s, weekday, "", std::regex_constants::format_first_only);
    std::smatch m;
    if (std::regex_match(s, m, leading_time)) s = m[5].str() + " " + m[1].str();
    return s;
}

std::vector<std::string> jsonld_author_names(std::string_view text) {
    std::vector<std::string> out;
    json v = json::parse(text, nullptr, false);
    if (!v.is_discarded()) collect_authors(v, out);
    return out;
}

PageMetadata extract_metadata(const GumboNode* root) {
    Found f;
    visit(root, f);
    // Authors named by reference (Yoast's @graph): resolved once every object has been seen.
    for (const auto& id : f.jsonld_author_ids)
        if (auto it = f.jsonld_names.find(id); it != f.jsonld_names.end()) add_author(f.jsonld_authors, it->second);
    PageMetadata m;
    for (auto* s : {&f.og_site_name, &f.jsonld_publisher, &f.application_name})
        if (m.site_name.empty()) m.site_name = *s;
    for (auto* s : {&f.og_title, &f.jsonld_headline, &f.twitter_title, &f.itemprop_headline, &f.html_title, &f.h1})
        if (m.title.empty() && !strutil::trim(*s).empty()) m.title = strip_site_suffix(*s, m.site_name);
    for (auto* list : {&f.jsonld_authors, &f.meta_authors, &f.itemprop_authors, &f.rel_authors, &f.byline_elements})
        if (m.bylines.empty()) m.bylines = *list;
    for (auto* s : {&f.jsonld_published, &f.meta_published, &f.itemprop_published, &f.jsonld_page_published,
                    &f.time_published, &f.class_published})
        if (!strutil::trim(*s).empty()) m.published_candidates.push_back(std::string(strutil::trim(*s)));
    if (!m.published_candidates.empty()) m.published = m.published_candidates.front();
    m.modified = f.jsonld_modified.empty() ? f.meta_modified : f.jsonld_modified;
    m.url = f.canonical.empty() ? f.og_url : f.canonical;
    m.section = f.jsonld_section.empty() ? f.meta_section : f.jsonld_section;
    for (auto* s : {&f.html_lang, &f.jsonld_language, &f.meta_language})
        if (m.language.empty()) m.language = *s;
    m.jsonld_body = std::move(f.jsonld_body);
    return m;
}

}  // namespace newsarc::html
