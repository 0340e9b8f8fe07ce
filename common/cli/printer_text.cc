// Human-readable search results: title, date, authors, site, URL and a highlighted snippet.
#include "common/cli/printers.h"

#include <algorithm>

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

void print_facet(const Facet& facet, const TextStyle& style, std::ostream& out) {
    out << '\n';
    if (style.color) out << kBold;
    out << facet.name;
    if (style.color) out << kReset;
    out << '\n';
    std::size_t label = 0;
    for (const auto& v : facet.values) label = std::max(label, strutil::code_points(v.value));
    for (const auto& v : facet.values)
        out << "  " << v.value << std::string(label - strutil::code_points(v.value) + 2, ' ') << v.count << '\n';
    if (facet.values.empty()) out << "  (none)\n";
}

void print_histogram(const Facet& series, const TextStyle& style, std::ostream& out) {
    out << '\n';
    if (style.color) out << kBold;
    out << "matches by " << series.name;
    if (style.color) out << kReset;
    out << '\n';
    std::size_t label = 0, digits = 1;
    Xapian::doccount max = 0;
    for (const auto& v : series.values) {
        label = std::max(label, v.value.size());
        max = std::max(max, v.count);
        digits = std::max(digits, std::to_string(v.count).size());
    }
    std::size_t used = 2 + label + 1 + digits + 1;
    std::size_t cells = style.width > used + 10 ? style.width - used : 10;
    for (const auto& v : series.values) {
        std::string count = std::to_string(v.count);
        out << "  " << v.value << std::string(label - v.value.size() + 1, ' ')
            << std::string(digits - count.size(), ' ') << count;
        std::string bar = draw_bar(v.count, max, cells);
        if (!bar.empty()) out << ' ' << bar;
        out << '\n';
    }
}

}  // namespace

void print_text(const SearchResults& results, const TextStyle& style, std::ostream& out) {
    if (style.explain) {
        out << "parsed: " << results.parsed << "\n";
        if (results.parts > 1) out << "matched in " << results.parts << " docid ranges on threads of their own\n";
        out << "\n";
    }
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
        // Appended piece by piece: GCC 12 warns of an overlap (-Wrestrict) that cannot happen in
        // "+" + std::string.
        if (hit.similar) meta.push_back(std::string(1, '+').append(std::to_string(hit.similar)).append(" similar"));
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
    if (results.suggestion) out << "did you mean: " << *results.suggestion << '\n';
    if (results.partial) out << "(a phrase of very common words: only part of the archive was checked)\n";
    for (const auto& facet : results.facets) print_facet(facet, style, out);
    if (results.histogram) print_histogram(*results.histogram, style, out);
}

std::string draw_bar(Xapian::doccount value, Xapian::doccount max, std::size_t cells) {
    static const char* const kEighths[] = {"", "▏", "▎", "▍", "▌", "▋", "▊", "▉"};
    if (max == 0 || value == 0) return "";
    std::size_t eighths = static_cast<std::size_t>(static_cast<double>(value) / max * cells * 8 + 0.5);
    if (eighths == 0) eighths = 1;  // a period with matches is never drawn empty
    std::string bar;
    for (std::size_t i = 0; i < eighths / 8; ++i) bar += "█";
    bar += kEighths[eighths % 8];
    return bar;
}

}  // namespace newsarc
