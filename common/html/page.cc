// page_to_article: charset -> gumbo -> metadata + body -> RawArticle.
#include "common/html/page.h"

#include <nlohmann/json.hpp>

#include "common/html/charset.h"
#include "common/html/dom.h"
#include "common/html/extract.h"
#include "common/html/metadata.h"
#include "common/text/dates.h"
#include "common/text/entities.h"
#include "common/text/strutil.h"

namespace newsarc::html {

namespace {

void add_extra(RawArticle& a, const char* name, const std::string& value) {
    auto v = strutil::trim(value);
    if (!v.empty()) a.extra.emplace_back(name, nlohmann::json(std::string(v)).dump());
}

}  // namespace

std::string resolve_url(std::string_view link, std::string_view base) {
    link = strutil::trim(link);
    if (link.empty() || link.starts_with("http://") || link.starts_with("https://")) return std::string(link);
    std::size_t scheme = base.find("://");
    if (scheme == std::string_view::npos) return link.starts_with("//") ? "https:" + std::string(link) : std::string();
    if (link.starts_with("//")) return std::string(base.substr(0, scheme + 1)) + std::string(link);
    std::size_t host_end = base.find('/', scheme + 3);
    std::string_view origin = host_end == std::string_view::npos ? base : base.substr(0, host_end);
    if (link.starts_with("/")) return std::string(origin) + std::string(link);
    return {};  // a relative path without a base directory worth trusting
}

std::vector<std::string> jsonld_paragraphs(std::string_view body) {
    std::vector<std::string> out;
    if (body.find('<') != std::string_view::npos && body.find('>') != std::string_view::npos) {
        Document doc("<html><body><div>" + std::string(body) + "</div></body></html>");
        return extract_paragraphs(doc.root(), {});
    }
    std::string text = decode_entities(body);
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string::npos) nl = text.size();
        std::string line = strutil::collapse_spaces(std::string_view(text).substr(pos, nl - pos));
        if (!line.empty()) out.push_back(std::move(line));
        pos = nl + 1;
    }
    return out;
}

std::vector<std::string> choose_body(std::vector<std::string> extracted, std::string_view jsonld_body) {
    if (jsonld_body.size() < kMinJsonLdBody) return extracted;
    std::size_t dom = 0;
    for (const auto& p : extracted) dom += p.size();
    if (dom * 2 >= jsonld_body.size()) return extracted;
    auto declared = jsonld_paragraphs(jsonld_body);
    std::size_t ld = 0;
    for (const auto& p : declared) ld += p.size();
    return ld > dom * 2 ? declared : extracted;
}

RawArticle page_to_article(std::string_view bytes, const PageSource& source) {
    RawArticle a;
    a.format = source.format;
    a.source_path = source.path;
    a.source_line = source.line;

    Decoded decoded = decode_html(bytes, source.content_type);
    if (!decoded.problem.empty()) a.warnings.push_back(make_warning(source.path, source.line, decoded.problem));
    if (decoded.repaired)
        a.warnings.push_back(make_warning(
            source.path, source.line,
            decoded.encoding == "utf-8"
                ? "invalid UTF-8 repaired (" + std::to_string(decoded.repaired) + " bytes)"
                : std::to_string(decoded.repaired) + " bytes not valid " + decoded.encoding + " replaced"));

    auto too_deep = [&] {
        return InputError(source.line, "HTML nested more than " + std::to_string(kMaxHtmlNesting) +
                                           " elements deep, not read");
    };
    if (open_tag_depth(decoded.text) > kMaxOpenTags) throw too_deep();
    Document doc(decoded.text);
    if (tree_depth(doc.root()) > kMaxHtmlNesting) throw too_deep();
    PageMetadata meta = extract_metadata(doc.root());
    a.title = meta.title;
    a.bylines = meta.bylines;
    // The first date that parses, from the best source; the crawl date only stands in for a
    // missing one (it is rarely the publication day).
    // Placeholders such as "0001-01-01T00:00:00Z" (a zero value printed) are no date; with no
    // date that parses, the first other one is passed on for the cleaner to report.
    std::string unparsed;
    for (const auto& candidate : meta.published_candidates) {
        std::string d = tidy_date_text(candidate);
        auto t = parse_date(d);
        if (t && t->year < 1900) continue;
        if (t) {
            a.dates.push_back(d);
            break;
        }
        if (unparsed.empty()) unparsed = candidate;
    }
    if (a.dates.empty() && !unparsed.empty()) a.dates.push_back(unparsed);
    if (a.dates.empty() && !source.date.empty()) a.dates.push_back(source.date);
    a.url = resolve_url(meta.url, source.url);
    if (a.url.empty()) a.url = source.url;
    a.section = meta.section;
    a.body_lines = choose_body(extract_paragraphs(doc.root(), meta.title, meta.site_name), meta.jsonld_body);
    add_extra(a, "site_name", meta.site_name);
    a.language = meta.language;
    add_extra(a, "modified", meta.modified);
    return a;
}

}  // namespace newsarc::html
