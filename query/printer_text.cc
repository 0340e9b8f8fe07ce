// Human-readable search results: title, date, authors, site, URL and a highlighted snippet.
#include "query/printers.h"

#include "common/text/strutil.h"

namespace newsarc {
namespace {

const char* const kBold = "\033[1m";
const char* const kDim = "\033[2m";
const char* const kMatch = "\033[1;31m";
const char* const kReset = "\033[0m";

void print_snippet(const Snippet& s, const TextStyle& style, std::ostream& out) {
    std::size_t pos = 0;
    for (const auto& [begin, end] : s.highlights) {
        out.write(s.text.data() + pos, begin - pos);
        if (style.color) out << kMatch;
        out.write(s.text.data() + begin, end - begin);
        if (style.color) out << kReset;
        pos = end;
    }
    out << s.text.substr(pos);
}

}  // namespace

void print_text(const SearchResults& results, const TextStyle& style, std::ostream& out) {
    for (const auto& hit : results.hits) {
        const Article& a = hit.article;
        out << hit.rank << ". ";
        if (style.color) out << kBold;
        out << (a.title.empty() ? "(untitled)" : a.title);
        if (style.color) out << kReset;
        out << '\n';

        std::vector<std::string> meta;
        meta.push_back(a.published ? a.published->iso().substr(0, 10) : "undated");
        if (!a.authors.empty()) meta.push_back(strutil::join(a.authors, ", "));
        if (!a.site.empty()) meta.push_back(a.section.empty() ? a.site : a.site + "/" + a.section);
        meta.push_back(a.id);
        out << "   ";
        if (style.color) out << kDim;
        out << strutil::join(meta, " · ");
        if (style.color) out << kReset;
        out << '\n';
        if (!a.url.empty()) out << "   " << a.url << '\n';
        if (!hit.snippet.text.empty()) {
            out << "   ";
            print_snippet(hit.snippet, style, out);
            out << '\n';
        }
        out << '\n';
    }
    if (!results.hits.empty())
        out << "results " << results.hits.front().rank << "-" << results.hits.back().rank << " of about "
            << results.total_estimate << '\n';
}

}  // namespace newsarc
