// One writer thread on one Xapian database: builds documents, skips unchanged articles, replaces by
// unique id, and commits in batches.
#pragma once

#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

#include <xapian.h>

#include "common/model/article.h"
#include "common/index/index_settings.h"
#include "common/store/record_codec.h"
#include "common/ingest/bounded_queue.h"

namespace newsarc {

struct WriteCounts {
    std::size_t added = 0, replaced = 0, unchanged = 0;
    WriteCounts& operator+=(const WriteCounts& o) {
        added += o.added;
        replaced += o.replaced;
        unchanged += o.unchanged;
        return *this;
    }
};

class ShardWriter {
public:
    // Takes over `db`; commits every `commit_every` written documents and at the end. `codec`
    // compresses stored articles and must outlive the writer. An article whose stored document is
    // the same (DocumentBuilder::compare) is skipped, one only moved is relocated; `rewrite_all`
    // rebuilds every document instead (`reindex --all`).
    ShardWriter(Xapian::WritableDatabase db, const RecordCodec& codec, IndexSettings settings,
                std::size_t commit_every, bool rewrite_all = false);
    ~ShardWriter();
    ShardWriter(const ShardWriter&) = delete;
    ShardWriter& operator=(const ShardWriter&) = delete;

    // Queues articles for writing; blocks while the writer is behind (backpressure).
    void submit(std::vector<Article> batch);

    // Writes what is queued, commits, and stops the thread. Rethrows the writer's error, if any.
    void finish();

    const WriteCounts& counts() const { return counts_; }  // valid after finish()
    Xapian::WritableDatabase& database() { return db_; }

private:
    void run();

    Xapian::WritableDatabase db_;
    const RecordCodec& codec_;
    IndexSettings settings_;
    std::size_t commit_every_;
    bool rewrite_all_;
    BoundedQueue<std::vector<Article>> queue_;
    WriteCounts counts_;
    std::exception_ptr error_;
    std::thread thread_;
    bool finished_ = false;
};

}  // namespace newsarc
