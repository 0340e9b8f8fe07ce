// newsarc_search_bench DB QUERIES [--passes P] [--slowest N] [--jobs J]: in-process search latency
// of newsarc (DB may be a stub file of local and remote shards, as newsarc-query's --db). Each query
// of the query file (see peer_util.h) goes through newsarc's Searcher as newsarc-query runs it: top
// 10, snippets on; a search of common words split over J threads (default: every core). One untimed warm-up pass, then P timed passes (default 3); prints one JSON
// object with p50/p95/p99 over every timed run and per query kind.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <map>
#include <string>

#include <xapian.h>

#include "bench/peers/peer_util.h"
#include "common/store/database.h"
#include "common/store/shards.h"
#include "common/querylang/date_spec.h"
#include "common/search/search.h"

using namespace newsarc;

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: newsarc_search_bench DB QUERIES [--passes P] [--slowest N] [--jobs J]\n");
        return 2;
    }
    int passes = 3;
    std::size_t slowest = 0;  // queries listed on stderr, by median time
    unsigned jobs = 0;        // threads one search may use (newsarc-query --jobs); 0: all cores
    for (int i = 3; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--passes") == 0) passes = std::atoi(argv[i + 1]);
        if (std::strcmp(argv[i], "--slowest") == 0) slowest = std::strtoul(argv[i + 1], nullptr, 10);
        if (std::strcmp(argv[i], "--jobs") == 0) jobs = static_cast<unsigned>(std::strtoul(argv[i + 1], nullptr, 10));
    }
    auto queries = bench::load_queries(argv[2]);
    std::vector<ShardSpec> shards = expand_db_arguments({argv[1]});
    OpenArchive archive = open_archive(shards, 30, false);
    Searcher searcher(archive.db, archive.leaves, [&] { return open_archive(shards, 30, false).db; });
    Timestamp today = local_today();
    SearchOptions options;  // relevance, top 10, 240-character snippets
    options.threads = jobs;
    for (const auto& s : shards) options.remote = options.remote || s.kind == ShardSpec::Kind::remote;
    bench::SearchTally tally;
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
                SearchResults results = searcher.search(spec, options, today);
                hits = results.hits.size();
            } catch (const std::exception& e) {
                if (pass == 0) {
                    tally.error();
                    std::fprintf(stderr, "query %s: %s\n", bench::describe(q).c_str(), e.what());
                }
            }
            double ms = bench::seconds_since(start) * 1000;
            if (pass == 0)
                tally.warm_up(hits);
            else
                tally.timed(q, ms);
        }
    }
    for (const auto& line : tally.slowest(slowest)) std::fprintf(stderr, "%s\n", line.c_str());
    std::cout << tally.json("newsarc", searcher.database().get_doccount(), queries.size(), passes) << '\n';
    return tally.errors() ? 1 : 0;
}
