// newsarc_search_bench DB QUERIES [--passes P]: in-process search latency of newsarc. Each query of
// the query file (see peer_util.h) goes through newsarc's search() exactly as newsarc-query runs it:
// top 10, snippets on. One untimed warm-up pass, then P timed passes (default 3); prints one JSON
// object with p50/p95/p99 over every timed run and per query kind.
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include <xapian.h>

#include "bench/peers/peer_util.h"
#include "common/store/database.h"
#include "query/date_spec.h"
#include "query/search.h"

using namespace newsarc;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: newsarc_search_bench DB QUERIES [--passes P]\n");
        return 2;
    }
    int passes = 3;
    for (int i = 3; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--passes") == 0) passes = std::atoi(argv[i + 1]);
    auto queries = bench::load_queries(argv[2]);
    Xapian::Database db = open_readonly(argv[1]);
    Timestamp today = local_today();
    SearchOptions options;  // relevance, top 10, 240-character snippets
    std::vector<double> all;
    std::map<std::string, std::vector<double>> by_kind;
    std::size_t zero_hits = 0, errors = 0, hits_total = 0;
    std::string slowest;
    double slowest_ms = -1;
    for (int pass = 0; pass <= passes; ++pass) {
        for (const auto& q : queries) {
            QuerySpec spec;
            spec.text = q.text;
            if (!q.author.empty()) spec.authors.push_back(q.author);
            if (!q.site.empty()) spec.sites.push_back(q.site);
            spec.since = q.since;
            spec.until = q.until;
            auto start = std::chrono::steady_clock::now();
            std::size_t hits = 0;
            try {
                SearchResults results = search(db, spec, options, today);
                hits = results.hits.size();
            } catch (const std::exception& e) {
                if (pass == 0) {
                    ++errors;
                    std::fprintf(stderr, "query %s: %s\n", bench::describe(q).c_str(), e.what());
                }
            }
            double ms = bench::seconds_since(start) * 1000;
            if (pass == 0) {
                zero_hits += hits == 0;
                hits_total += hits;
                continue;
            }
            all.push_back(ms);
            by_kind[q.kind].push_back(ms);
            if (ms > slowest_ms) {
                slowest_ms = ms;
                slowest = bench::describe(q);
            }
        }
    }
    std::string out = "{\"engine\":\"newsarc\",\"documents\":" + std::to_string(db.get_doccount()) +
                      ",\"queries\":" + std::to_string(queries.size()) + ",\"passes\":" + std::to_string(passes) +
                      ",\"zero_hits\":" + std::to_string(zero_hits) + ",\"errors\":" + std::to_string(errors) +
                      ",\"mean_hits\":" +
                      std::to_string(queries.empty() ? 0.0 : static_cast<double>(hits_total) / queries.size()) + "," +
                      bench::latency_json(all) + ",\"slowest\":" + bench::json_string(slowest) + ",\"by_kind\":{";
    bool first = true;
    for (auto& [kind, ms] : by_kind) {
        out += first ? "" : ",";
        out += bench::json_string(kind) + ":{" + bench::latency_json(ms) + "}";
        first = false;
    }
    std::cout << out << "}}\n";
    return errors ? 1 : 0;
}
