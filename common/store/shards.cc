// Opening sharded archives shard by shard.
#include "common/store/shards.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "common/base/diagnostic.h"
#include "common/base/read_file.h"
#include "common/store/database.h"
#include "common/store/sharded_archive.h"
#include "common/text/strutil.h"

namespace fs = std::filesystem;

namespace newsarc {
namespace {

// A stub is a small text file; a database folder is a folder.
bool is_stub_file(const std::string& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);
}

Xapian::Database open_remote(const ShardSpec& shard, double timeout_seconds) {
    auto ms = static_cast<unsigned>(timeout_seconds * 1000);
    if (!shard.program.empty()) return Xapian::Remote::open(shard.program, shard.location, ms);
    auto colon = shard.location.rfind(':');
    std::string host = shard.location.substr(0, colon);
    unsigned port = static_cast<unsigned>(std::stoul(shard.location.substr(colon + 1)));
    return Xapian::Remote::open(host, port, ms, ms);
}

// The program of a "remote :PROGRAM ARGS" line, as execvp would find it; empty when it would not.
std::string find_program(const std::string& program) {
    auto runnable = [](const fs::path& p) {
        std::error_code ec;
        return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
    };
    if (program.find('/') != std::string::npos) return runnable(program) ? program : "";
    const char* path = std::getenv("PATH");
    for (const auto& dir : strutil::split(path ? path : "/usr/bin:/bin", std::string_view(":")))
        if (!dir.empty() && runnable(fs::path(dir) / program)) return program;
    return "";
}

ShardSpec program_shard(std::string_view rest, StubTrust trust, const std::string& where) {
    if (trust != StubTrust::named_by_user)
        throw UsageError(where + ": a \"remote :PROGRAM\" line runs a program, and newsarc runs one only from a " +
                         "stub file named with --db or in the config, never from one found inside a folder");
    rest.remove_prefix(1);
    auto space = rest.find_first_of(" \t");
    std::string program(rest.substr(0, space));
    std::string args(space == std::string_view::npos ? std::string_view() : strutil::trim(rest.substr(space)));
    if (program.empty() || find_program(program).empty())
        throw UsageError(where + ": program \"" + program + "\" not found (a \"remote :PROGRAM ARGS\" line, " +
                         "such as \"remote :ssh HOST xapian-progsrv DB\")");
    return {ShardSpec::Kind::remote, args, "remote :" + std::string(rest), program};
}

}  // namespace

std::vector<ShardSpec> parse_stub(const std::string& text, const std::string& stub_path, StubTrust trust) {
    std::vector<ShardSpec> shards;
    fs::path base = fs::path(stub_path).parent_path();
    std::istringstream in(text);
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        std::string_view l = strutil::trim(line);
        if (l.empty() || l.front() == '#') continue;
        auto space = l.find_first_of(" \t");
        std::string_view type = space == std::string_view::npos ? std::string_view() : l.substr(0, space);
        std::string_view rest = space == std::string_view::npos ? l : strutil::trim(l.substr(space + 1));
        auto where = [&] { return stub_path + ":" + std::to_string(number); };
        if (type == "remote" && rest.starts_with(":")) {
            shards.push_back(program_shard(rest, trust, where()));
        } else if (type == "remote") {
            std::string location(rest);
            auto colon = location.rfind(':');
            bool port_ok = colon != std::string::npos && colon + 1 < location.size() &&
                           location.find_first_not_of("0123456789", colon + 1) == std::string::npos;
            if (!port_ok)
                throw UsageError(where() + ": expected \"remote HOST:PORT\" (a TCP xapian-tcpsrv), found \"" +
                                 std::string(l) + "\"");
            shards.push_back({ShardSpec::Kind::remote, location, "remote " + location, ""});
        } else if (type == "auto" || type == "glass" || type.empty()) {
            fs::path p(std::string(type.empty() ? l : rest));
            if (p.is_relative()) p = base / p;
            shards.push_back({ShardSpec::Kind::local, p.lexically_normal().string(), p.lexically_normal().string(), ""});
        } else {
            throw UsageError(where() + ": unknown shard type \"" + std::string(type) +
                             "\" (use a path, \"auto PATH\" or \"remote HOST:PORT\")");
        }
    }
    if (shards.empty()) throw UsageError(stub_path + ": the stub file names no shards");
    return shards;
}

std::vector<ShardSpec> expand_db_arguments(const std::vector<std::string>& dbs) {
    std::vector<ShardSpec> shards;
    for (const auto& db : dbs) {
        bool named = is_stub_file(db);
        std::string stub = named ? db : (fs::path(db) / kStubName).string();
        if (is_stub_file(stub)) {
            auto more = parse_stub(read_small_file(stub), stub, named ? StubTrust::named_by_user : StubTrust::found_in_folder);
            shards.insert(shards.end(), more.begin(), more.end());
        } else {
            shards.push_back({ShardSpec::Kind::local, db, db, ""});
        }
    }
    return shards;
}

OpenArchive open_archive(const std::vector<ShardSpec>& shards, double timeout_seconds, bool allow_partial) {
    OpenArchive archive;
    std::string last_error;
    for (const auto& shard : shards) {
        try {
            Xapian::Database db = shard.kind == ShardSpec::Kind::remote ? open_remote(shard, timeout_seconds)
                                                                        : open_database_dir(shard.location);
            if (shard.kind == ShardSpec::Kind::remote) check_schema_version(db, shard.label);
            archive.db.add_database(db);
            archive.leaves.push_back(db);
            archive.shards.push_back(shard.label);
        } catch (const Xapian::Error& e) {
            last_error = "shard " + shard.label + " did not answer: " + e.get_description();
            if (!allow_partial) throw FatalError(last_error + " (--allow-partial searches the other shards)");
            archive.missing.push_back(shard.label);
        } catch (const FatalError& e) {
            last_error = e.what();
            if (!allow_partial) throw;
            archive.missing.push_back(shard.label);
        }
    }
    if (archive.shards.empty()) throw FatalError(shards.size() == 1 ? last_error : "no shard answered: " + last_error);
    return archive;
}

}  // namespace newsarc
