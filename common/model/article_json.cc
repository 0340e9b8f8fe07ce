// JSON (de)serialisation of Article with nlohmann::json.
#include "common/model/article_json.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>

#include "common/model/schema.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

// Tags are stored in JSON under a plural name ("topic" -> "topics"), as the JSON Lines reader reads them.
std::string tag_json_name(const std::string& tag) { return tag + "s"; }

constexpr std::string_view kKnownFields[] = {"id", "title", "authors", "published", "url", "site",
                                             "section", "language", "body", "source", "format", "content_hash",
                                             "cleaner_version"};

bool is_known_field(std::string_view name) {
    return std::find(std::begin(kKnownFields), std::end(kKnownFields), name) != std::end(kKnownFields);
}

std::optional<Timestamp> parse_iso(const std::string& s) {
    Timestamp t;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &t.year, &t.month, &t.day, &t.hour,
                    &t.minute, &t.second) != 6)
        return std::nullopt;
    return t;
}

}  // namespace

// The serialiser nlohmann::json would be (ordered_json, compact, invalid UTF-8 replaced): the stored
// record is what every article costs twice (training samples, then the record), so it is written
// directly instead of through a tree of json values. The output is byte for byte what
// article_to_json_tree() writes, which it falls back on for the rare articles whose shape it does
// not handle (a tag that would overwrite a known field).
namespace {

// Whether `s` is well-formed UTF-8 as nlohmann's decoder accepts it (no overlong forms, surrogates
// or code points past U+10FFFF).
bool valid_utf8(std::string_view s) {
    std::size_t i = 0, n = s.size();
    while (i < n) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        auto at = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(s[k]) : 0u; };
        auto cont = [](unsigned c) { return (c & 0xC0) == 0x80; };
        unsigned c1 = at(i + 1);
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(c1)) return false;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
            if (c1 < lo || c1 > hi || !cont(at(i + 2))) return false;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
            if (c1 < lo || c1 > hi || !cont(at(i + 2)) || !cont(at(i + 3))) return false;
            i += 4;
        } else {
            return false;
        }
    }
    return true;
}

// Appends the JSON string of valid UTF-8 `s` without its quotes, escaped as nlohmann escapes.
void append_escaped(std::string& out, std::string_view s) {
    std::size_t run = 0;  // start of the bytes not yet copied
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            default: {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                out += buf;
            }
        }
    }
    out.append(s.data() + run, s.size() - run);
}

// Appends `s` as a JSON string.
void append_string(std::string& out, std::string_view s) {
    if (!valid_utf8(s)) {
        out += nlohmann::ordered_json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
    }
    out += '"';
    append_escaped(out, s);
    out += '"';
}

void append_strings(std::string& out, const std::vector<std::string>& values) {
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i) out += ',';
        append_string(out, values[i]);
    }
    out += ']';
}

void append_key(std::string& out, std::string_view key) {
    if (out.size() > 1) out += ',';
    append_string(out, key);
    out += ':';
}

// The body (Article::body()) as a JSON string, without building it first.
void append_body(std::string& out, const Article& a) {
    for (const auto& p : a.paragraphs) {
        if (!valid_utf8(p)) {
            append_string(out, a.body());
            return;
        }
    }
    out += '"';
    std::size_t start = out.size();
    for (const auto& p : a.paragraphs) {
        if (out.size() > start) out += "\\n\\n";
        append_escaped(out, p);
    }
    out += '"';
}

