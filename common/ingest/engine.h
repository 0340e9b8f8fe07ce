// The ingest engine `add`, `sync` and `reindex` share: read, clean, learn boilerplate and write
// articles into an archive (as parallel shards when it is fresh), with hooks for what differs.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

#include "common/clean/boilerplate_learner.h"
#include "common/clean/cleaner.h"
#include "common/index/index_settings.h"
#include "common/store/database.h"
#include "common/store/record_codec.h"
#include "common/ingest/inputs.h"
#include "common/ingest/progress.h"
#include "common/ingest/shard_writer.h"

namespace newsarc {

// The archive as the engine leaves it to a command's last step: open for writing, before the final
// commit (so that step's changes land in the same commit).
struct IngestFinish {
    // The archive's databases: one, or every shard of a sharded archive in order (an article lives
    // in shard shard_of(id, count)). The first holds the per-archive state.
    std::vector<Xapian::WritableDatabase>& databases;
    Xapian::WritableDatabase& db;  // databases.front()
    const RecordCodec& codec;
    const IndexSettings& settings;
    const BoilerplateLearner& learner;
    Progress& progress;
};

struct IngestRequest {
    std::string db_path;  // resolved
    std::vector<std::string> files;
    CleanOptions options;
    unsigned jobs = 1;
    unsigned shards = 1;  // > 1: a new archive is created as that many shards (add --shards)
    bool sharded_when_fresh = true;  // a fresh archive and jobs > 1: build shards and merge them
    bool quiet = false;
    double wait = kDefaultLockWaitSeconds;  // for another writer's lock
    bool upgrade = false;                   // reindex: may write into an archive of an older schema
    bool body_positions = true;         // for a new archive
    bool body_positions_given = false;  // the user chose: warn when the archive differs
    bool rewrite_all = false;           // no "unchanged": every article is cleaned and rewritten
    bool learn = true;                  // count articles for boilerplate learning (not when re-reading)
    // Sees every article the inputs gave (written, unchanged or not wanted): its id, absolute file
    // and line, and every diagnostic, in input order.
    std::function<void(const std::string& id, const std::string& file, std::size_t line)> on_article;
    std::function<void(const Diagnostic&)> on_diagnostic;
    // Which articles to write; all when unset.
    std::function<bool(const std::string& id)> wanted;
    // The command's own last step on the archive (not called for a fresh parallel build).
    std::function<void(IngestFinish&)> finish;
};

struct IngestResult {
    WriteCounts counts;
    double seconds = 0;
};

// --jobs as given, 0 meaning all cores.
unsigned resolve_jobs(unsigned jobs);

// Runs the whole ingest; diagnostics go to `reporter`. Throws FatalError when the archive cannot
// be opened or written (everything up to the last commit is kept).
IngestResult run_ingest(const IngestRequest& request, Reporter& reporter);

}  // namespace newsarc
