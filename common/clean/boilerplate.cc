// Boilerplate patterns (RE2: linear-time matching, several times faster than std::regex on every
// segment of every article): calls to action anchored at the start of a segment (safe inside
// paragraphs) and tell-tale phrases (newsletter, all rights reserved) that only count for a whole
// short segment.
#include "common/clean/boilerplate.h"

#include <stdexcept>

#include <re2/re2.h>

#include "common/clean/glued.h"
#include "common/clean/language_scope.h"
#include "common/text/strutil.h"

namespace newsarc {

namespace {

// Imperatives and labels that open a boilerplate segment; matched against the lowercased,
// whitespace-collapsed segment from its start.
const RE2& leading_patterns() {
    static const RE2 re(
        R"(^(?:)"
        R"((?:stay|keep) (?:updated|informed|up to date|in the know|connected)\b)"
        R"(|subscribe\b|unsubscribe\b|sign up\b|signup\b|register (?:now|for|today)\b|log ?in to\b)"
        R"(|(?:get|receive) (?:our|the latest|breaking|daily|weekly|exclusive)\b)"
        R"(|(?:follow|like|join) us\b|join (?:our|the) \S+ (?:channel|community|newsletter|group)\b)"
        R"(|follow (?:\S+ ){1,5}on (?:facebook|twitter|x|instagram|telegram|linkedin|youtube|tiktok|whatsapp|threads|google news)\b)"
        R"(|(?:read|see|watch|click|tap) (?:more|also|here|now|next|the full)\b|also read\b)"
        R"(|related(?::| (?:articles|stories|coverage|content|news|reading)\b))"
        R"(|recommended (?:for you|articles|stories|reading)\b|more (?:stories|articles) from\b)"
        R"(|click (?:here|to)\b|download (?:our|the) app\b|share (?:this|on)\b|don.t miss\b)"
        R"(|support (?:our|independent|quality) journalism\b)"
        R"(|(?:advertisement|sponsored(?: content)?|promoted content|paid content|\(?ad\)?)[.:]?$)"
        R"(|copyright (?:©|\(c\)|\d{4})|©|\(c\) ?\d{4}\b|all rights reserved\b)"
        R"(|(?:this|the) (?:article|story|content) (?:is|was) (?:reproduced|republished)\b)"
        R"(|for the latest (?:news|updates)\b|want more\b|never miss\b|enjoy(?:ing)? (?:this|our) )"
        R"())",
        RE2::Quiet);
    if (!re.ok()) throw std::logic_error("boilerplate pattern: " + re.error());
    return re;
}

// Phrases that mark a whole short segment as boilerplate wherever they appear in it.
const RE2& anywhere_patterns() {
    static const RE2 re(
        R"(\bnewsletters?\b.*\b(?:subscribe|sign up|signup|inbox|delivered|free)\b)"
        R"(|\b(?:subscribe|sign up|signup)\b.*\bnewsletters?\b)"
        R"(|\bsubscribe now\b|\bsign up now\b|\bfollow us on\b|\ball rights reserved\b|©)"
        R"(|\bstay updated with\b|\bclick here\b|\bread more:)",
        RE2::Quiet);
    if (!re.ok()) throw std::logic_error("boilerplate pattern: " + re.error());
    return re;
}

bool matches_extra(const std::string& lower, const std::vector<std::string>& extra) {
    for (const auto& pattern : extra)
        if (!pattern.empty() && lower.find(pattern) != std::string::npos) return true;
    return false;
}

bool is_leading_boilerplate(const std::string& lower) {
    return RE2::PartialMatch(lower, leading_patterns());
}

}  // namespace

bool is_boilerplate(std::string_view segment, const std::vector<std::string>& extra, bool english) {
    std::string text = strutil::collapse_spaces(segment);
    if (text.empty() || guard_words(text) > kBoilerplateMaxWords) return false;
    std::string lower = strutil::to_lower(text);
    return (english && (is_leading_boilerplate(lower) || RE2::PartialMatch(lower, anywhere_patterns()))) ||
           matches_extra(lower, extra);
}

std::vector<std::string> remove_boilerplate(const std::vector<std::string>& paragraphs,
                                            const std::vector<std::string>& extra, bool english) {
    // (Outside English only the user's patterns apply: with none, nothing is boilerplate here, and
    // the site's own recurring lines are left to the learned lists.)
    if (!english && extra.empty()) return paragraphs;
    std::vector<std::string> out;
    for (const auto& p : paragraphs) {
        auto sentences = split_sentences(p);
        if (sentences.size() < 2) {
            if (!is_boilerplate(p, extra, english)) out.push_back(p);
            continue;
        }
        // Inside a paragraph of several sentences only sentences that open with a call to action
        // (or match a user pattern) go, so a news sentence merely mentioning a newsletter stays;
        // a paragraph whose every sentence goes disappears.
        std::string kept;
        bool dropped = false;
        for (const auto& s : sentences) {
            std::string lower = strutil::to_lower(strutil::collapse_spaces(s));
            bool drop = guard_words(s) <= kBoilerplateMaxWords &&
                        ((english && is_leading_boilerplate(lower)) || matches_extra(lower, extra));
            if (drop) {
                dropped = true;
                continue;
            }
            if (!kept.empty()) kept += ' ';
            kept += s;
        }
        if (!dropped) out.push_back(p);
        else if (!kept.empty()) out.push_back(std::move(kept));
    }
    return out;
}

}  // namespace newsarc
