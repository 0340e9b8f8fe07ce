// Facets and the coverage histogram: counts of field values and periods over all matches.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/schema.h"

namespace newsarc {

struct FacetCount {
    std::string value;  // display value, or a period "1987", "1987-03", "1987-03-02"
    Xapian::doccount count = 0;
};

struct Facet {
    std::string name;
    std::vector<FacetCount> values;  // facets: most frequent first; histogram: in time order
};

// Counts the values of one facet slot over every document the match sees (multi-valued slots are
// split on schema::kValueSeparator; date slots are cut to the period's length).
class FacetSpy : public Xapian::MatchSpy {
public:
    explicit FacetSpy(const schema::FacetField& field) : field_(field) {}
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "newsarc.FacetSpy"; }

    const schema::FacetField& field() const { return field_; }
    const std::map<std::string, Xapian::doccount>& counts() const { return counts_; }

private:
    schema::FacetField field_;
    std::map<std::string, Xapian::doccount> counts_;
};

// The facet field of this name, or a UsageError listing the valid names.
const schema::FacetField& facet_field(const std::string& name);

// The `top` most frequent values, ties in value order.
Facet top_values(const FacetSpy& spy, std::size_t top);

// Every period from the first to the last with a match, empty ones included, in time order, labelled
// "1987", "1987-03" or "1987-03-02".
Facet histogram_series(const FacetSpy& spy);

}  // namespace newsarc
