// Gathering archive statistics: counts from term frequencies, the rest from values and files.
#include "common/maintain/stats.h"

#include <map>

#include "common/store/sharded_archive.h"

#include <algorithm>
#include <filesystem>

#include "common/clean/byline.h"
#include "common/index/index_settings.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/text/fold.h"
#include "common/text/timestamp.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

// Values of the boolean terms with `prefix` and how many articles carry each.
Counts term_counts(const Xapian::Database& db, std::string_view prefix) {
    Counts out;
    std::string p(prefix);
    for (auto it = db.allterms_begin(p); it != db.allterms_end(p); ++it) {
        std::string value = (*it).substr(p.size());
        if (!value.empty() && value[0] == ':') value.erase(0, 1);  // the colon before capitals
        out.emplace_back(value, it.get_termfreq());
    }
    return out;
}

Counts top(Counts counts, std::size_t n) {
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (counts.size() > n) counts.resize(n);
    return counts;
}

// An author's name as the articles print it, from the exact-name key of the index.
std::string display_author(const Xapian::Database& db, const std::string& key) {
    std::string term = std::string(schema::kAuthorExact) + key;
    auto doc = db.postlist_begin(term);
    if (doc == db.postlist_end(term)) return key;
    std::string names = db.get_document(*doc).get_value(schema::kSlotAuthors);
    for (std::size_t start = 0; start < names.size();) {
        std::size_t end = std::min(names.find(schema::kValueSeparator, start), names.size());
        std::string name = names.substr(start, end - start);
        if (normalise_author_key(fold_for_search(name)) == key) return name;
        start = end + 1;
    }
    return key;
}

// The smallest and largest value in a slot. Xapian's value bounds only ever widen (removing or
// rewriting documents leaves them), so the slot is read through: one pass over a value stream.
// Numbers (cleaner versions) compare by value, not as strings ("10" > "9").
std::pair<std::string, std::string> value_range(const Xapian::Database& db, Xapian::valueno slot,
                                                bool numeric = false) {
    auto less = [numeric](const std::string& a, const std::string& b) {
        return numeric ? std::atol(a.c_str()) < std::atol(b.c_str()) : a < b;
    };
    std::string low, high;
    bool any = false;
    for (auto it = db.valuestream_begin(slot); it != db.valuestream_end(slot); ++it) {
        const std::string& v = *it;
        if (!any || less(v, low)) low = v;
        if (!any || less(high, v)) high = v;
        any = true;
    }
    return {low, high};
}

}  // namespace

ArchiveStats gather_stats(const Xapian::Database& db, const std::string& path, std::size_t n) {
    ArchiveStats s;
    s.documents = db.get_doccount();
    s.dated = db.get_value_freq(schema::kSlotDate);
    if (s.dated) {
        auto [first, last] = value_range(db, schema::kSlotDate);
        s.first_date = period_label(first);
        s.last_date = period_label(last);
    }
    Counts authors = term_counts(db, schema::kAuthorExact);
    Counts sites = term_counts(db, schema::kSite);
    s.authors = authors.size();
    s.sites = sites.size();
    s.by_year = term_counts(db, schema::kYear);
    Counts languages = language_counts(db);
    s.by_language = top(languages, languages.size());
    s.top_sites = top(sites, n);
    s.top_authors = top(authors, n);
    for (auto& [name, count] : s.top_authors) name = display_author(db, name);

    // A sharded archive's tables are summed over its shards.
    // The tables every archive has are always listed (docdata is empty from schema 3 on).
    std::map<std::string, std::uintmax_t> tables{{"docdata", 0}, {"position", 0}, {"postlist", 0}, {"termlist", 0}};
    std::error_code ec;
    for (const auto& dir : archive_databases(path)) {
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (!entry.is_regular_file(ec)) continue;
            auto bytes = entry.file_size(ec);
            s.size_bytes += bytes;
            if (entry.path().extension() == ".glass") tables[entry.path().stem().string()] += bytes;
        }
    }
    s.table_bytes.assign(tables.begin(), tables.end());

    // The stored/raw ratio over the first thousand documents: enough for two significant digits.
    RecordCodec codec = RecordCodec::from_database(db);
    s.dictionary = codec.current_id();
    std::uintmax_t stored = 0, raw = 0;
    std::size_t sampled = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end("") && sampled < 1000; ++it, ++sampled) {
        std::string record = stored_record(db.get_document(*it));
        stored += record.size();
        raw += codec.decode(record).size();
    }
    s.stored_ratio = raw ? double(stored) / raw : 0;

    s.schema_version = std::atoi(db.get_metadata(std::string(schema::kMetaSchemaVersion)).c_str());
    if (db.get_value_freq(schema::kSlotCleanerVersion)) {
        auto [low, high] = value_range(db, schema::kSlotCleanerVersion, true);
        s.cleaner_min = std::atoi(low.c_str());
        s.cleaner_max = std::atoi(high.c_str());
    }
    s.body_positions = IndexSettings::from_database(db).body_positions;
    return s;
}

}  // namespace newsarc
