// Facets and the coverage histogram: counts of field values and periods over all matches.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/model/schema.h"

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
//
// xapian-tcpsrv runs only Xapian's own spies, so for an archive with remote shards (`remote`) the
// counting is done by a Xapian::ValueCountMatchSpy on the raw slot, whose counts come back from
// every shard, and they are split and cut here afterwards. Locally the spy counts directly, which
// keeps the map small for dates.
class FacetSpy : public Xapian::MatchSpy {
public:
    explicit FacetSpy(const schema::FacetField& field, bool remote = false);
    void operator()(const Xapian::Document& doc, double weight) override;
    std::string name() const override { return "newsarc.FacetSpy"; }
    const schema::FacetField& field() const { return field_; }

    // The spy to give Enquire::add_matchspy: this one, or the serialisable one it reads from.
    Xapian::MatchSpy& attach() { return raw_ ? static_cast<Xapian::MatchSpy&>(*raw_) : *this; }

    // Period or value -> matches; valid after the match.
    const std::map<std::string, Xapian::doccount>& counts() const;

private:
    void count(const std::string& value, Xapian::doccount times) const;

    schema::FacetField field_;
    std::unique_ptr<Xapian::ValueCountMatchSpy> raw_;
    mutable std::map<std::string, Xapian::doccount> counts_;
    mutable bool folded_ = false;
};

// The facet field of this name, or a UsageError listing the valid names.
const schema::FacetField& facet_field(const std::string& name);

// The `top` most frequent values, ties in value order.
Facet top_values(const FacetSpy& spy, std::size_t top);

// Every period from the first to the last with a match, empty ones included, in time order, labelled
// "1987", "1987-03" or "1987-03-02".
Facet histogram_series(const FacetSpy& spy);

}  // namespace newsarc
