// Sharded archives: their layout and creation.
#include "common/store/sharded_archive.h"

#include <unistd.h>
#include <xxhash.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/base/diagnostic.h"
#include "common/store/database.h"
#include "common/store/ownership.h"
#include "common/store/shards.h"
#include "common/text/strutil.h"

namespace fs = std::filesystem;

namespace newsarc {

unsigned shard_of(const std::string& id, unsigned shards) {
    return static_cast<unsigned>(XXH3_64bits(id.data(), id.size()) % shards);
}

bool is_shard_name(std::string_view name) {
    return name.starts_with("shard-") && name.size() > 6 &&
           name.find_first_not_of("0123456789", 6) == std::string_view::npos;
}

bool is_newsarc_stub(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    bool any = false;
    while (std::getline(in, line)) {
        std::string_view l = strutil::trim(line);
        if (l.empty() || l.front() == '#') continue;
        if (!l.starts_with("auto ") || !is_shard_name(strutil::trim(l.substr(5)))) return false;
        any = true;
    }
    return any;
}

bool is_sharded_archive(const std::string& path) { return survey(path).kind == FolderSurvey::Kind::sharded; }

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
    FolderSurvey::Kind kind = survey(path).kind;
    if (kind != FolderSurvey::Kind::missing && kind != FolderSurvey::Kind::empty)
        throw FatalError(path + " already exists; a new sharded archive needs a new or empty folder");
    // Made beside its place and moved into it whole (onto an empty folder, as `init` may leave), so
    // that an interruption never leaves shards without their stub where the archive should be.
    sweep_scratch_beside(path, false);
    ScopedScratch scratch(scratch_beside(path, ".creating-" + std::to_string(::getpid())),
                          "create the sharded archive " + path);
    std::string made = (fs::path(scratch.path()) / "archive").string();
    std::error_code ec;
    fs::create_directory(made, ec);
    if (ec) throw FatalError("cannot create " + made + ": " + ec.message());
    std::string stub_text = "# newsarc sharded archive: one shard per line, in routing order\n";
    for (unsigned i = 0; i < shards; ++i) {
        std::string name = "shard-" + std::to_string(i);
        open_writable((fs::path(made) / name).string(), 0, OnMissing::create).commit();
        stub_text += "auto " + name + "\n";
    }
    {
        std::ofstream out(fs::path(made) / kStubName);
        out << stub_text;
        if (!out.flush()) throw FatalError("cannot write the stub of " + path);
    }
    move_into_place(made, path);
}

}  // namespace newsarc
