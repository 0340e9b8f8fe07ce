// Selections of articles for the maintenance commands.
#include "common/maintain/selection.h"

#include "common/index/document_builder.h"
#include "common/index/url_term.h"
#include "common/querylang/date_spec.h"
#include "common/querylang/query_builder.h"
#include "common/model/schema.h"

namespace newsarc {
namespace {

// Date keys are fixed-width digit strings, so "strictly before K" is "at most K with its last
// character one lower": Xapian has no strict value comparison.
Xapian::Query published_before(const std::string& spec) {
    std::string first = date_bound(spec, false, local_today());
    std::string below = first;
    --below.back();
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotDate, below);
}

std::vector<std::string> item_terms(const Selection& selection) {
    std::vector<std::string> terms;
    for (const auto& id : selection.ids) terms.push_back(DocumentBuilder::id_term(id));
    for (const auto& url : selection.urls)
        if (std::string term = url_term(url); !term.empty()) terms.push_back(term);
    return terms;
}

}  // namespace

Xapian::Query selection_query(const Xapian::Database& db, const Selection& selection) {
    std::vector<Xapian::Query> filters;
    if (!selection.ids.empty() || !selection.urls.empty()) {
        std::vector<std::string> terms = item_terms(selection);
        std::vector<Xapian::Query> items(terms.begin(), terms.end());
        filters.emplace_back(Xapian::Query::OP_OR, items.begin(), items.end());
    }
    if (!selection.query.empty()) {
        QuerySpec spec;
        spec.text = selection.query;
        filters.push_back(QueryBuilder(db, local_today()).build(spec));
    }
    if (!selection.before.empty()) filters.push_back(published_before(selection.before));
    if (filters.empty()) return Xapian::Query::MatchAll;
    Xapian::Query query = filters.front();
    for (std::size_t i = 1; i < filters.size(); ++i) query = Xapian::Query(Xapian::Query::OP_FILTER, query, filters[i]);
    return query;
}

std::vector<std::string> unmatched_items(const Xapian::Database& db, const Selection& selection) {
    std::vector<std::string> missing;
    for (const auto& id : selection.ids)
        if (!db.term_exists(DocumentBuilder::id_term(id))) missing.push_back("id " + id);
    for (const auto& url : selection.urls) {
        std::string term = url_term(url);
        if (term.empty() || !db.term_exists(term)) missing.push_back("url " + url);
    }
    return missing;
}

}  // namespace newsarc
