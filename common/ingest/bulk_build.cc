// Sharded fresh builds: layout under <db>.build/, resuming, and the final compaction.
#include "common/ingest/bulk_build.h"

#include <filesystem>
#include <fstream>

#include "common/base/diagnostic.h"
#include "common/base/notice.h"
#include "common/base/read_file.h"
#include "common/model/schema.h"
#include "common/store/database.h"
#include "common/store/ownership.h"

namespace fs = std::filesystem;

namespace newsarc {

ShardedBuild::ShardedBuild(std::string db_path, unsigned shards, const std::string& identity)
    : db_path_(std::move(db_path)), build_dir_(scratch_beside(db_path_, ".build")) {
    const std::string purpose = "build " + db_path_;
    fs::path count_file = fs::path(build_dir_) / "shards";
    fs::path manifest = fs::path(build_dir_) / "manifest";
    if (survey(build_dir_).kind != FolderSurvey::Kind::missing) {
        ScratchOwner owner = scratch_owner(build_dir_);
        if (owner.pid == 0)
            throw FatalError(build_dir_ + " exists and is not a build folder of newsarc's; move it away to build " +
                             db_path_);
        if (owner.alive)
            throw FatalError(build_dir_ + " is being written by another newsarc-index (pid " +
                             std::to_string(owner.pid) + ")");
        // Only the interrupted build of the same inputs into the same empty archive goes on.
        std::ifstream in(count_file);
        if (read_small_file(manifest.string()) == identity && in >> shards && shards > 0) {
            claim_scratch_dir(build_dir_, purpose);
            resumed_ = true;
        } else {
            remove_scratch_dir(build_dir_);
            notice("note", "removed " + build_dir_ + ", an interrupted build of other inputs or of another archive");
        }
    }
    if (!resumed_) {
        make_scratch_dir(build_dir_, purpose);
        std::ofstream(count_file) << shards << '\n';
        std::ofstream(manifest) << identity;
    }
    for (unsigned i = 0; i < shards; ++i) shard_paths_.push_back(build_dir_ + "/shard-" + std::to_string(i));
}

std::vector<Xapian::WritableDatabase> ShardedBuild::open_shards() const {
    std::vector<Xapian::WritableDatabase> shards;
    for (const auto& path : shard_paths_) {
        try {
            shards.emplace_back(path, Xapian::DB_CREATE_OR_OPEN | Xapian::DB_NO_SYNC | Xapian::DB_BACKEND_GLASS);
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
    clear_in_scratch(build_dir_, "merged");
    Xapian::Database all;
    for (const auto& path : shard_paths_) all.add_database(Xapian::Database(path, Xapian::DB_BACKEND_GLASS));
    all.compact(merged, Xapian::DBCOMPACT_MULTIPASS);

    // Keep what the existing empty archive carried (learned boilerplate, settings).
    Xapian::WritableDatabase out(merged, Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
    if (survey(db_path_).kind == FolderSurvey::Kind::database) {
        Xapian::Database old = open_database_dir(db_path_);
        for (auto key = old.metadata_keys_begin(); key != old.metadata_keys_end(); ++key)
            if (out.get_metadata(*key).empty()) out.set_metadata(*key, old.get_metadata(*key));
    }
    out.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
    add_metadata(out);
    out.commit();
    out.close();

    // The merged database takes the place of the empty one in one step; the empty one lands in the
    // build folder, which goes with it.
    swap_database_dir(merged, db_path_, build_dir_ + "/old");
    remove_scratch_dir(build_dir_);
}

}  // namespace newsarc
