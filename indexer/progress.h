// A progress line on stderr, shown only on a terminal: articles so far and the rate.
#pragma once

#include <chrono>
#include <cstddef>

namespace newsarc {

class Progress {
public:
    // Enabled only when stderr is a terminal and the user did not ask for quiet.
    explicit Progress(bool quiet);
    void tick(std::size_t articles);
    void finish();  // erases the line
    double elapsed_seconds() const;

private:
    bool enabled_;
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    bool drawn_ = false;
};

}  // namespace newsarc
