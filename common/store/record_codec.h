// The stored-record codec: a versioned header, a zstd dictionary id and a zstd payload. Dictionaries
// are trained on the archive itself and kept in the database metadata by id, so a new one can be
// trained later without breaking records written with an older one.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Xapian {
class Database;
class WritableDatabase;
}  // namespace Xapian

namespace newsarc {

class RecordCodec {
public:
    // Layout: "NA" magic, one version byte (1), a 4-byte little-endian dictionary id (0 = none),
    // then one zstd frame.
    static constexpr int kLevel = 3;

    RecordCodec() = default;

    // Loads every dictionary the database's metadata holds and makes its current one the encoder's.
    static RecordCodec from_database(const Xapian::Database& db);

    // Adds a dictionary under `id` (> 0) and encodes with it from now on.
    void use_dictionary(std::uint32_t id, std::string dictionary);

    // Stores the current dictionary in the metadata (with the id marked current); no-op without one.
    void save_to(Xapian::WritableDatabase& db) const;

    std::uint32_t current_id() const { return current_; }

    // Thread-safe: each thread keeps its own zstd contexts; dictionaries are shared, read-only.
    std::string encode(std::string_view payload) const;

    // Throws std::runtime_error naming the problem (no header, newer version, missing dictionary,
    // corrupt frame).
    std::string decode(std::string_view record) const;

private:
    struct Dictionary;
    std::map<std::uint32_t, std::shared_ptr<const Dictionary>> dictionaries_;
    std::uint32_t current_ = 0;
};

// A zstd dictionary trained on sample records (at most `size` bytes); empty when the samples are too
// few or too small to train one.
std::string train_dictionary(const std::vector<std::string>& samples, std::size_t size = 64 * 1024);

}  // namespace newsarc
