// Archives of several shard databases under one folder, written by newsarc: shard-0, shard-1, …
// and a stub file XAPIANDB listing them, which Xapian opens as one database for reading. Writers
// open every shard and route each article by its id (shard_of), so that replacing, removing and
// re-adding find it again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsarc {

// Name of the stub inside an archive folder (Xapian's own convention for a folder stub).
inline constexpr const char* kStubName = "XAPIANDB";

// True for the stub text newsarc writes: comments and "auto shard-N" lines only, at least one. A
// stub found inside a folder is newsarc's archive only in that shape: it names nothing outside.
bool is_newsarc_stub(const std::string& text);

// True for "shard-N", the name of a shard folder in a sharded archive.
bool is_shard_name(std::string_view name);

// True when `path` is a folder holding a stub of newsarc's (is_newsarc_stub).
bool is_sharded_archive(const std::string& path);

// The shard folders of a sharded archive, in routing order.
std::vector<std::string> archive_shards(const std::string& path);

// The databases an archive is written as: its shards, or `path` itself when it is one database.
std::vector<std::string> archive_databases(const std::string& path);

// The shard an article id belongs to among `shards` (a hash of the id, so that replacing, removing
// and re-adding find it again).
unsigned shard_of(const std::string& id, unsigned shards);

// Creates a sharded archive of `shards` empty shard databases (at least 2) at `path`, which must not
// exist or be an empty folder. It is made in a scratch folder beside (<path>.creating-PID) and
// moved into place whole. Throws FatalError.
void create_sharded_archive(const std::string& path, unsigned shards);

}  // namespace newsarc
