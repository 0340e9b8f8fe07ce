// JSON and JSON Lines output of search results.
#include <nlohmann/json.hpp>

#include "query/printers.h"

namespace newsarc {
namespace {

nlohmann::ordered_json hit_json(const Hit& hit) {
    const Article& a = hit.article;
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
    return {{"rank", hit.rank},
            {"id", a.id},
            {"score", hit.score},
            {"title", a.title},
            {"authors", a.authors},
            {"published", a.published ? nlohmann::ordered_json(a.published->iso()) : nlohmann::ordered_json()},
            {"url", a.url},
            {"site", a.site},
            {"section", a.section},
            {"snippet", hit.snippet.text},
            {"highlights", highlights},
            {"source", a.source}};
}

std::string dump(const nlohmann::ordered_json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

void print_json(const SearchResults& results, std::ostream& out) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const auto& hit : results.hits) hits.push_back(hit_json(hit));
    nlohmann::ordered_json j{{"query", results.query},
                             {"total_estimate", results.total_estimate},
                             {"results", hits}};
    out << dump(j) << '\n';
}

void print_jsonl(const SearchResults& results, std::ostream& out) {
    for (const auto& hit : results.hits) out << dump(hit_json(hit)) << '\n';
}

}  // namespace newsarc
