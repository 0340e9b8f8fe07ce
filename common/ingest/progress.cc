// Progress line drawing, throttled to a few updates a second.
#include "common/ingest/progress.h"

#include <cstdio>
#include <unistd.h>

namespace newsarc {

Progress::Progress(bool quiet, std::uint64_t total_bytes)
    : enabled_(!quiet && isatty(STDERR_FILENO)),
      total_bytes_(total_bytes),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::tick(std::size_t articles, std::uint64_t bytes_done) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_draw_ < std::chrono::milliseconds(200)) return;
    last_draw_ = now;
    double seconds = elapsed_seconds();
    double rate = seconds > 0 ? articles / seconds : 0.0;
    double mb_rate = seconds > 0 ? bytes_done / seconds / 1e6 : 0.0;
    std::fprintf(stderr, "\r\033[K%zu articles, %.0f/s, %.1f MB/s", articles, rate, mb_rate);
    // Bytes are counted per finished file, so the ETA appears once the first file is done.
    if (total_bytes_ > 0 && bytes_done > 0 && bytes_done < total_bytes_) {
        double eta = (total_bytes_ - bytes_done) / (bytes_done / seconds);
        std::fprintf(stderr, ", %.0f%%, ETA %.0f s", 100.0 * bytes_done / total_bytes_, eta);
    }
    drawn_ = true;
}

void Progress::note(const std::string& what) {
    if (!enabled_) return;
    std::fprintf(stderr, "\r\033[K%s...", what.c_str());
    drawn_ = true;
}

void Progress::finish() {
    if (drawn_) std::fprintf(stderr, "\r\033[K");
    drawn_ = false;
}

}  // namespace newsarc
