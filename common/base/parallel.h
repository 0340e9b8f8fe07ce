// Running independent pieces of work (one per shard, typically) on a few threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <functional>

#include "common/base/thread_pool.h"

namespace newsarc {

// Calls work(i) for every i in [0, count) on up to `threads` threads (the calling one included),
// each i exactly once. Waits for all of them; then rethrows the first exception thrown, if any (the
// others still ran to their end). The threads are started for this call alone: work that starts
// often keeps a ThreadPool instead.
template <class Work>
void parallel_for(std::size_t count, unsigned threads, Work work) {
    if (count == 0) return;
    ThreadPool pool(static_cast<unsigned>(std::min<std::size_t>(count, std::max(1u, threads)) - 1));
    pool.run(count, std::function<void(std::size_t)>(std::move(work)));
}

}  // namespace newsarc
