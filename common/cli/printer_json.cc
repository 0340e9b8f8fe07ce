// JSON and JSON Lines output of search results.
#include <nlohmann/json.hpp>

#include "common/cli/printers.h"

#include <algorithm>

#include "common/base/diagnostic.h"
#include "common/cli/json_output.h"
#include "common/text/strutil.h"

namespace newsarc {
namespace {

nlohmann::ordered_json hit_json(const Hit& hit, const std::vector<std::string>& fields) {
    const Article& a = hit.article;
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
    nlohmann::ordered_json all{{"rank", hit.rank},
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
            {"source", a.source},
            {"language", a.language}};
    nlohmann::ordered_json picked;
    for (const auto& f : fields) picked[f] = all[f];
    return picked;
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

void print_json(const SearchResults& results, const std::vector<std::string>& fields, bool explain, std::ostream& out) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const auto& hit : results.hits) hits.push_back(hit_json(hit, fields));
    nlohmann::ordered_json j{{"query", results.query}};
    if (explain) {
        j["parsed"] = results.parsed;
        j["parts"] = results.parts;
    }
    j["total_estimate"] = results.total_estimate;
    j["results"] = hits;
    if (!results.facets.empty()) {
        nlohmann::ordered_json facets = nlohmann::ordered_json::object();
        for (const auto& facet : results.facets) facets[facet.name] = counts_json(facet);
        j["facets"] = facets;
    }
    if (results.suggestion) j["suggestion"] = *results.suggestion;
    if (results.partial) j["partial"] = true;
    if (!results.missing_shards.empty()) j["missing_shards"] = results.missing_shards;
    if (results.histogram)
        j["histogram"] = {{"granularity", results.histogram->name}, {"series", counts_json(*results.histogram, "period")}};
    print_json(j, out);
}

void print_jsonl(const SearchResults& results, const std::vector<std::string>& fields, std::ostream& out) {
    for (const auto& hit : results.hits) out << dump(hit_json(hit, fields)) << '\n';
}

void print_tsv(const SearchResults& results, const std::vector<std::string>& fields, std::ostream& out) {
    out << strutil::join(fields, "\t") << '\n';
    for (const auto& hit : results.hits) {
        nlohmann::ordered_json j = hit_json(hit, fields);
        std::vector<std::string> cells;
        for (const auto& f : fields) {
            const auto& v = j[f];
            std::string cell;
            if (v.is_string()) {
                cell = v.get<std::string>();
            } else if (v.is_array() && f == "authors") {
                cell = strutil::join(v.get<std::vector<std::string>>(), "; ");
            } else if (!v.is_null()) {
                cell = dump(v);
            }
            for (auto& c : cell)
                if (c == '\t' || c == '\n' || c == '\r') c = ' ';
            cells.push_back(std::move(cell));
        }
        out << strutil::join(cells, "\t") << '\n';
    }
}

std::vector<std::string> parse_fields(const std::string& list) {
    if (list.empty()) return kResultFields;
    std::vector<std::string> fields;
    for (std::size_t start = 0; start <= list.size();) {
        std::size_t end = std::min(list.find(',', start), list.size());
        std::string f(strutil::trim(std::string_view(list).substr(start, end - start)));
        if (!f.empty()) {
            if (std::find(kResultFields.begin(), kResultFields.end(), f) == kResultFields.end())
                throw UsageError("unknown field \"" + f + "\": use " + strutil::join(kResultFields, ","));
            fields.push_back(f);
        }
        start = end + 1;
    }
    return fields;
}

}  // namespace newsarc
