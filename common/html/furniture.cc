// Page furniture by name and by label: class/id names that say comments, share, related,
// newsletter, ads and the like (or content, or an article body), hidden elements, and the labels
// such blocks print alone on a line. Pure predicates, used by the extractor.
#include "common/html/furniture.h"

#include <algorithm>
#include <cctype>

#include "common/html/dom.h"
#include "common/text/strutil.h"

namespace newsarc::html {

namespace {

bool has_word(std::string_view hay, std::string_view word) { return hay.find(word) != std::string_view::npos; }

// Tokens of a class/id value: "article__share-bar" -> article, share, bar.
std::vector<std::string_view> tokens_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
        std::size_t b = i;
        while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
        if (i > b) out.push_back(s.substr(b, i - b));
    }
    return out;
}

// Names that mark furniture whatever else the name says.
constexpr std::string_view kStrongFurniture[] = {
    "comment", "share", "sharing", "social", "related", "newsletter", "subscri", "promo", "advert",
    "sponsor", "cookie", "consent", "gdpr", "outbrain", "taboola", "disqus", "recirc", "recommend",
    "breadcrumb", "popup", "modal", "signup", "sign-up", "most-popular", "mostpopular",
    "trending", "more-stories", "read-more", "readmore", "byline", "caption", "toolbar", "pagination",
    "skip-link", "sr-only", "visually-hidden", "screen-reader", "nocontent", "jump-link", "tooltip",
    "hovercard"};
// Names that mark furniture unless the name also says content.
constexpr std::string_view kWeakFurniture[] = {"sidebar", "footer", "masthead", "navbar", "widget", "banner",
                                               "header", "menu", "login", "overlay", "credit", "keyword",
                                               "dateline", "timestamp", "author", "donate"};
constexpr std::string_view kFurnitureTokens[] = {"ad", "ads", "nav", "bio", "tags", "tag", "meta", "print", "email",
                                                 "rss", "hide", "more", "date", "aside", "topics", "info"};
// Names that only article bodies wear: never furniture, whatever else the name says.
constexpr std::string_view kBodyNames[] = {"entry-content", "article-body", "articlebody", "article__body",
                                           "article-content", "articlecontent", "story-body", "storybody",
                                           "post-content", "post-body", "postbody", "article-text", "story-content",
                                           "body-text", "entry-body", "content-body", "article_body", "post_content",
                                           "story-text", "main-text"};
constexpr std::string_view kContentWords[] = {"article", "body", "content", "story", "entry", "main", "text",
                                              "post", "prose"};

}  // namespace

bool names_content(std::string_view s) {
    return std::any_of(std::begin(kContentWords), std::end(kContentWords), [&](auto w) { return has_word(s, w); });
}

bool names_body(std::string_view s) {
    return std::any_of(std::begin(kBodyNames), std::end(kBodyNames), [&](auto w) { return has_word(s, w); });
}

// An embedded post ("social-media-embed", "twitter-tweet") is quoted in the article: its
// links and its platform's name do not make it furniture.
bool names_embed(std::string_view s) {
    if (has_word(s, "tweet")) return true;
    // An embedded image's caption and credit are not quoted content.
    return has_word(s, "embed") && !has_word(s, "image") && !has_word(s, "img") && !has_word(s, "photo") &&
           !has_word(s, "caption") && !has_word(s, "credit");
}

bool strong_furniture(std::string_view s) {
    return std::any_of(std::begin(kStrongFurniture), std::end(kStrongFurniture), [&](auto w) { return has_word(s, w); });
}

bool weak_furniture(std::string_view s) {
    if (std::any_of(std::begin(kWeakFurniture), std::end(kWeakFurniture), [&](auto w) { return has_word(s, w); }))
        return true;
    for (auto t : tokens_of(s))
        if (std::find(std::begin(kFurnitureTokens), std::end(kFurnitureTokens), t) != std::end(kFurnitureTokens))
            return true;
    return false;
}

