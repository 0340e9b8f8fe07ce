// Human-readable article rendering.
#include "common/model/article_text.h"

#include "common/text/strutil.h"

namespace newsarc {

void write_article_text(const Article& a, std::ostream& out) {
    out << "id:        " << a.id << '\n'
        << "source:    " << a.source << '\n'
        << "title:     " << a.title << '\n'
        << "authors:   " << strutil::join(a.authors, "; ") << '\n'
        << "published: " << (a.published ? a.published->iso() : "unknown") << '\n'
        << "url:       " << a.url << '\n'
        << "site:      " << a.site << '\n'
        << "section:   " << a.section << '\n';
    for (const auto& [tag, values] : a.tags) out << tag << "s: " << strutil::join(values, ", ") << '\n';
    out << '\n' << a.body() << "\n\n";
}

}  // namespace newsarc
