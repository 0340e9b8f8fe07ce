// Helpers shared by the benchmark's peers: finding input files, reading and cleaning them exactly as
// newsarc-index does, timing, percentiles and small JSON output. Not part of newsarc itself.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "common/model/article.h"

namespace newsarc::bench {

// Paths -> files: a folder is walked recursively for article files (sorted), a file is taken as is.
// Prints an error and exits with status 2 when a path does not exist.
std::vector<std::string> list_inputs(const std::vector<std::string>& paths);

// Total size of the files in bytes.
std::uintmax_t total_bytes(const std::vector<std::string>& files);

struct ReadCounts {
    std::size_t articles = 0;  // articles passed to the sink
    std::size_t rejected = 0;  // reader diagnostics and articles the cleaner refused
};

// Reads every file through newsarc's readers and cleaner (default CleanOptions) and passes each
// cleaned article to `sink`. Diagnostics are counted, not printed.
ReadCounts for_each_clean_article(const std::vector<std::string>& files,
                                  const std::function<void(Article&&)>& sink);

// Seconds since `start`.
double seconds_since(std::chrono::steady_clock::time_point start);

// The q-quantile (0..1) of `values` by the nearest-rank method; sorts `values`.
double percentile(std::vector<double>& values, double q);

// A JSON string literal.
std::string json_string(const std::string& s);

// One query of a query file: tab-separated columns
//   kind <TAB> text <TAB> author <TAB> site <TAB> since <TAB> until
// `text` is in newsarc's query language, restricted to words, "phrases" and title:word; the
// filters are empty or an author's last name, a host, and dates as YYYY or YYYY-MM-DD.
struct BenchQuery {
    std::string kind, text, author, site, since, until;
};
std::vector<BenchQuery> load_queries(const std::string& path);

// "author", "site" and "since..until" filters as a short description, for reports.
std::string describe(const BenchQuery& q);

// Reuters-21578 topic labels for the relevance test and the query typed for each: the label itself,
// except where the label is an abbreviation (money-fx, nat-gas, veg-oil).
struct RelevanceTopic {
    std::string label, query;
};
const std::vector<RelevanceTopic>& relevance_topics();

// Timing summary of a set of query latencies in milliseconds, as JSON members (no braces):
// "p50_ms":..,"p95_ms":..,"p99_ms":..,"mean_ms":..,"max_ms":..
std::string latency_json(std::vector<double> ms);

// What a search benchmark records: pass 0 warms up and counts hits and errors, later passes time.
class SearchTally {
public:
    void warm_up(std::size_t hits) {
        zero_hits_ += hits == 0;
        hits_total_ += hits;
    }
    void error() { ++errors_; }
    void timed(const BenchQuery& q, double ms);
    std::size_t errors() const { return errors_; }

    // The n queries of the highest median time over the passes, slowest first: "median_ms  query".
    std::vector<std::string> slowest(std::size_t n) const;

    // One JSON object: engine, documents, queries, passes, hit counts, latencies, by kind.
    std::string json(const std::string& engine, std::size_t documents, std::size_t queries, int passes) const;

private:
    std::vector<double> all_;
    std::map<std::string, std::vector<double>> by_kind_;
    std::map<std::string, std::vector<double>> by_query_;
    std::size_t zero_hits_ = 0, errors_ = 0, hits_total_ = 0;
    std::string slowest_;
    double slowest_ms_ = -1;
};

}  // namespace newsarc::bench
