// A parsed HTML5 document (gumbo) and small accessors over its nodes.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace newsarc::html {

// The page with the contents of its <script> and <style> elements removed (the elements stay,
// empty), except JSON-LD scripts, which carry metadata. Half the bytes of a news page are
// scripts and styles; dropping them first doubles the parser's speed. Comments are respected:
// a "<script" inside one starts nothing.
std::string strip_scripts_and_styles(std::string_view html);

// How deep the page's start tags nest, counted on the bytes before parsing: tags the parser
// closes by itself (p, li, td, tr, option, void elements) and tags closed by the page do not add
// up. The HTML5 parser's time grows with the square of the nesting, so a page nested thousands
// deep is refused before it is parsed.
std::size_t open_tag_depth(std::string_view html);

// The depth of the parsed tree, measured without recursion: every walk over the tree recurses,
// so a tree deeper than the stack allows is refused before it is walked.
std::size_t tree_depth(const GumboNode* root);

// Owns gumbo's tree for one page (parsed from strip_scripts_and_styles of `utf8`).
class Document {
public:
    explicit Document(std::string_view utf8);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    const GumboNode* root() const;  // the <html> element

private:
    std::string text_;  // gumbo's nodes point into it
    GumboOutput* output_;
};

inline bool is_element(const GumboNode* n) { return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE; }
inline bool is_text(const GumboNode* n) {
    return n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA;
}
inline GumboTag tag_of(const GumboNode* n) { return is_element(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }
inline const GumboVector& children_of(const GumboNode* n) { return n->v.element.children; }
inline const GumboNode* child_at(const GumboNode* n, unsigned i) {
    return static_cast<const GumboNode*>(n->v.element.children.data[i]);
}

// The attribute's value, empty when absent.
std::string_view attr(const GumboNode* n, const char* name);
bool has_attr(const GumboNode* n, const char* name);

// Script, style and other elements whose text is never page text.
bool is_non_text_tag(GumboTag t);

// The text of a subtree, whitespace collapsed to single spaces and trimmed; non-text elements skipped.
std::string text_of(const GumboNode* n);

// Calls f(node) for every element in document order (the node itself first); f returns false to
// skip that element's subtree.
template <class F>
void visit_elements(const GumboNode* n, F&& f) {
    if (!is_element(n) || !f(n)) return;
    const GumboVector& c = children_of(n);
    for (unsigned i = 0; i < c.length; ++i) visit_elements(static_cast<const GumboNode*>(c.data[i]), f);
}

}  // namespace newsarc::html