// A JSON text as nlohmann parses and re-writes it. A plain string literal (no escapes, no control
// characters, valid UTF-8) comes out as it went in; anything else goes through nlohmann.
void append_json_value(std::string& out, const std::string& value) {
    bool plain = value.size() >= 2 && value.front() == '"' && value.back() == '"';
    for (std::size_t i = 1; plain && i + 1 < value.size(); ++i) {
        auto c = static_cast<unsigned char>(value[i]);
        if (c < 0x20 || c == '"' || c == '\\') plain = false;
    }
    if (plain && valid_utf8(value)) {
        out += value;
        return;
    }
    out += nlohmann::ordered_json::parse(value, nullptr, /*allow_exceptions=*/false)
               .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// The reference serialiser, through nlohmann::ordered_json.
std::string article_to_json_tree(const Article& a) {
    // ordered_json keeps the field order stable and readable.
    nlohmann::ordered_json j;
    j["id"] = a.id;
    j["title"] = a.title;
    j["authors"] = a.authors;
    j["published"] = a.published ? nlohmann::ordered_json(a.published->iso()) : nlohmann::ordered_json();
    j["url"] = a.url;
    j["site"] = a.site;
    j["section"] = a.section;
    j["language"] = a.language;
    j["body"] = a.body();
    j["source"] = a.source;
    for (const auto& [tag, values] : a.tags) j[tag_json_name(tag)] = values;
    j["format"] = a.format;
    j["content_hash"] = a.content_hash;
    j["cleaner_version"] = a.cleaner_version;
    for (const auto& [name, value] : a.extra) {
        if (j.contains(name)) continue;  // a known field always wins over a same-named extra
        j[name] = nlohmann::ordered_json::parse(value, nullptr, /*allow_exceptions=*/false);
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string article_to_json(const Article& a) {
    // A tag named after a known field ("author" -> "authors") would overwrite it in place.
    for (const auto& [tag, values] : a.tags)
        if (is_known_field(tag_json_name(tag))) return article_to_json_tree(a);

    std::string out;
    std::size_t estimate = 256 + a.title.size() + a.url.size() + a.source.size();
    for (const auto& p : a.paragraphs) estimate += p.size() + 2;
    out.reserve(estimate + estimate / 16);
    out += '{';
    append_key(out, "id");
    append_string(out, a.id);
    append_key(out, "title");
    append_string(out, a.title);
    append_key(out, "authors");
    append_strings(out, a.authors);
    append_key(out, "published");
    if (a.published)
        append_string(out, a.published->iso());
    else
        out += "null";
    append_key(out, "url");
    append_string(out, a.url);
    append_key(out, "site");
    append_string(out, a.site);
    append_key(out, "section");
    append_string(out, a.section);
    append_key(out, "language");
    append_string(out, a.language);
    append_key(out, "body");
    append_body(out, a);
    append_key(out, "source");
    append_string(out, a.source);
    for (const auto& [tag, values] : a.tags) {
        append_key(out, tag_json_name(tag));
        append_strings(out, values);
    }
    append_key(out, "format");
    append_string(out, a.format);
    append_key(out, "content_hash");
    append_string(out, a.content_hash);
    append_key(out, "cleaner_version");
    out += std::to_string(a.cleaner_version);
    for (std::size_t i = 0; i < a.extra.size(); ++i) {
        const auto& [name, value] = a.extra[i];
        // A known field, a tag or an earlier extra of that name always wins.
        if (is_known_field(name) ||
            (name.size() > 1 && name.back() == 's' && a.tags.count(name.substr(0, name.size() - 1))))
            continue;
        bool earlier = false;
        for (std::size_t k = 0; k < i && !earlier; ++k) earlier = a.extra[k].first == name;
        if (earlier) continue;
        append_key(out, name);
        append_json_value(out, value);
    }
    out += '}';
    return out;
}

namespace {

// Reads a record with only the known fields and their usual types straight into an Article, with
// no tree of json values (which is most of what a search spends on its ten results). Anything else
// (an unknown field or tag, a type the tree path would convert or reject, a repeated key, invalid
// JSON) makes it give up, and the tree path below decides, as it always did.
class FastArticleReader {
public:
    using json = nlohmann::json;
    explicit FastArticleReader(Article& a) : a_(a) {}

    bool null() { return field_ == Field::published && depth_ == 1 && done(); }
    bool boolean(bool) { return false; }
    bool number_integer(json::number_integer_t n) { return cleaner_version(n); }
    bool number_unsigned(json::number_unsigned_t n) {
        return n <= static_cast<json::number_unsigned_t>(std::numeric_limits<int>::max()) &&
               cleaner_version(static_cast<json::number_integer_t>(n));
    }
    bool number_float(json::number_float_t, const json::string_t&) { return false; }
    bool binary(json::binary_t&) { return false; }
    bool start_object(std::size_t) { return depth_++ == 0; }
    bool end_object() {
        --depth_;
        return true;
    }
    bool start_array(std::size_t) {
        if (depth_ != 1 || field_ != Field::authors) return false;
        ++depth_;
        return true;
    }
    bool end_array() {
        --depth_;
        return done();
    }
    bool key(json::string_t& name) {
        for (std::size_t i = 0; i < std::size(kKnownFields); ++i) {
            if (kKnownFields[i] != name) continue;
            if (seen_ & (1u << i)) return false;  // a repeated key: the tree path keeps the last
            seen_ |= 1u << i;
            field_ = static_cast<Field>(i);
            return true;
        }
        return false;  // an unknown field or a tag: the tree path keeps it in `extra` or `tags`
    }
    bool string(json::string_t& value) {
        if (depth_ == 2) {
            a_.authors.push_back(std::move(value));
            return true;
        }
        switch (field_) {
            case Field::id: a_.id = std::move(value); break;
            case Field::title: a_.title = std::move(value); break;
            case Field::published: a_.published = parse_iso(value); break;
            case Field::url: a_.url = std::move(value); break;
            case Field::site: a_.site = std::move(value); break;
            case Field::section: a_.section = std::move(value); break;
            case Field::language: a_.language = std::move(value); break;
            case Field::body: body_ = std::move(value); break;
            case Field::source: a_.source = std::move(value); break;
            case Field::format: a_.format = std::move(value); break;
            case Field::content_hash: a_.content_hash = std::move(value); break;
            default: return false;
        }
        return done();
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

    std::string body_;

private:
    // In kKnownFields' order.
    enum class Field { id, title, authors, published, url, site, section, language, body, source, format, content_hash, cleaner_version, none };
    bool cleaner_version(json::number_integer_t n) {
        if (depth_ != 1 || field_ != Field::cleaner_version || n < std::numeric_limits<int>::min() ||
            n > std::numeric_limits<int>::max())
            return false;
        a_.cleaner_version = static_cast<int>(n);
        return done();
    }
    bool done() {
        field_ = Field::none;
        return true;
    }

    Article& a_;
    int depth_ = 0;
    unsigned seen_ = 0;
    Field field_ = Field::none;
};

}  // namespace

Article article_from_json(std::string_view text) {
    {
        Article a;
        a.language.clear();  // stays empty for records of schema 3 and earlier, which have none
        FastArticleReader reader(a);
        if (nlohmann::json::sax_parse(text, &reader)) {
            a.paragraphs = strutil::split(reader.body_, "\n\n");
            return a;
        }
    }
    auto j = nlohmann::ordered_json::parse(text);
    if (!j.is_object()) throw std::runtime_error("stored article is not a JSON object");
    Article a;
    a.id = j.value("id", "");
    a.title = j.value("title", "");
    if (j.contains("authors")) a.authors = j["authors"].get<std::vector<std::string>>();
    if (j.contains("published") && j["published"].is_string())
        a.published = parse_iso(j["published"].get<std::string>());
    a.url = j.value("url", "");
    a.site = j.value("site", "");
    a.section = j.value("section", "");
    // Records of schema 3 and earlier have no language.
    a.language = j.value("language", "");
    a.paragraphs = strutil::split(j.value("body", ""), "\n\n");
    a.source = j.value("source", "");
    a.format = j.value("format", "");
    a.content_hash = j.value("content_hash", "");
    a.cleaner_version = j.value("cleaner_version", 0);
    for (const auto& [name, value] : j.items()) {
        if (is_known_field(name)) continue;
        if (name.size() > 1 && name.back() == 's' && value.is_array()) {
            std::string tag = name.substr(0, name.size() - 1);
            bool known = std::any_of(schema::kTags.begin(), schema::kTags.end(),
                                     [&](const auto& t) { return t.tag == tag; });
            if (known) {
                a.tags[tag] = value.get<std::vector<std::string>>();
                continue;
            }
        }
        a.extra.emplace_back(name, value.dump());
    }
    return a;
}

}  // namespace newsarc
