// A progress line on stderr, shown only on a terminal: articles, articles/s, MB/s and an ETA.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace newsarc {

class Progress {
public:
    // Enabled only when stderr is a terminal and the user did not ask for quiet. `total_bytes` is
    // the input size when known (0 for standard input), for the ETA.
    Progress(bool quiet, std::uint64_t total_bytes = 0);
    void tick(std::size_t articles, std::uint64_t bytes_done);
    void note(const std::string& what);  // a phase without counts ("merging 2 shards")
    void finish();                        // erases the line
    double elapsed_seconds() const;

private:
    bool enabled_;
    std::uint64_t total_bytes_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    bool drawn_ = false;
};

}  // namespace newsarc
