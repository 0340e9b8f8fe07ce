// Sharded archives: their layout and creation.
#include "common/store/sharded_archive.h"

#include <unistd.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>

#include "common/diagnostic.h"
#include "common/store/database.h"
#include "common/store/shards.h"

namespace fs = std::filesystem;

namespace newsarc {

unsigned shard_of(const std::string& id, unsigned shards) {
    return static_cast<unsigned>(XXH3_64bits(id.data(), id.size()) % shards);
}

bool is_sharded_archive(const std::string& path) {
    std::error_code ec;
    if (!fs::is_regular_file(fs::path(path) / kStubName, ec)) return false;
    try {
        for (const auto& shard : expand_db_arguments({path}))
            if (shard.kind != ShardSpec::Kind::local) return false;
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

std::vector<std::string> archive_shards(const std::string& path) {
    std::vector<std::string> paths;
    for (const auto& shard : expand_db_arguments({path})) paths.push_back(shard.location);
    return paths;
}

std::vector<std::string> archive_databases(const std::string& path) {
    return is_sharded_archive(path) ? archive_shards(path) : std::vector<std::string>{path};
}

void create_sharded_archive(const std::string& path, unsigned shards) {
    if (shards < 2) throw UsageError("a sharded archive has at least 2 shards");
    std::error_code ec;
    if (fs::exists(path, ec) && !(fs::is_directory(path, ec) && fs::is_empty(path, ec)))
        throw FatalError(path + " already exists; a new sharded archive needs a new folder");
    // Made beside its place and renamed into it (onto an empty folder, as `init` may leave), so that
    // an interruption never leaves shards without their stub where the archive should be.
    std::string scratch = path + ".creating-" + std::to_string(::getpid());
    fs::remove_all(scratch, ec);
    fs::create_directories(scratch, ec);
    if (ec) throw FatalError("cannot create " + scratch + ": " + ec.message());
    std::string stub_text = "# newsarc sharded archive: one shard per line, in routing order\n";
    for (unsigned i = 0; i < shards; ++i) {
        std::string name = "shard-" + std::to_string(i);
        open_writable((fs::path(scratch) / name).string(), 0).commit();
        stub_text += "auto " + name + "\n";
    }
    {
        std::ofstream out(fs::path(scratch) / kStubName);
        out << stub_text;
        if (!out.flush()) throw FatalError("cannot write the stub of " + path);
    }
    fs::rename(scratch, path, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
        throw FatalError("cannot create " + path + ": " + ec.message());
    }
}

}  // namespace newsarc
