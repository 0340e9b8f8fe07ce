// Fresh builds on all cores: articles are routed by id to shard databases written in parallel under
// <db>.build/, then merged into <db> with Xapian's compaction.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <xapian.h>

namespace newsarc {


class ShardedBuild {
public:
    // Creates the scratch folder <db>.build/ with `shards` shard databases, or resumes the one an
    // interrupted run left when its `identity` (the empty archive's uuid, the inputs and settings)
    // is the same, keeping its shard count so that every id still routes to the shard that may hold
    // it. A build folder of other inputs, or left over by a run whose archive has changed since, is
    // removed; one that newsarc's marker does not claim, or that a running newsarc writes, is a
    // FatalError.
    ShardedBuild(std::string db_path, unsigned shards, const std::string& identity);

    unsigned shard_count() const { return static_cast<unsigned>(shard_paths_.size()); }
    bool resumed() const { return resumed_; }

    // Opens every shard for writing without fsync: shards are scratch until merged.
    std::vector<Xapian::WritableDatabase> open_shards() const;

    // Compacts the shards into <db> (replacing an empty database there, keeping its metadata) and
    // removes <db>.build/. Readers see the empty database (held locked by the build) or the complete one.
    // `add_metadata` writes what the archive keeps beside the documents (dictionaries...).
    void merge(const std::function<void(Xapian::WritableDatabase&)>& add_metadata);

private:
    std::string db_path_;
    std::string build_dir_;
    std::vector<std::string> shard_paths_;
    bool resumed_ = false;
};


}  // namespace newsarc
