// Article -> RawArticle for re-cleaning stored articles.
#include "common/clean/restore.h"

#include <cstdlib>

#include "common/text/url.h"

namespace newsarc {

RawArticle raw_from_article(const Article& a) {
    RawArticle raw;
    raw.format = a.format;
    raw.source_path = a.source;
    raw.source_line = 0;
    // `source` is "path:line"; a path may itself hold colons, the line never does.
    if (auto colon = a.source.rfind(':'); colon != std::string::npos) {
        char* end = nullptr;
        unsigned long long line = std::strtoull(a.source.c_str() + colon + 1, &end, 10);
        if (end != a.source.c_str() + colon + 1 && *end == '\0') {
            raw.source_path = a.source.substr(0, colon);
            raw.source_line = line;
        }
    }
    raw.id = a.id;
    raw.title = a.title;
    raw.bylines = a.authors;
    if (a.published) raw.dates.push_back(a.published->iso());
    raw.url = a.url;
    // A section the URL gives is left to the cleaner to derive again; one the source named is kept.
    if (a.section != section_of(a.url)) raw.section = a.section;
    for (const auto& p : a.paragraphs) {
        if (!raw.body_lines.empty()) raw.body_lines.emplace_back();
        raw.body_lines.push_back(p);
    }
    raw.tags = a.tags;
    raw.extra = a.extra;
    // The language it was given, "und" included: the rules that fire depend on it, and detecting it
    // again on the cleaned text could answer otherwise. Records of schema 3 have none (HTML pages
    // kept the one they stated among their extra fields), and are detected again.
    raw.language = a.language;
    for (const auto& [name, value] : a.extra)
        if (name == "language" && raw.language.empty() && value.size() > 2 && value.front() == '"')
            raw.language = value.substr(1, value.size() - 2);
    return raw;
}

}  // namespace newsarc
