// Page furniture by name and by label: what class and id values say (furniture, content, an
// article body, an embedded post), hidden elements, and the labels furniture prints alone on a
// line ("Advertisement", "Share this article").
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace newsarc::html {

// Predicates over a lowercased class-and-id value ("article__share-bar story-tools").
bool names_content(std::string_view name);    // article, body, content, story, entry, main, text, post
bool names_body(std::string_view name);       // only article bodies wear it: entry-content, article-body...
bool names_embed(std::string_view name);      // an embedded post (not an image): quoted content, links and all
bool strong_furniture(std::string_view name); // comments, share, related, newsletter, cookie, ads...
bool weak_furniture(std::string_view name);   // sidebar, header, widget...: furniture unless big
// Strong furniture, or weak furniture not saying content.
bool is_furniture_name(std::string_view class_and_id);

// The element's class and id, lowercased, joined by a space.
std::string class_and_id(const GumboNode* n);

// Readability's class weight: +25 for a name saying content (or an article body), -25 for one
// saying furniture, both when both.
int class_weight(const GumboNode* n);

// `hidden`, aria-hidden, display:none or visibility:hidden, or a class that only hides ("hidden",
// "d-none"; not Bootstrap's "hidden-xs", which hides on small screens only).
bool is_hidden(const GumboNode* n);

// Text compared loosely: ASCII letters and digits lowercased, other ASCII dropped, any non-ASCII
// character kept ("Ferry resumes!" and "ferry  resumes" agree; so do Japanese headlines that
// differ in spacing).
std::string loose_key(std::string_view text);

// A furniture label alone on a line: "Advertisement", "Comments", "Share this article".
bool is_ui_label(std::string_view paragraph);

}  // namespace newsarc::html
