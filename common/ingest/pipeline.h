// The read-and-clean pipeline: one reader thread streams the inputs, worker threads clean articles,
// and the consumer receives articles and diagnostics in input order.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "common/model/article.h"
#include "common/clean/cleaner.h"
#include "common/readers/reader.h"
#include "common/ingest/bounded_queue.h"

namespace newsarc {

// A source the archive already holds exactly as it is now (same fingerprint, file, line and schema):
// skipped without cleaning. `id` is the stored article's (when asked for).
struct UnchangedSource {
    std::string id;
    std::string file;  // absolute, as Article::source_file
    std::size_t line = 0;
};

using CleanItem = std::variant<Article, Diagnostic, UnchangedSource>;

class ArticlePipeline {
public:
    // Starts the threads at once; `workers` cleaning threads (at least one). With `archive` (a
    // database path), sources it already holds as they are come out as UnchangedSource, with their
    // id when `want_ids` (reading it costs a third of the time of an unchanged re-add). Articles
    // carry their provenance (Article::source_file, source_line).
    ArticlePipeline(std::vector<std::string> files, CleanOptions options, unsigned workers,
                    std::string archive = {}, bool want_ids = false);
    ~ArticlePipeline();
    ArticlePipeline(const ArticlePipeline&) = delete;
    ArticlePipeline& operator=(const ArticlePipeline&) = delete;

    // The next item in input order (a reader's or cleaner's diagnostic, or a cleaned article);
    // false at the end of the inputs.
    bool next(CleanItem& item);

    // Bytes of the input files whose articles the consumer has been given, for progress (the reader
    // runs ahead of the consumer, so its own count would overstate it).
    std::uint64_t bytes_done() const { return bytes_done_; }

private:
    struct Batch {
        std::uint64_t seq = 0;
        std::uint64_t bytes_before = 0;  // input bytes of the files finished before this batch ended
        std::vector<ReadItem> items;
    };
    struct Cleaned {
        std::uint64_t bytes_before = 0;
        std::vector<CleanItem> items;
    };

    void read_all();
    void clean_batches();
    void stop();

    std::vector<std::string> files_;
    CleanOptions options_;
    std::string archive_;
    bool want_ids_;
    BoundedQueue<Batch> to_clean_;

    std::mutex done_mutex_;
    std::condition_variable done_changed_;
    std::map<std::uint64_t, Cleaned> done_;  // cleaned batches waiting for their turn
    std::uint64_t batches_total_ = 0;                       // set when the reader has finished
    bool reader_finished_ = false;
    bool stopping_ = false;

    std::uint64_t next_seq_ = 0;  // consumer side only
    std::vector<CleanItem> current_;
    std::size_t current_pos_ = 0;

    std::uint64_t bytes_done_ = 0;  // consumer side only
    std::vector<std::thread> threads_;
};

}  // namespace newsarc
