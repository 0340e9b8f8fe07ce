// The reader for JSON Lines: one article object per line.
#include <algorithm>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/io/line_reader.h"
#include "common/readers/formats.h"
#include "common/text/utf8.h"

namespace newsarc {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxReason = 160;

// nlohmann's message without its "[json.exception.parse_error.101] parse error at line 1, " prefix:
// each record is one line, so the column is the useful part.
std::string short_reason(const std::string& what) {
    std::string_view s = what;
    if (s.starts_with("[json.exception.")) {
        std::size_t close = s.find("] ");
        if (close != std::string_view::npos) s.remove_prefix(close + 2);
    }
    if (s.starts_with("parse error at line 1, ")) s.remove_prefix(23);
    std::string out(s);
    if (out.size() > kMaxReason) {
        std::size_t cut = kMaxReason;
        while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
        out = out.substr(0, cut) + "\xE2\x80\xA6";
    }
    return out;
}

// Deeper nesting than any article needs; past it a line is rejected before parsing, because
// serialising a kept extra field recurses once per level (a line of 100,000 "[" would overflow
// the stack).
constexpr std::size_t kMaxDepth = 100;

// The deepest nesting of arrays and objects in a JSON text, brackets inside strings excluded.
std::size_t nesting_depth(std::string_view s) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

bool is_blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

void split_lines(const std::string& text, std::vector<std::string>& out) {
    std::size_t start = 0;
    for (;;) {
        std::size_t nl = text.find('\n', start);
        std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(std::move(line));
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
}

class JsonlReader : public Reader {
public:
    JsonlReader(std::unique_ptr<ByteStream> stream, std::string path)
        : stream_(std::move(stream)), path_(std::move(path)), lines_(*stream_) {}

    std::optional<ReadItem> next() override {
        std::string line;
        while (!done_) {
            try {
                if (!lines_.next(line)) {
                    done_ = true;
                    break;
                }
            } catch (const InputError& e) {
                // Whatever came before the break has been delivered; report it once and stop.
                done_ = true;
                return make_error(path_, lines_.line_number() + 1, e.what());
            }
            std::size_t number = lines_.line_number();
            if (lines_.overlong()) return make_error(path_, number, overlong_line_reason(lines_.length()));
            if (number == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);  // BOM
            if (is_blank(line)) continue;
            return parse_line(line, number);
        }
        return std::nullopt;
    }

private:
    ReadItem parse_line(std::string& line, std::size_t number) {
        RawArticle a;
        a.format = "jsonl";
        a.source_path = path_;
        a.source_line = number;
        if (std::size_t bad = repair_utf8(line)) {
            a.warnings.push_back(
                make_warning(path_, number, "invalid UTF-8 repaired (" + std::to_string(bad) + " bytes)"));
        }
        if (nesting_depth(line) > kMaxDepth) {
            return make_error(path_, number, "JSON nested deeper than " + std::to_string(kMaxDepth) + " levels");
        }
        json doc;
        try {
            doc = json::parse(line);
        } catch (const json::exception& e) {
            return make_error(path_, number, "invalid JSON: " + short_reason(e.what()));
        }
        if (!doc.is_object()) {
            return make_error(path_, number, std::string("expected a JSON object, found ") + doc.type_name());
        }
        fill(a, doc, number);
        if (doc.contains("content_hash") && doc.contains("cleaner_version")) a.restored_json = line;
        return a;
    }

    void wrong_type(RawArticle& a, std::size_t number, const std::string& key, const json& value,
                    const char* expected) {
        a.warnings.push_back(make_warning(path_, number,
                                          "field \"" + key + "\" is not " + expected + "; kept as an extra field"));
        a.extra.emplace_back(key, value.dump());
    }

    // A string field: true when taken. Null counts as absent.
    bool take_string(RawArticle& a, std::size_t number, const json& doc, const char* key, std::string& out) {
        auto it = doc.find(key);
        if (it == doc.end() || it->is_null()) return false;
        if (!it->is_string()) {
            wrong_type(a, number, key, *it, "a string");
            return false;
        }
        out = it->get<std::string>();
        return true;
    }

    // A string or an array of strings, appended to out.
    void take_strings(RawArticle& a, std::size_t number, const json& doc, const char* key,
                      std::vector<std::string>& out) {
        auto it = doc.find(key);
        if (it == doc.end() || it->is_null()) return;
        if (it->is_string()) {
            if (!is_blank(it->get_ref<const std::string&>())) out.push_back(it->get<std::string>());
            return;
        }
        bool all_strings = it->is_array();
        if (all_strings) {
            for (const auto& item : *it) all_strings = all_strings && (item.is_string() || item.is_null());
        }
        if (!all_strings) {
            wrong_type(a, number, key, *it, "a string or an array of strings");
            return;
        }
        for (const auto& item : *it) {
            if (item.is_string() && !is_blank(item.get_ref<const std::string&>())) out.push_back(item.get<std::string>());
        }
    }

    void fill(RawArticle& a, const json& doc, std::size_t number) {
        static const char* const kKnown[] = {"title", "author", "authors", "date", "published", "url",
                                             "body", "text", "id", "section", "topics", "places",
                                             "language", "lang", "inLanguage"};
        take_string(a, number, doc, "title", a.title);
        take_strings(a, number, doc, "author", a.bylines);
        take_strings(a, number, doc, "authors", a.bylines);
        std::string date;
        if (take_string(a, number, doc, "date", date) && !is_blank(date)) a.dates.push_back(date);
        if (take_string(a, number, doc, "published", date) && !is_blank(date)) a.dates.push_back(date);
        take_string(a, number, doc, "url", a.url);
        take_string(a, number, doc, "section", a.section);
        // The first of these a record states; schema.org's name too, for records made from JSON-LD.
        for (const char* key : {"language", "lang", "inLanguage"})
            if (a.language.empty() && take_string(a, number, doc, key, a.language) && is_blank(a.language)) a.language.clear();

        auto id = doc.find("id");
        if (id != doc.end() && !id->is_null()) {
            if (id->is_string()) a.id = id->get<std::string>();
            else if (id->is_number_integer() || id->is_number_unsigned()) a.id = id->dump();
            else wrong_type(a, number, "id", *id, "a string or an integer");
        }

        // "body" is preferred; "text" is the fallback name, kept as an extra when both are present.
        std::string body;
        bool has_body = take_string(a, number, doc, "body", body);
        auto text = doc.find("text");
        if (text != doc.end() && !text->is_null()) {
            if (has_body) {
                a.extra.emplace_back("text", text->dump());
            } else {
                has_body = take_string(a, number, doc, "text", body);
            }
        }
        if (has_body) split_lines(body, a.body_lines);

        std::vector<std::string> topics, places;
        take_strings(a, number, doc, "topics", topics);
        take_strings(a, number, doc, "places", places);
        if (!topics.empty()) a.tags["topic"] = std::move(topics);
        if (!places.empty()) a.tags["place"] = std::move(places);

        for (const auto& [key, value] : doc.items()) {
            bool known = false;
            for (const char* k : kKnown) known = known || key == k;
            if (!known) a.extra.emplace_back(key, value.dump());
        }
    }

    std::unique_ptr<ByteStream> stream_;
    std::string path_;
    LineReader lines_;
    bool done_ = false;
};

}  // namespace

std::unique_ptr<Reader> make_jsonl_reader(std::unique_ptr<ByteStream> stream, std::string path) {
    return std::make_unique<JsonlReader>(std::move(stream), std::move(path));
}

}  // namespace newsarc
