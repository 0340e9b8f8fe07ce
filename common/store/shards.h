// Archives spread over several databases: Xapian stub files (local shards and `remote host:port`
// shards served by xapian-tcpsrv) and several --db, opened shard by shard so that a shard that
// does not answer is named, and can be left out when the user allows it.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

namespace newsarc {

struct ShardSpec {
    enum class Kind { local, remote } kind = Kind::local;
    std::string location;  // a database directory, host:port, or a program's arguments
    std::string label;     // how messages name it: the path, "remote host:port", "remote :PROGRAM ARGS"
    std::string program;   // remote only: the program that serves the shard on its stdin and stdout
};

// Whether a stub may name programs to run. Xapian's stubs may ("remote :ssh host xapian-progsrv
// DB"), so a stub is trusted only when the user named it: with --db or in the config. A stub found
// inside a folder (its XAPIANDB) may have come with the folder from anyone: never trusted.
enum class StubTrust { named_by_user, found_in_folder };

// The lines of a stub file (Xapian's format: "auto PATH", "glass PATH", "remote HOST:PORT",
// "remote :PROGRAM ARGS", or a bare path; '#' comments) as shards; relative paths are relative to
// the stub's folder. Throws UsageError naming the stub and line for a line it cannot use, a program
// line in a stub found in a folder among them.
std::vector<ShardSpec> parse_stub(const std::string& text, const std::string& stub_path,
                                  StubTrust trust = StubTrust::named_by_user);

// `--db` values -> shards: a stub file (named by the user), a folder holding a stub named XAPIANDB
// (found in a folder), or a database folder (one local shard). Local shards are always opened as
// glass databases: a stub inside one is never followed.
std::vector<ShardSpec> expand_db_arguments(const std::vector<std::string>& dbs);

struct OpenArchive {
    Xapian::Database db;
    std::vector<Xapian::Database> leaves;  // each shard searched on its own, in db's order
    std::vector<std::string> shards;   // labels of the shards searched
    std::vector<std::string> missing;  // labels of the shards left out (allow_partial only)
};

// Opens every shard (remote ones with `timeout_seconds` to connect and to answer). A shard that
// cannot be opened is a FatalError naming it, or with `allow_partial` is left out and listed in
// `missing` (all of them missing is still an error).
OpenArchive open_archive(const std::vector<ShardSpec>& shards, double timeout_seconds, bool allow_partial);

}  // namespace newsarc
