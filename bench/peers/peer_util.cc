#include "bench/peers/peer_util.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <variant>

#include "common/clean/cleaner.h"
#include "common/base/diagnostic.h"
#include "common/readers/reader.h"

namespace fs = std::filesystem;

namespace newsarc::bench {

std::vector<std::string> list_inputs(const std::vector<std::string>& paths) {
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<std::string> found;
            for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec)) {
                if (it->is_regular_file(ec) && is_article_file(it->path().string())) found.push_back(it->path().string());
            }
            std::sort(found.begin(), found.end());
            files.insert(files.end(), found.begin(), found.end());
        } else if (fs::exists(path, ec)) {
            files.push_back(path);
        } else {
            std::cerr << path << ": no such file or folder\n";
            std::exit(2);
        }
    }
    return files;
}

std::uintmax_t total_bytes(const std::vector<std::string>& files) {
    std::uintmax_t total = 0;
    for (const auto& f : files) {
        std::error_code ec;
        auto size = fs::file_size(f, ec);
        if (!ec) total += size;
    }
    return total;
}

ReadCounts for_each_clean_article(const std::vector<std::string>& files,
                                  const std::function<void(Article&&)>& sink) {
    ReadCounts counts;
    for (const auto& file : files) {
        auto reader = open_reader(file);
        while (auto item = reader->next()) {
            if (auto* d = std::get_if<Diagnostic>(&*item)) {
                if (d->severity == Severity::error) ++counts.rejected;
                continue;
            }
            try {
                CleanResult cleaned = clean_article(std::get<RawArticle>(*item));
                ++counts.articles;
                sink(std::move(cleaned.article));
            } catch (const InputError&) {
                ++counts.rejected;
            }
        }
    }
    return counts;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double percentile(std::vector<double>& values, double q) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

std::string json_string(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

std::vector<BenchQuery> load_queries(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << path << ": cannot read the query file\n";
        std::exit(2);
    }
    std::vector<BenchQuery> queries;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::size_t start = 0;
        while (true) {
            auto tab = line.find('\t', start);
            cols.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
            if (tab == std::string::npos) break;
            start = tab + 1;
        }
        cols.resize(6);
        queries.push_back(BenchQuery{cols[0], cols[1], cols[2], cols[3], cols[4], cols[5]});
    }
    return queries;
}

std::string describe(const BenchQuery& q) {
    std::string s = q.text;
    if (!q.author.empty()) s += " --author " + q.author;
    if (!q.site.empty()) s += " --site " + q.site;
    if (!q.since.empty() || !q.until.empty()) s += " date:" + q.since + ".." + q.until;
    return s;
}

const std::vector<RelevanceTopic>& relevance_topics() {
    static const std::vector<RelevanceTopic> topics{
        {"coffee", "coffee"},     {"gold", "gold"},         {"crude", "crude"},
        {"sugar", "sugar"},       {"grain", "grain"},       {"cocoa", "cocoa"},
        {"interest", "interest"}, {"ship", "ship"},         {"trade", "trade"},
        {"money-fx", "foreign exchange"}, {"wheat", "wheat"}, {"corn", "corn"},
        {"copper", "copper"},     {"cotton", "cotton"},     {"rubber", "rubber"},
        {"tin", "tin"},           {"silver", "silver"},     {"livestock", "livestock"},
        {"jobs", "jobs"},         {"reserves", "reserves"}, {"housing", "housing"},
        {"retail", "retail"},     {"nat-gas", "natural gas"}, {"veg-oil", "vegetable oil"},
        {"soybean", "soybean"},   {"coconut", "coconut"},   {"zinc", "zinc"},
        {"alum", "aluminium"},    {"oilseed", "oilseed"},   {"rice", "rice"},
    };
    return topics;
}

std::string latency_json(std::vector<double> ms) {
    double sum = 0, max = 0;
    for (double v : ms) {
        sum += v;
        max = std::max(max, v);
    }
    char buf[256];
    std::snprintf(buf, sizeof buf, "\"p50_ms\":%.3f,\"p95_ms\":%.3f,\"p99_ms\":%.3f,\"mean_ms\":%.3f,\"max_ms\":%.3f",
                  percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), ms.empty() ? 0.0 : sum / ms.size(),
                  max);
    return buf;
}

void SearchTally::timed(const BenchQuery& q, double ms) {
    all_.push_back(ms);
    by_kind_[q.kind].push_back(ms);
    by_query_[q.kind + " " + describe(q)].push_back(ms);
    if (ms > slowest_ms_) {
        slowest_ms_ = ms;
        slowest_ = describe(q);
    }
}

std::vector<std::string> SearchTally::slowest(std::size_t n) const {
    std::vector<std::pair<double, std::string>> medians;
    for (auto [query, ms] : by_query_) medians.emplace_back(percentile(ms, 0.5), query);
    std::sort(medians.rbegin(), medians.rend());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n && i < medians.size(); ++i) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%8.3f  ", medians[i].first);
        out.push_back(buf + medians[i].second);
    }
    return out;
}

std::string SearchTally::json(const std::string& engine, std::size_t documents, std::size_t queries,
                              int passes) const {
    std::string out = "{\"engine\":" + json_string(engine) + ",\"documents\":" + std::to_string(documents) +
                      ",\"queries\":" + std::to_string(queries) + ",\"passes\":" + std::to_string(passes) +
                      ",\"zero_hits\":" + std::to_string(zero_hits_) + ",\"errors\":" + std::to_string(errors_) +
                      ",\"mean_hits\":" +
                      std::to_string(queries == 0 ? 0.0 : static_cast<double>(hits_total_) / queries) + "," +
                      latency_json(all_) + ",\"slowest\":" + json_string(slowest_) + ",\"by_kind\":{";
    bool first = true;
    for (const auto& [kind, ms] : by_kind_) {
        out += first ? "" : ",";
        out += json_string(kind) + ":{" + latency_json(ms) + "}";
        first = false;
    }
    return out + "}}";
}

}  // namespace newsarc::bench
