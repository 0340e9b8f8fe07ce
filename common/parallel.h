// Running independent pieces of work (one per shard, typically) on a few threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace newsarc {

// Calls work(i) for every i in [0, count) on up to `threads` threads (the calling one included),
// each i exactly once. Waits for all of them; then rethrows the first exception thrown, if any (the
// others still ran to their end).
template <class Work>
void parallel_for(std::size_t count, unsigned threads, Work work) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr first_error;
    std::mutex error_mutex;
    auto run = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < count;) {
            try {
                work(i);
            } catch (...) {
                std::lock_guard<std::mutex> lock(error_mutex);
                if (!first_error) first_error = std::current_exception();
            }
        }
    };
    std::size_t extra = std::min<std::size_t>(count, std::max(1u, threads)) - (count ? 1 : 0);
    std::vector<std::thread> pool;
    for (std::size_t t = 0; t < extra; ++t) pool.emplace_back(run);
    run();
    for (auto& thread : pool) thread.join();
    if (first_error) std::rethrow_exception(first_error);
}

}  // namespace newsarc
