// Match spies for facets and the histogram, and turning their counts into ordered results.
#include "common/search/facets.h"

#include <algorithm>

#include "common/base/diagnostic.h"
#include "common/text/timestamp.h"

namespace newsarc {
namespace {

// The period after `t` at the given granularity (4 year, 6 month, 8 day).
Timestamp next_period(Timestamp t, std::size_t length) {
    if (length == 4) return {t.year + 1, 1, 1};
    if (length == 6) return t.month == 12 ? Timestamp{t.year + 1, 1, 1} : Timestamp{t.year, t.month + 1, 1};
    if (t.day < days_in_month(t.year, t.month)) return {t.year, t.month, t.day + 1};
    return next_period(t, 6);
}

Timestamp parse_key(const std::string& key) {
    auto number = [&](std::size_t at, std::size_t n, int fallback) {
        return key.size() >= at + n ? std::stoi(key.substr(at, n)) : fallback;
    };
    return {number(0, 4, 1), number(4, 2, 1), number(6, 2, 1)};
}

}  // namespace

FacetSpy::FacetSpy(const schema::FacetField& field, bool remote) : field_(field) {
    if (remote) raw_ = std::make_unique<Xapian::ValueCountMatchSpy>(field.slot);
}

void FacetSpy::operator()(const Xapian::Document& doc, double) { count(doc.get_value(field_.slot), 1); }

void FacetSpy::count(const std::string& value, Xapian::doccount times) const {
    if (value.empty()) return;
    if (field_.date_prefix) {
        if (value.size() >= field_.date_prefix) counts_[value.substr(0, field_.date_prefix)] += times;
        return;
    }
    std::size_t start = 0;
    while (start <= value.size()) {
        std::size_t end = value.find(schema::kValueSeparator, start);
        if (end == std::string::npos) end = value.size();
        if (end > start) counts_[value.substr(start, end - start)] += times;
        start = end + 1;
    }
}

const std::map<std::string, Xapian::doccount>& FacetSpy::counts() const {
    if (raw_ && !folded_) {
        for (auto it = raw_->values_begin(); it != raw_->values_end(); ++it) count(*it, it.get_termfreq());
        folded_ = true;
    }
    return counts_;
}

const schema::FacetField& facet_field(const std::string& name) {
    for (const auto& f : schema::kFacets)
        if (f.name == name) return f;
    std::string valid;
    for (const auto& f : schema::kFacets) {
        if (!valid.empty()) valid += ", ";
        valid += f.name;
    }
    throw UsageError("unknown facet \"" + name + "\": use " + valid);
}

Facet top_values(const FacetSpy& spy, std::size_t top) {
    Facet facet{std::string(spy.field().name), {}};
    for (const auto& [key, count] : spy.counts())
        facet.values.push_back({spy.field().date_prefix ? period_label(key) : key, count});
    std::stable_sort(facet.values.begin(), facet.values.end(),
                     [](const FacetCount& a, const FacetCount& b) { return a.count > b.count; });
    if (facet.values.size() > top) facet.values.resize(top);
    return facet;
}

Facet histogram_series(const FacetSpy& spy) {
    Facet series{std::string(spy.field().name), {}};
    const auto& counts = spy.counts();
    if (counts.empty()) return series;
    std::size_t length = spy.field().date_prefix;
    std::string last = counts.rbegin()->first;
    for (Timestamp t = parse_key(counts.begin()->first);;) {
        std::string key = t.yyyymmdd().substr(0, length);
        auto it = counts.find(key);
        series.values.push_back({period_label(key), it == counts.end() ? 0 : it->second});
        if (key >= last) break;
        t = next_period(t, length);
    }
    return series;
}

}  // namespace newsarc
