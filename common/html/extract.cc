// Main-text extraction over gumbo's tree: furniture is dropped by tag, role, class/id and
// visibility; paragraphs are scored Readability-style (length and commas, shared with ancestors,
// discounted by link density); the best container and its fitting siblings are written out as
// paragraphs, leaving out link lists and furniture inside them.
#include "common/html/extract.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "common/html/dom.h"
#include "common/html/furniture.h"
#include "common/text/strutil.h"

namespace newsarc::html {

namespace {

constexpr int kMinScoredText = 25;  // shorter paragraphs say nothing about where the article is

struct Stats {
    int text = 0;    // characters of visible text, whitespace runs counted once
    int link = 0;    // of which inside <a>
    int commas = 0;
    int anchors = 0;     // <a> elements with text
};

bool is_block_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
        case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
        case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
        case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR:
        case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_BR: case GUMBO_TAG_CENTER:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_BODY:
        case GUMBO_TAG_HTML:
            return true;
        default:
            return false;
    }
}

bool is_heading(GumboTag t) { return t >= GUMBO_TAG_H1 && t <= GUMBO_TAG_H6; }

// Visible text length of a text node, whitespace runs counted as one character.
int text_length(std::string_view s, int* commas) {
    int n = 0;
    bool space = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
        if (sp) {
            if (!space) ++n;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80) ++n;  // count code points, not bytes
        if (c == ',') ++*commas;
    }
    return n;
}

class Extractor {
public:
    Extractor(const GumboNode* root, std::string_view title, std::string_view site_name)
        : root_(root), title_key_(loose_key(title)), site_key_(loose_key(site_name)) {}

    std::vector<std::string> run() {
        body_ = find_body();
        if (!body_) return {};
        Stats raw = measure(body_, false);
        raw_total_ = std::max(1, raw.text);
        raw_stats_ = std::move(stats_);
        stats_.clear();
        mark_dropped(body_);
        measure(body_, true);
        const GumboNode* top = pick_container();
        if (!top) return {};
        std::vector<const GumboNode*> parts = with_siblings(top);
        add_chunks(top, parts);
        for (const GumboNode* part : parts) {
            container_text_ = stats(part).text;
            if (part == top || chunks_.count(part)) emit(part, true);
            else emit(part, false);
            flush();
        }
        return std::move(paragraphs_);
    }

private:
    const GumboNode* find_body() {
        const GumboNode* body = nullptr;
        visit_elements(root_, [&](const GumboNode* n) {
            if (tag_of(n) == GUMBO_TAG_BODY) body = n;
            return body == nullptr && tag_of(n) != GUMBO_TAG_HEAD;
        });
        return body ? body : root_;
    }

