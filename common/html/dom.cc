// gumbo parsing and node helpers.
#include "common/html/dom.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

namespace newsarc::html {

namespace {

void append_text(const GumboNode* n, std::string& out) {
    if (is_text(n)) {
        out.append(n->v.text.text);
        return;
    }
    if (!is_element(n) || is_non_text_tag(tag_of(n))) return;
    GumboTag t = tag_of(n);
    bool block = t == GUMBO_TAG_BR || t == GUMBO_TAG_P || t == GUMBO_TAG_DIV || t == GUMBO_TAG_LI ||
                 t == GUMBO_TAG_TD || t == GUMBO_TAG_TR || (t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6);
    if (block) out += ' ';
    const GumboVector& c = children_of(n);
    for (unsigned i = 0; i < c.length; ++i) append_text(static_cast<const GumboNode*>(c.data[i]), out);
    if (block) out += ' ';
}

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

namespace {

bool starts_with_nocase(std::string_view s, std::size_t at, std::string_view word) {
    if (s.size() - at < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(s[at + i])) != word[i]) return false;
    return true;
}

// The end of a start tag beginning at `lt` (past its '>'), quotes respected; npos when unterminated.
std::size_t tag_end(std::string_view s, std::size_t lt) {
    char quote = 0;
    for (std::size_t i = lt + 1; i < s.size(); ++i) {
        char c = s[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

}  // namespace

std::string strip_scripts_and_styles(std::string_view html) {
    std::string out;
    out.reserve(html.size());
    std::size_t pos = 0;
    while (pos < html.size()) {
        std::size_t lt = html.find('<', pos);
        if (lt == std::string_view::npos) break;
        if (html.compare(lt, 4, "<!--") == 0) {
            std::size_t end = html.find("-->", lt + 4);
            end = end == std::string_view::npos ? html.size() : end + 3;
            out.append(html, pos, end - pos);
            pos = end;
            continue;
        }
        std::string_view name = starts_with_nocase(html, lt + 1, "script") ? "script"
                                : starts_with_nocase(html, lt + 1, "style") ? "style" : "";
        std::size_t after = lt + 1 + name.size();
        if (name.empty() || after >= html.size() ||
            !(html[after] == '>' || html[after] == '/' || std::isspace(static_cast<unsigned char>(html[after])))) {
            out.append(html, pos, lt + 1 - pos);
            pos = lt + 1;
            continue;
        }
        std::size_t open_end = tag_end(html, lt);
        if (open_end == std::string_view::npos) break;
        std::string_view open = html.substr(lt, open_end - lt);
        out.append(html, pos, open_end - pos);
        pos = open_end;
        if (open.size() >= 2 && open[open.size() - 2] == '/' && name == "style") continue;
        // The raw text runs to the first "</script" or "</style", as the HTML tokenizer has it.
        std::string close = "</" + std::string(name);
        std::size_t end = pos;
        for (;;) {
            end = html.find("</", end);
            if (end == std::string_view::npos || starts_with_nocase(html, end, close)) break;
            end += 2;
        }
        if (end == std::string_view::npos) end = html.size();
        std::string lower_open;
        for (char c : open) lower_open += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (lower_open.find("ld+json") != std::string::npos) out.append(html, pos, end - pos);
        pos = end;
    }
    if (pos < html.size()) out.append(html, pos, std::string_view::npos);
    return out;
}

namespace {

// Elements that never stay open for long: void elements and those the parser closes itself.
bool closes_itself(std::string_view name) {
    static constexpr std::string_view kNames[] = {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr", "p", "li", "td", "th", "tr", "option", "dd", "dt", "!doctype", "keygen", "frame", "image"};
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

}  // namespace

std::size_t open_tag_depth(std::string_view html) {
    std::size_t depth = 0, deepest = 0;
    std::string name;
    for (std::size_t lt = html.find('<'); lt != std::string_view::npos; lt = html.find('<', lt + 1)) {
        std::size_t i = lt + 1;
        bool closing = i < html.size() && html[i] == '/';
        if (closing) ++i;
        name.clear();
        while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '!')) {
            name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i])));
            ++i;
        }
        if (name.empty() || name.starts_with("!")) continue;
        if (closes_itself(name)) continue;
        if (closing) {
            if (depth > 0) --depth;
            continue;
        }
        std::size_t gt = html.find('>', i);
        if (gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/') continue;  // <x/>
        deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

std::size_t tree_depth(const GumboNode* root) {
    std::size_t deepest = 0;
    std::vector<std::pair<const GumboNode*, std::size_t>> stack{{root, 1}};
    while (!stack.empty()) {
        auto [n, d] = stack.back();
        stack.pop_back();
        deepest = std::max(deepest, d);
        if (!is_element(n)) continue;
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) stack.emplace_back(static_cast<const GumboNode*>(c.data[i]), d + 1);
    }
    return deepest;
}

Document::Document(std::string_view utf8) : text_(strip_scripts_and_styles(utf8)) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are not reported, so not recorded either
    output_ = gumbo_parse_with_options(&options, text_.data(), text_.size());
}

Document::~Document() { gumbo_destroy_output(&kGumboDefaultOptions, output_); }

const GumboNode* Document::root() const { return output_->root; }

std::string_view attr(const GumboNode* n, const char* name) {
    if (!is_element(n)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
    return a ? std::string_view(a->value) : std::string_view();
}

bool has_attr(const GumboNode* n, const char* name) {
    return is_element(n) && gumbo_get_attribute(&n->v.element.attributes, name) != nullptr;
}

bool is_non_text_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_SVG:
        case GUMBO_TAG_MATH:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED:
        case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_TITLE:
            return true;
        default:
            return false;
    }
}

std::string text_of(const GumboNode* n) {
    std::string raw;
    append_text(n, raw);
    std::string out;
    out.reserve(raw.size());
    bool space = false;
    for (char c : raw) {
        if (is_space_byte(c)) {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace newsarc::html
