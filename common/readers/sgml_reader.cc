// The reader for Reuters-21578 SGML: streamed line by line, one <REUTERS> element at a time.
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/io/line_reader.h"
#include "common/readers/formats.h"
#include "common/text/entities.h"
#include "common/text/utf8.h"

namespace newsarc {

namespace {

constexpr std::string_view kOpen = "<REUTERS";
constexpr std::string_view kClose = "</REUTERS>";

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

// Position of the start tag <name ...> or <name> at or after `from`, or npos. The character after
// the name must end it, so <D> does not match <DATE> or <DATELINE>.
std::size_t find_tag(std::string_view s, std::string_view name, std::size_t from = 0) {
    for (std::size_t pos = s.find(name, from); pos != std::string_view::npos; pos = s.find(name, pos + 1)) {
        if (pos == 0 || s[pos - 1] != '<') continue;
        std::size_t after = pos + name.size();
        if (after < s.size() && (s[after] == '>' || is_space(s[after]))) return pos - 1;
    }
    return std::string_view::npos;
}

struct ElementSpan {
    std::size_t begin = std::string_view::npos;  // '<' of the start tag
    std::size_t content_begin = 0;
    std::size_t content_end = 0;
    std::size_t end = 0;  // past the end tag (or content_end when it is missing)
    std::string_view tag;  // the start tag, "<TEXT TYPE=\"BRIEF\">"
    bool found() const { return begin != std::string_view::npos; }
};

// The element <name>…</name> at or after `from`; content runs to the end of `s` without an end tag.
ElementSpan find_element(std::string_view s, std::string_view name, std::size_t from = 0) {
    ElementSpan span;
    std::size_t open = find_tag(s, name, from);
    if (open == std::string_view::npos) return span;
    std::size_t gt = s.find('>', open);
    if (gt == std::string_view::npos) return span;
    span.begin = open;
    span.tag = s.substr(open, gt + 1 - open);
    span.content_begin = gt + 1;
    std::string close = "</" + std::string(name) + ">";
    std::size_t end_tag = s.find(close, span.content_begin);
    if (end_tag == std::string_view::npos) {
        span.content_end = span.end = s.size();
    } else {
        span.content_end = end_tag;
        span.end = end_tag + close.size();
    }
    return span;
}

std::string_view content(std::string_view s, const ElementSpan& e) {
    return s.substr(e.content_begin, e.content_end - e.content_begin);
}

// The value of attr="…" in a start tag, or nullopt.
std::optional<std::string> attribute(std::string_view tag, std::string_view attr) {
    std::string key = " " + std::string(attr) + "=\"";
    std::size_t pos = tag.find(key);
    if (pos == std::string_view::npos) return std::nullopt;
    pos += key.size();
    std::size_t quote = tag.find('"', pos);
    if (quote == std::string_view::npos) return std::nullopt;
    return std::string(tag.substr(pos, quote - pos));
}

// Decoded text on one line: entities decoded, line breaks turned into spaces.
std::string one_line(std::string_view raw) {
    std::string out = decode_entities(raw);
    for (char& c : out) {
        if (c == '\n') c = ' ';
    }
    return out;
}

// The <D> items of a list element such as <TOPICS><D>cocoa</D></TOPICS>.
std::vector<std::string> list_items(std::string_view elem, std::string_view name) {
    std::vector<std::string> items;
    ElementSpan list = find_element(elem, name);
    if (!list.found()) return items;
    std::string_view inner = content(elem, list);
    for (ElementSpan d = find_element(inner, "D"); d.found(); d = find_element(inner, "D", d.end)) {
        std::string item(trim(one_line(content(inner, d))));
        if (!item.empty()) items.push_back(std::move(item));
    }
    return items;
}

void split_decoded(std::string_view text, std::vector<std::string>& out) {
    std::size_t start = 0;
    for (;;) {
        std::size_t nl = text.find('\n', start);
        out.push_back(decode_entities(text.substr(start, nl == std::string_view::npos ? nl : nl - start)));
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
}

bool blank_line(const std::string& s) {
    return trim(s).empty();
}

class SgmlReader : public Reader {
public:
    SgmlReader(std::unique_ptr<ByteStream> stream, std::string path)
        : stream_(std::move(stream)), path_(std::move(path)), lines_(*stream_) {}

    std::optional<ReadItem> next() override {
        if (held_) return finish();
        std::string raw;
        while (!done_) {
            try {
                if (!lines_.next(raw)) {
                    done_ = true;
                    if (in_element_) {
                        in_element_ = false;
                        return make_error(path_, element_line_,
                                          "REUTERS element cut off at end of file (no </REUTERS>)");
                    }
                    break;
                }
            } catch (const InputError& e) {
                done_ = true;
                return make_error(path_, lines_.line_number() + 1, e.what());
            }
            std::size_t number = lines_.line_number();
            if (lines_.overlong()) {
                if (!in_element_) continue;
                in_element_ = false;
                element_.clear();
                return make_error(path_, element_line_,
                                  "REUTERS element dropped: " + overlong_line_reason(lines_.length()) +
                                      " (line " + std::to_string(number) + ")");
            }
            std::size_t nuls = remove_nul_bytes(raw);
            std::string line = latin1_to_utf8(raw);
            std::size_t open = find_open(line);
            std::optional<ReadItem> pending;
            bool closed = false;
            if (open != std::string::npos) {
                if (in_element_) {
                    // A new element before the end of the last one: that one is broken.
                    pending = make_error(path_, element_line_, "REUTERS element not closed before the next one");
                }
                in_element_ = true;
                element_line_ = number;
                element_nuls_.clear();
                element_ = line.substr(open);
                closed = element_.find(kClose) != std::string::npos;
            } else if (in_element_) {
                element_ += '\n';
                element_ += line;
                closed = line.find(kClose) != std::string::npos;
                if (!closed && element_.size() > kMaxLineBytes) {
                    // An element without its end tag would otherwise swallow the rest of the file.
                    in_element_ = false;
                    element_.clear();
                    return make_error(path_, element_line_,
                                      "REUTERS element longer than " + std::to_string(kMaxLineBytes / (1024 * 1024)) +
                                          " MiB without </REUTERS>; dropped");
                }
            } else {
                continue;  // outside any element: the DOCTYPE line, blank lines
            }
            if (nuls) element_nuls_.push_back(make_warning(path_, number, std::to_string(nuls) + " NUL bytes removed"));
            if (pending) {
                // The new element's first line was kept; it is finished on a later call.
                held_ = closed;
                return pending;
            }
            if (closed) return finish();
        }
        return std::nullopt;
    }

private:
    static std::size_t find_open(const std::string& line) {
        std::size_t pos = line.find(kOpen);
        while (pos != std::string::npos) {
            std::size_t after = pos + kOpen.size();
            if (after >= line.size() || line[after] == '>' || is_space(line[after])) return pos;
            pos = line.find(kOpen, pos + 1);
        }
        return std::string::npos;
    }

    ReadItem finish() {
        held_ = false;
        in_element_ = false;
        std::string elem = std::move(element_);
        element_.clear();
        elem.resize(elem.find(kClose));
        return build(elem, element_line_);
    }

    ReadItem build(std::string_view elem, std::size_t line) {
        std::string_view open_tag = elem.substr(0, elem.find('>') + 1);
        std::optional<std::string> newid = attribute(open_tag, "NEWID");
        if (!newid || trim(*newid).empty()) return make_error(path_, line, "REUTERS element without NEWID");

        RawArticle a;
        a.format = "reuters-sgml";
        a.source_path = path_;
        a.source_line = line;
        a.id = "reuters21578-" + std::string(trim(*newid));
        a.warnings = std::move(element_nuls_);
        element_nuls_.clear();

        for (ElementSpan d = find_element(elem, "DATE"); d.found(); d = find_element(elem, "DATE", d.end)) {
            std::string date(trim(one_line(content(elem, d))));
            if (!date.empty()) a.dates.push_back(std::move(date));
        }
        if (auto topics = list_items(elem, "TOPICS"); !topics.empty()) a.tags["topic"] = std::move(topics);
        if (auto places = list_items(elem, "PLACES"); !places.empty()) a.tags["place"] = std::move(places);

        ElementSpan text = find_element(elem, "TEXT");
        std::string dateline;
        if (text.found()) {
            std::string_view inner = content(elem, text);
            ElementSpan title = find_element(inner, "TITLE");
            ElementSpan author = find_element(inner, "AUTHOR");
            ElementSpan place = find_element(inner, "DATELINE");
            ElementSpan body = find_element(inner, "BODY");
            if (title.found()) a.title = std::string(trim(one_line(content(inner, title))));
            if (author.found()) {
                std::string byline = one_line(content(inner, author));
                if (!trim(byline).empty()) a.bylines.push_back(std::move(byline));
            }
            if (place.found()) {
                std::string decoded = one_line(content(inner, place));
                std::string_view d = trim(decoded);
                if (d.ends_with("-")) d = trim(d.substr(0, d.size() - 1));  // "SALVADOR, Feb 26 -"
                dateline = d;
            }
            if (body.found()) {
                split_decoded(content(inner, body), a.body_lines);
            } else {
                // BRIEF and UNPROC items: the text is loose inside TEXT, around the header elements.
                std::string loose(inner);
                for (std::string_view name : {"TITLE", "AUTHOR", "DATELINE"}) {
                    ElementSpan e = find_element(loose, name);
                    if (e.found()) loose.erase(e.begin, e.end - e.begin);
                }
                split_decoded(loose, a.body_lines);
                while (!a.body_lines.empty() && blank_line(a.body_lines.back())) a.body_lines.pop_back();
                std::size_t lead = 0;
                while (lead < a.body_lines.size() && blank_line(a.body_lines[lead])) ++lead;
                a.body_lines.erase(a.body_lines.begin(), a.body_lines.begin() + static_cast<std::ptrdiff_t>(lead));
            }
        }

        if (!dateline.empty()) a.extra.emplace_back("dateline", nlohmann::json(dateline).dump());
        for (auto [list, key] : {std::pair{"PEOPLE", "people"}, std::pair{"ORGS", "orgs"},
                                 std::pair{"EXCHANGES", "exchanges"}, std::pair{"COMPANIES", "companies"}}) {
            auto items = list_items(elem, list);
            if (!items.empty()) a.extra.emplace_back(key, nlohmann::json(items).dump());
        }
        return a;
    }

    std::unique_ptr<ByteStream> stream_;
    std::string path_;
    LineReader lines_;
    bool done_ = false;
    bool in_element_ = false;
    bool held_ = false;  // a complete element waits behind an error that was returned first
    std::size_t element_line_ = 0;
    std::string element_;
    std::vector<Diagnostic> element_nuls_;  // warnings for NUL bytes removed from the element
};

}  // namespace

std::unique_ptr<Reader> make_sgml_reader(std::unique_ptr<ByteStream> stream, std::string path) {
    return std::make_unique<SgmlReader>(std::move(stream), std::move(path));
}

}  // namespace newsarc