    // Text and link lengths per element; with `skip_dropped`, dropped subtrees count as empty.
    Stats measure(const GumboNode* n, bool skip_dropped) {
        order_.try_emplace(n, order_.size());
        Stats s;
        GumboTag t = tag_of(n);
        if (is_non_text_tag(t) || (skip_dropped && dropped_.count(n))) {
            stats_[n] = s;
            return s;
        }
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) {
            auto* k = static_cast<const GumboNode*>(c.data[i]);
            if (is_text(k)) {
                s.text += text_length(k->v.text.text, &s.commas);
            } else if (is_element(k)) {
                Stats ks = measure(k, skip_dropped);
                s.text += ks.text;
                s.commas += ks.commas;
                s.link += tag_of(k) == GUMBO_TAG_A ? ks.text : ks.link;
                s.anchors += ks.anchors + (tag_of(k) == GUMBO_TAG_A && ks.text > 0);
            }
        }
        stats_[n] = s;
        return s;
    }

    const Stats& stats(const GumboNode* n) { return stats_[n]; }

    double link_density(const GumboNode* n) {
        const Stats& s = stats(n);
        return s.text > 0 ? static_cast<double>(s.link) / s.text : 0.0;
    }

    // Whether an element is page furniture, to be left out with everything inside it.
    bool is_furniture(const GumboNode* n) {
        GumboTag t = tag_of(n);
        if (t == GUMBO_TAG_BODY || t == GUMBO_TAG_HTML) return false;
        const int raw = raw_stats_[n].text;
        const bool big = raw * 2 > raw_total_;  // half the page's text is never furniture
        switch (t) {
            case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE: case GUMBO_TAG_MENU: case GUMBO_TAG_BUTTON:
            case GUMBO_TAG_INPUT: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_LABEL:
                if (!big) return true;
                break;
            case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
                if (raw * 10 < raw_total_ * 3) return true;
                break;
            case GUMBO_TAG_FORM:
                if (raw * 5 < raw_total_) return true;
                break;
            case GUMBO_TAG_FIGURE:
                if (raw < 400) return true;
                break;
            default:
                break;
        }
        if (is_hidden(n) && !big) return true;
        std::string role = strutil::ascii_lower(attr(n, "role"));
        if ((role == "navigation" || role == "banner" || role == "contentinfo" || role == "complementary" ||
             role == "search" || role == "dialog" || role == "menu" || role == "alert") && !big)
            return true;
        std::string name = class_and_id(n);
        if (strutil::trim(name).empty() || names_body(name) || attr(n, "itemprop") == "articleBody") return false;
        if (names_embed(name)) return false;
        // A name is a weak witness against size: half the page's text is never furniture, and a
        // quarter of it is not when the name also says content ("box article modal-enabled").
        if (strong_furniture(name)) return !big && !(names_content(name) && raw * 4 >= raw_total_);
        // Generic names ("widget", "header") also wrap whole articles on some platforms: only
        // small blocks named so are furniture.
        if (weak_furniture(name)) return !names_content(name) && raw * 4 < raw_total_;
        return false;
    }

    void mark_dropped(const GumboNode* n) {
        if (!is_element(n) || is_non_text_tag(tag_of(n))) return;
        if (is_furniture(n)) {
            dropped_.insert(n);
            return;
        }
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) mark_dropped(static_cast<const GumboNode*>(c.data[i]));
    }

    double initial_score(const GumboNode* n) {
        double s = 0;
        switch (tag_of(n)) {
            case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_SECTION: case GUMBO_TAG_MAIN: s = 5; break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
            case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
            case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
            case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
            default: break;
        }
        if (std::string_view ip = attr(n, "itemprop"); ip == "articleBody") s += 50;
        return s + class_weight(n);
    }

    // Text directly inside an element, outside its block children (a <div> used as a paragraph).
    int inline_text(const GumboNode* n, int* commas) {
        int len = 0;
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) {
            auto* k = static_cast<const GumboNode*>(c.data[i]);
            if (is_text(k)) len += text_length(k->v.text.text, commas);
            else if (is_element(k) && !is_block_tag(tag_of(k)) && !dropped_.count(k)) {
                len += stats(k).text;
                *commas += stats(k).commas;
            }
        }
        return len;
    }

    void score_paragraphs(const GumboNode* n) {
        if (!is_element(n) || dropped_.count(n) || is_non_text_tag(tag_of(n))) return;
        GumboTag t = tag_of(n);
        int len = 0, commas = 0;
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_PRE) {
            len = stats(n).text;
            commas = stats(n).commas;
        } else if (t == GUMBO_TAG_TD) {
            len = inline_text(n, &commas);  // a layout cell's own text; its blocks score themselves
        } else if (t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_MAIN ||
                   t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_FONT || t == GUMBO_TAG_CENTER) {
            len = inline_text(n, &commas);
        }
        if (len >= kMinScoredText) {
            double score = 1 + commas + std::min(len / 100, 3);
            // Text straight inside a <div> scores as a paragraph child of it (Readability wraps
            // such runs in a <p>), so the <div> itself is the first to be credited.
            const bool own = t != GUMBO_TAG_P && t != GUMBO_TAG_PRE && t != GUMBO_TAG_TD;
            const GumboNode* a = own ? n : n->parent;
            for (int level = 0; a && is_element(a) && level < 5; ++level, a = a->parent) {
                if (tag_of(a) == GUMBO_TAG_HTML) break;
                auto [it, fresh] = scores_.try_emplace(a, 0.0);
                if (fresh) it->second = initial_score(a);
                double divisor = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                it->second += score / divisor;
            }
        }
        if (t == GUMBO_TAG_P || t == GUMBO_TAG_PRE) return;
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) score_paragraphs(static_cast<const GumboNode*>(c.data[i]));
    }

    double final_score(const GumboNode* n) {
        auto it = scores_.find(n);
        if (it == scores_.end()) return 0;
        return it->second * (1 - link_density(n));
    }

    const GumboNode* pick_container() {
        score_paragraphs(body_);
        std::vector<std::pair<double, const GumboNode*>> ranked;
        for (const auto& [n, s] : scores_) ranked.emplace_back(s * (1 - link_density(n)), n);
        if (ranked.empty()) return body_;
        std::sort(ranked.begin(), ranked.end(), [](auto& a, auto& b) { return a.first > b.first; });
        const GumboNode* top = ranked[0].second;
        double top_score = ranked[0].first;
        // Several near-best candidates under one ancestor: the article is split across them.
        std::vector<const GumboNode*> alternatives;
        for (std::size_t i = 1; i < ranked.size() && i < 5; ++i)
            if (ranked[i].first >= top_score * 0.75) alternatives.push_back(ranked[i].second);
        if (alternatives.size() >= 3) {
            for (const GumboNode* p = top->parent; p && tag_of(p) != GUMBO_TAG_BODY && is_element(p); p = p->parent) {
                int contained = 0;
                for (auto* alt : alternatives)
                    for (const GumboNode* q = alt; q; q = q->parent)
                        if (q == p) {
                            ++contained;
                            break;
                        }
                if (contained >= 3) {
                    top = p;
                    break;
                }
            }
        }
        // Climb while a parent scores better: the article's paragraphs sit in several children.
        double last = final_score(top);
        double threshold = last / 3;
        for (const GumboNode* p = top->parent; p && is_element(p) && tag_of(p) != GUMBO_TAG_BODY; p = p->parent) {
            if (!scores_.count(p)) continue;
            double ps = final_score(p);
            if (ps < threshold) break;
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        // An only child says no more than its parent.
        while (top->parent && is_element(top->parent) && tag_of(top->parent) != GUMBO_TAG_BODY &&
               element_children(top->parent) == 1)
            top = top->parent;
        return top;
    }

    int element_children(const GumboNode* n) {
        int k = 0;
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i)
            if (is_element(static_cast<const GumboNode*>(c.data[i]))) ++k;
        return k;
    }

    // The container and those of its siblings that look like more of the article (Readability's rule).
    std::vector<const GumboNode*> with_siblings(const GumboNode* top) {
        const GumboNode* parent = top->parent;
        if (!parent || !is_element(parent) || tag_of(top) == GUMBO_TAG_BODY) return {top};
        double top_score = final_score(top);
        double threshold = std::max(10.0, top_score * 0.2);
        std::string top_class(attr(top, "class"));
        std::vector<const GumboNode*> out;
        const GumboVector& c = children_of(parent);
        for (unsigned i = 0; i < c.length; ++i) {
            auto* s = static_cast<const GumboNode*>(c.data[i]);
            if (!is_element(s) || dropped_.count(s) || is_non_text_tag(tag_of(s))) continue;
            if (s == top) {
                out.push_back(s);
                continue;
            }
            double bonus = (!top_class.empty() && attr(s, "class") == top_class) ? top_score * 0.2 : 0;
            if (scores_.count(s) && final_score(s) + bonus >= threshold) {
                out.push_back(s);
                continue;
            }
            if (tag_of(s) == GUMBO_TAG_P) {
                const Stats& st = stats(s);
                double ld = link_density(s);
                std::string text = text_of(s);
                if ((st.text > 80 && ld < 0.25) ||
                    (st.text > 0 && st.text <= 80 && ld == 0 && (text.ends_with(".") || text.find(". ") != std::string::npos)))
                    out.push_back(s);
            }
        }
        return out;
    }

    // Articles cut into chunks between ads ("article__body" blocks under separate wrappers): other
    // elements wearing exactly the container's class, with text and few links, are more of it.
    void add_chunks(const GumboNode* top, std::vector<const GumboNode*>& parts) {
        std::string_view cls = attr(top, "class");
        if (strutil::trim(cls).empty() || !names_content(strutil::ascii_lower(cls))) return;
        auto inside = [](const GumboNode* n, const GumboNode* a) {
            for (; n; n = n->parent)
                if (n == a) return true;
            return false;
        };
        visit_elements(body_, [&](const GumboNode* n) {
            if (dropped_.count(n) || is_non_text_tag(tag_of(n))) return false;
            if (n == top || attr(n, "class") != cls) return true;
            for (auto* p : parts)
                if (inside(n, p) || inside(p, n)) return false;
            if (stats(n).text >= kMinScoredText && link_density(n) < 0.33) {
                parts.push_back(n);
                chunks_.insert(n);
            }
            return false;
        });
        std::sort(parts.begin(), parts.end(), [&](auto* a, auto* b) { return order_[a] < order_[b]; });
    }

    bool is_link_run(const GumboNode* n) {
        if (!is_element(n) || is_block_tag(tag_of(n)) || tag_of(n) == GUMBO_TAG_A) return false;
        const Stats& s = stats(n);
        return s.anchors >= 3 && link_density(n) > 0.8;
    }

    // Inside the article: blocks that are lists of links, or named as furniture, are left out.
    bool skip_inside(const GumboNode* n) {
        GumboTag t = tag_of(n);
        const Stats& s = stats(n);
        if (s.text == 0) return true;
        if (names_embed(class_and_id(n))) return false;
        double ld = link_density(n);
        switch (t) {
            case GUMBO_TAG_P:
                return ld > 0.8 && s.text < 300;
            case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_TABLE:
            case GUMBO_TAG_DL: {
                if (s.commas >= 10) return false;
                int weight = class_weight(n);
                if (weight < 0 && s.text * 2 < container_text_) return true;
                if (weight < 25 && ld > 0.33) return true;
                if (ld > 0.5) return true;
                return false;
            }
            case GUMBO_TAG_LI:
                return ld > 0.8 && s.text < 200;
            default:
                break;
        }
        // A run of links inside a paragraph is a hover card or a link bar, not prose: the innermost
        // element holding it goes (a name linked next to its card stays).
        if (is_link_run(n)) {
            const GumboVector& c = children_of(n);
            for (unsigned i = 0; i < c.length; ++i)
                if (is_link_run(static_cast<const GumboNode*>(c.data[i]))) return false;
            return true;
        }
        // An <article> inside the article is a teaser of another one (related posts), unless
        // it holds most of the text.
        if (t == GUMBO_TAG_ARTICLE && s.text * 2 < container_text_) return true;
        switch (t) {
            default:
                return false;
        }
    }

    void flush() {
        add_paragraph(strutil::collapse_spaces(current_));
        current_.clear();
    }

    void add_paragraph(std::string p) {
        if (p.empty() || is_ui_label(p)) return;
        // The headline or the site's name repeated above the body, in whatever element.
        if (paragraphs_.empty()) {
            std::string key = loose_key(p);
            if (!key.empty() && (key == title_key_ || key == site_key_)) return;
        }
        paragraphs_.push_back(std::move(p));
    }

    void emit(const GumboNode* n, bool is_container) {
        if (is_text(n)) {
            current_ += n->v.text.text;
            return;
        }
        if (!is_element(n) || dropped_.count(n)) return;
        GumboTag t = tag_of(n);
        if (is_non_text_tag(t)) return;
        if (t == GUMBO_TAG_BR || t == GUMBO_TAG_HR) {
            flush();
            return;
        }
        if (!is_container && skip_inside(n)) return;
        if (is_heading(t)) {
            flush();
            std::string h = text_of(n);
            if (!(t == GUMBO_TAG_H1 && !title_key_.empty() && loose_key(h) == title_key_)) add_paragraph(h);
            return;
        }
        // A table row is one paragraph, its cells separated by spaces (unless a cell holds blocks).
        bool cell = t == GUMBO_TAG_TD || t == GUMBO_TAG_TH;
        bool block = is_block_tag(t) && !cell;
        if (block) flush();
        if (cell) current_ += ' ';
        const GumboVector& c = children_of(n);
        for (unsigned i = 0; i < c.length; ++i) emit(static_cast<const GumboNode*>(c.data[i]), false);
        if (block) flush();
        if (cell) current_ += ' ';
    }

    const GumboNode* root_;
    const GumboNode* body_ = nullptr;
    std::string title_key_, site_key_;
    int raw_total_ = 1;
    int container_text_ = 0;  // of the part being written out
    std::unordered_map<const GumboNode*, Stats> stats_, raw_stats_;
    std::unordered_set<const GumboNode*> dropped_;
    std::unordered_set<const GumboNode*> chunks_;          // parts added by add_chunks
    std::unordered_map<const GumboNode*, std::size_t> order_;  // document order
    std::unordered_map<const GumboNode*, double> scores_;
    std::vector<std::string> paragraphs_;
    std::string current_;
};

}  // namespace


std::vector<std::string> extract_paragraphs(const GumboNode* root, std::string_view title,
                                            std::string_view site_name) {
    return Extractor(root, title, site_name).run();
}

}  // namespace newsarc::html
