// `newsarc-index stats`: what the archive holds.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "common/cli/db_path.h"
#include "common/store/database.h"
#include "common/maintain/stats.h"
#include "common/cli/json_output.h"
#include "indexer/commands.h"

namespace newsarc {
namespace {

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

template <class Count>
void print_counts(const char* title, const std::vector<std::pair<std::string, Count>>& counts, std::ostream& out) {
    if (counts.empty()) return;
    out << title << '\n';
    std::size_t width = 0;
    for (const auto& [name, count] : counts) width = std::max(width, name.size());
    for (const auto& [name, count] : counts)
        out << "  " << (name.empty() ? "(none)" : name) << std::string(width - std::min(width, name.size()) + 2, ' ')
            << count << '\n';
}

nlohmann::ordered_json counts_json(const Counts& counts, const char* key) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& [name, count] : counts) out.push_back({{key, name}, {"count", count}});
    return out;
}

struct StatsArgs {
    std::string db;
    OutputFormat format = OutputFormat::text;
};

int run_stats(const StatsArgs& args) {
    std::string path = resolve_db_path(args.db);
    Xapian::Database db = open_readonly(path);
    ArchiveStats s = gather_stats(db, path);

    if (args.format == OutputFormat::text) {
        char ratio[16];
        std::snprintf(ratio, sizeof ratio, "%.2f", s.stored_ratio);
        std::cout << "database:   " << path << '\n'
                  << "documents:  " << s.documents << '\n'
                  << "dated:      " << s.dated << '\n'
                  << "date span:  " << (s.dated ? s.first_date + " .. " + s.last_date : "none") << '\n'
                  << "authors:    " << s.authors << '\n'
                  << "sites:      " << s.sites << '\n'
                  << "size:       " << human_bytes(s.size_bytes) << '\n'
                  << "stored:     " << ratio << " of the articles' size (zstd"
                  << (s.dictionary ? " with dictionary " + std::to_string(s.dictionary) : "") << ")\n"
                  << "positions:  " << (s.body_positions ? "title, authors and body" : "title and authors") << '\n'
                  << "schema:     " << s.schema_version << '\n'
                  << "cleaner:    " << s.cleaner_min
                  << (s.cleaner_max != s.cleaner_min ? ".." + std::to_string(s.cleaner_max) : "") << '\n';
        print_counts("\nby year", s.by_year, std::cout);
        print_counts("\nby language", s.by_language, std::cout);
        print_counts("\ntop sites", s.top_sites, std::cout);
        print_counts("\ntop authors", s.top_authors, std::cout);
        print_counts("\ntables (bytes)", s.table_bytes, std::cout);
    } else {
        nlohmann::ordered_json tables = nlohmann::ordered_json::object();
        for (const auto& [name, bytes] : s.table_bytes) tables[name] = bytes;
        nlohmann::ordered_json j{{"db", path},
                                 {"documents", s.documents},
                                 {"dated", s.dated},
                                 {"first_date", s.dated ? nlohmann::ordered_json(s.first_date) : nlohmann::ordered_json()},
                                 {"last_date", s.dated ? nlohmann::ordered_json(s.last_date) : nlohmann::ordered_json()},
                                 {"authors", s.authors},
                                 {"sites", s.sites},
                                 {"size_bytes", s.size_bytes},
                                 {"schema_version", s.schema_version},
                                 {"cleaner_versions", {s.cleaner_min, s.cleaner_max}},
                                 {"body_positions", s.body_positions},
                                 {"stored_ratio", s.stored_ratio},
                                 {"zstd_dictionary", s.dictionary},
                                 {"by_year", counts_json(s.by_year, "year")},
                                 {"by_language", counts_json(s.by_language, "language")},
                                 {"top_sites", counts_json(s.top_sites, "site")},
                                 {"top_authors", counts_json(s.top_authors, "author")},
                                 {"table_bytes", tables}};
        print_json(j, std::cout);
    }
    return 0;
}

}  // namespace

Command stats_command(CLI::App& app) {
    auto args = std::make_shared<StatsArgs>();
    auto* cmd = app.add_subcommand("stats", "Summarise what the archive holds");
    add_db_option(cmd, args->db);
    add_format_option(cmd, args->format, {"text", "json"});
    cmd->footer("Examples:\n  newsarc-index stats\n  newsarc-index stats --db ~/news --format json");
    return {cmd, [args] { return run_stats(*args); }};
}

}  // namespace newsarc
