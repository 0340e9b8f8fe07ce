// Sharded fresh builds: layout under <db>.build/, resuming, and the final compaction.
#include "indexer/bulk_build.h"

#include <filesystem>
#include <fstream>

#include "common/diagnostic.h"
#include "common/schema.h"
#include "common/store/database.h"

namespace fs = std::filesystem;

namespace newsarc {

ShardedBuild::ShardedBuild(std::string db_path, unsigned shards)
    : db_path_(std::move(db_path)), build_dir_(db_path_ + ".build") {
    std::error_code ec;
    fs::path count_file = fs::path(build_dir_) / "shards";
    if (std::ifstream in(count_file); in && in >> shards && shards > 0) {
        resumed_ = true;
    } else {
        fs::remove_all(build_dir_, ec);
        fs::create_directories(build_dir_, ec);
        if (ec) throw FatalError("cannot create " + build_dir_ + ": " + ec.message());
        std::ofstream(count_file) << shards << '\n';
    }
    for (unsigned i = 0; i < shards; ++i) shard_paths_.push_back(build_dir_ + "/shard-" + std::to_string(i));
}

std::vector<Xapian::WritableDatabase> ShardedBuild::open_shards() const {
    std::vector<Xapian::WritableDatabase> shards;
    for (const auto& path : shard_paths_) {
        try {
            shards.emplace_back(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC);
        } catch (const Xapian::DatabaseLockError&) {
            throw FatalError(build_dir_ + " is being written by another newsarc-index");
        } catch (const Xapian::Error& e) {
            throw FatalError("cannot open shard " + path + ": " + e.get_description() + " (remove " + build_dir_ +
                             " to start the build afresh)");
        }
    }
    return shards;
}

void ShardedBuild::merge(const std::function<void(Xapian::WritableDatabase&)>& add_metadata) {
    std::string merged = build_dir_ + "/merged";
    std::error_code ec;
    fs::remove_all(merged, ec);
    Xapian::Database all;
    for (const auto& path : shard_paths_) all.add_database(Xapian::Database(path));
    all.compact(merged, Xapian::DBCOMPACT_MULTIPASS);

    // Keep what an existing empty database carried (learned boilerplate, settings).
    Xapian::WritableDatabase out(merged, Xapian::DB_OPEN);
    if (fs::exists(db_path_, ec)) {
        Xapian::Database old(db_path_);
        for (auto key = old.metadata_keys_begin(); key != old.metadata_keys_end(); ++key)
            if (out.get_metadata(*key).empty()) out.set_metadata(*key, old.get_metadata(*key));
    }
    out.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
    add_metadata(out);
    out.commit();
    out.close();

    // The merged database takes the place of the old (empty) one in one step.
    std::string old = swap_database_dir(merged, db_path_);
    if (!old.empty()) fs::remove_all(old, ec);
    fs::remove_all(build_dir_, ec);
}

}  // namespace newsarc
