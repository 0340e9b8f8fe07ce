// Progress line drawing, throttled to a few updates a second.
#include "indexer/progress.h"

#include <cstdio>
#include <unistd.h>

namespace newsarc {

Progress::Progress(bool quiet)
    : enabled_(!quiet && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::tick(std::size_t articles) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    double seconds = elapsed_seconds();
    std::fprintf(stderr, "\r\033[K%zu articles, %.0f/s", articles, seconds > 0 ? articles / seconds : 0.0);
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
}

}  // namespace newsarc
