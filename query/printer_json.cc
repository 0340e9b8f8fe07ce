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
            {"similar", hit.similar},
            {"snippet", hit.snippet.text},
            {"highlights", highlights},
            {"source", a.source}};
}

std::string dump(const nlohmann::ordered_json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

nlohmann::ordered_json counts_json(const Facet& facet, const char* key = "value") {
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const auto& v : facet.values) values.push_back({{key, v.value}, {"count", v.count}});
    return values;
}

}  // namespace

void print_json(const SearchResults& results, bool explain, std::ostream& out) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const auto& hit : results.hits) hits.push_back(hit_json(hit));
    nlohmann::ordered_json j{{"query", results.query}};
    if (explain) j["parsed"] = results.parsed;
    j["total_estimate"] = results.total_estimate;
    j["results"] = hits;
    if (!results.facets.empty()) {
        nlohmann::ordered_json facets = nlohmann::ordered_json::object();
        for (const auto& facet : results.facets) facets[facet.name] = counts_json(facet);
        j["facets"] = facets;
    }
    if (results.histogram)
        j["histogram"] = {{"granularity", results.histogram->name}, {"series", counts_json(*results.histogram, "period")}};
    out << dump(j) << '\n';
}

void print_jsonl(const SearchResults& results, std::ostream& out) {
    for (const auto& hit : results.hits) out << dump(hit_json(hit)) << '\n';
}

}  // namespace newsarc
