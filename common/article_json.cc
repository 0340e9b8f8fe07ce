// JSON (de)serialisation of Article with nlohmann::json.
#include "common/article_json.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "common/schema.h"

namespace newsarc {
namespace {

// Tags are stored in JSON under a plural name ("topic" -> "topics"), as the JSON Lines reader reads them.
std::string tag_json_name(const std::string& tag) { return tag + "s"; }

constexpr std::string_view kKnownFields[] = {"id", "title", "authors", "published", "url", "site",
                                             "section", "body", "source", "format", "content_hash",
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

Article article_from_json(std::string_view text) {
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
    std::string body = j.value("body", "");
    for (std::size_t start = 0; start < body.size();) {
        std::size_t end = body.find("\n\n", start);
        if (end == std::string::npos) end = body.size();
        a.paragraphs.push_back(body.substr(start, end - start));
        start = end + 2;
    }
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
