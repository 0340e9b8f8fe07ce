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

std::string article_to_json(const Article& a) {
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
