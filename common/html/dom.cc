// gumbo parsing and node helpers.
#include "common/html/dom.h"

#include <strings.h>

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

Document::Document(std::string_view utf8) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // parse errors are not reported, so not recorded either
    output_ = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
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