std::string class_and_id(const GumboNode* n) {
    std::string s = strutil::ascii_lower(attr(n, "class"));
    s += ' ';
    s += strutil::ascii_lower(attr(n, "id"));
    return s;
}

// Readability's class weight: names saying content count for, names saying furniture against.
int class_weight(const GumboNode* n) {
    std::string s = class_and_id(n);
    if (strutil::trim(s).empty()) return 0;
    int w = 0;
    if (names_body(s)) return 25;
    if (strong_furniture(s) || weak_furniture(s)) w -= 25;
    if (names_content(s)) w += 25;
    return w;
}

bool is_hidden(const GumboNode* n) {
    if (has_attr(n, "hidden")) return true;
    // Whole class names only: Bootstrap's "hidden-xs" hides on small screens, not everywhere.
    std::string cls(1, ' ');
    cls += strutil::ascii_lower(attr(n, "class"));
    cls += ' ';
    for (std::string_view c : {" hidden ", " hide ", " d-none ", " is-hidden ", " invisible "})
        if (has_word(cls, c)) return true;
    if (attr(n, "aria-hidden") == "true") return true;
    std::string_view style = attr(n, "style");
    if (!style.empty()) {
        std::string s = strutil::ascii_lower(style);
        s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
        if (has_word(s, "display:none") || has_word(s, "visibility:hidden")) return true;
    }
    return false;
}

namespace {

// Words that a page prints as labels of its furniture, alone on a line ("Advertisement",
// "Comments", "Share this article"), compared lowercased without punctuation or spaces.
constexpr std::string_view kUiLabels[] = {
    "advertisement", "advert", "ad", "ads", "sponsored", "sponsoredcontent", "comments", "comment", "share",
    "sharethis", "sharethisarticle", "sharethisstory", "tags", "related", "relatedarticles", "relatedstories",
    "readmore", "continuereading", "storycontinuesbelow", "storycontinuesbelowadvertisement",
    "scrolltocontinue", "scrolltocontinuewithcontent", "skipad", "loading", "print", "email",
    "telluswhatyouthink", "leaveacomment", "postacomment", "advertisementcontinuereadingbelow"};

bool is_ui_label_key(std::string_view key) {
    return std::find(std::begin(kUiLabels), std::end(kUiLabels), key) != std::end(kUiLabels);
}

}  // namespace

// Text compared loosely: ASCII letters and digits lowercased, other ASCII dropped, the rest
// (any non-ASCII character) kept, so "Ferry resumes!" and "ferry  resumes" agree, and so do two
// Japanese headlines that differ only in spacing.
std::string loose_key(std::string_view s) {
    std::string out;
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80) out += c;
        else if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    }
    return out;
}

namespace {

// "Image 1 of 5", "Slide 3 of 12": a slideshow's counter.
bool is_counter_key(std::string_view key) {
    for (std::string_view word : {"image", "photo", "slide", "picture"}) {
        if (!key.starts_with(word)) continue;
        std::size_t i = word.size(), digits = i;
        while (i < key.size() && std::isdigit(static_cast<unsigned char>(key[i]))) ++i;
        if (i == digits || key.compare(i, 2, "of") != 0) return false;
        std::size_t j = i + 2;
        while (j < key.size() && std::isdigit(static_cast<unsigned char>(key[j]))) ++j;
        return j == key.size() && j > i + 2;
    }
    return false;
}

}  // namespace

bool is_ui_label(std::string_view paragraph) {
    if (paragraph.size() > 64) return false;
    std::string key = loose_key(paragraph);
    return is_ui_label_key(key) || is_counter_key(key);
}

bool is_furniture_name(std::string_view class_and_id_value) {
    std::string s = strutil::ascii_lower(class_and_id_value);
    if (strong_furniture(s)) return true;
    return weak_furniture(s) && !names_content(s);
}

}  // namespace newsarc::html
