// `newsarc-index stats`: what the archive holds.
#include <iostream>

#include <nlohmann/json.hpp>

#include "common/schema.h"
#include "common/store/database.h"
#include "indexer/commands.h"

namespace newsarc {
namespace {

std::size_t count_terms_with_prefix(const Xapian::Database& db, std::string_view prefix) {
    std::size_t n = 0;
    for (auto it = db.allterms_begin(std::string(prefix)); it != db.allterms_end(std::string(prefix)); ++it) ++n;
    return n;
}

// "20240901145000" -> "2024-09-01"
std::string day_of(const std::string& sort_key) {
    if (sort_key.size() < 8) return "";
    return sort_key.substr(0, 4) + "-" + sort_key.substr(4, 2) + "-" + sort_key.substr(6, 2);
}

std::string human_bytes(std::uintmax_t bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes);
    int unit = 0;
    while (value >= 1024 && unit < 4) {
        value /= 1024;
        ++unit;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, unit == 0 ? "%.0f %s" : "%.1f %s", value, units[unit]);
    return buf;
}

}  // namespace

int run_stats(const StatsArgs& args) {
    std::string path = resolve_db_path(args.db);
    Xapian::Database db = open_readonly(path);

    Xapian::doccount documents = db.get_doccount();
    // Authors and sites are counted by their boolean terms; the date span is the date slot's bounds.
    std::size_t authors = count_terms_with_prefix(db, schema::kAuthorExact);
    std::size_t sites = count_terms_with_prefix(db, schema::kSite);
    Xapian::doccount dated = db.get_value_freq(schema::kSlotDate);
    std::string first = dated ? day_of(db.get_value_lower_bound(schema::kSlotDate)) : "";
    std::string last = dated ? day_of(db.get_value_upper_bound(schema::kSlotDate)) : "";
    std::uintmax_t size = database_size_bytes(path);
    std::string schema_version = db.get_metadata(std::string(schema::kMetaSchemaVersion));

    if (args.format == OutputFormat::text) {
        std::cout << "database:   " << path << '\n'
                  << "documents:  " << documents << '\n'
                  << "dated:      " << dated << '\n'
                  << "date span:  " << (dated ? first + " .. " + last : "none") << '\n'
                  << "authors:    " << authors << '\n'
                  << "sites:      " << sites << '\n'
                  << "size:       " << human_bytes(size) << '\n'
                  << "schema:     " << schema_version << '\n';
    } else {
        nlohmann::ordered_json j{{"db", path},
                                 {"documents", documents},
                                 {"dated", dated},
                                 {"first_date", dated ? nlohmann::ordered_json(first) : nlohmann::ordered_json()},
                                 {"last_date", dated ? nlohmann::ordered_json(last) : nlohmann::ordered_json()},
                                 {"authors", authors},
                                 {"sites", sites},
                                 {"size_bytes", size},
                                 {"schema_version", std::atoi(schema_version.c_str())}};
        std::cout << j.dump() << '\n';
    }
    return 0;
}

}  // namespace newsarc
