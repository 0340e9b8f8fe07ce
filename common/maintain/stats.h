// What `stats` reports about an archive, gathered from its terms, values, metadata and files.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

namespace newsarc {

using Counts = std::vector<std::pair<std::string, Xapian::doccount>>;

struct ArchiveStats {
    Xapian::doccount documents = 0, dated = 0;
    std::string first_date, last_date;  // YYYY-MM-DD, empty when nothing is dated
    std::size_t authors = 0, sites = 0;
    Counts by_year;                     // every year, in order
    Counts by_language;                 // every language (Article::language), most articles first
    Counts top_sites, top_authors;      // most articles first (authors as displayed)
    std::uintmax_t size_bytes = 0;
    std::vector<std::pair<std::string, std::uintmax_t>> table_bytes;  // Xapian table -> bytes
    double stored_ratio = 0;            // stored record bytes / article JSON bytes, over a sample
    std::uint32_t dictionary = 0;       // current zstd dictionary id, 0 for none
    int schema_version = 0, cleaner_min = 0, cleaner_max = 0;
    bool body_positions = false;
};

ArchiveStats gather_stats(const Xapian::Database& db, const std::string& path, std::size_t top = 10);

}  // namespace newsarc
